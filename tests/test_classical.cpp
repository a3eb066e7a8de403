// C4.5 and 3-NN: the gain-ratio split and pessimistic pruning on worked examples (the
// expected numbers follow Quinlan's formulas and Weka's Stats.addErrs, worked out
// separately), 3-NN on a set small enough to check by hand, and their model files.
#include <QTemporaryDir>
#include <QtTest>

#include "models/classical.h"
#include "test_support.h"
#include "whyflow/model.h"

using namespace whyflow;
using namespace whyflow::models;

namespace {

// a flow tensor whose only non-zero feature is the packet count
dataset::FlowTensor flowWithPackets(const dataset::InputShape& shape, int packets) {
    dataset::FlowTensor t;
    t.bytes.assign(shape.size(), 0);
    t.visible.assign(shape.size(), 0);
    t.present.assign(shape.size(), 0);
    t.fields.assign(shape.size(), 0);
    t.fromClient.assign(shape.packets, 0);
    t.packets = packets;
    return t;
}

// one packet: a TTL byte, then three payload bytes of 7
dataset::FlowTensor flowWithTtl(const dataset::InputShape& shape, uint8_t ttl) {
    dataset::FlowTensor t = flowWithPackets(shape, 1);
    for (int k = 0; k < 4; ++k) {
        t.bytes[k] = k == 0 ? ttl : 7;
        t.visible[k] = t.present[k] = 1;
        t.fields[k] = static_cast<uint8_t>(k == 0 ? FieldId::IpTtl : FieldId::Payload);
    }
    return t;
}

}  // namespace

class TestClassical : public QObject {
    Q_OBJECT
private slots:
    void entropyAndConfidenceBound();
    void gainRatioSplit();
    void pessimisticPruning();
    void subtreeRaising();
    void threeNearestNeighbours();
    void modelFilesRoundTrip();
    void occlusionSetsFeaturesToTrainingMeans();
};

void TestClassical::entropyAndConfidenceBound() {
    QVERIFY(std::abs(c45::entropy({9, 5}) - 0.9402859587) < 1e-9);  // Quinlan's weather data
    QCOMPARE(c45::entropy({4, 0}), 0.0);
    QVERIFY(std::abs(c45::addErrs(6, 0, 0.25) - 1.2377968441) < 1e-8);
    QVERIFY(std::abs(c45::addErrs(16, 1, 0.25) - 1.4757146318) < 1e-6);
    QVERIFY(std::abs(c45::addErrs(10, 2, 0.25) - 1.5185775066) < 1e-6);
}

void TestClassical::gainRatioSplit() {
    // attribute 0 separates the classes at 4; attribute 1 only splits off two flows of a
    const std::vector<float> x = {1, 1, 2, 1, 3, 2, 4, 2, 5, 2, 6, 2, 7, 2, 8, 2};
    const std::vector<int> y = {0, 0, 0, 0, 1, 1, 1, 1};
    const std::vector<size_t> rows = {0, 1, 2, 3, 4, 5, 6, 7};
    const c45::Split s = c45::bestSplit(x, 2, y, 2, rows, c45::Options{});
    QCOMPARE(s.attribute, 0);
    QCOMPARE(s.threshold, 4.0f);
    // gain 1 bit, less log2(5 candidate thresholds) / 8 flows; split information 1 bit
    QVERIFY(std::abs(s.infoGain - 0.7097589881) < 1e-9);
    QVERIFY(std::abs(s.gainRatio - 0.7097589881) < 1e-9);
    // too few flows on a side: no split at all
    const c45::Split none = c45::bestSplit(x, 2, y, 2, {0, 1, 4}, c45::Options{});
    QCOMPARE(none.attribute, -1);
}

