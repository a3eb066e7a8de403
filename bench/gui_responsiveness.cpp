// Responsiveness of the real main window: a timer on the GUI thread fires every 5 ms and
// records the gaps between its ticks (a gap is the time the event loop could not run)
// while the window opens a capture of a million packets, classifies it, is cancelled,
// and while the user sorts, filters and scrolls a list of 100,000 flows. Prints each
// figure next to its target; not a test (speed targets live in benchmarks).
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include "main_window.h"
#include "models/flow_filter_model.h"
#include "models/flow_list_model.h"
#include "synth/traffic_synth.h"

using namespace whyflow;

namespace {

constexpr double kFirstFlowsTarget = 2000;  // ms from openCapture() to the first rows
constexpr double kStallTarget = 100;        // ms, the longest the event loop may be blocked
constexpr double kCancelTarget = 200;       // ms from cancel() to the engine standing still

// Ticks every 5 ms on the GUI thread; the gaps between ticks are the event loop's stalls.
class LoopProbe : public QObject {
public:
    LoopProbe() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(5);
        connect(&timer_, &QTimer::timeout, this, [this] { tick(); });
        clock_.start();
        timer_.start();
        last_ = clock_.nsecsElapsed();
    }
    // starts a new measurement window
    void reset() {
        gaps_.clear();
        last_ = clock_.nsecsElapsed();
    }
    double now() const { return static_cast<double>(clock_.nsecsElapsed()) / 1e6; }
    double maxGap() const { return gaps_.empty() ? 0 : *std::max_element(gaps_.begin(), gaps_.end()); }
    double percentile(double p) const {
        if (gaps_.empty()) return 0;
        std::vector<double> g = gaps_;
        const size_t k = std::min(g.size() - 1, static_cast<size_t>(p * static_cast<double>(g.size())));
        std::nth_element(g.begin(), g.begin() + static_cast<std::ptrdiff_t>(k), g.end());
        return g[k];
    }
    size_t ticks() const { return gaps_.size(); }
    // called on every tick, after the gap is recorded
    std::function<void()> onTick;

private:
    void tick() {
        const qint64 t = clock_.nsecsElapsed();
        gaps_.push_back(static_cast<double>(t - last_) / 1e6);
        last_ = t;
        if (onTick) onTick();
    }
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    std::vector<double> gaps_;
};

// Runs the event loop until pred() holds or timeoutMs pass; false on timeout.
bool waitUntil(const std::function<bool()>& pred, double timeoutMs) {
    if (pred()) return true;
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(1);
    bool ok = false;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (pred()) {
            ok = true;
            loop.quit();
        } else if (static_cast<double>(t.elapsed()) > timeoutMs) {
            loop.quit();
        }
    });
    check.start();
    loop.exec();
    return ok;
}

void settle(double ms) { waitUntil([] { return false; }, ms); }

int failures = 0;

void row(const char* what, double value, double target, const char* unit = "ms") {
    const bool pass = value <= target;
    failures += !pass;
    std::printf("  %-52s %9.1f %s   target <= %6.0f %s   %s\n", what, value, unit, target, unit, pass ? "PASS" : "FAIL");
}

void info(const char* what, double value, const char* unit = "ms") { std::printf("  %-52s %9.1f %s\n", what, value, unit); }

void stalls(const LoopProbe& probe, const char* what) {
    char label[160];
    std::snprintf(label, sizeof label, "%s: max stall", what);
    row(label, probe.maxGap(), kStallTarget);
    std::snprintf(label, sizeof label, "%s: 99th percentile of gaps", what);
    info(label, probe.percentile(0.99));
}

