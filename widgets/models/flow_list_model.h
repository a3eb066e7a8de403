// Flat table model of the capture's flows with their predictions.
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "../view_data.h"

namespace whyflow::widgets {

class FlowListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Client, Server, L4, Packets, Bytes, Duration, Predicted, Confidence, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit FlowListModel(QObject* parent = nullptr);
    void setFlows(QVector<FlowRow> rows);
    // updates the prediction of flows already listed (rows are matched by FlowRow::id)
    void setPredictions(const QVector<FlowRow>& predicted);
    void clearPredictions();
    const FlowRow& flow(int row) const { return rows_[row]; }
    int rowOfFlow(int flowId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<FlowRow> rows_;
    QVector<int> rowById_;
};

}  // namespace whyflow::widgets
