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
    }
    endResetModel();
}

int FlowListModel::rowOfFlow(int flowId) const { return flowId >= 0 && flowId < rowById_.size() ? rowById_[flowId] : -1; }

void FlowListModel::setPredictions(const QVector<FlowRow>& predicted) {
    int lo = INT_MAX, hi = -1;
    for (const FlowRow& p : predicted) {
        const int r = rowOfFlow(p.id);
        if (r < 0) continue;
        rows_[r].predicted = p.predicted;
        rows_[r].confidence = p.confidence;
        lo = std::min(lo, r);
        hi = std::max(hi, r);
    }
    if (hi >= 0) emit dataChanged(index(lo, Predicted), index(hi, Confidence));
}

void FlowListModel::clearPredictions() {
    for (FlowRow& r : rows_) {
        r.predicted.clear();
        r.confidence = -1;
    }
    if (!rows_.isEmpty()) emit dataChanged(index(0, Predicted), index(rows_.size() - 1, Confidence));
}

int FlowListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_.size(); }
int FlowListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FlowListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const FlowRow& f = rows_[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return f.id;
        case Client: return f.client;
        case Server: return f.server;
        case L4: return f.l4;
        case Packets: return f.packets;
        case Bytes: return f.bytes;
        case Duration: return QString::number(f.duration, 'f', 3);
        case Predicted: return f.predicted;
        case Confidence: return f.confidence >= 0 ? QString::number(f.confidence, 'f', 3) : QString();
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Duration: return f.duration;
        case Confidence: return f.confidence;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Id: case Packets: case Bytes: case Duration: case Confidence:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    return {};
}

QVariant FlowListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("Flow");
    case Client: return tr("Client");
    case Server: return tr("Server");
    case L4: return tr("Protocol");
    case Packets: return tr("Packets");
    case Bytes: return tr("Bytes");
    case Duration: return tr("Duration (s)");
    case Predicted: return tr("Predicted");
    case Confidence: return tr("Confidence");
    }
    return {};
}

}  // namespace whyflow::widgets
