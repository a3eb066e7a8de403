// whyflow: the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "language.h"
#include "main_window.h"
#include "theme.h"

// --help and --version print and quit; they must also work without a display (over ssh),
// where the default platform plugin would abort before the options are parsed.
static void useOffscreenForTextOnlyOptions(int argc, char** argv) {
    if (std::getenv("QT_QPA_PLATFORM") || std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY")) return;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "--help-all") ||
            !std::strcmp(a, "-v") || !std::strcmp(a, "--version")) {
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
            return;
        }
    }
}

int main(int argc, char** argv) {
    useOffscreenForTextOnlyOptions(argc, argv);
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
    QCommandLineOption modelOption(QStringLiteral("model"),
                                   QApplication::translate("main", "Model file (.wfm) to classify with; give it several times "
                                                                   "to compare models side by side."),
                                   QStringLiteral("MODEL.wfm"));
    parser.addOption(modelOption);
    QCommandLineOption labelsOption(QStringLiteral("labels"),
                                    QApplication::translate("main", "True labels of the capture's flows (CSV in the nDPI corpus format)."),
                                    QStringLiteral("LABELS.csv"));
    parser.addOption(labelsOption);
    QCommandLineOption categoryOption(QStringLiteral("category-map"),
                                      QApplication::translate("main", "Merges the labels' protocols into categories (CSV: ndpi_master,category)."),
                                      QStringLiteral("MAP.csv"));
    parser.addOption(categoryOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE once the capture "
                                                                        "is classified, then quit (for documentation)."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    QCommandLineOption flowOption(QStringLiteral("select-flow"), QApplication::translate("main", "Flow to select at start."),
                                  QStringLiteral("ID"));
    parser.addOption(flowOption);
    QCommandLineOption themeOption(QStringLiteral("theme"),
                                   QApplication::translate("main", "Window colours for this run: system, light or dark (View ▸ Theme saves a choice)."),
                                   QStringLiteral("THEME"));
    parser.addOption(themeOption);
    QCommandLineOption tabOption(QStringLiteral("tab"),
                                 QApplication::translate("main", "Detail tab to show at start: groups, why, models or faithfulness."),
                                 QStringLiteral("TAB"));
    parser.addOption(tabOption);
    QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Language of the window: en, de or zh_CN."),
                                  QStringLiteral("LANG"));
    parser.addOption(langOption);
    // as process(), but a wrong argument exits with 2, as whyflow-cli does
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "whyflow: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) parser.showVersion();
    if (parser.isSet(categoryOption) && !parser.isSet(labelsOption)) {
        std::fprintf(stderr, "whyflow: --category-map needs --labels (it merges the labels' protocols)\n");
        return 2;
    }
    if (parser.isSet(langOption) && !whyflow::app::availableLanguages().contains(parser.value(langOption))) {
        std::fprintf(stderr, "whyflow: --lang is one of %s, got '%s'\n", qPrintable(whyflow::app::availableLanguages().join(QStringLiteral(", "))),
                     qPrintable(parser.value(langOption)));
        return 2;
    }
    int selectFlow = -1;
    if (parser.isSet(flowOption)) {
        bool ok = false;
        selectFlow = parser.value(flowOption).toInt(&ok);
        if (!ok || selectFlow < 0) {
            std::fprintf(stderr, "whyflow: --select-flow needs a flow number (0 or more), got '%s'\n", qPrintable(parser.value(flowOption)));
            return 2;
        }
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "whyflow: one capture at a time (got %lld)\n", static_cast<long long>(parser.positionalArguments().size()));
        return 2;
    }
    whyflow::app::installLanguage(parser.value(langOption));
    whyflow::app::Theme theme = whyflow::app::savedTheme();
    if (parser.isSet(themeOption)) {
        if (!whyflow::app::parseTheme(parser.value(themeOption), theme)) {
            std::fprintf(stderr, "whyflow: --theme is system, light or dark\n");
            return 2;
        }
    }
    whyflow::app::applyTheme(theme);

    whyflow::app::MainWindow window;
    bool failed = false;  // a file could not be used, or --select-flow named no flow
    // every error the window shows also goes to stderr, for scripts and for --screenshot runs
    QObject::connect(&window, &whyflow::app::MainWindow::errorShown, &window,
                     [&failed](const QString& message) {
                         std::fprintf(stderr, "whyflow: %s\n", qPrintable(message));
                         failed = true;
                     });
    window.show();
    if (selectFlow >= 0) {
        QObject::connect(&window, &whyflow::app::MainWindow::captureReady, &window, [&window, &failed, selectFlow] {
            if (!window.selectFlow(selectFlow)) {
                std::fprintf(stderr, "whyflow: --select-flow %d: the capture has no such flow\n", selectFlow);
                failed = true;
            }
        });
    }
    if (parser.isSet(tabOption)) {
        const QStringList tabs = {QStringLiteral("groups"), QStringLiteral("why"), QStringLiteral("models"), QStringLiteral("faithfulness")};
        const int tab = tabs.indexOf(parser.value(tabOption));
        if (tab < 0) {
            std::fprintf(stderr, "whyflow: --tab is one of %s\n", qPrintable(tabs.join(QStringLiteral(", "))));
            return 2;
        }
        window.detailTabs()->setCurrentIndex(tab);
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, &failed, file] {
            QTimer::singleShot(500, &window, [&window, &failed, file] {
                const bool ok = window.grab().save(file);
                if (!ok) std::fprintf(stderr, "whyflow: %s: cannot write the picture (is the folder there, and is the suffix .png, .jpg or .bmp?)\n", qPrintable(file));
                // a file that could not be used (capture, model, labels) fails the run, as in whyflow-cli
                QApplication::exit(ok && !failed ? 0 : 1);
            });
        };
        // once every model is done and the selected flow's occlusion is in (or 20 s have passed)
        auto shootWhenOccluded = [&window, shoot] {
            if (window.selectedFlowId() < 0) return shoot();
            auto* once = new QObject(&window);
            QObject::connect(&window, &whyflow::app::MainWindow::flowOcclusionShown, once, [once, shoot] {
                once->deleteLater();
                shoot();
            });
            QTimer::singleShot(20000, once, [once, shoot] {
                once->deleteLater();
                shoot();
            });
        };
        if (parser.values(modelOption).isEmpty()) {
            // nothing to classify: the picture once the capture is read (or at once without one)
            if (parser.positionalArguments().isEmpty()) shoot();
            else QObject::connect(&window, &whyflow::app::MainWindow::captureReady, &window, shoot, Qt::SingleShotConnection);
        } else {
            QObject::connect(&window, &whyflow::app::MainWindow::classificationDone, &window, shootWhenOccluded, Qt::SingleShotConnection);
        }
        QObject::connect(&window, &whyflow::app::MainWindow::errorShown, &window, shoot, Qt::SingleShotConnection);
    }
    const QStringList args = parser.positionalArguments();
    const QStringList models = parser.values(modelOption);
    // the models first, so that the capture is read with the packets the models need
    for (int i = 0; i < models.size(); ++i) i == 0 ? window.loadModel(models[i]) : window.addModel(models[i]);
    if (parser.isSet(labelsOption)) window.loadLabels(parser.value(labelsOption), parser.value(categoryOption));  // errors: errorShown
    if (!args.isEmpty()) window.openCapture(args.first());
    return app.exec();
}
