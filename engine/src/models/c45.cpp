#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/classical.h"

namespace whyflow::models {
namespace c45 {

double entropy(const std::vector<double>& counts) {
    double total = 0, sum = 0;
    for (double c : counts) total += c;
    if (total <= 0) return 0;
    for (double c : counts)
        if (c > 0) sum -= c / total * std::log2(c / total);
    return sum;
}

double addErrs(double n, double e, double cf) {
    // as Weka's weka.core.Stats.addErrs (used by J48's pessimistic pruning)
    if (cf > 0.5) return 0;
    if (e < 1) {
        const double base = n * (1 - std::pow(cf, 1 / n));
        if (e == 0) return base;
        return base + e * (addErrs(n, 1, cf) - base);
    }
    if (e + 0.5 >= n) return std::max(n - e, 0.0);
    // z with P(Z > z) = cf: the inverse of the standard normal at 1 - cf (Acklam's approximation
    // refined by one Newton step on erfc)
    auto normalInverse = [](double p) {
        static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
        static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double x;
        if (p < 0.02425) {
            const double q = std::sqrt(-2 * std::log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - 0.02425) {
            const double q = p - 0.5, r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
                (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            const double q = std::sqrt(-2 * std::log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        const double err = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
        const double u = err * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    };
    const double z = normalInverse(1 - cf);
    const double f = (e + 0.5) / n;
    const double r = (f + z * z / (2 * n) + z * std::sqrt(f / n - f * f / n + z * z / (4 * n * n))) / (1 + z * z / n);
    return r * n - e;
}

Split bestSplit(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes, const std::vector<size_t>& rows,
                const Options& options) {
    const double total = static_cast<double>(rows.size());
    std::vector<double> all(classes, 0);
    for (size_t r : rows) all[y[r]] += 1;
    const double parent = entropy(all);
    // J48: each branch of a binary split needs at least minSplit instances
    double minSplit = 0.1 * total / classes;
    minSplit = std::clamp(minSplit, static_cast<double>(options.minObj), 25.0);
    struct Candidate {
        int attribute;
        float threshold;
        double gain, ratio;
    };
    std::vector<Candidate> best;  // per attribute, its best split
    std::vector<std::pair<float, int>> vals(rows.size());
    for (size_t a = 0; a < d; ++a) {
        for (size_t i = 0; i < rows.size(); ++i) vals[i] = {x[rows[i] * d + a], y[rows[i]]};
        std::sort(vals.begin(), vals.end(), [](const auto& p, const auto& q) { return p.first < q.first; });
        if (vals.empty() || vals.front().first == vals.back().first) continue;
        std::vector<double> left(classes, 0), right = all;
        double bestGain = -1, bestThreshold = 0, bestLeft = 0;
        int candidates = 0;
        for (size_t i = 0; i + 1 < vals.size(); ++i) {
            left[vals[i].second] += 1;
            right[vals[i].second] -= 1;
            if (vals[i].first == vals[i + 1].first) continue;
            const double nl = static_cast<double>(i + 1), nr = total - nl;
            if (nl < minSplit || nr < minSplit) continue;
            ++candidates;
            const double gain = parent - (nl * entropy(left) + nr * entropy(right)) / total;
            if (gain > bestGain) {
                bestGain = gain;
                bestThreshold = vals[i].first;
                bestLeft = nl;
            }
        }
        if (candidates == 0) continue;
        // Quinlan (1996): charge continuous attributes for the choice of threshold
        const double gain = bestGain - std::log2(static_cast<double>(candidates)) / total;
        if (gain <= 0) continue;
        const double splitInfo = entropy({bestLeft, total - bestLeft});
        if (splitInfo <= 0) continue;
        best.push_back({static_cast<int>(a), static_cast<float>(bestThreshold), gain, gain / splitInfo});
    }
    Split out;
    if (best.empty()) return out;
    double average = 0;
    for (const auto& c : best) average += c.gain;
    average /= static_cast<double>(best.size());
    for (const auto& c : best) {
        if (c.gain < average - 1e-3) continue;  // C4.5: only attributes with at least average gain
        if (out.attribute < 0 || c.ratio > out.gainRatio) out = {c.attribute, c.threshold, c.gain, c.ratio};
    }
    return out;
}

int Tree::grow(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes, std::vector<size_t> rows,
               const Options& options) {
    Node node;
    node.counts.assign(classes, 0);
    for (size_t r : rows) node.counts[y[r]] += 1;
    const int index = static_cast<int>(nodes_.size());
    nodes_.push_back(node);
    const double total = static_cast<double>(rows.size());
    const double majority = *std::max_element(node.counts.begin(), node.counts.end());
    if (majority == total || total < 2 * options.minObj) return index;
    const Split s = bestSplit(x, d, y, classes, rows, options);
    if (s.attribute < 0) return index;
    std::vector<size_t> l, r;
    for (size_t row : rows) (x[row * d + s.attribute] <= s.threshold ? l : r).push_back(row);
    if (l.empty() || r.empty()) return index;
    rows.clear();
    rows.shrink_to_fit();
    const int left = grow(x, d, y, classes, std::move(l), options);
    const int right = grow(x, d, y, classes, std::move(r), options);
    nodes_[index].attribute = s.attribute;
    nodes_[index].threshold = s.threshold;
    nodes_[index].left = left;
    nodes_[index].right = right;
    return index;
}

void Tree::build(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes, const Options& options) {
    nodes_.clear();
    std::vector<size_t> rows(y.size());
    std::iota(rows.begin(), rows.end(), 0);
    grow(x, d, y, classes, std::move(rows), options);
    if (options.prune) prune(x, d, y, classes, options.confidence);
}

double Tree::leafErrors(const Node& n, double confidence) {
    double total = 0;
    for (double c : n.counts) total += c;
    if (total <= 0) return 0;
    const double e = total - *std::max_element(n.counts.begin(), n.counts.end());
    return e + addErrs(total, e, confidence);
}

double Tree::treeErrors(int node, double confidence) const {
    const Node& n = nodes_[node];
    if (n.attribute < 0) return leafErrors(n, confidence);
    return treeErrors(n.left, confidence) + treeErrors(n.right, confidence);
}

void Tree::pruneNode(int node, double confidence) {
    Node& n = nodes_[node];
    if (n.attribute < 0) return;
    pruneNode(n.left, confidence);
    pruneNode(nodes_[node].right, confidence);
    Node& m = nodes_[node];
    // J48: replace the subtree by a leaf when the leaf's estimated errors are no worse
    if (leafErrors(m, confidence) <= treeErrors(node, confidence) + 0.1) {
        m.attribute = -1;
        m.left = m.right = -1;
    }
}

void Tree::prune(double confidence) {
    if (nodes_.empty()) return;
    pruneNode(0, confidence);
    compact();
}

// Errors estimated for the rows if they flowed through the subtree at node.
double Tree::branchErrors(int node, const std::vector<size_t>& rows, const Data& data) const {
    const Node& n = nodes_[node];
    if (n.attribute < 0) {
        Node leaf;
        leaf.counts.assign(data.classes, 0);
        for (size_t r : rows) leaf.counts[data.y[r]] += 1;
        return leafErrors(leaf, data.confidence);
    }
    std::vector<size_t> l, r;
    for (size_t row : rows) (data.x[row * data.d + n.attribute] <= n.threshold ? l : r).push_back(row);
    return branchErrors(n.left, l, data) + branchErrors(n.right, r, data);
}

// The class counts of the subtree at node, for these rows.
void Tree::redistribute(int node, const std::vector<size_t>& rows, const Data& data) {
    Node& n = nodes_[node];
    n.counts.assign(data.classes, 0);
    for (size_t r : rows) n.counts[data.y[r]] += 1;
    if (n.attribute < 0) return;
    std::vector<size_t> l, r;
    for (size_t row : rows) (data.x[row * data.d + n.attribute] <= n.threshold ? l : r).push_back(row);
    const int left = n.left, right = n.right;
    redistribute(left, l, data);
    redistribute(right, r, data);
}

void Tree::pruneRaising(int node, const std::vector<size_t>& rows, const Data& data) {
    if (nodes_[node].attribute < 0) return;
    {
        const Node& n = nodes_[node];
        std::vector<size_t> l, r;
        for (size_t row : rows) (data.x[row * data.d + n.attribute] <= n.threshold ? l : r).push_back(row);
        const int left = n.left, right = n.right;
        pruneRaising(left, l, data);
        pruneRaising(right, r, data);
    }
    const Node& n = nodes_[node];
    double leftCount = 0, rightCount = 0;
    for (double c : nodes_[n.left].counts) leftCount += c;
    for (double c : nodes_[n.right].counts) rightCount += c;
    const int largest = leftCount >= rightCount ? n.left : n.right;  // the first of the largest, as J48
    const double errorsLargest = branchErrors(largest, rows, data);
    const double errorsLeaf = leafErrors(n, data.confidence);
    const double errorsTree = treeErrors(node, data.confidence);
    if (errorsLeaf <= errorsTree + 0.1 && errorsLeaf <= errorsLargest + 0.1) {
        Node& m = nodes_[node];
        m.attribute = -1;
        m.left = m.right = -1;
        return;
    }
    if (errorsLargest <= errorsTree + 0.1) {  // raise the largest branch into this node's place
        const Node raised = nodes_[largest];
        Node& m = nodes_[node];
        m.attribute = raised.attribute;
        m.threshold = raised.threshold;
        m.left = raised.left;
        m.right = raised.right;
        redistribute(node, rows, data);
        pruneRaising(node, rows, data);
    }
}

void Tree::prune(const std::vector<float>& x, size_t d, const std::vector<int>& y, int classes, double confidence) {
    if (nodes_.empty()) return;
    std::vector<size_t> rows(y.size());
    std::iota(rows.begin(), rows.end(), 0);
    pruneRaising(0, rows, Data{x, d, y, classes, confidence});
    compact();
}

// Drops the nodes no longer reachable, keeping the root first and parents before children.
void Tree::compact() {
    std::vector<Node> kept;
    std::vector<int> stack = {0};
    std::vector<int> newIndex(nodes_.size(), -1);
    std::vector<int> order;
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        newIndex[i] = static_cast<int>(order.size());
        order.push_back(i);
        if (nodes_[i].attribute >= 0) {
            stack.push_back(nodes_[i].right);
            stack.push_back(nodes_[i].left);
        }
    }
    for (int i : order) {
        Node n = nodes_[i];
        if (n.attribute >= 0) {
            n.left = newIndex[n.left];
            n.right = newIndex[n.right];
        }
        kept.push_back(std::move(n));
    }
    nodes_ = std::move(kept);
}

const std::vector<double>& Tree::distribution(const float* row) const {
    int i = 0;
    while (nodes_[i].attribute >= 0) i = row[nodes_[i].attribute] <= nodes_[i].threshold ? nodes_[i].left : nodes_[i].right;
    return nodes_[i].counts;
}

int Tree::leaves() const {
    int n = 0;
    for (const Node& node : nodes_) n += node.attribute < 0;
    return n;
}

int Tree::depth() const {
    std::vector<int> depthOf(nodes_.size(), 0);
    int deepest = 0;
    for (size_t i = 0; i < nodes_.size(); ++i) {  // parents come before children
        deepest = std::max(deepest, depthOf[i]);
        if (nodes_[i].attribute >= 0) depthOf[nodes_[i].left] = depthOf[nodes_[i].right] = depthOf[i] + 1;
    }
    return deepest;
}

}  // namespace c45
}  // namespace whyflow::models
