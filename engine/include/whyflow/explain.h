// explain::Explainer: packet and byte attention, field-group shares.
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "whyflow/dataset.h"
#include "whyflow/model.h"

namespace whyflow::explain {

using GroupShares = std::array<double, kGroupCount>;

// A byte's share of the decision: β_p · α_pb (N*M values summing to 1 over the flow).
std::vector<double> byteShares(const models::Prediction& p, const dataset::InputShape& shape);

// Sum of byte shares per field group of the bytes' fields. Sums to 1 for a flow with any
// visible byte; padding and masked bytes carry no attention, so they add nothing.
GroupShares groupShares(const models::Prediction& p, const dataset::FlowTensor& t, const dataset::InputShape& shape);

// Share of the groups whose kind is site-dependent.
double siteDependentShare(const GroupShares& s);

// The mean of several flows' shares.
GroupShares meanShares(const std::vector<GroupShares>& shares);

struct FlowExplanation {
    uint32_t flowId = 0;
    models::Prediction prediction;
    GroupShares shares{};
};

// Tensorizes the flows under the model's shape and preset, classifies them in batches and
// computes their group shares. Stops early (returning what is done) when cancel is set;
// progress gets the fraction done and the results of each finished batch.
std::vector<FlowExplanation> classifyFlows(
    const std::vector<flow::Flow>& flows, const models::Model& model, const std::atomic<bool>* cancel = nullptr,
    const std::function<void(double, const std::vector<FlowExplanation>&)>& progress = {});

// The paper's Table 2 for one flow: the packets with the most attention, in each the byte
// window with the most attention, and what those bytes are.
struct WhyRow {
    int packet = 0;            // slot in the flow (0 = first packet)
    double attention = 0;      // β of the packet
    int windowStart = 0;       // the window, in bytes from the IP header
    int windowLength = 0;
    double windowShare = 0;    // the window's share of the decision (sum of β·α)
    std::string hex;           // the window's bytes
    std::vector<std::string> fields;  // "Source Port: 80", "Payload: HTTP/1.1"
};
std::vector<WhyRow> whyRows(const flow::Flow& flow, const models::Prediction& p, const dataset::InputShape& shape,
                            int topPackets = 3, int window = 8);

// One line of JSON for `whyflow-cli classify --json`.
std::string flowJson(const flow::Flow& flow, const FlowExplanation& e, const models::ModelInfo& info);

}  // namespace whyflow::explain
