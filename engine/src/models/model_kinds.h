// Factories of the model kinds, torch-free so that loading code need not include torch.
#pragma once

#include <memory>
#include <string>

#include "models/model_file.h"
#include "whyflow/model.h"

namespace whyflow::models {

struct HanConfig {
    int embed = 32;          // byte embedding size
    int byteHidden = 32;     // byte GRU units per direction
    int packetHidden = 32;   // packet GRU units per direction
    int attention = 64;      // additive attention size
};

// HAN, CNN, LSTM and SAE: weights from a model file, or freshly initialised from a seed
std::unique_ptr<Model> makeDeepModel(ModelInfo info, const ModelRecords& records, const std::string& path);
std::unique_ptr<Model> makeUntrainedDeep(ModelInfo info, uint64_t seed);
bool isDeepKind(const std::string& kind);

// A TorchScript module saved by Python PyTorch under the contract of docs/torchscript.md.
std::unique_ptr<Model> makeTorchScriptModel(const std::string& path);

}  // namespace whyflow::models
