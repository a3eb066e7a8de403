// Bar chart of the decision's share per field group (QCustomPlot), site-dependent groups set
// apart from well-known ones. Two modes: one model's view (the selected flow's attention
// next to the mean of its predicted class and of the whole capture, and the flow's
// occlusion drops by zeros and by swaps), or one bar series per model (attention or
// occlusion). An alert names it when site-dependent groups hold most of the decision.
#pragma once

#include <QWidget>

#include "view_data.h"

class QCustomPlot;
class QCPTextElement;
class QLabel;

namespace whyflow::widgets {

// A field group's label in the window's language ("TTL / hop limit" → "TTL / Hop-Limit"),
// by the group's name ("ttl"); english when the name is not a group.
QString groupLabelText(const QString& name, const QString& english);

class GroupChart : public QWidget {
    Q_OBJECT
public:
    explicit GroupChart(QWidget* parent = nullptr);
    // one model's view; footer is a line under the chart (faithfulness figures)
    void setBars(const QVector<GroupBar>& bars, const QString& flowTitle, const QString& footer = {});
    // one series per model over the groups of bars (their names, labels and kinds); alerts
    // names the models whose decision rests on site-dependent groups
    void setSeries(const QVector<GroupBar>& groups, const QVector<GroupSeries>& series, const QString& title,
                   const QString& axisLabel, const QStringList& alerts);
    void clear();
    QCustomPlot* plot() const { return plot_; }
    double siteDependentShare() const { return siteShare_; }
    double siteDependentOcclusionShare() const { return occlusionSiteShare_; }
    bool alertShown() const;
    QString alertText() const;
    // attention and occlusion point to different kinds of groups (more than 30 points apart)
    bool contrastShown() const { return contrast_; }

protected:
    void changeEvent(QEvent*) override;

private:
    void rebuild();
    void styleAxes();
    void placeTitleAndLegend(bool legend);
    QCustomPlot* plot_;
    QLabel* alert_;
    QLabel* footer_;
    QVector<GroupBar> bars_;
    QVector<GroupSeries> series_;
    bool seriesMode_ = false;
    QString title_, axisLabel_, footerText_;
    QStringList seriesAlerts_;
    double siteShare_ = 0;
    double occlusionSiteShare_ = 0;
    bool contrast_ = false;
    QCPTextElement* titleElement_ = nullptr;
    bool legendPlaced_ = false;
};

}  // namespace whyflow::widgets
