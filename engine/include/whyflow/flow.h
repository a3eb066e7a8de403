// flow::FlowTable: bidirectional 5-tuple flows (+VLAN); the client is the first sender.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "whyflow/decode.h"
#include "whyflow/fields.h"

namespace whyflow::flow {

struct Endpoint {
    std::array<uint8_t, 16> addr{};
    uint16_t port = 0;
};

// Direction-free flow key: the two endpoints in a canonical order.
struct FlowKey {
    uint8_t ipVersion = 0;
    uint8_t l4 = 0;
    uint16_t vlan = 0;
    Endpoint lo, hi;

    bool operator==(const FlowKey& o) const;
    size_t hash() const;
    // Key of a decoded packet; fromLo tells whether its source is the key's lo side.
    static FlowKey of(const decode::DecodedPacket& pkt, bool& fromLo);
};

// One packet of the capture, as kept for the whole file (small: no bytes).
struct PacketRecord {
    int64_t fileOffset = -1;
    double timestamp = 0.0;
    uint32_t caplen = 0;
    uint32_t wireLength = 0;
    uint32_t flow = UINT32_MAX;  // index into CaptureData::flows, or none
    bool fromClient = true;
};

// A packet whose bytes are kept because a model can see it (the first N of its flow).
struct VisiblePacket {
    uint32_t packetIndex = 0;              // into CaptureData::packets
    bool fromClient = true;
    int linkType = 0;                      // of its capture (libpcap DLT_ value)
    std::vector<uint8_t> bytes;            // the captured frame
    int netOffset = 0;                     // start of the IP header
    int netEnd = 0;                        // end of the IP datagram within bytes
    // The byte -> field map of the frame, decoded from bytes when asked for: it is not
    // stored, since it would take about as much memory as the bytes themselves.
    std::vector<FieldSpan> spans() const;
};

struct Flow {
    uint32_t id = 0;                       // 0-based, in order of first packet
    uint8_t ipVersion = 0;
    uint8_t l4 = 0;
    uint16_t vlan = 0;
    Endpoint client, server;
    uint64_t packets = 0;
    uint64_t bytes = 0;                    // wire bytes, both directions
    double firstTime = 0.0, lastTime = 0.0;
    std::vector<uint32_t> packetIndices;   // every packet of the flow, in capture order (filled by ingest)
    std::vector<VisiblePacket> visible;    // the first N packets with their bytes

    std::string clientText() const;        // "192.0.2.1:51234" or "[2001:db8::1]:443"
    std::string serverText() const;
    std::string l4Name() const;            // "TCP", "UDP", "ICMP", ...
};

struct IngestOptions {
    int visiblePackets = 8;                // packets per flow whose bytes are kept
    double idleTimeout = 120.0;            // seconds of silence that end a flow
};

struct CaptureData {
    std::string path;
    int linkType = 0;
    std::string linkTypeName;
    std::vector<PacketRecord> packets;
    std::vector<Flow> flows;
    uint64_t nonIpPackets = 0;             // packets with no flow (ARP, broken, ...)
    int visiblePackets = 0;                // packets per flow whose bytes were kept
    std::string problem;                   // damage found while reading; packets before it are kept
    bool cancelled = false;
};

class FlowTable {
public:
    FlowTable(const IngestOptions& options, int linkType);
    ~FlowTable();
    // Puts a packet in its flow; returns the flow index, or UINT32_MAX when it has no flow.
    // pkt needs no field map (Decoder::decode with withSpans = false is enough).
    // keepBytes tells whether the flow still wants the packet's bytes (one of its first N):
    // then call keepVisible() with the same packet.
    uint32_t add(double ts, uint32_t wireLength, const decode::DecodedPacket& pkt, bool& fromClient,
                 bool& keepBytes);
    void keepVisible(uint32_t flow, uint32_t packetIndex, bool fromClient, const uint8_t* data, uint32_t caplen,
                     const decode::DecodedPacket& pkt);
    std::vector<Flow> take();

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

using ProgressFn = std::function<void(double fraction)>;

// Reads a whole capture: decode, flows. Throws capture::CaptureError when the file cannot
// be read at all (not a capture, unsupported link type); damage later in the file ends the
// read and is reported in CaptureData::problem with the packets before it kept.
CaptureData ingest(const std::string& path, const IngestOptions& options = {},
                   const std::atomic<bool>* cancel = nullptr, const ProgressFn& progress = {});

std::string l4Name(uint8_t proto);

}  // namespace whyflow::flow
