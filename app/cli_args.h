// Command-line arguments of whyflow-cli: COMMAND, --name value options, flags, files.
#pragma once

#include <atomic>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "whyflow/dataset.h"
#include "whyflow/model.h"

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
            return std::stod(it->second);
        } catch (const std::exception&) {
            throw std::invalid_argument("--" + k + " needs a number, got '" + it->second + "'");
        }
    }
};

// Options that take no value.
inline bool isFlag(const std::string& name) {
    return name == "json" || name == "help" || name == "quiet" || name == "no-occlusion";
}

inline Args parse(int argc, char** argv) {
    Args a;
    if (argc > 1) a.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        std::string s = argv[i];
        if (s.rfind("--", 0) == 0 && s.size() > 2) {
            std::string name = s.substr(2);
            auto eq = name.find('=');
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
    lo.maxPerClass = static_cast<int>(a.number("max-per-class", info.maxPerClass));
    lo.seed = seed = static_cast<uint64_t>(a.number("seed", static_cast<long>(info.splitSeed)));
    lo.ingest.visiblePackets = info.shape.packets;
    lo.cancel = cancel;
    if (!a.has("quiet")) lo.log = [](const std::string& m) { std::cerr << m << "\n"; };
    return dataset::loadDataset(sources, lo);
}

}  // namespace whyflow::cli
