// Perceptually uniform, colour-blind safe colormaps for attention.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace whyflow::widgets {

class Colormap {
public:
    enum Kind { Viridis, Cividis, Magma };
    explicit Colormap(Kind kind = Viridis) : kind_(kind) {}
    Kind kind() const { return kind_; }
    QColor map(double t) const;  // t in [0, 1]
    static QString name(Kind k);
    static QStringList names();

private:
    Kind kind_;
};

// Scales attention values to [0, 1]: linear against the maximum, or logarithmic over
// three decades below it.
class AttentionScale {
public:
    enum Kind { Linear, Log };
    AttentionScale(Kind kind = Linear, double maximum = 1.0) : kind_(kind), max_(maximum > 0 ? maximum : 1.0) {}
    double normalize(double v) const;
    Kind kind() const { return kind_; }
    double maximum() const { return max_; }

private:
    Kind kind_;
    double max_;
};

// Diverging colours for differences (model A - model B), t in [-1, 1]: blue where B is
// larger, near-white at 0, red where A is larger (ColorBrewer's RdBu, colour-blind safe).
QColor divergingColor(double t);

// Text colour that stays readable on a background.
QColor contrastingText(const QColor& background);

}  // namespace whyflow::widgets
