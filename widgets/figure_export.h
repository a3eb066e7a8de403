// Figures and tables for papers: drawn with QPainter and written as PNG (at a chosen DPI),
// SVG or PDF (fonts embedded, at a size in centimetres), atomically through QSaveFile.
// Needs a QGuiApplication.
#pragma once

#include <QFlags>
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

constexpr double kCmPerInch = 2.54;

// Renders draw(painter, width, height) (in points) into path; the format follows the
// suffix (.png, .pdf, .svg). Returns an empty string or the error.
QString exportFigure(const QString& path, const FigureSize& size, const std::function<void(QPainter&, double, double)>& draw);

// A confusion matrix: rows are true classes, columns predictions; cells shaded by the
// share of their row, with the count written in.
void drawConfusionMatrix(QPainter& p, double width, double height, const QStringList& classes,
                         const QVector<QVector<int>>& matrix, const QString& title);

// The explanation of one flow for a paper: its packet attention as bars, the most attended
// packet's bytes as a heatmap, the field-group shares (and occlusion drops) as bars and the
// Why table. Any subset of the four views can be drawn; the chosen ones share the page.
struct FlowFigure {
    QString title;                       // "Flow 9 (TCP …): web (0.997)"
    QVector<double> packetAttention;     // β per packet slot; empty for models without attention
    QByteArray heatBytes;                // the most attended packet's model bytes
    QVector<double> heatShares;          // their β·α
    QString heatCaption;
    QVector<GroupBar> groups;
    QStringList whyHeader;               // the Why table
    QVector<QStringList> whyRows;
};

enum FigureView {
    PacketsView = 0x1,
    BytesView = 0x2,
    GroupsView = 0x4,
    WhyView = 0x8,
    AllViews = 0xf,
};
Q_DECLARE_FLAGS(FigureViews, FigureView)

// "packets", "bytes", "groups", "why", in drawing order
QStringList figureViewNames();
// "packets,why" -> the views; an empty result and *error set for an unknown name or an empty list
FigureViews parseFigureViews(const QString& list, QString* error = nullptr);
QString figureViewsText(FigureViews views);

// What a figure export is asked for: the views, the size (always in cm; unit is only how
// the size is shown to the user) and the PNG resolution. The format follows the file suffix.
struct ExportOptions {
    enum Unit { Centimetres, Inches };
    FigureViews views = AllViews;
    FigureSize size{17, 12, 300};
    Unit unit = Centimetres;
};

void drawFlowFigure(QPainter& p, double width, double height, const FlowFigure& f, FigureViews views = AllViews);

// The one way a flow figure is written: exportFigure with drawFlowFigure of the chosen views.
QString exportFlowFigure(const QString& path, const FlowFigure& f, const ExportOptions& options);

// Writes text (a table) to path atomically. Returns an empty string or the error.
QString exportText(const QString& path, const QByteArray& data);

}  // namespace whyflow::widgets

Q_DECLARE_OPERATORS_FOR_FLAGS(whyflow::widgets::FigureViews)
