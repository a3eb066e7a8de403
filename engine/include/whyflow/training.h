// Training and evaluation of models on datasets.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "whyflow/dataset.h"
#include "whyflow/metrics.h"
#include "whyflow/model.h"

namespace whyflow::training {

struct EpochReport {
    int epoch = 0;
    int maxEpochs = 0;
    double trainLoss = 0;
    double validationAccuracy = 0;
    double validationLoss = 0;
    double elapsedSeconds = 0;
    double etaSeconds = 0;
    bool improved = false;
};

struct TrainOptions {
    std::string kind = "han";
    int maxEpochs = 40;
    int patience = 6;          // epochs without validation improvement before stopping
    int batchSize = 32;
    double learningRate = 3e-3;
    uint64_t seed = 1;         // split and initialisation
    int threads = 1;           // intra-op threads (1 is fastest here for small GRU batches)
    std::function<void(const EpochReport&)> onEpoch;
    std::function<void(const std::string&)> log;
    const std::atomic<bool>* cancel = nullptr;  // stops after the current batch, keeps the best model
};

struct TrainResult {
    std::unique_ptr<models::Model> model;
    dataset::Split split;
    double validationAccuracy = 0;
    double testAccuracy = 0;
    int epochs = 0;
    bool cancelled = false;
};

// Splits the data (stratified 80/10/10 with options.seed), trains with early stopping on
// validation accuracy and evaluates the best model on the test split.
TrainResult train(const dataset::Dataset& data, const TrainOptions& options);

struct Evaluation {
    double accuracy = 0;
    double loss = 0;  // mean cross-entropy of the true class
};
// Accuracy and loss of a model on some samples of a dataset (all when indices is empty).
Evaluation evaluate(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& indices = {});
double accuracy(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& indices = {});

// The full report of a model on some samples (all when indices is empty). The data's
// classes are matched to the model's by name; a class the model does not know is an error.
metrics::Report report(const models::Model& model, const dataset::Dataset& data, const std::vector<size_t>& indices = {});


}  // namespace whyflow::training
