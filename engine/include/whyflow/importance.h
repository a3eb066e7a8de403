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
    Zero,  // the group's bytes set to 0 (for C4.5 and k-NN: their features then read 0)
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

// Rank correlation of two equally long series (average ranks for ties); 0 when either is constant.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

// Blanks every input group in turn (by zeros or swaps from another flow, seeded) and
// measures the change; labels (the samples' labels, mapped by class name) give accuracy.
ImportanceReport occlusion(const models::Model& model, const dataset::Dataset& data, Blanking how, uint64_t seed = 1,
                           const std::vector<size_t>& indices = {});

}  // namespace whyflow::explain
