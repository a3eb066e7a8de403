// Evaluation metrics on a hand-checked example.
#include <QtTest>

#include "whyflow/metrics.h"

using namespace whyflow;

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void handCheckedExample();
};

void TestMetrics::handCheckedExample() {
    // truth:     a a a a b b c c c c   (a: 4, b: 2, c: 4)
    // predicted: a a b - b b c c a c   (one flow of a predicted as nothing)
    const std::vector<int> truth = {0, 0, 0, 0, 1, 1, 2, 2, 2, 2};
    const std::vector<int> pred = {0, 0, 1, -1, 1, 1, 2, 2, 0, 2};
    const auto r = metrics::evaluate({"a", "b", "c"}, truth, pred);
    QCOMPARE(r.flows, size_t{10});
    QCOMPARE(r.accuracy, 0.7);  // 2 + 2 + 3 correct
    // a: precision 2/3, recall 2/4; b: precision 2/3, recall 1; c: precision 1, recall 3/4
    QVERIFY(std::abs(r.perClass[0].precision - 2.0 / 3) < 1e-12);
    QVERIFY(std::abs(r.perClass[0].recall - 0.5) < 1e-12);
    QVERIFY(std::abs(r.perClass[0].f1 - 4.0 / 7) < 1e-12);
    QVERIFY(std::abs(r.perClass[1].f1 - 0.8) < 1e-12);
    QVERIFY(std::abs(r.perClass[2].f1 - 6.0 / 7) < 1e-12);
    QVERIFY(std::abs(r.macroF1 - (4.0 / 7 + 0.8 + 6.0 / 7) / 3) < 1e-12);
    QCOMPARE(r.perClass[0].support, 4);
    QCOMPARE(r.confusion[0], (std::vector<int>{2, 1, 0}));  // the unpredicted flow is in no column
    QCOMPARE(r.confusion[2], (std::vector<int>{1, 0, 3}));
    QVERIFY(QByteArray::fromStdString(r.toJson()).contains("\"macro_f1\""));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, metrics::evaluate({"a"}, {0, 1}, {0, 0}));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
