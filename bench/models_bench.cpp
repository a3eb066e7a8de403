// Model benchmark: for each kind on a dataset (the lab corpus), training throughput (flows
// per second per epoch) and inference throughput (flows per second; HAN's includes its
// attention), on one core. For HAN also the arithmetic done per second against the core's
// peak, as a ratio.
//
// usage: whyflow-bench-models DATA_DIR [--kinds han,cnn,lstm,sae,c45,knn] [--epochs E (2)]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "whyflow/dataset.h"
#include "whyflow/training.h"

namespace {

using Clock = std::chrono::steady_clock;

// floating-point operations of one HAN forward pass over a flow (multiply-add = 2), from the
// real lengths of its packets: the GRUs run only over real bytes and packets
double hanFlops(const whyflow::dataset::FlowTensor& t, int N, int M, double E, double H, double A, double classes) {
    double bytes = 0, packets = 0;
    for (int p = 0; p < N; ++p) {
        int len = 0;
        for (int k = 0; k < M; ++k)
            if (t.present[static_cast<size_t>(p) * M + k]) len = k + 1;
        bytes += len;
        packets += len > 0;
    }
    const double gruStep = [](double in, double h) { return 2 * 3 * (in * h + h * h) + 12 * h; }(E, H);
    const double byteGru = 2 * bytes * gruStep;                    // two directions
    const double byteAtt = bytes * (2 * 2 * H * A + 2 * A + 4 * H);  // projection, score, pooling
    const double packetGru = 2 * packets * [](double in, double h) { return 2 * 3 * (in * h + h * h) + 12 * h; }(2 * H, H);
    const double packetAtt = packets * (2 * 2 * H * A + 2 * A + 4 * H);
    return byteGru + byteAtt + packetGru + packetAtt + 2 * 2 * H * classes;
}

double corePeakGflops() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    double mhz = 0;
    bool avx512 = false, fma = false;
    while (std::getline(in, line)) {
        if (mhz == 0 && line.rfind("cpu MHz", 0) == 0) mhz = std::stod(line.substr(line.find(':') + 1));
        if (line.rfind("flags", 0) == 0) {
            avx512 = line.find(" avx512f") != std::string::npos;
            fma = line.find(" fma") != std::string::npos;
            break;
        }
    }
    // single precision per cycle: two FMA units x vector width x 2
    const double perCycle = avx512 ? 64 : fma ? 32 : 8;
    return mhz * 1e-3 * perCycle;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATA_DIR [--kinds han,cnn,...] [--epochs E]\n", argv[0]);
        return 2;
    }
    std::string kinds = "han,cnn,lstm,sae,c45,knn";
    int epochs = 2;
    for (int i = 2; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--kinds")) kinds = argv[++i];
        else if (!std::strcmp(argv[i], "--epochs")) epochs = std::atoi(argv[++i]);
    }
    whyflow::dataset::LoadOptions lo;
    const auto data = whyflow::dataset::loadClassDirectory(argv[1], lo);
    std::vector<const whyflow::dataset::FlowTensor*> all;
    for (const auto& s : data.samples) all.push_back(&s.x);
    std::printf("data %s: %zu flows, %zu classes, input %d x %d, one thread\n\n", argv[1], data.samples.size(),
                data.classes.size(), data.shape.packets, data.shape.bytes);
    std::printf("%-6s %16s %18s %10s\n", "kind", "train flows/s", "inference flows/s", "accuracy");
    std::stringstream ss(kinds);
    std::string kind;
    while (std::getline(ss, kind, ',')) {
        whyflow::training::TrainOptions to;
        to.kind = kind;
        to.maxEpochs = epochs;
        to.patience = epochs + 1;
        double lastElapsed = 0;
        to.onEpoch = [&](const whyflow::training::EpochReport& r) { lastElapsed = r.elapsedSeconds; };
        const auto t0 = Clock::now();
        auto result = whyflow::training::train(data, to);
        const double trainSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
        const double perEpoch = result.epochs > 0 ? lastElapsed / result.epochs : trainSeconds;  // classical: one fit
        const double trainRate = static_cast<double>(result.split.train.size()) / perEpoch;
        double best = 1e30;
        for (int rep = 0; rep < 3; ++rep) {
            const auto t1 = Clock::now();
            const auto preds = result.model->predict(all);
            best = std::min(best, std::chrono::duration<double>(Clock::now() - t1).count());
        }
        const double inferRate = static_cast<double>(all.size()) / best;
        std::printf("%-6s %16.0f %18.0f %10.4f\n", kind.c_str(), trainRate, inferRate, result.testAccuracy);
        if (kind == "han") {
            const auto& info = result.model->info();
            double flops = 0;
            for (const auto* t : all)
                flops += hanFlops(*t, info.shape.packets, info.shape.bytes, info.hyperValue("embed", 32),
                                  info.hyperValue("byte_hidden", 32), info.hyperValue("attention", 64),
                                  static_cast<double>(info.classes.size()));
            const double gflops = flops / best * 1e-9, peak = corePeakGflops();
            std::printf("       HAN inference: %.3f GFLOP per 1000 flows, %.2f GFLOP/s achieved, core peak ~%.0f GFLOP/s, "
                        "ratio %.4f (target: >= 1000 flows/s)\n",
                        flops / static_cast<double>(all.size()) * 1000 * 1e-9, gflops, peak, gflops / peak);
        }
    }
    return 0;
}
