// Labels flows with nDPI (Debian's libndpi), in the format of the corpus label files.
#include <cstring>

extern "C" {
#include <ndpi/ndpi_api.h>
}

#include "whyflow/capture.h"
#include "whyflow/decode.h"
#include "whyflow/labels.h"

namespace whyflow::dataset {

namespace {
constexpr int kMaxPacketsPerFlow = 64;  // nDPI decides within the first packets
}

std::string ndpiVersion() { return ndpi_revision(); }

std::vector<DpiLabel> labelWithNdpi(const flow::CaptureData& cap) {
    std::vector<DpiLabel> out(cap.flows.size());
    ndpi_detection_module_struct* mod = ndpi_init_detection_module(ndpi_no_prefs);
    if (!mod) throw std::runtime_error("nDPI could not be initialised");
    NDPI_PROTOCOL_BITMASK all;
    NDPI_BITMASK_SET_ALL(all);
    ndpi_set_protocol_detection_bitmask2(mod, &all);
    ndpi_finalize_initialization(mod);
    const size_t flowSize = ndpi_detection_get_sizeof_ndpi_flow_struct();
    std::vector<ndpi_flow_struct*> flows(cap.flows.size(), nullptr);
    std::vector<int> fed(cap.flows.size(), 0);
    std::vector<uint8_t> done(cap.flows.size(), 0);
    std::vector<ndpi_protocol> result(cap.flows.size());
    try {
        capture::Reader reader(cap.path);
        decode::Decoder decoder(reader.linkType());
        decode::DecodedPacket pkt;
        capture::RawPacket raw;
        for (size_t i = 0; i < cap.packets.size() && reader.next(raw); ++i) {
            const uint32_t f = cap.packets[i].flow;
            if (f == UINT32_MAX || done[f] || fed[f] >= kMaxPacketsPerFlow) continue;
            decoder.decode(raw.data, raw.caplen, pkt, false);
            if (!pkt.hasIp || pkt.netOffset < 0 || pkt.netEnd <= pkt.netOffset) continue;
            if (!flows[f]) {
                flows[f] = static_cast<ndpi_flow_struct*>(ndpi_flow_malloc(flowSize));
                if (!flows[f]) throw std::runtime_error("out of memory for nDPI");
                std::memset(flows[f], 0, flowSize);
            }
            const int len = std::min(pkt.netEnd - pkt.netOffset, 65535);
            result[f] = ndpi_detection_process_packet(mod, flows[f], raw.data + pkt.netOffset, static_cast<unsigned short>(len),
                                                      static_cast<uint64_t>(raw.timestamp * 1000));
            ++fed[f];
            if ((result[f].app_protocol != NDPI_PROTOCOL_UNKNOWN || result[f].master_protocol != NDPI_PROTOCOL_UNKNOWN) &&
                !ndpi_extra_dissection_possible(mod, flows[f]))
                done[f] = 1;
        }
        for (size_t f = 0; f < flows.size(); ++f) {
            if (!flows[f]) continue;
            if (result[f].app_protocol == NDPI_PROTOCOL_UNKNOWN && result[f].master_protocol == NDPI_PROTOCOL_UNKNOWN) {
                uint8_t guessed = 0;
                result[f] = ndpi_detection_giveup(mod, flows[f], 1, &guessed);
            }
            const uint16_t master = result[f].master_protocol, app = result[f].app_protocol;
            // as nDPI prints "HTTP.Google": a master protocol and the application on top
            if (master != NDPI_PROTOCOL_UNKNOWN) {
                out[f].master = ndpi_get_proto_name(mod, master);
                if (app != NDPI_PROTOCOL_UNKNOWN && app != master) out[f].app = ndpi_get_proto_name(mod, app);
            } else {
                out[f].master = ndpi_get_proto_name(mod, app);
            }
        }
    } catch (...) {
        for (auto* fl : flows)
            if (fl) ndpi_free_flow(fl);
        ndpi_exit_detection_module(mod);
        throw;
    }
    for (auto* fl : flows)
        if (fl) ndpi_free_flow(fl);
    ndpi_exit_detection_module(mod);
    return out;
}

}  // namespace whyflow::dataset
