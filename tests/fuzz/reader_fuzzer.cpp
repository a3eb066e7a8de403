// libFuzzer target: the capture reader and the whole ingest on arbitrary files. The input
// is written to a file and read three ways: packet by packet, in chunks, and by ingest
// (read, decode, flows, visible packets, field maps); every packet is read again at its
// offset. The checks: no crash, no out-of-bounds read (ASan), no undefined behaviour
// (UBSan), the three ways give the same packets, each packet is the one at its offset, and
// a file ingest refuses (an unknown link type) is refused with its name.
//
// Seeds: the first 64 KiB of real captures (pcap and pcapng), so that the fuzzer starts from
// valid headers and records (see run_decoder_fuzzer.sh).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "whyflow/capture.h"
#include "whyflow/flow.h"

namespace {

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// memcmp that allows empty packets (whose data may be null)
bool sameBytes(const uint8_t* a, const uint8_t* b, uint32_t n) { return n == 0 || std::memcmp(a, b, n) == 0; }

struct Seen {
    int64_t offset;
    uint32_t caplen, wireLength;
    std::vector<uint8_t> bytes;
};

std::string inputPath() {
    static const std::string path = "/tmp/whyflow-reader-fuzz-" + std::to_string(getpid()) + ".pcap";
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = inputPath();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return 0;
    if (size && std::fwrite(data, 1, size, f) != size) {
        std::fclose(f);
        return 0;
    }
    std::fclose(f);
    std::vector<Seen> byPacket;
    try {
        whyflow::capture::Reader r(path);
        whyflow::capture::RawPacket p;
        while (byPacket.size() < 100000 && r.next(p)) {
            byPacket.push_back({p.fileOffset, p.caplen, p.wireLength,
                                p.caplen ? std::vector<uint8_t>(p.data, p.data + p.caplen) : std::vector<uint8_t>()});
        }
        // every packet again at its offset, the same bytes
        for (const Seen& s : byPacket) {
            whyflow::capture::RawPacket q;
            check(r.readAt(s.offset, q), "a packet read once can be read again at its offset");
            check(q.caplen == s.caplen && sameBytes(q.data, s.bytes.data(), s.caplen), "the same bytes at the offset");
        }
    } catch (const whyflow::capture::CaptureError&) {
        return 0;  // refused as a whole: fine, if it says so
    }
    // in chunks: the same packets in the same order
    try {
        whyflow::capture::Reader r(path);
        std::vector<uint8_t> chunk;
        std::vector<whyflow::capture::RawPacket> packets;
        size_t k = 0;
        while (k < byPacket.size() && r.nextChunk(chunk, packets))
            for (const auto& p : packets) {
                if (k >= byPacket.size()) break;
                check(p.fileOffset == byPacket[k].offset && p.caplen == byPacket[k].caplen, "chunks give the same records");
                check(sameBytes(p.data, byPacket[k].bytes.data(), p.caplen), "chunks give the same bytes");
                ++k;
            }
        if (byPacket.size() < 100000) check(k == byPacket.size(), "chunks give every packet");
    } catch (const whyflow::capture::CaptureError&) {
        check(false, "a file read packet by packet is not refused in chunks");
    }
    // the whole ingest
    try {
        whyflow::flow::IngestOptions o;
        o.visiblePackets = 4;
        const auto cap = whyflow::flow::ingest(path, o);
        if (byPacket.size() < 100000) check(cap.packets.size() == byPacket.size(), "ingest keeps every packet");
        for (const auto& fl : cap.flows)
            for (const auto& v : fl.visible) {
                uint32_t next = 0;
                for (const auto& s : v.spans()) {
                    check(s.offset == next, "spans are contiguous");
                    next = s.offset + s.length;
                }
                check(next == v.bytes.size(), "spans cover the visible frame");
            }
    } catch (const whyflow::capture::CaptureError& e) {
        // ingest may refuse what the reader opens (a link type it cannot decode), naming the file
        check(std::strstr(e.what(), path.c_str()) != nullptr, "ingest names the file it refuses");
    } catch (const std::exception&) {
        check(false, "ingest fails with something other than a capture error");
    }
    return 0;
}
