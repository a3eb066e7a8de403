#include "models/classical.h"

#include <algorithm>
#include <cmath>

namespace whyflow::models {

namespace {

std::vector<float> featureMatrix(const std::vector<const dataset::FlowTensor*>& batch, const FeatureLayout& layout) {
    std::vector<float> x;
    x.reserve(batch.size() * layout.size());
    for (const auto* t : batch) {
        const auto f = flowFeatures(*t, layout);
        x.insert(x.end(), f.begin(), f.end());
    }
    return x;
}

// The feature matrix with every feature that a flow reads from the group set to its
// training mean.
std::vector<float> blankedFeatureMatrix(const std::vector<const dataset::FlowTensor*>& batch, const FeatureLayout& layout,
                                        FieldGroup group, const std::vector<float>& mean) {
    std::vector<float> x;
    x.reserve(batch.size() * layout.size());
    std::vector<FieldGroup> groups;
    for (const auto* t : batch) {
        auto f = flowFeatures(*t, layout, &groups);
        for (size_t j = 0; j < f.size(); ++j)
            if (groups[j] == group) f[j] = mean[j];
        x.insert(x.end(), f.begin(), f.end());
    }
    return x;
}

// Each column's mean over the rows of an n x d matrix.
std::vector<float> columnMeans(const std::vector<float>& x, size_t d) {
    const size_t n = d ? x.size() / d : 0;
    std::vector<double> sum(d, 0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < d; ++j) sum[j] += x[i * d + j];
    std::vector<float> mean(d);
    for (size_t j = 0; j < d; ++j) mean[j] = static_cast<float>(sum[j] / static_cast<double>(std::max<size_t>(1, n)));
    return mean;
}

Prediction fromDistribution(const std::vector<double>& counts) {
    Prediction p;
    double total = 0;
    for (double c : counts) total += c;
    p.probabilities.resize(counts.size());
    for (size_t c = 0; c < counts.size(); ++c)
        p.probabilities[c] = total > 0 ? static_cast<float>(counts[c] / total) : 1.0f / static_cast<float>(counts.size());
    p.predicted = static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    return p;
}

const NamedArray& array(const ModelRecords& r, const std::string& name, const std::string& path) {
    auto it = r.arrays.find(name);
    if (it == r.arrays.end()) throw ModelError(path + ": " + name + " is missing");
    return it->second;
}

}  // namespace

// ---- C4.5 -------------------------------------------------------------------------------

C45Model::C45Model(ModelInfo info, FeatureLayout layout, c45::Tree tree, std::vector<float> mean)
    : layout_(layout), tree_(std::move(tree)), mean_(std::move(mean)) {
    info_ = std::move(info);
    info_.kind = "c45";
}

std::vector<Prediction> C45Model::predictRows(const std::vector<float>& x, size_t rows) const {
    const size_t d = layout_.size();
    std::vector<Prediction> out;
    for (size_t i = 0; i < rows; ++i) out.push_back(fromDistribution(tree_.distribution(&x[i * d])));
    return out;
}

std::vector<Prediction> C45Model::predict(const std::vector<const dataset::FlowTensor*>& batch) const {
    for (const auto* t : batch) checkInput(*t);
    return predictRows(featureMatrix(batch, layout_), batch.size());
}

std::vector<Prediction> C45Model::predictWithout(const std::vector<const dataset::FlowTensor*>& batch, FieldGroup group) const {
    if (mean_.empty()) return Model::predictWithout(batch, group);
    for (const auto* t : batch) checkInput(*t);
    return predictRows(blankedFeatureMatrix(batch, layout_, group, mean_), batch.size());
}

void C45Model::save(const std::string& path) const {
    ModelRecords r;
    r.infoJson = info_.toJson();
    const auto& nodes = tree_.nodes();
    const size_t C = info_.classes.size();
    NamedArray a;
    a.shape = {static_cast<int64_t>(nodes.size()), static_cast<int64_t>(4 + C)};
    for (const auto& n : nodes) {
        a.values.insert(a.values.end(), {static_cast<float>(n.attribute), n.threshold, static_cast<float>(n.left),
                                         static_cast<float>(n.right)});
        for (double c : n.counts) a.values.push_back(static_cast<float>(c));
    }
    r.arrays.emplace("c45.nodes", std::move(a));
    if (!mean_.empty()) r.arrays.emplace("c45.mean", NamedArray{{static_cast<int64_t>(mean_.size())}, mean_});
    writeModelFile(path, r);
}

std::unique_ptr<Model> makeC45Model(ModelInfo info, const ModelRecords& records, const std::string& path) {
    const FeatureLayout layout = FeatureLayout::forPreset(info.shape, info.preset);
    const NamedArray& a = array(records, "c45.nodes", path);
    const size_t C = info.classes.size();
    if (a.shape.size() != 2 || a.shape[1] != static_cast<int64_t>(4 + C) || a.shape[0] < 1)
        throw ModelError(path + ": the tree does not fit the model's classes");
    c45::Tree tree;
    const int64_t count = a.shape[0];
    for (int64_t i = 0; i < count; ++i) {
        const float* v = &a.values[static_cast<size_t>(i) * (4 + C)];
        c45::Node n;
        n.attribute = static_cast<int>(v[0]);
        n.threshold = v[1];
        n.left = static_cast<int>(v[2]);
        n.right = static_cast<int>(v[3]);
        n.counts.assign(v + 4, v + 4 + C);
        // children come after their parent: a damaged tree cannot loop or point outside
        const bool leaf = n.attribute < 0;
        if (!leaf && (n.attribute >= static_cast<int>(layout.size()) || n.left <= i || n.right <= i || n.left >= count ||
                      n.right >= count))
            throw ModelError(path + ": the tree is damaged (node " + std::to_string(i) + ")");
        tree.nodes().push_back(std::move(n));
    }
    std::vector<float> mean;  // optional: files of whyflow 0.1 lack it
    if (auto it = records.arrays.find("c45.mean"); it != records.arrays.end()) {
        if (it->second.shape != std::vector<int64_t>{static_cast<int64_t>(layout.size())})
            throw ModelError(path + ": the feature means do not fit the model's input shape and preset");
        mean = it->second.values;
    }
    return std::make_unique<C45Model>(std::move(info), layout, std::move(tree), std::move(mean));
}

// ---- k-NN -------------------------------------------------------------------------------

KnnModel::KnnModel(ModelInfo info, FeatureLayout layout, int k, std::vector<float> reference, std::vector<int> labels,
                   std::vector<float> mean, std::vector<float> scale)
    : layout_(layout), k_(k), reference_(std::move(reference)), labels_(std::move(labels)), mean_(std::move(mean)),
      scale_(std::move(scale)) {
    info_ = std::move(info);
    info_.kind = "knn";
    info_.hyper = {{"k", k_}};
}

std::vector<Prediction> KnnModel::predict(const std::vector<const dataset::FlowTensor*>& batch) const {
    for (const auto* t : batch) checkInput(*t);
    return predictRows(featureMatrix(batch, layout_), batch.size());
}

std::vector<Prediction> KnnModel::predictWithout(const std::vector<const dataset::FlowTensor*>& batch, FieldGroup group) const {
    for (const auto* t : batch) checkInput(*t);
    return predictRows(blankedFeatureMatrix(batch, layout_, group, mean_), batch.size());
}

std::vector<Prediction> KnnModel::predictRows(const std::vector<float>& x, size_t rows) const {
    const size_t d = layout_.size(), n = labels_.size(), C = info_.classes.size();
    std::vector<Prediction> out;
    std::vector<std::pair<float, size_t>> dist(n);
    std::vector<float> q(d);
    for (size_t i = 0; i < rows; ++i) {
        for (size_t j = 0; j < d; ++j) q[j] = (x[i * d + j] - mean_[j]) / scale_[j];
        for (size_t r = 0; r < n; ++r) {
            const float* ref = &reference_[r * d];
            float s = 0;
            for (size_t j = 0; j < d; ++j) {
                const float diff = q[j] - ref[j];
                s += diff * diff;
            }
            dist[r] = {s, r};
        }
        const size_t k = std::min<size_t>(static_cast<size_t>(k_), n);
        // ties in distance go to the earlier reference flow, so that the result is exact and repeatable
        std::partial_sort(dist.begin(), dist.begin() + static_cast<long>(k), dist.end());
        std::vector<double> votes(C, 0);
        for (size_t j = 0; j < k; ++j) votes[labels_[dist[j].second]] += 1;
        Prediction p = fromDistribution(votes);
        // a tie in votes goes to the class of the nearest neighbour among the tied classes
        const double top = votes[p.predicted];
        for (size_t j = 0; j < k; ++j) {
            if (votes[labels_[dist[j].second]] == top) {
                p.predicted = labels_[dist[j].second];
                break;
            }
        }
        out.push_back(std::move(p));
    }
    return out;
}

void KnnModel::save(const std::string& path) const {
    ModelRecords r;
    r.infoJson = info_.toJson();
    const int64_t n = static_cast<int64_t>(labels_.size()), d = static_cast<int64_t>(layout_.size());
    r.arrays.emplace("knn.reference", NamedArray{{n, d}, reference_});
    r.arrays.emplace("knn.labels", NamedArray{{n}, std::vector<float>(labels_.begin(), labels_.end())});
    r.arrays.emplace("knn.mean", NamedArray{{d}, mean_});
    r.arrays.emplace("knn.scale", NamedArray{{d}, scale_});
    writeModelFile(path, r);
}

std::unique_ptr<Model> makeKnnModel(ModelInfo info, const ModelRecords& records, const std::string& path) {
    const FeatureLayout layout = FeatureLayout::forPreset(info.shape, info.preset);
    const int64_t d = static_cast<int64_t>(layout.size());
    const NamedArray& ref = array(records, "knn.reference", path);
    const NamedArray& lab = array(records, "knn.labels", path);
    const NamedArray& mean = array(records, "knn.mean", path);
    const NamedArray& scale = array(records, "knn.scale", path);
    if (ref.shape.size() != 2 || ref.shape[1] != d || lab.shape != std::vector<int64_t>{ref.shape[0]} ||
        mean.shape != std::vector<int64_t>{d} || scale.shape != std::vector<int64_t>{d} || ref.shape[0] < 1)
        throw ModelError(path + ": the reference set does not fit the model's input shape and preset");
    std::vector<int> labels;
    for (float v : lab.values) {
        const int c = static_cast<int>(v);
        if (c < 0 || c >= static_cast<int>(info.classes.size()) || static_cast<float>(c) != v)
            throw ModelError(path + ": the reference set holds a label outside the model's classes");
        labels.push_back(c);
    }
    for (float s : scale.values)
        if (!(s > 0) || !std::isfinite(s)) throw ModelError(path + ": the feature scales are damaged");
    const int k = static_cast<int>(info.hyperValue("k", 3));
    if (k < 1) throw ModelError(path + ": k must be at least 1");
    return std::make_unique<KnnModel>(std::move(info), layout, k, ref.values, std::move(labels), mean.values, scale.values);
}

// ---- training ---------------------------------------------------------------------------

std::unique_ptr<Model> trainClassical(const std::string& kind, const dataset::Dataset& data, const std::vector<size_t>& rows,
                                      ModelInfo info) {
    const FeatureLayout layout = FeatureLayout::forPreset(info.shape, info.preset);
    const size_t d = layout.size();
    std::vector<const dataset::FlowTensor*> batch;
    std::vector<int> y;
    for (size_t r : rows) {
        batch.push_back(&data.samples[r].x);
        y.push_back(data.samples[r].label);
    }
    std::vector<float> x = featureMatrix(batch, layout);
    const int classes = static_cast<int>(data.classes.size());
    if (kind == "c45") {
        c45::Tree tree;
        tree.build(x, d, y, classes, c45::Options{});
        info.hyper = {{"min_obj", 2}, {"confidence", 0.25}, {"leaves", tree.leaves()}, {"depth", tree.depth()}};
        return std::make_unique<C45Model>(std::move(info), layout, std::move(tree), columnMeans(x, d));
    }
    // k-NN: standardize with the training set's mean and standard deviation
    const size_t n = y.size();
    const std::vector<float> mean = columnMeans(x, d);
    std::vector<float> scale(d, 0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < d; ++j) scale[j] += (x[i * d + j] - mean[j]) * (x[i * d + j] - mean[j]);
    for (float& s : scale) {
        s = std::sqrt(s / static_cast<float>(std::max<size_t>(1, n)));
        if (!(s > 1e-6f)) s = 1.0f;  // a constant feature: leave it as it is
    }
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < d; ++j) x[i * d + j] = (x[i * d + j] - mean[j]) / scale[j];
    return std::make_unique<KnnModel>(std::move(info), layout, 3, std::move(x), std::move(y), mean, std::move(scale));
}

}  // namespace whyflow::models
