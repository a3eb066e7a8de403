// Attention shares: exact group aggregation, shares that add up to 1, no attention on
// padding or masked bytes.
#include <QtTest>
#include <cmath>

#include "test_support.h"
#include "whyflow/explain.h"
#include "whyflow/importance.h"
#include "whyflow/flow.h"
#include "whyflow/model.h"

using namespace whyflow;

class TestExplain : public QObject {
    Q_OBJECT
private slots:
    void handSetAttentionAggregatesExactly();
    void demoSharesAddUpToOneAndSkipPadding();
    void spearmanRankCorrelation();
};

void TestExplain::spearmanRankCorrelation() {
    // ties get their average rank: b's two 7s share ranks 3 and 4
    QVERIFY(std::abs(explain::spearman({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7}) - 0.8207826817) < 1e-9);
    QCOMPARE(explain::spearman({1, 2, 3}, {3, 2, 1}), -1.0);
    QCOMPARE(explain::spearman({1, 2, 3}, {2, 4, 8}), 1.0);
    QCOMPARE(explain::spearman({1, 1, 1}, {1, 2, 3}), 0.0);  // a constant series has no ranking
}

void TestExplain::handSetAttentionAggregatesExactly() {
    // two packets of four byte slots; the second packet has two bytes, then padding
    dataset::InputShape shape{2, 4};
    dataset::FlowTensor t;
    auto f = [](FieldId id) { return static_cast<uint16_t>(id); };
    t.fields = {f(FieldId::IpTtl), f(FieldId::TcpSrcPort), f(FieldId::TcpSrcPort), f(FieldId::Payload),
                f(FieldId::TcpWindow), f(FieldId::Payload), f(FieldId::None), f(FieldId::None)};
    t.visible = {1, 1, 1, 1, 1, 1, 0, 0};
    t.present = {1, 1, 1, 1, 1, 1, 0, 0};
    t.bytes = {64, 0, 80, 'G', 0xfa, 'H', 0, 0};
    t.fromClient = {1, 0};
    t.packets = 2;
    models::Prediction p;
    p.hasAttention = true;
    p.packetAttention = {0.25f, 0.75f};
    p.byteAttention = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.5f, 0.0f, 0.0f};
    const explain::GroupShares g = explain::groupShares(p, t, shape);
    auto share = [&g](FieldGroup group) { return g[static_cast<size_t>(group)]; };
    // by hand: ttl 0.25*0.1; ports 0.25*(0.2+0.3); payload 0.25*0.4 + 0.75*0.5; window 0.75*0.5
    QVERIFY(std::abs(share(FieldGroup::Ttl) - 0.025) < 1e-7);
    QVERIFY(std::abs(share(FieldGroup::Ports) - 0.125) < 1e-7);
    QVERIFY(std::abs(share(FieldGroup::Payload) - 0.475) < 1e-7);
    QVERIFY(std::abs(share(FieldGroup::Window) - 0.375) < 1e-7);
    double total = 0;
    for (double v : g) total += v;
    QVERIFY(std::abs(total - 1.0) < 1e-7);
    QVERIFY(std::abs(explain::siteDependentShare(g) - 0.4) < 1e-7);  // ttl + window
    const std::vector<double> bytes = explain::byteShares(p, shape);
    QCOMPARE(bytes.size(), size_t{8});
    QVERIFY(std::abs(bytes[4] - 0.375) < 1e-7);
}

void TestExplain::demoSharesAddUpToOneAndSkipPadding() {
    auto model = models::Model::load(test::demoModel().toStdString());
    const auto& info = model->info();
    flow::IngestOptions io;
    io.visiblePackets = info.shape.packets;
    flow::CaptureData cap = flow::ingest(test::demoCapture().toStdString(), io);
    QVERIFY(cap.flows.size() > 100);
    auto results = explain::classifyFlows(cap.flows, *model);
    QCOMPARE(results.size(), cap.flows.size());
    dataset::Tensorizer tensorizer(info.shape, info.preset);
    const int N = info.shape.packets, M = info.shape.bytes;
    int shortFlows = 0;
    for (size_t i = 0; i < results.size(); ++i) {
        const auto& p = results[i].prediction;
        const dataset::FlowTensor t = tensorizer.make(cap.flows[i]);
        double total = 0;
        for (double v : results[i].shares) total += v;
        QVERIFY2(std::abs(total - 1.0) < 1e-4, qPrintable(QStringLiteral("flow %1: shares add up to %2").arg(i).arg(total)));
        double beta = 0;
        for (int k = 0; k < N; ++k) {
            beta += p.packetAttention[k];
            if (k >= t.packets) QCOMPARE(p.packetAttention[k], 0.0f);  // empty packet slots
            double alpha = 0;
            for (int b = 0; b < M; ++b) {
                const size_t idx = static_cast<size_t>(k) * M + b;
                alpha += p.byteAttention[idx];
                if (!t.visible[idx]) QCOMPARE(p.byteAttention[idx], 0.0f);  // padding, addresses
            }
            if (k < t.packets) QVERIFY(std::abs(alpha - 1.0) < 1e-4);
        }
        QVERIFY(std::abs(beta - 1.0) < 1e-4);
        if (t.packets < N) ++shortFlows;
    }
    QVERIFY2(shortFlows > 0, "the demo must hold flows shorter than N so that packet padding is tested");
}

QTEST_GUILESS_MAIN(TestExplain)
#include "test_explain.moc"
