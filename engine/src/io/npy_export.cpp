// A dataset as NumPy files plus a JSON index, for tools outside whyflow.
#include <nlohmann/json.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "whyflow/export.h"

namespace whyflow::io {
namespace {

// NPY format version 1.0: magic, header length, a Python dict literal padded to 64 bytes.
void writeNpy(const std::filesystem::path& path, const std::string& dtype, const std::vector<size_t>& shape, const void* data,
              size_t bytes) {
    std::string dims;
    for (size_t d : shape) dims += std::to_string(d) + ",";
    if (shape.size() > 1) dims.pop_back();
    std::string header = "{'descr': '" + dtype + "', 'fortran_order': False, 'shape': (" + dims + "), }";
    const size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header += '\n';
    std::ofstream out(path, std::ios::binary);
    out.write("\x93NUMPY\x01\x00", 8);
    const uint16_t len = static_cast<uint16_t>(header.size());
    const char lenBytes[2] = {static_cast<char>(len & 0xff), static_cast<char>(len >> 8)};
    out.write(lenBytes, 2);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
    if (!out) throw std::runtime_error(path.string() + ": cannot write");
}

}  // namespace

void exportDataset(const dataset::Dataset& data, const dataset::Split& split, uint64_t seed, const std::string& dir) {
    namespace fs = std::filesystem;
    fs::create_directories(dir);
    const size_t n = data.samples.size(), N = static_cast<size_t>(data.shape.packets), M = static_cast<size_t>(data.shape.bytes);
    std::vector<uint8_t> x(n * N * M), visible(n * N * M), fields(n * N * M);
    std::vector<int64_t> y(n);
    std::vector<uint8_t> part(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const auto& s = data.samples[i];
        std::memcpy(&x[i * N * M], s.x.bytes.data(), N * M);
        std::memcpy(&visible[i * N * M], s.x.visible.data(), N * M);
        for (size_t k = 0; k < N * M; ++k) fields[i * N * M + k] = static_cast<uint8_t>(s.x.fields[k]);
        y[i] = s.label;
    }
    for (size_t i : split.validation) part[i] = 1;
    for (size_t i : split.test) part[i] = 2;
    writeNpy(fs::path(dir) / "x.npy", "|u1", {n, N, M}, x.data(), x.size());
    writeNpy(fs::path(dir) / "visible.npy", "|u1", {n, N, M}, visible.data(), visible.size());
    writeNpy(fs::path(dir) / "fields.npy", "|u1", {n, N, M}, fields.data(), fields.size());
    writeNpy(fs::path(dir) / "y.npy", "<i8", {n}, y.data(), y.size() * sizeof(int64_t));
    writeNpy(fs::path(dir) / "split.npy", "|u1", {n}, part.data(), part.size());
    nlohmann::ordered_json j;
    j["format"] = "whyflow-dataset";
    j["format_version"] = 1;
    j["classes"] = data.classes;
    j["input"] = {{"packets", N}, {"bytes", M}, {"start_layer", "network"}};
    j["preset"] = {{"name", data.preset.name()}, {"groups", data.preset.keptGroups()}};
    j["source"] = data.description;
    j["split_seed"] = seed;
    j["split_codes"] = {{"0", "train"}, {"1", "validation"}, {"2", "test"}};
    nlohmann::ordered_json fieldNames = nlohmann::ordered_json::array();
    for (int f = 0; f < kFieldCount; ++f) {
        const FieldInfo& fi = fieldInfo(static_cast<FieldId>(f));
        fieldNames.push_back({{"id", f}, {"name", fi.name}, {"group", groupName(fi.group)}});
    }
    j["fields"] = fieldNames;
    j["arrays"] = {{"x.npy", "uint8 [flows, packets, bytes]: the bytes under the preset (masked and padding bytes 0)"},
                   {"visible.npy", "uint8 [flows, packets, bytes]: 1 where the model may look"},
                   {"fields.npy", "uint8 [flows, packets, bytes]: field id of each byte (see fields; 0 = padding)"},
                   {"y.npy", "int64 [flows]: class index into classes"},
                   {"split.npy", "uint8 [flows]: 0 train, 1 validation, 2 test"}};
    nlohmann::ordered_json flows = nlohmann::ordered_json::array();
    for (const auto& s : data.samples) flows.push_back({{"file", s.source}, {"flow", s.flowId}});
    j["flows"] = flows;
    std::ofstream(fs::path(dir) / "index.json") << j.dump(2) << "\n";
}

}  // namespace whyflow::io
