#include "figure_export.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QBuffer>

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
    const QFontMetricsF fm(font);
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

void drawFlowFigure(QPainter& p, double width, double height, const FlowFigure& f) {
    QFont font = p.font();
    font.setPointSizeF(7);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const Colormap map(Colormap::Viridis);
    const double line = fm.height();
    double y = 0;
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, y, width, line * 1.3), Qt::AlignLeft | Qt::AlignVCenter, f.title);
    p.setFont(font);
    y += line * 1.6;

    // packet attention strip
    double maxBeta = 0;
    for (double b : f.packetAttention) maxBeta = std::max(maxBeta, b);
    const int n = f.packetAttention.size();
    const double cellW = std::min(40.0, (width - 70) / std::max(1, n));
    p.drawText(QRectF(0, y, 68, line * 1.4), Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("packets β"));
    for (int k = 0; k < n; ++k) {
        const QRectF r(70 + k * cellW, y, cellW - 1, line * 1.4);
        const QColor c = map.map(maxBeta > 0 ? f.packetAttention[k] / maxBeta : 0);
        p.fillRect(r, c);
        p.setPen(contrastingText(c));
        p.drawText(r, Qt::AlignCenter, QString::number(f.packetAttention[k], 'f', 2));
    }
    p.setPen(Qt::black);
    y += line * 2;

    // byte heatmap of the most attended packet, 16 bytes a row
    p.drawText(QRectF(0, y, width, line), Qt::AlignLeft, f.heatCaption);
    y += line * 1.1;
    double maxShare = 0;
    for (double v : f.heatShares) maxShare = std::max(maxShare, v);
    const double bw = std::min(22.0, (width - 4) / 16);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(6);
    p.setFont(mono);
    for (int i = 0; i < f.heatBytes.size(); ++i) {
        const QRectF r((i % 16) * bw, y + (i / 16) * line * 1.1, bw - 1, line);
        const QColor c = map.map(maxShare > 0 ? f.heatShares.value(i) / maxShare : 0);
        p.fillRect(r, c);
        p.setPen(contrastingText(c));
        p.drawText(r, Qt::AlignCenter, QStringLiteral("%1").arg(static_cast<uint8_t>(f.heatBytes[i]), 2, 16, QLatin1Char('0')));
    }
    p.setFont(font);
    p.setPen(Qt::black);
    y += ((f.heatBytes.size() + 15) / 16) * line * 1.1 + line * 0.8;

    // field-group shares
    double maxGroup = 0;
    for (const GroupBar& g : f.groups) maxGroup = std::max({maxGroup, g.flowShare, g.occlusion});
    const double labelW = 95, barW = width / 2 - labelW - 10;
    const double groupsTop = y;
    for (const GroupBar& g : f.groups) {
        p.drawText(QRectF(0, y, labelW - 4, line), Qt::AlignRight | Qt::AlignVCenter, g.label);
        const double len = maxGroup > 0 ? barW * g.flowShare / maxGroup : 0;
        p.fillRect(QRectF(labelW, y + 1, len, line - 2), g.siteDependent ? QColor(213, 94, 0) : QColor(0, 114, 178));
        p.drawText(QRectF(labelW + len + 2, y, 40, line), Qt::AlignLeft | Qt::AlignVCenter, QString::number(g.flowShare, 'f', 3));
        y += line;
    }

    // the Why table, right of the bars
    double ty = groupsTop;
    const double tx = width / 2 + 4, tw = width / 2 - 4;
    p.setFont(bold);
    p.drawText(QRectF(tx, ty, tw, line), Qt::AlignLeft, f.whyHeader.join(QStringLiteral("  |  ")));
    p.setFont(font);
    ty += line * 1.2;
    for (const QStringList& row : f.whyRows) {
        const QRectF r(tx, ty, tw, line * 4);
        QRectF used;
        p.drawText(r, Qt::TextWordWrap, row.join(QStringLiteral("  |  ")), &used);
        ty += used.height() + line * 0.4;
        if (ty > height) break;
    }
}

}  // namespace whyflow::widgets
