#include "main_window.h"

#include <QAction>
#include <QInputDialog>
#include <QFontDatabase>
#include <QTabWidget>
#include <QTableWidget>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSettings>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include "attention_delegate.h"
#include "byte_view.h"
#include "color_legend.h"
#include "group_chart.h"
#include "models/flow_filter_model.h"
#include "models/flow_list_model.h"
#include "models/packet_list_model.h"
#include "whyflow/decode.h"
#include "whyflow/explain.h"
#include "whyflow/version.h"
#include "field_tree.h"
#include "language.h"

namespace whyflow::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    registerEngineTypes();
    setWindowTitle(tr("whyflow"));
    resize(1280, 860);

    worker_ = new EngineWorker(&cancel_);
    worker_->moveToThread(&engineThread_);
    connect(&engineThread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &MainWindow::requestOpen, worker_, &EngineWorker::openCapture);
    connect(this, &MainWindow::requestModel, worker_, &EngineWorker::loadModel);
    connect(this, &MainWindow::requestClassify, worker_, &EngineWorker::classify);
    connect(this, &MainWindow::requestOcclusion, worker_, &EngineWorker::occludeFlow);
    connect(worker_, &EngineWorker::flowOccluded, this, &MainWindow::onFlowOccluded);
    connect(worker_, &EngineWorker::captureOpened, this, &MainWindow::onCaptureOpened);
    connect(worker_, &EngineWorker::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(worker_, &EngineWorker::flowsClassified, this, &MainWindow::onFlowsClassified);
    connect(worker_, &EngineWorker::classificationFinished, this, &MainWindow::onClassificationFinished);
    connect(worker_, &EngineWorker::progress, this, &MainWindow::onProgress);
    connect(worker_, &EngineWorker::failed, this, &MainWindow::onFailed);
    engineThread_.setObjectName(QStringLiteral("whyflow engine"));
    engineThread_.start();

    // flow list
    flowModel_ = new widgets::FlowListModel(this);
    flowProxy_ = new widgets::FlowFilterModel(this);
    flowProxy_->setSourceModel(flowModel_);
    flowView_ = new QTableView;
    flowView_->setModel(flowProxy_);
    flowView_->setSortingEnabled(true);
    flowView_->sortByColumn(widgets::FlowListModel::Id, Qt::AscendingOrder);
    flowView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    flowView_->setSelectionMode(QAbstractItemView::SingleSelection);
    flowView_->verticalHeader()->hide();
    flowView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    flowView_->horizontalHeader()->setStretchLastSection(true);
    flowView_->setAlternatingRowColors(true);
    connect(flowView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onFlowSelected);

    // packet table
    packetModel_ = new widgets::PacketListModel(this);
    packetView_ = new QTableView;
    packetView_->setModel(packetModel_);
    packetView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    packetView_->setSelectionMode(QAbstractItemView::SingleSelection);
    packetView_->verticalHeader()->hide();
    packetView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    packetView_->horizontalHeader()->setStretchLastSection(true);
    attentionDelegate_ = new widgets::AttentionDelegate(widgets::PacketListModel::AttentionRole, this);
    packetView_->setItemDelegateForColumn(widgets::PacketListModel::Attention, attentionDelegate_);
    connect(packetView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onPacketSelected);

    byteView_ = new widgets::ByteView;
    legend_ = new widgets::ColorLegend;
    legend_->setTitle(tr("Byte share β·α"));
    groupChart_ = new widgets::GroupChart;

    fieldTree_ = new widgets::FieldTree;
    auto* bytePane = new QWidget;
    auto* byteLayout = new QVBoxLayout(bytePane);
    byteLayout->setContentsMargins(0, 0, 0, 0);
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(fieldTree_);
    bottom->addWidget(byteView_);
    bottom->setSizes({560, 720});
    byteLayout->addWidget(bottom, 1);
    byteLayout->addWidget(legend_);
    // selection sync: a byte selects its field in the tree, a field highlights its bytes
    connect(byteView_, &widgets::ByteView::fieldClicked, fieldTree_, &widgets::FieldTree::selectField);
    connect(fieldTree_, &widgets::FieldTree::fieldSelected, byteView_, &widgets::ByteView::selectField);

    // filter bar
    auto* filterBar = new QWidget;
    auto* filterLayout = new QHBoxLayout(filterBar);
    filterLayout->setContentsMargins(2, 2, 2, 2);
    filterText_ = new QLineEdit;
    filterText_->setPlaceholderText(tr("Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)"));
    filterText_->setClearButtonEnabled(true);
    filterClass_ = new QComboBox;
    filterClass_->addItem(tr("Any class"), QString());
    filterConfidence_ = new QDoubleSpinBox;
    filterConfidence_->setRange(0, 1);
    filterConfidence_->setSingleStep(0.05);
    filterConfidence_->setDecimals(2);
    filterConfidence_->setPrefix(tr("confidence ≤ "));
    filterConfidence_->setValue(1);
    filterLayout->addWidget(filterText_, 1);
    filterLayout->addWidget(filterClass_);
    filterLayout->addWidget(filterConfidence_);
    auto applyFilter = [this] {
        flowProxy_->setText(filterText_->text());
        flowProxy_->setPredictedClass(filterClass_->currentData().toString());
        flowProxy_->setConfidenceRange(0, filterConfidence_->value());
        updateCounts();
    };
    connect(filterText_, &QLineEdit::textChanged, this, applyFilter);
    connect(filterClass_, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(filterConfidence_, &QDoubleSpinBox::valueChanged, this, applyFilter);
    auto* flowPane = new QWidget;
    auto* flowLayout = new QVBoxLayout(flowPane);
    flowLayout->setContentsMargins(0, 0, 0, 0);
    flowLayout->setSpacing(0);
    flowLayout->addWidget(filterBar);
    flowLayout->addWidget(flowView_, 1);

    auto* middle = new QSplitter(Qt::Horizontal);
    middle->addWidget(packetView_);
    // the paper's Table 2, live: the flow's top packets, their most attended bytes, decoded
    whyTable_ = new QTableWidget(0, 4);
    whyTable_->setHorizontalHeaderLabels({tr("Packet"), tr("Attention"), tr("Bytes (hex)"), tr("Decoded")});
    whyTable_->horizontalHeader()->setStretchLastSection(true);
    whyTable_->verticalHeader()->hide();
    whyTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    whyTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    whyTable_->setWordWrap(true);
    connect(whyTable_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QVariant packet = whyTable_->item(row, 0)->data(Qt::UserRole);
        if (packet.isValid()) packetView_->selectRow(packet.toInt());  // jump to the packet
    });
    auto* tabs = new QTabWidget;
    tabs->addTab(groupChart_, tr("Field groups"));
    tabs->addTab(whyTable_, tr("Why"));
    middle->addWidget(tabs);
    auto* main = new QSplitter(Qt::Vertical);
    main->addWidget(flowPane);
    main->addWidget(middle);
    main->addWidget(bytePane);
    main->setSizes({220, 350, 250});
    main->setObjectName(QStringLiteral("mainSplitter"));
    middle->setObjectName(QStringLiteral("middleSplitter"));
    bottom->setObjectName(QStringLiteral("bottomSplitter"));
    middle->setSizes({700, 520});
    groupChart_->setMinimumWidth(360);
    setCentralWidget(main);

    statusText_ = new QLabel(tr("Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)"));
    modelText_ = new QLabel(tr("No model"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setVisible(false);
    connect(cancelButton_, &QPushButton::clicked, this, [this] { cancel_.store(true); });
    countText_ = new QLabel;
    statusBar()->addWidget(statusText_, 1);
    statusBar()->addPermanentWidget(countText_);
    statusBar()->addPermanentWidget(modelText_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancelButton_);

    buildMenus();
    applyColormap(0, false);
    setAcceptDrops(true);
    restoreLayout();
}

// Window geometry, splitter positions and column widths are remembered between sessions.
void MainWindow::restoreLayout() {
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    for (auto* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty()) splitter->restoreState(s.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());
    flowView_->horizontalHeader()->restoreState(s.value(QStringLiteral("window/flowColumns")).toByteArray());
    packetView_->horizontalHeader()->restoreState(s.value(QStringLiteral("window/packetColumns")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* e) {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (auto* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty()) s.setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
    s.setValue(QStringLiteral("window/flowColumns"), flowView_->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("window/packetColumns"), packetView_->horizontalHeader()->saveState());
    QMainWindow::closeEvent(e);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

// Dropped files: models (.wfm) load, anything else opens as a capture.
void MainWindow::dropEvent(QDropEvent* e) {
    QStringList captures;
    for (const QUrl& url : e->mimeData()->urls()) {
        if (!url.isLocalFile()) continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".wfm"), Qt::CaseInsensitive)) loadModel(path);
        else captures << path;
    }
    if (!captures.isEmpty()) openCapture(captures.first());
    e->acceptProposedAction();
}

void MainWindow::rememberRecent(const QString& key, const QString& path) {
    QSettings s;
    QStringList list = s.value(key).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > 10) list.removeLast();
    s.setValue(key, list);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    QSettings s;
    for (const char* key : {"recent/captures", "recent/models"}) {
        const QStringList list = s.value(QLatin1String(key)).toStringList();
        for (const QString& path : list) {
            const bool model = QLatin1String(key) == QLatin1String("recent/models");
            recentMenu_->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).absolutePath(), this,
                                   [this, path, model] { model ? loadModel(path) : openCapture(path); });
        }
        if (!list.isEmpty()) recentMenu_->addSeparator();
    }
    recentMenu_->setEnabled(!recentMenu_->isEmpty());
}

