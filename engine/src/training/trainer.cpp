#include "whyflow/training.h"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <numeric>
#include <mutex>
#include <random>

#include "models/classical.h"
#include "models/deep_net.h"

namespace whyflow::training {

Evaluation evaluate(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& indices) {
    std::vector<const dataset::FlowTensor*> x;
    std::vector<int> y;
    auto take = [&](size_t i) {
        x.push_back(&data.samples[i].x);
        y.push_back(data.samples[i].label);
    };
    if (indices.empty())
        for (size_t i = 0; i < data.samples.size(); ++i) take(i);
    else
        for (size_t i : indices) take(i);
    Evaluation e;
    if (x.empty()) return e;
    std::vector<models::Prediction> p = model.predict(x);
    size_t correct = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        correct += p[i].predicted == y[i];
        e.loss -= std::log(std::max(1e-12, static_cast<double>(p[i].probabilities[y[i]])));
    }
    e.accuracy = static_cast<double>(correct) / static_cast<double>(p.size());
    e.loss /= static_cast<double>(p.size());
    return e;
}

metrics::Report report(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& indices) {
    const auto& classes = model.info().classes;
    std::vector<int> toModel(data.classes.size(), -1);
    for (size_t c = 0; c < data.classes.size(); ++c) {
        auto it = std::find(classes.begin(), classes.end(), data.classes[c]);
        if (it == classes.end())
            throw std::invalid_argument(data.description + ": class '" + data.classes[c] + "' is not one of the model's classes");
        toModel[c] = static_cast<int>(it - classes.begin());
    }
    std::vector<const dataset::FlowTensor*> x;
    std::vector<int> truth;
    auto take = [&](size_t i) {
        x.push_back(&data.samples[i].x);
        truth.push_back(toModel[data.samples[i].label]);
    };
    if (indices.empty())
        for (size_t i = 0; i < data.samples.size(); ++i) take(i);
    else
        for (size_t i : indices) take(i);
    std::vector<int> predicted;
    for (const auto& p : model.predict(x)) predicted.push_back(p.predicted);
    return metrics::evaluate(classes, truth, predicted);
}

double accuracy(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& indices) {
    return evaluate(model, data, indices).accuracy;
}

namespace {

using Clock = std::chrono::steady_clock;

std::vector<torch::Tensor> snapshot(torch::nn::Module& m) {
    std::vector<torch::Tensor> out;
    for (auto& p : m.parameters()) out.push_back(p.detach().clone());
    return out;
}

void restore(torch::nn::Module& m, const std::vector<torch::Tensor>& saved) {
    torch::NoGradGuard g;
    auto params = m.parameters();
    for (size_t i = 0; i < params.size(); ++i) params[i].copy_(saved[i]);
}

}  // namespace

