// Light or dark window colours: the system's palette, or Fusion with a light or a dark
// palette of whyflow's own. Every view takes its colours from the palette and repaints
// when it changes.
#pragma once

#include <QString>

namespace whyflow::app {

enum class Theme { System, Light, Dark };

// "system", "light", "dark"; false for anything else
bool parseTheme(const QString& name, Theme& theme);
QString themeName(Theme theme);
// Applies a theme to the running application.
void applyTheme(Theme theme);
Theme savedTheme();
void saveTheme(Theme theme);

}  // namespace whyflow::app
