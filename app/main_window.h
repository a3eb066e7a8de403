// The main window: flow list, packet table, byte view, field tree, field-group chart, the
// Why panel and the models side by side. Several models can be loaded; each classifies the
// capture on the engine thread, and one of them (the explained model) drives the packet
// table, the byte view and the Why panel.
#pragma once

#include <QMainWindow>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

#include "engine_worker.h"
#include "whyflow/capture.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QCustomPlot;

namespace whyflow::widgets {
class AttentionCompareView;
class AttentionDelegate;
class ByteView;
class ColorLegend;
class FieldTree;
class FlowFilterModel;
class FlowListModel;
class GroupChart;
class PacketListModel;
struct ExportOptions;
}  // namespace whyflow::widgets

namespace whyflow::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // what the field-group chart shows
    enum class ChartMode { ExplainedModel, OcclusionByZeros, OcclusionBySwaps, Attention };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openCapture(const QString& path);
    // replaces every loaded model by this one
    void loadModel(const QString& path);
    // loads one more model; the models already loaded keep their predictions
    void addModel(const QString& path);
    void removeModel(int slot);
    // true labels for the open capture (and the captures opened later) from a CSV in the nDPI
    // corpus format, optionally merged into categories; false with lastError() set
    bool loadLabels(const QString& csvPath, const QString& categoryMap = {});
    // the model that drives the packet table, byte view and Why panel
    void setExplainedModel(int slot);
    int explainedModel() const { return explained_; }
    int modelCount() const { return static_cast<int>(models_.size()); }
    void setChartMode(ChartMode mode);
    // compares the loaded models on the labelled flows and writes the report into dir
    // (report.md/.json/.pdf/.png, CSV and LaTeX tables); comparisonWritten tells when
    void exportComparison(const QString& dir);

    // selects a flow by id; false when there is no such flow
    bool selectFlow(int flowId);
    // selects the flow of a packet (numbered from 1 as in the capture) and the packet in it
    bool goToPacket(int number);
    bool isBusy() const { return busy_ > 0; }
    int classifiedFlows(int slot = 0) const;
    int selectedFlowId() const;
    void cancel();

    QTableView* flowView() const { return flowView_; }
    QTableView* packetView() const { return packetView_; }
    widgets::ByteView* byteView() const { return byteView_; }
    widgets::FieldTree* fieldTree() const { return fieldTree_; }
    widgets::GroupChart* groupChart() const { return groupChart_; }
    widgets::AttentionCompareView* compareView() const { return compareView_; }
    QCustomPlot* deletionPlot() const { return deletionPlot_; }
    QTableWidget* whyTable() const { return whyTable_; }
    QTabWidget* detailTabs() const { return tabs_; }
    widgets::FlowListModel* flowModel() const { return flowModel_; }
    widgets::PacketListModel* packetModel() const { return packetModel_; }
    widgets::FlowFilterModel* flowFilter() const { return flowProxy_; }
    const QString& lastError() const { return lastError_; }

    // the selected, classified flow's figure (format by suffix: png, svg, pdf) and its Why
    // table (csv, tex), written atomically; return the error (naming the file) or nothing
    QString exportSelectedFlow(const QString& path, const widgets::ExportOptions& options);
    QString exportWhyTable(const QString& path);

signals:
    void captureReady();
    // every loaded model has classified the capture (or was cancelled)
    void classificationDone();
    void errorShown(const QString& message);
    void flowOcclusionShown(int flowId);
    void comparisonWritten(const QString& dir, const QStringList& errors);

    // to the engine thread
    void requestOpen(const QString& path, int visiblePackets);
    void requestModel(const QString& path, bool add);
    void requestClassify(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, int slot, quint64 generation,
                         whyflow::app::CancelToken token);
    void requestOcclusion(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, int slot, int flowId,
                          quint64 generation);
    void requestCompare(whyflow::app::CapturePtr capture, QVector<whyflow::app::ModelPtr> models, QStringList names,
                        QStringList truthByFlow, whyflow::app::CancelToken token);

private slots:
    void onCaptureOpened(whyflow::app::CapturePtr capture, whyflow::app::FlowRowsPtr rows);
    void onModelLoaded(whyflow::app::ModelPtr model, const QString& path, bool add);
    void onFlowsClassified(quint64 generation, int slotId, whyflow::app::ResultsPtr batch);
    void onClassificationFinished(quint64 generation, int slotId, bool cancelled);
    void onProgress(const QString& task, double fraction);
    void onFailed(const QString& task, const QString& message);
    void onFlowSelected();
    void onFlowOccluded(quint64 generation, int slotId, int flowId, whyflow::app::OcclusionPtr occlusion);
    void onCompared(whyflow::app::ComparisonPtr comparison);
    void onPacketSelected();

