#include "flow_filter_model.h"

#include "flow_list_model.h"

namespace whyflow::widgets {

FlowFilterModel::FlowFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(FlowListModel::SortRole);
    setDynamicSortFilter(false);  // predictions arriving must not reshuffle the list under the user
}

void FlowFilterModel::setText(const QString& text) {
    text_ = text.trimmed();
    invalidateRowsFilter();
}

void FlowFilterModel::setModel(int model) {
    model_ = std::max(0, model);
    invalidateRowsFilter();
}

void FlowFilterModel::setPredictedClass(const QString& name) {
    predicted_ = name;
    invalidateRowsFilter();
}

void FlowFilterModel::setTrueClass(const QString& name) {
    truth_ = name;
    invalidateRowsFilter();
}

void FlowFilterModel::setConfidenceRange(double lo, double hi) {
    lo_ = lo;
    hi_ = hi;
    invalidateRowsFilter();
}

void FlowFilterModel::setMisclassifiedOnly(bool on) {
    misclassified_ = on;
    invalidateRowsFilter();
}

void FlowFilterModel::setDisagreementOnly(bool on) {
    disagree_ = on;
    invalidateRowsFilter();
}

bool FlowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid()) return false;
    const auto* m = static_cast<const FlowListModel*>(sourceModel());
    const FlowRow& f = m->flow(sourceRow);
    if (!text_.isEmpty() && !f.client.contains(text_, Qt::CaseInsensitive) && !f.server.contains(text_, Qt::CaseInsensitive) &&
        f.l4.compare(text_, Qt::CaseInsensitive) != 0)
        return false;
    if (!predicted_.isEmpty() && f.predicted(model_) != predicted_) return false;
    if (!truth_.isEmpty() && f.truth != truth_) return false;
    if (lo_ > 0 || hi_ < 1) {
        const double c = f.confidence(model_);
        if (c < 0 || c < lo_ || c > hi_) return false;
    }
    if (misclassified_ && f.correct(model_) != 0) return false;
    if (disagree_ && !f.modelsDisagree()) return false;
    return true;
}

}  // namespace whyflow::widgets
