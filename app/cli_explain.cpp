// whyflow-cli explain: one flow's explanation without a display, for batch use: the Why
// table (the paper's Table 2: top packets, their most attended bytes, what those bytes
// are) as text, CSV or LaTeX, and a figure (PNG, SVG or PDF) of packet attention, the
// byte heatmap, field-group shares and the table.
#include <QGuiApplication>
#include <QPainter>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

#include "cli_commands.h"
#include "figure_export.h"
#include "whyflow/explain.h"
#include "whyflow/flow.h"
#include "whyflow/model.h"

namespace whyflow::cli {
namespace {

std::string latexEscape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': case '%': case '$': case '#': case '_': case '{': case '}': out += '\\'; out += c; break;
        case '\\': out += "\\textbackslash{}"; break;
        case '~': out += "\\textasciitilde{}"; break;
        case '^': out += "\\textasciicircum{}"; break;
        default: out += c;
        }
    }
    return out;
}

std::string csvQuote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
    return out;
}

}  // namespace

int cmdExplain(const Args& a, std::atomic<bool>& cancel) {
    const std::string modelPath = a.get("model"), format = a.get("format", "text"), out = a.get("out");
    if (modelPath.empty() || a.positional.size() != 1 || !a.has("flow"))
        throw std::invalid_argument("explain needs --model MODEL.wfm CAPTURE --flow ID");
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
    const auto rows = explain::whyRows(f, p, info.shape, static_cast<int>(a.number("top", 3)), static_cast<int>(a.number("window", 8)));
    char title[256];
    std::snprintf(title, sizeof title, "Flow %ld (%s %s -> %s): %s (%.3f)", flowId, f.l4Name().c_str(), f.clientText().c_str(),
                  f.serverText().c_str(), info.classes[p.predicted].c_str(), p.probabilities[p.predicted]);
    if (!p.hasAttention) std::fprintf(stderr, "whyflow-cli: a %s model has no attention: no Why table\n", info.kind.c_str());

    if (format == "csv") {
        std::printf("packet,attention,window_start,window_length,window_share,bytes,fields\n");
        for (const auto& r : rows)
            std::printf("%d,%.6f,%d,%d,%.6f,%s,%s\n", r.packet + 1, r.attention, r.windowStart, r.windowLength, r.windowShare,
                        r.hex.c_str(), csvQuote(join(r.fields, "; ")).c_str());
    } else if (format == "latex") {
        std::printf("%% %s\n\\begin{tabular}{rrll}\n\\toprule\nPacket & Attention & Bytes (hex) & Decoded \\\\\n\\midrule\n",
                    latexEscape(title).c_str());
        for (const auto& r : rows)
            std::printf("%d & %.3f & \\texttt{%s} & %s \\\\\n", r.packet + 1, r.attention, r.hex.c_str(),
                        latexEscape(join(r.fields, "; ")).c_str());
        std::printf("\\bottomrule\n\\end{tabular}\n");
    } else if (format == "json") {
        nlohmann::ordered_json j;
        j["title"] = title;
        j["rows"] = nlohmann::ordered_json::array();
        for (const auto& r : rows)
            j["rows"].push_back({{"packet", r.packet + 1}, {"attention", r.attention}, {"window_start", r.windowStart},
                                 {"window_length", r.windowLength}, {"window_share", r.windowShare}, {"bytes", r.hex},
                                 {"fields", r.fields}});
        std::cout << j.dump(2) << "\n";
    } else {
        std::printf("%s\n\n%-7s %9s  %-24s %s\n", title, "packet", "attention", "bytes", "decoded");
        for (const auto& r : rows) std::printf("%-7d %9.3f  %-24s %s\n", r.packet + 1, r.attention, r.hex.c_str(), join(r.fields, "; ").c_str());
    }

    if (!out.empty()) {
        const auto app = figureApplication();
        widgets::FlowFigure fig;
        fig.title = QString::fromStdString(title);
        const int N = info.shape.packets, M = info.shape.bytes;
        if (p.hasAttention) {
            for (int k = 0; k < N && k < static_cast<int>(f.visible.size()); ++k) fig.packetAttention << p.packetAttention[k];
            const int top = rows.empty() ? 0 : rows.front().packet;
            const auto& v = f.visible[top];
            const int len = std::min(M, std::max(0, v.netEnd - v.netOffset));
            fig.heatBytes = QByteArray(reinterpret_cast<const char*>(v.bytes.data()) + v.netOffset, len);
            for (int b = 0; b < len; ++b) fig.heatShares << p.packetAttention[top] * p.byteAttention[static_cast<size_t>(top) * M + b];
            fig.heatCaption = QStringLiteral("packet %1 (β = %2), bytes from the IP header, coloured by β·α").arg(top + 1).arg(p.packetAttention[top], 0, 'f', 3);
        }
        for (int g = 0; g < kGroupCount; ++g) {
            const auto group = static_cast<FieldGroup>(g);
            if (groupKind(group) == GroupKind::NotInput) continue;
            widgets::GroupBar b;
            b.label = QString::fromUtf8(groupLabel(group).data(), static_cast<int>(groupLabel(group).size()));
            b.siteDependent = groupKind(group) == GroupKind::SiteDependent;
            b.flowShare = e.shares[g];
            fig.groups << b;
        }
        fig.whyHeader = {QStringLiteral("packet"), QStringLiteral("β"), QStringLiteral("bytes"), QStringLiteral("decoded")};
        for (const auto& r : rows)
            fig.whyRows << QStringList{QString::number(r.packet + 1), QString::number(r.attention, 'f', 3), QString::fromStdString(r.hex),
                                       QString::fromStdString(join(r.fields, "; "))};
        widgets::FigureSize size;
        size.widthCm = a.real("width-cm", 17);
        size.heightCm = a.real("height-cm", 12);
        size.dpi = static_cast<int>(a.number("dpi", 300));
        const QString err = widgets::exportFigure(QString::fromStdString(out), size,
                                                  [&](QPainter& painter, double w, double h) { widgets::drawFlowFigure(painter, w, h, fig); });
        if (!err.isEmpty()) {
            std::cerr << "whyflow-cli: " << err.toStdString() << "\n";
            return 1;
        }
        std::fprintf(stderr, "wrote %s\n", out.c_str());
    }
    return 0;
}

}  // namespace whyflow::cli
