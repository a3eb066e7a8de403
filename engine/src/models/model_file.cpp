#include "models/model_file.h"

#include <caffe2/serialize/inline_container.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "models/model_kinds.h"
#include "whyflow/model.h"

namespace whyflow::models {

namespace {
constexpr const char* kInfoRecord = "whyflow.json";
constexpr const char* kManifestRecord = "tensors.json";
}  // namespace

void writeModelFile(const std::string& path, const ModelRecords& records) {
    std::string buffer;
    try {
        caffe2::serialize::PyTorchStreamWriter writer([&buffer](const void* data, size_t n) {
            buffer.append(static_cast<const char*>(data), n);
            return n;
        });
        writer.writeRecord(kInfoRecord, records.infoJson.data(), records.infoJson.size());
        nlohmann::ordered_json manifest = nlohmann::ordered_json::array();
        for (const auto& [name, arr] : records.arrays) {
            manifest.push_back({{"name", name}, {"dtype", "float32"}, {"shape", arr.shape}});
            writer.writeRecord("tensors/" + name, arr.values.data(), arr.values.size() * sizeof(float));
        }
        std::string m = manifest.dump();
        writer.writeRecord(kManifestRecord, m.data(), m.size());
        for (const auto& [name, blob] : records.blobs) writer.writeRecord("blobs/" + name, blob.data(), blob.size());
        writer.writeEndOfFile();
    } catch (const std::exception& e) {
        throw ModelError(path + ": cannot encode the model: " + e.what());
    }
    const std::string tmp = path + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        out.close();
        if (!out) {
            std::remove(tmp.c_str());
            throw ModelError(path + ": cannot write the model file");
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw ModelError(path + ": cannot write the model file: " + ec.message());
    }
}

ModelRecords readModelFile(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw ModelError(path + ": no such model file");
    ModelRecords out;
    try {
        caffe2::serialize::PyTorchStreamReader reader(path);
        auto read = [&reader](const std::string& name) {
            auto [ptr, size] = reader.getRecord(name);
            return std::string(static_cast<const char*>(ptr.get()), size);
        };
        if (!reader.hasRecord(kInfoRecord))
            throw ModelError(path + ": this zip archive is not a whyflow model (no whyflow.json inside)");
        out.infoJson = read(kInfoRecord);
        if (!reader.hasRecord(kManifestRecord)) throw ModelError(path + ": the tensor manifest is missing");
        nlohmann::json manifest = nlohmann::json::parse(read(kManifestRecord), nullptr, false);
        if (manifest.is_discarded() || !manifest.is_array()) throw ModelError(path + ": the tensor manifest is damaged");
        for (const auto& entry : manifest) {
            std::string name = entry.value("name", "");
            if (name.empty() || entry.value("dtype", "") != "float32" || !entry.contains("shape"))
                throw ModelError(path + ": the tensor manifest is damaged");
            NamedArray arr;
            int64_t count = 1;
            for (const auto& d : entry["shape"]) {
                int64_t v = d.get<int64_t>();
                if (v < 0 || v > (int64_t{1} << 32)) throw ModelError(path + ": tensor " + name + " has an impossible shape");
                arr.shape.push_back(v);
                count *= v;
            }
            std::string rec = "tensors/" + name;
            if (!reader.hasRecord(rec)) throw ModelError(path + ": tensor " + name + " is missing");
            std::string raw = read(rec);
            if (raw.size() != static_cast<size_t>(count) * sizeof(float))
                throw ModelError(path + ": tensor " + name + " has " + std::to_string(raw.size()) + " bytes, expected " +
                                 std::to_string(count * sizeof(float)));
            arr.values.resize(static_cast<size_t>(count));
            std::memcpy(arr.values.data(), raw.data(), raw.size());
            out.arrays.emplace(name, std::move(arr));
        }
        for (const std::string& rec : reader.getAllRecords())
            if (rec.rfind("blobs/", 0) == 0) out.blobs.emplace(rec.substr(6), read(rec));
    } catch (const ModelError&) {
        throw;
    } catch (const c10::Error& e) {
        std::string what = e.what_without_backtrace();
        throw ModelError(path + ": not a readable model file (damaged, truncated or not a zip archive: " +
                         what.substr(0, what.find('\n')) + ")");
    } catch (const std::exception& e) {
        throw ModelError(path + ": not a readable model file (" + std::string(e.what()) + ")");
    }
    return out;
}

std::unique_ptr<Model> Model::load(const std::string& path) {
    ModelRecords records = readModelFile(path);
    ModelInfo info = ModelInfo::fromJson(records.infoJson, path);
    if (info.kind == "han") return makeHanModel(std::move(info), records, path);
    throw ModelError(path + ": model kind '" + info.kind + "' is not supported by this whyflow");
}

}  // namespace whyflow::models
