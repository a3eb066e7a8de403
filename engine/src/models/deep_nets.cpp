// CNN, LSTM and stacked auto-encoder, the deep baselines next to HAN; and the factory of
// all deep networks by kind.
#include <algorithm>

#include <torch/version.h>

#include "models/deep_net.h"
#include "whyflow/version.h"

namespace whyflow::models {
namespace {

// bytes as numbers in [0, 1]; masked and padding bytes are 0: [B, N, M]
torch::Tensor byteValues(const HanBatch& b) {
    return (b.tokens - 1).clamp_min(0).to(torch::kFloat32).div_(255.0f) * b.byteMask.to(torch::kFloat32);
}

// In the spirit of the 1D-CNN of Wang et al. (2017): the flow's bytes as one sequence.
struct CnnNetImpl : DeepNetImpl {
    CnnNetImpl(int64_t length, int64_t classes, int64_t c1, int64_t c2, int64_t kernel, int64_t hidden) {
        conv1 = register_module("conv1", torch::nn::Conv1d(torch::nn::Conv1dOptions(1, c1, kernel).padding(kernel / 2)));
        conv2 = register_module("conv2", torch::nn::Conv1d(torch::nn::Conv1dOptions(c1, c2, kernel).padding(kernel / 2)));
        const int64_t pooled = conv2Length(conv1Length(length, kernel) / 3, kernel) / 3;
        if (pooled < 1) throw std::invalid_argument("the input is too short for the convolutions");
        fc1 = register_module("fc1", torch::nn::Linear(c2 * pooled, hidden));
        fc2 = register_module("fc2", torch::nn::Linear(hidden, classes));
    }
    static int64_t conv1Length(int64_t l, int64_t k) { return l + 2 * (k / 2) - k + 1; }
    static int64_t conv2Length(int64_t l, int64_t k) { return l + 2 * (k / 2) - k + 1; }
    HanOutput forward(const HanBatch& b) override {
        torch::Tensor x = byteValues(b).flatten(1).unsqueeze(1);  // [B, 1, N*M]
        x = torch::max_pool1d(torch::relu(conv1->forward(x)), 3);
        x = torch::max_pool1d(torch::relu(conv2->forward(x)), 3);
        x = torch::relu(fc1->forward(x.flatten(1)));
        return {fc2->forward(x), {}, {}};
    }
    torch::nn::Conv1d conv1{nullptr}, conv2{nullptr};
    torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};

// An LSTM over the packet sequence; each packet's bytes embedded, then projected.
struct LstmNetImpl : DeepNetImpl {
    LstmNetImpl(int64_t bytes, int64_t classes, int64_t embed, int64_t projection, int64_t hidden) {
        embedding = register_module("embedding", torch::nn::Embedding(257, embed));
        project = register_module("project", torch::nn::Linear(bytes * embed, projection));
        lstm = register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(projection, hidden).batch_first(true)));
        fc = register_module("fc", torch::nn::Linear(hidden, classes));
    }
    HanOutput forward(const HanBatch& b) override {
        namespace rnn = torch::nn::utils::rnn;
        const int64_t B = b.tokens.size(0), N = b.tokens.size(1);
        torch::Tensor e = embedding->forward(b.tokens).reshape({B, N, -1});  // [B, N, M*E]
        torch::Tensor p = torch::relu(project->forward(e));
        torch::Tensor counts = (b.lengths > 0).sum(1).clamp_min(1);
        auto packed = rnn::pack_padded_sequence(p, counts, /*batch_first=*/true, /*enforce_sorted=*/false);
        auto out = lstm->forward_with_packed_input(packed);
        torch::Tensor last = std::get<0>(std::get<1>(out)).squeeze(0);  // h_n of the last real packet: [B, H]
        return {fc->forward(last), {}, {}};
    }
    torch::nn::Embedding embedding{nullptr};
    torch::nn::Linear project{nullptr};
    torch::nn::LSTM lstm{nullptr};
    torch::nn::Linear fc{nullptr};
};