void TestClassical::pessimisticPruning() {
    // root {8 a, 2 b} split into {6, 1} and {2, 1}: 2 + 1.519 = 3.519 estimated errors as a
    // leaf against (1 + addErrs(7, 1)) + (1 + addErrs(3, 1)) = 4.386 as a subtree: pruned
    c45::Tree t;
    t.nodes() = {{0, 0.5f, 1, 2, {8, 2}}, {-1, 0, -1, -1, {6, 1}}, {-1, 0, -1, -1, {2, 1}}};
    QVERIFY(std::abs(c45::Tree::leafErrors(t.nodes()[0], 0.25) - 3.5185775066) < 1e-6);
    QVERIFY(std::abs(t.treeErrors(0, 0.25) - 4.3863261585) < 1e-6);
    t.prune(0.25);
    QCOMPARE(t.nodes().size(), size_t{1});
    QCOMPARE(t.leaves(), 1);
    // a clean split of {10, 10} into {10, 0} and {0, 10} stays
    c45::Tree keep;
    keep.nodes() = {{0, 0.5f, 1, 2, {10, 10}}, {-1, 0, -1, -1, {10, 0}}, {-1, 0, -1, -1, {0, 10}}};
    keep.prune(0.25);
    QCOMPARE(keep.nodes().size(), size_t{3});
    // building: the pure split of gainRatioSplit's data is found and kept
    c45::Tree built;
    built.build({1, 2, 3, 4, 5, 6, 7, 8}, 1, {0, 0, 0, 0, 1, 1, 1, 1}, 2, c45::Options{});
    QCOMPARE(built.leaves(), 2);
    const float probe[] = {4.5f};
    QCOMPARE(built.distribution(probe), (std::vector<double>{0, 4}));
}

void TestClassical::subtreeRaising() {
    // rows (x0, x1) -> class: x1 decides; a root split on x0 leaves a large left branch that
    // splits on x1 and a right branch of two rows that cannot
    std::vector<float> x;
    std::vector<int> y;
    for (int i = 0; i < 10; ++i) x.insert(x.end(), {0, 0}), y.push_back(0);
    for (int i = 0; i < 10; ++i) x.insert(x.end(), {0, 1}), y.push_back(1);
    x.insert(x.end(), {1, 0});
    y.push_back(0);
    x.insert(x.end(), {1, 1});
    y.push_back(1);
    c45::Tree t;
    t.nodes() = {{0, 0.5f, 1, 4, {11, 11}},
                 {1, 0.5f, 2, 3, {10, 10}}, {-1, 0, -1, -1, {10, 0}}, {-1, 0, -1, -1, {0, 10}},
                 {-1, 0, -1, -1, {1, 1}}};
    // the largest branch on all 22 rows errs less than the tree: it takes the root's place
    t.prune(x, 2, y, 2, 0.25);
    QCOMPARE(t.nodes().size(), size_t{3});
    QCOMPARE(t.nodes()[0].attribute, 1);
    QCOMPARE(t.nodes()[1].counts, (std::vector<double>{11, 0}));  // the right branch's rows went through it
    QCOMPARE(t.nodes()[2].counts, (std::vector<double>{0, 11}));
}

void TestClassical::threeNearestNeighbours() {
    const dataset::InputShape shape{1, 4};
    dataset::Dataset data;
    data.classes = {"a", "b"};
    data.shape = shape;
    data.preset = dataset::FeaturePreset::wellKnown();
    for (int p : {1, 2, 3}) data.samples.push_back({flowWithPackets(shape, p), 0, "", 0});
    for (int p : {10, 11, 12}) data.samples.push_back({flowWithPackets(shape, p), 1, "", 0});
    ModelInfo info;
    info.classes = data.classes;
    info.shape = shape;
    info.preset = data.preset;
    auto model = trainClassical("knn", data, {0, 1, 2, 3, 4, 5}, info);
    // 4 packets: neighbours 3, 2, 1 (all a); 9: 10, 11, 12 (all b); 7: 10 (3 away), 3 and 11 (4 away): b, b, a
    const auto q4 = flowWithPackets(shape, 4), q9 = flowWithPackets(shape, 9), q7 = flowWithPackets(shape, 7);
    const auto p = model->predict({&q4, &q9, &q7});
    QCOMPARE(p[0].predicted, 0);
    QCOMPARE(p[0].probabilities[0], 1.0f);
    QCOMPARE(p[1].predicted, 1);
    QCOMPARE(p[2].predicted, 1);
    QVERIFY(std::abs(p[2].probabilities[1] - 2.0f / 3) < 1e-6);
}

