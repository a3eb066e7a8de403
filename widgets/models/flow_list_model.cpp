#include "flow_list_model.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace whyflow::widgets {

FlowListModel::FlowListModel(QObject* parent) : QAbstractTableModel(parent) {}

void FlowListModel::setFlows(QVector<FlowRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    for (FlowRow& r : rows_) r.models.resize(modelNames_.size());
    if (sortColumn_ != Id || sortOrder_ != Qt::AscendingOrder) sortRows();
    indexRows();
    endResetModel();
}

void FlowListModel::indexRows() {
    rowById_.clear();
    int maxId = -1;
    for (const FlowRow& r : rows_) maxId = std::max(maxId, r.id);
    rowById_.fill(-1, maxId + 1);
    for (int r = 0; r < rows_.size(); ++r) rowById_[rows_[r].id] = r;
}

// The text a text column sorts by, or null for a numeric column (then number is set).
const QString* FlowListModel::sortKey(const FlowRow& f, int column, double& number) const {
    switch (column) {
    case Id: number = f.id; return nullptr;
    case Client: return &f.client;
    case Server: return &f.server;
    case L4: return &f.l4;
    case Packets: number = static_cast<double>(f.packets); return nullptr;
    case Bytes: number = static_cast<double>(f.bytes); return nullptr;
    case Duration: number = f.duration; return nullptr;
    default: break;
    }
    if (column == truthColumn()) return &f.truth;
    int m = -1, which = -1;
    if (modelColumn(column, m, which)) {
        if (which == 0) return &f.predicted(m);
        number = which == 1 ? f.confidence(m) : f.correct(m);
        return nullptr;
    }
    number = column == agreementColumn() ? (f.modelsDisagree() ? 1 : f.allClassified() ? 0 : -1) : 0;
    return nullptr;
}

namespace {
// The order of distinct texts as ranks (0 first): sorted by eight UTF-16 units after the
// prefix they all share, gathered into one array, and in full only where those tie.
std::vector<int> textRanks(const std::vector<const QString*>& texts) {
    struct Key {
        quint64 hi = 0, lo = 0;
        int index = 0;
    };
    const size_t n = texts.size();
    std::vector<int> ranks(n, 0);
    if (n == 0) return ranks;
    qsizetype common = texts[0]->size();
    for (size_t i = 1; i < n && common > 0; ++i) {
        const QString& t = *texts[i];
        qsizetype k = 0;
        const qsizetype limit = std::min(common, t.size());
        while (k < limit && t[k] == (*texts[0])[k]) ++k;
        common = k;
    }
    std::vector<Key> keys(n);
    for (size_t i = 0; i < n; ++i) {
        const QString& t = *texts[i];
        for (qsizetype k = 0; k < 8; ++k) {
            const quint64 unit = common + k < t.size() ? t[common + k].unicode() : 0;
            quint64& word = k < 4 ? keys[i].hi : keys[i].lo;
            word = word << 16 | unit;
        }
        keys[i].index = static_cast<int>(i);
    }
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (a.hi != b.hi) return a.hi < b.hi;
        if (a.lo != b.lo) return a.lo < b.lo;
        return texts[a.index]->compare(*texts[b.index]) < 0;
    });
    // equal texts share a rank
    int rank = 0;
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) {
            const Key& a = keys[i - 1];
            const Key& b = keys[i];
            if (a.hi != b.hi || a.lo != b.lo || *texts[a.index] != *texts[b.index]) ++rank;
        }
        ranks[keys[i].index] = rank;
    }
    return ranks;
}
}  // namespace

// Sorting 100,000 rows by comparing the rows themselves jumps around memory for every
// comparison: the keys are gathered into one array first (a number; for a text column the
// rank of the text among the column's distinct texts), then sorted.
void FlowListModel::sortRows() {
    struct Key {
        double number = 0;
        int id = 0, row = 0;
    };
    const int n = rows_.size();
    if (n < 2) return;
    const int column = sortColumn_;
    std::vector<Key> keys(static_cast<size_t>(n));
    std::vector<const QString*> texts(static_cast<size_t>(n), nullptr);
    for (int r = 0; r < n; ++r) {
        keys[r].id = rows_[r].id;
        keys[r].row = r;
        texts[r] = sortKey(rows_[r], column, keys[r].number);
    }
    // many distinct texts (clients): ranked directly, the prefix keys tell most apart
    bool many = false;
    if (texts[0]) {
        QSet<QString> sample;
        const int step = std::max(1, n / 512);
        int seen = 0;
        for (int r = 0; r < n; r += step, ++seen) sample.insert(*texts[r]);
        many = sample.size() * 2 > seen;
    }
    if (texts[0] && many) {
        const std::vector<int> rank = textRanks(texts);
        for (int r = 0; r < n; ++r) keys[r].number = rank[static_cast<size_t>(r)];
    } else if (texts[0]) {
        // few distinct texts (protocols, classes, servers): each ranked once
        QHash<QString, int> code;
        code.reserve(n);
        std::vector<const QString*> distinct;
        std::vector<int> codeOfRow(static_cast<size_t>(n));
        for (int r = 0; r < n; ++r) {
            auto it = code.constFind(*texts[r]);
            if (it == code.constEnd()) {
                it = code.insert(*texts[r], static_cast<int>(distinct.size()));
                distinct.push_back(texts[r]);
            }
            codeOfRow[r] = it.value();
        }
        const std::vector<int> rank = textRanks(distinct);
        for (int r = 0; r < n; ++r) keys[r].number = rank[static_cast<size_t>(codeOfRow[r])];
    }
    const bool descending = sortOrder_ == Qt::DescendingOrder;
    std::sort(keys.begin(), keys.end(), [descending](const Key& a, const Key& b) {
        if (a.number != b.number) return descending ? a.number > b.number : a.number < b.number;
        return a.id < b.id;
    });
    QVector<FlowRow> sorted;
    sorted.reserve(n);
    for (const Key& k : keys) sorted.push_back(std::move(rows_[k.row]));
    rows_ = std::move(sorted);
}