TrainResult train(const dataset::Dataset& data, const TrainOptions& opt) {
    const bool classical = opt.kind == "c45" || opt.kind == "knn";
    if (!models::isDeepKind(opt.kind) && !classical)
        throw std::invalid_argument("unknown model kind '" + opt.kind + "' (use han, cnn, lstm, sae, c45 or knn)");
    if (data.classes.size() < 2) throw std::invalid_argument("a classifier needs at least two classes");
    if (data.samples.empty()) throw std::invalid_argument("the dataset holds no flows");
    TrainResult result;
    result.split = dataset::stratifiedSplit(data, opt.seed);
    if (result.split.train.empty() || result.split.validation.empty())
        throw std::invalid_argument("too few flows to split into training and validation sets");

    torch::set_num_threads(std::max(1, opt.threads));
    models::ModelInfo info;
    info.classes = data.classes;
    info.trainingData = data.description;
    info.splitSeed = opt.seed;
    info.maxPerClass = data.maxPerClass;
    info.whyflowVersion = WHYFLOW_VERSION;
    info.shape = data.shape;
    info.preset = data.preset;
    if (classical) {  // no epochs: fit on the training split, report validation and test
        auto model = models::trainClassical(opt.kind, data, result.split.train, info);
        result.validationAccuracy = accuracy(*model, data, result.split.validation);
        result.testAccuracy = accuracy(*model, data, result.split.test);
        model->info().validationAccuracy = result.validationAccuracy;
        model->info().testAccuracy = result.testAccuracy;
        result.model = std::move(model);
        return result;
    }
    info.kind = opt.kind;
    std::unique_ptr<models::Model> owned;
    {
        // torch's generator is global: models trained side by side take turns to initialise
        static std::mutex initMutex;
        std::lock_guard<std::mutex> lock(initMutex);
        owned = models::makeUntrainedDeep(info, opt.seed);
    }
    auto* model = static_cast<models::DeepModel*>(owned.get());
    models::DeepNet& net = model->net();
    if (opt.kind == "sae") {  // greedy layer-wise pretraining on the training flows
        std::vector<models::HanBatch> batches;
        for (size_t b = 0; b < result.split.train.size(); b += 64) {
            std::vector<const dataset::FlowTensor*> x;
            for (size_t k = b; k < std::min(result.split.train.size(), b + 64); ++k) x.push_back(&data.samples[result.split.train[k]].x);
            batches.push_back(models::makeHanBatch(x, info.shape));
        }
        if (opt.log) opt.log("pretraining the auto-encoder layers");
        net->pretrain(batches, 3, 1e-3);
    }

    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(opt.learningRate));
    std::mt19937_64 rng(opt.seed ^ 0x5eedull);
    std::vector<size_t> order = result.split.train;
    double best = -1, bestLoss = 0;
    std::vector<torch::Tensor> bestWeights = snapshot(*net);
    int sinceBest = 0;
    const auto start = Clock::now();
    for (int epoch = 1; epoch <= opt.maxEpochs; ++epoch) {
        net->train();
        for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
        double lossSum = 0;
        size_t seen = 0;
        for (size_t b = 0; b < order.size(); b += opt.batchSize) {
            if (opt.cancel && opt.cancel->load()) {
                result.cancelled = true;
                break;
            }
            const size_t end = std::min(order.size(), b + static_cast<size_t>(opt.batchSize));
            std::vector<const dataset::FlowTensor*> x;
            std::vector<int64_t> y;
            for (size_t k = b; k < end; ++k) {
                x.push_back(&data.samples[order[k]].x);
                y.push_back(data.samples[order[k]].label);
            }
            models::HanOutput out = net->forward(models::makeHanBatch(x, info.shape));
            torch::Tensor target = torch::tensor(y, torch::kInt64);
            torch::Tensor loss = torch::nn::functional::cross_entropy(out.logits, target);
            optimizer.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(net->parameters(), 5.0);
            optimizer.step();
            lossSum += loss.item<double>() * static_cast<double>(x.size());
            seen += x.size();
        }
        if (result.cancelled && seen == 0) break;
        const Evaluation val = evaluate(*model, data, result.split.validation);
        EpochReport rep;
        rep.epoch = epoch;
        rep.maxEpochs = opt.maxEpochs;
        rep.trainLoss = seen ? lossSum / static_cast<double>(seen) : 0;
        rep.validationAccuracy = val.accuracy;
        rep.validationLoss = val.loss;
        rep.elapsedSeconds = std::chrono::duration<double>(Clock::now() - start).count();
        rep.etaSeconds = rep.elapsedSeconds / epoch * (opt.maxEpochs - epoch);
        // better accuracy, or the same accuracy with a loss lower by at least kMinLossDelta
        constexpr double kMinLossDelta = 1e-3;
        rep.improved = val.accuracy > best || (val.accuracy == best && val.loss < bestLoss - kMinLossDelta);
        result.epochs = epoch;
        if (rep.improved) {
            best = val.accuracy;
            bestLoss = val.loss;
            bestWeights = snapshot(*net);
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
        if (opt.onEpoch) opt.onEpoch(rep);
        if (result.cancelled || sinceBest >= opt.patience) break;
    }
    restore(*net, bestWeights);
    result.validationAccuracy = std::max(0.0, best);
    result.testAccuracy = accuracy(*model, data, result.split.test);
    model->info().validationAccuracy = result.validationAccuracy;
    model->info().testAccuracy = result.testAccuracy;
    model->info().epochs = result.epochs;
    result.model = std::move(owned);
    return result;
}

}  // namespace whyflow::training
