// Filters and sorts the flow list: text over endpoints, ports and protocol, the predicted
// class and confidence range of the explained model, the true class, misclassified flows
// only, flows on which the models disagree only.
//
// Fast with 100,000 flows: sorting is the flow list's own (FlowListModel::sort orders its
// rows without QVariants; this proxy follows the source's layout change), a filter change
// rebuilds the mapping in one pass instead of inserting and removing scattered rows one
// interval at a time, and a setter that changes nothing does nothing.
#pragma once

#include <QSortFilterProxyModel>

namespace whyflow::widgets {

class FlowFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FlowFilterModel(QObject* parent = nullptr);
    // sorts the source (a FlowListModel); the proxy keeps its order
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setText(const QString& text);            // substring of client or server ("192.0.2.1", ":443"), or the protocol
    void setModel(int model);                     // whose prediction the class, confidence and misclassified filters read
    void setPredictedClass(const QString& name);  // empty: any class
    void setTrueClass(const QString& name);       // empty: any label (or none)
    void setConfidenceRange(double lo, double hi);
    void setMisclassifiedOnly(bool on);           // labelled flows the model got wrong
    void setDisagreementOnly(bool on);            // flows on which two models predict different classes
    QString text() const { return text_; }
    int model() const { return model_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();
    QString text_, predicted_, truth_;
    int model_ = 0;
    double lo_ = 0, hi_ = 1;
    bool misclassified_ = false, disagree_ = false;
};

}  // namespace whyflow::widgets