MainWindow::~MainWindow() {
    cancel_.store(true);
    engineThread_.quit();
    engineThread_.wait();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Capture…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Capture"), {},
                                                          tr("Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)"));
        if (!path.isEmpty()) openCapture(path);
    });
    file->addAction(tr("Load &Model…"), QKeySequence(Qt::CTRL | Qt::Key_M), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Model"), {}, tr("whyflow models (*.wfm);;All files (*)"));
        if (!path.isEmpty()) loadModel(path);
    });
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* maps = view->addMenu(tr("&Colormap"));
    auto* group = new QActionGroup(this);
    const QStringList names = widgets::Colormap::names();
    for (int i = 0; i < names.size(); ++i) {
        QAction* a = maps->addAction(names[i]);
        a->setCheckable(true);
        a->setChecked(i == 0);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { applyColormap(i, logScale_); });
    }
    view->addAction(tr("Zoom &In (bytes)"), QKeySequence::ZoomIn, this, [this] { byteView_->zoom(1); });
    view->addAction(tr("Zoom &Out (bytes)"), QKeySequence::ZoomOut, this, [this] { byteView_->zoom(-1); });
    view->addSeparator();
    QMenu* languages = view->addMenu(tr("&Language"));
    const QStringList languageNames = {tr("English"), QStringLiteral("Deutsch"), QStringLiteral("简体中文")};
    for (int i = 0; i < availableLanguages().size(); ++i) {
        const QString lang = availableLanguages()[i];
        languages->addAction(languageNames.value(i, lang), this, [this, lang] {
            saveLanguage(lang);
            statusText_->setText(tr("The language changes when whyflow starts again."));
        });
    }
    QAction* log = view->addAction(tr("&Logarithmic Scale"));
    log->setCheckable(true);
    connect(log, &QAction::toggled, this, [this](bool on) { applyColormap(colormap_, on); });

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("Go to &Flow…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, [this] {
        if (!capture_) return;
        bool ok = false;
        const int id = QInputDialog::getInt(this, tr("Go to Flow"), tr("Flow number:"), std::max(0, selectedFlowId()), 0,
                                            std::max(0, static_cast<int>(capture_->flows.size()) - 1), 1, &ok);
        if (ok && !selectFlow(id)) statusText_->setText(tr("Flow %1 is not in the list (filtered out?)").arg(id));
    });
    go->addAction(tr("Go to &Packet…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this, [this] {
        if (!capture_ || capture_->packets.empty()) return;
        bool ok = false;
        const int number = QInputDialog::getInt(this, tr("Go to Packet"), tr("Packet number:"), 1, 1,
                                                static_cast<int>(capture_->packets.size()), 1, &ok);
        if (ok) goToPacket(number);
    });
    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Classify Again"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] { startClassification(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About whyflow"), this, [this] {
        QMessageBox::about(this, tr("About whyflow"),
                           tr("<h3>whyflow %1</h3><p>Shows why a deep-learning traffic classifier labels a flow the way it "
                              "does.</p><p>Qt %2<br>libtorch %3<br>%4</p>")
                               .arg(QString::fromStdString(version()), QString::fromLatin1(qVersion()),
                                    QString::fromStdString(libtorchVersion()), QString::fromStdString(libpcapVersion())));
    });
}

