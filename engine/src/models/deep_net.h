// The deep models (HAN, CNN, LSTM, SAE) in libtorch behind one interface.
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

// A deep network: tensors of a batch of flows in, logits (and, for HAN, attention) out.
struct DeepNetImpl : torch::nn::Module {
    virtual HanOutput forward(const HanBatch& batch) = 0;
    // Greedy layer-wise pretraining before supervised training (the SAE); no-op otherwise.
    virtual void pretrain(const std::vector<HanBatch>& batches, int epochs, double learningRate) {}
};
using DeepNet = std::shared_ptr<DeepNetImpl>;

struct HanNetImpl : DeepNetImpl {
    HanNetImpl(const HanConfig& config, int64_t classes);
    HanOutput forward(const HanBatch& batch) override;

    HanConfig config;
    torch::nn::Embedding embedding{nullptr};
    torch::nn::GRU byteGru{nullptr};
    AdditiveAttention byteAttention{nullptr};
    torch::nn::GRU packetGru{nullptr};
    AdditiveAttention packetAttention{nullptr};
    torch::nn::Linear classifier{nullptr};
};

// The network of a model kind, built from the hyper-parameters in info (defaults filled in).
DeepNet makeNet(ModelInfo& info);

class DeepModel : public Model {
public:
    DeepModel(ModelInfo info, DeepNet net);
    std::vector<Prediction> predict(const std::vector<const dataset::FlowTensor*>& batch) const override;
    void save(const std::string& path) const override;
    DeepNet& net() { return net_; }

private:
    mutable DeepNet net_;
};

// Parameters <-> named float arrays
ModelRecords moduleRecords(torch::nn::Module& module);
void loadModuleRecords(torch::nn::Module& module, const ModelRecords& records, const std::string& path);

}  // namespace whyflow::models
