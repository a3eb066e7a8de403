// The classical yardsticks: C4.5 (as Weka's J48 builds it by default) and exact k-NN on
// standardized features. Torch-free.
#pragma once

#include <memory>
#include <vector>

#include "models/features.h"
#include "models/model_file.h"
#include "whyflow/model.h"

namespace whyflow::models {

namespace c45 {

struct Options {
    int minObj = 2;            // at least this many instances in two of the branches
    double confidence = 0.25;  // for pessimistic error pruning
    bool prune = true;
};

// Entropy (bits) of a class distribution.
double entropy(const std::vector<double>& counts);
// Weka's Stats.addErrs: the extra errors of the upper confidence bound for e errors in N.
double addErrs(double n, double e, double confidence);

struct Split {
    int attribute = -1;
    float threshold = 0;   // left: value <= threshold
    double infoGain = 0;   // after the MDL correction for continuous attributes
    double gainRatio = 0;
};
// The best split of the rows (indices into x, n x d row-major) by gain ratio among the
// attributes whose gain is at least average, as C4.5 chooses it. attribute < 0 if none.
Split bestSplit(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes,
                const std::vector<size_t>& rows, const Options& options);

struct Node {
    int attribute = -1;  // -1: a leaf
    float threshold = 0;
    int left = -1, right = -1;
    std::vector<double> counts;  // training instances per class reaching the node
};

class Tree {
public:
    void build(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes, const Options& options);
    const std::vector<double>& distribution(const float* row) const;
    const std::vector<Node>& nodes() const { return nodes_; }
    std::vector<Node>& nodes() { return nodes_; }
    int leaves() const;
    int depth() const;

    // Bottom-up pessimistic pruning by subtree replacement, on the counts kept in the nodes.
    void prune(double confidence);
    // J48's pruning: subtree replacement and subtree raising (the largest branch may take
    // its parent's place, the parent's training rows then flowing through it).
    void prune(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes, double confidence);
    static double leafErrors(const Node& n, double confidence);  // e + addErrs(N, e)
    double treeErrors(int node, double confidence) const;

private:
    int grow(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes, std::vector<size_t> rows,
             const Options& options);
    void pruneNode(int node, double confidence);
    struct Data {
        const std::vector<float>& x;
        size_t d;
        const std::vector<int>& y;
        int classes;
        double confidence;
    };
    void pruneRaising(int node, const std::vector<size_t>& rows, const Data& data);
    double branchErrors(int node, const std::vector<size_t>& rows, const Data& data) const;
    void redistribute(int node, const std::vector<size_t>& rows, const Data& data);
    void compact();
    std::vector<Node> nodes_;
};

}  // namespace c45

class C45Model : public Model {
public:
    // mean: each feature's mean over the training set (empty for files written before it
    // was stored: occlusion then falls back to zeros)
    C45Model(ModelInfo info, FeatureLayout layout, c45::Tree tree, std::vector<float> mean);
    std::vector<Prediction> predict(const std::vector<const dataset::FlowTensor*>& batch) const override;
    std::vector<Prediction> predictWithout(const std::vector<const dataset::FlowTensor*>& batch,
                                           FieldGroup group) const override;
    void save(const std::string& path) const override;
    const c45::Tree& tree() const { return tree_; }

private:
    std::vector<Prediction> predictRows(const std::vector<float>& x, size_t rows) const;
    FeatureLayout layout_;
    c45::Tree tree_;
    std::vector<float> mean_;
};

class KnnModel : public Model {
public:
    KnnModel(ModelInfo info, FeatureLayout layout, int k, std::vector<float> reference, std::vector<int> labels,
             std::vector<float> mean, std::vector<float> scale);
    std::vector<Prediction> predict(const std::vector<const dataset::FlowTensor*>& batch) const override;
    std::vector<Prediction> predictWithout(const std::vector<const dataset::FlowTensor*>& batch,
                                           FieldGroup group) const override;
    void save(const std::string& path) const override;

private:
    std::vector<Prediction> predictRows(const std::vector<float>& x, size_t rows) const;
    FeatureLayout layout_;
    int k_;
    std::vector<float> reference_;  // standardized, n x d
    std::vector<int> labels_;
    std::vector<float> mean_, scale_;
};

std::unique_ptr<Model> makeC45Model(ModelInfo info, const ModelRecords& records, const std::string& path);
std::unique_ptr<Model> makeKnnModel(ModelInfo info, const ModelRecords& records, const std::string& path);

// Trains C4.5 or k-NN on the given rows of a dataset.
std::unique_ptr<Model> trainClassical(const std::string& kind, const dataset::Dataset& data, const std::vector<size_t>& rows,
                                      ModelInfo info);

}  // namespace whyflow::models
