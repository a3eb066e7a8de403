#include "figure_export.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextOption>
#include <QBuffer>

#include <algorithm>

#include "colormap.h"

namespace whyflow::widgets {

QString exportFigure(const QString& path, const FigureSize& size, const std::function<void(QPainter&, double, double)>& draw) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const double widthPt = size.widthCm / 2.54 * 72, heightPt = size.heightCm / 2.54 * 72;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return QObject::tr("%1: cannot write (%2)").arg(path, file.errorString());
    if (suffix == QLatin1String("png")) {
        const double scale = size.dpi / 72.0;
        QImage image(qRound(widthPt * scale), qRound(heightPt * scale), QImage::Format_ARGB32);
        if (image.isNull()) {
            file.cancelWriting();
            return QObject::tr("%1: a %2 × %3 pixel image is too large (lower the size or the DPI)")
                .arg(path).arg(qRound(widthPt * scale)).arg(qRound(heightPt * scale));
        }
        // paint in points (72 per inch, so that font sizes mean points), scaled to the pixels
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        draw(p, widthPt, heightPt);
        p.end();
        image.setDotsPerMeterX(qRound(size.dpi / 0.0254));  // the resolution the file announces
        image.setDotsPerMeterY(qRound(size.dpi / 0.0254));
        if (!image.save(&file, "PNG")) return QObject::tr("%1: cannot encode the PNG").arg(path);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(size.widthCm * 10, size.heightCm * 10), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setCreator(QStringLiteral("whyflow"));
        QPainter p(&pdf);
        draw(p, widthPt, heightPt);
        p.end();
    } else if (suffix == QLatin1String("svg")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(qRound(widthPt), qRound(heightPt)));
        svg.setViewBox(QRectF(0, 0, widthPt, heightPt));
        svg.setTitle(QFileInfo(path).completeBaseName());
        QPainter p(&svg);
        draw(p, widthPt, heightPt);
        p.end();
        file.write(buffer.data());
    } else {
        file.cancelWriting();
        return QObject::tr("%1: unknown figure format '%2' (use png, pdf or svg)").arg(path, suffix);
    }
    if (!file.commit()) return QObject::tr("%1: cannot write (%2)").arg(path, file.errorString());
    return {};
}

void drawConfusionMatrix(QPainter& p, double width, double height, const QStringList& classes,
                         const QVector<QVector<int>>& matrix, const QString& title) {
    const int n = classes.size();
    QFont font = p.font();
    font.setPointSizeF(7);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());  // the page's metrics, not the screen's
    double labelWidth = 0;
    for (const QString& c : classes) labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    const double top = fm.height() * 2.6 + labelWidth + 4, left = labelWidth + fm.height() * 2;
    const double cell = std::max(4.0, std::min((width - left - 6) / std::max(1, n), (height - top - 6) / std::max(1, n)));
    p.setPen(Qt::black);
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(0, 0, width, fm.height() * 1.2), Qt::AlignHCenter | Qt::AlignTop, title);
    p.setFont(font);
    p.drawText(QRectF(left, fm.height() * 1.2, cell * n, fm.height()), Qt::AlignHCenter, QObject::tr("predicted"));
    p.save();
    p.translate(fm.height() * 0.2, top + cell * n / 2);
    p.rotate(-90);
    p.drawText(QRectF(-cell * n / 2, 0, cell * n, fm.height()), Qt::AlignHCenter, QObject::tr("true class"));
    p.restore();
    const Colormap map(Colormap::Viridis);
    for (int r = 0; r < n; ++r) {
        int rowTotal = 0;
        for (int c = 0; c < n && c < matrix.value(r).size(); ++c) rowTotal += matrix[r][c];
        p.drawText(QRectF(0, top + r * cell, left - 3, cell), Qt::AlignRight | Qt::AlignVCenter, classes[r]);
        for (int c = 0; c < n; ++c) {
            const int v = c < matrix.value(r).size() ? matrix[r][c] : 0;
            const QRectF box(left + c * cell, top + r * cell, cell, cell);
            const QColor bg = map.map(rowTotal ? static_cast<double>(v) / rowTotal : 0.0);
            p.fillRect(box, bg);
            p.setPen(contrastingText(bg));
            if (cell > fm.horizontalAdvance(QString::number(v)) + 2) p.drawText(box, Qt::AlignCenter, QString::number(v));
            p.setPen(Qt::black);
        }
    }
    for (int c = 0; c < n; ++c) {  // column labels, rotated
        p.save();
        p.translate(left + (c + 0.5) * cell, top - 3);
        p.rotate(-90);
        p.drawText(QRectF(0, -fm.height() / 2, labelWidth + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, classes[c]);
        p.restore();
    }
    p.setPen(QPen(Qt::black, 0.5));
    p.drawRect(QRectF(left, top, cell * n, cell * n));
}

