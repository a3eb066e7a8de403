#include "comparison_figure.h"

#include <QObject>
#include <QImage>
#include <QPainter>
#include <algorithm>

#include "figure_export.h"

namespace whyflow::widgets {

QColor modelColor(int i) {
    static const QColor colors[] = {QColor(0, 114, 178), QColor(230, 159, 0), QColor(0, 158, 115),
                                    QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0)};
    return colors[i % 6];
}

namespace {

// A table with a bold header row, columns as wide as their widest cell. Returns its height.
double drawTable(QPainter& p, double x, double y, double width, const QStringList& header, const QVector<QStringList>& rows) {
    // measured on the device drawn on (a 72 dpi page), the header in its bold font
    const QFontMetricsF fm(p.font(), p.device());
    QFont boldFont = p.font();
    boldFont.setBold(true);
    const QFontMetricsF bm(boldFont, p.device());
    QVector<double> widths(header.size(), 0);
    for (int c = 0; c < header.size(); ++c) {
        widths[c] = bm.horizontalAdvance(header[c]);
        for (const QStringList& r : rows) widths[c] = std::max(widths[c], fm.horizontalAdvance(r.value(c)));
    }
    double total = 0;
    for (double w : widths) total += w + 8;
    const double scale = total > width ? width / total : 1.0;  // squeeze rather than overflow
    const double line = fm.height() * 1.25;
    auto drawRow = [&](const QStringList& cells, double ry) {
        double cx = x;
        for (int c = 0; c < header.size(); ++c) {
            const double w = (widths[c] + 8) * scale;
            p.drawText(QRectF(cx, ry, w - 4, line), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells.value(c));
            cx += w;
        }
    };
    QFont bold = p.font();
    bold.setBold(true);
    const QFont normal = p.font();
    p.setFont(bold);
    drawRow(header, y);
    p.setFont(normal);
    p.setPen(QPen(Qt::black, 0.6));
    p.drawLine(QPointF(x, y + line), QPointF(x + std::min(total * scale, width), y + line));
    for (int r = 0; r < rows.size(); ++r) drawRow(rows[r], y + line * (r + 1.15));
    const double h = line * (rows.size() + 1.3);
    p.drawLine(QPointF(x, y + h), QPointF(x + std::min(total * scale, width), y + h));
    return h;
}

}  // namespace

