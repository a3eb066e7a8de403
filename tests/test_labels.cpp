// Labels in the corpus format: parsing, the category map, and the share of labelled
// TCP/UDP flows of the whole nDPI corpus that find their flow.
#include <QDir>
#include <QFileInfo>
#include <map>
#include <QTemporaryDir>
#include <QtTest>

#include "test_support.h"
#include "whyflow/capture.h"
#include "whyflow/labels.h"

using namespace whyflow;

class TestLabels : public QObject {
    Q_OBJECT
private slots:
    void malformedRowsNameFileAndLine();
    void conflictingRowsOfOneFlowAreDropped();
    void corpusLabelsMatchTheirFlows();
    void ndpiLabelsAgreeWithTheCorpus();
};

// whyflow's nDPI (Debian's, older than the corpus's) against the corpus labels, per protocol.
void TestLabels::ndpiLabelsAgreeWithTheCorpus() {
    WHYFLOW_REQUIRE_CORPUS();
    if (dataset::ndpiVersion().empty()) QSKIP("built without nDPI (apt-get install libndpi-dev)");
    const QString dir = test::sharedDir() + QStringLiteral("/corpus/ndpi");
    const auto labels = dataset::LabelSet::load((dir + QStringLiteral("/labels.csv")).toStdString());
    std::map<std::string, std::pair<int, int>> perProtocol;  // corpus master -> (agree, flows)
    int agree = 0, total = 0;
    for (const char* name : {"1kxun.pcap", "EAQ.pcap", "KakaoTalk_chat.pcap", "dns_fragmented.pcap", "443-curl.pcap",
                             "alexa-app.pcapng", "WebattackSQLinj.pcap", "ajp.pcap", "bittorrent.pcap", "quic.pcap",
                             "ssh.pcap", "ntp.pcap", "smtp.pcap"}) {
        const QString path = dir + QStringLiteral("/pcap/") + QString::fromLatin1(name);
        if (!QFileInfo::exists(path)) continue;
        const auto cap = flow::ingest(path.toStdString());
        const auto ours = dataset::labelWithNdpi(cap);
        const auto theirs = dataset::matchLabels(cap, labels, name);
        for (size_t f = 0; f < cap.flows.size(); ++f) {
            const std::string& expected = theirs.flowLabels[f];
            if (expected.empty() || expected == "Unknown") continue;
            auto& [a, n] = perProtocol[expected];
            ++n;
            ++total;
            if (ours[f].master == expected) {
                ++a;
                ++agree;
            }
        }
    }
    qInfo("nDPI %s against the corpus labels, per protocol (agree / flows):", dataset::ndpiVersion().c_str());
    for (const auto& [proto, counts] : perProtocol)
        qInfo("  %-22s %4d / %4d  (%.0f %%)", proto.c_str(), counts.first, counts.second, 100.0 * counts.first / counts.second);
    const double rate = total ? static_cast<double>(agree) / total : 0;
    qInfo("overall: %d of %d labelled flows (%.1f %%)", agree, total, 100 * rate);
    QVERIFY(total > 200);
    QVERIFY2(rate >= 0.7, qPrintable(QStringLiteral("agreement %1").arg(rate)));
}

void TestLabels::malformedRowsNameFileAndLine() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("pcap,l4,endpoint_a,endpoint_b,ndpi_master,ndpi_app\na.pcap,TCP,1.2.3.4:5\n");
    f.close();
    try {
        dataset::LabelSet::load(path.toStdString());
        QFAIL("a malformed label file was accepted");
    } catch (const std::runtime_error& e) {
        QVERIFY2(QString::fromStdString(e.what()).startsWith(path + QStringLiteral(":2:")), e.what());
    }
}

void TestLabels::conflictingRowsOfOneFlowAreDropped() {
    WHYFLOW_REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // the two DNS flows of vxlan.pcap (inner 5-tuples); the second is labelled twice, in disagreement
    f.write("pcap,l4,endpoint_a,endpoint_b,ndpi_master,ndpi_app\n"
            "vxlan.pcap,UDP,8.8.8.8:53,10.10.20.4:44437,DNS,Google\n"
            "vxlan.pcap,UDP,10.10.20.4:32860,8.8.8.8:53,DNS,Google\n"
            "vxlan.pcap,UDP,10.10.20.4:32860,8.8.8.8:53,QUIC,\n");
    f.close();
    const auto labels = dataset::LabelSet::load(path.toStdString());
    const auto cap = flow::ingest(test::ndpiCapture(QStringLiteral("vxlan.pcap")).toStdString());
    const auto m = dataset::matchLabels(cap, labels, "vxlan.pcap");
    QCOMPARE(m.rows, size_t{3});
    QCOMPARE(m.conflicts, size_t{1});
    QCOMPARE(m.flowLabels[0], std::string("DNS"));  // matched in the other order of endpoints
    QCOMPARE(m.flowLabels[2], std::string());
    const auto categories = dataset::CategoryMap::load((test::sharedDir() + QStringLiteral("/corpus/ndpi/categories-wide.csv")).toStdString());
    QCOMPARE(categories.categoryOf("HTTP"), std::string("web"));
    QCOMPARE(dataset::matchLabels(cap, labels, "vxlan.pcap", &categories).flowLabels[0], std::string("dns"));
}

void TestLabels::corpusLabelsMatchTheirFlows() {
    WHYFLOW_REQUIRE_CORPUS();
    const QString dir = test::sharedDir() + QStringLiteral("/corpus/ndpi");
    const auto labels = dataset::LabelSet::load((dir + QStringLiteral("/labels.csv")).toStdString());
    size_t rows = 0, matched = 0, files = 0;
    QStringList missed;
    for (const QString& name : QDir(dir + QStringLiteral("/pcap")).entryList(QDir::Files, QDir::Name)) {
        flow::CaptureData cap;
        try {
            cap = flow::ingest((dir + QStringLiteral("/pcap/") + name).toStdString());
        } catch (const capture::CaptureError& e) {
            QFAIL(e.what());  // every corpus file decodes (a damaged tail keeps what came before)
        }
        ++files;
        const auto m = dataset::matchLabels(cap, labels, name.toStdString());
        rows += m.transportRows;
        matched += m.transportMatched;
        for (const auto* r : m.unmatched)
            missed << QStringLiteral("%1 %2 %3 %4").arg(name, QString::fromStdString(r->l4), QString::fromStdString(r->endpointA),
                                                     QString::fromStdString(r->endpointB));
    }
    const double rate = rows ? static_cast<double>(matched) / static_cast<double>(rows) : 0;
    qInfo("%zu files; %zu of %zu labelled TCP/UDP flows matched a flow: %.2f %%", files, matched, rows, 100 * rate);
    for (const QString& m : missed) qInfo("unmatched: %s", qPrintable(m));
    QCOMPARE(files, size_t{477});
    QVERIFY2(rate >= 0.98, qPrintable(QStringLiteral("match rate %1").arg(rate)));
}

QTEST_GUILESS_MAIN(TestLabels)
#include "test_labels.moc"
