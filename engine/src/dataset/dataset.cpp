#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <numeric>
#include <random>
#include <stdexcept>

#include "whyflow/capture.h"
#include "whyflow/dataset.h"
#include "whyflow/labels.h"

namespace fs = std::filesystem;

namespace whyflow::dataset {

bool isCaptureFileName(const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    for (const char* ext : {".pcap", ".pcapng", ".cap", ".dmp"})
        if (lower.size() > std::strlen(ext) && lower.compare(lower.size() - std::strlen(ext), std::string::npos, ext) == 0)
            return true;
    return false;
}

std::vector<int> Dataset::classCounts() const {
    std::vector<int> counts(classes.size(), 0);
    for (const Sample& s : samples)
        if (s.label >= 0 && s.label < static_cast<int>(counts.size())) counts[s.label]++;
    return counts;
}

namespace {

std::vector<size_t> shuffled(size_t n, std::mt19937_64& rng) {
    std::vector<size_t> idx(n);
    std::iota(idx.begin(), idx.end(), 0);
    // Fisher-Yates with our own draw, so that the order does not depend on the C++ library
    for (size_t i = n; i > 1; --i) {
        size_t j = static_cast<size_t>(rng() % i);
        std::swap(idx[i - 1], idx[j]);
    }
    return idx;
}

}  // namespace

DataSource DataSource::folder(const std::string& dir) {
    DataSource s;
    s.path = dir;
    return s;
}

DataSource DataSource::labels(const std::string& csv, const std::string& capturesDir, const std::string& categoryMap) {
    DataSource s;
    s.kind = Kind::Labels;
    s.path = csv;
    s.capturesDir = capturesDir;
    s.categoryMap = categoryMap;
    return s;
}

namespace {

// Flows collected per class name before sampling.
struct Collected {
    std::map<std::string, std::vector<Sample>> byClass;
    std::map<std::string, std::set<std::string>> filesOf;
    std::unordered_map<std::string, std::string> firstSeen;  // first time and frames of a flow -> file
    size_t duplicates = 0;
};

void addCapture(Collected& c, const std::string& file, const Tensorizer& tensorizer, const LoadOptions& options,
                const std::function<std::string(const flow::CaptureData&, const flow::Flow&)>& classOf) {
    if (options.cancel && options.cancel->load()) throw std::runtime_error("cancelled");
    flow::CaptureData cap = flow::ingest(file, options.ingest, options.cancel);
    if (!cap.problem.empty() && options.log) options.log(file + ": " + cap.problem);
    for (const flow::Flow& f : cap.flows) {
        if (options.transportOnly && f.l4 != 6 && f.l4 != 17) continue;
        const std::string cls = classOf(cap, f);
        if (cls.empty()) continue;
        Sample s;
        s.x = tensorizer.make(f);
        if (s.x.packets == 0) continue;
        // the same flow found in two files counts once: the same first time and the same
        // captured bytes, whatever the preset hides (masked tensors of different flows can be equal)
        std::string key(reinterpret_cast<const char*>(&f.firstTime), sizeof f.firstTime);
        for (const auto& v : f.visible) key.append(reinterpret_cast<const char*>(v.bytes.data()), v.bytes.size());
        auto [it, fresh] = c.firstSeen.emplace(std::move(key), file);
        if (!fresh && it->second != file) {
            ++c.duplicates;
            continue;
        }
        s.source = file;
        s.flowId = f.id;
        c.filesOf[cls].insert(file);
        c.byClass[cls].push_back(std::move(s));
    }
}

void collectFolder(Collected& c, const std::string& dir, const Tensorizer& tensorizer, const LoadOptions& options) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw std::runtime_error(dir + ": not a folder");
    // class name -> capture files
    std::map<std::string, std::vector<fs::path>> classFiles;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const fs::path& p = entry.path();
        if (p.filename().string().starts_with(".")) continue;
        if (entry.is_directory()) {
            for (const auto& sub : fs::directory_iterator(p, ec))
                if (sub.is_regular_file() && isCaptureFileName(sub.path().filename().string()))
                    classFiles[p.filename().string()].push_back(sub.path());
        } else if (entry.is_regular_file() && isCaptureFileName(p.filename().string())) {
            classFiles[p.stem().string()].push_back(p);
        }
    }
    if (classFiles.empty()) throw std::runtime_error(dir + ": no capture files (*.pcap, *.pcapng) and no class folders found");
    for (auto& [name, files] : classFiles) {
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files)
            addCapture(c, file.string(), tensorizer, options, [&name](const flow::CaptureData&, const flow::Flow&) { return name; });
    }
}

