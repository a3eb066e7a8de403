#include "group_chart.h"

#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace whyflow::widgets {
namespace {
const QColor kSiteColor(213, 94, 0);     // vermillion (Okabe-Ito palette, colour-blind safe)
const QColor kKnownColor(0, 114, 178);   // blue
const QColor kOtherColor(140, 140, 140); // grey
}  // namespace

GroupChart::GroupChart(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)), alert_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    alert_->setWordWrap(true);
    alert_->setVisible(false);
    alert_->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; border: 1px solid #d5a000; }"));
    layout->addWidget(alert_);
    layout->addWidget(plot_, 1);
    plot_->setMinimumHeight(180);
    rebuild();
}

bool GroupChart::alertShown() const { return !alert_->isHidden(); }

void GroupChart::setBars(const QVector<GroupBar>& bars, const QString& flowTitle) {
    bars_ = bars;
    title_ = flowTitle;
    siteShare_ = 0;
    double occlusionSite = 0, occlusionAll = 0;
    for (const GroupBar& b : bars_) {
        if (b.siteDependent) siteShare_ += b.flowShare;
        if (b.occlusion > 0) {
            occlusionAll += b.occlusion;
            if (b.siteDependent) occlusionSite += b.occlusion;
        }
    }
    occlusionSiteShare_ = occlusionAll > 0 ? occlusionSite / occlusionAll : 0;
    rebuild();
}

void GroupChart::clear() { setBars({}, {}); }

void GroupChart::changeEvent(QEvent* e) {
    if (e->type() == QEvent::PaletteChange) rebuild();
    QWidget::changeEvent(e);
}

void GroupChart::rebuild() {
    plot_->clearPlottables();
    const QPalette pal = palette();
    const QColor fg = pal.color(QPalette::WindowText);
    plot_->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(fg));
        axis->setTickPen(QPen(fg));
        axis->setSubTickPen(QPen(fg));
        axis->setTickLabelColor(fg);
        axis->setLabelColor(fg);
        axis->grid()->setPen(QPen(pal.color(QPalette::Midlight), 0, Qt::DotLine));
    }
    // horizontal bars: groups down the left axis (first group on top), shares along the bottom
    QCPAxis* groups = plot_->yAxis;
    QCPAxis* shares = plot_->xAxis;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    auto makeBars = [&](const QColor& c, Qt::BrushStyle style, const QString& name, double width) {
        auto* b = new QCPBars(groups, shares);
        b->setName(name);
        b->setPen(QPen(c.darker(130)));
        b->setBrush(QBrush(c, style));
        b->setWidth(width);
        return b;
    };
    QCPBars* siteFlow = makeBars(kSiteColor, Qt::SolidPattern, tr("site-dependent"), 0.42);
    QCPBars* knownFlow = makeBars(kKnownColor, Qt::SolidPattern, tr("well-known"), 0.42);
    QCPBars* otherFlow = makeBars(kOtherColor, Qt::SolidPattern, tr("other"), 0.42);
    QCPBars* capture = makeBars(fg, Qt::BDiagPattern, tr("whole capture"), 0.3);
    QCPBars* occlusion = nullptr;
    for (const GroupBar& b : bars_)
        if (b.occlusion >= 0 && !occlusion) occlusion = makeBars(QColor(0, 158, 115), Qt::Dense4Pattern, tr("occlusion (this flow)"), 0.22);
    double top = 0.05;
    const int n = static_cast<int>(bars_.size());
    for (int i = 0; i < n; ++i) {
        const GroupBar& b = bars_[i];
        const double key = n - 1 - i;
        ticker->addTick(key, b.label);
        QCPBars* target = b.siteDependent ? siteFlow : (b.name == QLatin1String("structure") ? otherFlow : knownFlow);
        target->addData(key + 0.25, b.flowShare);
        capture->addData(key - 0.25, b.captureShare);
        if (occlusion && b.occlusion >= 0) occlusion->addData(key, b.occlusion);
        top = std::max({top, b.flowShare, b.captureShare, b.occlusion});
    }
    groups->setTicker(ticker);
    groups->setSubTicks(false);
    groups->grid()->setVisible(false);
    groups->setRange(-0.7, std::max(1, n) - 0.3);
    shares->setRange(0, std::min(1.0, top * 1.1));
    shares->setLabel(tr("share of the decision"));
    // layout: title, axis rect, legend in a row of its own under the plot
    QCPLayoutGrid* layout = plot_->plotLayout();
    if (!legendPlaced_) {
        plot_->axisRect()->insetLayout()->take(plot_->legend);
        layout->addElement(1, 0, plot_->legend);
        layout->setRowStretchFactor(1, 0.001);
        plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot_->legend->setWrap(3);
        legendPlaced_ = true;
    }
    plot_->legend->setVisible(!bars_.isEmpty());
    plot_->legend->setBrush(pal.color(QPalette::Base));
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setTextColor(fg);
    if (titleElement_) {
        layout->remove(titleElement_);
        layout->simplify();
        titleElement_ = nullptr;
    }
    if (!title_.isEmpty()) {
        layout->insertRow(0);
        layout->setRowStretchFactor(0, 0.001);
        titleElement_ = new QCPTextElement(plot_, title_);
        titleElement_->setTextColor(fg);
        layout->addElement(0, 0, titleElement_);
    }
    plot_->replot();
    // the alert: attention or occlusion puts most of the decision on site-dependent groups
    QStringList reasons;
    if (siteShare_ > 0.5) reasons << tr("%1 % of this flow's attention").arg(siteShare_ * 100, 0, 'f', 0);
    if (occlusionSiteShare_ > 0.5) reasons << tr("%1 % of the occlusion drop").arg(occlusionSiteShare_ * 100, 0, 'f', 0);
    alert_->setVisible(!reasons.isEmpty());
    if (!reasons.isEmpty())
        alert_->setText(tr("%1 on site-dependent fields (TTL, window, sequence numbers, checksums, TCP options, IP ID): "
                           "this model may rely on site artifacts.")
                            .arg(reasons.join(tr(" and "))));
}

}  // namespace whyflow::widgets
