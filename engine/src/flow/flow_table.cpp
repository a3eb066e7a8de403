#include "whyflow/flow.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <unordered_map>

#include "whyflow/capture.h"

namespace whyflow::flow {

bool FlowKey::operator==(const FlowKey& o) const {
    return ipVersion == o.ipVersion && l4 == o.l4 && vlan == o.vlan && lo.port == o.lo.port &&
           hi.port == o.hi.port && lo.addr == o.lo.addr && hi.addr == o.hi.addr;
}

size_t FlowKey::hash() const {
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* p, size_t n) {
        const auto* b = static_cast<const uint8_t*>(p);
        for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    };
    mix(&ipVersion, 1);
    mix(&l4, 1);
    mix(&vlan, 2);
    mix(lo.addr.data(), 16);
    mix(hi.addr.data(), 16);
    mix(&lo.port, 2);
    mix(&hi.port, 2);
    return static_cast<size_t>(h);
}

FlowKey FlowKey::of(const decode::DecodedPacket& pkt, bool& fromLo) {
    FlowKey k;
    k.ipVersion = pkt.ipVersion;
    k.l4 = pkt.l4;
    k.vlan = pkt.vlan;
    Endpoint s{pkt.src, pkt.srcPort}, d{pkt.dst, pkt.dstPort};
    if (pkt.l4 == 1 || pkt.l4 == 58) {  // ICMP: no ports
        s.port = d.port = 0;
    }
    fromLo = std::tie(s.addr, s.port) <= std::tie(d.addr, d.port);
    k.lo = fromLo ? s : d;
    k.hi = fromLo ? d : s;
    return k;
}

namespace {
struct KeyHash {
    size_t operator()(const FlowKey& k) const { return k.hash(); }
};

std::string endpointText(uint8_t v, const Endpoint& e, uint8_t l4) {
    std::string a = decode::addressText(v, e.addr);
    if (l4 != 6 && l4 != 17 && l4 != 132) return a;
    return (v == 6 ? "[" + a + "]" : a) + ":" + std::to_string(e.port);
}
}  // namespace

std::string l4Name(uint8_t proto) {
    switch (proto) {
    case 1: return "ICMP";
    case 2: return "IGMP";
    case 6: return "TCP";
    case 17: return "UDP";
    case 47: return "GRE";
    case 50: return "ESP";
    case 58: return "ICMPv6";
    case 132: return "SCTP";
    default: return std::to_string(proto);
    }
}

std::string Flow::clientText() const { return endpointText(ipVersion, client, l4); }
std::string Flow::serverText() const { return endpointText(ipVersion, server, l4); }
std::string Flow::l4Name() const { return flow::l4Name(l4); }

struct FlowTable::Impl {
    IngestOptions options;
    std::vector<Flow> flows;
    std::vector<uint8_t> ended;  // per flow: a FIN or RST was seen
    std::unordered_map<FlowKey, uint32_t, KeyHash> active;
    // first fragments whose rest is still to come: (version, protocol, id, source, destination) -> flow
    std::unordered_map<std::string, uint32_t> fragments;

    static std::string fragmentKey(const decode::DecodedPacket& pkt) {
        std::string k(2 + 4 + 32, '\0');
        k[0] = static_cast<char>(pkt.ipVersion);
        k[1] = static_cast<char>(pkt.l4);
        std::memcpy(&k[2], &pkt.ipId, 4);
        std::memcpy(&k[6], pkt.src.data(), 16);
        std::memcpy(&k[22], pkt.dst.data(), 16);
        return k;
    }
};

FlowTable::FlowTable(const IngestOptions& options) : d_(std::make_unique<Impl>()) { d_->options = options; }
FlowTable::~FlowTable() = default;