void collectLabelled(Collected& c, const DataSource& src, const Tensorizer& tensorizer, const LoadOptions& options) {
    const LabelSet labels = LabelSet::load(src.path);
    std::optional<CategoryMap> categories;
    if (!src.categoryMap.empty()) categories = CategoryMap::load(src.categoryMap);
    std::vector<std::string> files;
    for (const LabelRow& r : labels.rows())
        if (files.empty() || std::find(files.begin(), files.end(), r.pcap) == files.end()) files.push_back(r.pcap);
    std::sort(files.begin(), files.end());
    for (const std::string& name : files) {
        const fs::path file = fs::path(src.capturesDir) / name;
        std::error_code ec;
        if (!fs::is_regular_file(file, ec)) {
            if (options.log) options.log("warning: " + file.string() + " is named in " + src.path + " but missing");
            continue;
        }
        std::vector<std::string> flowLabels;
        try {
            addCapture(c, file.string(), tensorizer, options, [&](const flow::CaptureData& cap, const flow::Flow& f) {
                if (flowLabels.empty()) flowLabels = matchLabels(cap, labels, name, categories ? &*categories : nullptr).flowLabels;
                const std::string& l = f.id < flowLabels.size() ? flowLabels[f.id] : std::string();
                return l == "Unknown" ? std::string() : l;  // nDPI's "Unknown" is no class
            });
        } catch (const capture::CaptureError& e) {
            if (options.log) options.log(std::string("warning: ") + e.what());
        }
    }
}

}  // namespace

Dataset loadDataset(const std::vector<DataSource>& sources, const LoadOptions& options) {
    if (sources.empty()) throw std::runtime_error("no data given");
    Collected c;
    Tensorizer tensorizer(options.shape, options.preset);
    std::string description;
    for (const DataSource& src : sources) {
        if (src.kind == DataSource::Kind::Folder) collectFolder(c, src.path, tensorizer, options);
        else collectLabelled(c, src, tensorizer, options);
        description += (description.empty() ? "" : " + ") +
                       (src.kind == DataSource::Kind::Folder ? src.path : src.path + " on " + src.capturesDir);
    }
    if (c.byClass.empty()) throw std::runtime_error(description + ": no labelled TCP or UDP flows found");
    if (c.byClass.size() == 1)
        throw std::runtime_error(description + ": only one class ('" + c.byClass.begin()->first +
                                 "') was found; a classifier needs at least two");
    if (c.duplicates && options.log)
        options.log(std::to_string(c.duplicates) + " flows found again in another file were counted once");

    Dataset data;
    data.description = description;
    data.shape = options.shape;
    data.maxPerClass = options.maxPerClass;
    data.preset = options.preset;
    std::mt19937_64 rng(options.seed);
    for (auto& [name, flows] : c.byClass) {
        const int label = static_cast<int>(data.classes.size());
        data.classes.push_back(name);
        if (static_cast<int>(flows.size()) > options.maxPerClass) {
            std::vector<size_t> pick = shuffled(flows.size(), rng);
            pick.resize(options.maxPerClass);
            std::sort(pick.begin(), pick.end());
            std::vector<Sample> kept;
            kept.reserve(pick.size());
            for (size_t i : pick) kept.push_back(std::move(flows[i]));
            flows = std::move(kept);
        }
        if (options.log) {
            options.log("class " + name + ": " + std::to_string(flows.size()) + " flows from " +
                        std::to_string(c.filesOf[name].size()) + " file(s)");
            if (flows.size() < 10) options.log("warning: class " + name + " has fewer than 10 flows");
        }
        for (Sample& s : flows) {
            s.label = label;
            data.samples.push_back(std::move(s));
        }
    }
    return data;
}

Dataset loadClassDirectory(const std::string& dir, const LoadOptions& options) { return loadDataset({DataSource::folder(dir)}, options); }

Split stratifiedSplit(const Dataset& data, uint64_t seed, double trainFraction, double validationFraction) {
    std::mt19937_64 rng(seed);
    std::vector<std::vector<size_t>> byClass(data.classes.size());
    for (size_t i = 0; i < data.samples.size(); ++i) {
        int l = data.samples[i].label;
        if (l >= 0 && l < static_cast<int>(byClass.size())) byClass[l].push_back(i);
    }
    Split split;
    for (const auto& members : byClass) {
        const size_t n = members.size();
        std::vector<size_t> order = shuffled(n, rng);
        size_t nTrain = static_cast<size_t>(n * trainFraction + 0.5);
        size_t nVal = static_cast<size_t>(n * validationFraction + 0.5);
        if (n >= 3) {  // keep at least one flow for validation and for test
            nVal = std::max<size_t>(nVal, 1);
            nTrain = std::min(nTrain, n - nVal - 1);
        }
        nTrain = std::min(nTrain, n);
        nVal = std::min(nVal, n - nTrain);
        for (size_t k = 0; k < n; ++k) {
            size_t idx = members[order[k]];
            if (k < nTrain) split.train.push_back(idx);
            else if (k < nTrain + nVal) split.validation.push_back(idx);
            else split.test.push_back(idx);
        }
    }
    for (auto* v : {&split.train, &split.validation, &split.test}) std::sort(v->begin(), v->end());
    return split;
}

}  // namespace whyflow::dataset