void MainWindow::applyColormap(int kind, bool log) {
    colormap_ = kind;
    logScale_ = log;
    const widgets::Colormap map(static_cast<widgets::Colormap::Kind>(kind));
    const double max = byteView_->scale().maximum();
    const widgets::AttentionScale scale(log ? widgets::AttentionScale::Log : widgets::AttentionScale::Linear, max);
    byteView_->setColormap(map);
    byteView_->setScale(scale);
    legend_->setColormap(map);
    legend_->setScale(scale);
    attentionDelegate_->setColormap(map);
    attentionDelegate_->setScale(widgets::AttentionScale(scale.kind(), 1.0));
    packetView_->viewport()->update();
}

void MainWindow::setBusy(bool busy) {
    busy_ = std::max(0, busy_ + (busy ? 1 : -1));
    progress_->setVisible(busy_ > 0);
    cancelButton_->setVisible(busy_ > 0);
    if (busy_ == 0) progress_->setValue(0);
}

void MainWindow::openCapture(const QString& path) {
    setBusy(true);
    statusText_->setText(tr("Reading %1…").arg(path));
    const int visible = model_ ? model_->info().shape.packets : 8;
    emit requestOpen(path, visible);
}

void MainWindow::loadModel(const QString& path) {
    setBusy(true);
    statusText_->setText(tr("Loading model %1…").arg(path));
    emit requestModel(path);
}

