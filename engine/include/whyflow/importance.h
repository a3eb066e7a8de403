// Occlusion importance of field groups for any model kind, and checks of how faithful
// attention is (Spearman correlation with occlusion, deletion curves).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "whyflow/dataset.h"
#include "whyflow/explain.h"
#include "whyflow/model.h"

namespace whyflow::explain {

enum class Blanking {
    Zero,  // the group's bytes set to 0; for C4.5 and k-NN its features set to their training means
    Swap,  // the group's bytes taken from a random other flow of the data set
};

struct FlowImportance {
    int predicted = -1;
    double probability = 0;           // of the predicted class
    std::array<double, kGroupCount> drop{};   // fall of that probability when a group is blanked
    std::array<uint8_t, kGroupCount> flips{};  // the prediction changed
    double spearman = 0;              // HAN: attention shares against drops, over the groups
    bool hasSpearman = false;
};

struct ImportanceReport {
    std::vector<std::string> groups;   // the groups the preset lets the model see
    std::vector<FlowImportance> flows;
    std::array<double, kGroupCount> meanDrop{};
    std::array<double, kGroupCount> flipRate{};
    std::array<double, kGroupCount> accuracyChange{};  // with labels: accuracy blanked - accuracy
    double accuracy = -1;
    double siteDependentDrop = 0;      // share of the summed drops on site-dependent groups
    // HAN only
    bool hasAttention = false;
    GroupShares meanAttention{};
    double spearmanDataset = 0;        // between mean attention and mean drop, over the groups
    double meanFlowSpearman = 0;
    std::vector<double> deletionByAttention, deletionRandom;  // accuracy after removing 0, 10, ... 100 % of bytes
};

// Occlusion of one flow, as the workbench shows it for the selected flow.
struct FlowOcclusion {
    int predicted = -1;
    double probability = 0;                    // of the predicted class
    std::vector<int> groups;                   // the input groups (FieldGroup values)
    std::array<double, kGroupCount> drop{};    // blanked by zeros (C4.5, k-NN: training means)
    std::array<double, kGroupCount> swapDrop{};  // mean over the donors, when there are any
    bool hasSwap = false;
    // HAN only: attention shares, their Spearman correlation with drop, and the probability
    // of the predicted class after removing 0, 10, ... 100 % of the bytes
    bool hasAttention = false;
    GroupShares attention{};
    double spearman = 0;
    std::vector<double> deletionByAttention, deletionRandom;
};
FlowOcclusion occludeFlow(const models::Model& model, const dataset::FlowTensor& x,
                          const std::vector<const dataset::FlowTensor*>& donors = {}, uint64_t seed = 1);

// Deletion curves remove 0, 1/kDeletionSteps, ... all of a flow's visible bytes.
constexpr int kDeletionSteps = 10;

// The flow with the group's bytes replaced by the donor flow's bytes of the same group, at
// the positions where the donor has them.
dataset::FlowTensor swapGroup(const dataset::FlowTensor& flow, const dataset::FlowTensor& donor, FieldGroup group);

// Rank correlation of two equally long series (average ranks for ties); 0 when either is constant.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

// Blanks every input group in turn (by zeros or swaps from another flow, seeded) and
// measures the change; labels (the samples' labels, mapped by class name) give accuracy.
// For HAN also the Spearman correlations and, unless turned off, the deletion curves.
ImportanceReport occlusion(const models::Model& model, const dataset::Dataset& data, Blanking how, uint64_t seed = 1,
                           const std::vector<size_t>& indices = {}, bool deletionCurves = true);

}  // namespace whyflow::explain
