#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>

#include "whyflow/capture.h"
#include "whyflow/dataset.h"

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

Dataset loadClassDirectory(const std::string& dir, const LoadOptions& options) {
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
    if (classFiles.empty())
        throw std::runtime_error(dir + ": no capture files (*.pcap, *.pcapng) and no class folders found");
    if (classFiles.size() == 1)
        throw std::runtime_error(dir + ": only one class ('" + classFiles.begin()->first +
                                 "') was found; a classifier needs at least two");

    Dataset data;
    data.description = dir;
    data.shape = options.shape;
    data.maxPerClass = options.maxPerClass;
    data.preset = options.preset;
    std::mt19937_64 rng(options.seed);
    Tensorizer tensorizer(options.shape, options.preset);
    for (auto& [name, files] : classFiles) {
        std::sort(files.begin(), files.end());
        const int label = static_cast<int>(data.classes.size());
        data.classes.push_back(name);
        std::vector<Sample> flows;
        for (const fs::path& file : files) {
            if (options.cancel && options.cancel->load()) throw std::runtime_error("cancelled");
            flow::CaptureData cap = flow::ingest(file.string(), options.ingest, options.cancel);
            if (!cap.problem.empty() && options.log) options.log(file.string() + ": " + cap.problem);
            for (const flow::Flow& f : cap.flows) {
                if (options.transportOnly && f.l4 != 6 && f.l4 != 17) continue;
                Sample s;
                s.x = tensorizer.make(f);
                if (s.x.packets == 0) continue;
                s.label = label;
                s.source = file.string();
                s.flowId = f.id;
                flows.push_back(std::move(s));
            }
        }
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
                        std::to_string(files.size()) + " file(s)");
            if (flows.size() < 10) options.log("warning: class " + name + " has fewer than 10 flows");
        }
        for (Sample& s : flows) data.samples.push_back(std::move(s));
    }
    return data;
}

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
