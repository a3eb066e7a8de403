// Writes the demo captures: one per class (for `whyflow-cli train`) and one merged
// capture of all flows (the one `make run` opens). Deterministic for a given seed.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "synth/traffic_synth.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: whyflow-make-demo OUTDIR [FLOWS_PER_CLASS] [SEED]\n");
        return 2;
    }
    const std::string outDir = argv[1];
    const int perClass = argc > 2 ? std::atoi(argv[2]) : 60;
    const uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 2026;
    namespace fs = std::filesystem;
    fs::create_directories(fs::path(outDir) / "classes");
    whyflow::synth::Generator gen(seed);
    whyflow::synth::SiteSettings site;
    const std::vector<std::string> classes = {"web", "tls", "dns", "ssh", "ntp", "mail"};
    std::vector<whyflow::synth::Frame> all;
    const double start = 1798761600.0;  // 2027-01-01 00:00:00 UTC
    std::uniform_real_distribution<double> when(0.0, 120.0);
    for (const std::string& cls : classes) {
        std::vector<whyflow::synth::Frame> frames;
        for (int i = 0; i < perClass; ++i) gen.addFlow(gen.byName(cls), site, start + when(gen.rng()), frames);
        std::stable_sort(frames.begin(), frames.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
        const std::string path = (fs::path(outDir) / "classes" / (cls + ".pcap")).string();
        if (!whyflow::synth::writePcap(path, frames)) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            return 1;
        }
        all.insert(all.end(), frames.begin(), frames.end());
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
    const std::string merged = (fs::path(outDir) / "demo.pcap").string();
    if (!whyflow::synth::writePcap(merged, all)) {
        std::fprintf(stderr, "cannot write %s\n", merged.c_str());
        return 1;
    }
    std::printf("%zu frames of %zu flows in %s\n", all.size(), classes.size() * perClass, merged.c_str());
    return 0;
}
