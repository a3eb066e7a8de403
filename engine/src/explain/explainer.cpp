#include "whyflow/explain.h"

#include <algorithm>
#include <cstdio>

#include "whyflow/decode.h"

namespace whyflow::explain {

std::vector<double> byteShares(const models::Prediction& p, const dataset::InputShape& shape) {
    const int N = shape.packets, M = shape.bytes;
    std::vector<double> out(static_cast<size_t>(N) * M, 0.0);
    if (!p.hasAttention) return out;
    for (int i = 0; i < N && i < static_cast<int>(p.packetAttention.size()); ++i)
        for (int k = 0; k < M; ++k) {
            const size_t idx = static_cast<size_t>(i) * M + k;
            if (idx < p.byteAttention.size()) out[idx] = static_cast<double>(p.packetAttention[i]) * p.byteAttention[idx];
        }
    return out;
}

GroupShares groupShares(const models::Prediction& p, const dataset::FlowTensor& t, const dataset::InputShape& shape) {
    GroupShares g{};
    std::vector<double> b = byteShares(p, shape);
    for (size_t i = 0; i < b.size() && i < t.fields.size(); ++i) {
        if (!t.visible[i]) continue;  // padding and masked bytes carry no attention
        g[static_cast<size_t>(groupOf(static_cast<FieldId>(t.fields[i])))] += b[i];
    }
    return g;
}

double siteDependentShare(const GroupShares& s) {
    double sum = 0;
    for (int g = 0; g < kGroupCount; ++g)
        if (groupKind(static_cast<FieldGroup>(g)) == GroupKind::SiteDependent) sum += s[g];
    return sum;
}

GroupShares meanShares(const std::vector<GroupShares>& shares) {
    GroupShares m{};
    if (shares.empty()) return m;
    for (const auto& s : shares)
        for (int g = 0; g < kGroupCount; ++g) m[g] += s[g];
    for (double& v : m) v /= static_cast<double>(shares.size());
    return m;
}

}  // namespace whyflow::explain

namespace whyflow::explain {

std::vector<FlowExplanation> classifyFlows(const std::vector<flow::Flow>& flows, const models::Model& model,
                                           const std::atomic<bool>* cancel,
                                           const std::function<void(double, const std::vector<FlowExplanation>&)>& progress) {
    const models::ModelInfo& info = model.info();
    dataset::Tensorizer tensorizer(info.shape, info.preset);
    std::vector<FlowExplanation> out;
    out.reserve(flows.size());
    constexpr size_t kBatch = 64;
    for (size_t start = 0; start < flows.size(); start += kBatch) {
        if (cancel && cancel->load()) break;
        const size_t end = std::min(flows.size(), start + kBatch);
        std::vector<dataset::FlowTensor> tensors;
        tensors.reserve(end - start);
        for (size_t i = start; i < end; ++i) tensors.push_back(tensorizer.make(flows[i]));
        std::vector<const dataset::FlowTensor*> ptrs;
        for (const auto& t : tensors) ptrs.push_back(&t);
        std::vector<models::Prediction> preds = model.predict(ptrs);
        std::vector<FlowExplanation> batch;
        for (size_t i = 0; i < preds.size(); ++i) {
            FlowExplanation e;
            e.flowId = flows[start + i].id;
            e.shares = groupShares(preds[i], tensors[i], info.shape);
            e.prediction = std::move(preds[i]);
            batch.push_back(std::move(e));
        }
        out.insert(out.end(), batch.begin(), batch.end());
        if (progress) progress(static_cast<double>(end) / static_cast<double>(flows.size()), batch);
    }
    return out;
}

}  // namespace whyflow::explain

namespace whyflow::explain {

std::vector<WhyRow> whyRows(const flow::Flow& flow, const models::Prediction& p, const dataset::InputShape& shape, int topPackets,
                            int window) {
    std::vector<WhyRow> rows;
    if (!p.hasAttention) return rows;
    const int N = std::min<int>(shape.packets, static_cast<int>(flow.visible.size())), M = shape.bytes;
    std::vector<int> order;
    for (int k = 0; k < N; ++k)
        if (p.packetAttention[k] > 0) order.push_back(k);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return p.packetAttention[a] > p.packetAttention[b]; });
    if (static_cast<int>(order.size()) > topPackets) order.resize(topPackets);
    for (int k : order) {
        const flow::VisiblePacket& v = flow.visible[k];
        const int available = std::min(M, std::max(0, std::min<int>(v.netEnd, static_cast<int>(v.bytes.size())) - v.netOffset));
        if (available <= 0) continue;
        const int w = std::min(window, available);
        // the window of w bytes with the most byte attention
        double sum = 0, best = -1;
        int bestStart = 0;
        for (int b = 0; b < available; ++b) {
            sum += p.byteAttention[static_cast<size_t>(k) * M + b];
            if (b >= w) sum -= p.byteAttention[static_cast<size_t>(k) * M + b - w];
            if (b >= w - 1 && sum > best) {
                best = sum;
                bestStart = b - w + 1;
            }
        }
        WhyRow r;
        r.packet = k;
        r.attention = p.packetAttention[k];
        r.windowStart = bestStart;
        r.windowLength = w;
        r.windowShare = r.attention * best;
        char buf[4];
        for (int b = bestStart; b < bestStart + w; ++b) {
            std::snprintf(buf, sizeof buf, "%02x", v.bytes[v.netOffset + b]);
            r.hex += (r.hex.empty() ? "" : " ") + std::string(buf);
        }
        // the fields under the window, with their values
        const uint32_t from = static_cast<uint32_t>(v.netOffset + bestStart), to = from + static_cast<uint32_t>(w);
        for (const FieldSpan& s : v.spans()) {
            if (s.offset + s.length <= from || s.offset >= to) continue;
            const FieldInfo& fi = fieldInfo(s.field);
            if (groupOf(s.field) == FieldGroup::Identity) {
                r.fields.push_back(std::string(fi.label) + ": (masked)");
                continue;
            }
            std::string value;
            if (s.field == FieldId::Payload) {  // the window's own bytes, as text
                for (uint32_t b = std::max(from, s.offset); b < std::min(to, s.offset + s.length); ++b) {
                    const uint8_t c = v.bytes[b];
                    value += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '.';
                }
            } else {
                value = decode::fieldValueText(s, v.bytes.data(), static_cast<uint32_t>(v.bytes.size()), flow.ipVersion);
            }
            r.fields.push_back(std::string(fi.label) + ": " + value);
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace whyflow::explain
