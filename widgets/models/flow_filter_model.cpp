#include "flow_filter_model.h"

#include "flow_list_model.h"

#include <algorithm>

namespace whyflow::widgets {

FlowFilterModel::FlowFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(FlowListModel::SortRole);
    setDynamicSortFilter(false);  // predictions arriving must not reshuffle the list under the user
}

void FlowFilterModel::sort(int column, Qt::SortOrder order) {
    if (sourceModel()) sourceModel()->sort(column, order);
}

// One pass over the source rows: removing or inserting tens of thousands of scattered rows
// one interval at a time (invalidateRowsFilter) takes seconds.
void FlowFilterModel::refilter() { invalidate(); }

void FlowFilterModel::setText(const QString& text) {
    if (text.trimmed() == text_) return;
    text_ = text.trimmed();
    refilter();
}

void FlowFilterModel::setModel(int model) {
    if (std::max(0, model) == model_) return;
    model_ = std::max(0, model);
    refilter();
}

void FlowFilterModel::setPredictedClass(const QString& name) {
    if (name == predicted_) return;
    predicted_ = name;
    refilter();
}

void FlowFilterModel::setTrueClass(const QString& name) {
    if (name == truth_) return;
    truth_ = name;
    refilter();
}

void FlowFilterModel::setConfidenceRange(double lo, double hi) {
    if (lo == lo_ && hi == hi_) return;
    lo_ = lo;
    hi_ = hi;
    refilter();
}

void FlowFilterModel::setMisclassifiedOnly(bool on) {
    if (on == misclassified_) return;
    misclassified_ = on;
    refilter();
}

void FlowFilterModel::setDisagreementOnly(bool on) {
    if (on == disagree_) return;
    disagree_ = on;
    refilter();
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
