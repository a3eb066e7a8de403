// The language of the window: German, Simplified Chinese or English.
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace whyflow::app {

QStringList availableLanguages();  // "en", "de", "zh_CN"
// Installs the translation for lang ("" = the saved choice, else the system's); returns the
// language in effect. The translator lives as long as the application.
QString installLanguage(const QString& lang);
void saveLanguage(const QString& lang);

}  // namespace whyflow::app
