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

std::unique_ptr<Model> makeHanModel(ModelInfo info, const ModelRecords& records, const std::string& path);
std::unique_ptr<Model> makeUntrainedHan(ModelInfo info, const HanConfig& config, uint64_t seed);

}  // namespace whyflow::models