uint32_t FlowTable::add(uint32_t packetIndex, double ts, uint32_t wireLength, const uint8_t* data, uint32_t caplen,
                        const decode::DecodedPacket& pkt, bool& fromClient) {
    fromClient = true;
    if (!pkt.hasIp) return UINT32_MAX;
    uint32_t index = UINT32_MAX;
    if (pkt.fragment) {  // a non-first fragment joins the flow of its first fragment
        auto frag = d_->fragments.find(Impl::fragmentKey(pkt));
        if (frag != d_->fragments.end()) index = frag->second;
    }
    bool fromLo = true;
    FlowKey key = FlowKey::of(pkt, fromLo);
    if (index == UINT32_MAX) {
        auto it = d_->active.find(key);
        bool startNew = it == d_->active.end();
        if (!startNew) {
            const Flow& f = d_->flows[it->second];
            bool idle = ts - f.lastTime > d_->options.idleTimeout;
            bool reopened = pkt.l4 == 6 && pkt.hasTransport && (pkt.tcpFlags & decode::kSyn) &&
                            !(pkt.tcpFlags & decode::kAck) && d_->ended[it->second];
            startNew = idle || reopened;
        }
        if (startNew) {
            index = static_cast<uint32_t>(d_->flows.size());
            Flow f;
            f.id = index;
            f.ipVersion = pkt.ipVersion;
            f.l4 = pkt.l4;
            f.vlan = pkt.vlan;
            f.client = fromLo ? key.lo : key.hi;
            f.server = fromLo ? key.hi : key.lo;
            f.firstTime = ts;
            d_->flows.push_back(std::move(f));
            d_->ended.push_back(0);
            d_->active[key] = index;
        } else {
            index = it->second;
        }
        if (pkt.moreFragments && !pkt.fragment) d_->fragments[Impl::fragmentKey(pkt)] = index;
    }
    Flow& f = d_->flows[index];
    if (pkt.fragment) {
        fromClient = f.client.addr == pkt.src;
    } else {
        bool clientIsLo = f.client.addr == key.lo.addr && f.client.port == key.lo.port;
        fromClient = fromLo == clientIsLo;
    }
    f.packets++;
    f.bytes += wireLength;
    f.lastTime = std::max(f.lastTime, ts);
    f.packetIndices.push_back(packetIndex);
    if (pkt.l4 == 6 && (pkt.tcpFlags & (decode::kFin | decode::kRst))) d_->ended[index] = 1;
    if (static_cast<int>(f.visible.size()) < d_->options.visiblePackets) {
        VisiblePacket v;
        v.packetIndex = packetIndex;
        v.fromClient = fromClient;
        v.bytes.assign(data, data + caplen);
        v.spans = pkt.spans;
        v.netOffset = pkt.netOffset;
        v.netEnd = pkt.netEnd < 0 ? static_cast<int>(caplen) : pkt.netEnd;
        f.visible.push_back(std::move(v));
    }
    return index;
}

std::vector<Flow> FlowTable::take() {
    d_->active.clear();
    d_->ended.clear();
    d_->fragments.clear();
    return std::move(d_->flows);
}

CaptureData ingest(const std::string& path, const IngestOptions& options, const std::atomic<bool>* cancel,
                   const ProgressFn& progress) {
    capture::Reader reader(path);
    CaptureData out;
    out.path = path;
    out.linkType = reader.linkType();
    out.linkTypeName = reader.linkTypeName();
    out.visiblePackets = options.visiblePackets;
    if (!decode::Decoder::supportsLinkType(out.linkType))
        throw capture::CaptureError(path + ": unsupported link type " + out.linkTypeName);
    decode::Decoder decoder(out.linkType);
    FlowTable table(options);
    decode::DecodedPacket pkt;
    capture::RawPacket raw;
    auto lastReport = std::chrono::steady_clock::now();
    const double size = std::max<double>(1.0, static_cast<double>(reader.fileSize()));
    while (reader.next(raw)) {
        uint32_t index = static_cast<uint32_t>(out.packets.size());
        decoder.decode(raw.data, raw.caplen, pkt);
        PacketRecord rec;
        rec.fileOffset = raw.fileOffset;
        rec.timestamp = raw.timestamp;
        rec.caplen = raw.caplen;
        rec.wireLength = raw.wireLength;
        bool fromClient = true;
        rec.flow = table.add(index, raw.timestamp, raw.wireLength, raw.data, raw.caplen, pkt, fromClient);
        rec.fromClient = fromClient;
        if (rec.flow == UINT32_MAX) out.nonIpPackets++;
        out.packets.push_back(rec);
        if ((index & 1023) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                out.cancelled = true;
                break;
            }
            auto now = std::chrono::steady_clock::now();
            if (progress && now - lastReport > std::chrono::milliseconds(50)) {
                lastReport = now;
                progress(static_cast<double>(reader.position()) / size);
            }
        }
    }
    out.problem = reader.problem();
    out.flows = table.take();
    if (progress) progress(1.0);
    return out;
}

}  // namespace whyflow::flow