protected:
    void closeEvent(QCloseEvent* e) override;
    void changeEvent(QEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    // one loaded model and what it made of the capture
    struct ModelSlot {
        int id = 0;  // stays while the slot's index shifts; names the slot to the engine thread
        ModelPtr model;
        QString path, name;
        std::vector<explain::FlowExplanation> results;  // by flow id
        std::vector<uint8_t> has;
        int count = 0;
        bool running = false;
        int occlusionFlow = -1;   // the flow whose occlusion is known
        OcclusionPtr occlusion;
    };

    void buildMenus();
    QWidget* buildFilterBar();
    void restoreLayout();
    void rememberRecent(const QString& key, const QString& path);
    void updateRecentMenu();
    void updateCounts();
    void updateModelControls();
    void applyFilter();
    void classifyWith(int slot);
    void startClassification();
    void resetResults(ModelSlot& m);
    void setBusy(bool busy);
    // hands the predictions that arrived since the last time to the flow list
    void flushPredictions();
    void matchLabels();
    bool classified(int slot, int flowId) const;
    const ModelSlot* explained() const;
    int indexOfSlot(int id) const;
    int visiblePacketsNeeded() const;
    void showGroupChart(int flowId);
    void showWhy(int flowId);
    void showComparison(int flowId);
    void showFaithfulness(int flowId);
    void applyColormap(int kind, bool log);
    // File ▸ Export Figure… and Export Why Table…
    int exportableFlow() const;  // the selected flow if it is classified, else -1
    QVector<double> occlusionOf(int flowId) const;
    void exportFigureInteractively();
    void exportWhyTableInteractively();
    void reportExport(const QString& path, const QString& error);

    QThread engineThread_;
    EngineWorker* worker_ = nullptr;
    std::atomic<bool> cancel_{false};
    CancelToken classifyToken_;
    CancelToken compareToken_;
    QString pendingComparisonDir_;

    CapturePtr capture_;
    std::vector<ModelSlot> models_;
    int nextSlotId_ = 0;
    int explained_ = 0;
    std::unique_ptr<capture::Reader> reader_;  // for packets beyond the model's N
    QString labelsPath_, categoryMapPath_;
    QVector<QString> truth_;  // by flow id
    // mean group shares of the explained model over the capture and per predicted class
    mutable bool meansDirty_ = true;
    mutable explain::GroupShares captureMean_{};
    mutable std::vector<explain::GroupShares> classMean_;
    quint64 generation_ = 0;
    // predictions not yet in the flow list, per model slot, of generation pendingGeneration_:
    // the list takes them at most every kFlushMs so that batches do not flood the view
    static constexpr int kFlushMs = 100;
    std::vector<QVector<QPair<int, widgets::FlowPrediction>>> pending_;
    quint64 pendingGeneration_ = 0;
    QTimer flushTimer_;
    int busy_ = 0;
    QString lastError_;
    ChartMode chartMode_ = ChartMode::ExplainedModel;

    QTableView* flowView_ = nullptr;
    QTableView* packetView_ = nullptr;
    widgets::FlowListModel* flowModel_ = nullptr;
    widgets::FlowFilterModel* flowProxy_ = nullptr;
    QLineEdit* filterText_ = nullptr;
    QComboBox* filterModel_ = nullptr;
    QComboBox* filterClass_ = nullptr;
    QComboBox* filterTruth_ = nullptr;
    QDoubleSpinBox* filterConfidenceLo_ = nullptr;
    QDoubleSpinBox* filterConfidenceHi_ = nullptr;
    QCheckBox* filterWrong_ = nullptr;
    QCheckBox* filterDisagree_ = nullptr;
    QLabel* problemText_ = nullptr;  // what was wrong with the capture, kept in view
    QLabel* countText_ = nullptr;
    widgets::PacketListModel* packetModel_ = nullptr;
    widgets::AttentionDelegate* attentionDelegate_ = nullptr;
    widgets::ByteView* byteView_ = nullptr;
    widgets::FieldTree* fieldTree_ = nullptr;
    widgets::ColorLegend* legend_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* removeMenu_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    widgets::GroupChart* groupChart_ = nullptr;
    QComboBox* chartBox_ = nullptr;
    widgets::AttentionCompareView* compareView_ = nullptr;
    QCustomPlot* deletionPlot_ = nullptr;
    QLabel* faithText_ = nullptr;
    QTableWidget* whyTable_ = nullptr;
    QLabel* statusText_ = nullptr;
    QLabel* modelText_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    int colormap_ = 0;
    bool logScale_ = false;
};

}  // namespace whyflow::app
