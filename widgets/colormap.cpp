#include "colormap.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace whyflow::widgets {
namespace {

using Stop = std::array<unsigned char, 3>;

// Nine evenly spaced samples of each map, from matplotlib's published colormap tables
// (viridis and magma: van der Walt and Smith 2015; cividis: Nuñez, Anderton and Renslow,
// PLOS ONE 2018). Colours in between are interpolated linearly in RGB.
constexpr std::array<Stop, 9> kViridis = {{{68, 1, 84}, {71, 45, 123}, {59, 82, 139}, {44, 114, 142}, {33, 145, 140},
                                           {40, 174, 128}, {94, 201, 98}, {173, 220, 48}, {253, 231, 37}}};
constexpr std::array<Stop, 9> kCividis = {{{0, 34, 78}, {18, 53, 112}, {59, 73, 108}, {87, 92, 109}, {112, 113, 115},
                                           {138, 134, 120}, {167, 157, 116}, {198, 181, 104}, {254, 232, 56}}};
constexpr std::array<Stop, 9> kMagma = {{{0, 0, 4}, {28, 16, 68}, {79, 18, 123}, {129, 37, 129}, {181, 54, 122},
                                         {229, 80, 100}, {251, 135, 97}, {254, 194, 135}, {252, 253, 191}}};

}  // namespace

QColor Colormap::map(double t) const {
    const auto& stops = kind_ == Cividis ? kCividis : kind_ == Magma ? kMagma : kViridis;
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const double pos = t * (stops.size() - 1);
    const size_t i = std::min<size_t>(static_cast<size_t>(pos), stops.size() - 2);
    const double f = pos - i;
    auto mix = [&](int c) { return static_cast<int>(std::lround(stops[i][c] * (1 - f) + stops[i + 1][c] * f)); };
    return QColor(mix(0), mix(1), mix(2));
}

QString Colormap::name(Kind k) {
    switch (k) {
    case Cividis: return QStringLiteral("cividis");
    case Magma: return QStringLiteral("magma");
    default: return QStringLiteral("viridis");
    }
}

QStringList Colormap::names() { return {name(Viridis), name(Cividis), name(Magma)}; }

double AttentionScale::normalize(double v) const {
    if (!(v > 0)) return 0.0;
    if (kind_ == Linear) return std::min(1.0, v / max_);
    const double decades = 3.0;
    return std::clamp((std::log10(v / max_) + decades) / decades, 0.0, 1.0);
}

QColor divergingColor(double t) {
    // ColorBrewer RdBu, 7 classes (Brewer, Cartographic Journal 2003; colorbrewer2.org), blue to red
    static constexpr std::array<Stop, 7> kRdBu = {{{33, 102, 172}, {103, 169, 207}, {209, 229, 240}, {247, 247, 247},
                                                   {253, 219, 199}, {239, 138, 98}, {178, 24, 43}}};
    t = std::clamp(std::isfinite(t) ? t : 0.0, -1.0, 1.0);
    const double pos = (t + 1) / 2 * (kRdBu.size() - 1);
    const size_t i = std::min<size_t>(static_cast<size_t>(pos), kRdBu.size() - 2);
    const double f = pos - i;
    auto mix = [&](int c) { return static_cast<int>(std::lround(kRdBu[i][c] * (1 - f) + kRdBu[i + 1][c] * f)); };
    return QColor(mix(0), mix(1), mix(2));
}

QColor contrastingText(const QColor& bg) {
    const double luma = 0.299 * bg.redF() + 0.587 * bg.greenF() + 0.114 * bg.blueF();
    return luma > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

}  // namespace whyflow::widgets
