#include "packet_list_model.h"

#include <QApplication>
#include <QPalette>

namespace whyflow::widgets {

PacketListModel::PacketListModel(QObject* parent) : QAbstractTableModel(parent) {}

void PacketListModel::setPackets(QVector<PacketRow> rows, InfoProvider info) {
    beginResetModel();
    rows_ = std::move(rows);
    info_ = std::move(info);
    infoCache_.clear();
    endResetModel();
}

int PacketListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_.size(); }
int PacketListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PacketListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const PacketRow& p = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return p.number;
        case Time: return QString::number(p.relativeTime, 'f', 6);
        case Direction: return p.fromClient ? QStringLiteral("→") : QStringLiteral("←");
        case Length: return p.length;
        case Attention: return p.attention >= 0 ? QString::number(p.attention, 'f', 3) : QString();
        case Info: {
            auto it = infoCache_.find(index.row());
            if (it == infoCache_.end()) it = infoCache_.insert(index.row(), info_ ? info_(index.row()) : QString());
            return *it;
        }
        }
        return {};
    case AttentionRole:
        return p.attention;
    case Qt::ForegroundRole:
        // packets beyond the first N were not seen by the model
        if (!p.seenByModel) return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (!p.seenByModel) return tr("Not seen by the model (beyond its first packets)");
        if (index.column() == Direction) return p.fromClient ? tr("Client to server") : tr("Server to client");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Info) return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant PacketListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Number: return tr("No.");
    case Time: return tr("Time");
    case Direction: return tr("Dir");
    case Length: return tr("Length");
    case Attention: return tr("Attention");
    case Info: return tr("Info");
    }
    return {};
}

}  // namespace whyflow::widgets
