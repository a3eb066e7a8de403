#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace whyflow::app {

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}; }

void saveLanguage(const QString& lang) { QSettings().setValue(QStringLiteral("language"), lang); }

QString installLanguage(const QString& requested) {
    static QTranslator* current = nullptr;
    QString lang = requested;
    if (lang.isEmpty()) lang = QSettings().value(QStringLiteral("language")).toString();
    if (lang.isEmpty()) {
        const QString system = QLocale::system().name();  // "de_DE", "zh_CN"
        lang = system.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : system.section(QLatin1Char('_'), 0, 0);
    }
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    if (lang == QLatin1String("en") || !availableLanguages().contains(lang)) return QStringLiteral("en");
    const QStringList dirs = {QCoreApplication::applicationDirPath() + QStringLiteral("/../share/whyflow/translations"),
                              QStringLiteral(WHYFLOW_BUILD_QM_DIR)};
    auto* t = new QTranslator(QCoreApplication::instance());
    for (const QString& dir : dirs) {
        if (t->load(QStringLiteral("whyflow_") + lang, dir)) {
            QCoreApplication::installTranslator(t);
            current = t;
            return lang;
        }
    }
    delete t;
    return QStringLiteral("en");
}

}  // namespace whyflow::app
