#include "group_chart.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace whyflow::widgets {
namespace {
const QColor kSiteColor(213, 94, 0);       // vermillion (Okabe-Ito palette, colour-blind safe)
const QColor kKnownColor(0, 114, 178);     // blue
const QColor kOtherColor(140, 140, 140);   // grey
const QColor kOcclusionColor(0, 158, 115); // bluish green

// share of the positive values that falls on site-dependent groups
double siteShareOf(const QVector<GroupBar>& bars, double GroupBar::*value) {
    double site = 0, all = 0;
    for (const GroupBar& b : bars) {
        const double v = b.*value;
        if (v <= 0) continue;
        all += v;
        if (b.siteDependent) site += v;
    }
    return all > 0 ? site / all : 0;
}
}  // namespace

QString groupLabelText(const QString& name, const QString& english) {
    static const struct {
        const char* name;
        const char* label;
    } kLabels[] = {
        {"identity", QT_TRANSLATE_NOOP("FieldGroup", "Addresses")},
        {"ttl", QT_TRANSLATE_NOOP("FieldGroup", "TTL / hop limit")},
        {"window", QT_TRANSLATE_NOOP("FieldGroup", "TCP window")},
        {"seq_ack", QT_TRANSLATE_NOOP("FieldGroup", "Sequence / ack numbers")},
        {"tcp_flags", QT_TRANSLATE_NOOP("FieldGroup", "TCP flags")},
        {"tcp_options", QT_TRANSLATE_NOOP("FieldGroup", "TCP options")},
        {"checksum", QT_TRANSLATE_NOOP("FieldGroup", "Checksums")},
        {"ip_id_frag", QT_TRANSLATE_NOOP("FieldGroup", "IP ID / fragmentation")},
        {"tos", QT_TRANSLATE_NOOP("FieldGroup", "DSCP / ECN")},
        {"ports", QT_TRANSLATE_NOOP("FieldGroup", "Ports")},
        {"size", QT_TRANSLATE_NOOP("FieldGroup", "Sizes")},
        {"protocol", QT_TRANSLATE_NOOP("FieldGroup", "Protocol")},
        {"payload", QT_TRANSLATE_NOOP("FieldGroup", "Payload")},
        {"structure", QT_TRANSLATE_NOOP("FieldGroup", "Header structure")},
    };
    for (const auto& l : kLabels)
        if (name == QLatin1String(l.name)) return QCoreApplication::translate("FieldGroup", l.label);
    return english;
}

GroupChart::GroupChart(QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot(this)), alert_(new QLabel(this)), footer_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    alert_->setWordWrap(true);
    alert_->setVisible(false);
    alert_->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; border: 1px solid #d5a000; }"));
    footer_->setWordWrap(true);
    footer_->setVisible(false);
    layout->addWidget(alert_);
    // the plot never squeezes its group labels into each other: in a short pane it keeps a
    // row per group and scrolls
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(plot_);
    layout->addWidget(scroll, 1);
    layout->addWidget(footer_);
    plot_->setMinimumHeight(180);
    rebuild();
}

bool GroupChart::alertShown() const { return !alert_->isHidden(); }
QString GroupChart::alertText() const { return alert_->isHidden() ? QString() : alert_->text(); }

void GroupChart::setBars(const QVector<GroupBar>& bars, const QString& flowTitle, const QString& footer) {
    seriesMode_ = false;
    bars_ = bars;
    series_.clear();
    title_ = flowTitle;
    footerText_ = footer;
    siteShare_ = siteShareOf(bars_, &GroupBar::flowShare);
    occlusionSiteShare_ = std::max(siteShareOf(bars_, &GroupBar::occlusion), siteShareOf(bars_, &GroupBar::swapOcclusion));
    rebuild();
}

