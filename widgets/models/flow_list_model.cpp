#include "flow_list_model.h"

namespace whyflow::widgets {

FlowListModel::FlowListModel(QObject* parent) : QAbstractTableModel(parent) {}

void FlowListModel::setFlows(QVector<FlowRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    rowById_.clear();
    for (int r = 0; r < rows_.size(); ++r) {
        const int id = rows_[r].id;
        if (id >= rowById_.size()) rowById_.resize(id + 1, -1);
        rowById_[id] = r;
        rows_[r].models.resize(modelNames_.size());
    }
    endResetModel();
}

void FlowListModel::setModelNames(const QStringList& names, bool keepPredictions) {
    beginResetModel();
    modelNames_ = names;
    for (FlowRow& r : rows_) {
        if (!keepPredictions) r.models.clear();
        r.models.resize(names.size());
    }
    endResetModel();
}

void FlowListModel::removeModel(int model) {
    if (model < 0 || model >= modelNames_.size()) return;
    beginResetModel();
    modelNames_.removeAt(model);
    for (FlowRow& r : rows_)
        if (model < r.models.size()) r.models.removeAt(model);
    endResetModel();
}

int FlowListModel::rowOfFlow(int flowId) const { return flowId >= 0 && flowId < rowById_.size() ? rowById_[flowId] : -1; }

void FlowListModel::setPredictions(int model, const QVector<QPair<int, FlowPrediction>>& predicted) {
    if (model < 0 || model >= modelNames_.size()) return;
    int lo = INT_MAX, hi = -1;
    for (const auto& [id, p] : predicted) {
        const int r = rowOfFlow(id);
        if (r < 0) continue;
        rows_[r].models[model] = p;
        lo = std::min(lo, r);
        hi = std::max(hi, r);
    }
    if (hi < 0) return;
    // the model's columns, its correctness and the agreement column
    emit dataChanged(index(lo, predictedColumn(model)), index(hi, hasTruth_ ? correctColumn(model) : confidenceColumn(model)));
    if (agreementColumn() >= 0) emit dataChanged(index(lo, agreementColumn()), index(hi, agreementColumn()));
}

void FlowListModel::clearPredictions() {
    for (FlowRow& r : rows_) {
        r.models.clear();
        r.models.resize(modelNames_.size());
    }
    if (!rows_.isEmpty() && columnCount() > FixedColumns)
        emit dataChanged(index(0, FixedColumns), index(rows_.size() - 1, columnCount() - 1));
}

void FlowListModel::setTruth(const QVector<QString>& byFlowId) {
    const bool had = hasTruth_;
    hasTruth_ = !byFlowId.isEmpty();
    if (had != hasTruth_) beginResetModel();
    for (FlowRow& r : rows_) r.truth = r.id < byFlowId.size() ? byFlowId[r.id] : QString();
    if (had != hasTruth_) endResetModel();
    else if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rows_.size() - 1, columnCount() - 1));
}

int FlowListModel::truthColumn() const { return hasTruth_ ? FixedColumns : -1; }

int FlowListModel::predictedColumn(int model) const {
    if (model < 0 || model >= modelNames_.size()) return -1;
    return FixedColumns + (hasTruth_ ? 1 : 0) + model * perModel();
}

int FlowListModel::confidenceColumn(int model) const {
    const int c = predictedColumn(model);
    return c < 0 ? -1 : c + 1;
}

int FlowListModel::correctColumn(int model) const {
    const int c = predictedColumn(model);
    return c < 0 || !hasTruth_ ? -1 : c + 2;
}

int FlowListModel::agreementColumn() const {
    return modelNames_.size() >= 2 ? FixedColumns + (hasTruth_ ? 1 : 0) + modelNames_.size() * perModel() : -1;
}

bool FlowListModel::modelColumn(int column, int& model, int& which) const {
    const int first = FixedColumns + (hasTruth_ ? 1 : 0);
    if (column < first || column >= first + modelNames_.size() * perModel()) return false;
    model = (column - first) / perModel();
    which = (column - first) % perModel();
    return true;
}

int FlowListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_.size(); }

int FlowListModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return FixedColumns + (hasTruth_ ? 1 : 0) + modelNames_.size() * perModel() + (modelNames_.size() >= 2 ? 1 : 0);
}

QVariant FlowListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size() || index.column() >= columnCount()) return {};
    const FlowRow& f = rows_[index.row()];
    const int column = index.column();
    int m = -1, which = -1;
    const bool isModel = modelColumn(column, m, which);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Id: return f.id;
        case Client: return f.client;
        case Server: return f.server;
        case L4: return f.l4;
        case Packets: return f.packets;
        case Bytes: return f.bytes;
        case Duration: return QString::number(f.duration, 'f', 3);
        default: break;
        }
        if (column == truthColumn()) return f.truth;
        if (isModel) {
            const FlowPrediction& p = f.model(m);
            if (which == 0) return p.predicted;
            if (which == 1) return p.confidence >= 0 ? QString::number(p.confidence, 'f', 3) : QString();
            const int c = f.correct(m);
            return c < 0 ? QString() : c ? QStringLiteral("✓") : QStringLiteral("✗");
        }
        if (column == agreementColumn()) {
            if (f.modelsDisagree()) return tr("disagree");
            return f.allClassified() ? tr("agree") : QString();
        }
    } else if (role == SortRole) {
        if (column == Duration) return f.duration;
        if (isModel && which == 1) return f.model(m).confidence;
        if (isModel && which == 2) return f.correct(m);
        if (column == agreementColumn()) return f.modelsDisagree() ? 1 : f.allClassified() ? 0 : -1;
        return data(index, Qt::DisplayRole);
    } else if (role == Qt::TextAlignmentRole) {
        if (column == Id || column == Packets || column == Bytes || column == Duration || (isModel && which == 1))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (isModel && which == 2) return QVariant(Qt::AlignCenter);
    } else if (role == Qt::ToolTipRole) {
        if (isModel && which == 2 && f.correct(m) >= 0)
            return f.correct(m) ? tr("%1 predicts the true label").arg(modelNames_[m])
                                : tr("%1 predicts %2; the label is %3").arg(modelNames_[m], f.predicted(m), f.truth);
        if (column == agreementColumn() && f.modelsDisagree()) {
            QStringList parts;
            for (int k = 0; k < modelNames_.size(); ++k) parts << modelNames_[k] + QStringLiteral(": ") + f.predicted(k);
            return parts.join(QLatin1Char('\n'));
        }
    }
    return {};
}

QVariant FlowListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) return {};
    int m = -1, which = -1;
    const bool isModel = modelColumn(section, m, which);
    if (role == Qt::ToolTipRole && isModel) return modelNames_[m];
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("Flow");
    case Client: return tr("Client");
    case Server: return tr("Server");
    case L4: return tr("Protocol");
    case Packets: return tr("Packets");
    case Bytes: return tr("Bytes");
    case Duration: return tr("Duration (s)");
    default: break;
    }
    if (section == truthColumn()) return tr("True label");
    if (isModel) {
        // with several models each column names its model
        const QString suffix = modelNames_.size() > 1 ? QStringLiteral(" (") + modelNames_[m] + QLatin1Char(')') : QString();
        if (which == 0) return tr("Predicted") + suffix;
        if (which == 1) return tr("Confidence") + suffix;
        return tr("Correct") + suffix;
    }
    if (section == agreementColumn()) return tr("Agreement");
    return {};
}

}  // namespace whyflow::widgets
