// The packets of one flow. The Info column is computed lazily, only for rows that are
// shown, and cached.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <functional>

#include "../view_data.h"

namespace whyflow::widgets {

class PacketListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Time, Direction, Length, Attention, Info, ColumnCount };
    static constexpr int AttentionRole = Qt::UserRole + 2;  // double, < 0 when unseen

    using InfoProvider = std::function<QString(int row)>;
    explicit PacketListModel(QObject* parent = nullptr);
    void setPackets(QVector<PacketRow> rows, InfoProvider info);
    const PacketRow& packet(int row) const { return rows_[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<PacketRow> rows_;
    InfoProvider info_;
    mutable QHash<int, QString> infoCache_;
};

}  // namespace whyflow::widgets
