#include "models/model_file.h"

#include <caffe2/serialize/inline_container.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "models/classical.h"
#include "models/model_kinds.h"
#include "whyflow/model.h"

namespace whyflow::models {

namespace {
constexpr const char* kInfoRecord = "whyflow.json";
constexpr const char* kManifestRecord = "tensors.json";

// CRC-32 (IEEE 802.3) of each record, kept in the manifest: the zip reader does not check
// the archive's own checksums, and a flipped bit in a weight must not load silently.
uint32_t crc32(const void* data, size_t n) {
    static const auto table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    uint32_t c = 0xffffffffu;
    const auto* p = static_cast<const uint8_t*>(data);
    for (size_t i = 0; i < n; ++i) c = table[(c ^ p[i]) & 0xff] ^ (c >> 8);
    return ~c;
}

bool looksLikeZip(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {0};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}
}  // namespace

void writeModelFile(const std::string& path, const ModelRecords& records) {
    std::string buffer;
    try {
        caffe2::serialize::PyTorchStreamWriter writer([&buffer](const void* data, size_t n) {
            buffer.append(static_cast<const char*>(data), n);
            return n;
        });
        writer.writeRecord(kInfoRecord, records.infoJson.data(), records.infoJson.size());
        nlohmann::ordered_json tensors = nlohmann::ordered_json::array();
        for (const auto& [name, arr] : records.arrays) {
            const size_t bytes = arr.values.size() * sizeof(float);
            tensors.push_back({{"name", name}, {"dtype", "float32"}, {"shape", arr.shape}, {"crc32", crc32(arr.values.data(), bytes)}});
            writer.writeRecord("tensors/" + name, arr.values.data(), bytes);
        }
        nlohmann::ordered_json blobs = nlohmann::ordered_json::array();
        for (const auto& [name, blob] : records.blobs) {
            blobs.push_back({{"name", name}, {"crc32", crc32(blob.data(), blob.size())}});
            writer.writeRecord("blobs/" + name, blob.data(), blob.size());
        }
        nlohmann::ordered_json manifest = {{"info_crc32", crc32(records.infoJson.data(), records.infoJson.size())},
                                           {"tensors", tensors},
                                           {"blobs", blobs}};
        std::string m = manifest.dump();
        writer.writeRecord(kManifestRecord, m.data(), m.size());
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
    if (std::filesystem::is_directory(path, ec)) throw ModelError(path + ": is a folder, not a model file");
    if (!std::filesystem::is_regular_file(path, ec)) throw ModelError(path + ": no such model file");
    ModelRecords out;
    auto damaged = [&path](const std::string& what) { return ModelError(path + ": the model file is damaged (" + what + ")"); };
    try {
        caffe2::serialize::PyTorchStreamReader reader(path);
        auto read = [&reader](const std::string& name) {
            auto [ptr, size] = reader.getRecord(name);
            return std::string(static_cast<const char*>(ptr.get()), size);
        };
        if (!reader.hasRecord(kInfoRecord)) {
            // saved by Python's torch.jit.save (a plain torch.save pickle has no constants.pkl)
            if (reader.hasRecord("extra/whyflow.json") || reader.hasRecord("constants.pkl")) {
                out.torchScript = true;
                return out;
            }
            throw ModelError(path + ": this zip archive is not a whyflow model (no whyflow.json inside)");
        }
        out.infoJson = read(kInfoRecord);
        if (!reader.hasRecord(kManifestRecord)) throw ModelError(path + ": the tensor manifest is missing");
        nlohmann::json manifest = nlohmann::json::parse(read(kManifestRecord), nullptr, false);
        if (manifest.is_discarded() || !manifest.is_object() || !manifest.contains("tensors") || !manifest["tensors"].is_array())
            throw damaged("unreadable tensor manifest");
        if (manifest.value("info_crc32", uint32_t{0}) != crc32(out.infoJson.data(), out.infoJson.size()))
            throw damaged("whyflow.json does not match its checksum");
        for (const auto& entry : manifest["tensors"]) {
            std::string name = entry.value("name", "");
            if (name.empty() || entry.value("dtype", "") != "float32" || !entry.contains("shape") || !entry["shape"].is_array())
                throw damaged("unreadable tensor manifest");
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
            if (entry.value("crc32", uint32_t{0}) != crc32(raw.data(), raw.size()))
                throw damaged("tensor " + name + " does not match its checksum");
            arr.values.resize(static_cast<size_t>(count));
            std::memcpy(arr.values.data(), raw.data(), raw.size());
            out.arrays.emplace(name, std::move(arr));
        }
        for (const auto& entry : manifest.value("blobs", nlohmann::json::array())) {
            std::string name = entry.value("name", "");
            if (name.empty() || !reader.hasRecord("blobs/" + name)) throw damaged("blob " + name + " is missing");
            std::string blob = read("blobs/" + name);
            if (entry.value("crc32", uint32_t{0}) != crc32(blob.data(), blob.size()))
                throw damaged("blob " + name + " does not match its checksum");
            out.blobs.emplace(name, std::move(blob));
        }
    } catch (const ModelError&) {
        throw;
    } catch (const nlohmann::json::exception& e) {
        throw damaged(std::string("tensor manifest: ") + e.what());
    } catch (const std::exception& e) {
        std::string what = e.what();
        if (const auto* c10err = dynamic_cast<const c10::Error*>(&e)) what = c10err->what_without_backtrace();
        what = what.substr(0, what.find('\n'));
        if (what.find("central directory") != std::string::npos || what.find("failed reading") != std::string::npos)
            throw ModelError(path + ": not a readable model file: truncated or damaged (" + what + ")");
        if (looksLikeZip(path))
            throw ModelError(path + ": a zip archive, but not a readable whyflow model file (" + what + ")");
        throw ModelError(path + ": not a readable model file (damaged, truncated or not a model at all: " + what + ")");
    }
    return out;
}

std::unique_ptr<Model> Model::load(const std::string& path) {
    ModelRecords records = readModelFile(path);
    if (records.torchScript) return makeTorchScriptModel(path);
    ModelInfo info = ModelInfo::fromJson(records.infoJson, path);
    if (isDeepKind(info.kind)) return makeDeepModel(std::move(info), records, path);
    if (info.kind == "c45") return makeC45Model(std::move(info), records, path);
    if (info.kind == "knn") return makeKnnModel(std::move(info), records, path);
    throw ModelError(path + ": model kind '" + info.kind + "' is not supported by this whyflow");
}

}  // namespace whyflow::models
