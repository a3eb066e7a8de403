// Model files: the round trip keeps predictions; damaged, truncated, foreign and
// mismatched files give a clear error that names the file, and never a crash.
#include <QTemporaryDir>
#include <QtTest>

#include "test_support.h"
#include "whyflow/explain.h"
#include "whyflow/flow.h"
#include "whyflow/model.h"

using namespace whyflow;

namespace {

uint32_t crc32(const QByteArray& data) {
    uint32_t c = 0xffffffffu;
    for (char ch : data) {
        c ^= static_cast<uint8_t>(ch);
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
    return ~c;
}

// A minimal stored (uncompressed) zip archive holding the given files.
QByteArray makeZip(const QList<QPair<QByteArray, QByteArray>>& files) {
    QByteArray out, central;
    auto le16 = [](QByteArray& b, uint16_t v) { b.append(static_cast<char>(v & 0xff)).append(static_cast<char>(v >> 8)); };
    auto le32 = [&le16](QByteArray& b, uint32_t v) { le16(b, v & 0xffff); le16(b, v >> 16); };
    for (const auto& [name, data] : files) {
        const uint32_t offset = static_cast<uint32_t>(out.size());
        const uint32_t crc = crc32(data);
        le32(out, 0x04034b50);
        le16(out, 20); le16(out, 0); le16(out, 0); le16(out, 0); le16(out, 0);
        le32(out, crc); le32(out, data.size()); le32(out, data.size());
        le16(out, name.size()); le16(out, 0);
        out += name + data;
        le32(central, 0x02014b50);
        le16(central, 20); le16(central, 20); le16(central, 0); le16(central, 0); le16(central, 0); le16(central, 0);
        le32(central, crc); le32(central, data.size()); le32(central, data.size());
        le16(central, name.size()); le16(central, 0); le16(central, 0); le16(central, 0); le16(central, 0);
        le32(central, 0); le32(central, offset);
        central += name;
    }
    const uint32_t cdOffset = static_cast<uint32_t>(out.size());
    out += central;
    le32(out, 0x06054b50);
    le16(out, 0); le16(out, 0); le16(out, files.size()); le16(out, files.size());
    le32(out, central.size()); le32(out, cdOffset); le16(out, 0);
    return out;
}

// tensors.json for a hand-made archive: the checksum of whyflow.json and of each tensor
QByteArray manifest(const QByteArray& info, const QByteArray& tensor = {}, int count = 0, const QByteArray& data = {}) {
    QByteArray tensors = "[]";
    if (!tensor.isEmpty())
        tensors = "[{\"name\":\"" + tensor + "\",\"dtype\":\"float32\",\"shape\":[" + QByteArray::number(count) +
                  "],\"crc32\":" + QByteArray::number(crc32(data)) + "}]";
    return "{\"info_crc32\":" + QByteArray::number(crc32(info)) + ",\"tensors\":" + tensors + "}";
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

std::vector<models::Prediction> predictDemo(const models::Model& m) {
    flow::IngestOptions io;
    io.visiblePackets = m.info().shape.packets;
    flow::CaptureData cap = flow::ingest(test::demoCapture().toStdString(), io);
    std::vector<models::Prediction> out;
    for (auto& e : explain::classifyFlows(cap.flows, m)) out.push_back(e.prediction);
    return out;
}

}  // namespace

class TestModelFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripPredictsTheSame();
    void badFilesGiveClearErrors_data();
    void badFilesGiveClearErrors();
    void inputShapeMismatchIsRefused();
    void saveToAnImpossiblePlaceFails();
};

void TestModelFile::roundTripPredictsTheSame() {
    auto original = models::Model::load(test::demoModel().toStdString());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.wfm"));
    original->save(copy.toStdString());
    auto reloaded = models::Model::load(copy.toStdString());
    QCOMPARE(reloaded->info().toJson(), original->info().toJson());
    const auto a = predictDemo(*original), b = predictDemo(*reloaded);
    QCOMPARE(a.size(), b.size());
    QVERIFY(!a.empty());
    for (size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].predicted, b[i].predicted);
        QCOMPARE(a[i].probabilities, b[i].probabilities);
        QCOMPARE(a[i].packetAttention, b[i].packetAttention);
        QCOMPARE(a[i].byteAttention, b[i].byteAttention);
    }
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
}