void MainWindow::onProgress(const QString& task, double fraction) {
    progress_->setValue(static_cast<int>(fraction * 1000));
    progress_->setFormat(task.section(QLatin1Char('/'), -1) + QStringLiteral(" %p%"));
}

void MainWindow::onFailed(const QString& task, const QString& message) {
    setBusy(false);
    lastError_ = message;
    statusText_->setText(task + QStringLiteral(": ") + message);
    emit errorShown(message);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, task, message);
}

void MainWindow::onCaptureOpened(CapturePtr capture) {
    setBusy(false);
    rememberRecent(QStringLiteral("recent/captures"), qs(capture->path));
    if (model_ && model_->info().shape.packets > capture->visiblePackets) {
        openCapture(qs(capture->path));  // the model sees more packets than were kept: read again
        return;
    }
    capture_ = std::move(capture);
    ++generation_;
    results_.assign(capture_->flows.size(), {});
    hasResult_.assign(capture_->flows.size(), 0);
    classifiedCount_ = 0;
    try {
        reader_ = std::make_unique<capture::Reader>(capture_->path);
    } catch (const std::exception&) {
        reader_.reset();
    }
    QVector<widgets::FlowRow> rows;
    rows.reserve(static_cast<int>(capture_->flows.size()));
    for (const flow::Flow& f : capture_->flows) {
        widgets::FlowRow r;
        r.id = static_cast<int>(f.id);
        r.client = qs(f.clientText());
        r.server = qs(f.serverText());
        r.l4 = qs(f.l4Name());
        r.packets = static_cast<qint64>(f.packets);
        r.bytes = static_cast<qint64>(f.bytes);
        r.duration = f.lastTime - f.firstTime;
        rows.push_back(r);
    }
    flowModel_->setFlows(std::move(rows));
    flowView_->resizeColumnsToContents();
    updateCounts();
    packetModel_->setPackets({}, {});
    byteView_->clear();
    groupChart_->clear();
    setWindowTitle(tr("whyflow — %1").arg(QFileInfo(qs(capture_->path)).fileName()));
    QString text = tr("%1: %2 packets, %3 flows").arg(QFileInfo(qs(capture_->path)).fileName())
                       .arg(capture_->packets.size()).arg(capture_->flows.size());
    if (capture_->cancelled) text += tr(" (reading cancelled: partial)");
    if (!capture_->problem.empty()) {
        text += QStringLiteral(" — ") + qs(capture_->problem);
        lastError_ = qs(capture_->path + ": " + capture_->problem);
    }
    statusText_->setText(text);
    if (flowProxy_->rowCount() > 0) flowView_->selectRow(0);
    emit captureReady();
    startClassification();
}

