// Every deep model kind learns a separable toy set and keeps its predictions through its
// model file; a model without attention says so.
#include <QTemporaryDir>
#include <QtTest>

#include "synth/traffic_synth.h"
#include "test_support.h"
#include "whyflow/dataset.h"
#include "whyflow/training.h"

using namespace whyflow;

class TestDeepModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void learnsSeparableToySet_data();
    void learnsSeparableToySet();
    void sameSeedSameModel();
    void restrictivePresetKeepsEveryFlow();

private:
    QTemporaryDir dir_;
    dataset::Dataset data_;
};

void TestDeepModels::initTestCase() {
    // web against NTP: different ports, sizes, protocols and payloads
    synth::Generator gen(5);
    synth::SiteSettings site;
    for (const char* cls : {"web", "ntp"}) {
        std::vector<synth::Frame> frames;
        for (int i = 0; i < 60; ++i) gen.addFlow(gen.byName(cls), site, 1700000000.0 + i, frames);
        QVERIFY(synth::writePcap(dir_.filePath(QString::fromLatin1(cls) + QStringLiteral(".pcap")).toStdString(), frames));
    }
    dataset::LoadOptions lo;
    lo.shape = {4, 64};
    data_ = dataset::loadClassDirectory(dir_.path().toStdString(), lo);
    QCOMPARE(data_.samples.size(), size_t{120});
}

// Regression: flows were counted once by their masked tensor, so under a preset that hides
// almost everything (TTL only) distinct flows of different classes looked like one flow
// found in two files and all but the first class's were dropped. A copy of a capture under
// another name is still the same flows, counted once.
void TestDeepModels::restrictivePresetKeepsEveryFlow() {
    dataset::LoadOptions lo;
    lo.shape = {4, 64};
    lo.preset = dataset::FeaturePreset::custom("ttl");
    const dataset::Dataset ttl = dataset::loadClassDirectory(dir_.path().toStdString(), lo);
    QCOMPARE(ttl.samples.size(), size_t{120});
    QCOMPARE(ttl.classCounts(), (std::vector<int>{60, 60}));
    QTemporaryDir twice;
    for (const char* cls : {"web", "ntp"}) {
        const QString name = QString::fromLatin1(cls) + QStringLiteral(".pcap");
        QVERIFY(QFile::copy(dir_.filePath(name), twice.filePath(name)));
    }
    QVERIFY(QDir(twice.path()).mkdir(QStringLiteral("web")));
    QVERIFY(QFile::copy(dir_.filePath(QStringLiteral("web.pcap")), twice.filePath(QStringLiteral("web/copy.pcap"))));
    const dataset::Dataset copied = dataset::loadClassDirectory(twice.path().toStdString(), lo);
    QCOMPARE(copied.samples.size(), size_t{120});
}

void TestDeepModels::learnsSeparableToySet_data() {
    QTest::addColumn<QString>("kind");
    for (const char* k : {"han", "cnn", "lstm", "sae"}) QTest::newRow(k) << QString::fromLatin1(k);
}

void TestDeepModels::learnsSeparableToySet() {
    QFETCH(QString, kind);
    training::TrainOptions to;
    to.kind = kind.toStdString();
    to.maxEpochs = 12;
    to.patience = 4;
    training::TrainResult r = training::train(data_, to);
    qInfo("%s: test accuracy %.3f after %d epochs", qPrintable(kind), r.testAccuracy, r.epochs);
    QVERIFY2(r.testAccuracy >= 0.9, qPrintable(QStringLiteral("%1: %2").arg(kind).arg(r.testAccuracy)));
    QCOMPARE(QString::fromStdString(r.model->info().kind), kind);
    const QString path = dir_.filePath(kind + QStringLiteral(".wfm"));
    r.model->save(path.toStdString());
    auto loaded = models::Model::load(path.toStdString());
    std::vector<const dataset::FlowTensor*> x;
    for (const auto& s : data_.samples) x.push_back(&s.x);
    const auto a = r.model->predict(x), b = loaded->predict(x);
    for (size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].probabilities, b[i].probabilities);
        QCOMPARE(a[i].hasAttention, kind == QLatin1String("han"));
    }
}

// Single-threaded on the CPU, the same seed gives the same split and the same model.
void TestDeepModels::sameSeedSameModel() {
    training::TrainOptions to;
    to.kind = "han";
    to.maxEpochs = 3;
    to.seed = 42;
    to.threads = 1;
    auto a = training::train(data_, to);
    auto b = training::train(data_, to);
    QCOMPARE(a.split.test, b.split.test);
    QCOMPARE(a.split.train, b.split.train);
    std::vector<const dataset::FlowTensor*> x;
    for (const auto& s : data_.samples) x.push_back(&s.x);
    const auto pa = a.model->predict(x), pb = b.model->predict(x);
    for (size_t i = 0; i < pa.size(); ++i) {
        QCOMPARE(pa[i].probabilities, pb[i].probabilities);
        QCOMPARE(pa[i].byteAttention, pb[i].byteAttention);
    }
    to.seed = 43;  // another seed, another split
    QVERIFY(training::train(data_, to).split.test != a.split.test);
}

QTEST_GUILESS_MAIN(TestDeepModels)
#include "test_deep_models.moc"
