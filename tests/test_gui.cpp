// The main window, offscreen: load the demo, classify on the engine thread, select a flow
// and check that the packet table, the byte view and the group chart follow.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSettings>
#include <QXmlStreamReader>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "attention_compare_view.h"
#include "byte_view.h"
#include "export_figure_dialog.h"
#include "figure_export.h"
#include "field_tree.h"
#include "group_chart.h"
#include "language.h"
#include "main_window.h"
#include "models/flow_filter_model.h"
#include "models/flow_list_model.h"
#include "models/packet_list_model.h"
#include "synth/traffic_synth.h"
#include "test_support.h"
#include "whyflow/dataset.h"
#include "whyflow/training.h"
#include <qcustomplot.h>

using namespace whyflow;

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // settings of their own, not the user's
    void demoLoadsAndAFlowCanBeSelected();
    void recentFilesAreAbsolute();
    void badFilesDoNotLoseTheOpenCapture();
    void translationSwitch();
    void twoModelsSideBySide();
    void compareViewDifference();
    void badLabelFileIsNamed();
    void exportForPapers();
    void exportDialogOptionsRoundTrip();
    void flowListSortsLikeItsColumns();
};

namespace {
// A C4.5 tree that sees the TTL only: on the demo, where every host has the same TTL, it
// is left with the number of packets and disagrees with the demo HAN on many flows.
QString trainTtlTree(const QTemporaryDir& dir) {
    synth::Generator gen(7);
    synth::SiteSettings site;
    QDir(dir.path()).mkdir(QStringLiteral("classes"));
    for (const char* cls : {"web", "tls", "dns", "ssh", "ntp", "mail"}) {
        std::vector<synth::Frame> frames;
        for (int i = 0; i < 30; ++i) gen.addFlow(gen.byName(cls), site, 1700000000.0 + i, frames);
        if (!synth::writePcap(dir.filePath(QStringLiteral("classes/%1.pcap").arg(QLatin1String(cls))).toStdString(), frames)) return {};
    }
    dataset::LoadOptions lo;
    lo.preset = dataset::FeaturePreset::custom("ttl");
    const dataset::Dataset data = dataset::loadClassDirectory(dir.filePath(QStringLiteral("classes")).toStdString(), lo);
    training::TrainOptions to;
    to.kind = "c45";
    auto r = training::train(data, to);
    const QString path = dir.filePath(QStringLiteral("ttl.wfm"));
    r.model->save(path.toStdString());
    return path;
}
}  // namespace