void MainWindow::onModelLoaded(ModelPtr model, const QString& path) {
    setBusy(false);
    model_ = std::move(model);
    modelPath_ = path;
    rememberRecent(QStringLiteral("recent/models"), path);
    const auto& info = model_->info();
    filterClass_->blockSignals(true);
    filterClass_->clear();
    filterClass_->addItem(tr("Any class"), QString());
    for (const auto& c : model_->info().classes) filterClass_->addItem(qs(c), qs(c));
    filterClass_->blockSignals(false);
    modelText_->setText(tr("Model: %1 %2 (%3 classes, %4×%5, %6)")
                            .arg(QFileInfo(path).fileName(), qs(info.kind).toUpper())
                            .arg(info.classes.size())
                            .arg(info.shape.packets)
                            .arg(info.shape.bytes)
                            .arg(qs(info.preset.name())));
    if (capture_ && info.shape.packets > capture_->visiblePackets) {
        openCapture(qs(capture_->path));  // the model sees more packets than were kept: read again
        return;
    }
    startClassification();
}

void MainWindow::startClassification() {
    if (!capture_ || !model_) return;
    ++generation_;
    occlusionFlow_ = -1;
    results_.assign(capture_->flows.size(), {});
    hasResult_.assign(capture_->flows.size(), 0);
    classifiedCount_ = 0;
    flowModel_->clearPredictions();
    setBusy(true);
    emit requestClassify(capture_, model_, generation_);
}

void MainWindow::onFlowsClassified(quint64 generation, ResultsPtr batch) {
    if (generation != generation_ || !model_) return;
    QVector<widgets::FlowRow> rows;
    const auto& classes = model_->info().classes;
    for (const explain::FlowExplanation& e : *batch) {
        if (e.flowId >= results_.size()) continue;
        results_[e.flowId] = e;
        if (!hasResult_[e.flowId]) ++classifiedCount_;
        hasResult_[e.flowId] = 1;
        widgets::FlowRow r;
        r.id = static_cast<int>(e.flowId);
        if (e.prediction.predicted >= 0 && e.prediction.predicted < static_cast<int>(classes.size())) {
            r.predicted = qs(classes[e.prediction.predicted]);
            r.confidence = e.prediction.probabilities[e.prediction.predicted];
        }
        rows.push_back(r);
    }
    flowModel_->setPredictions(rows);
    const int current = selectedFlowId();
    for (const auto& e : *batch)
        if (static_cast<int>(e.flowId) == current) onFlowSelected();
}

void MainWindow::onClassificationFinished(quint64 generation, bool cancelled) {
    setBusy(false);
    if (generation != generation_) return;
    statusText_->setText(cancelled ? tr("Classification cancelled: %1 of %2 flows classified")
                                         .arg(classifiedCount_).arg(capture_ ? capture_->flows.size() : 0)
                                   : tr("%1 flows classified").arg(classifiedCount_));
    const int current = selectedFlowId();
    if (current >= 0) showGroupChart(current);
    flowProxy_->invalidate();
    updateCounts();
    emit classificationDone();
}

