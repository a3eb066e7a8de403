// whyflow: the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "language.h"
#include "main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("whyflow"));
    QApplication::setOrganizationName(QStringLiteral("whyflow"));
    QApplication::setApplicationVersion(QStringLiteral(WHYFLOW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Shows why a traffic classifier labels a flow the way it does."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("capture"), QApplication::translate("main", "Capture file to open (pcap or pcapng)."),
                                 QStringLiteral("[CAPTURE]"));
    QCommandLineOption modelOption(QStringLiteral("model"), QApplication::translate("main", "Model file (.wfm) to classify with."),
                                   QStringLiteral("MODEL.wfm"));
    parser.addOption(modelOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE once the capture "
                                                                        "is classified, then quit (for documentation)."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    QCommandLineOption flowOption(QStringLiteral("select-flow"), QApplication::translate("main", "Flow to select at start."),
                                  QStringLiteral("ID"));
    parser.addOption(flowOption);
    QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Language of the window: en, de or zh_CN."),
                                  QStringLiteral("LANG"));
    parser.addOption(langOption);
    parser.process(app);
    whyflow::app::installLanguage(parser.value(langOption));

    whyflow::app::MainWindow window;
    window.show();
    if (parser.isSet(flowOption)) {
        const int flow = parser.value(flowOption).toInt();
        QObject::connect(&window, &whyflow::app::MainWindow::captureReady, &window, [&window, flow] { window.selectFlow(flow); });
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            QTimer::singleShot(500, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
        };
        QObject::connect(&window, &whyflow::app::MainWindow::classificationDone, &window, shoot);
        QObject::connect(&window, &whyflow::app::MainWindow::errorShown, &window, shoot);
    }
    const QStringList args = parser.positionalArguments();
    const QString model = parser.value(modelOption);
    // the model first, so that the capture is read with the packets the model needs
    if (!model.isEmpty()) window.loadModel(model);
    if (!args.isEmpty()) window.openCapture(args.first());
    return app.exec();
}
