// explain::compareModels: several models on the same labelled flows. Per model its accuracy,
// macro-F1 and confusion matrix, where its decision rested (attention for HAN, occlusion by
// zeros or training means and by swaps for every kind), and how far that matches the
// accuracy it lost against its own test split; per pair of models where they disagree.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "whyflow/dataset.h"
#include "whyflow/importance.h"
#include "whyflow/metrics.h"
#include "whyflow/model.h"

namespace whyflow::explain {

struct ComparedModel {
    std::string name;                   // as the user named it (file name)
    std::string kind, preset;
    std::vector<std::string> classes;   // the model's
    double ownTestAccuracy = -1;        // on the test split of its training data (from the model file)
    metrics::Report report;             // on the compared flows, in the model's classes
    std::vector<int> predicted;         // per compared flow, the model's class index
    std::vector<float> confidence;      // the predicted class's probability
    ImportanceReport byZero, bySwap;    // occlusion: zeros (C4.5, k-NN: training means), swaps

    double accuracyDrop() const { return ownTestAccuracy >= 0 ? ownTestAccuracy - report.accuracy : 0; }
    std::string predictedName(size_t flow) const { return classes[static_cast<size_t>(predicted[flow])]; }
};

struct ComparedFlow {
    std::string source;   // capture file
    uint32_t flowId = 0;  // in that capture
    std::string truth;    // class name
};

struct Agreement {
    size_t a = 0, b = 0;  // model indices
    size_t agree = 0;     // same predicted class name
    size_t bothRight = 0, onlyA = 0, onlyB = 0, bothWrong = 0;
};

struct Comparison {
    std::string data;                 // description of the data
    std::vector<ComparedFlow> flows;  // present in the data of every model
    std::vector<ComparedModel> models;
    std::vector<Agreement> pairs;     // every pair a < b
    size_t allAgree = 0;              // flows on which every model predicts the same class

    bool disagree(size_t flow) const;
    // readable report (Markdown), tables (CSV, LaTeX booktabs), per-flow disagreements (CSV), everything (JSON)
    std::string markdown() const;
    std::string modelsCsv() const;
    std::string modelsLatex() const;
    std::string groupsCsv() const;
    std::string groupsLatex() const;
    std::string disagreementsCsv() const;
    std::string json() const;
    // one sentence per model: what its decision rested on, and whether that fits its accuracy drop
    std::vector<std::string> verdicts() const;
};

// The input groups that any of the models sees, in group order.
std::vector<FieldGroup> comparedGroups(const Comparison& c);

// Compares the models on the flows found in every data[i] (the same captures loaded under
// model i's shape and preset), matched by capture and flow. Throws std::invalid_argument
// when a data set holds a class a model does not know, or no flow is common to all.
// progress gets a line of text for each step.
Comparison compareModels(const std::vector<const models::Model*>& models, const std::vector<std::string>& names,
                         const std::vector<const dataset::Dataset*>& data, uint64_t seed = 1,
                         const std::function<void(const std::string&)>& progress = {});

}  // namespace whyflow::explain