void MainWindow::updateCounts() {
    countText_->setText(tr("Flows: %1 shown of %2").arg(flowProxy_->rowCount()).arg(flowModel_->rowCount()));
}

bool MainWindow::goToPacket(int number) {
    if (!capture_ || number < 1 || number > static_cast<int>(capture_->packets.size())) return false;
    const uint32_t flow = capture_->packets[static_cast<size_t>(number - 1)].flow;
    if (flow == UINT32_MAX) {
        statusText_->setText(tr("Packet %1 belongs to no flow (not IP)").arg(number));
        return false;
    }
    if (!selectFlow(static_cast<int>(flow))) return false;
    const auto& indices = capture_->flows[flow].packetIndices;
    const auto it = std::lower_bound(indices.begin(), indices.end(), static_cast<uint32_t>(number - 1));
    if (it == indices.end()) return false;
    packetView_->selectRow(static_cast<int>(it - indices.begin()));
    return true;
}

bool MainWindow::selectFlow(int flowId) {
    const int row = flowModel_->rowOfFlow(flowId);
    if (row < 0) return false;
    const QModelIndex idx = flowProxy_->mapFromSource(flowModel_->index(row, 0));
    flowView_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    flowView_->scrollTo(idx);
    return true;
}

int MainWindow::selectedFlowId() const {
    const QModelIndex idx = flowView_->selectionModel()->currentIndex();
    if (!idx.isValid()) return -1;
    const QModelIndex src = flowProxy_->mapToSource(idx);
    return flowModel_->flow(src.row()).id;
}

void MainWindow::onFlowSelected() {
    const int id = selectedFlowId();
    if (!capture_ || id < 0 || id >= static_cast<int>(capture_->flows.size())) return;
    const flow::Flow& f = capture_->flows[id];
    const bool classified = id < static_cast<int>(hasResult_.size()) && hasResult_[id];
    const int modelPackets = model_ ? model_->info().shape.packets : static_cast<int>(f.visible.size());
    const double t0 = capture_->packets.empty() ? 0 : capture_->packets.front().timestamp;
    QVector<widgets::PacketRow> rows;
    rows.reserve(static_cast<int>(f.packetIndices.size()));
    for (size_t k = 0; k < f.packetIndices.size(); ++k) {
        const flow::PacketRecord& rec = capture_->packets[f.packetIndices[k]];
        widgets::PacketRow r;
        r.number = static_cast<int>(f.packetIndices[k]) + 1;
        r.relativeTime = rec.timestamp - t0;
        r.fromClient = rec.fromClient;
        r.length = static_cast<int>(rec.wireLength);
        r.seenByModel = static_cast<int>(k) < modelPackets;
        if (classified && k < results_[id].prediction.packetAttention.size() && r.seenByModel)
            r.attention = results_[id].prediction.packetAttention[k];
        rows.push_back(r);
    }
    CapturePtr cap = capture_;
    auto provider = [this, cap, id](int row) -> QString {
        const flow::Flow& fl = cap->flows[id];
        decode::Decoder decoder(cap->linkType);
        decode::DecodedPacket pkt;
        if (row < static_cast<int>(fl.visible.size())) {
            const auto& v = fl.visible[row];
            decoder.decode(v.bytes.data(), static_cast<uint32_t>(v.bytes.size()), pkt);
            return qs(decode::infoText(pkt, v.bytes.data(), static_cast<uint32_t>(v.bytes.size())));
        }
        capture::RawPacket raw;
        if (reader_ && cap == capture_ && reader_->readAt(cap->packets[fl.packetIndices[row]].fileOffset, raw)) {
            decoder.decode(raw.data, raw.caplen, pkt);
            return qs(decode::infoText(pkt, raw.data, raw.caplen));
        }
        return tr("(packet not available)");
    };
    // start on the packet the model attended to most (the first packet before classification)
    int startRow = 0;
    for (int k = 0; k < rows.size(); ++k)
        if (rows[k].attention > rows[startRow].attention) startRow = k;
    packetModel_->setPackets(std::move(rows), provider);
    // colour every packet of the flow on one scale: the flow's largest byte share
    double maxShare = 0;
    if (classified) {
        for (double v : explain::byteShares(results_[id].prediction, model_->info().shape)) maxShare = std::max(maxShare, v);
    }
    const widgets::AttentionScale scale(logScale_ ? widgets::AttentionScale::Log : widgets::AttentionScale::Linear,
                                        maxShare > 0 ? maxShare : 1.0);
    byteView_->setScale(scale);
    legend_->setScale(scale);
    if (packetModel_->rowCount() > 0) packetView_->selectRow(startRow);
    onPacketSelected();
    showGroupChart(id);
    if (classified && occlusionFlow_ != id) emit requestOcclusion(capture_, model_, id, generation_);
}