void FlowListModel::sort(int column, Qt::SortOrder order) {
    sortColumn_ = column >= 0 && column < columnCount() ? column : Id;
    sortOrder_ = order;
    if (rows_.size() < 2) return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // persistent indexes follow their flows
    const QModelIndexList from = persistentIndexList();
    QVector<int> ids;
    ids.reserve(from.size());
    for (const QModelIndex& i : from) ids.push_back(i.isValid() ? rows_[i.row()].id : -1);
    sortRows();
    indexRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (int k = 0; k < from.size(); ++k) to.push_back(ids[k] < 0 ? QModelIndex() : index(rowById_[ids[k]], from[k].column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FlowListModel::setModelNames(const QStringList& names, bool keepPredictions) {
    beginResetModel();
    modelNames_ = names;
    for (FlowRow& r : rows_) {
        if (!keepPredictions) r.models.clear();
        r.models.resize(names.size());
    }
    if (sortColumn_ >= columnCount()) {  // the column sorted by is gone
        sortColumn_ = Id;
        sortOrder_ = Qt::AscendingOrder;
        sortRows();
        indexRows();
    }
    endResetModel();
}

void FlowListModel::removeModel(int model) {
    if (model < 0 || model >= modelNames_.size()) return;
    // the column sorted by keeps its meaning: a later model's column moves left with it; the
    // removed model's columns, and the agreement column when one model is left, are gone
    int sortedModel = -1, which = -1;
    const bool sortedByModel = modelColumn(sortColumn_, sortedModel, which);
    const bool sortedByAgreement = sortColumn_ == agreementColumn();
    beginResetModel();
    modelNames_.removeAt(model);
    for (FlowRow& r : rows_)
        if (model < r.models.size()) r.models.removeAt(model);
    if (sortedByModel && sortedModel > model) {
        sortColumn_ = predictedColumn(sortedModel - 1) + which;
    } else if (sortedByAgreement && agreementColumn() >= 0) {
        sortColumn_ = agreementColumn();
    } else if ((sortedByModel && sortedModel == model) || sortedByAgreement) {
        sortColumn_ = Id;
        sortOrder_ = Qt::AscendingOrder;
        sortRows();
        indexRows();
    }
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

namespace {
template <typename T>
int threeWay(const T& a, const T& b) {
    return a < b ? -1 : b < a ? 1 : 0;
}
}  // namespace

int FlowListModel::compareRows(int rowA, int rowB, int column) const {
    const FlowRow& a = rows_[rowA];
    const FlowRow& b = rows_[rowB];
    switch (column) {
    case Id: return threeWay(a.id, b.id);
    case Client: return a.client.compare(b.client);
    case Server: return a.server.compare(b.server);
    case L4: return a.l4.compare(b.l4);
    case Packets: return threeWay(a.packets, b.packets);
    case Bytes: return threeWay(a.bytes, b.bytes);
    case Duration: return threeWay(a.duration, b.duration);
    default: break;
    }
    if (column == truthColumn()) return a.truth.compare(b.truth);
    int m = -1, which = -1;
    if (modelColumn(column, m, which)) {
        if (which == 0) return a.predicted(m).compare(b.predicted(m));
        if (which == 1) return threeWay(a.confidence(m), b.confidence(m));
        return threeWay(a.correct(m), b.correct(m));
    }
    if (column == agreementColumn()) {
        auto key = [](const FlowRow& f) { return f.modelsDisagree() ? 1 : f.allClassified() ? 0 : -1; };
        return threeWay(key(a), key(b));
    }
    return 0;
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
        // with several models each column names its model on a second header line, so that
        // the column is as wide as its values, not as its model's file name
        QString name = modelNames_[m];
        if (name.endsWith(QLatin1String(".wfm"))) name.chop(4);
        const QString suffix = modelNames_.size() > 1 ? QLatin1Char('\n') + name : QString();
        if (which == 0) return tr("Predicted") + suffix;
        if (which == 1) return tr("Confidence") + suffix;
        return tr("Correct") + suffix;
    }
    if (section == agreementColumn()) return tr("Agreement");
    return {};
}

}  // namespace whyflow::widgets