QStringList figureViewNames() {
    return {QStringLiteral("packets"), QStringLiteral("bytes"), QStringLiteral("groups"), QStringLiteral("why")};
}

FigureViews parseFigureViews(const QString& list, QString* error) {
    FigureViews views;
    const QStringList names = figureViewNames();
    const QStringList parts = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const int i = names.indexOf(part.trimmed().toLower());
        if (i < 0) {
            if (error) *error = QObject::tr("unknown view '%1' (use %2)").arg(part.trimmed(), names.join(QLatin1Char(',')));
            return {};
        }
        views |= static_cast<FigureView>(1 << i);
    }
    if (!views && error) *error = QObject::tr("no view chosen (use %1)").arg(names.join(QLatin1Char(',')));
    return views;
}

QString figureViewsText(FigureViews views) {
    QStringList out;
    const QStringList names = figureViewNames();
    for (int i = 0; i < names.size(); ++i)
        if (views.testFlag(static_cast<FigureView>(1 << i))) out << names[i];
    return out.join(QLatin1Char(','));
}

namespace {

// Fixed colours: figures for papers look the same on every desktop.
const QColor kWellKnown(0, 114, 178), kSiteDependent(213, 94, 0), kOcclusion(0, 158, 115), kNote(110, 110, 110);

// The figure's fonts, measured on the device they are drawn on (72 dpi pages; the screen's
// metrics would be a third too wide).
struct Fonts {
    QFont text, bold, mono;
    QPaintDevice* device = nullptr;
    Fonts(const QFont& base, double points, QPaintDevice* on) : text(base), bold(base), mono(QStringLiteral("monospace")), device(on) {
        text.setPointSizeF(points);
        bold.setPointSizeF(points);
        bold.setBold(true);
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(points * 0.9);
    }
    QFontMetricsF metrics(const QFont& f) const { return device ? QFontMetricsF(f, device) : QFontMetricsF(f); }
    double line() const { return metrics(text).height(); }
};

// A view's heading; returns the rest of the rectangle.
QRectF heading(QPainter& p, const QRectF& r, const Fonts& fonts, const QString& text) {
    p.setFont(fonts.bold);
    p.setPen(Qt::black);
    const QFontMetricsF fm = fonts.metrics(fonts.bold);
    p.drawText(QRectF(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(text, Qt::ElideRight, r.width()));
    p.setFont(fonts.text);
    return r.adjusted(0, fm.height() * 1.25, 0, 0);
}

void note(QPainter& p, const QRectF& r, const Fonts& fonts, const QString& text) {
    p.setFont(fonts.text);
    p.setPen(kNote);
    p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, text);
    p.setPen(Qt::black);
}

void drawPacketsView(QPainter& p, const QRectF& area, const Fonts& fonts, const FlowFigure& f) {
    const QRectF r = heading(p, area, fonts, QObject::tr("Packet attention β"));
    const int n = f.packetAttention.size();
    if (n == 0) return note(p, r, fonts, QObject::tr("no packet attention (this kind of model has none)"));
    const double line = fonts.line();
    double maxBeta = 0;
    for (double b : f.packetAttention) maxBeta = std::max(maxBeta, b);
    const Colormap map(Colormap::Viridis);
    const double slot = std::min(r.width() / n, line * 6);
    const double left = r.left() + (r.width() - slot * n) / 2;
    const double base = r.bottom() - line * 1.3, top = r.top() + line * 1.1;  // room for values above, numbers below
    const double barH = std::max(1.0, base - top);
    QFont small = fonts.text;
    small.setPointSizeF(fonts.text.pointSizeF() * 0.9);
    // decimals the slot has room for, and a smaller font where even two do not fit
    const double wide = fonts.metrics(small).horizontalAdvance(QStringLiteral("0.000"));
    const int decimals = wide < slot * 0.95 ? 3 : 2;
    const double narrow = fonts.metrics(small).horizontalAdvance(QStringLiteral("0.00"));
    if (decimals == 2 && narrow > slot * 0.95) small.setPointSizeF(std::max(3.5, small.pointSizeF() * slot * 0.95 / narrow));
    for (int k = 0; k < n; ++k) {
        const double b = f.packetAttention[k], t = maxBeta > 0 ? b / maxBeta : 0;
        const QRectF bar(left + k * slot + slot * 0.12, base - barH * t, slot * 0.76, barH * t);
        p.fillRect(bar, map.map(t));
        p.setFont(small);
        p.setPen(Qt::black);
        p.drawText(QRectF(left + k * slot, bar.top() - line * 1.05, slot, line), Qt::AlignHCenter | Qt::AlignBottom,
                   QString::number(b, 'f', decimals));
        p.setFont(fonts.text);
        p.drawText(QRectF(left + k * slot, base + line * 0.1, slot, line), Qt::AlignHCenter | Qt::AlignTop, QString::number(k + 1));
    }
    p.setPen(QPen(Qt::black, 0.5));
    p.drawLine(QPointF(left, base), QPointF(left + slot * n, base));
}

void drawBytesView(QPainter& p, const QRectF& area, const Fonts& fonts, const FlowFigure& f) {
    QRectF r = heading(p, area, fonts, QObject::tr("Byte attention β·α"));
    const int len = f.heatBytes.size();
    if (len == 0) return note(p, r, fonts, QObject::tr("no byte attention (this kind of model has none)"));
    const double line = fonts.line();
    const QFontMetricsF fm = fonts.metrics(fonts.text);
    if (!f.heatCaption.isEmpty()) {
        p.drawText(QRectF(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(f.heatCaption, Qt::ElideRight, r.width()));
        r.setTop(r.top() + line * 1.2);
    }
    double maxShare = 0;
    for (double v : f.heatShares) maxShare = std::max(maxShare, v);
    const Colormap map(Colormap::Viridis);
    const int rows = (len + 15) / 16;
    const QFontMetricsF mm = fonts.metrics(fonts.mono);
    const double offsetW = mm.horizontalAdvance(QStringLiteral("0000")) + 4;
    const double legendH = line * 2.1;
    double cellW = (r.width() - offsetW) / 16;
    const double cellH = std::max(2.0, std::min((r.height() - legendH) / rows, cellW));
    cellW = std::min(cellW, cellH * 2.6);
    // the byte values in a monospace font that fits the cell
    QFont mono = fonts.mono;
    const double fitPt = std::min(cellH * 0.62, cellW / 1.45);
    mono.setPointSizeF(std::clamp(fitPt, 3.0, fonts.mono.pointSizeF() * 1.4));
    const bool values = fitPt >= 3.0;
    for (int row = 0; row < rows; ++row) {
        p.setFont(fonts.mono);
        p.setPen(kNote);
        p.drawText(QRectF(r.left(), r.top() + row * cellH, offsetW - 4, cellH), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1").arg(row * 16, 4, 16, QLatin1Char('0')));
    }
    p.setFont(mono);
    for (int i = 0; i < len; ++i) {
        const QRectF cell(r.left() + offsetW + (i % 16) * cellW, r.top() + (i / 16) * cellH, cellW - 0.6, cellH - 0.6);
        const QColor c = map.map(maxShare > 0 ? f.heatShares.value(i) / maxShare : 0);
        p.fillRect(cell, c);
        if (!values) continue;
        p.setPen(contrastingText(c));
        p.drawText(cell, Qt::AlignCenter, QStringLiteral("%1").arg(static_cast<uint8_t>(f.heatBytes[i]), 2, 16, QLatin1Char('0')));
    }
    // the colour scale under the grid
    const double gridW = cellW * 16, ly = r.top() + rows * cellH + line * 0.4;
    const QRectF bar(r.left() + offsetW, ly, std::min(gridW, line * 14), line * 0.6);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int k = 0; k <= 10; ++k) gradient.setColorAt(k / 10.0, map.map(k / 10.0));
    p.fillRect(bar, gradient);
    p.setFont(fonts.text);
    p.setPen(Qt::black);
    p.drawText(QRectF(bar.left(), bar.bottom(), bar.width(), line), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("0"));
    p.drawText(QRectF(bar.left(), bar.bottom(), bar.width(), line), Qt::AlignRight | Qt::AlignTop, QString::number(maxShare, 'g', 3));
    const QString legendText = QObject::tr("share of the decision");
    if (fm.horizontalAdvance(legendText) <= r.right() - bar.right() - 6)
        p.drawText(QRectF(bar.right() + 6, bar.top() - line * 0.2, r.right() - bar.right() - 6, line), Qt::AlignLeft | Qt::AlignVCenter, legendText);
}

// Field groups: one row per group, a column of attention shares and, when known, a column
// of occlusion drops, each on its own scale (drops are often far smaller than shares).
void drawGroupsView(QPainter& p, const QRectF& area, const Fonts& fonts, const FlowFigure& f) {
    QRectF r = heading(p, area, fonts, QObject::tr("Field groups"));
    const int n = f.groups.size();
    if (n == 0) return note(p, r, fonts, QObject::tr("no field groups"));
    const double line = fonts.line();
    const QFontMetricsF fm = fonts.metrics(fonts.text);
    bool attention = false, occlusion = false;
    double maxShare = 0, maxDrop = 0, labelW = 0;
    for (const GroupBar& g : f.groups) {
        attention = attention || g.flowShare > 0;
        occlusion = occlusion || g.occlusion >= 0;
        maxShare = std::max(maxShare, g.flowShare);
        maxDrop = std::max(maxDrop, g.occlusion);
        labelW = std::max(labelW, fm.horizontalAdvance(g.label));
    }
    if (!attention && !occlusion) return note(p, r, fonts, QObject::tr("no attention and no occlusion for this flow"));
    // the colour key, wrapped to the width
    double lx = r.left(), ly = r.top();
    auto key = [&](const QColor& c, const QString& text) {
        const double box = line * 0.6, w = box + 3 + fm.horizontalAdvance(text);
        if (lx > r.left() && lx + w > r.right()) {
            lx = r.left();
            ly += line;
        }
        p.fillRect(QRectF(lx, ly + (line - box) / 2, box, box), c);
        p.setPen(Qt::black);
        p.drawText(QRectF(lx + box + 3, ly, w, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += w + line;
    };
    if (attention) {
        key(kWellKnown, QObject::tr("well-known"));
        key(kSiteDependent, QObject::tr("site-dependent"));
    }
    if (attention) r.setTop(ly + line * 1.3);

    labelW = std::min(labelW + 6, r.width() * 0.5);
    const double valueW = fm.horizontalAdvance(QStringLiteral("0.000")) + 4;
    const int columns = (attention ? 1 : 0) + (occlusion ? 1 : 0);
    const double gap = line;
    const double columnW = std::max(10.0, (r.width() - labelW - gap * (columns - 1)) / columns);
    // column titles, then the rows
    struct Column {
        QString title;
        double max;
        bool occlusion;
    };
    QVector<Column> cols;
    if (attention) cols << Column{QObject::tr("attention"), maxShare, false};
    if (occlusion) cols << Column{QObject::tr("occlusion drop"), maxDrop, true};
    p.setFont(fonts.text);
    for (int c = 0; c < cols.size(); ++c) {
        const double x = r.left() + labelW + c * (columnW + gap);
        p.setPen(kNote);
        p.drawText(QRectF(x, r.top(), columnW, line), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(cols[c].title, Qt::ElideRight, columnW));
    }
    r.setTop(r.top() + line * 1.2);
    const double rowH = std::min(r.height() / n, line * 2.2);
    QFont rowFont = fonts.text;
    if (rowH < line) rowFont.setPointSizeF(std::max(3.5, rowFont.pointSizeF() * rowH / line));
    const QFontMetricsF rm = fonts.metrics(rowFont);
    for (int i = 0; i < n; ++i) {
        const GroupBar& g = f.groups[i];
        const double y = r.top() + i * rowH;
        p.setFont(rowFont);
        p.setPen(Qt::black);
        p.drawText(QRectF(r.left(), y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter, rm.elidedText(g.label, Qt::ElideRight, labelW - 6));
        for (int c = 0; c < cols.size(); ++c) {
            const double v = cols[c].occlusion ? g.occlusion : g.flowShare;
            if (v < 0) continue;  // not known
            const double x = r.left() + labelW + c * (columnW + gap), barsW = std::max(4.0, columnW - valueW);
            const double w = cols[c].max > 0 ? barsW * v / cols[c].max : 0;
            const QColor colour = cols[c].occlusion ? kOcclusion : g.siteDependent ? kSiteDependent : kWellKnown;
            p.fillRect(QRectF(x, y + rowH * 0.15, w, rowH * 0.7), colour);
            if (v >= 0.0005) {  // a missing bar and value mean zero
                p.setPen(Qt::black);
                p.drawText(QRectF(x + w + 2, y, valueW, rowH), Qt::AlignLeft | Qt::AlignVCenter, QString::number(v, 'f', 3));
            }
        }
    }
    p.setPen(QPen(Qt::black, 0.5));
    for (int c = 0; c < cols.size(); ++c) {
        const double x = r.left() + labelW + c * (columnW + gap);
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.top() + n * rowH));
    }
}

// The Why table with booktabs rules, in the largest font (up to maxPt) at which it fits.
void drawWhyView(QPainter& p, const QRectF& area, const Fonts& fonts, const FlowFigure& f, double maxPt) {
    const QRectF r = heading(p, area, fonts, QObject::tr("Why: the most attended packets and bytes"));
    if (f.whyRows.isEmpty()) return note(p, r, fonts, QObject::tr("no Why table (this kind of model has no attention)"));
    const int cols = f.whyHeader.size();
    const int hexCol = 2;  // the bytes column is set in monospace
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);  // words longer than the column break too
    for (double pt = maxPt; pt >= 4.5; pt -= 0.5) {
        const Fonts tf(fonts.text, pt, fonts.device);
        const QFontMetricsF fm = tf.metrics(tf.text), bm = tf.metrics(tf.bold), mm = tf.metrics(tf.mono);
        const double pad = fm.height() * 0.8, line = fm.height();
        QVector<double> widths(cols, 0);
        for (int c = 0; c < cols; ++c) {
            widths[c] = bm.horizontalAdvance(f.whyHeader[c]);
            if (c == cols - 1) continue;  // the last column takes what is left and wraps
            for (const QStringList& row : f.whyRows)
                widths[c] = std::max(widths[c], (c == hexCol ? mm : fm).horizontalAdvance(row.value(c)));
        }
        double fixed = 0;
        for (int c = 0; c < cols - 1; ++c) fixed += widths[c] + pad;
        widths[cols - 1] = std::max(r.width() - fixed, r.width() * 0.25);
        if (fixed + widths[cols - 1] > r.width() + 0.5 && pt > 4.5) continue;
        // row heights with wrapping
        QVector<double> heights;
        double total = line * 1.5;  // header and rules
        for (const QStringList& row : f.whyRows) {
            double h = line;
            for (int c = 0; c < cols; ++c) {
                p.setFont(c == hexCol ? tf.mono : tf.text);
                h = std::max(h, p.boundingRect(QRectF(0, 0, widths[c], 1e6), row.value(c), wrap).height());
            }
            heights << h + line * 0.35;
            total += heights.last();
        }
        total += line * 0.3;
        if (total > r.height() && pt > 4.5) continue;
        // draw
        double y = r.top() + line * 0.1;
        const double width = std::min(r.width(), fixed + widths[cols - 1]);
        p.setPen(QPen(Qt::black, 0.8));
        p.drawLine(QPointF(r.left(), y), QPointF(r.left() + width, y));
        y += line * 0.15;
        double x = r.left();
        p.setFont(tf.bold);
        for (int c = 0; c < cols; ++c) {
            p.drawText(QRectF(x, y, widths[c], line), Qt::AlignLeft | Qt::AlignVCenter, f.whyHeader[c]);
            x += widths[c] + pad;
        }
        y += line * 1.1;
        p.setPen(QPen(Qt::black, 0.5));
        p.drawLine(QPointF(r.left(), y), QPointF(r.left() + width, y));
        y += line * 0.2;
        int drawn = 0;
        for (int i = 0; i < f.whyRows.size(); ++i, ++drawn) {
            // only at the smallest font: what does not fit is left out, with a line that says so
            double rest = 0;
            for (int j = i; j < heights.size(); ++j) rest += heights[j];
            if (y + rest > r.bottom() + 0.5 && y + heights[i] + line * 1.4 > r.bottom()) break;
            x = r.left();
            for (int c = 0; c < cols; ++c) {
                p.setFont(c == hexCol ? tf.mono : tf.text);
                p.drawText(QRectF(x, y + line * 0.15, widths[c], heights[i]), f.whyRows[i].value(c), wrap);
                x += widths[c] + pad;
            }
            y += heights[i];
        }
        p.setPen(QPen(Qt::black, 0.8));
        p.drawLine(QPointF(r.left(), y + line * 0.1), QPointF(r.left() + width, y + line * 0.1));
        if (drawn < f.whyRows.size()) {
            p.setFont(tf.text);
            p.setPen(kNote);
            p.drawText(QRectF(r.left(), y + line * 0.2, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                       f.whyRows.size() - drawn == 1 ? QObject::tr("1 more row left out: make the figure larger")
                                                     : QObject::tr("%1 more rows left out: make the figure larger").arg(f.whyRows.size() - drawn));
        }
        return;
    }
}

}  // namespace

void drawFlowFigure(QPainter& p, double width, double height, const FlowFigure& f, FigureViews views) {
    QVector<FigureView> chosen;
    for (FigureView v : {PacketsView, BytesView, GroupsView, WhyView})
        if (views.testFlag(v)) chosen << v;
    // one view alone may use a larger font on a large page; composed figures keep 7 pt
    const double pt = chosen.size() == 1 ? std::clamp(std::min(width, height) / 36, 7.0, 10.0) : 7.0;
    const Fonts fonts(p.font(), pt, p.device());
    const double line = fonts.line();
    p.setPen(Qt::black);
    p.setFont(fonts.bold);
    const QFontMetricsF bm = fonts.metrics(fonts.bold);
    p.drawText(QRectF(0, 0, width, line * 1.3), Qt::AlignLeft | Qt::AlignVCenter, bm.elidedText(f.title, Qt::ElideRight, width));
    const QRectF page(0, line * 1.8, width, std::max(0.0, height - line * 1.8));
    if (chosen.isEmpty()) return;

    // how much room each view likes: rows share the height by these weights, views in a
    // row share its width by their own
    auto heightWeight = [](FigureView v) { return v == PacketsView ? 0.8 : v == BytesView ? 1.0 : v == GroupsView ? 1.3 : 1.1; };
    auto widthWeight = [](FigureView v) { return v == PacketsView ? 0.8 : v == BytesView ? 1.2 : v == GroupsView ? 1.0 : 1.3; };
    QVector<QVector<FigureView>> rows;
    if (chosen.size() == 1) {
        rows = {chosen};
    } else if (chosen.size() == 2) {
        // side by side on a very wide page, else one above the other
        if (page.width() >= 2.2 * page.height()) rows = {chosen};
        else rows = {{chosen[0]}, {chosen[1]}};
    } else {
        rows = {{chosen[0], chosen[1]}, chosen.mid(2)};
    }
    const double gapX = line * 1.5, gapY = line * 1.2;
    double totalWeight = 0;
    QVector<double> rowWeights;
    for (const auto& row : rows) {
        double w = 0;
        for (FigureView v : row) w = std::max(w, heightWeight(v));
        rowWeights << w;
        totalWeight += w;
    }
    const double usableH = page.height() - gapY * (rows.size() - 1);
    double y = page.top();
    for (int i = 0; i < rows.size(); ++i) {
        const double h = usableH * rowWeights[i] / totalWeight;
        double rowWidthWeight = 0;
        for (FigureView v : rows[i]) rowWidthWeight += widthWeight(v);
        const double usableW = page.width() - gapX * (rows[i].size() - 1);
        double x = page.left();
        for (FigureView v : rows[i]) {
            const double w = usableW * widthWeight(v) / rowWidthWeight;
            const QRectF cell(x, y, w, h);
            p.save();
            p.setClipRect(cell.adjusted(-1, -1, 1, 1));
            switch (v) {
            case PacketsView: drawPacketsView(p, cell, fonts, f); break;
            case BytesView: drawBytesView(p, cell, fonts, f); break;
            case GroupsView: drawGroupsView(p, cell, fonts, f); break;
            case WhyView: drawWhyView(p, cell, fonts, f, pt); break;
            default: break;
            }
            p.restore();
            x += w + gapX;
        }
        y += h + gapY;
    }
}

QString exportFlowFigure(const QString& path, const FlowFigure& f, const ExportOptions& options) {
    if (!options.views) return QObject::tr("%1: no view chosen for the figure").arg(path);
    if (options.size.widthCm <= 0 || options.size.heightCm <= 0 || options.size.dpi <= 0)
        return QObject::tr("%1: the figure needs a positive width, height and resolution").arg(path);
    return exportFigure(path, options.size, [&](QPainter& p, double w, double h) { drawFlowFigure(p, w, h, f, options.views); });
}

QString exportText(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return QObject::tr("%1: cannot write (%2)").arg(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QObject::tr("%1: cannot write (%2)").arg(path, why);
    }
    if (!file.commit()) return QObject::tr("%1: cannot write (%2)").arg(path, file.errorString());
    return {};
}

}  // namespace whyflow::widgets