void MainWindow::onFlowOccluded(quint64 generation, int flowId, const QVector<double>& drop) {
    if (generation != generation_ || flowId != selectedFlowId()) return;
    occlusionFlow_ = flowId;
    occlusion_ = drop;
    showGroupChart(flowId);
    emit flowOcclusionShown(flowId);
}

void MainWindow::onPacketSelected() {
    const int id = selectedFlowId();
    const int row = packetView_->selectionModel()->currentIndex().row();
    if (!capture_ || id < 0 || row < 0) {
        byteView_->clear();
        fieldTree_->setPacket({});
        return;
    }
    const flow::Flow& f = capture_->flows[id];
    widgets::BytePacket bp;
    std::vector<FieldSpan> spans;
    int netOffset = -1, netEnd = -1;
    uint8_t ipVersion = 0;
    decode::Decoder decoder(capture_->linkType);
    decode::DecodedPacket pkt;
    if (row < static_cast<int>(f.visible.size())) {
        const auto& v = f.visible[row];
        bp.bytes = QByteArray(reinterpret_cast<const char*>(v.bytes.data()), static_cast<int>(v.bytes.size()));
        spans = v.spans();
        netOffset = v.netOffset;
        netEnd = v.netEnd;
    } else {
        capture::RawPacket raw;
        if (!reader_ || !reader_->readAt(capture_->packets[f.packetIndices[row]].fileOffset, raw)) {
            byteView_->clear();
            return;
        }
        bp.bytes = QByteArray(reinterpret_cast<const char*>(raw.data), static_cast<int>(raw.caplen));
        decoder.decode(raw.data, raw.caplen, pkt);
        spans = pkt.spans;
    }
    ipVersion = f.ipVersion;
    const auto* data = reinterpret_cast<const uint8_t*>(bp.bytes.constData());
    const auto caplen = static_cast<uint32_t>(bp.bytes.size());
    const bool classified = id < static_cast<int>(hasResult_.size()) && hasResult_[id] && model_;
    const int M = model_ ? model_->info().shape.bytes : 0;
    const int N = model_ ? model_->info().shape.packets : 0;
    bp.attention.fill(-1.0f, bp.bytes.size());
    if (classified && row < N && netOffset >= 0) {
        const auto& p = results_[id].prediction;
        for (int k = 0; k < M && netOffset + k < std::min<int>(netEnd, bp.bytes.size()); ++k) {
            const size_t idx = static_cast<size_t>(row) * M + k;
            if (idx < p.byteAttention.size()) bp.attention[netOffset + k] = p.packetAttention[row] * p.byteAttention[idx];
        }
    }
    for (const FieldSpan& s : spans) {
        widgets::ByteField bf;
        bf.offset = static_cast<int>(s.offset);
        bf.length = static_cast<int>(s.length);
        const FieldInfo& fi = fieldInfo(s.field);
        const FieldGroup g = s.tunnel ? FieldGroup::Tunnel : fi.group;
        bf.name = QString::fromLatin1(fi.name.data(), static_cast<int>(fi.name.size()));
        bf.label = QString::fromLatin1(fi.label.data(), static_cast<int>(fi.label.size()));
        bf.group = QString::fromLatin1(groupName(g).data(), static_cast<int>(groupName(g).size()));
        bf.value = qs(decode::fieldValueText(s, data, caplen, ipVersion));
        const bool inNetwork = netOffset >= 0 && bf.offset >= netOffset && bf.offset < netEnd;
        const bool beyondModel = model_ && (row >= N || (netOffset >= 0 && bf.offset >= netOffset + M));
        bf.outsideModel = !inNetwork || beyondModel || g == FieldGroup::Link || g == FieldGroup::Tunnel ||
                          g == FieldGroup::Malformed || (netOffset < 0);
        bf.masked = !bf.outsideModel && model_ && !model_->info().preset.keeps(g);
        bp.fields.push_back(bf);
    }
    byteView_->setPacket(bp);
    fieldTree_->setPacket(bp);
}