// The synthetic capture: short DNS and NTP exchanges, each its own flow.
bool writeManyFlows(const QString& path, int flows) {
    synth::Generator gen(4242);
    synth::SiteSettings site;
    std::vector<synth::Frame> frames;
    frames.reserve(static_cast<size_t>(flows) * 2);
    const double start = 1798761600.0;
    for (int i = 0; i < flows; ++i) {
        site.clientNet = static_cast<uint8_t>(10 + (i % 240));
        gen.addFlow(i % 2 ? gen.dns() : gen.ntp(), site, start + 0.002 * i, frames);
    }
    std::stable_sort(frames.begin(), frames.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
    return synth::writePcap(path.toStdString(), frames);
}

struct Opened {
    double firstFlows = -1;  // ms until the flow list shows a row
    double ready = -1;       // ms until the capture is complete (captureReady)
};

// Opens a capture and waits for it; the probe's window covers the whole load.
Opened openAndWait(app::MainWindow& w, LoopProbe& probe, const QString& path, bool waitClassified, double timeoutMs) {
    Opened o;
    bool ready = false, classified = false;
    auto c1 = QObject::connect(&w, &app::MainWindow::captureReady, [&] {
        ready = true;
        o.ready = probe.now();
    });
    auto c2 = QObject::connect(&w, &app::MainWindow::classificationDone, [&] { classified = true; });
    // rows of this capture: the list is reset or grows after openCapture()
    bool fresh = false;
    auto c3 = QObject::connect(w.flowModel(), &QAbstractItemModel::modelReset, [&] { fresh = true; });
    auto c4 = QObject::connect(w.flowModel(), &QAbstractItemModel::rowsInserted, [&] { fresh = true; });
    probe.reset();
    const double t0 = probe.now();
    probe.onTick = [&] {
        if (o.firstFlows < 0 && fresh && w.flowView()->model()->rowCount() > 0 && w.flowView()->indexAt(QPoint(2, 2)).isValid())
            o.firstFlows = probe.now() - t0;
    };
    w.openCapture(path);
    waitUntil([&] { return ready && (!waitClassified || classified || !w.isBusy()); }, timeoutMs);
    probe.onTick = nullptr;
    if (o.ready >= 0) o.ready -= t0;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    QObject::disconnect(c4);
    return o;
}

struct CancelFigures {
    double idle = -1;      // ms until isBusy() is false
    double done = -1;      // ms until classificationDone (or captureReady when reading)
    double progress = -1;  // ms until the progress bar last moved
};

CancelFigures cancelAndWait(app::MainWindow& w, LoopProbe& probe, bool reading) {
    CancelFigures c;
    auto* bar = w.findChild<QProgressBar*>();
    double t0 = 0;
    auto c1 = QObject::connect(bar, &QProgressBar::valueChanged, [&](int) {
        if (w.isBusy()) c.progress = probe.now() - t0;
    });
    auto c2 = reading ? QObject::connect(&w, &app::MainWindow::captureReady, [&] { c.done = probe.now() - t0; })
                      : QObject::connect(&w, &app::MainWindow::classificationDone, [&] { c.done = probe.now() - t0; });
    t0 = probe.now();
    c.progress = 0;
    w.cancel();
    waitUntil([&] { return !w.isBusy(); }, 30000);
    c.idle = probe.now() - t0;
    settle(300);  // late progress would show here
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return c;
}

QLineEdit* filterText(app::MainWindow& w) {
    for (auto* e : w.findChildren<QLineEdit*>())
        if (!qobject_cast<QAbstractSpinBox*>(e->parent()) && !e->placeholderText().isEmpty()) return e;
    return nullptr;
}

QComboBox* classFilter(app::MainWindow& w) {
    for (auto* c : w.findChildren<QComboBox*>())
        if (c->toolTip() == QLatin1String("Predicted class")) return c;
    return nullptr;
}

// One user action on the GUI thread: its own time until the window has repainted, and the
// longest stall from the action until things settle.
void action(LoopProbe& probe, const char* what, const std::function<void()>& act, double* worst = nullptr) {
    settle(50);
    probe.reset();
    const double t0 = probe.now();
    act();
    const size_t before = probe.ticks();
    waitUntil([&] { return probe.ticks() > before; }, 60000);  // the loop runs again: repainted
    const double took = probe.now() - t0;
    settle(150);
    char label[160];
    std::snprintf(label, sizeof label, "%s (until repainted)", what);
    info(label, took);
    std::snprintf(label, sizeof label, "%s: max stall", what);
    row(label, probe.maxGap(), kStallTarget);
    if (worst) *worst = std::max(*worst, probe.maxGap());
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("whyflow-bench"));  // leaves the user's settings alone
    QApplication::setApplicationName(QStringLiteral("whyflow-bench-gui"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Event-loop latency of the whyflow window while it loads, classifies, "
                                                    "is cancelled, sorts, filters and scrolls."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("capture"), QStringLiteral("A capture of at least a million packets."));
    QCommandLineOption modelOpt(QStringLiteral("model"), QStringLiteral("Model to classify with (default: the demo HAN)."),
                                QStringLiteral("MODEL.wfm"), QStringLiteral(WHYFLOW_SOURCE_DIR "/resources/demo/demo.wfm"));
    QCommandLineOption manyOpt(QStringLiteral("many"), QStringLiteral("A capture of many flows (default: generated)."),
                               QStringLiteral("PCAP"));
    QCommandLineOption flowsOpt(QStringLiteral("flows"), QStringLiteral("Flows to generate for the flow-list part (100000)."),
                                QStringLiteral("N"), QStringLiteral("104000"));
    QCommandLineOption classifyOpt(QStringLiteral("classify-seconds"),
                                   QStringLiteral("How long to watch a classification before cancelling it (15)."),
                                   QStringLiteral("S"), QStringLiteral("15"));
    parser.addOption(modelOpt);
    parser.addOption(manyOpt);
    parser.addOption(flowsOpt);
    parser.addOption(classifyOpt);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) parser.showHelp(2);
    const QString large = parser.positionalArguments().first();
    const QString model = parser.value(modelOpt);
    const double classifyMs = parser.value(classifyOpt).toDouble() * 1000;

    QTemporaryDir tmp;
    QString many = parser.value(manyOpt);
    if (many.isEmpty()) {
        many = tmp.filePath(QStringLiteral("many-flows.pcap"));
        if (!writeManyFlows(many, parser.value(flowsOpt).toInt())) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(many));
            return 1;
        }
    }

    app::MainWindow w;
    w.show();
    LoopProbe probe;
    settle(300);
    std::printf("platform %s, capture %s (%.0f MB)\n", qPrintable(QGuiApplication::platformName()), qPrintable(QFileInfo(large).fileName()),
                static_cast<double>(QFileInfo(large).size()) / 1e6);

    // 1. open the large capture, no model
    std::printf("\n[1] open the large capture, no model\n");
    double loadMs = 1000;
    {
        const Opened o = openAndWait(w, probe, large, false, 300000);
        loadMs = o.ready;
        row("first flows visible", o.firstFlows < 0 ? 1e9 : o.firstFlows, kFirstFlowsTarget);
        info("capture complete (captureReady)", o.ready);
        std::printf("  %zu flows\n", static_cast<size_t>(w.flowModel()->rowCount()));
        settle(300);
        stalls(probe, "loading");
    }

    // 2. cancel while reading, at 40 % of the time the read took in 1
    std::printf("\n[2] cancel while reading the large capture\n");
    {
        probe.reset();
        w.openCapture(large);
        settle(0.4 * loadMs);  // well inside the read
        if (!w.isBusy()) std::printf("  (the read ended before the cancel: not measured)\n");
        const CancelFigures c = cancelAndWait(w, probe, true);
        row("cancel -> idle (isBusy() false)", c.idle, kCancelTarget);
        info("cancel -> partial capture shown (captureReady)", c.done);
        info("cancel -> last progress update", c.progress);
        stalls(probe, "cancel while reading");
    }

    // 3. load the model, open the large capture again: loading, then classification
    std::printf("\n[3] open the large capture with the model: loading and classification\n");
    {
        w.loadModel(model);
        waitUntil([&] { return !w.isBusy(); }, 60000);
        if (w.modelCount() == 0) {
            std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(model), qPrintable(w.lastError()));
            return 1;
        }
        const Opened o = openAndWait(w, probe, large, false, 300000);
        row("first flows visible", o.firstFlows < 0 ? 1e9 : o.firstFlows, kFirstFlowsTarget);
        info("capture complete (captureReady)", o.ready);
        stalls(probe, "loading with a model");
        probe.reset();
        bool done = false;
        auto c = QObject::connect(&w, &app::MainWindow::classificationDone, [&] { done = true; });
        QElapsedTimer t;
        t.start();
        waitUntil([&] { return done; }, classifyMs);
        QObject::disconnect(c);
        std::printf("  classified %d of %d flows in %.1f s%s\n", w.classifiedFlows(), w.flowModel()->rowCount(),
                    static_cast<double>(t.elapsed()) / 1000, done ? "" : " (still running)");
        stalls(probe, "classification");
        if (!done) {
            const CancelFigures cf = cancelAndWait(w, probe, false);
            row("cancel -> idle (isBusy() false)", cf.idle, kCancelTarget);
            row("cancel -> classificationDone", cf.done < 0 ? 1e9 : cf.done, kCancelTarget);
            info("cancel -> last progress update", cf.progress);
            stalls(probe, "cancel while classifying");
        }
    }

    // 4. the many-flows capture: open with the model, then sort, filter and scroll
    std::printf("\n[4] %s: open with the model, classify, sort, filter, scroll\n", qPrintable(QFileInfo(many).fileName()));
    {
        const Opened o = openAndWait(w, probe, many, false, 300000);
        row("first flows visible", o.firstFlows < 0 ? 1e9 : o.firstFlows, kFirstFlowsTarget);
        info("capture complete (captureReady)", o.ready);
        const int flows = w.flowModel()->rowCount();
        std::printf("  %d flows\n", flows);
        stalls(probe, "loading");
        probe.reset();
        bool done = false;
        auto c = QObject::connect(&w, &app::MainWindow::classificationDone, [&] { done = true; });
        QElapsedTimer t;
        t.start();
        waitUntil([&] { return done; }, classifyMs);
        QObject::disconnect(c);
        std::printf("  classified %d of %d flows in %.1f s%s\n", w.classifiedFlows(), flows, static_cast<double>(t.elapsed()) / 1000,
                    done ? "" : " (cancelled to go on)");
        stalls(probe, "classification");
        if (!done) {
            const CancelFigures cf = cancelAndWait(w, probe, false);
            row("cancel -> idle (isBusy() false)", cf.idle, kCancelTarget);
        }

        double worst = 0;
        QTableView* view = w.flowView();
        const int columns = w.flowModel()->columnCount();
        for (int col = 0; col < columns; ++col) {
            const QString name = w.flowModel()->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString();
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                const QByteArray label = QStringLiteral("sort by %1 %2").arg(name, order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")).toUtf8();
                action(probe, label.constData(), [&] { view->sortByColumn(col, order); }, &worst);
            }
        }
        view->sortByColumn(0, Qt::AscendingOrder);
        QLineEdit* text = filterText(w);
        if (text) {
            const QString typed = QStringLiteral("192.0.2.1");
            for (int i = 1; i <= typed.size(); ++i) {
                const QByteArray label = QStringLiteral("type filter \"%1\"").arg(typed.left(i)).toUtf8();
                action(probe, label.constData(), [&] { text->setText(typed.left(i)); }, &worst);
            }
            std::printf("  %d of %d flows shown\n", w.flowFilter()->rowCount(), flows);
            action(probe, "filter \":53\"", [&] { text->setText(QStringLiteral(":53")); }, &worst);
            std::printf("  %d of %d flows shown\n", w.flowFilter()->rowCount(), flows);
            action(probe, "clear the text filter", [&] { text->clear(); }, &worst);
        }
        if (QComboBox* cls = classFilter(w); cls && cls->count() > 1) {
            for (int i = 1; i < std::min(cls->count(), 4); ++i) {
                const QByteArray label = QStringLiteral("class filter %1").arg(cls->itemText(i)).toUtf8();
                action(probe, label.constData(), [&] { cls->setCurrentIndex(i); }, &worst);
                std::printf("  %d of %d flows shown\n", w.flowFilter()->rowCount(), flows);
            }
            action(probe, "class filter off", [&] { cls->setCurrentIndex(0); }, &worst);
        }
        action(probe, "scroll to the end", [&] { view->scrollToBottom(); }, &worst);
        action(probe, "scroll to the top", [&] { view->scrollToTop(); }, &worst);
        {
            // dragging the scroll bar: 50 steps from top to bottom, one repaint each
            QScrollBar* bar = view->verticalScrollBar();
            settle(50);
            probe.reset();
            const double t0 = probe.now();
            for (int i = 1; i <= 50; ++i) {
                bar->setValue(bar->maximum() * i / 50);
                settle(10);
            }
            info("drag the scroll bar to the end in 50 steps", probe.now() - t0);
            row("drag the scroll bar: max stall", probe.maxGap(), kStallTarget);
            worst = std::max(worst, probe.maxGap());
        }
        action(probe, "select the last flow", [&] { view->selectRow(w.flowFilter()->rowCount() - 1); }, &worst);
        std::printf("\n  sort, filter and scroll over %d flows: worst stall %.1f ms (target <= %.0f ms) %s\n", flows, worst,
                    kStallTarget, worst <= kStallTarget ? "PASS" : "FAIL");
    }
    std::printf("\n%s: %d figure(s) above target\n", failures == 0 ? "PASS" : "FAIL", failures);
    return failures == 0 ? 0 : 1;
}