// A stacked auto-encoder as in Deep Packet (Lotfollahi et al. 2020): pretrained greedily,
// layer by layer, to reconstruct its input, then fine-tuned with the labels.
struct SaeNetImpl : DeepNetImpl {
    SaeNetImpl(int64_t input, int64_t classes, const std::vector<int64_t>& sizes) {
        int64_t in = input;
        for (size_t l = 0; l < sizes.size(); ++l) {
            encoders.push_back(register_module("encoder" + std::to_string(l), torch::nn::Linear(in, sizes[l])));
            decoders.push_back(register_module("decoder" + std::to_string(l), torch::nn::Linear(sizes[l], in)));
            in = sizes[l];
        }
        classifier = register_module("classifier", torch::nn::Linear(in, classes));
    }
    torch::Tensor encode(torch::Tensor x, size_t layers) {
        for (size_t l = 0; l < layers; ++l) x = torch::relu(encoders[l]->forward(x));
        return x;
    }
    HanOutput forward(const HanBatch& b) override {
        return {classifier->forward(encode(byteValues(b).flatten(1), encoders.size())), {}, {}};
    }
    void pretrain(const std::vector<HanBatch>& batches, int epochs, double lr) override {
        for (size_t l = 0; l < encoders.size(); ++l) {
            std::vector<torch::Tensor> params = encoders[l]->parameters();
            for (auto& p : decoders[l]->parameters()) params.push_back(p);
            torch::optim::Adam opt(params, torch::optim::AdamOptions(lr));
            for (int e = 0; e < epochs; ++e) {
                for (const HanBatch& b : batches) {
                    torch::Tensor in;
                    {
                        torch::NoGradGuard g;
                        in = encode(byteValues(b).flatten(1), l);
                    }
                    torch::Tensor recon = decoders[l]->forward(torch::relu(encoders[l]->forward(in)));
                    torch::Tensor loss = torch::mse_loss(recon, in);
                    opt.zero_grad();
                    loss.backward();
                    opt.step();
                }
            }
        }
    }
    std::vector<torch::nn::Linear> encoders, decoders;
    torch::nn::Linear classifier{nullptr};
};

// a hyper-parameter from info, or its default (which is then written into info)
int64_t hyper(ModelInfo& info, const std::string& name, int64_t fallback) {
    for (const auto& [k, v] : info.hyper)
        if (k == name) {
            if (v < 1 || v > 1e6) throw ModelError("hyper-parameter " + name + " = " + std::to_string(v) + " is impossible");
            return static_cast<int64_t>(v);
        }
    info.hyper.emplace_back(name, static_cast<double>(fallback));
    return fallback;
}

}  // namespace

bool isDeepKind(const std::string& kind) { return kind == "han" || kind == "cnn" || kind == "lstm" || kind == "sae"; }

DeepNet makeNet(ModelInfo& info) {
    const int64_t C = static_cast<int64_t>(info.classes.size());
    const int64_t N = info.shape.packets, M = info.shape.bytes;
    if (info.kind == "han") {
        HanConfig c;
        c.embed = static_cast<int>(hyper(info, "embed", c.embed));
        c.byteHidden = static_cast<int>(hyper(info, "byte_hidden", c.byteHidden));
        c.packetHidden = static_cast<int>(hyper(info, "packet_hidden", c.packetHidden));
        c.attention = static_cast<int>(hyper(info, "attention", c.attention));
        return std::make_shared<HanNetImpl>(c, C);
    }
    if (info.kind == "cnn")
        return std::make_shared<CnnNetImpl>(N * M, C, hyper(info, "channels1", 32), hyper(info, "channels2", 64),
                                            hyper(info, "kernel", 25), hyper(info, "hidden", 128));
    if (info.kind == "lstm")
        return std::make_shared<LstmNetImpl>(M, C, hyper(info, "embed", 8), hyper(info, "projection", 128),
                                             hyper(info, "hidden", 128));
    if (info.kind == "sae")
        return std::make_shared<SaeNetImpl>(N * M, C, std::vector<int64_t>{hyper(info, "layer1", 400), hyper(info, "layer2", 200),
                                                                            hyper(info, "layer3", 100)});
    throw ModelError("model kind '" + info.kind + "' is not a deep model");
}

}  // namespace whyflow::models

namespace whyflow {
std::string version() { return WHYFLOW_VERSION; }
std::string libtorchVersion() { return TORCH_VERSION; }
}  // namespace whyflow
