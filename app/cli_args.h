// Command-line arguments of whyflow-cli: COMMAND, --name value options, flags, files.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace whyflow::cli {

struct Args {
    std::string command;
    std::map<std::string, std::string> options;
    std::vector<std::string> positional;
    std::vector<std::string> flags;

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
            } else if (isFlag(name)) {
                a.flags.push_back(name);
            } else {
                if (i + 1 >= argc) throw std::invalid_argument("option --" + name + " needs a value");
                a.options[name] = argv[++i];
            }
        } else {
            a.positional.push_back(s);
        }
    }
    return a;
}

}  // namespace whyflow::cli
