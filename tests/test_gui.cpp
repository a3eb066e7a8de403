// The main window, offscreen: load the demo, classify on the engine thread, select a flow
// and check that the packet table, the byte view and the group chart follow.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "byte_view.h"
#include "field_tree.h"
#include "group_chart.h"
#include "language.h"
#include "main_window.h"
#include "models/flow_filter_model.h"
#include "models/flow_list_model.h"
#include "models/packet_list_model.h"
#include "test_support.h"
#include <qcustomplot.h>

using namespace whyflow;

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void demoLoadsAndAFlowCanBeSelected();
    void badFilesDoNotLoseTheOpenCapture();
    void translationSwitch();
};

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
        QCOMPARE(w.flowFilter()->index(r, widgets::FlowListModel::Predicted).data().toString(), QStringLiteral("ntp"));
    QVERIFY(w.flowFilter()->rowCount() > 0);
    w.flowFilter()->setPredictedClass({});
    QCOMPARE(w.flowFilter()->rowCount(), all);

    // every flow has a prediction and a confidence
    for (int r = 0; r < w.flowModel()->rowCount(); ++r) {
        QVERIFY(!w.flowModel()->flow(r).predicted.isEmpty());
        QVERIFY(w.flowModel()->flow(r).confidence > 0);
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
    QCOMPARE(w.groupChart()->plot()->plottableCount(), 5);  // 3 attention kinds, capture, occlusion
    QVERIFY(w.groupChart()->siteDependentShare() >= 0);
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
}

QTEST_MAIN(TestGui)
#include "test_gui.moc"
