// The hierarchical attention network (Yang et al., NAACL 2016) over bytes and packets.
// Internal to engine/src: includes torch.
#pragma once

#include <torch/torch.h>

#include "models/model_kinds.h"
#include "whyflow/model.h"

namespace whyflow::models {

// Additive attention against a learned context vector; masked positions get weight 0.
struct AdditiveAttentionImpl : torch::nn::Module {
    AdditiveAttentionImpl(int64_t inputSize, int64_t attentionSize);
    // h: [B, T, D], mask: [B, T] bool -> (weighted sum [B, D], weights [B, T])
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& h, const torch::Tensor& mask);

    torch::nn::Linear projection{nullptr};
    torch::Tensor context;
};
TORCH_MODULE(AdditiveAttention);

struct HanOutput {
    torch::Tensor logits;           // [B, C]
    torch::Tensor packetAttention;  // β [B, N]
    torch::Tensor byteAttention;    // α [B, N, M]
};

// Model input built from FlowTensors: token = byte + 1 where visible, 0 where masked or
// padding; lengths are the packets' byte counts (padding excluded).
struct HanBatch {
    torch::Tensor tokens;      // [B, N, M] int64
    torch::Tensor byteMask;    // [B, N, M] bool: visible bytes
    torch::Tensor lengths;     // [B, N] int64: present bytes per packet slot
};
HanBatch makeHanBatch(const std::vector<const dataset::FlowTensor*>& flows, const dataset::InputShape& shape);

struct HanNetImpl : torch::nn::Module {
    HanNetImpl(const HanConfig& config, int64_t classes);
    HanOutput forward(const HanBatch& batch);

    HanConfig config;
    torch::nn::Embedding embedding{nullptr};
    torch::nn::GRU byteGru{nullptr};
    AdditiveAttention byteAttention{nullptr};
    torch::nn::GRU packetGru{nullptr};
    AdditiveAttention packetAttention{nullptr};
    torch::nn::Linear classifier{nullptr};
};
TORCH_MODULE(HanNet);

class HanModel : public Model {
public:
    HanModel(ModelInfo info, const HanConfig& config);
    std::vector<Prediction> predict(const std::vector<const dataset::FlowTensor*>& batch) const override;
    void save(const std::string& path) const override;
    HanNet& net() { return net_; }
    const HanConfig& config() const { return config_; }

private:
    HanConfig config_;
    mutable HanNet net_{nullptr};
};

// Parameters <-> named float arrays
ModelRecords moduleRecords(torch::nn::Module& module);
void loadModuleRecords(torch::nn::Module& module, const ModelRecords& records, const std::string& path);

}  // namespace whyflow::models
