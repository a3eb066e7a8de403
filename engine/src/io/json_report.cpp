#include <nlohmann/json.hpp>

#include "whyflow/explain.h"

namespace whyflow::explain {

std::string flowJson(const flow::Flow& f, const FlowExplanation& e, const models::ModelInfo& info) {
    nlohmann::ordered_json j;
    j["flow"] = f.id;
    j["client"] = f.clientText();
    j["server"] = f.serverText();
    j["l4"] = f.l4Name();
    if (f.vlan) j["vlan"] = f.vlan;
    j["packets"] = f.packets;
    j["bytes"] = f.bytes;
    j["first_time"] = f.firstTime;
    j["last_time"] = f.lastTime;
    const auto& p = e.prediction;
    if (p.predicted >= 0 && p.predicted < static_cast<int>(info.classes.size())) {
        j["predicted"] = info.classes[p.predicted];
        j["confidence"] = p.probabilities[p.predicted];
    }
    nlohmann::ordered_json probs = nlohmann::ordered_json::object();
    for (size_t c = 0; c < info.classes.size() && c < p.probabilities.size(); ++c) probs[info.classes[c]] = p.probabilities[c];
    j["probabilities"] = probs;
    if (p.hasAttention) {
        // one value per model-visible packet
        const size_t n = std::min<size_t>(f.visible.size(), p.packetAttention.size());
        j["packet_attention"] = std::vector<float>(p.packetAttention.begin(), p.packetAttention.begin() + n);
        nlohmann::ordered_json groups = nlohmann::ordered_json::object();
        for (int g = 0; g < kGroupCount; ++g) {
            auto group = static_cast<FieldGroup>(g);
            if (groupKind(group) == GroupKind::NotInput) continue;
            groups[std::string(groupName(group))] = e.shares[g];
        }
        j["group_shares"] = groups;
        j["site_dependent_share"] = siteDependentShare(e.shares);
    }
    return j.dump();
}

}  // namespace whyflow::explain
