#include "color_legend.h"

#include <QPainter>
#include <cmath>

namespace whyflow::widgets {

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent), title_(tr("Attention")) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ColorLegend::setColormap(const Colormap& map) {
    map_ = map;
    update();
}
void ColorLegend::setScale(const AttentionScale& scale) {
    scale_ = scale;
    update();
}
void ColorLegend::setTitle(const QString& title) {
    title_ = title;
    update();
}

QSize ColorLegend::sizeHint() const { return {320, fontMetrics().height() * 2 + 10}; }

void ColorLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int titleWidth = fm.horizontalAdvance(title_) + 8;
    const QRect bar(titleWidth, 2, std::max(40, width() - titleWidth - 8), fm.height());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 2, titleWidth, fm.height()), Qt::AlignVCenter | Qt::AlignLeft, title_);
    for (int x = 0; x < bar.width(); ++x) {
        p.setPen(map_.map(static_cast<double>(x) / std::max(1, bar.width() - 1)));
        p.drawLine(bar.left() + x, bar.top(), bar.left() + x, bar.bottom());
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    const int y = bar.bottom() + 2;
    auto label = [&](double t, const QString& text, Qt::Alignment align) {
        const int x = bar.left() + static_cast<int>(t * bar.width());
        QRect r(x - 60, y, 120, fm.height());
        if (align & Qt::AlignLeft) r = QRect(x, y, 120, fm.height());
        if (align & Qt::AlignRight) r = QRect(x - 120, y, 120, fm.height());
        p.drawText(r, align | Qt::AlignTop, text);
    };
    const double m = scale_.maximum();
    if (scale_.kind() == AttentionScale::Linear) {
        label(0, QStringLiteral("0"), Qt::AlignLeft);
        label(0.5, QString::number(m / 2, 'g', 2), Qt::AlignHCenter);
        label(1, QString::number(m, 'g', 2), Qt::AlignRight);
    } else {
        label(0, QStringLiteral("≤") + QString::number(m / 1000, 'g', 2), Qt::AlignLeft);
        label(1.0 / 3, QString::number(m / 100, 'g', 2), Qt::AlignHCenter);
        label(2.0 / 3, QString::number(m / 10, 'g', 2), Qt::AlignHCenter);
        label(1, QString::number(m, 'g', 2) + tr(" (log)"), Qt::AlignRight);
    }
}

}  // namespace whyflow::widgets