void TestClassical::modelFilesRoundTrip() {
    const dataset::InputShape shape{1, 4};
    dataset::Dataset data;
    data.classes = {"a", "b"};
    data.shape = shape;
    data.preset = dataset::FeaturePreset::wellKnown();
    std::vector<size_t> rows;
    for (int p = 1; p <= 20; ++p) {
        data.samples.push_back({flowWithPackets(shape, p), p > 10 ? 1 : 0, "", 0});
        rows.push_back(rows.size());
    }
    ModelInfo info;
    info.classes = data.classes;
    info.shape = shape;
    info.preset = data.preset;
    QTemporaryDir dir;
    for (const char* kind : {"c45", "knn"}) {
        auto model = trainClassical(kind, data, rows, info);
        const QString path = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".wfm"));
        model->save(path.toStdString());
        auto loaded = Model::load(path.toStdString());
        QCOMPARE(QString::fromStdString(loaded->info().kind), QString::fromLatin1(kind));
        std::vector<const dataset::FlowTensor*> x;
        for (const auto& s : data.samples) x.push_back(&s.x);
        const auto a = model->predict(x), b = loaded->predict(x);
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].predicted, b[i].predicted);
            QCOMPARE(a[i].probabilities, b[i].probabilities);
            QCOMPARE(a[i].predicted, data.samples[i].label);  // both separate this data
        }
    }
}

// C4.5 splits class a (TTL 10) from b (TTL 30) at 10. Blanked to the training mean (20),
// every flow goes to b; blanked to zero, every flow would go to a. Other groups change nothing.
void TestClassical::occlusionSetsFeaturesToTrainingMeans() {
    const dataset::InputShape shape{1, 4};
    dataset::Dataset data;
    data.classes = {"a", "b"};
    data.shape = shape;
    data.preset = dataset::FeaturePreset::full();
    std::vector<size_t> rows;
    for (int i = 0; i < 20; ++i) {
        data.samples.push_back({flowWithTtl(shape, i < 10 ? 10 : 30), i < 10 ? 0 : 1, "", 0});
        rows.push_back(rows.size());
    }
    ModelInfo info;
    info.classes = data.classes;
    info.shape = shape;
    info.preset = data.preset;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c45.wfm"));
    trainClassical("c45", data, rows, info)->save(path.toStdString());
    auto model = Model::load(path.toStdString());  // the means travel in the file
    std::vector<const dataset::FlowTensor*> x;
    for (const auto& s : data.samples) x.push_back(&s.x);
    const auto plain = model->predict(x);
    const auto withoutTtl = model->predictWithout(x, FieldGroup::Ttl);
    const auto withoutPayload = model->predictWithout(x, FieldGroup::Payload);
    for (size_t i = 0; i < x.size(); ++i) {
        QCOMPARE(plain[i].predicted, data.samples[i].label);
        QCOMPARE(withoutTtl[i].predicted, 1);
        QCOMPARE(withoutPayload[i].predicted, plain[i].predicted);
    }
    // the default blanking of the deep models: zeros, which here would send everything to a
    std::vector<dataset::FlowTensor> zeroed;
    for (const auto& s : data.samples) {
        zeroed.push_back(s.x);
        dataset::Tensorizer::zeroGroup(zeroed.back(), FieldGroup::Ttl);
    }
    QCOMPARE(model->predict({&zeroed.front()}).front().predicted, 0);
}

QTEST_GUILESS_MAIN(TestClassical)
#include "test_classical.moc"
