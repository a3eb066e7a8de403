// libFuzzer target: the decoder, the flow table and the tensorizer on arbitrary frames.
// Input: one byte choosing the link type, then frames, each preceded by a 2-byte length.
// The checks: no crash, no out-of-bounds read (ASan), no undefined behaviour (UBSan), and
// a byte -> field map that covers every captured byte exactly once.
//
// WHYFLOW_FUZZ_SEEDS=DIR decoder_fuzzer CAPTURE... writes seed inputs from real captures.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "whyflow/capture.h"
#include "whyflow/dataset.h"
#include "whyflow/decode.h"
#include "whyflow/flow.h"

namespace {

constexpr int kLinkTypes[] = {1, 113, 276, 0, 108, 12, 228, 229, 9, 50, 104, 192};
constexpr int kLinkTypeCount = sizeof(kLinkTypes) / sizeof(kLinkTypes[0]);

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkSpans(const whyflow::decode::DecodedPacket& p, uint32_t caplen) {
    uint32_t next = 0;
    for (const auto& s : p.spans) {
        check(s.offset == next, "spans are contiguous");
        check(s.length > 0, "spans are not empty");
        next = s.offset + s.length;
    }
    check(next == caplen || (caplen == 0 && p.spans.empty()), "spans cover the frame");
    check(p.netOffset < 0 || p.netOffset <= static_cast<int>(caplen), "network offset inside the frame");
    check(p.netEnd <= static_cast<int>(caplen), "network end inside the frame");
    check(p.payloadOffset < 0 || p.payloadOffset + p.payloadLength <= static_cast<int>(caplen), "payload inside the frame");
}

void exportSeeds(const char* dir, int argc, char** argv) {
    int n = 0;
    for (int i = 1; i < argc; ++i) {
        try {
            whyflow::capture::Reader r(argv[i]);
            int sel = -1;
            for (int k = 0; k < kLinkTypeCount; ++k)
                if (kLinkTypes[k] == r.linkType()) sel = k;
            if (sel < 0) continue;
            whyflow::capture::RawPacket p;
            std::string seed(1, static_cast<char>(sel));
            for (int k = 0; k < 12 && r.next(p); ++k) {
                const uint32_t len = std::min<uint32_t>(p.caplen, 2048);
                seed += static_cast<char>(len >> 8);
                seed += static_cast<char>(len & 0xff);
                seed.append(reinterpret_cast<const char*>(p.data), len);
            }
            const std::string path = std::string(dir) + "/seed-" + std::to_string(n++);
            if (FILE* f = std::fopen(path.c_str(), "wb")) {
                std::fwrite(seed.data(), 1, seed.size(), f);
                std::fclose(f);
            }
        } catch (const std::exception&) {
        }
    }
    std::printf("%d seeds in %s\n", n, dir);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    if (const char* dir = std::getenv("WHYFLOW_FUZZ_SEEDS")) {
        exportSeeds(dir, *argc, *argv);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const int linkType = kLinkTypes[data[0] % kLinkTypeCount];
    whyflow::decode::Decoder decoder(linkType);
    whyflow::flow::IngestOptions opt;
    opt.visiblePackets = 4;
    whyflow::flow::FlowTable table(opt, linkType);
    whyflow::decode::DecodedPacket fast, full;
    size_t pos = 1;
    uint32_t index = 0;
    while (pos + 2 <= size) {
        const size_t len = std::min<size_t>(static_cast<size_t>(data[pos]) << 8 | data[pos + 1], size - pos - 2);
        pos += 2;
        // an exact copy on the heap, so that ASan sees any read past the frame
        std::vector<uint8_t> frame(data + pos, data + pos + len);
        pos += len;
        const uint8_t* f = frame.empty() ? nullptr : frame.data();
        decoder.decode(f, static_cast<uint32_t>(frame.size()), full, true);
        checkSpans(full, static_cast<uint32_t>(frame.size()));
        decoder.decode(f, static_cast<uint32_t>(frame.size()), fast, false);
        check(fast.hasIp == full.hasIp && fast.srcPort == full.srcPort && fast.dstPort == full.dstPort &&
                  fast.src == full.src && fast.l4 == full.l4 && fast.netOffset == full.netOffset && fast.netEnd == full.netEnd,
              "the fast decode finds the same flow key and network layer");
        (void)whyflow::decode::infoText(full, f, static_cast<uint32_t>(frame.size()));
        for (const auto& s : full.spans) (void)whyflow::decode::fieldValueText(s, f, static_cast<uint32_t>(frame.size()), full.ipVersion);
        bool fromClient = false, keep = false;
        const uint32_t flow = table.add(index * 0.5, static_cast<uint32_t>(frame.size()), fast, fromClient, keep);
        if (keep) table.keepVisible(flow, index, fromClient, f, static_cast<uint32_t>(frame.size()), fast);
        ++index;
    }
    const auto flows = table.take();
    whyflow::dataset::Tensorizer tensorizer({4, 64}, whyflow::dataset::FeaturePreset::full());
    for (const auto& fl : flows) {
        const auto t = tensorizer.make(fl);
        check(t.bytes.size() == 256 && t.packets <= 4, "tensor shape");
        (void)fl.clientText();
        (void)fl.serverText();
    }
    return 0;
}
