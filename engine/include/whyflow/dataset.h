// dataset::Tensorizer and datasets: the first N packets x first M bytes of each flow,
// from the network layer on, with identity fields zeroed and the feature preset applied.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "whyflow/fields.h"
#include "whyflow/flow.h"

namespace whyflow::dataset {

struct InputShape {
    int packets = 8;   // N
    int bytes = 128;   // M
    int size() const { return packets * bytes; }
};

// Which field groups a model may see (DESIGN.md "Feature presets").
struct FeaturePreset {
    enum class Kind { Full, WellKnown, Custom };
    Kind kind = Kind::Full;
    std::array<bool, kGroupCount> keep{};

    static FeaturePreset full();
    static FeaturePreset wellKnown();
    // groups by name ("ports,size,payload"); throws std::invalid_argument naming a bad one
    static FeaturePreset custom(const std::string& commaSeparatedGroups);
    static FeaturePreset parse(const std::string& name, const std::string& keepGroups = {});

    bool keeps(FieldGroup g) const { return keep[static_cast<size_t>(g)]; }
    std::string name() const;                     // "full", "wellknown", "custom"
    std::vector<std::string> keptGroups() const;  // names of the groups kept
    bool operator==(const FeaturePreset& o) const { return kind == o.kind && keep == o.keep; }
};

// One flow as a model sees it. All arrays are N*M, row-major by packet.
struct FlowTensor {
    std::vector<uint8_t> bytes;    // 0 where masked or padding
    std::vector<uint8_t> visible;  // 1 where the model may look (not padding, not masked)
    std::vector<uint8_t> present;  // 1 where a real byte exists (masked or not)
    std::vector<uint16_t> fields;  // FieldId per byte (None for padding)
    std::vector<uint8_t> fromClient;  // per packet slot
    int packets = 0;               // non-empty packet slots
};

class Tensorizer {
public:
    Tensorizer(InputShape shape, FeaturePreset preset);
    FlowTensor make(const flow::Flow& flow) const;
    // Blank one more group in an existing tensor (occlusion, ablation).
    static void zeroGroup(FlowTensor& t, FieldGroup g);
    const InputShape& shape() const { return shape_; }
    const FeaturePreset& preset() const { return preset_; }

private:
    InputShape shape_;
    FeaturePreset preset_;
};

struct Sample {
    FlowTensor x;
    int label = -1;
    std::string source;  // capture file
    uint32_t flowId = 0;
};

struct Dataset {
    std::vector<std::string> classes;
    std::vector<Sample> samples;
    std::string description;             // where it came from, for the model file
    InputShape shape;                    // of every sample's tensor
    int maxPerClass = 5000;              // the sampling it was loaded with
    FeaturePreset preset = FeaturePreset::full();
    std::vector<int> classCounts() const;
};

struct LoadOptions {
    InputShape shape;
    FeaturePreset preset = FeaturePreset::full();
    int maxPerClass = 5000;
    uint64_t seed = 1;
    flow::IngestOptions ingest;
    bool transportOnly = true;           // keep TCP and UDP flows only
    std::function<void(const std::string&)> log;
    const std::atomic<bool>* cancel = nullptr;
};

// Where labelled flows come from: a folder with one capture per class (web.pcap -> class
// "web") or one folder per class (files that are not captures, .tsv, .json, README, are
// skipped); or a label CSV in the nDPI corpus format with the folder of its captures and
// an optional category map (flows labelled "Unknown" or without a category are left out).
struct DataSource {
    enum class Kind { Folder, Labels };
    Kind kind = Kind::Folder;
    std::string path;         // the folder, or the label CSV
    std::string capturesDir;  // Labels: where the CSV's captures are
    std::string categoryMap;  // Labels: optional protocol -> category CSV
    static DataSource folder(const std::string& dir);
    static DataSource labels(const std::string& csv, const std::string& capturesDir, const std::string& categoryMap = {});
};

// Merges the sources by class name, counts a flow found in two files once, samples at most
// maxPerClass flows per class at random (seed). Throws std::runtime_error naming the
// problem (no classes, one class only).
Dataset loadDataset(const std::vector<DataSource>& sources, const LoadOptions& options);
Dataset loadClassDirectory(const std::string& dir, const LoadOptions& options);

struct Split {
    std::vector<size_t> train, validation, test;
};
// Stratified 80/10/10 split by flow; the same seed gives the same split.
Split stratifiedSplit(const Dataset& data, uint64_t seed, double trainFraction = 0.8, double validationFraction = 0.1);

bool isCaptureFileName(const std::string& name);

}  // namespace whyflow::dataset
