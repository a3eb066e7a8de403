// Flat table model of the capture's flows with their predictions: one prediction and
// confidence column per model, the true label and whether each model got it right when
// labels are loaded, and whether the models agree when there are several.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

#include "../view_data.h"

namespace whyflow::widgets {

class FlowListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // the fixed columns; the model columns follow (see predictedColumn() and the others)
    enum Column { Id, Client, Server, L4, Packets, Bytes, Duration, FixedColumns };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit FlowListModel(QObject* parent = nullptr);
    void setFlows(QVector<FlowRow> rows);
    // the models whose predictions are shown, by name; resets the columns (keeps predictions
    // of models that keep their index when keepPredictions)
    void setModelNames(const QStringList& names, bool keepPredictions = false);
    const QStringList& modelNames() const { return modelNames_; }
    // drops model m's columns and predictions; the others keep theirs
    void removeModel(int model);
    // updates model m's prediction of flows already listed (rows are matched by FlowRow::id)
    void setPredictions(int model, const QVector<QPair<int, FlowPrediction>>& predicted);
    void clearPredictions();
    // true labels by flow id (empty strings for unlabelled flows); an empty vector removes them
    void setTruth(const QVector<QString>& byFlowId);
    bool hasTruth() const { return hasTruth_; }

    // orders two rows by a column as SortRole would (< 0, 0, > 0), without building QVariants:
    // the filter model sorts 100,000 rows with it
    int compareRows(int rowA, int rowB, int column) const;

    // orders the rows by a column (ties by flow id), keeping persistent indexes on their flows;
    // the order holds for flows set later until the next sort
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }

    const FlowRow& flow(int row) const { return rows_[row]; }
    int rowOfFlow(int flowId) const;

    // column indices; -1 when the column is not shown
    int truthColumn() const;
    int predictedColumn(int model = 0) const;
    int confidenceColumn(int model = 0) const;
    int correctColumn(int model = 0) const;
    int agreementColumn() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int perModel() const { return hasTruth_ ? 3 : 2; }
    // which model and which of its columns (0 predicted, 1 confidence, 2 correct) a column is
    bool modelColumn(int column, int& model, int& which) const;
    void sortRows();     // rows_ in the order of sortColumn_, sortOrder_
    const QString* sortKey(const FlowRow& f, int column, double& number) const;
    void indexRows();    // rowById_ from rows_

    QVector<FlowRow> rows_;
    QVector<int> rowById_;
    QStringList modelNames_;
    bool hasTruth_ = false;
    int sortColumn_ = Id;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace whyflow::widgets
