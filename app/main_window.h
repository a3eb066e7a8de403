// The main window: flow list, packet table, byte view and field-group chart.
#pragma once

#include <QMainWindow>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

#include "engine_worker.h"
#include "whyflow/capture.h"

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace whyflow::widgets {
class ByteView;
class ColorLegend;
class FieldTree;
class FlowFilterModel;
class FlowListModel;
class GroupChart;
class PacketListModel;
class AttentionDelegate;
struct ExportOptions;
}  // namespace whyflow::widgets

namespace whyflow::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openCapture(const QString& path);
    void loadModel(const QString& path);
    // selects a flow by id; false when there is no such flow
    bool selectFlow(int flowId);
    // selects the flow of a packet (numbered from 1 as in the capture) and the packet in it
    bool goToPacket(int number);
    bool isBusy() const { return busy_ > 0; }
    int classifiedFlows() const { return classifiedCount_; }

    QTableView* flowView() const { return flowView_; }
    QTableView* packetView() const { return packetView_; }
    widgets::ByteView* byteView() const { return byteView_; }
    widgets::FieldTree* fieldTree() const { return fieldTree_; }
    widgets::GroupChart* groupChart() const { return groupChart_; }
    QTableWidget* whyTable() const { return whyTable_; }
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
    void classificationDone();
    void errorShown(const QString& message);

    // to the engine thread
    void requestOpen(const QString& path, int visiblePackets);
    void requestModel(const QString& path);
    void requestClassify(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, quint64 generation);
    void requestOcclusion(whyflow::app::CapturePtr capture, whyflow::app::ModelPtr model, int flowId, quint64 generation);
    void flowOcclusionShown(int flowId);

private slots:
    void onCaptureOpened(whyflow::app::CapturePtr capture);
    void onModelLoaded(whyflow::app::ModelPtr model, const QString& path);
    void onFlowsClassified(quint64 generation, whyflow::app::ResultsPtr batch);
    void onClassificationFinished(quint64 generation, bool cancelled);
    void onProgress(const QString& task, double fraction);
    void onFailed(const QString& task, const QString& message);
    void onFlowSelected();
    void onFlowOccluded(quint64 generation, int flowId, const QVector<double>& drop);
    void onPacketSelected();

protected:
    void closeEvent(QCloseEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    void buildMenus();
    void restoreLayout();
    void rememberRecent(const QString& key, const QString& path);
    void updateRecentMenu();
    void updateCounts();
    void startClassification();
    void setBusy(bool busy);
    void showGroupChart(int flowId);
    void showWhy(int flowId);
    void applyColormap(int kind, bool log);
    int selectedFlowId() const;
    // File ▸ Export Figure… and Export Why Table…
    int exportableFlow() const;  // the selected flow if it is classified, else -1
    void exportFigureInteractively();
    void exportWhyTableInteractively();
    void reportExport(const QString& path, const QString& error);

    QThread engineThread_;
    EngineWorker* worker_ = nullptr;
    std::atomic<bool> cancel_{false};

    CapturePtr capture_;
    ModelPtr model_;
    QString modelPath_;
    std::unique_ptr<capture::Reader> reader_;  // for packets beyond the model's N
    std::vector<explain::FlowExplanation> results_;  // by flow id
    std::vector<uint8_t> hasResult_;
    int classifiedCount_ = 0;
    int occlusionFlow_ = -1;          // the flow whose occlusion is shown
    QVector<double> occlusion_;       // its drops by group
    quint64 generation_ = 0;
    int busy_ = 0;
    QString lastError_;

    QTableView* flowView_ = nullptr;
    QTableView* packetView_ = nullptr;
    widgets::FlowListModel* flowModel_ = nullptr;
    widgets::FlowFilterModel* flowProxy_ = nullptr;
    QLineEdit* filterText_ = nullptr;
    QComboBox* filterClass_ = nullptr;
    QDoubleSpinBox* filterConfidence_ = nullptr;
    QLabel* countText_ = nullptr;
    widgets::PacketListModel* packetModel_ = nullptr;
    widgets::AttentionDelegate* attentionDelegate_ = nullptr;
    widgets::ByteView* byteView_ = nullptr;
    widgets::FieldTree* fieldTree_ = nullptr;
    widgets::ColorLegend* legend_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    widgets::GroupChart* groupChart_ = nullptr;
    QTableWidget* whyTable_ = nullptr;
    QLabel* statusText_ = nullptr;
    QLabel* modelText_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    int colormap_ = 0;
    bool logScale_ = false;
};

}  // namespace whyflow::app