void GroupChart::setSeries(const QVector<GroupBar>& groups, const QVector<GroupSeries>& series, const QString& title,
                           const QString& axisLabel, const QStringList& alerts) {
    seriesMode_ = true;
    bars_ = groups;
    series_ = series;
    title_ = title;
    axisLabel_ = axisLabel;
    seriesAlerts_ = alerts;
    footerText_.clear();
    siteShare_ = occlusionSiteShare_ = 0;
    rebuild();
}

void GroupChart::clear() { setBars({}, {}); }

void GroupChart::changeEvent(QEvent* e) {
    if (e->type() == QEvent::PaletteChange) rebuild();
    QWidget::changeEvent(e);
}

void GroupChart::styleAxes() {
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
}

void GroupChart::placeTitleAndLegend(bool legend) {
    const QPalette pal = palette();
    const QColor fg = pal.color(QPalette::WindowText);
    QCPLayoutGrid* layout = plot_->plotLayout();
    if (!legendPlaced_) {  // the legend in a row of its own under the plot
        plot_->axisRect()->insetLayout()->take(plot_->legend);
        layout->addElement(1, 0, plot_->legend);
        layout->setRowStretchFactor(1, 0.001);
        plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legendPlaced_ = true;
    }
    plot_->legend->setWrap(4);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    plot_->legend->setFont(small);
    plot_->legend->setIconSize(14, 9);
    plot_->yAxis->setTickLabelFont(small);
    plot_->legend->setVisible(legend);
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
}

