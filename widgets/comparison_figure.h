// The comparison of several models as one figure for a paper: the table of accuracies and
// site-dependent shares, what each decision rested on, the field groups by occlusion and
// attention with one bar series per model, and the confusion matrices side by side.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

class QPainter;

namespace whyflow::widgets {

struct ConfusionData {
    QString title;
    QStringList classes;
    QVector<QVector<int>> counts;  // [true][predicted]
};

struct ComparisonFigure {
    QString title;
    QStringList tableHeader;
    QVector<QStringList> tableRows;      // one per model
    QStringList notes;                   // one sentence per model
    QStringList models;
    QStringList groups;                  // group labels, in order
    QVector<bool> siteDependent;         // per group
    QVector<QVector<double>> occlusion;  // [model][group]: share of the probability drop; < 0: hidden from the model
    QVector<QVector<double>> attention;  // [model][group]: attention share; < 0: none (not a HAN, or hidden)
    QVector<ConfusionData> confusion;    // per model
};

// Colour of the i-th model's series (Okabe-Ito, safe for colour-blind readers).
QColor modelColor(int i);

// Draws the figure in points; returns the height it used.
double drawComparisonFigure(QPainter& p, double width, double height, const ComparisonFigure& f);
// The height (in points) the figure needs at a width (in points).
double comparisonFigureHeight(double width, const ComparisonFigure& f);

}  // namespace whyflow::widgets
