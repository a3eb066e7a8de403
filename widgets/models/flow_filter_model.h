// Filters and sorts the flow list: text over endpoints and ports, predicted class,
// confidence range.
#pragma once

#include <QSortFilterProxyModel>

namespace whyflow::widgets {

class FlowFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FlowFilterModel(QObject* parent = nullptr);
    void setText(const QString& text);            // substring of client or server ("192.0.2.1", ":443")
    void setPredictedClass(const QString& name);  // empty: any class
    void setConfidenceRange(double lo, double hi);
    QString text() const { return text_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_, predicted_;
    double lo_ = 0, hi_ = 1;
};

}  // namespace whyflow::widgets
