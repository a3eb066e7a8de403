// Writes a comparison of models (explain::Comparison) as files, for the command line
// (`whyflow-cli compare`) and the window (File > Export comparison): report.md,
// report.json, models.csv/.tex, groups.csv/.tex, disagreements.csv, and the figure
// (tables, group bars per model, confusion matrices side by side) as report.pdf and .png.
#pragma once

#include <QString>
#include <QStringList>

#include "comparison_figure.h"
#include "whyflow/compare.h"

namespace whyflow::app {

widgets::ComparisonFigure comparisonFigure(const explain::Comparison& c);

// Writes every file into dir (created if needed), each atomically. Returns the errors, one per
// file that could not be written.
QStringList writeComparison(const explain::Comparison& c, const QString& dir);

}  // namespace whyflow::app
