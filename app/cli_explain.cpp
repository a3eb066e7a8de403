// whyflow-cli explain: one flow's explanation without a display, for batch use: the Why
// table (the paper's Table 2: top packets, their most attended bytes, what those bytes
// are) as text, CSV or LaTeX, and a figure (PNG, SVG or PDF) of any of packet attention,
// the byte heatmap, field-group shares and the table, built as the window builds it.
#include <QGuiApplication>
#include <QPainter>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

#include "cli_commands.h"
#include "figure_export.h"
#include "flow_figure.h"
#include "whyflow/explain.h"
#include "whyflow/flow.h"
#include "whyflow/importance.h"
#include "whyflow/model.h"

namespace whyflow::cli {
namespace {

std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
    return out;
}

// "12cm", "120mm", "4.5in" or a plain number (centimetres) -> centimetres
double lengthCm(const Args& a, const std::string& name, double fallbackCm) {
    if (!a.has(name)) return fallbackCm;
    const std::string text = a.get(name);
    size_t used = 0;
    double v = 0;
    try {
        v = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    const std::string unit = used ? text.substr(used) : std::string();
    double cm = -1;
    if (used && (unit.empty() || unit == "cm")) cm = v;
    else if (used && unit == "mm") cm = v / 10;
    else if (used && unit == "in") cm = v * widgets::kCmPerInch;
    if (cm <= 0) throw std::invalid_argument("--" + name + " needs a positive length such as 12cm or 4.5in, got '" + text + "'");
    return cm;
}

}  // namespace

int cmdExplain(const Args& a, std::atomic<bool>& cancel) {
    const std::string modelPath = a.single("model"), format = a.choice("format", "text", {"text", "csv", "latex", "json"}),
                      out = a.get("out");
    if (modelPath.empty() || a.positional.size() != 1 || !a.has("flow"))
        throw std::invalid_argument("explain needs --model MODEL.wfm CAPTURE --flow ID");
    if (a.has("width-cm") || a.has("height-cm"))
        throw std::invalid_argument("--width-cm and --height-cm are now --width and --height with a unit (17cm, 6.5in)");
    // the figure's options, checked before the (slow) work
    widgets::ExportOptions options;
    options.size.widthCm = lengthCm(a, "width", 17);
    options.size.heightCm = lengthCm(a, "height", 12);
    options.size.dpi = static_cast<int>(a.number("dpi", 300));
    if (options.size.dpi <= 0) throw std::invalid_argument("--dpi needs a positive number");
    if (a.has("views")) {
        QString error;
        options.views = widgets::parseFigureViews(QString::fromStdString(a.get("views")), &error);
        if (!options.views) throw std::invalid_argument("--views: " + error.toStdString());
    }
    const long flowId = a.number("flow", 0);
    auto model = models::Model::load(modelPath);
    const auto& info = model->info();
    flow::IngestOptions io;
    io.visiblePackets = info.shape.packets;
    const flow::CaptureData cap = flow::ingest(a.positional.front(), io, &cancel);
    if (flowId < 0 || flowId >= static_cast<long>(cap.flows.size()))
        throw std::invalid_argument(a.positional.front() + " has no flow " + std::to_string(flowId) + " (it has " +
                                    std::to_string(cap.flows.size()) + ")");
    const flow::Flow& f = cap.flows[static_cast<size_t>(flowId)];
    const auto e = explain::classifyFlows({f}, *model).front();
    const auto& p = e.prediction;
    const int top = static_cast<int>(a.number("top", 3, 1, 1024)), window = static_cast<int>(a.number("window", 8, 1, 1500));
    const auto rows = explain::whyRows(f, p, info.shape, top, window);
    auto frameNumber = [&f](int k) { return k < static_cast<int>(f.packetIndices.size()) ? static_cast<long long>(f.packetIndices[k]) + 1 : 0LL; };
    const QString title = app::flowTitle(f, e, info);
    if (!p.hasAttention) std::fprintf(stderr, "whyflow-cli: a %s model has no attention: no Why table\n", info.kind.c_str());

    if (format == "csv") {
        std::cout << app::whyTableCsv(rows).toStdString();
    } else if (format == "latex") {
        std::cout << app::whyTableLatex(rows, title).toStdString();
    } else if (format == "json") {
        nlohmann::ordered_json j;
        j["title"] = title.toStdString();
        j["rows"] = nlohmann::ordered_json::array();
        for (const auto& r : rows)
            j["rows"].push_back({{"packet", r.packet + 1}, {"number", frameNumber(r.packet)}, {"attention", r.attention}, {"window_start", r.windowStart},
                                 {"window_length", r.windowLength}, {"window_share", r.windowShare}, {"bytes", r.hex},
                                 {"fields", r.fields}});
        std::cout << j.dump(2) << "\n";
    } else {
        // "packet": its place in the flow; "no.": its number in the capture (as inspect --packet takes it)
        std::printf("%s\n\n%-7s %-8s %9s  %-24s %s\n", title.toStdString().c_str(), "packet", "no.", "attention", "bytes", "decoded");
        for (const auto& r : rows)
            std::printf("%-7d %-8lld %9.3f  %-24s %s\n", r.packet + 1, frameNumber(r.packet), r.attention, r.hex.c_str(), join(r.fields, "; ").c_str());
    }
    std::fflush(stdout);

    if (!out.empty()) {
        const auto gui = figureApplication();
        // the field groups with the flow's occlusion drops, as the window shows them
        QVector<double> drop;
        if (options.views.testFlag(widgets::GroupsView) && !a.has("no-occlusion")) {
            const dataset::Tensorizer tensorizer(info.shape, info.preset);
            const explain::FlowOcclusion occ = explain::occludeFlow(*model, tensorizer.make(f));
            drop.fill(-1.0, kGroupCount);
            for (int g : occ.groups) drop[g] = occ.drop[g];
        }
        const widgets::FlowFigure fig = app::buildFlowFigure(f, e, info, drop, top, window);
        const QString err = widgets::exportFlowFigure(QString::fromStdString(out), fig, options);
        if (!err.isEmpty()) {
            std::cerr << "whyflow-cli: " << err.toStdString() << "\n";
            return 1;
        }
        std::fprintf(stderr, "wrote %s\n", out.c_str());
    }
    return 0;
}

}  // namespace whyflow::cli
