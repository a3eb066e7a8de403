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

}  // namespace whyflow::widgets
