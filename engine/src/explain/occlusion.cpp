#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "whyflow/importance.h"

namespace whyflow::explain {

namespace {

std::vector<double> ranks(const std::vector<double>& v) {
    std::vector<size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
        const double avg = (static_cast<double>(i) + static_cast<double>(j)) / 2 + 1;
        for (size_t k = i; k <= j; ++k) r[order[k]] = avg;
        i = j + 1;
    }
    return r;
}

// the data's labels as the model's class indices (-1 when the model does not know a class)
std::vector<int> modelLabels(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& idx) {
    std::vector<int> map(data.classes.size(), -1);
    const auto& classes = model.info().classes;
    for (size_t c = 0; c < data.classes.size(); ++c) {
        auto it = std::find(classes.begin(), classes.end(), data.classes[c]);
        if (it != classes.end()) map[c] = static_cast<int>(it - classes.begin());
    }
    std::vector<int> out;
    for (size_t i : idx) out.push_back(data.samples[i].label >= 0 ? map[data.samples[i].label] : -1);
    return out;
}

double accuracyOf(const std::vector<models::Prediction>& p, const std::vector<int>& y) {
    size_t correct = 0, n = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        if (y[i] < 0) continue;
        ++n;
        correct += p[i].predicted == y[i];
    }
    return n ? static_cast<double>(correct) / static_cast<double>(n) : -1;
}

// The flow's visible bytes in the order a deletion curve removes them: by attention (β·α,
// highest first) or shuffled with the seed.
std::vector<size_t> deletionOrder(const dataset::FlowTensor& x, const models::Prediction& p, const dataset::InputShape& shape,
                                  bool byAttention, uint64_t seed) {
    std::vector<size_t> order;
    for (size_t k = 0; k < x.bytes.size(); ++k)
        if (x.visible[k]) order.push_back(k);
    if (byAttention) {
        const auto share = byteShares(p, shape);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return share[a] > share[b]; });
    } else {
        std::mt19937_64 r(seed);
        for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[r() % k]);
    }
    return order;
}

// The flow with the first step/kDeletionSteps of the ordered bytes removed.
dataset::FlowTensor withoutBytes(const dataset::FlowTensor& x, const std::vector<size_t>& order, int step) {
    dataset::FlowTensor t = x;
    const size_t n = order.size() * static_cast<size_t>(step) / kDeletionSteps;
    for (size_t k = 0; k < n; ++k) {
        t.bytes[order[k]] = 0;
        t.visible[order[k]] = 0;
    }
    return t;
}

}  // namespace

dataset::FlowTensor swapGroup(const dataset::FlowTensor& flow, const dataset::FlowTensor& donor, FieldGroup group) {
    dataset::FlowTensor t = flow;
    dataset::Tensorizer::zeroGroup(t, group);
    for (size_t k = 0; k < t.bytes.size(); ++k) {
        if (donor.present[k] && donor.visible[k] && groupOf(static_cast<FieldId>(donor.fields[k])) == group) {
            t.bytes[k] = donor.bytes[k];
            t.visible[k] = 1;
            t.present[k] = 1;
            t.fields[k] = donor.fields[k];
        }
    }
    return t;
}

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size() || a.size() < 2) return 0;
    const auto ra = ranks(a), rb = ranks(b);
    const double n = static_cast<double>(a.size());
    const double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / n, mb = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
    double cov = 0, va = 0, vb = 0;
    for (size_t i = 0; i < ra.size(); ++i) {
        cov += (ra[i] - ma) * (rb[i] - mb);
        va += (ra[i] - ma) * (ra[i] - ma);
        vb += (rb[i] - mb) * (rb[i] - mb);
    }
    return va > 0 && vb > 0 ? cov / std::sqrt(va * vb) : 0;
}

