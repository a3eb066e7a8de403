// Models trained in Python: TorchScript modules saved with torch.jit.save that follow the
// contract of docs/torchscript.md (input uint8 [batch, packets, bytes]; output logits, or
// (logits, packet attention, byte attention); a whyflow.json among the extra files).
#include <torch/script.h>

#include <nlohmann/json.hpp>

#include "models/model_kinds.h"

namespace whyflow::models {
namespace {

class TorchScriptModel : public Model {
public:
    TorchScriptModel(ModelInfo info, torch::jit::Module module) : module_(std::move(module)) { info_ = std::move(info); }

    std::vector<Prediction> predict(const std::vector<const dataset::FlowTensor*>& batch) const override {
        for (const auto* t : batch) checkInput(*t);
        torch::NoGradGuard noGrad;
        const int64_t N = info_.shape.packets, M = info_.shape.bytes, C = static_cast<int64_t>(info_.classes.size());
        std::vector<Prediction> out;
        constexpr size_t kChunk = 256;
        for (size_t start = 0; start < batch.size(); start += kChunk) {
            const size_t end = std::min(batch.size(), start + kChunk);
            torch::Tensor x = torch::empty({static_cast<int64_t>(end - start), N, M}, torch::kUInt8);
            for (size_t i = start; i < end; ++i)
                std::memcpy(x.data_ptr<uint8_t>() + (i - start) * N * M, batch[i]->bytes.data(), static_cast<size_t>(N * M));
            torch::Tensor logits, beta, alpha;
            run(x, logits, beta, alpha, "");
            const torch::Tensor probs = torch::softmax(logits.to(torch::kFloat32), 1).contiguous();
            for (size_t i = 0; i < end - start; ++i) {
                Prediction p;
                const float* pr = probs.data_ptr<float>() + i * C;
                p.probabilities.assign(pr, pr + C);
                p.predicted = static_cast<int>(std::max_element(pr, pr + C) - pr);
                if (beta.defined()) {
                    p.hasAttention = true;
                    const float* b = beta.data_ptr<float>() + i * N;
                    p.packetAttention.assign(b, b + N);
                    const float* a = alpha.data_ptr<float>() + i * N * M;
                    p.byteAttention.assign(a, a + N * M);
                }
                out.push_back(std::move(p));
            }
        }
        return out;
    }

    void save(const std::string& path) const override {
        throw ModelError(path + ": a TorchScript model is saved from Python (torch.jit.save), not by whyflow");
    }

    // Runs the module and checks its outputs against the contract; path names the file in errors.
    void run(const torch::Tensor& x, torch::Tensor& logits, torch::Tensor& beta, torch::Tensor& alpha, const std::string& path) const {
        const std::string who = path.empty() ? std::string("the TorchScript model") : path;
        const int64_t B = x.size(0), N = x.size(1), M = x.size(2), C = static_cast<int64_t>(info_.classes.size());
        torch::IValue result;
        try {
            result = const_cast<torch::jit::Module&>(module_).forward({x});
        } catch (const c10::Error& e) {
            std::string what = e.what_without_backtrace();
            throw ModelError(who + ": the module failed on a uint8 [batch, " + std::to_string(N) + ", " + std::to_string(M) +
                             "] input: " + what.substr(0, what.find('\n')));
        }
        auto shapeIs = [](const torch::Tensor& t, std::vector<int64_t> s) { return t.defined() && t.sizes().vec() == s; };
        if (result.isTensor()) {
            logits = result.toTensor();
        } else if (result.isTuple() && (result.toTuple()->elements().size() == 1 || result.toTuple()->elements().size() == 3)) {
            const auto& e = result.toTuple()->elements();
            if (!e[0].isTensor()) throw ModelError(who + ": the module's first output is not a tensor of logits");
            logits = e[0].toTensor();
            if (e.size() == 3) {
                if (!e[1].isTensor() || !e[2].isTensor()) throw ModelError(who + ": the attention outputs are not tensors");
                beta = e[1].toTensor().to(torch::kFloat32).contiguous();
                alpha = e[2].toTensor().to(torch::kFloat32).contiguous();
                if (!shapeIs(beta, {B, N}) || !shapeIs(alpha, {B, N, M}))
                    throw ModelError(who + ": packet attention must be [batch, " + std::to_string(N) + "] and byte attention [batch, " +
                                     std::to_string(N) + ", " + std::to_string(M) + "]");
            }
        } else {
            throw ModelError(who + ": the module must return logits, or (logits, packet attention, byte attention)");
        }
        if (!shapeIs(logits, {B, C}))
            throw ModelError(who + ": the logits must be [batch, " + std::to_string(C) + "] for the " + std::to_string(C) +
                             " classes of whyflow.json");
    }

private:
    torch::jit::Module module_;
};

}  // namespace

std::unique_ptr<Model> makeTorchScriptModel(const std::string& path) {
    torch::jit::ExtraFilesMap extra{{"whyflow.json", ""}};
    torch::jit::Module module;
    try {
        module = torch::jit::load(path, torch::kCPU, extra);
    } catch (const c10::Error& e) {
        std::string what = e.what_without_backtrace();
        throw ModelError(path + ": not a loadable TorchScript module (" + what.substr(0, what.find('\n')) + ")");
    }
    if (extra["whyflow.json"].empty())
        throw ModelError(path + ": a TorchScript module without whyflow.json in its extra files (see the TorchScript contract)");
    // whyflow.json of a Python model: classes, input shape and preset are required
    nlohmann::json j = nlohmann::json::parse(extra["whyflow.json"], nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw ModelError(path + ": whyflow.json in the extra files is not valid JSON");
    if (!j.contains("format")) j["format"] = "whyflow-model";
    if (!j.contains("format_version")) j["format_version"] = kModelFormatVersion;
    j["kind"] = "torchscript";
    ModelInfo info = ModelInfo::fromJson(j.dump(), path);
    module.eval();
    auto model = std::make_unique<TorchScriptModel>(info, std::move(module));
    // the contract, checked once on an empty flow
    torch::Tensor logits, beta, alpha;
    model->run(torch::zeros({1, info.shape.packets, info.shape.bytes}, torch::kUInt8), logits, beta, alpha, path);
    return model;
}

}  // namespace whyflow::models