// Two models on the demo with its true labels: a column per model, agreement, the
// disagreement and misclassified filters, the models side by side, the chart's series per
// model, and the comparison report written from the window.
void TestGui::twoModelsSideBySide() {
    QTemporaryDir dir;
    const QString tree = trainTtlTree(dir);
    QVERIFY(!tree.isEmpty());
    app::MainWindow w;
    QAbstractItemModelTester flowTester(w.flowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(w.flowFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QSignalSpy done(&w, &app::MainWindow::classificationDone);
    w.loadModel(test::demoModel());
    w.addModel(tree);
    QVERIFY(w.loadLabels(test::sourceDir() + QStringLiteral("/resources/demo/demo-labels.csv")));
    w.openCapture(test::demoCapture());
    QVERIFY(done.wait(120000));
    QCOMPARE(w.modelCount(), 2);
    auto* m = w.flowModel();
    const int rows = m->rowCount();
    QCOMPARE(rows, 360);
    QCOMPARE(w.classifiedFlows(0), rows);
    QCOMPARE(w.classifiedFlows(1), rows);
    // columns: the true label, per model its prediction, confidence and correctness, agreement
    QVERIFY(m->truthColumn() >= 0 && m->predictedColumn(1) > m->predictedColumn(0) && m->agreementColumn() > m->correctColumn(1));
    // the model's name on the header's second line (without .wfm), the file in the tooltip
    QCOMPARE(m->headerData(m->predictedColumn(1), Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Predicted\nttl"));
    QCOMPARE(m->headerData(m->predictedColumn(1), Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("ttl.wfm"));
    int disagree = 0, treeWrong = 0, hanRight = 0;
    for (int r = 0; r < rows; ++r) {
        const auto& f = m->flow(r);
        QVERIFY(!f.truth.isEmpty());  // every demo flow is labelled
        disagree += f.predicted(0) != f.predicted(1);
        treeWrong += f.predicted(1) != f.truth;
        hanRight += f.predicted(0) == f.truth;
        QCOMPARE(m->index(r, m->correctColumn(0)).data().toString(), f.predicted(0) == f.truth ? QStringLiteral("✓") : QStringLiteral("✗"));
        QCOMPARE(m->index(r, m->agreementColumn()).data().toString(), f.predicted(0) != f.predicted(1) ? QStringLiteral("disagree") : QStringLiteral("agree"));
    }
    QVERIFY2(hanRight > rows * 0.95, qPrintable(QString::number(hanRight)));
    QVERIFY2(disagree > 0 && disagree < rows, qPrintable(QString::number(disagree)));

    // the disagreement filter keeps exactly the flows on which the two predictions differ
    w.flowFilter()->setDisagreementOnly(true);
    QCOMPARE(w.flowFilter()->rowCount(), disagree);
    for (int r = 0; r < w.flowFilter()->rowCount(); ++r)
        QCOMPARE(w.flowFilter()->index(r, m->agreementColumn()).data().toString(), QStringLiteral("disagree"));
    w.flowFilter()->setDisagreementOnly(false);
    // misclassified by the explained model: switch to the tree
    w.setExplainedModel(1);
    QCOMPARE(w.flowFilter()->model(), 1);
    w.flowFilter()->setMisclassifiedOnly(true);
    QCOMPARE(w.flowFilter()->rowCount(), treeWrong);
    for (int r = 0; r < w.flowFilter()->rowCount(); ++r)
        QCOMPARE(w.flowFilter()->index(r, m->correctColumn(1)).data().toString(), QStringLiteral("✗"));
    w.flowFilter()->setMisclassifiedOnly(false);
    // true class filter
    w.flowFilter()->setTrueClass(QStringLiteral("dns"));
    QCOMPARE(w.flowFilter()->rowCount(), 60);
    w.flowFilter()->setTrueClass({});
    w.setExplainedModel(0);

    // the models side by side, aligned: the HAN with attention, the tree without
    QSignalSpy occluded(&w, &app::MainWindow::flowOcclusionShown);
    QVERIFY(w.selectFlow(3));
    QCOMPARE(w.compareView()->blockCount(), 2);
    QVERIFY(w.compareView()->flow().models[0].hasAttention);
    QVERIFY(!w.compareView()->flow().models[1].hasAttention);
    QCOMPARE(w.compareView()->flow().packets, 8);
    QVERIFY(w.compareView()->sharedMaximum() > 0);
    // occlusion of both models, then one bar series per model
    for (int i = 0; i < 50 && occluded.count() < 2; ++i) occluded.wait(2000);
    QVERIFY(occluded.count() >= 2);
    w.setChartMode(app::MainWindow::ChartMode::OcclusionByZeros);
    QCOMPARE(w.groupChart()->plot()->plottableCount(), 2);
    w.setChartMode(app::MainWindow::ChartMode::Attention);
    QCOMPARE(w.groupChart()->plot()->plottableCount(), 1);  // the tree has no attention
    w.setChartMode(app::MainWindow::ChartMode::ExplainedModel);
    // the faithfulness tab: the HAN's deletion curves for this flow
    QCOMPARE(w.deletionPlot()->graphCount(), 2);

    // the comparison report, written from the window on the engine thread
    QSignalSpy written(&w, &app::MainWindow::comparisonWritten);
    QTemporaryDir out;
    w.exportComparison(out.path());
    QVERIFY(written.wait(120000));
    QVERIFY2(written.last().at(1).toStringList().isEmpty(), qPrintable(written.last().at(1).toStringList().join(QLatin1Char(';'))));
    QFile md(out.filePath(QStringLiteral("report.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(md.readAll());
    QVERIFY(report.contains(QLatin1String("demo.wfm")) && report.contains(QLatin1String("ttl.wfm")));
    QVERIFY(report.contains(QLatin1String("360 labelled flows")));
    QFile pdf(out.filePath(QStringLiteral("report.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // removing a model removes its columns and the agreement; the other keeps its predictions
    const QString before = m->flow(5).predicted(0);
    w.removeModel(1);
    QCOMPARE(w.modelCount(), 1);
    QCOMPARE(m->agreementColumn(), -1);
    QCOMPARE(w.classifiedFlows(0), rows);
    QCOMPARE(m->flow(5).predicted(0), before);
    QVERIFY(!w.isBusy());
}

// The side-by-side view on plain data: one colour scale for both models, A - B in the
// difference mode, nothing where a model has no attention or a byte does not exist.
void TestGui::compareViewDifference() {
    widgets::AttentionCompareView v;
    widgets::CompareFlow f;
    f.packets = 2;
    f.bytes = 4;
    f.fieldOfByte = {QStringLiteral("ip.ttl"), QStringLiteral("tcp.srcport"), QStringLiteral("payload"), {},
                     QStringLiteral("ip.ttl"), {}, {}, {}};
    widgets::ModelAttention a, b, c;
    a.name = QStringLiteral("a");
    a.hasAttention = true;
    a.packets = 2;
    a.bytes = 4;
    a.packet = {0.75, 0.25};
    a.shares = {0.45, 0.2, 0.1, 0, 0.25, 0, 0, 0};
    b = a;
    b.name = QStringLiteral("b");
    b.packet = {0.5, 0.5};
    b.shares = {0.1, 0.3, 0.1, 0, 0.5, 0, 0, 0};
    c.name = QStringLiteral("tree");
    f.models = {a, b, c};
    v.setFlow(f);
    QCOMPARE(v.blockCount(), 3);
    QCOMPARE(v.sharedMaximum(), 0.5);  // the largest share of any model
    QCOMPARE(v.cellValue(1, 1, 0), 0.5);
    QVERIFY(std::isnan(v.cellValue(2, 0, 0)));  // the tree has no attention
    v.setDifference(true, 0, 1);
    QVERIFY(v.difference());
    QCOMPARE(v.blockCount(), 1);
    QCOMPARE(v.cellValue(0, 0, 0), 0.45 - 0.1);
    QCOMPARE(v.cellValue(0, 0, 1), 0.2 - 0.3);
    QCOMPARE(v.cellValue(0, 0, -1), 0.75 - 0.5);  // packet attention
    QCOMPARE(v.sharedMaximum(), 0.35);  // symmetric scale: the largest |A - B|
    v.setDifference(true, 0, 2);  // against a model without attention: nothing to subtract
    QVERIFY(std::isnan(v.cellValue(0, 0, 0)));
    v.resize(600, 300);
    QVERIFY(!v.grab().isNull());
}

void TestGui::badLabelFileIsNamed() {
    app::MainWindow w;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("labels.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("pcap,l4,endpoint_a,endpoint_b,ndpi_master,ndpi_app\ndemo.pcap,TCP,not-an-endpoint\n");
    f.close();
    QVERIFY(!w.loadLabels(bad));
    QVERIFY2(w.lastError().contains(bad), qPrintable(w.lastError()));
    QVERIFY(!w.loadLabels(dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY2(w.lastError().contains(QLatin1String("missing.csv")), qPrintable(w.lastError()));
}

void TestGui::translationSwitch() {
    app::MainWindow w;
    const auto header = [&w] { return w.flowModel()->headerData(widgets::FlowListModel::Id, Qt::Horizontal, Qt::DisplayRole).toString(); };
    QCOMPARE(header(), QStringLiteral("Flow"));
    QCOMPARE(app::installLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(header(), QStringLiteral("Fluss"));
    QCOMPARE(app::installLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(header(), QStringLiteral("流"));
    QCOMPARE(app::installLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(header(), QStringLiteral("Flow"));
}

void TestGui::demoLoadsAndAFlowCanBeSelected() {
    app::MainWindow w;
    QAbstractItemModelTester flowTester(w.flowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester packetTester(w.packetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QSignalSpy done(&w, &app::MainWindow::classificationDone);
    w.loadModel(test::demoModel());
    w.openCapture(test::demoCapture());
    QVERIFY(done.wait(120000));
    QVERIFY(w.flowModel()->rowCount() > 100);
    QCOMPARE(w.classifiedFlows(), w.flowModel()->rowCount());
    QVERIFY(!w.isBusy());

    // the filter bar: by port, by predicted class
    QAbstractItemModelTester filterTester(w.flowFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = w.flowFilter()->rowCount();
    w.flowFilter()->setText(QStringLiteral(":53"));
    QVERIFY(w.flowFilter()->rowCount() > 0 && w.flowFilter()->rowCount() < all);
    for (int r = 0; r < w.flowFilter()->rowCount(); ++r)
        QVERIFY(w.flowFilter()->index(r, widgets::FlowListModel::Server).data().toString().endsWith(QLatin1String(":53")));
    w.flowFilter()->setText({});
    w.flowFilter()->setPredictedClass(QStringLiteral("ntp"));
    for (int r = 0; r < w.flowFilter()->rowCount(); ++r)
        QCOMPARE(w.flowFilter()->index(r, w.flowModel()->predictedColumn(0)).data().toString(), QStringLiteral("ntp"));
    QVERIFY(w.flowFilter()->rowCount() > 0);
    w.flowFilter()->setPredictedClass({});
    QCOMPARE(w.flowFilter()->rowCount(), all);

    // every flow has a prediction and a confidence
    for (int r = 0; r < w.flowModel()->rowCount(); ++r) {
        QVERIFY(!w.flowModel()->flow(r).predicted().isEmpty());
        QVERIFY(w.flowModel()->flow(r).confidence() > 0);
    }

    QSignalSpy occluded(&w, &app::MainWindow::flowOcclusionShown);
    QVERIFY(w.selectFlow(3));
    const auto& row = w.flowModel()->flow(w.flowModel()->rowOfFlow(3));
    QCOMPARE(w.packetModel()->rowCount(), static_cast<int>(row.packets));
    // the packets the model saw carry attention that adds up to 1; the others none
    double beta = 0;
    for (int r = 0; r < w.packetModel()->rowCount(); ++r) {
        const auto& p = w.packetModel()->packet(r);
        if (r < 8) {
            QVERIFY(p.seenByModel);
            QVERIFY(p.attention >= 0);
            beta += p.attention;
        } else {
            QVERIFY(!p.seenByModel);
            QVERIFY(p.attention < 0);
        }
        QVERIFY(!w.packetModel()->data(w.packetModel()->index(r, widgets::PacketListModel::Info), Qt::DisplayRole).toString().isEmpty());
    }
    QVERIFY(std::abs(beta - 1.0) < 1e-3);

    // the byte view shows the selected packet with attention on its network-layer bytes
    const auto& bytes = w.byteView()->packet();
    QVERIFY(bytes.bytes.size() >= 54);
    int coloured = 0;
    for (float a : bytes.attention) coloured += a >= 0;
    QVERIFY(coloured > 0);
    QVERIFY(bytes.attention[0] < 0);  // the Ethernet header is not model input
    bool addressMasked = false;
    for (const auto& f : bytes.fields)
        if (f.name == QLatin1String("ip.src")) addressMasked = f.masked;
    QVERIFY(addressMasked);

    // selection sync: a field chosen in the tree outlines its bytes, a clicked byte selects its field
    const int ttlField = [&] {
        for (int i = 0; i < bytes.fields.size(); ++i)
            if (bytes.fields[i].name == QLatin1String("ip.ttl")) return i;
        return -1;
    }();
    QVERIFY(ttlField >= 0);
    w.fieldTree()->selectField(ttlField);
    QCOMPARE(w.fieldTree()->selectedField(), ttlField);
    auto* item = w.fieldTree()->currentItem();
    QVERIFY(item);
    w.fieldTree()->setCurrentItem(nullptr);
    w.fieldTree()->setCurrentItem(item);  // as a click on the item does
    QCOMPARE(w.byteView()->selectedField(), ttlField);
    const QFontMetrics fm(w.byteView()->font());
    const QPoint firstByte(fm.horizontalAdvance(QLatin1Char('0')) * 7 + 2, fm.height() / 2);
    QTest::mouseClick(w.byteView()->viewport(), Qt::LeftButton, {}, firstByte);
    QCOMPARE(w.byteView()->selectedField(), w.byteView()->fieldAt(0));
    QCOMPARE(w.fieldTree()->selectedField(), w.byteView()->fieldAt(0));
    QVERIFY(w.fieldTree()->topLevelItemCount() >= 3);  // Ethernet, IP, TCP or UDP, ...

    // a packet beyond the model's N is read back from the file on demand
    if (w.packetModel()->rowCount() > 8) {
        w.packetView()->selectRow(9);
        QVERIFY(w.byteView()->packet().bytes.size() > 0);
        for (float a : w.byteView()->packet().attention) QVERIFY(a < 0);
    }

    // go to a packet by its number in the capture: its flow and the packet get selected
    {
        const int number = w.packetModel()->packet(2).number;
        QVERIFY(w.selectFlow(0));
        QVERIFY(w.goToPacket(number));
        QCOMPARE(w.packetModel()->packet(w.packetView()->currentIndex().row()).number, number);
        QVERIFY(w.selectFlow(3));
    }

    // the Why panel: the flow's top packets with their most attended bytes
    QVERIFY(w.whyTable()->rowCount() >= 1);
    QVERIFY(!w.whyTable()->item(0, 2)->text().isEmpty());

    // the group chart shows the flow's shares, then its occlusion from the engine thread
    QVERIFY(w.groupChart()->plot()->plottableCount() > 0);
    QVERIFY(occluded.count() > 0 || occluded.wait(30000));
    QCOMPARE(occluded.last().at(0).toInt(), 3);
    // 3 attention kinds, the flow's predicted class, the capture, occlusion by zeros and by swaps
    QCOMPARE(w.groupChart()->plot()->plottableCount(), 7);
    QVERIFY(w.groupChart()->siteDependentShare() >= 0);
}

// A capture opened by a relative path is remembered by its absolute path, so that Open
// Recent finds it when whyflow starts from another folder.
void TestGui::recentFilesAreAbsolute() {
    const QString absolute = QFileInfo(test::demoCapture()).absoluteFilePath();
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QFileInfo(absolute).absolutePath()));
    {
        app::MainWindow w;
        QSignalSpy ready(&w, &app::MainWindow::captureReady);
        w.openCapture(QFileInfo(absolute).fileName());
        QVERIFY(ready.wait(60000));
    }
    QDir::setCurrent(before);
    const QStringList recent = QSettings().value(QStringLiteral("recent/captures")).toStringList();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.first(), absolute);
}

void TestGui::badFilesDoNotLoseTheOpenCapture() {
    app::MainWindow w;
    QSignalSpy ready(&w, &app::MainWindow::captureReady);
    QSignalSpy errors(&w, &app::MainWindow::errorShown);
    w.openCapture(test::demoCapture());
    QVERIFY(ready.wait(60000));
    const int flows = w.flowModel()->rowCount();
    QVERIFY(flows > 0);

    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.pcap"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("definitely not a capture");
    f.close();
    w.openCapture(junk);
    QVERIFY(errors.wait(30000));
    QVERIFY2(w.lastError().contains(junk), qPrintable(w.lastError()));
    QCOMPARE(w.flowModel()->rowCount(), flows);

    w.loadModel(junk);
    QVERIFY(errors.wait(30000));
    QVERIFY2(w.lastError().contains(junk), qPrintable(w.lastError()));
    QCOMPARE(w.flowModel()->rowCount(), flows);

    // a truncated capture: the packets before the damage, and the damage stays named in the
    // status bar (it used to be overwritten by the next message)
    QFile demo(test::demoCapture());
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QByteArray head = demo.read(demo.size() / 2 + 7);
    const QString truncated = dir.filePath(QStringLiteral("truncated.pcap"));
    QFile t(truncated);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(head);
    t.close();
    w.openCapture(truncated);
    QVERIFY(ready.wait(60000));
    QVERIFY(w.flowModel()->rowCount() > 0 && w.flowModel()->rowCount() <= flows);
    auto* problem = w.findChild<QLabel*>(QStringLiteral("captureProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisibleTo(&w));
    QVERIFY2(problem->toolTip().contains(truncated), qPrintable(problem->toolTip()));
    w.openCapture(test::demoCapture());
    QVERIFY(ready.wait(60000));
    QVERIFY(!problem->isVisibleTo(&w));
}

namespace {

// Checks one exported figure file by its format; an empty string when it is fine.
QString checkFigure(const QString& path, const widgets::ExportOptions& o) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return path + QStringLiteral(": not written");
    const QByteArray data = file.readAll();
    const QString suffix = QFileInfo(path).suffix();
    if (suffix == QLatin1String("png")) {
        if (!data.startsWith("\x89PNG\r\n\x1a\n")) return path + QStringLiteral(": no PNG signature");
        const QImage image = QImage::fromData(data, "PNG");
        const QSize expected(qRound(o.size.widthCm * o.size.dpi / 2.54), qRound(o.size.heightCm * o.size.dpi / 2.54));
        if (image.size() != expected)
            return QStringLiteral("%1: %2 × %3 pixels, expected %4 × %5")
                .arg(path).arg(image.width()).arg(image.height()).arg(expected.width()).arg(expected.height());
    } else if (suffix == QLatin1String("svg")) {
        QXmlStreamReader xml(data);
        if (!xml.readNextStartElement() || xml.name() != QLatin1String("svg")) return path + QStringLiteral(": the root is not <svg>");
        while (!xml.atEnd()) xml.readNext();
        if (xml.hasError()) return path + QStringLiteral(": ") + xml.errorString();
    } else if (suffix == QLatin1String("pdf")) {
        if (!data.startsWith("%PDF-")) return path + QStringLiteral(": not a PDF");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!pdftoppm.isEmpty()) {
            const QString prefix = path + QStringLiteral("-page");
            test::run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), path, prefix});
            if (QImage(prefix + QStringLiteral("-1.png")).isNull()) return path + QStringLiteral(": pdftoppm rendered no page");
        }
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (!pdffonts.isEmpty()) {
            const QStringList lines = QString::fromUtf8(test::run(pdffonts, {path})).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (lines.size() < 3) return path + QStringLiteral(": no fonts (the figure has text)");
            for (const QString& line : lines.mid(2)) {  // name type encoding emb sub uni object ID
                const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (cols.size() < 6 || cols[cols.size() - 5] != QLatin1String("yes")) return path + QStringLiteral(": font not embedded: ") + line;
            }
        }
    }
    return {};
}

}  // namespace

void TestGui::exportForPapers() {
    app::MainWindow w;
    QSignalSpy done(&w, &app::MainWindow::classificationDone);
    QSignalSpy occluded(&w, &app::MainWindow::flowOcclusionShown);
    w.loadModel(test::demoModel());
    w.openCapture(test::demoCapture());
    QVERIFY(done.wait(120000));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // flow 9 (web), once its occlusion drops are in: the groups view shows them too
    QVERIFY(w.selectFlow(9));
    QTRY_VERIFY_WITH_TIMEOUT(!occluded.isEmpty() && occluded.last().at(0).toInt() == 9, 30000);

    using namespace whyflow::widgets;
    const QList<QPair<QString, FigureViews>> viewSets = {
        {QStringLiteral("packets"), PacketsView}, {QStringLiteral("bytes"), BytesView}, {QStringLiteral("groups"), GroupsView},
        {QStringLiteral("why"), WhyView}, {QStringLiteral("all"), AllViews}};
    for (const auto& [name, views] : viewSets) {
        ExportOptions o;
        o.views = views;
        o.size.widthCm = 8.5;
        o.size.heightCm = 6;
        for (int dpi : {96, 300}) {
            o.size.dpi = dpi;
            const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(name).arg(dpi));
            const QString error = w.exportSelectedFlow(path, o);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QString problem = checkFigure(path, o);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (const char* suffix : {"svg", "pdf"}) {
            const QString path = dir.filePath(name + QLatin1Char('.') + QLatin1String(suffix));
            const QString error = w.exportSelectedFlow(path, o);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QString problem = checkFigure(path, o);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // the Why table, as the Why tab shows it
    const QString csv = dir.filePath(QStringLiteral("why.csv"));
    QVERIFY2(w.exportWhyTable(csv).isEmpty(), qPrintable(w.exportWhyTable(csv)));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("packet,attention,window_start,window_length,window_share,bytes,fields"));
    QCOMPARE(lines.size() - 1, w.whyTable()->rowCount());
    QVERIFY(w.whyTable()->rowCount() >= 1);
    const QString tex = dir.filePath(QStringLiteral("why.tex"));
    QVERIFY(w.exportWhyTable(tex).isEmpty());
    QFile texFile(tex);
    QVERIFY(texFile.open(QIODevice::ReadOnly));
    const QByteArray latex = texFile.readAll();
    for (const char* rule : {"\\toprule", "\\midrule", "\\bottomrule", "\\begin{tabular}"}) QVERIFY2(latex.contains(rule), rule);

    // failures name the file and the problem, and leave nothing behind
    const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/fig.png"));
    QString error = w.exportSelectedFlow(unwritable, ExportOptions());
    QVERIFY2(error.contains(unwritable), qPrintable(error));
    QVERIFY(!QFileInfo::exists(unwritable));
    error = w.exportWhyTable(dir.filePath(QStringLiteral("no-such-folder/why.csv")));
    QVERIFY2(error.contains(QStringLiteral("no-such-folder/why.csv")), qPrintable(error));
    error = w.exportSelectedFlow(dir.filePath(QStringLiteral("fig.bmp")), ExportOptions());
    QVERIFY2(error.contains(QStringLiteral("fig.bmp")) && error.contains(QStringLiteral("bmp")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("fig.bmp"))));
    error = w.exportWhyTable(dir.filePath(QStringLiteral("why.txt")));
    QVERIFY2(error.contains(QStringLiteral("why.txt")), qPrintable(error));
}

void TestGui::exportDialogOptionsRoundTrip() {
    widgets::FlowFigure figure;
    figure.title = QStringLiteral("Flow 1 (TCP 192.0.2.1:1 -> 198.51.100.1:80): web (0.900)");
    figure.packetAttention = {0.5, 0.3, 0.2};
    figure.heatBytes = QByteArray("\x45\x00\x00\x3c", 4);
    figure.heatShares = {0.1, 0.0, 0.2, 0.05};
    widgets::GroupBar bar;
    bar.label = QStringLiteral("Ports");
    bar.flowShare = 0.6;
    figure.groups = {bar};
    figure.whyHeader = {QStringLiteral("packet"), QStringLiteral("β"), QStringLiteral("bytes"), QStringLiteral("decoded")};
    figure.whyRows = {{QStringLiteral("1"), QStringLiteral("0.500"), QStringLiteral("00 50"), QStringLiteral("Source Port: 80")}};

    widgets::ExportFigureDialog d(figure);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto* width = d.findChild<QDoubleSpinBox*>(QStringLiteral("widthSpin"));
    auto* height = d.findChild<QDoubleSpinBox*>(QStringLiteral("heightSpin"));
    auto* unit = d.findChild<QComboBox*>(QStringLiteral("unitCombo"));
    auto* format = d.findChild<QComboBox*>(QStringLiteral("formatCombo"));
    auto* dpi = d.findChild<QSpinBox*>(QStringLiteral("dpiSpin"));
    auto* save = d.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    QVERIFY(width && height && unit && format && dpi && save);

    // options in, options out; the size shown in inches, kept in centimetres
    widgets::ExportOptions o;
    o.views = widgets::BytesView | widgets::WhyView;
    o.size = {12.7, 7.62, 600};
    o.unit = widgets::ExportOptions::Inches;
    d.setOptions(o);
    QCOMPARE(width->value(), 5.0);
    QCOMPARE(height->value(), 3.0);
    QVERIFY(width->suffix().contains(QLatin1String("in")));
    widgets::ExportOptions back = d.options();
    QCOMPARE(back.views, o.views);
    QCOMPARE(back.unit, widgets::ExportOptions::Inches);
    QCOMPARE(back.size.dpi, 600);
    QVERIFY(std::abs(back.size.widthCm - 12.7) < 1e-9);
    QVERIFY(std::abs(back.size.heightCm - 7.62) < 1e-9);
    width->setValue(4.5);  // typed in inches
    QVERIFY(std::abs(d.options().size.widthCm - 11.43) < 1e-9);
    unit->setCurrentIndex(0);  // back to centimetres: the values shown convert, the size stays
    QCOMPARE(width->value(), 11.43);
    QVERIFY(std::abs(d.options().size.widthCm - 11.43) < 1e-9);
    QCOMPARE(d.options().unit, widgets::ExportOptions::Centimetres);

    // the format follows the file name, and the file name the format
    d.setPath(QStringLiteral("/tmp/figure.svg"));
    QCOMPARE(format->currentIndex(), 1);
    QVERIFY(!dpi->isEnabled());  // no resolution for vector formats
    format->setCurrentIndex(2);
    QCOMPARE(d.path(), QStringLiteral("/tmp/figure.pdf"));
    format->setCurrentIndex(0);
    QCOMPARE(d.path(), QStringLiteral("/tmp/figure.png"));
    QVERIFY(dpi->isEnabled());
    QVERIFY(save->isEnabled());
    // no view: nothing to save
    for (auto* box : d.findChildren<QCheckBox*>()) box->setChecked(false);
    QVERIFY(!save->isEnabled());
    QVERIFY(!d.options().views);
    d.findChild<QCheckBox*>(QStringLiteral("whyCheck"))->setChecked(true);
    QCOMPARE(d.options().views, widgets::FigureViews(widgets::WhyView));
    QVERIFY(save->isEnabled());

    // the preview is drawn by the figure code, in the page's proportions
    d.setOptions(widgets::ExportOptions());
    QTRY_VERIFY(!d.preview().isNull());
    const QSizeF shown = d.preview().deviceIndependentSize();
    QVERIFY(std::abs(shown.width() / shown.height() - 17.0 / 12.0) < 0.02);
    const QString shots = qEnvironmentVariable("WHYFLOW_TEST_SCREENSHOTS");  // for documentation
    if (!shots.isEmpty()) d.grab().save(QDir(shots).filePath(QStringLiteral("export-figure-dialog.png")));
}

// The flow list sorts itself (numbers as numbers, texts as texts, ties by flow id), keeps
// persistent indexes on their flows, and the filter proxy follows; in the window, sorting a
// column keeps the selected flow, and the predictions that reach the list in coalesced
// batches are all there when the classification is done.
void TestGui::flowListSortsLikeItsColumns() {
    widgets::FlowListModel m;
    widgets::FlowFilterModel proxy;
    proxy.setSourceModel(&m);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<widgets::FlowRow> rows;
    const qint64 packets[] = {9, 100, 10, 100, 2};
    const char* clients[] = {"192.0.2.10:40000", "192.0.2.9:40001", "192.0.2.100:53", "192.0.2.9:40001", "10.0.0.1:1"};
    for (int i = 0; i < 5; ++i) {
        widgets::FlowRow r;
        r.id = i;
        r.client = QString::fromLatin1(clients[i]);
        r.server = QStringLiteral("198.51.100.1:53");
        r.l4 = i % 2 ? QStringLiteral("TCP") : QStringLiteral("UDP");
        r.packets = packets[i];
        r.bytes = 1000 - i;
        r.duration = 0.5 * i;
        rows.push_back(r);
    }
    m.setModelNames({QStringLiteral("a")});
    m.setFlows(rows);
    auto ids = [&](const QAbstractItemModel& model) {
        QVector<int> out;
        for (int r = 0; r < model.rowCount(); ++r) out << model.index(r, widgets::FlowListModel::Id).data().toInt();
        return out;
    };
    const QPersistentModelIndex flow2 = m.index(m.rowOfFlow(2), widgets::FlowListModel::Client);
    proxy.sort(widgets::FlowListModel::Packets, Qt::AscendingOrder);
    QCOMPARE(ids(m), (QVector<int>{4, 0, 2, 1, 3}));  // 2, 9, 10, 100, 100: numbers, ties by id
    QCOMPARE(ids(proxy), ids(m));
    QCOMPARE(flow2.row(), m.rowOfFlow(2));
    QCOMPARE(flow2.data().toString(), QStringLiteral("192.0.2.100:53"));
    proxy.sort(widgets::FlowListModel::Packets, Qt::DescendingOrder);
    QCOMPARE(ids(m), (QVector<int>{1, 3, 2, 0, 4}));
    proxy.sort(widgets::FlowListModel::Client, Qt::AscendingOrder);
    QCOMPARE(ids(m), (QVector<int>{4, 2, 0, 1, 3}));  // as texts: "10.", "192.0.2.100", "192.0.2.10:", "192.0.2.9"
    proxy.sort(widgets::FlowListModel::L4, Qt::DescendingOrder);
    QCOMPARE(ids(m), (QVector<int>{0, 2, 4, 1, 3}));  // UDP before TCP, ties by id
    proxy.sort(widgets::FlowListModel::Duration, Qt::DescendingOrder);
    QCOMPARE(ids(m), (QVector<int>{4, 3, 2, 1, 0}));
    // predictions: unclassified flows first, then by confidence
    m.setPredictions(0, {{3, {QStringLiteral("dns"), 0.9}}, {0, {QStringLiteral("web"), 0.4}}});
    proxy.sort(m.confidenceColumn(0), Qt::AscendingOrder);
    QCOMPARE(ids(m), (QVector<int>{1, 2, 4, 0, 3}));
    // the order holds for the next flows set, and through a filter
    m.setFlows(rows);
    QCOMPARE(m.sortColumn(), m.confidenceColumn(0));
    proxy.sort(widgets::FlowListModel::Packets, Qt::DescendingOrder);
    proxy.setText(QStringLiteral("192.0.2."));
    QCOMPARE(ids(proxy), (QVector<int>{1, 3, 2, 0}));
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), 5);

    // removing a model: the list stays sorted by the same model's column (it moves left), and
    // falls back to the flow id when the removed model's column was the one
    m.setModelNames({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, true);
    m.setPredictions(2, {{1, {QStringLiteral("web"), 0.2}}, {4, {QStringLiteral("dns"), 0.7}}, {2, {QStringLiteral("dns"), 0.5}}});
    proxy.sort(m.confidenceColumn(2), Qt::DescendingOrder);
    const QVector<int> byC = ids(m);
    QCOMPARE(byC, (QVector<int>{4, 2, 1, 0, 3}));  // 0.7, 0.5, 0.2, then the unclassified flows by id
    m.removeModel(1);
    QCOMPARE(m.sortColumn(), m.confidenceColumn(1));
    QCOMPARE(m.headerData(m.sortColumn(), Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("c"));
    QCOMPARE(m.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(ids(m), byC);
    proxy.sort(m.agreementColumn(), Qt::AscendingOrder);
    m.removeModel(1);  // one model left: no agreement column, so back to the flow id
    QCOMPARE(m.sortColumn(), int(widgets::FlowListModel::Id));
    QCOMPARE(ids(m), (QVector<int>{0, 1, 2, 3, 4}));
    m.setModelNames({QStringLiteral("a")});

    // the window
    app::MainWindow w;
    QAbstractItemModelTester flowTester(w.flowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(w.flowFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QSignalSpy done(&w, &app::MainWindow::classificationDone);
    w.loadModel(test::demoModel());
    w.openCapture(test::demoCapture());
    QVERIFY(done.wait(120000));
    const int n = w.flowModel()->rowCount();
    int predicted = 0;
    for (int r = 0; r < n; ++r) predicted += !w.flowModel()->flow(r).predicted().isEmpty();
    QCOMPARE(predicted, n);
    QCOMPARE(w.classifiedFlows(), n);
    QVERIFY(w.selectFlow(5));
    w.flowView()->sortByColumn(widgets::FlowListModel::Packets, Qt::DescendingOrder);
    QCOMPARE(w.selectedFlowId(), 5);
    qint64 last = std::numeric_limits<qint64>::max();
    for (int r = 0; r < w.flowFilter()->rowCount(); ++r) {
        const qint64 p = w.flowFilter()->index(r, widgets::FlowListModel::Packets).data().toLongLong();
        QVERIFY(p <= last);
        last = p;
    }
    w.flowView()->sortByColumn(w.flowModel()->confidenceColumn(0), Qt::AscendingOrder);
    QCOMPARE(w.selectedFlowId(), 5);
    double lastConfidence = -1;
    for (int r = 0; r < w.flowFilter()->rowCount(); ++r) {
        const double c = w.flowModel()->flow(w.flowFilter()->mapToSource(w.flowFilter()->index(r, 0)).row()).confidence();
        QVERIFY(c >= lastConfidence);
        lastConfidence = c;
    }
}

QTEST_MAIN(TestGui)
#include "test_gui.moc"
