// Command-line arguments of whyflow-cli: COMMAND, --name value options, flags, files.
#pragma once

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iostream>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "whyflow/dataset.h"
#include "whyflow/model.h"
#include "whyflow/training.h"

namespace whyflow::cli {

struct Args {
    std::string command;
    std::map<std::string, std::string> options;
    std::vector<std::string> positional;
    std::vector<std::string> flags;
    std::vector<std::pair<std::string, std::string>> all;  // every option in order, repeats kept

    std::vector<std::string> getAll(const std::string& k) const {
        std::vector<std::string> out;
        for (const auto& [name, value] : all)
            if (name == k) out.push_back(value);
        return out;
    }

    bool has(const std::string& f) const {
        for (const auto& x : flags)
            if (x == f) return true;
        return options.count(f) > 0;
    }
    std::string get(const std::string& k, const std::string& fallback = {}) const {
        auto it = options.find(k);
        return it == options.end() ? fallback : it->second;
    }
    long number(const std::string& k, long fallback) const {
        auto it = options.find(k);
        if (it == options.end()) return fallback;
        try {
            size_t used = 0;
            long v = std::stol(it->second, &used);
            if (used != it->second.size()) throw std::invalid_argument("trailing characters");
            return v;
        } catch (const std::exception&) {
            throw std::invalid_argument("--" + k + " needs a whole number, got '" + it->second + "'");
        }
    }
    double real(const std::string& k, double fallback) const {
        auto it = options.find(k);
        if (it == options.end()) return fallback;
        try {
            size_t used = 0;
            const double v = std::stod(it->second, &used);
            if (used != it->second.size() || !std::isfinite(v)) throw std::invalid_argument("not a finite number");
            return v;
        } catch (const std::exception&) {
            throw std::invalid_argument("--" + k + " needs a number, got '" + it->second + "'");
        }
    }
    // a whole number in [lo, hi]
    long number(const std::string& k, long fallback, long lo, long hi) const {
        const long v = number(k, fallback);
        if (v < lo || v > hi)
            throw std::invalid_argument("--" + k + " must be " + std::to_string(lo) + ".." + std::to_string(hi) + ", got " + std::to_string(v));
        return v;
    }
    // a number above 0
    double positive(const std::string& k, double fallback) const {
        const double v = real(k, fallback);
        if (!(v > 0)) throw std::invalid_argument("--" + k + " must be a number above 0, got '" + get(k) + "'");
        return v;
    }
    // one of the given words
    std::string choice(const std::string& k, const std::string& fallback, const std::vector<std::string>& words) const {
        const std::string v = get(k, fallback);
        if (std::find(words.begin(), words.end(), v) != words.end()) return v;
        throw std::invalid_argument("--" + k + " is one of " + joined(words) + ", got '" + v + "'");
    }
    static std::string joined(const std::vector<std::string>& words) {
        std::string list;
        for (const std::string& w : words) list += (list.empty() ? "" : ", ") + w;
        return list;
    }
    // an option that must be given once: several (--model A --model B) is a mistake
    std::string single(const std::string& k) const {
        if (getAll(k).size() > 1) throw std::invalid_argument("--" + k + " is given " + std::to_string(getAll(k).size()) + " times; " + command + " takes one");
        return get(k);
    }
};

// Options that take no value.
inline bool isFlag(const std::string& name) {
    return name == "json" || name == "help" || name == "quiet" || name == "no-occlusion";
}

// The options each command takes (values and flags); any other is refused, so that a typo
// such as --label for --labels is not silently ignored.
inline const std::vector<std::string>* commandOptions(const std::string& command) {
    static const std::vector<std::string> data = {"data", "labels", "captures", "category-map"};
    static const std::vector<std::string> shape = {"packets", "bytes", "preset", "keep-groups", "max-per-class", "seed"};
    static const std::vector<std::string> fit = {"epochs", "patience", "batch", "lr", "threads"};
    auto join = [](std::initializer_list<std::vector<std::string>> parts) {
        std::vector<std::string> out;
        for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
        return out;
    };
    static const std::map<std::string, std::vector<std::string>> table = {
        {"train", join({data, shape, fit, {"kind", "out"}})},
        {"classify", {"model", "json"}},
        {"eval", join({data, {"model", "split", "max-per-class", "seed", "json", "quiet"}})},
        {"importance", join({data, {"model", "blank", "split", "max-per-class", "seed", "json", "quiet"}})},
        {"explain", {"model", "flow", "format", "out", "views", "width", "height", "width-cm", "height-cm", "dpi", "top", "window",
                     "no-occlusion"}},
        {"export-dataset", join({data, shape, {"out", "quiet"}})},
        {"experiment", join({data, shape, fit, {"out", "test-data", "kinds", "presets", "jobs", "no-occlusion"}})},
        {"compare", join({data, {"model", "out", "seed", "max-per-class", "quiet"}})},
        {"flows", {"labels", "category-map", "idle-timeout", "json"}},
        {"label", {"out"}},
        {"inspect", {"packet"}},
    };
    auto it = table.find(command);
    return it == table.end() ? nullptr : &it->second;
}

inline Args parse(int argc, char** argv) {
    Args a;
    if (argc > 1) a.command = argv[1];
    const std::vector<std::string>* known = commandOptions(a.command);
    for (int i = 2; i < argc; ++i) {
        std::string s = argv[i];
        if (s.rfind("--", 0) == 0 && s.size() > 2) {
            std::string name = s.substr(2);
            auto eq = name.find('=');
            const std::string bare = eq == std::string::npos ? name : name.substr(0, eq);
            if (known && bare != "help" && std::find(known->begin(), known->end(), bare) == known->end())
                throw std::invalid_argument("unknown option --" + bare + " for " + a.command + " (whyflow-cli --help lists them)");
            if (eq != std::string::npos) {
                a.options[name.substr(0, eq)] = name.substr(eq + 1);
                a.all.emplace_back(name.substr(0, eq), name.substr(eq + 1));
            } else if (isFlag(name)) {
                a.flags.push_back(name);
            } else {
                if (i + 1 >= argc) throw std::invalid_argument("option --" + name + " needs a value");
                a.options[name] = argv[++i];
                a.all.emplace_back(name, a.options[name]);
            }
        } else {
            a.positional.push_back(s);
        }
    }
    return a;
}

// The input shape of train, export-dataset and experiment: --packets N (1..256), --bytes M (8..1500).
inline void readShape(const Args& a, dataset::LoadOptions& lo) {
    lo.shape.packets = static_cast<int>(a.number("packets", 8, 1, 256));
    lo.shape.bytes = static_cast<int>(a.number("bytes", 128, 8, 1500));
    lo.ingest.visiblePackets = lo.shape.packets;
}

// The model kinds train and experiment know.
inline const std::vector<std::string>& modelKinds() {
    static const std::vector<std::string> kinds = {"han", "cnn", "lstm", "sae", "c45", "knn"};
    return kinds;
}

// The fitting options of train and experiment: --epochs, --patience, --batch, --lr, --threads.
inline void readFitOptions(const Args& a, training::TrainOptions& to) {
    to.maxEpochs = static_cast<int>(a.number("epochs", to.maxEpochs, 1, 100000));
    to.patience = static_cast<int>(a.number("patience", to.patience, 1, 100000));
    to.batchSize = static_cast<int>(a.number("batch", to.batchSize, 1, 65536));
    to.learningRate = a.positive("lr", to.learningRate);
    to.threads = static_cast<int>(a.number("threads", to.threads, 1, 256));
}

// The data sources of train, eval and experiment: every --data DIR, and --labels CSV
// --captures DIR [--category-map CSV].
inline std::vector<dataset::DataSource> dataSources(const Args& a, const std::string& dataOption = "data") {
    std::vector<dataset::DataSource> out;
    for (const std::string& d : a.getAll(dataOption)) out.push_back(dataset::DataSource::folder(d));
    if (dataOption == "data" && a.has("labels")) {
        if (!a.has("captures")) throw std::invalid_argument("--labels needs --captures DIR, the folder of its captures");
        out.push_back(dataset::DataSource::labels(a.get("labels"), a.get("captures"), a.get("category-map")));
    }
    return out;
}

// A dataset tensorized as a model needs it (its shape and preset), sampled and split as when
// it was trained unless --max-per-class or --seed say otherwise.
inline dataset::Dataset loadForModel(const Args& a, const std::vector<dataset::DataSource>& sources,
                                     const models::ModelInfo& info, uint64_t& seed, const std::atomic<bool>* cancel) {
    dataset::LoadOptions lo;
    lo.shape = info.shape;
    lo.preset = info.preset;
    lo.maxPerClass = static_cast<int>(a.number("max-per-class", info.maxPerClass, 1, 100000000));
    lo.seed = seed = static_cast<uint64_t>(a.number("seed", static_cast<long>(info.splitSeed), 0, std::numeric_limits<long>::max()));
    lo.ingest.visiblePackets = info.shape.packets;
    lo.cancel = cancel;
    if (!a.has("quiet")) lo.log = [](const std::string& m) { std::cerr << m << "\n"; };
    return dataset::loadDataset(sources, lo);
}

}  // namespace whyflow::cli
