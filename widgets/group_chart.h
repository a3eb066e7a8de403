// Bar chart of the decision's share per field group (QCustomPlot): the selected flow next
// to the whole capture, site-dependent groups set apart from well-known ones.
#pragma once

#include <QWidget>

#include "view_data.h"

class QCustomPlot;
class QCPTextElement;
class QLabel;

namespace whyflow::widgets {

class GroupChart : public QWidget {
    Q_OBJECT
public:
    explicit GroupChart(QWidget* parent = nullptr);
    void setBars(const QVector<GroupBar>& bars, const QString& flowTitle);
    void clear();
    QCustomPlot* plot() const { return plot_; }
    double siteDependentShare() const { return siteShare_; }
    double siteDependentOcclusionShare() const { return occlusionSiteShare_; }
    bool alertShown() const;

protected:
    void changeEvent(QEvent*) override;

private:
    void rebuild();
    QCustomPlot* plot_;
    QLabel* alert_;
    QVector<GroupBar> bars_;
    QString title_;
    double siteShare_ = 0;
    double occlusionSiteShare_ = 0;
    QCPTextElement* titleElement_ = nullptr;
    bool legendPlaced_ = false;
};

}  // namespace whyflow::widgets
