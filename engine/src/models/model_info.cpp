#include <nlohmann/json.hpp>

#include "whyflow/model.h"

namespace whyflow::models {

Model::~Model() = default;

double ModelInfo::hyperValue(const std::string& name, double fallback) const {
    for (const auto& [k, v] : hyper)
        if (k == name) return v;
    return fallback;
}

std::string ModelInfo::toJson() const {
    nlohmann::ordered_json j;
    j["format"] = "whyflow-model";
    j["format_version"] = formatVersion;
    j["kind"] = kind;
    j["classes"] = classes;
    j["input"] = {{"packets", shape.packets}, {"bytes", shape.bytes}, {"start_layer", startLayer}};
    j["preset"] = {{"name", preset.name()}, {"groups", preset.keptGroups()}};
    j["training_data"] = trainingData;
    j["split_seed"] = splitSeed;
    j["max_per_class"] = maxPerClass;
    j["epochs"] = epochs;
    j["metrics"] = {{"validation_accuracy", validationAccuracy}, {"test_accuracy", testAccuracy}};
    nlohmann::ordered_json h = nlohmann::ordered_json::object();
    for (const auto& [k, v] : hyper) h[k] = v;
    j["hyper_parameters"] = h;
    j["whyflow_version"] = whyflowVersion;
    return j.dump(2);
}

ModelInfo ModelInfo::fromJson(const std::string& text, const std::string& file) {
    auto bad = [&file](const std::string& why) { return ModelError(file + ": " + why); };
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw bad("whyflow.json is not valid JSON");
    ModelInfo info;
    try {
        if (j.value("format", "") != "whyflow-model") throw bad("whyflow.json does not describe a whyflow model");
        info.formatVersion = j.at("format_version").get<int>();
        if (info.formatVersion > kModelFormatVersion)
            throw bad("model format version " + std::to_string(info.formatVersion) +
                      " is newer than this whyflow reads (" + std::to_string(kModelFormatVersion) + ")");
        info.kind = j.at("kind").get<std::string>();
        info.classes = j.at("classes").get<std::vector<std::string>>();
        if (info.classes.size() < 2) throw bad("a model needs at least two classes");
        for (size_t c = 0; c < info.classes.size(); ++c) {
            if (info.classes[c].empty()) throw bad("class " + std::to_string(c) + " has no name");
            for (size_t d = 0; d < c; ++d)
                if (info.classes[d] == info.classes[c]) throw bad("the class '" + info.classes[c] + "' is named twice");
        }
        const auto& in = j.at("input");
        info.shape.packets = in.at("packets").get<int>();
        info.shape.bytes = in.at("bytes").get<int>();
        info.startLayer = in.value("start_layer", "network");
        // the tensors begin at the network layer (DESIGN: link headers are never model input)
        if (info.startLayer != "network") throw bad("input start layer '" + info.startLayer + "' is not supported (only network)");
        if (info.shape.packets < 1 || info.shape.packets > 1024 || info.shape.bytes < 1 || info.shape.bytes > 65535)
            throw bad("impossible input shape " + std::to_string(info.shape.packets) + " x " +
                      std::to_string(info.shape.bytes));
        const auto& pr = j.at("preset");
        std::string presetName = pr.at("name").get<std::string>();
        if (presetName == "custom") {
            std::string groups;
            for (const auto& g : pr.at("groups")) groups += g.get<std::string>() + ",";
            info.preset = dataset::FeaturePreset::custom(groups);
            if (info.preset.keptGroups().empty()) throw bad("the custom feature preset keeps no field group");
        } else {
            info.preset = dataset::FeaturePreset::parse(presetName);
        }
        info.trainingData = j.value("training_data", "");
        info.splitSeed = j.value("split_seed", uint64_t{0});
        info.maxPerClass = j.value("max_per_class", 5000);
        info.epochs = j.value("epochs", 0);
        if (j.contains("metrics")) {
            info.validationAccuracy = j["metrics"].value("validation_accuracy", -1.0);
            info.testAccuracy = j["metrics"].value("test_accuracy", -1.0);
        }
        if (j.contains("hyper_parameters"))
            for (const auto& [k, v] : j["hyper_parameters"].items()) info.hyper.emplace_back(k, v.get<double>());
        info.whyflowVersion = j.value("whyflow_version", "");
    } catch (const ModelError&) {
        throw;
    } catch (const std::exception& e) {
        throw bad(std::string("whyflow.json is incomplete or has a wrong type: ") + e.what());
    }
    return info;
}

void Model::checkInput(const dataset::FlowTensor& t) const {
    const size_t expected = static_cast<size_t>(info_.shape.size());
    if (t.bytes.size() != expected || t.visible.size() != expected)
        throw ModelError("the input has " + std::to_string(t.bytes.size()) + " bytes per flow but the model expects " +
                         std::to_string(info_.shape.packets) + " packets x " + std::to_string(info_.shape.bytes) +
                         " bytes = " + std::to_string(expected));
}

std::vector<Prediction> Model::predictWithout(const std::vector<const dataset::FlowTensor*>& batch, FieldGroup group) const {
    std::vector<dataset::FlowTensor> blanked;
    blanked.reserve(batch.size());
    for (const auto* t : batch) {
        blanked.push_back(*t);
        dataset::Tensorizer::zeroGroup(blanked.back(), group);
    }
    std::vector<const dataset::FlowTensor*> x;
    for (const auto& t : blanked) x.push_back(&t);
    return predict(x);
}

}  // namespace whyflow::models
