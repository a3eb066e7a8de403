// Commands of whyflow-cli that live in files of their own.
#pragma once

#include <atomic>
#include <memory>

class QGuiApplication;

#include "cli_args.h"

namespace whyflow::cli {

// Trains every kind under every preset and writes the tables, results and figures.
int cmdExperiment(const Args& a, std::atomic<bool>& cancel);

}  // namespace whyflow::cli

namespace whyflow::cli {

// The explanation of one flow: the Why table (text, CSV, LaTeX, JSON) and a figure.
int cmdExplain(const Args& a, std::atomic<bool>& cancel);

}  // namespace whyflow::cli

namespace whyflow::cli {

// Several models on the same labelled flows: accuracy, site-dependent shares by attention and
// occlusion, agreement, confusion matrices side by side (report.md/.json/.pdf, CSV, LaTeX).
int cmdCompare(const Args& a, std::atomic<bool>& cancel);

}  // namespace whyflow::cli

namespace whyflow::cli {

// A QGuiApplication for drawing figures (QPainter); offscreen when there is no display.
std::unique_ptr<QGuiApplication> figureApplication();

}  // namespace whyflow::cli
