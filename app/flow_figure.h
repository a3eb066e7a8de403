// One flow's explanation in the plain data the figure code draws, and its Why table as CSV
// and LaTeX: shared by the window (File ▸ Export…) and `whyflow-cli explain`.
#pragma once

#include <QString>
#include <QVector>
#include <vector>

#include "figure_export.h"
#include "whyflow/explain.h"
#include "whyflow/flow.h"
#include "whyflow/model.h"

namespace whyflow::app {

// "Flow 9 (TCP 192.0.2.1:41345 -> 198.51.100.7:80): web (0.997)"
QString flowTitle(const flow::Flow& f, const explain::FlowExplanation& e, const models::ModelInfo& info);

// The figure of one classified flow. occlusionByGroup, when not empty, holds the drop of the
// predicted class's probability per field group (indexed by FieldGroup, < 0 where unknown).
widgets::FlowFigure buildFlowFigure(const flow::Flow& f, const explain::FlowExplanation& e, const models::ModelInfo& info,
                                    const QVector<double>& occlusionByGroup = {}, int topPackets = 3, int window = 8);

// The Why table as CSV (header packet,attention,window_start,window_length,window_share,bytes,fields)
QString whyTableCsv(const std::vector<explain::WhyRow>& rows);
// and as a LaTeX booktabs tabular, with the title as a comment line above it.
QString whyTableLatex(const std::vector<explain::WhyRow>& rows, const QString& title);

}  // namespace whyflow::app
