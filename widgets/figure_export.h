// Figures for papers: drawn with QPainter and written as PNG (at a chosen DPI) or PDF
// (fonts embedded, at a size in centimetres), atomically. Needs a QGuiApplication.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

#include "view_data.h"

class QPainter;

namespace whyflow::widgets {

struct FigureSize {
    double widthCm = 12;
    double heightCm = 10;
    int dpi = 300;
};

// Renders draw(painter, width, height) (in points) into path; the format follows the
// suffix (.png, .pdf, .svg). Returns an empty string or the error.
QString exportFigure(const QString& path, const FigureSize& size, const std::function<void(QPainter&, double, double)>& draw);

// A confusion matrix: rows are true classes, columns predictions; cells shaded by the
// share of their row, with the count written in.
void drawConfusionMatrix(QPainter& p, double width, double height, const QStringList& classes,
                         const QVector<QVector<int>>& matrix, const QString& title);

// The explanation of one flow for a paper: its packet attention as a strip, the most
// attended packet's bytes as a heatmap, the field-group shares as bars and the Why table.
struct FlowFigure {
    QString title;                       // "Flow 9: web (0.997)"
    QVector<double> packetAttention;     // β per packet slot
    QByteArray heatBytes;                // the most attended packet's model bytes
    QVector<double> heatShares;          // their β·α
    QString heatCaption;
    QVector<GroupBar> groups;
    QStringList whyHeader;               // the Why table
    QVector<QStringList> whyRows;
};
void drawFlowFigure(QPainter& p, double width, double height, const FlowFigure& f);

}  // namespace whyflow::widgets
