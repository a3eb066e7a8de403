// Writes the demo captures: one per class (for `whyflow-cli train`), one merged capture of
// all flows (the one `make run` opens) and the true labels of its flows (demo-labels.csv, in
// the nDPI corpus format). Deterministic for a given seed.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "whyflow/flow.h"

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
    // the labels of the merged capture: every flow of a class capture has that class
    const std::string labelsPath = (fs::path(outDir) / "demo-labels.csv").string();
    std::FILE* labels = std::fopen(labelsPath.c_str(), "w");
    if (!labels) {
        std::fprintf(stderr, "cannot write %s\n", labelsPath.c_str());
        return 1;
    }
    std::fprintf(labels, "pcap,l4,endpoint_a,endpoint_b,ndpi_master,ndpi_app\n");
    for (const std::string& cls : classes) {
        const auto data = whyflow::flow::ingest((fs::path(outDir) / "classes" / (cls + ".pcap")).string());
        for (const auto& f : data.flows)
            std::fprintf(labels, "demo.pcap,%s,%s,%s,%s,%s\n", f.l4Name().c_str(), f.clientText().c_str(), f.serverText().c_str(),
                         cls.c_str(), cls.c_str());
    }
    if (std::fclose(labels) != 0) {
        std::fprintf(stderr, "cannot write %s\n", labelsPath.c_str());
        return 1;
    }
    std::printf("%zu frames of %zu flows in %s, labels in %s\n", all.size(), classes.size() * perClass, merged.c_str(),
                labelsPath.c_str());
    return 0;
}
