// models::Model: a trained classifier loaded from or saved to a .wfm file.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "whyflow/dataset.h"

namespace whyflow::models {

// Thrown for a damaged, truncated or foreign model file, or a model that does not fit
// the data it is given. The message names the file and the problem.
class ModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

constexpr int kModelFormatVersion = 1;

struct ModelInfo {
    int formatVersion = kModelFormatVersion;
    std::string kind = "han";                 // han, cnn, lstm, sae, c45, knn
    std::vector<std::string> classes;
    dataset::InputShape shape;
    std::string startLayer = "network";
    dataset::FeaturePreset preset = dataset::FeaturePreset::full();
    std::string trainingData;                 // description of the training set
    uint64_t splitSeed = 0;
    int maxPerClass = 5000;                   // flows sampled per class for training
    int epochs = 0;
    double validationAccuracy = -1;
    double testAccuracy = -1;
    std::string whyflowVersion;
    // hyper-parameters of the architecture, as "name" -> value
    std::vector<std::pair<std::string, double>> hyper;

    double hyperValue(const std::string& name, double fallback) const;
    std::string toJson() const;
    static ModelInfo fromJson(const std::string& json, const std::string& fileForErrors);  // throws ModelError
};

struct Prediction {
    int predicted = -1;
    std::vector<float> probabilities;    // one per class
    bool hasAttention = false;
    std::vector<float> packetAttention;  // β: N values, 0 for empty slots, sum 1
    std::vector<float> byteAttention;    // α: N*M values, each packet's sum 1 over visible bytes
};

class Model {
public:
    virtual ~Model();
    const ModelInfo& info() const { return info_; }
    ModelInfo& info() { return info_; }

    // Predicts a batch of flows. Every tensor must have the model's input shape.
    virtual std::vector<Prediction> predict(const std::vector<const dataset::FlowTensor*>& batch) const = 0;
    virtual void save(const std::string& path) const = 0;  // throws ModelError

    // Predicts the batch with one field group hidden, for occlusion importance. By default
    // the group's bytes are set to 0; models that read feature vectors (C4.5, k-NN) set the
    // group's features to their means over the training set instead, a value they have seen.
    virtual std::vector<Prediction> predictWithout(const std::vector<const dataset::FlowTensor*>& batch,
                                                   FieldGroup group) const;

    // Loads any model kind; throws ModelError with a message naming the file.
    static std::unique_ptr<Model> load(const std::string& path);

    // Checks that a tensor fits this model; throws ModelError otherwise.
    void checkInput(const dataset::FlowTensor& t) const;

protected:
    ModelInfo info_;
};

}  // namespace whyflow::models
