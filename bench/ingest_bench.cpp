// Ingest benchmark: read + decode + flows + tensorize, in packets per second, against two
// references on the same file in the same run: a bare libpcap read loop (the floor) and
// tshark's conversation statistics. Also the peak memory of ingest, against the budget of
// 150 bytes per packet + 2 KB per flow + the model-visible bytes.
//
// usage: whyflow-bench-ingest CAPTURE [--no-tshark] [--repeat R]
#include <pcap/pcap.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "whyflow/dataset.h"
#include "whyflow/flow.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Result {
    double seconds = 0;
    uint64_t packets = 0;
    uint64_t flows = 0;
    uint64_t visibleBytes = 0;
    long maxRssKb = 0;  // of the child process that ran it
};

uint64_t bareLoop(const char* path) {
    char err[PCAP_ERRBUF_SIZE];
    pcap_t* p = pcap_open_offline(path, err);
    if (!p) {
        std::fprintf(stderr, "%s\n", err);
        std::exit(1);
    }
    pcap_pkthdr* h;
    const u_char* d;
    uint64_t n = 0, sum = 0;
    while (pcap_next_ex(p, &h, &d) == 1) {
        ++n;
        sum += h->caplen;
    }
    pcap_close(p);
    return n + (sum & 0);  // touch the headers like any reader must
}

Result ingestAll(const char* path) {
    Result r;
    whyflow::flow::CaptureData cap = whyflow::flow::ingest(path);
    whyflow::dataset::Tensorizer t({8, 128}, whyflow::dataset::FeaturePreset::full());
    uint64_t checksum = 0;
    for (const auto& f : cap.flows) {
        checksum += t.make(f).packets;  // as classification does it: a batch at a time, then gone
        for (const auto& v : f.visible) r.visibleBytes += v.bytes.size();
    }
    r.packets = cap.packets.size();
    r.flows = cap.flows.size() + (checksum & 0);
    return r;
}

// Runs one measurement in a child process, so that its peak memory is its own.
template <typename F>
Result inChild(F&& work) {
    int fds[2];
    if (pipe(fds) != 0) std::exit(1);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const auto t0 = Clock::now();
        Result r = work();
        r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        if (write(fds[1], &r, sizeof r) != static_cast<ssize_t>(sizeof r)) _exit(1);
        _exit(0);
    }
    close(fds[1]);
    Result r;
    if (read(fds[0], &r, sizeof r) != static_cast<ssize_t>(sizeof r)) {
        std::fprintf(stderr, "measurement failed\n");
        std::exit(1);
    }
    close(fds[0]);
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    r.maxRssKb = ru.ru_maxrss;
    return r;
}

double best(double a, double b) { return a == 0 ? b : std::min(a, b); }

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CAPTURE [--no-tshark] [--repeat R]\n", argv[0]);
        return 2;
    }
    const char* path = argv[1];
    bool tshark = true;
    int repeat = 3;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--no-tshark")) tshark = false;
        else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    }
    Result bare, ingest;
    double bareBest = 0, ingestBest = 0;
    for (int i = 0; i < repeat; ++i) {  // the best of R runs of each, interleaved
        bare = inChild([&] { Result r; r.packets = bareLoop(path); return r; });
        bareBest = best(bareBest, bare.seconds);
        ingest = inChild([&] { return ingestAll(path); });
        ingestBest = best(ingestBest, ingest.seconds);
    }
    const double n = static_cast<double>(ingest.packets);
    std::printf("capture            %s\n", path);
    std::printf("packets            %llu\nflows              %llu\n", static_cast<unsigned long long>(ingest.packets),
                static_cast<unsigned long long>(ingest.flows));
    std::printf("bare libpcap read  %8.3f s  %12.0f packets/s\n", bareBest, n / bareBest);
    std::printf("whyflow ingest     %8.3f s  %12.0f packets/s  (read, decode, flows, tensorize)\n", ingestBest, n / ingestBest);
    std::printf("ratio ingest/bare  %8.3f   (target >= 0.40)\n", bareBest / ingestBest);
    if (tshark) {
        const std::string cmd = std::string("tshark -r '") + path + "' -q -z conv,tcp -z conv,udp > /dev/null 2>&1";
        const auto t0 = Clock::now();
        const int rc = std::system(cmd.c_str());
        const double ts = std::chrono::duration<double>(Clock::now() - t0).count();
        if (rc != 0) {
            std::printf("tshark             failed (exit %d)\n", rc);
        } else {
            std::printf("tshark conv        %8.3f s  %12.0f packets/s\n", ts, n / ts);
            std::printf("ratio ingest/tshark %7.1f   (target >= 20)\n", ts / ingestBest);
        }
    }
    // memory: the ingest child's peak minus the bare child's (the same program and libraries)
    const double grown = static_cast<double>(ingest.maxRssKb - bare.maxRssKb) * 1024.0;
    const double budget = 150.0 * n + 2048.0 * static_cast<double>(ingest.flows) + static_cast<double>(ingest.visibleBytes);
    std::printf("peak RSS           bare %ld KiB, ingest %ld KiB: %.1f MiB for ingest\n", bare.maxRssKb, ingest.maxRssKb,
                grown / 1048576.0);
    std::printf("memory per packet  %8.1f bytes (everything included)\n", grown / n);
    std::printf("memory budget      %.1f MiB = 150 B x packets + 2 KiB x flows + %.1f MiB visible bytes\n", budget / 1048576.0,
                static_cast<double>(ingest.visibleBytes) / 1048576.0);
    std::printf("ratio memory/budget %7.3f   (target <= 1)\n", grown / budget);
    return 0;
}
