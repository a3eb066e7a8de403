// Paths and helpers shared by the test suites.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace whyflow::test {

inline QString sourceDir() { return QStringLiteral(WHYFLOW_SOURCE_DIR); }
inline QString sharedDir() { return QStringLiteral(WHYFLOW_SHARED_DIR); }
inline QString demoCapture() { return sourceDir() + QStringLiteral("/resources/demo/demo.pcap"); }
inline QString demoModel() { return sourceDir() + QStringLiteral("/resources/demo/demo.wfm"); }
inline QString ndpiCapture(const QString& name) { return sharedDir() + QStringLiteral("/corpus/ndpi/pcap/") + name; }
inline QString labDir(const QString& site) { return sharedDir() + QStringLiteral("/corpus/lab/") + site; }
inline bool haveCorpus() { return QFileInfo(sharedDir() + QStringLiteral("/corpus/ndpi/labels.csv")).exists(); }

// Runs a program and returns its standard output; empty on failure.
inline QByteArray run(const QString& program, const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) return {};
    return p.readAllStandardOutput();
}

}  // namespace whyflow::test

// Skips a test that needs the shared corpora, saying why.
#define WHYFLOW_REQUIRE_CORPUS()                                                                              \
    do {                                                                                                      \
        if (!whyflow::test::haveCorpus())                                                                     \
            QSKIP(qPrintable(QStringLiteral("the shared corpora are not at %1 (they come with the project's CI; " \
                                            "pass -DWHYFLOW_SHARED_DIR=... to use a copy)")                     \
                                 .arg(whyflow::test::sharedDir())));                                          \
    } while (0)

#define WHYFLOW_REQUIRE_TOOL(tool)                                                              \
    do {                                                                                        \
        if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty())                     \
            QSKIP(tool " is not installed (make test installs it: apt-get install tshark)");   \
    } while (0)