void TestModelFile::badFilesGiveClearErrors_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");  // part of the message
    const QByteArray good = readAll(test::demoModel());
    QVERIFY(good.size() > 1000);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a readable model file");
    QTest::newRow("text") << QByteArray("hello, I am not a model\n") << QStringLiteral("not a readable model file");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated or damaged");
    QTest::newRow("tail cut") << good.left(good.size() - 30) << QStringLiteral("truncated or damaged");
    QByteArray flipped = good;
    for (int i = good.size() / 3; i < good.size() / 3 + 64; ++i) flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
    QTest::newRow("damaged") << flipped << QStringLiteral("model file");
    QTest::newRow("foreign zip") << makeZip({{"data/readme.txt", "not a model"}}) << QStringLiteral("not a readable whyflow model");
    QTest::newRow("other torch archive") << makeZip({{"archive/version", "3\n"}, {"archive/data.pkl", "\x80\x02"}})
                                         << QStringLiteral("no whyflow.json");
    QTest::newRow("bad json") << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", "{ nope"}, {"archive/tensors.json", manifest("{ nope")}}) << QStringLiteral("not valid JSON");
    QTest::newRow("foreign json") << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", R"({"format":"something-else"})"},
                                            {"archive/tensors.json", manifest(R"({"format":"something-else"})")}})
                                  << QStringLiteral("does not describe a whyflow model");
    const QByteArray info =
        R"({"format":"whyflow-model","format_version":1,"kind":"han","classes":["a","b"],)"
        R"("input":{"packets":8,"bytes":128},"preset":{"name":"full"}})";
    QTest::newRow("edited json") << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", info},
                                             {"archive/tensors.json", manifest(info + " ")}})
                                 << QStringLiteral("does not match its checksum");
    QTest::newRow("no manifest") << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", info}}) << QStringLiteral("manifest is missing");
    QTest::newRow("short tensor")
        << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", info},
                    {"archive/tensors.json", manifest(info, "classifier.bias", 2, QByteArray(4, '\0'))},
                    {"archive/tensors/classifier.bias", QByteArray(4, '\0')}})
        << QStringLiteral("has 4 bytes, expected 8");
    QTest::newRow("missing weights")
        << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", info},
                    {"archive/tensors.json", manifest(info, "classifier.bias", 2, QByteArray(8, '\0'))},
                    {"archive/tensors/classifier.bias", QByteArray(8, '\0')}})
        << QStringLiteral("is missing");
    QByteArray unknownKind = info;
    unknownKind.replace("\"han\"", "\"transformer\"");
    QTest::newRow("unknown kind") << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", unknownKind}, {"archive/tensors.json", manifest(unknownKind)}})
                                  << QStringLiteral("'transformer' is not supported");
    QByteArray badShape = info;
    badShape.replace("\"bytes\":128", "\"bytes\":-5");
    // what the helper's damaged files got through before: every one must be refused
    auto withInfo = [&](const QByteArray& j) {
        return makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", j}, {"archive/tensors.json", manifest(j)}});
    };
    QByteArray twice = info;
    twice.replace("\"classes\":[\"a\",\"b\"]", "\"classes\":[\"a\",\"b\",\"a\"]");
    QTest::newRow("class named twice") << withInfo(twice) << QStringLiteral("the class 'a' is named twice");
    QByteArray unnamed = info;
    unnamed.replace("\"classes\":[\"a\",\"b\"]", "\"classes\":[\"a\",\"\"]");
    QTest::newRow("class without a name") << withInfo(unnamed) << QStringLiteral("class 1 has no name");
    QByteArray link = info;
    link.replace("\"bytes\":128", "\"bytes\":128,\"start_layer\":\"link\"");
    QTest::newRow("link start layer") << withInfo(link) << QStringLiteral("start layer 'link' is not supported");
    QByteArray noGroups = info;
    noGroups.replace("{\"name\":\"full\"}", "{\"name\":\"custom\",\"groups\":[]}");
    QTest::newRow("custom preset without groups") << withInfo(noGroups) << QStringLiteral("keeps no field group");
    QTest::newRow("impossible shape") << makeZip({{"archive/version", "3\n"}, {"archive/whyflow.json", badShape}, {"archive/tensors.json", manifest(badShape)}}) << QStringLiteral("impossible input shape");
}

void TestModelFile::badFilesGiveClearErrors() {
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.wfm"));
    writeAll(path, content);
    try {
        auto m = models::Model::load(path.toStdString());
        QFAIL("a bad model file was accepted");
    } catch (const models::ModelError& e) {
        const QString msg = QString::fromStdString(e.what());
        QVERIFY2(msg.startsWith(path + QStringLiteral(": ")), qPrintable(msg));
        QVERIFY2(msg.contains(expected), qPrintable(msg));
        QVERIFY2(!msg.contains(QLatin1Char('\n')), qPrintable(msg));
    }
}

void TestModelFile::inputShapeMismatchIsRefused() {
    auto model = models::Model::load(test::demoModel().toStdString());
    dataset::InputShape other{model->info().shape.packets, model->info().shape.bytes / 2};
    dataset::Tensorizer tensorizer(other, model->info().preset);
    flow::CaptureData cap = flow::ingest(test::demoCapture().toStdString());
    const dataset::FlowTensor t = tensorizer.make(cap.flows.front());
    try {
        model->predict({&t});
        QFAIL("a tensor of the wrong shape was accepted");
    } catch (const models::ModelError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("the model expects")), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(models::ModelError, models::Model::load("/nonexistent/model.wfm"));
}

void TestModelFile::saveToAnImpossiblePlaceFails() {
    auto model = models::Model::load(test::demoModel().toStdString());
    QVERIFY_THROWS_EXCEPTION(models::ModelError, model->save("/nonexistent-folder/sub/model.wfm"));
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "test_model_file.moc"
