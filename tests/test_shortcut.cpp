// The planted shortcut: two classes of flows that differ only in the IP TTL. HAN must
// learn them, and blanking the TTL bytes must bring it down to chance. Occlusion must find
// the shortcut for every model kind: HAN by zeros and swaps, C4.5 and 3-NN by training
// means and swaps.
#include <QTemporaryDir>
#include <QtTest>

#include "synth/traffic_synth.h"
#include "test_support.h"
#include "whyflow/dataset.h"
#include "whyflow/explain.h"
#include "whyflow/importance.h"
#include "whyflow/training.h"

using namespace whyflow;

class TestShortcut : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hanLearnsTtlAndLosesItWhenTtlIsBlanked();
    void classicalModelsLoseMostWhenTtlIsBlanked();

private:
    // occlusion by zeros (means) and by swaps: the TTL group costs the most
    static void occlusionFindsTtl(const models::Model& model, const dataset::Dataset& data);
    QTemporaryDir dir_;
    dataset::Dataset data_;
};

void TestShortcut::initTestCase() {
    QTemporaryDir& dir = dir_;
    const char* apps[] = {"web", "dns", "ntp", "ssh", "mail", "tls"};
    for (const auto& [name, ttl] : {std::pair{"ttl64", 64}, std::pair{"ttl128", 128}}) {
        // the same mix of applications from the same distributions; only the TTL differs
        synth::Generator gen(ttl == 64 ? 11 : 12);
        synth::SiteSettings site;
        site.ttl = static_cast<uint8_t>(ttl);
        std::vector<synth::Frame> frames;
        for (int i = 0; i < 150; ++i) gen.addFlow(gen.byName(apps[i % 6]), site, 1700000000.0 + i, frames);
        QVERIFY(synth::writePcap(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".pcap")).toStdString(), frames));
    }
    dataset::LoadOptions lo;
    // the IP checksum is a function of the TTL: keep it out, so that the TTL is the only difference
    std::string groups;
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<FieldGroup>(g);
        if (groupKind(group) != GroupKind::NotInput && group != FieldGroup::Checksum) groups += std::string(groupName(group)) + ",";
    }
    lo.preset = dataset::FeaturePreset::custom(groups);
    data_ = dataset::loadClassDirectory(dir.path().toStdString(), lo);
    QCOMPARE(data_.classes.size(), size_t{2});
    QCOMPARE(data_.samples.size(), size_t{300});
}

void TestShortcut::occlusionFindsTtl(const models::Model& model, const dataset::Dataset& data) {
    for (auto how : {explain::Blanking::Zero, explain::Blanking::Swap}) {
        const auto imp = explain::occlusion(model, data, how, 3);
        int top = -1;
        for (const std::string& g : imp.groups) {
            FieldGroup fg;
            QVERIFY(parseGroupName(g, fg));
            if (top < 0 || imp.meanDrop[static_cast<int>(fg)] > imp.meanDrop[top]) top = static_cast<int>(fg);
        }
        qInfo("%s by %s: the ttl group's mean probability drop %.3f, flip rate %.3f; site-dependent share of the drop %.3f",
              model.info().kind.c_str(), how == explain::Blanking::Zero ? "zeros/means" : "swaps",
              imp.meanDrop[static_cast<int>(FieldGroup::Ttl)], imp.flipRate[static_cast<int>(FieldGroup::Ttl)],
              imp.siteDependentDrop);
        QCOMPARE(top, static_cast<int>(FieldGroup::Ttl));
        QVERIFY(imp.accuracyChange[static_cast<int>(FieldGroup::Ttl)] < -0.3);
        QVERIFY(imp.siteDependentDrop > 0.5);
    }
}

void TestShortcut::classicalModelsLoseMostWhenTtlIsBlanked() {
    // 3-NN weighs every feature alike: among all 1024 bytes the 8 TTL bytes drown, so it
    // gets the TTL, sizes and protocol only (the TTL still the one difference)
    dataset::LoadOptions lo;
    lo.preset = dataset::FeaturePreset::custom("ttl,size,protocol");
    const dataset::Dataset headers = dataset::loadClassDirectory(dir_.path().toStdString(), lo);
    for (const auto& [kind, data] : {std::pair<const char*, const dataset::Dataset*>{"c45", &data_}, {"knn", &headers}}) {
        training::TrainOptions to;
        to.kind = kind;
        to.seed = 7;
        training::TrainResult r = training::train(*data, to);
        qInfo("%s: test accuracy with the TTL visible %.3f", kind, r.testAccuracy);
        QVERIFY(r.testAccuracy >= 0.95);
        occlusionFindsTtl(*r.model, *data);
        if (QTest::currentTestFailed()) return;
    }
}

void TestShortcut::hanLearnsTtlAndLosesItWhenTtlIsBlanked() {
    const dataset::Dataset& data = data_;

    training::TrainOptions to;
    to.seed = 7;
    to.maxEpochs = 20;
    to.patience = 4;
    training::TrainResult r = training::train(data, to);
    qInfo("test accuracy with the TTL visible: %.3f after %d epochs", r.testAccuracy, r.epochs);
    QVERIFY2(r.testAccuracy >= 0.95, qPrintable(QStringLiteral("test accuracy %1").arg(r.testAccuracy)));

    // measurement, not an assertion: how much attention sits on the TTL bytes themselves
    std::vector<const dataset::FlowTensor*> x;
    for (const auto& s : data.samples) x.push_back(&s.x);
    const auto preds = r.model->predict(x);
    std::vector<explain::GroupShares> shares;
    for (size_t i = 0; i < preds.size(); ++i) shares.push_back(explain::groupShares(preds[i], data.samples[i].x, data.shape));
    const auto mean = explain::meanShares(shares);
    qInfo("mean attention share of the ttl group: %.4f (payload %.4f, ports %.4f)", mean[static_cast<size_t>(FieldGroup::Ttl)],
          mean[static_cast<size_t>(FieldGroup::Payload)], mean[static_cast<size_t>(FieldGroup::Ports)]);

    // blank the TTL: the two classes become the same distribution
    dataset::Dataset blanked = data;
    for (auto& s : blanked.samples) dataset::Tensorizer::zeroGroup(s.x, FieldGroup::Ttl);
    const double chanceLevel = training::accuracy(*r.model, blanked);
    qInfo("accuracy over all flows with the TTL blanked: %.3f (chance: 0.5)", chanceLevel);
    QVERIFY2(chanceLevel >= 0.35 && chanceLevel <= 0.65, qPrintable(QStringLiteral("accuracy %1").arg(chanceLevel)));

    // occlusion finds the shortcut: blanking the TTL costs the most, by zeros and by swaps
    occlusionFindsTtl(*r.model, data);
}

QTEST_GUILESS_MAIN(TestShortcut)
#include "test_shortcut.moc"
