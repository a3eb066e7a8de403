// The .wfm container: a zip archive written with libtorch's stream writer, holding
// whyflow.json, a tensor manifest (tensors.json) and one raw record per tensor.
// Torch-free header: tensors travel as named float arrays.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace whyflow::models {

struct NamedArray {
    std::vector<int64_t> shape;
    std::vector<float> values;
};

struct ModelRecords {
    std::string infoJson;                    // whyflow.json
    std::map<std::string, NamedArray> arrays;
    std::map<std::string, std::string> blobs;  // other records (trees, reference sets)
    bool torchScript = false;                  // a TorchScript archive from Python, not a .wfm
};

// Writes atomically (temporary file, then rename). Throws ModelError.
void writeModelFile(const std::string& path, const ModelRecords& records);
// Reads and checks the container (zip structure, manifest, record sizes). Throws ModelError.
ModelRecords readModelFile(const std::string& path);

}  // namespace whyflow::models