ImportanceReport occlusion(const models::Model& model, const dataset::Dataset& data, Blanking how, uint64_t seed,
                           const std::vector<size_t>& indicesIn, bool deletionCurves) {
    std::vector<size_t> idx = indicesIn;
    if (idx.empty()) {
        idx.resize(data.samples.size());
        std::iota(idx.begin(), idx.end(), 0);
    }
    ImportanceReport rep;
    const auto& info = model.info();
    std::vector<const dataset::FlowTensor*> x;
    for (size_t i : idx) x.push_back(&data.samples[i].x);
    const std::vector<int> y = modelLabels(model, data, idx);
    const std::vector<models::Prediction> base = model.predict(x);
    rep.accuracy = accuracyOf(base, y);
    rep.flows.resize(idx.size());
    for (size_t i = 0; i < idx.size(); ++i) {
        rep.flows[i].predicted = base[i].predicted;
        rep.flows[i].probability = base[i].probabilities[base[i].predicted];
    }
    std::vector<int> groups;
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<FieldGroup>(g);
        if (groupKind(group) != GroupKind::NotInput && info.preset.keeps(group)) {
            groups.push_back(g);
            rep.groups.emplace_back(groupName(group));
        }
    }
    std::mt19937_64 rng(seed);
    double siteDrop = 0, allDrop = 0;
    for (int g : groups) {
        const auto group = static_cast<FieldGroup>(g);
        std::vector<models::Prediction> p;
        if (how == Blanking::Zero || idx.size() < 2) {
            p = model.predictWithout(x, group);
        } else {
            // the group's bytes from another flow: the same positions where that flow has the group
            std::vector<dataset::FlowTensor> swapped;
            swapped.reserve(idx.size());
            for (size_t i = 0; i < idx.size(); ++i) {
                size_t j = rng() % (idx.size() - 1);
                if (j >= i) ++j;
                swapped.push_back(swapGroup(*x[i], *x[j], group));
            }
            std::vector<const dataset::FlowTensor*> sx;
            for (const auto& t : swapped) sx.push_back(&t);
            p = model.predict(sx);
        }
        double dropSum = 0, flips = 0;
        for (size_t i = 0; i < idx.size(); ++i) {
            const int c = base[i].predicted;
            const double d = static_cast<double>(base[i].probabilities[c]) - p[i].probabilities[c];
            rep.flows[i].drop[g] = d;
            rep.flows[i].flips[g] = p[i].predicted != c;
            dropSum += d;
            flips += p[i].predicted != c;
        }
        rep.meanDrop[g] = dropSum / static_cast<double>(idx.size());
        rep.flipRate[g] = flips / static_cast<double>(idx.size());
        const double acc = accuracyOf(p, y);
        rep.accuracyChange[g] = rep.accuracy >= 0 ? acc - rep.accuracy : 0;
        allDrop += std::max(0.0, rep.meanDrop[g]);
        if (groupKind(group) == GroupKind::SiteDependent) siteDrop += std::max(0.0, rep.meanDrop[g]);
    }
    rep.siteDependentDrop = allDrop > 0 ? siteDrop / allDrop : 0;

    // attention against occlusion, and deletion curves (HAN)
    if (!base.empty() && base.front().hasAttention) {
        rep.hasAttention = true;
        std::vector<GroupShares> shares;
        double spearmanSum = 0;
        for (size_t i = 0; i < idx.size(); ++i) {
            shares.push_back(groupShares(base[i], *x[i], info.shape));
            std::vector<double> att, drop;
            for (int g : groups) {
                att.push_back(shares.back()[g]);
                drop.push_back(rep.flows[i].drop[g]);
            }
            rep.flows[i].spearman = spearman(att, drop);
            rep.flows[i].hasSpearman = true;
            spearmanSum += rep.flows[i].spearman;
        }
        rep.meanAttention = meanShares(shares);
        std::vector<double> att, drop;
        for (int g : groups) {
            att.push_back(rep.meanAttention[g]);
            drop.push_back(rep.meanDrop[g]);
        }
        rep.spearmanDataset = spearman(att, drop);
        rep.meanFlowSpearman = spearmanSum / static_cast<double>(idx.size());
        // remove the visible bytes of each flow in order of attention (β·α), or at random
        for (int pass = 0; pass < (deletionCurves ? 2 : 0); ++pass) {
            std::vector<double>& curve = pass == 0 ? rep.deletionByAttention : rep.deletionRandom;
            std::vector<std::vector<size_t>> orders;
            for (size_t i = 0; i < idx.size(); ++i) orders.push_back(deletionOrder(*x[i], base[i], info.shape, pass == 0, seed + i));
            for (int step = 0; step <= kDeletionSteps; ++step) {
                std::vector<dataset::FlowTensor> cut;
                cut.reserve(idx.size());
                for (size_t i = 0; i < idx.size(); ++i) cut.push_back(withoutBytes(*x[i], orders[i], step));
                std::vector<const dataset::FlowTensor*> cx;
                for (const auto& t : cut) cx.push_back(&t);
                const auto p = model.predict(cx);
                // with labels: accuracy; without: agreement with the original prediction
                size_t agree = 0;
                for (size_t i = 0; i < p.size(); ++i) agree += p[i].predicted == (y[i] >= 0 ? y[i] : base[i].predicted);
                curve.push_back(static_cast<double>(agree) / static_cast<double>(p.size()));
            }
        }
    }
    return rep;
}

FlowOcclusion occludeFlow(const models::Model& model, const dataset::FlowTensor& x,
                          const std::vector<const dataset::FlowTensor*>& donors, uint64_t seed) {
    FlowOcclusion r;
    const auto& info = model.info();
    const std::vector<const dataset::FlowTensor*> one = {&x};
    const models::Prediction base = model.predict(one).front();
    r.predicted = base.predicted;
    r.probability = base.probabilities[base.predicted];
    const int c = base.predicted;
    r.hasSwap = !donors.empty();
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<FieldGroup>(g);
        if (groupKind(group) == GroupKind::NotInput || !info.preset.keeps(group)) continue;
        r.groups.push_back(g);
        r.drop[g] = r.probability - model.predictWithout(one, group).front().probabilities[c];
        if (r.hasSwap) {
            std::vector<dataset::FlowTensor> swapped;
            for (const auto* d : donors) swapped.push_back(swapGroup(x, *d, group));
            std::vector<const dataset::FlowTensor*> sx;
            for (const auto& t : swapped) sx.push_back(&t);
            double sum = 0;
            for (const auto& p : model.predict(sx)) sum += r.probability - p.probabilities[c];
            r.swapDrop[g] = sum / static_cast<double>(donors.size());
        }
    }
    if (base.hasAttention) {
        r.hasAttention = true;
        r.attention = groupShares(base, x, info.shape);
        std::vector<double> att, drop;
        for (int g : r.groups) {
            att.push_back(r.attention[g]);
            drop.push_back(r.drop[g]);
        }
        r.spearman = spearman(att, drop);
        for (int pass = 0; pass < 2; ++pass) {
            const auto order = deletionOrder(x, base, info.shape, pass == 0, seed);
            std::vector<dataset::FlowTensor> cut;
            for (int step = 0; step <= kDeletionSteps; ++step) cut.push_back(withoutBytes(x, order, step));
            std::vector<const dataset::FlowTensor*> cx;
            for (const auto& t : cut) cx.push_back(&t);
            auto& curve = pass == 0 ? r.deletionByAttention : r.deletionRandom;
            for (const auto& p : model.predict(cx)) curve.push_back(p.probabilities[c]);
        }
    }
    return r;
}

}  // namespace whyflow::explain