double drawComparisonFigure(QPainter& p, double width, double height, const ComparisonFigure& f) {
    QFont font = p.font();
    font.setPointSizeF(7);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    p.setPen(Qt::black);
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(9);
    p.setFont(title);
    p.drawText(QRectF(0, 0, width, line * 1.6), Qt::AlignLeft | Qt::AlignVCenter, f.title);
    p.setFont(font);
    double y = line * 2;
    y += drawTable(p, 0, y, width, f.tableHeader, f.tableRows) + line * 0.6;

    for (int m = 0; m < f.notes.size(); ++m) {
        QRectF used;
        p.fillRect(QRectF(0, y + line * 0.3, line * 0.6, line * 0.6), modelColor(m));
        p.drawText(QRectF(line, y, width - line, line * 6), Qt::TextWordWrap, f.notes[m], &used);
        y += used.height() + line * 0.3;
    }
    y += line * 0.5;

    // field groups: per group one bar per model for occlusion (filled) and attention (outlined)
    const int models = f.models.size(), groups = f.groups.size();
    const bool anyAttention = std::any_of(f.attention.begin(), f.attention.end(),
                                          [](const QVector<double>& a) { return std::any_of(a.begin(), a.end(), [](double v) { return v >= 0; }); });
    const int series = models * (anyAttention ? 2 : 1);
    const double barH = std::max(1.5, std::min(5.0, line * 0.9 / std::max(1, series) * 1.6));
    const double rowH = std::max(line * 1.1, barH * series + 3);
    const double labelW = 110, chartW = std::min(width * 0.55, width - labelW - 40);
    double maxValue = 0;
    for (const auto& v : f.occlusion) for (double x : v) maxValue = std::max(maxValue, x);
    for (const auto& v : f.attention) for (double x : v) maxValue = std::max(maxValue, x);
    if (maxValue <= 0) maxValue = 1;
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(0, y, width, line), Qt::AlignLeft, QObject::tr("Share of the decision per field group"));
    p.setFont(font);
    y += line * 1.3;
    const double chartTop = y;
    for (int g = 0; g < groups; ++g) {
        const double ry = chartTop + g * rowH;
        if (f.siteDependent.value(g)) p.fillRect(QRectF(0, ry, labelW + chartW, rowH), QColor(213, 94, 0, 28));
        p.setPen(f.siteDependent.value(g) ? QColor(170, 60, 0) : Qt::black);
        p.drawText(QRectF(0, ry, labelW - 4, rowH), Qt::AlignRight | Qt::AlignVCenter, f.groups[g]);
        p.setPen(Qt::black);
        double by = ry + (rowH - barH * series) / 2;
        for (int m = 0; m < models; ++m) {
            const double occ = f.occlusion.value(m).value(g, -1);
            if (occ >= 0) p.fillRect(QRectF(labelW, by, chartW * occ / maxValue, barH - 0.4), modelColor(m));
            by += barH;
            if (!anyAttention) continue;
            const double att = f.attention.value(m).value(g, -1);
            if (att >= 0) {
                p.setPen(QPen(modelColor(m), 0.8));
                p.setBrush(QBrush(modelColor(m), Qt::BDiagPattern));
                p.drawRect(QRectF(labelW, by + 0.3, chartW * att / maxValue, barH - 1));
                p.setBrush(Qt::NoBrush);
                p.setPen(Qt::black);
            }
            by += barH;
        }
    }
    const double chartBottom = chartTop + groups * rowH;
    p.setPen(QPen(Qt::black, 0.5));
    p.drawLine(QPointF(labelW, chartTop), QPointF(labelW, chartBottom));
    p.drawLine(QPointF(labelW, chartBottom), QPointF(labelW + chartW, chartBottom));
    for (int t = 0; t <= 4; ++t) {  // axis ticks at fractions of the largest value
        const double v = maxValue * t / 4, x = labelW + chartW * t / 4;
        p.drawLine(QPointF(x, chartBottom), QPointF(x, chartBottom + 2));
        p.drawText(QRectF(x - 20, chartBottom + 2, 40, line), Qt::AlignHCenter | Qt::AlignTop, QString::number(v, 'f', 2));
    }
    // legend, right of the chart
    double ly = chartTop;
    const double lx = labelW + chartW + 16;
    for (int m = 0; m < models; ++m) {
        p.fillRect(QRectF(lx, ly + 2, 14, line * 0.6), modelColor(m));
        p.drawText(QRectF(lx + 18, ly, width - lx - 18, line), Qt::AlignLeft | Qt::AlignVCenter,
                   QObject::tr("%1: occlusion").arg(f.models[m]));
        ly += line * 1.1;
        const QVector<double> attention = f.attention.value(m);
        if (anyAttention && std::any_of(attention.begin(), attention.end(), [](double v) { return v >= 0; })) {
            p.setPen(QPen(modelColor(m), 0.8));
            p.setBrush(QBrush(modelColor(m), Qt::BDiagPattern));
            p.drawRect(QRectF(lx, ly + 2, 14, line * 0.6));
            p.setBrush(Qt::NoBrush);
            p.setPen(Qt::black);
            p.drawText(QRectF(lx + 18, ly, width - lx - 18, line), Qt::AlignLeft | Qt::AlignVCenter,
                       QObject::tr("%1: attention").arg(f.models[m]));
            ly += line * 1.1;
        }
    }
    p.fillRect(QRectF(lx, ly + 2, 14, line * 0.6), QColor(213, 94, 0, 28));
    p.setPen(QColor(170, 60, 0));
    p.drawText(QRectF(lx + 18, ly, width - lx - 18, line), Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("site-dependent group"));
    p.setPen(Qt::black);
    y = chartBottom + line * 2;

    // confusion matrices side by side, about square
    const int n = f.confusion.size();
    if (n == 0) return y;
    const double w = width / n, h = std::max(60.0, std::min(height - y, w * 0.95));
    for (int m = 0; m < n; ++m) {
        p.save();
        p.translate(m * w, y);
        drawConfusionMatrix(p, w - 8, h, f.confusion[m].classes, f.confusion[m].counts, f.confusion[m].title);
        p.restore();
    }
    return y + h;
}

double comparisonFigureHeight(double width, const ComparisonFigure& f) {
    // a pass on a 72 dpi scratch image measures the text as a page would
    QImage scratch(8, 8, QImage::Format_ARGB32);
    scratch.setDotsPerMeterX(qRound(72 / 0.0254));
    scratch.setDotsPerMeterY(qRound(72 / 0.0254));
    QPainter p(&scratch);
    return drawComparisonFigure(p, width, 1e6, f);
}

}  // namespace whyflow::widgets
