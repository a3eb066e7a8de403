#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "attention_compare_view.h"
#include "attention_delegate.h"
#include "byte_view.h"
#include "color_legend.h"
#include "comparison_figure.h"
#include "comparison_report.h"
#include "field_tree.h"
#include "group_chart.h"
#include "language.h"
#include "theme.h"
#include "models/flow_filter_model.h"
#include "models/flow_list_model.h"
#include "models/packet_list_model.h"
#include "whyflow/decode.h"
#include "whyflow/explain.h"
#include "whyflow/labels.h"
#include "whyflow/version.h"
#include "export_figure_dialog.h"
#include "flow_figure.h"

namespace whyflow::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }
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
    connect(this, &MainWindow::requestCompare, worker_, &EngineWorker::compare);
    connect(worker_, &EngineWorker::flowOccluded, this, &MainWindow::onFlowOccluded);
    connect(worker_, &EngineWorker::captureOpened, this, &MainWindow::onCaptureOpened);
    connect(worker_, &EngineWorker::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(worker_, &EngineWorker::flowsClassified, this, &MainWindow::onFlowsClassified);
    connect(worker_, &EngineWorker::classificationFinished, this, &MainWindow::onClassificationFinished);
    connect(worker_, &EngineWorker::compared, this, &MainWindow::onCompared);
    connect(worker_, &EngineWorker::progress, this, &MainWindow::onProgress);
    connect(worker_, &EngineWorker::failed, this, &MainWindow::onFailed);
    flushTimer_.setSingleShot(true);
    flushTimer_.setInterval(kFlushMs);
    connect(&flushTimer_, &QTimer::timeout, this, &MainWindow::flushPredictions);
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
    // fixed row heights: the view need not measure 100,000 rows
    flowView_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
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
    packetView_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    packetView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    packetView_->horizontalHeader()->setStretchLastSection(true);
    attentionDelegate_ = new widgets::AttentionDelegate(widgets::PacketListModel::AttentionRole, this);
    packetView_->setItemDelegateForColumn(widgets::PacketListModel::Attention, attentionDelegate_);
    connect(packetView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onPacketSelected);
    {
        // the narrow columns as wide as their widest usual value, the rest to Info (until the
        // user's own widths are restored)
        using P = widgets::PacketListModel;
        const QFontMetrics fm = packetView_->fontMetrics();
        const int pad = 3 * fm.horizontalAdvance(QLatin1Char(' '));
        auto width = [&](int column, const QString& sample) {
            const QString header = packetModel_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            packetView_->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + 2 * pad);
        };
        width(P::Number, QStringLiteral("0000000"));
        width(P::Time, QStringLiteral("0000.000000"));
        width(P::Direction, QStringLiteral("→"));
        width(P::Length, QStringLiteral("00000"));
        width(P::Attention, QStringLiteral("0.0000"));
    }

    byteView_ = new widgets::ByteView;
    legend_ = new widgets::ColorLegend;
    legend_->setTitle(tr("Byte share β·α"));

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

    auto* flowPane = new QWidget;
    auto* flowLayout = new QVBoxLayout(flowPane);
    flowLayout->setContentsMargins(0, 0, 0, 0);
    flowLayout->setSpacing(0);
    flowLayout->addWidget(buildFilterBar());
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
    // field groups: the explained model's view, or one series per model
    groupChart_ = new widgets::GroupChart;
    groupChart_->setMinimumWidth(360);
    chartBox_ = new QComboBox;
    chartBox_->addItem(tr("Explained model: attention and occlusion"));
    chartBox_->addItem(tr("Every model: occlusion by zeros"));
    chartBox_->addItem(tr("Every model: occlusion by swaps"));
    chartBox_->addItem(tr("Every model: attention"));
    connect(chartBox_, &QComboBox::currentIndexChanged, this, [this](int i) { setChartMode(static_cast<ChartMode>(i)); });
    auto* groupPane = new QWidget;
    auto* groupLayout = new QVBoxLayout(groupPane);
    groupLayout->setContentsMargins(0, 2, 0, 0);
    groupLayout->addWidget(chartBox_);
    groupLayout->addWidget(groupChart_, 1);
    // the models one under the other, aligned by packet and byte
    compareView_ = new widgets::AttentionCompareView;
    connect(compareView_, &widgets::AttentionCompareView::packetClicked, this, [this](int slot) {
        if (slot < packetModel_->rowCount()) packetView_->selectRow(slot);
    });
    // is the attention faithful? the deletion curve of the selected flow and Spearman's rank correlation
    auto* faithPane = new QWidget;
    auto* faithLayout = new QVBoxLayout(faithPane);
    faithLayout->setContentsMargins(0, 2, 0, 0);
    faithText_ = new QLabel;
    faithText_->setWordWrap(true);
    deletionPlot_ = new QCustomPlot;
    deletionPlot_->setMinimumHeight(160);
    // the legend in a row of its own under the plot, where it covers no curve
    deletionPlot_->axisRect()->insetLayout()->take(deletionPlot_->legend);
    deletionPlot_->plotLayout()->addElement(1, 0, deletionPlot_->legend);
    deletionPlot_->plotLayout()->setRowStretchFactor(1, 0.001);
    deletionPlot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    deletionPlot_->legend->setBorderPen(Qt::NoPen);
    faithLayout->addWidget(faithText_);
    faithLayout->addWidget(deletionPlot_, 1);
    tabs_ = new QTabWidget;
    tabs_->addTab(groupPane, tr("Field groups"));
    tabs_->addTab(whyTable_, tr("Why"));
    tabs_->addTab(compareView_, tr("Models side by side"));
    tabs_->addTab(faithPane, tr("Faithfulness"));
    middle->addWidget(tabs_);
    auto* main = new QSplitter(Qt::Vertical);
    main->addWidget(flowPane);
    main->addWidget(middle);
    main->addWidget(bytePane);
    main->setSizes({200, 400, 220});
    main->setObjectName(QStringLiteral("mainSplitter"));
    middle->setObjectName(QStringLiteral("middleSplitter"));
    bottom->setObjectName(QStringLiteral("bottomSplitter"));
    middle->setSizes({700, 520});
    setCentralWidget(main);

    statusText_ = new QLabel(tr("Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)"));
    modelText_ = new QLabel(tr("No model"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(320);
    // room for "Classifying with LSTM 100%" in every language
    progress_->setMinimumWidth(std::min(320, progress_->fontMetrics().horizontalAdvance(EngineWorker::tr("Classifying with %1").arg(QStringLiteral("LSTM")) + QStringLiteral(" 100%")) + 24));
    progress_->setVisible(false);
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setVisible(false);
    connect(cancelButton_, &QPushButton::clicked, this, &MainWindow::cancel);
    countText_ = new QLabel;
    statusBar()->addWidget(statusText_, 1);
    problemText_ = new QLabel;
    problemText_->setObjectName(QStringLiteral("captureProblem"));
    problemText_->setVisible(false);
    problemText_->setStyleSheet(QStringLiteral("QLabel { color: #b35900; }"));
    statusBar()->addPermanentWidget(problemText_);
    statusBar()->addPermanentWidget(countText_);
    statusBar()->addPermanentWidget(modelText_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancelButton_);

    buildMenus();
    applyColormap(0, false);
    updateModelControls();
    setAcceptDrops(true);
    restoreLayout();
}

QWidget* MainWindow::buildFilterBar() {
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(2, 2, 2, 2);
    filterText_ = new QLineEdit;
    filterText_->setPlaceholderText(tr("Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)"));
    filterText_->setClearButtonEnabled(true);
    filterModel_ = new QComboBox;
    filterModel_->setToolTip(tr("The explained model: its predictions drive the class, confidence and misclassified "
                                "filters, the packet attention, the bytes and the Why panel"));
    filterClass_ = new QComboBox;
    filterClass_->setToolTip(tr("Predicted class"));
    filterTruth_ = new QComboBox;
    filterTruth_->setToolTip(tr("True label (File ▸ Load Labels…)"));
    filterTruth_->setVisible(false);  // until labels are loaded
    // as wide as their longest entry, in every language
    for (QComboBox* box : {filterModel_, filterClass_, filterTruth_}) box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto confidence = [](const QString& prefix, double value) {
        auto* box = new QDoubleSpinBox;
        box->setRange(0, 1);
        box->setSingleStep(0.05);
        box->setDecimals(2);
        box->setPrefix(prefix);
        box->setValue(value);
        return box;
    };
    filterConfidenceLo_ = confidence(tr("confidence ≥ "), 0);
    filterConfidenceHi_ = confidence(tr("≤ "), 1);
    filterWrong_ = new QCheckBox(tr("Misclassified"));
    filterWrong_->setToolTip(tr("Only labelled flows that the explained model gets wrong"));
    filterDisagree_ = new QCheckBox(tr("Models disagree"));
    filterDisagree_->setToolTip(tr("Only flows on which two loaded models predict different classes"));
    layout->addWidget(filterText_, 1);
    layout->addWidget(filterModel_);
    layout->addWidget(filterClass_);
    layout->addWidget(filterTruth_);
    layout->addWidget(filterConfidenceLo_);
    layout->addWidget(filterConfidenceHi_);
    layout->addWidget(filterWrong_);
    layout->addWidget(filterDisagree_);
    connect(filterText_, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(filterClass_, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(filterTruth_, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(filterConfidenceLo_, &QDoubleSpinBox::valueChanged, this, &MainWindow::applyFilter);
    connect(filterConfidenceHi_, &QDoubleSpinBox::valueChanged, this, &MainWindow::applyFilter);
    connect(filterWrong_, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(filterDisagree_, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(filterModel_, &QComboBox::activated, this, [this](int i) { setExplainedModel(i); });
    return bar;
}

void MainWindow::applyFilter() {
    flowProxy_->setText(filterText_->text());
    flowProxy_->setModel(explained_);
    flowProxy_->setPredictedClass(filterClass_->currentData().toString());
    flowProxy_->setTrueClass(filterTruth_->currentData().toString());
    flowProxy_->setConfidenceRange(filterConfidenceLo_->value(), filterConfidenceHi_->value());
    flowProxy_->setMisclassifiedOnly(filterWrong_->isChecked());
    flowProxy_->setDisagreementOnly(filterDisagree_->isChecked());
    updateCounts();
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

void MainWindow::changeEvent(QEvent* e) {
    // plots that take their colours from the palette when they are drawn
    if (e->type() == QEvent::PaletteChange) showFaithfulness(selectedFlowId());
    QMainWindow::changeEvent(e);
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

void MainWindow::rememberRecent(const QString& key, const QString& given) {
    // absolute, so that the entry still opens when whyflow starts from another folder
    const QString path = QFileInfo(given).absoluteFilePath();
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
    cancel();
    engineThread_.quit();
    engineThread_.wait();
}

void MainWindow::cancel() {
    cancel_.store(true);
    if (classifyToken_) classifyToken_->store(true);
    if (compareToken_) compareToken_->store(true);
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
    file->addAction(tr("&Add Model…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Model"), {}, tr("whyflow models (*.wfm);;All files (*)"));
        for (const QString& path : paths) addModel(path);
    });
    removeMenu_ = file->addMenu(tr("Remo&ve Model"));
    file->addAction(tr("Load &Labels…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Labels"), {},
                                                          tr("Label files (*.csv);;All files (*)"));
        if (path.isEmpty()) return;
        QString categories;
        if (QMessageBox::question(this, tr("Load Labels"), tr("Merge the protocols into categories with a category map?")) ==
            QMessageBox::Yes)
            categories = QFileDialog::getOpenFileName(this, tr("Category Map"), QFileInfo(path).absolutePath(),
                                                      tr("Category maps (*.csv);;All files (*)"));
        if (!loadLabels(path, categories) && QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::warning(this, tr("Load Labels"), lastError_);
    });
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction* exportFigure = file->addAction(tr("&Export Figure…"), this, [this] { exportFigureInteractively(); });
    QAction* exportTable = file->addAction(tr("Export &Why Table…"), this, [this] { exportWhyTableInteractively(); });
    connect(file, &QMenu::aboutToShow, this, [this, exportFigure, exportTable] {
        exportFigure->setEnabled(exportableFlow() >= 0);
        exportTable->setEnabled(exportableFlow() >= 0);
    });
    file->addAction(tr("Export &Comparison…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Comparison into Folder"));
        if (!dir.isEmpty()) exportComparison(dir);
    });
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
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(this);
    const std::pair<Theme, QString> themeNames[] = {{Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, name] : themeNames) {
        QAction* a = themes->addAction(name);
        a->setCheckable(true);
        a->setChecked(theme == savedTheme());
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [t = theme] {
            applyTheme(t);
            saveTheme(t);
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
    compareView_->setColormap(map);
    compareView_->setScaleKind(scale.kind());
    packetView_->viewport()->update();
}

void MainWindow::setBusy(bool busy) {
    busy_ = std::max(0, busy_ + (busy ? 1 : -1));
    progress_->setVisible(busy_ > 0);
    cancelButton_->setVisible(busy_ > 0);
    if (busy_ == 0) progress_->setValue(0);
}

int MainWindow::visiblePacketsNeeded() const {
    int n = 8;
    for (const ModelSlot& m : models_) n = std::max(n, m.model->info().shape.packets);
    return n;
}

void MainWindow::openCapture(const QString& path) {
    setBusy(true);
    statusText_->setText(tr("Reading %1…").arg(path));
    emit requestOpen(path, visiblePacketsNeeded());
}

void MainWindow::loadModel(const QString& path) {
    setBusy(true);
    statusText_->setText(tr("Loading model %1…").arg(path));
    emit requestModel(path, false);
}

void MainWindow::addModel(const QString& path) {
    setBusy(true);
    statusText_->setText(tr("Loading model %1…").arg(path));
    emit requestModel(path, true);
}

void MainWindow::onProgress(const QString& task, double fraction) {
    progress_->setValue(static_cast<int>(fraction * 1000));
    progress_->setFormat(task.section(QLatin1Char('/'), -1) + QStringLiteral(" %p%"));
}

void MainWindow::onFailed(const QString& task, const QString& message) {
    // a failed classification still reports its end, and occlusion never counts as busy
    if (task != EngineWorker::tr("Classify") && task != EngineWorker::tr("Occlusion")) setBusy(false);
    lastError_ = message;
    statusText_->setText(task + QStringLiteral(": ") + message);
    emit errorShown(message);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, task, message);
}

void MainWindow::onCaptureOpened(CapturePtr capture, FlowRowsPtr rows) {
    setBusy(false);
    rememberRecent(QStringLiteral("recent/captures"), qs(capture->path));
    if (visiblePacketsNeeded() > capture->visiblePackets) {
        openCapture(qs(capture->path));  // a model sees more packets than were kept: read again
        return;
    }
    // the old capture and results are freed on the engine thread: a million packets' records
    // and the bytes of every flow take a while to give back
    packetModel_->setPackets({}, {});  // its text provider holds the old capture
    std::vector<std::vector<explain::FlowExplanation>> oldResults;
    for (ModelSlot& m : models_) oldResults.push_back(std::move(m.results));
    QMetaObject::invokeMethod(worker_, [old = std::move(capture_), results = std::move(oldResults)]() mutable {
        old.reset();
        results.clear();
    }, Qt::QueuedConnection);
    capture_ = std::move(capture);
    ++generation_;
    for (ModelSlot& m : models_) resetResults(m);
    try {
        reader_ = std::make_unique<capture::Reader>(capture_->path);
    } catch (const std::exception&) {
        reader_.reset();
    }
    flowModel_->setFlows(rows ? std::move(*rows) : flowRows(capture_->flows));
    truth_.clear();
    if (!labelsPath_.isEmpty()) matchLabels();
    // column widths from a sample of rows: measuring 100,000 rows would stall the window
    flowView_->horizontalHeader()->setResizeContentsPrecision(200);
    flowView_->resizeColumnsToContents();
    updateCounts();
    packetModel_->setPackets({}, {});
    byteView_->clear();
    groupChart_->clear();
    compareView_->clear();
    setWindowTitle(tr("whyflow — %1").arg(QFileInfo(qs(capture_->path)).fileName()));
    QString text = tr("%1: %2 packets, %3 flows").arg(QFileInfo(qs(capture_->path)).fileName())
                       .arg(capture_->packets.size()).arg(capture_->flows.size());
    if (capture_->cancelled) text += tr(" (reading cancelled: partial)");
    // the capture's damage stays in the status bar after later messages replace this one
    problemText_->setVisible(!capture_->problem.empty());
    if (!capture_->problem.empty()) {
        text += QStringLiteral(" — ") + qs(capture_->problem);
        lastError_ = qs(capture_->path + ": " + capture_->problem);
        problemText_->setText(QStringLiteral("⚠ ") + tr("damaged capture: partly read"));
        problemText_->setToolTip(lastError_);
    }
    statusText_->setText(text);
    if (flowProxy_->rowCount() > 0) flowView_->selectRow(0);
    emit captureReady();
    // a cancelled read stays cancelled: Analysis ▸ Classify Again classifies the part read
    if (!capture_->cancelled) startClassification();
}

void MainWindow::resetResults(ModelSlot& m) {
    const size_t n = capture_ ? capture_->flows.size() : 0;
    m.results.assign(n, {});
    m.has.assign(n, 0);
    m.count = 0;
    m.occlusionFlow = -1;
    m.occlusion.reset();
    meansDirty_ = true;
}

void MainWindow::onModelLoaded(ModelPtr model, const QString& path, bool add) {
    setBusy(false);
    // the same file twice would compare a model with itself (checked here, once the models
    // loading before it are in)
    if (add)
        for (const ModelSlot& m : models_)
            if (QFileInfo(m.path).canonicalFilePath() == QFileInfo(path).canonicalFilePath()) {
                onFailed(tr("Add model"), tr("%1 is already loaded").arg(path));
                return;
            }
    rememberRecent(QStringLiteral("recent/models"), path);
    ModelSlot slot;
    slot.id = nextSlotId_++;
    slot.model = std::move(model);
    slot.path = path;
    slot.name = QFileInfo(path).fileName();
    if (!add) {
        if (classifyToken_) classifyToken_->store(true);
        models_.clear();
        explained_ = 0;
        ++generation_;
    }
    // the same file name twice (site-a/han.wfm, site-b/han.wfm): the parent folder tells them apart
    for (ModelSlot& other : models_)
        if (other.name == slot.name) {
            other.name = QFileInfo(other.path).dir().dirName() + QLatin1Char('/') + QFileInfo(other.path).fileName();
            slot.name = QFileInfo(path).dir().dirName() + QLatin1Char('/') + slot.name;
        }
    models_.push_back(std::move(slot));
    resetResults(models_.back());
    QStringList names;
    for (const ModelSlot& m : models_) names << m.name;
    const int keepRow = selectedFlowId();
    flowModel_->setModelNames(names, add);
    flowView_->resizeColumnsToContents();
    updateModelControls();
    if (capture_ && visiblePacketsNeeded() > capture_->visiblePackets) {
        openCapture(qs(capture_->path));  // the model sees more packets than were kept: read again
        return;
    }
    if (keepRow >= 0) selectFlow(keepRow);
    if (!capture_) return;
    if (add) classifyWith(static_cast<int>(models_.size()) - 1);
    else startClassification();
}

void MainWindow::removeModel(int slot) {
    if (slot < 0 || slot >= modelCount()) return;
    // the other models keep their results; what still arrives for this one is dropped (by its id)
    const int keepRow = selectedFlowId();
    flushPredictions();  // what waits for the list is held by slot index: place it before the indices shift
    models_.erase(models_.begin() + slot);
    flowModel_->removeModel(slot);
    // the header's arrow on the column the list is still sorted by (it may have moved left)
    flowView_->horizontalHeader()->setSortIndicator(flowModel_->sortColumn(), flowModel_->sortOrder());
    if (explained_ == slot) meansDirty_ = true;
    if (explained_ >= slot && explained_ > 0) --explained_;
    updateModelControls();
    if (keepRow >= 0) selectFlow(keepRow);
    onFlowSelected();
    if (std::none_of(models_.begin(), models_.end(), [](const ModelSlot& m) { return m.running; })) emit classificationDone();
}

int MainWindow::indexOfSlot(int id) const {
    for (int i = 0; i < modelCount(); ++i)
        if (models_[static_cast<size_t>(i)].id == id) return i;
    return -1;
}

void MainWindow::updateModelControls() {
    filterModel_->blockSignals(true);
    filterModel_->clear();
    for (const ModelSlot& m : models_) filterModel_->addItem(m.name);
    filterModel_->setCurrentIndex(explained_);
    filterModel_->setVisible(models_.size() > 1);
    filterModel_->blockSignals(false);
    filterDisagree_->setVisible(models_.size() > 1);
    filterClass_->blockSignals(true);
    const QString chosen = filterClass_->currentData().toString();
    filterClass_->clear();
    filterClass_->addItem(tr("Any predicted class"), QString());
    if (const ModelSlot* m = explained())
        for (const auto& c : m->model->info().classes) filterClass_->addItem(qs(c), qs(c));
    filterClass_->setCurrentIndex(std::max(0, filterClass_->findData(chosen)));
    filterClass_->blockSignals(false);
    removeMenu_->clear();
    for (int i = 0; i < modelCount(); ++i) removeMenu_->addAction(models_[i].name, this, [this, i] { removeModel(i); });
    removeMenu_->setEnabled(!models_.empty());
    if (const ModelSlot* m = explained()) {
        const auto& info = m->model->info();
        QString text = tr("Model: %1 %2 (%3 classes, %4×%5, %6)")
                           .arg(m->name, qs(info.kind).toUpper())
                           .arg(info.classes.size())
                           .arg(info.shape.packets)
                           .arg(info.shape.bytes)
                           .arg(qs(info.preset.name()));
        if (models_.size() > 1) text += tr(" + %n more", nullptr, static_cast<int>(models_.size()) - 1);
        modelText_->setText(text);
    } else {
        modelText_->setText(tr("No model"));
    }
    applyFilter();
}

void MainWindow::setExplainedModel(int slot) {
    if (slot < 0 || slot >= modelCount()) return;
    explained_ = slot;
    meansDirty_ = true;
    updateModelControls();
    onFlowSelected();
}

const MainWindow::ModelSlot* MainWindow::explained() const {
    return explained_ >= 0 && explained_ < modelCount() ? &models_[static_cast<size_t>(explained_)] : nullptr;
}

bool MainWindow::classified(int slot, int flowId) const {
    if (slot < 0 || slot >= modelCount() || flowId < 0) return false;
    const ModelSlot& m = models_[static_cast<size_t>(slot)];
    return flowId < static_cast<int>(m.has.size()) && m.has[static_cast<size_t>(flowId)];
}

int MainWindow::classifiedFlows(int slot) const { return slot >= 0 && slot < modelCount() ? models_[slot].count : 0; }

void MainWindow::startClassification() {
    if (!capture_ || models_.empty()) return;
    if (classifyToken_) classifyToken_->store(true);  // stop what still runs for the old models
    classifyToken_ = std::make_shared<std::atomic<bool>>(false);
    ++generation_;
    flowModel_->clearPredictions();
    for (int i = 0; i < modelCount(); ++i) {
        resetResults(models_[i]);
        models_[i].running = false;
        classifyWith(i);
    }
}

void MainWindow::classifyWith(int slot) {
    if (!capture_ || slot < 0 || slot >= modelCount()) return;
    if (!classifyToken_ || classifyToken_->load()) classifyToken_ = std::make_shared<std::atomic<bool>>(false);
    ModelSlot& m = models_[slot];
    m.running = true;
    setBusy(true);
    emit requestClassify(capture_, m.model, m.id, generation_, classifyToken_);
}

void MainWindow::onFlowsClassified(quint64 generation, int slotId, ResultsPtr batch) {
    const int slot = indexOfSlot(slotId);
    if (generation != generation_ || slot < 0) return;
    ModelSlot& m = models_[slot];
    QVector<QPair<int, widgets::FlowPrediction>> rows;
    rows.reserve(static_cast<int>(batch->size()));
    const auto& classes = m.model->info().classes;
    for (const explain::FlowExplanation& e : *batch) {
        if (e.flowId >= m.results.size()) continue;
        m.results[e.flowId] = e;
        if (!m.has[e.flowId]) ++m.count;
        m.has[e.flowId] = 1;
        widgets::FlowPrediction p;
        if (e.prediction.predicted >= 0 && e.prediction.predicted < static_cast<int>(classes.size())) {
            p.predicted = qs(classes[e.prediction.predicted]);
            p.confidence = e.prediction.probabilities[e.prediction.predicted];
        }
        rows.push_back({static_cast<int>(e.flowId), p});
    }
    if (slot == explained_) meansDirty_ = true;
    if (pendingGeneration_ != generation_) {
        pending_.clear();
        pendingGeneration_ = generation_;
    }
    if (pending_.size() <= static_cast<size_t>(slot)) pending_.resize(static_cast<size_t>(slot) + 1);
    pending_[static_cast<size_t>(slot)] += rows;
    if (!flushTimer_.isActive()) flushTimer_.start();
}

void MainWindow::flushPredictions() {
    flushTimer_.stop();
    if (pendingGeneration_ != generation_) {
        pending_.clear();
        return;
    }
    const int current = selectedFlowId();
    bool currentChanged = false;
    for (size_t slot = 0; slot < pending_.size() && static_cast<int>(slot) < modelCount(); ++slot) {
        if (pending_[slot].isEmpty()) continue;
        for (const auto& row : pending_[slot]) currentChanged |= row.first == current;
        flowModel_->setPredictions(static_cast<int>(slot), pending_[slot]);
        pending_[slot].clear();
    }
    if (currentChanged) onFlowSelected();
}

void MainWindow::onClassificationFinished(quint64 generation, int slotId, bool cancelled) {
    setBusy(false);
    const int slot = indexOfSlot(slotId);
    if (generation != generation_ || slot < 0) return;
    flushPredictions();  // every result is in the list before the end is reported
    models_[slot].running = false;
    const bool anyRunning = std::any_of(models_.begin(), models_.end(), [](const ModelSlot& m) { return m.running; });
    QStringList parts;
    for (const ModelSlot& m : models_) parts << tr("%1: %2").arg(m.name).arg(m.count);
    const int flows = capture_ ? static_cast<int>(capture_->flows.size()) : 0;
    statusText_->setText(cancelled ? tr("Classification cancelled (%1 of %2 flows classified)").arg(parts.join(QStringLiteral(", "))).arg(flows)
                                   : anyRunning ? tr("Classifying… %1 of %2 flows").arg(parts.join(QStringLiteral(", "))).arg(flows)
                                                : models_.size() > 1 ? tr("%1 flows classified by %2 models").arg(flows).arg(models_.size())
                                                                     : tr("%1 flows classified").arg(models_[slot].count));
    if (selectedFlowId() >= 0) onFlowSelected();  // the means over the capture have changed
    // sorted by a prediction column: the order of the new predictions; filtered by them: again
    if (flowModel_->sortColumn() >= widgets::FlowListModel::FixedColumns)
        flowModel_->sort(flowModel_->sortColumn(), flowModel_->sortOrder());
    flowProxy_->invalidate();
    updateCounts();
    if (!anyRunning) {
        // the prediction columns were sized before they had values (from a sample of rows)
        for (int k = 0; k < modelCount(); ++k) flowView_->resizeColumnToContents(flowModel_->predictedColumn(k));
        emit classificationDone();
    }
}

void MainWindow::updateCounts() {
    QString text = tr("Flows: %1 shown of %2").arg(flowProxy_->rowCount()).arg(flowModel_->rowCount());
    if (const ModelSlot* m = explained(); m && !truth_.isEmpty()) {
        int labelled = 0, right = 0;
        for (int id = 0; id < truth_.size(); ++id) {
            if (truth_[id].isEmpty() || !classified(explained_, id)) continue;
            ++labelled;
            const auto& p = m->results[static_cast<size_t>(id)].prediction;
            right += qs(m->model->info().classes[static_cast<size_t>(p.predicted)]) == truth_[id];
        }
        if (labelled > 0) text += tr(" · %1: %2 % right of %3 labelled").arg(m->name).arg(100.0 * right / labelled, 0, 'f', 1).arg(labelled);
    }
    countText_->setText(text);
}

bool MainWindow::loadLabels(const QString& csvPath, const QString& categoryMap) {
    try {
        (void)dataset::LabelSet::load(csvPath.toStdString());  // check it before keeping it
        if (!categoryMap.isEmpty()) (void)dataset::CategoryMap::load(categoryMap.toStdString());
    } catch (const std::exception& e) {
        lastError_ = qs(std::string(e.what()));
        statusText_->setText(tr("Load labels: %1").arg(lastError_));
        emit errorShown(lastError_);
        return false;
    }
    labelsPath_ = csvPath;
    categoryMapPath_ = categoryMap;
    if (capture_) matchLabels();
    return true;
}

void MainWindow::matchLabels() {
    truth_.clear();
    try {
        const auto labels = dataset::LabelSet::load(labelsPath_.toStdString());
        std::unique_ptr<dataset::CategoryMap> categories;
        if (!categoryMapPath_.isEmpty())
            categories = std::make_unique<dataset::CategoryMap>(dataset::CategoryMap::load(categoryMapPath_.toStdString()));
        const std::string file = QFileInfo(qs(capture_->path)).fileName().toStdString();
        const auto match = dataset::matchLabels(*capture_, labels, file, categories.get());
        int labelled = 0;
        for (const auto& l : match.flowLabels) {
            truth_.push_back(qs(l));
            labelled += !l.empty();
        }
        statusText_->setText(labelled > 0 ? tr("Labels: %1 of %2 flows labelled from %3").arg(labelled).arg(capture_->flows.size()).arg(QFileInfo(labelsPath_).fileName())
                                          : tr("%1 names no flow of %2").arg(QFileInfo(labelsPath_).fileName(), qs(file)));
    } catch (const std::exception& e) {
        truth_.clear();
        lastError_ = qs(std::string(e.what()));
        statusText_->setText(tr("Load labels: %1").arg(lastError_));
    }
    const bool any = std::any_of(truth_.begin(), truth_.end(), [](const QString& t) { return !t.isEmpty(); });
    if (!any) truth_.clear();
    flowModel_->setTruth(truth_);
    filterTruth_->blockSignals(true);
    filterTruth_->clear();
    filterTruth_->addItem(tr("Any true label"), QString());
    QStringList classes;
    for (const QString& t : truth_)
        if (!t.isEmpty() && !classes.contains(t)) classes << t;
    classes.sort();
    for (const QString& c : classes) filterTruth_->addItem(c, c);
    filterTruth_->blockSignals(false);
    filterTruth_->setVisible(any);
    filterWrong_->setVisible(any);
    flowView_->resizeColumnsToContents();
    applyFilter();
}

void MainWindow::exportComparison(const QString& dir) {
    if (!capture_ || models_.empty()) {
        lastError_ = tr("Open a capture and load at least one model first");
        emit errorShown(lastError_);
        return;
    }
    if (truth_.isEmpty()) {
        lastError_ = tr("The comparison needs true labels: load a label file (File ▸ Load Labels…) for %1")
                         .arg(QFileInfo(qs(capture_->path)).fileName());
        statusText_->setText(lastError_);
        emit errorShown(lastError_);
        if (QGuiApplication::platformName() != QLatin1String("offscreen")) QMessageBox::warning(this, tr("Export Comparison"), lastError_);
        return;
    }
    QVector<ModelPtr> models;
    QStringList names;
    for (const ModelSlot& m : models_) {
        models << m.model;
        names << m.name;
    }
    pendingComparisonDir_ = dir;
    compareToken_ = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    statusText_->setText(tr("Comparing %1 models on the labelled flows…").arg(models.size()));
    emit requestCompare(capture_, models, names, QStringList(truth_.begin(), truth_.end()), compareToken_);
}

void MainWindow::onCompared(ComparisonPtr comparison) {
    setBusy(false);
    const QStringList errors = writeComparison(*comparison, pendingComparisonDir_);
    statusText_->setText(errors.isEmpty() ? tr("Comparison written to %1").arg(pendingComparisonDir_) : errors.join(QStringLiteral("; ")));
    if (!errors.isEmpty()) {
        lastError_ = errors.join(QStringLiteral("; "));
        emit errorShown(lastError_);
        if (QGuiApplication::platformName() != QLatin1String("offscreen")) QMessageBox::warning(this, tr("Export Comparison"), lastError_);
    }
    emit comparisonWritten(pendingComparisonDir_, errors);
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
    if (!idx.isValid()) return false;
    flowView_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    flowView_->scrollTo(idx);
    return true;
}

int MainWindow::selectedFlowId() const {
    const QModelIndex idx = flowView_->selectionModel()->currentIndex();
    if (!idx.isValid()) return -1;
    const QModelIndex src = flowProxy_->mapToSource(idx);
    return src.isValid() ? flowModel_->flow(src.row()).id : -1;
}

void MainWindow::onFlowSelected() {
    const int id = selectedFlowId();
    if (!capture_ || id < 0 || id >= static_cast<int>(capture_->flows.size())) return;
    const flow::Flow& f = capture_->flows[id];
    const ModelSlot* m = explained();
    const bool isClassified = classified(explained_, id);
    const int modelPackets = m ? m->model->info().shape.packets : static_cast<int>(f.visible.size());
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
        if (isClassified && k < m->results[id].prediction.packetAttention.size() && r.seenByModel)
            r.attention = m->results[id].prediction.packetAttention[k];
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
    // keep the packet row the user was on when the same flow is shown again (more results
    // arrived); otherwise start on the packet the model attended to most
    const bool sameFlow = packetModel_->rowCount() == rows.size() && !rows.isEmpty() && packetModel_->rowCount() > 0 &&
                          packetModel_->packet(0).number == rows.front().number;
    // ... unless the flow was shown before it had attention: then go to the most attended packet now
    bool hadAttention = false;
    for (int k = 0; sameFlow && k < packetModel_->rowCount(); ++k) hadAttention = hadAttention || packetModel_->packet(k).attention >= 0;
    int startRow = sameFlow && hadAttention ? std::max(0, packetView_->selectionModel()->currentIndex().row()) : 0;
    if (!sameFlow || !hadAttention)
        for (int k = 0; k < rows.size(); ++k)
            if (rows[k].attention > rows[startRow].attention) startRow = k;
    packetModel_->setPackets(std::move(rows), provider);
    // colour every packet of the flow on one scale: the flow's largest byte share
    double maxShare = 0;
    if (isClassified)
        for (double v : explain::byteShares(m->results[id].prediction, m->model->info().shape)) maxShare = std::max(maxShare, v);
    const widgets::AttentionScale scale(logScale_ ? widgets::AttentionScale::Log : widgets::AttentionScale::Linear,
                                        maxShare > 0 ? maxShare : 1.0);
    byteView_->setScale(scale);
    legend_->setScale(scale);
    if (packetModel_->rowCount() > 0) packetView_->selectRow(startRow);
    onPacketSelected();
    showGroupChart(id);
    showComparison(id);
    showFaithfulness(id);
    // occlusion of the flow for every model that has classified it, on the engine thread
    for (int s = 0; s < modelCount(); ++s)
        if (classified(s, id) && models_[s].occlusionFlow != id) {
            models_[s].occlusionFlow = -2 - id;  // asked for; not known yet
            emit requestOcclusion(capture_, models_[s].model, models_[s].id, id, generation_);
        }
}

void MainWindow::onFlowOccluded(quint64 generation, int slotId, int flowId, OcclusionPtr occlusion) {
    const int slot = indexOfSlot(slotId);
    if (generation != generation_ || slot < 0) return;
    ModelSlot& m = models_[slot];
    m.occlusionFlow = flowId;
    m.occlusion = std::move(occlusion);
    if (flowId != selectedFlowId()) return;
    showGroupChart(flowId);
    showFaithfulness(flowId);
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
    const ModelSlot* m = explained();
    const bool isClassified = classified(explained_, id);
    const int M = m ? m->model->info().shape.bytes : 0;
    const int N = m ? m->model->info().shape.packets : 0;
    bp.attention.fill(-1.0f, bp.bytes.size());
    if (isClassified && row < N && netOffset >= 0) {
        const auto& p = m->results[id].prediction;
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
        const bool beyondModel = m && (row >= N || (netOffset >= 0 && bf.offset >= netOffset + M));
        bf.outsideModel = !inNetwork || beyondModel || g == FieldGroup::Link || g == FieldGroup::Tunnel ||
                          g == FieldGroup::Malformed || (netOffset < 0);
        bf.masked = !bf.outsideModel && m && !m->model->info().preset.keeps(g);
        bp.fields.push_back(bf);
    }
    byteView_->setPacket(bp);
    fieldTree_->setPacket(bp);
}

void MainWindow::showWhy(int flowId) {
    whyTable_->setRowCount(0);
    const ModelSlot* m = explained();
    if (!classified(explained_, flowId) || !capture_) return;
    if (!m->results[flowId].prediction.hasAttention) {
        // a model without attention has no Why table: say so instead of an empty table
        whyTable_->setRowCount(1);
        auto* note = new QTableWidgetItem(tr("A %1 model has no attention, so this flow has no Why table; its occlusion drops are in Field groups.")
                                              .arg(qs(m->model->info().kind).toUpper()));
        note->setFlags(Qt::ItemIsEnabled);
        whyTable_->setItem(0, 0, note);
        whyTable_->setSpan(0, 0, 1, 4);
        whyTable_->resizeRowsToContents();
        return;
    }
    whyTable_->clearSpans();
    const auto rows = explain::whyRows(capture_->flows[flowId], m->results[flowId].prediction, m->model->info().shape);
    whyTable_->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const auto& r = rows[i];
        // its place in the flow (as in the paper's table) and its number in the capture (as in the packet table)
        const auto& indices = capture_->flows[flowId].packetIndices;
        const QString number = r.packet < static_cast<int>(indices.size())
                                   ? tr("%1 (No. %2)").arg(r.packet + 1).arg(static_cast<qint64>(indices[r.packet]) + 1)
                                   : QString::number(r.packet + 1);
        auto* packet = new QTableWidgetItem(number);
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

void MainWindow::setChartMode(ChartMode mode) {
    chartMode_ = mode;
    chartBox_->blockSignals(true);
    chartBox_->setCurrentIndex(static_cast<int>(mode));
    chartBox_->blockSignals(false);
    showGroupChart(selectedFlowId());
}

void MainWindow::showGroupChart(int flowId) {
    showWhy(flowId);
    const ModelSlot* m = explained();
    QVector<widgets::GroupBar> bars;
    QVector<int> groupIds;
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<FieldGroup>(g);
        if (groupKind(group) == GroupKind::NotInput) continue;
        widgets::GroupBar b;
        b.name = qs(groupName(group));
        b.label = widgets::groupLabelText(b.name, qs(groupLabel(group)));
        b.siteDependent = groupKind(group) == GroupKind::SiteDependent;
        bars.push_back(b);
        groupIds.push_back(g);
    }
    // the drop of a group in an occlusion, or -1 when the model does not see the group
    auto dropOf = [](const explain::FlowOcclusion& o, int g, bool swap) {
        if (std::find(o.groups.begin(), o.groups.end(), g) == o.groups.end()) return -1.0;
        if (swap && !o.hasSwap) return -1.0;
        return swap ? o.swapDrop[g] : o.drop[g];
    };

    if (chartMode_ != ChartMode::ExplainedModel) {
        QVector<widgets::GroupSeries> series;
        QStringList alerts;
        for (int s = 0; s < modelCount(); ++s) {
            const ModelSlot& slot = models_[s];
            if (!classified(s, flowId)) continue;
            widgets::GroupSeries gs;
            gs.name = slot.name;
            gs.color = widgets::modelColor(s);
            const auto& p = slot.results[flowId].prediction;
            for (int g : groupIds) {
                double v = -1;
                if (chartMode_ == ChartMode::Attention) {
                    if (p.hasAttention && slot.model->info().preset.keeps(static_cast<FieldGroup>(g))) v = slot.results[flowId].shares[g];
                } else if (slot.occlusionFlow == flowId && slot.occlusion) {
                    v = std::max(0.0, dropOf(*slot.occlusion, g, chartMode_ == ChartMode::OcclusionBySwaps));
                    if (dropOf(*slot.occlusion, g, chartMode_ == ChartMode::OcclusionBySwaps) < 0) v = -1;
                }
                gs.values << v;
            }
            if (std::none_of(gs.values.begin(), gs.values.end(), [](double v) { return v >= 0; })) continue;
            double site = 0, all = 0;
            for (int i = 0; i < gs.values.size(); ++i) {
                if (gs.values[i] <= 0) continue;
                all += gs.values[i];
                if (bars[i].siteDependent) site += gs.values[i];
            }
            if (all > 0 && site / all > 0.5) alerts << tr("%1 (%2 %)").arg(slot.name).arg(100 * site / all, 0, 'f', 0);
            series.push_back(gs);
        }
        const QString what = chartMode_ == ChartMode::Attention ? tr("attention share")
                             : chartMode_ == ChartMode::OcclusionByZeros ? tr("probability drop, group zeroed (C4.5, k-NN: training means)")
                                                                          : tr("probability drop, group swapped with other flows'");
        if (series.isEmpty()) {
            groupChart_->setSeries(bars, {}, flowId >= 0 ? tr("Flow %1: no model has this view yet").arg(flowId) : QString(), what, {});
            return;
        }
        groupChart_->setSeries(bars, series, tr("Flow %1, every model").arg(flowId), what, alerts);
        return;
    }

    if (!m || !classified(explained_, flowId)) {
        groupChart_->clear();
        return;
    }
    // the means over the capture and per predicted class, computed again only when results changed
    const auto& classes = m->model->info().classes;
    if (meansDirty_) {
        std::vector<explain::GroupShares> all;
        std::vector<std::vector<explain::GroupShares>> byClass(classes.size());
        all.reserve(static_cast<size_t>(m->count));
        for (size_t i = 0; i < m->results.size(); ++i) {
            if (!m->has[i]) continue;
            all.push_back(m->results[i].shares);
            const int c = m->results[i].prediction.predicted;
            if (c >= 0 && c < static_cast<int>(classes.size())) byClass[static_cast<size_t>(c)].push_back(m->results[i].shares);
        }
        captureMean_ = explain::meanShares(all);
        classMean_.clear();
        for (const auto& v : byClass) classMean_.push_back(explain::meanShares(v));
        meansDirty_ = false;
    }
    const auto& e = m->results[flowId];
    const auto& p = e.prediction;
    const explain::FlowOcclusion* occ = m->occlusionFlow == flowId ? m->occlusion.get() : nullptr;
    for (int i = 0; i < bars.size(); ++i) {
        const int g = groupIds[i];
        auto& b = bars[i];
        b.flowShare = p.hasAttention ? e.shares[g] : -1;
        b.captureShare = captureMean_[g];
        if (p.predicted >= 0 && p.predicted < static_cast<int>(classMean_.size())) b.classShare = classMean_[p.predicted][g];
        if (occ) {
            b.occlusion = dropOf(*occ, g, false);
            b.swapOcclusion = dropOf(*occ, g, true);
        }
    }
    QString footer;
    if (occ && occ->hasAttention)
        footer = tr("Spearman ρ between this flow's attention shares and occlusion drops over the groups: %1").arg(occ->spearman, 0, 'f', 2);
    else if (!p.hasAttention)
        footer = tr("A %1 model has no attention: the bars are its occlusion drops.").arg(qs(m->model->info().kind).toUpper());
    groupChart_->setBars(bars, tr("Flow %1: %2 (%3) — %4").arg(flowId).arg(qs(classes[p.predicted])).arg(p.probabilities[p.predicted], 0, 'f', 3).arg(m->name),
                         footer);
}

void MainWindow::showComparison(int flowId) {
    if (!capture_ || flowId < 0 || flowId >= static_cast<int>(capture_->flows.size()) || models_.empty()) {
        compareView_->clear();
        return;
    }
    widgets::CompareFlow cf;
    dataset::InputShape widest{0, 0};
    for (const ModelSlot& m : models_) {
        widest.packets = std::max(widest.packets, m.model->info().shape.packets);
        widest.bytes = std::max(widest.bytes, m.model->info().shape.bytes);
    }
    cf.packets = widest.packets;
    cf.bytes = widest.bytes;
    const flow::Flow& f = capture_->flows[flowId];
    const dataset::FlowTensor t = dataset::Tensorizer(widest, dataset::FeaturePreset::full()).make(f);
    cf.fieldOfByte.resize(widest.size());
    for (int i = 0; i < widest.size(); ++i)
        if (t.present[i]) cf.fieldOfByte[i] = qs(fieldInfo(static_cast<FieldId>(t.fields[i])).name);
    cf.title = tr("Flow %1: %2 → %3").arg(flowId).arg(qs(f.clientText()), qs(f.serverText()));
    for (int s = 0; s < modelCount(); ++s) {
        const ModelSlot& m = models_[s];
        widgets::ModelAttention ma;
        ma.name = m.name;
        ma.packets = m.model->info().shape.packets;
        ma.bytes = m.model->info().shape.bytes;
        if (classified(s, flowId)) {
            const auto& p = m.results[flowId].prediction;
            ma.verdict = tr("%1 (%2)").arg(qs(m.model->info().classes[p.predicted])).arg(p.probabilities[p.predicted], 0, 'f', 3);
            if (!truth_.isEmpty() && flowId < truth_.size() && !truth_[flowId].isEmpty())
                ma.verdict += qs(m.model->info().classes[p.predicted]) == truth_[flowId] ? tr(", right") : tr(", wrong: the label is %1").arg(truth_[flowId]);
            ma.hasAttention = p.hasAttention;
            if (p.hasAttention) {
                ma.packet = QVector<double>(p.packetAttention.begin(), p.packetAttention.end());
                const auto shares = explain::byteShares(p, m.model->info().shape);
                ma.shares = QVector<double>(shares.begin(), shares.end());
            }
        } else {
            ma.verdict = tr("not classified yet");
        }
        cf.models.push_back(ma);
    }
    compareView_->setFlow(cf);
}

void MainWindow::showFaithfulness(int flowId) {
    deletionPlot_->clearGraphs();
    const ModelSlot* m = explained();
    const explain::FlowOcclusion* occ = m && m->occlusionFlow == flowId ? m->occlusion.get() : nullptr;
    const QPalette pal = palette();
    deletionPlot_->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : {deletionPlot_->xAxis, deletionPlot_->yAxis}) {
        axis->setBasePen(QPen(pal.color(QPalette::WindowText)));
        axis->setTickPen(QPen(pal.color(QPalette::WindowText)));
        axis->setTickLabelColor(pal.color(QPalette::WindowText));
        axis->setLabelColor(pal.color(QPalette::WindowText));
    }
    if (!m || !classified(explained_, flowId)) {
        faithText_->setText(tr("Select a classified flow."));
        deletionPlot_->replot();
        return;
    }
    const auto& p = m->results[flowId].prediction;
    const QString cls = qs(m->model->info().classes[p.predicted]);
    deletionPlot_->setVisible(p.hasAttention);  // no empty axes for a model without attention
    if (!p.hasAttention) {
        faithText_->setText(tr("A %1 model has no attention to check; its occlusion drops are in Field groups.")
                                .arg(qs(m->model->info().kind).toUpper()));
        return;
    }
    if (!occ) {
        faithText_->setText(tr("Measuring occlusion on the engine thread…"));
        deletionPlot_->replot();
        return;
    }
    auto curve = [&](const std::vector<double>& y, const QColor& c, const QString& name, Qt::PenStyle style) {
        QCPGraph* g = deletionPlot_->addGraph();
        g->setName(name);
        g->setPen(QPen(c, 2, style));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        for (size_t i = 0; i < y.size(); ++i)
            g->addData(100.0 * static_cast<double>(i) / std::max<size_t>(1, y.size() - 1), y[i]);
    };
    curve(occ->deletionByAttention, QColor(213, 94, 0), tr("most attended bytes first"), Qt::SolidLine);
    curve(occ->deletionRandom, QColor(0, 114, 178), tr("random bytes"), Qt::DashLine);
    deletionPlot_->xAxis->setLabel(tr("visible bytes removed (%)"));
    deletionPlot_->yAxis->setLabel(tr("probability of %1").arg(cls));
    deletionPlot_->xAxis->setRange(0, 100);
    deletionPlot_->yAxis->setRange(0, 1.02);
    deletionPlot_->legend->setVisible(true);
    deletionPlot_->legend->setBrush(pal.color(QPalette::Base));
    deletionPlot_->legend->setTextColor(pal.color(QPalette::WindowText));
    deletionPlot_->replot();
    // the area between the curves: how much faster attention order destroys the decision
    double gap = 0;
    const size_t n = std::min(occ->deletionByAttention.size(), occ->deletionRandom.size());
    for (size_t i = 0; i < n; ++i) gap += occ->deletionRandom[i] - occ->deletionByAttention[i];
    gap /= std::max<size_t>(1, n);
    const QString head = tr("%1, flow %2: Spearman ρ between attention shares and occlusion drops over the field groups = "
                            "<b>%3</b> (1: attention ranks the groups as occlusion does).")
                             .arg(m->name)
                             .arg(flowId)
                             .arg(occ->spearman, 0, 'f', 2);
    const QString tail = gap > 0 ? tr("Removing bytes in order of attention lowers the probability of %1 by %2 more on average "
                                      "than removing them at random.")
                                       .arg(cls)
                                       .arg(gap, 0, 'f', 2)
                                 : tr("Removing bytes in order of attention lowers the probability of %1 no faster than removing "
                                      "them at random (%2 less on average): the attention does not point at what the decision needs.")
                                       .arg(cls)
                                       .arg(-gap, 0, 'f', 2);
    faithText_->setText(head + QLatin1Char(' ') + tail);
}

// Export for papers: the selected flow's figure and Why table, built as whyflow-cli explain builds them.
int MainWindow::exportableFlow() const {
    const int id = selectedFlowId();
    return capture_ && classified(explained_, id) ? id : -1;
}

// the explained model's occlusion drops of a flow, by group (< 0 where unknown); empty when not measured
QVector<double> MainWindow::occlusionOf(int flowId) const {
    const ModelSlot* m = explained();
    if (!m || m->occlusionFlow != flowId || !m->occlusion) return {};
    QVector<double> drop(kGroupCount, -1.0);
    for (int g : m->occlusion->groups) drop[g] = m->occlusion->drop[g];
    return drop;
}

QString MainWindow::exportSelectedFlow(const QString& path, const widgets::ExportOptions& options) {
    const int id = exportableFlow();
    if (id < 0) return tr("%1: no classified flow is selected").arg(path);
    const ModelSlot* m = explained();
    const widgets::FlowFigure figure = buildFlowFigure(capture_->flows[id], m->results[id], m->model->info(), occlusionOf(id));
    return widgets::exportFlowFigure(path, figure, options);
}

QString MainWindow::exportWhyTable(const QString& path) {
    const int id = exportableFlow();
    if (id < 0) return tr("%1: no classified flow is selected").arg(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("tex"))
        return tr("%1: unknown table format '%2' (use .csv or .tex)").arg(path, suffix);
    const auto& info = explained()->model->info();
    const auto& e = explained()->results[id];
    if (!e.prediction.hasAttention)
        return tr("%1: a %2 model has no attention, so the flow has no Why table").arg(path, qs(info.kind).toUpper());
    const auto rows = explain::whyRows(capture_->flows[id], e.prediction, info.shape);
    const QString text = suffix == QLatin1String("csv") ? whyTableCsv(rows) : whyTableLatex(rows, flowTitle(capture_->flows[id], e, info));
    return widgets::exportText(path, text.toUtf8());
}

void MainWindow::exportFigureInteractively() {
    const int id = exportableFlow();
    if (id < 0) return;
    const ModelSlot* m = explained();
    const widgets::FlowFigure figure = buildFlowFigure(capture_->flows[id], m->results[id], m->model->info(), occlusionOf(id));
    widgets::ExportFigureDialog dialog(figure, this);
    dialog.setOptions(widgets::ExportFigureDialog::rememberedOptions());
    dialog.setPath(widgets::ExportFigureDialog::rememberedPath(QStringLiteral("flow-%1").arg(id)));
    if (dialog.exec() != QDialog::Accepted) return;
    reportExport(dialog.path(), exportSelectedFlow(dialog.path(), dialog.options()));
}

void MainWindow::exportWhyTableInteractively() {
    const int id = exportableFlow();
    if (id < 0) return;
    const QStringList filters = {tr("CSV (*.csv)"), tr("LaTeX booktabs (*.tex)")};
    QString filter = filters.first();
    const QSettings s;
    const QString start = QDir(s.value(QStringLiteral("export/folder"), QDir::homePath()).toString()).filePath(QStringLiteral("flow-%1-why.csv").arg(id));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Why Table"), start, filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += filter == filters.last() ? QStringLiteral(".tex") : QStringLiteral(".csv");
    reportExport(path, exportWhyTable(path));
}

void MainWindow::reportExport(const QString& path, const QString& error) {
    if (error.isEmpty()) {
        statusText_->setText(tr("Wrote %1").arg(path));
        return;
    }
    lastError_ = error;
    statusText_->setText(error);
    emit errorShown(error);
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) QMessageBox::warning(this, tr("Export"), error);
}

}  // namespace whyflow::app
