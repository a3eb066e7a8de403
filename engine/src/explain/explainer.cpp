#include "whyflow/explain.h"

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