void GroupChart::rebuild() {
    plot_->clearPlottables();
    styleAxes();
    const QColor fg = palette().color(QPalette::WindowText);
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
    const int n = static_cast<int>(bars_.size());
    double top = 0.05;
    for (int i = 0; i < n; ++i) ticker->addTick(n - 1 - i, bars_[i].label);
    contrast_ = false;
    QStringList reasons;

    if (seriesMode_) {
        const int k = static_cast<int>(series_.size());
        const double slot = 0.84 / std::max(1, k);
        for (int s = 0; s < k; ++s) {
            QCPBars* b = makeBars(series_[s].color, Qt::SolidPattern, series_[s].name, slot * 0.9);
            for (int i = 0; i < n; ++i) {
                const double v = series_[s].values.value(i, -1);
                if (v < 0) continue;
                b->addData(n - 1 - i + 0.42 - slot * (s + 0.5), v);
                top = std::max(top, v);
            }
        }
        shares->setLabel(axisLabel_);
        reasons = seriesAlerts_;
    } else {
        const bool attention = std::any_of(bars_.begin(), bars_.end(), [](const GroupBar& b) { return b.flowShare >= 0; });
        const bool byClass = std::any_of(bars_.begin(), bars_.end(), [](const GroupBar& b) { return b.classShare >= 0; });
        const bool zero = std::any_of(bars_.begin(), bars_.end(), [](const GroupBar& b) { return b.occlusion >= 0; });
        const bool swap = std::any_of(bars_.begin(), bars_.end(), [](const GroupBar& b) { return b.swapOcclusion >= 0; });
        QCPBars *siteFlow = nullptr, *knownFlow = nullptr, *otherFlow = nullptr, *cls = nullptr, *capture = nullptr;
        if (attention) {
            siteFlow = makeBars(kSiteColor, Qt::SolidPattern, tr("site-dependent"), 0.16);
            knownFlow = makeBars(kKnownColor, Qt::SolidPattern, tr("well-known"), 0.16);
            otherFlow = makeBars(kOtherColor, Qt::SolidPattern, tr("other"), 0.16);
            if (byClass) cls = makeBars(fg, Qt::Dense5Pattern, tr("its predicted class"), 0.16);
            capture = makeBars(fg, Qt::BDiagPattern, tr("whole capture"), 0.16);
        }
        QCPBars* occZero = zero ? makeBars(kOcclusionColor, Qt::SolidPattern, tr("occlusion: zeros"), 0.16) : nullptr;
        QCPBars* occSwap = swap ? makeBars(kOcclusionColor, Qt::Dense4Pattern, tr("occlusion: swaps"), 0.16) : nullptr;
        for (int i = 0; i < n; ++i) {
            const GroupBar& b = bars_[i];
            const double key = n - 1 - i;
            if (attention) {
                QCPBars* target = b.siteDependent ? siteFlow : (b.name == QLatin1String("structure") ? otherFlow : knownFlow);
                target->addData(key + 0.34, std::max(0.0, b.flowShare));
                if (cls && b.classShare >= 0) cls->addData(key + 0.17, b.classShare);
                capture->addData(key, b.captureShare);
                top = std::max({top, b.flowShare, b.classShare, b.captureShare});
            }
            if (occZero && b.occlusion >= 0) occZero->addData(key - 0.17, b.occlusion);
            if (occSwap && b.swapOcclusion >= 0) occSwap->addData(key - 0.34, b.swapOcclusion);
            top = std::max({top, b.occlusion, b.swapOcclusion});
        }
        shares->setLabel(tr("share of the decision / probability drop"));
        if (siteShare_ > 0.5) reasons << tr("%1 % of this flow's attention").arg(siteShare_ * 100, 0, 'f', 0);
        if (occlusionSiteShare_ > 0.5) reasons << tr("%1 % of the occlusion drop").arg(occlusionSiteShare_ * 100, 0, 'f', 0);
        // attention on payload while the prediction hinges on the header (or the other way round)
        contrast_ = attention && (zero || swap) && std::abs(siteShare_ - occlusionSiteShare_) > 0.3;
    }
    // a row per group as high as its label and its bars need, plus the title, axis and legend
    {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        const int barsPerGroup = seriesMode_ ? static_cast<int>(series_.size()) : 5;
        const int row = std::max(QFontMetrics(small).height() + 4, 4 * std::max(1, barsPerGroup));
        const int legendRows = seriesMode_ ? (static_cast<int>(series_.size()) + 3) / 4 : 2;
        plot_->setMinimumHeight(std::max(180, n * row + 5 * fontMetrics().height() + legendRows * QFontMetrics(small).height()));
    }
    groups->setTicker(ticker);
    groups->setSubTicks(false);
    groups->grid()->setVisible(false);
    groups->setRange(-0.6, std::max(1, n) - 0.4);
    shares->setRange(0, std::min(1.0, top * 1.1));
    placeTitleAndLegend(!bars_.isEmpty());
    plot_->replot();

    QString text;
    if (!reasons.isEmpty())
        text = seriesMode_ ? tr("Site-dependent fields (TTL, window, sequence numbers, TCP flags, TCP options, checksums, IP ID, DSCP/ECN) hold "
                                "most of the decision of %1: these models may rely on site artifacts.")
                                 .arg(reasons.join(QStringLiteral(", ")))
                           : tr("%1 on site-dependent fields (TTL, window, sequence numbers, TCP flags, TCP options, checksums, IP ID, DSCP/ECN): "
                                "this model may rely on site artifacts.")
                                 .arg(reasons.join(tr(" and ")));
    if (contrast_)
        text += (text.isEmpty() ? QString() : QStringLiteral("<br>")) +
                tr("<b>Attention and occlusion disagree:</b> %1 % of the attention but %2 % of the occlusion drop is on "
                   "site-dependent groups. Attention alone would mislead here.")
                    .arg(siteShare_ * 100, 0, 'f', 0)
                    .arg(occlusionSiteShare_ * 100, 0, 'f', 0);
    alert_->setVisible(!text.isEmpty());
    alert_->setText(text);
    // no flow yet: a line that says so, not empty axes
    plot_->setVisible(!bars_.isEmpty());
    const QString footer = bars_.isEmpty() ? tr("Select a classified flow to see its share of the decision per field group.") : footerText_;
    footer_->setVisible(!footer.isEmpty());
    footer_->setText(footer);
}

}  // namespace whyflow::widgets
