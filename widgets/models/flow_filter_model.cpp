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

void FlowFilterModel::setPredictedClass(const QString& name) {
    predicted_ = name;
    invalidateRowsFilter();
}

void FlowFilterModel::setConfidenceRange(double lo, double hi) {
    lo_ = lo;
    hi_ = hi;
    invalidateRowsFilter();
}

bool FlowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid()) return false;
    const auto* m = static_cast<const FlowListModel*>(sourceModel());
    const FlowRow& f = m->flow(sourceRow);
    if (!text_.isEmpty() && !f.client.contains(text_, Qt::CaseInsensitive) && !f.server.contains(text_, Qt::CaseInsensitive) &&
        f.l4.compare(text_, Qt::CaseInsensitive) != 0)
        return false;
    if (!predicted_.isEmpty() && f.predicted != predicted_) return false;
    if (lo_ > 0 || hi_ < 1) {
        if (f.confidence < 0) return false;
        if (f.confidence < lo_ || f.confidence > hi_) return false;
    }
    return true;
}

}  // namespace whyflow::widgets