void MainWindow::showWhy(int flowId) {
    whyTable_->setRowCount(0);
    const bool classified = flowId >= 0 && flowId < static_cast<int>(hasResult_.size()) && hasResult_[flowId];
    if (!classified || !model_ || !capture_) return;
    const auto rows = explain::whyRows(capture_->flows[flowId], results_[flowId].prediction, model_->info().shape);
    whyTable_->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const auto& r = rows[i];
        auto* packet = new QTableWidgetItem(QString::number(r.packet + 1));
        packet->setData(Qt::UserRole, r.packet);
        packet->setToolTip(tr("Double-click to show the packet"));
        whyTable_->setItem(i, 0, packet);
        whyTable_->setItem(i, 1, new QTableWidgetItem(QString::number(r.attention, 'f', 3)));
        auto* hex = new QTableWidgetItem(qs(r.hex));
        hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        whyTable_->setItem(i, 2, hex);
        QStringList fields;
        for (const auto& f : r.fields) fields << qs(f);
        whyTable_->setItem(i, 3, new QTableWidgetItem(fields.join(QStringLiteral("\n"))));
    }
    whyTable_->resizeColumnsToContents();
    whyTable_->resizeRowsToContents();
}

void MainWindow::showGroupChart(int flowId) {
    showWhy(flowId);
    const bool classified = flowId >= 0 && flowId < static_cast<int>(hasResult_.size()) && hasResult_[flowId];
    if (!classified || !model_) {
        groupChart_->clear();
        return;
    }
    std::vector<explain::GroupShares> all;
    all.reserve(classifiedCount_);
    for (size_t i = 0; i < results_.size(); ++i)
        if (hasResult_[i]) all.push_back(results_[i].shares);
    const explain::GroupShares mean = explain::meanShares(all);
    const explain::GroupShares& mine = results_[flowId].shares;
    QVector<widgets::GroupBar> bars;
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<FieldGroup>(g);
        if (groupKind(group) == GroupKind::NotInput) continue;
        widgets::GroupBar b;
        b.name = QString::fromLatin1(groupName(group).data(), static_cast<int>(groupName(group).size()));
        b.label = QString::fromUtf8(groupLabel(group).data(), static_cast<int>(groupLabel(group).size()));
        b.siteDependent = groupKind(group) == GroupKind::SiteDependent;
        b.flowShare = mine[g];
        b.captureShare = mean[g];
        if (occlusionFlow_ == flowId && g < occlusion_.size()) b.occlusion = occlusion_[g];
        bars.push_back(b);
    }
    const auto& p = results_[flowId].prediction;
    groupChart_->setBars(bars, tr("Flow %1: %2 (%3)")
                                   .arg(flowId)
                                   .arg(qs(model_->info().classes[p.predicted]))
                                   .arg(p.probabilities[p.predicted], 0, 'f', 3));
}

}  // namespace whyflow::app
