#include "flow_figure.h"

#include <QObject>

#include <algorithm>

#include "group_chart.h"

namespace whyflow::app {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString latexEscape(const QString& s) {
    QString out;
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '&': case '%': case '$': case '#': case '_': case '{': case '}': out += QLatin1Char('\\'); out += c; break;
        case '\\': out += QStringLiteral("\\textbackslash{}"); break;
        case '~': out += QStringLiteral("\\textasciitilde{}"); break;
        case '^': out += QStringLiteral("\\textasciicircum{}"); break;
        default: out += c;
        }
    }
    return out;
}

QString csvQuote(const QString& s) {
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString joined(const std::vector<std::string>& v, const QString& sep) {
    QStringList out;
    for (const auto& s : v) out << qs(s);
    return out.join(sep);
}

}  // namespace

QString flowTitle(const flow::Flow& f, const explain::FlowExplanation& e, const models::ModelInfo& info) {
    const auto& p = e.prediction;
    const bool known = p.predicted >= 0 && p.predicted < static_cast<int>(info.classes.size()) &&
                       p.predicted < static_cast<int>(p.probabilities.size());
    return QStringLiteral("Flow %1 (%2 %3 -> %4): %5 (%6)")
        .arg(f.id)
        .arg(qs(f.l4Name()), qs(f.clientText()), qs(f.serverText()), known ? qs(info.classes[p.predicted]) : QStringLiteral("?"))
        .arg(known ? p.probabilities[p.predicted] : 0.0, 0, 'f', 3);
}

widgets::FlowFigure buildFlowFigure(const flow::Flow& f, const explain::FlowExplanation& e, const models::ModelInfo& info,
                                    const QVector<double>& occlusionByGroup, int topPackets, int window) {
    const auto& p = e.prediction;
    widgets::FlowFigure fig;
    fig.title = flowTitle(f, e, info);
    const int N = info.shape.packets, M = info.shape.bytes;
    const auto rows = explain::whyRows(f, p, info.shape, topPackets, window);
    const int seen = std::min<int>(N, static_cast<int>(f.visible.size()));
    if (p.hasAttention && seen > 0 && static_cast<int>(p.packetAttention.size()) >= seen) {
        for (int k = 0; k < seen; ++k) fig.packetAttention << p.packetAttention[k];
        // the heatmap shows the packet the Why table starts with: the most attended one
        int top = 0;
        for (int k = 0; k < seen; ++k)
            if (p.packetAttention[k] > p.packetAttention[top]) top = k;
        if (!rows.empty() && rows.front().packet < seen) top = rows.front().packet;
        const auto& v = f.visible[static_cast<size_t>(top)];
        const int len = std::clamp(v.netEnd - v.netOffset, 0, M);
        fig.heatBytes = QByteArray(reinterpret_cast<const char*>(v.bytes.data()) + v.netOffset, len);
        for (int b = 0; b < len; ++b) {
            const size_t idx = static_cast<size_t>(top) * M + b;
            fig.heatShares << (idx < p.byteAttention.size() ? p.packetAttention[top] * p.byteAttention[idx] : 0.0);
        }
        fig.heatCaption = QObject::tr("packet %1 (β = %2), bytes from the IP header").arg(top + 1).arg(p.packetAttention[top], 0, 'f', 3);
    }
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<FieldGroup>(g);
        if (groupKind(group) == GroupKind::NotInput) continue;
        widgets::GroupBar b;
        b.name = QString::fromLatin1(groupName(group).data(), static_cast<int>(groupName(group).size()));
        b.label = widgets::groupLabelText(b.name, QString::fromUtf8(groupLabel(group).data(), static_cast<int>(groupLabel(group).size())));
        b.siteDependent = groupKind(group) == GroupKind::SiteDependent;
        b.flowShare = p.hasAttention ? e.shares[g] : 0.0;
        if (g < occlusionByGroup.size()) b.occlusion = occlusionByGroup[g];
        fig.groups << b;
    }
    fig.whyHeader = {QObject::tr("packet"), QStringLiteral("β"), QObject::tr("bytes"), QObject::tr("decoded")};
    for (const auto& r : rows)
        fig.whyRows << QStringList{QString::number(r.packet + 1), QString::number(r.attention, 'f', 3), qs(r.hex),
                                   joined(r.fields, QStringLiteral("\n"))};
    return fig;
}

QString whyTableCsv(const std::vector<explain::WhyRow>& rows) {
    QString out = QStringLiteral("packet,attention,window_start,window_length,window_share,bytes,fields\n");
    for (const auto& r : rows)
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(r.packet + 1)
                   .arg(r.attention, 0, 'f', 6)
                   .arg(r.windowStart)
                   .arg(r.windowLength)
                   .arg(r.windowShare, 0, 'f', 6)
                   .arg(qs(r.hex), csvQuote(joined(r.fields, QStringLiteral("; "))));
    return out;
}

QString whyTableLatex(const std::vector<explain::WhyRow>& rows, const QString& title) {
    QString out = QStringLiteral("% %1\n\\begin{tabular}{rrll}\n\\toprule\nPacket & Attention & Bytes (hex) & Decoded \\\\\n\\midrule\n")
                      .arg(latexEscape(title));
    for (const auto& r : rows)
        out += QStringLiteral("%1 & %2 & \\texttt{%3} & %4 \\\\\n")
                   .arg(r.packet + 1)
                   .arg(r.attention, 0, 'f', 3)
                   .arg(qs(r.hex), latexEscape(joined(r.fields, QStringLiteral("; "))));
    out += QStringLiteral("\\bottomrule\n\\end{tabular}\n");
    return out;
}

}  // namespace whyflow::app
