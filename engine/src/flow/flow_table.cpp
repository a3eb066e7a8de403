#include "whyflow/flow.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "whyflow/capture.h"

namespace whyflow::flow {

namespace {

// An address as two 64-bit words (byte order kept: for equality only).
inline bool sameAddress(const std::array<uint8_t, 16>& a, const std::array<uint8_t, 16>& b) {
    uint64_t x[2], y[2];
    std::memcpy(x, a.data(), 16);
    std::memcpy(y, b.data(), 16);
    return ((x[0] ^ y[0]) | (x[1] ^ y[1])) == 0;
}

// Lexicographic (bytewise) order of two addresses, as memcmp gives it: -1, 0 or 1.
inline int compareAddress(const std::array<uint8_t, 16>& a, const std::array<uint8_t, 16>& b) {
    uint64_t x[2], y[2];
    std::memcpy(x, a.data(), 16);
    std::memcpy(y, b.data(), 16);
    for (int i = 0; i < 2; ++i) {
        if (x[i] != y[i]) return __builtin_bswap64(x[i]) < __builtin_bswap64(y[i]) ? -1 : 1;
    }
    return 0;
}

}  // namespace

bool FlowKey::operator==(const FlowKey& o) const {
    return ipVersion == o.ipVersion && l4 == o.l4 && vlan == o.vlan && lo.port == o.lo.port &&
           hi.port == o.hi.port && sameAddress(lo.addr, o.lo.addr) && sameAddress(hi.addr, o.hi.addr);
}

size_t FlowKey::hash() const {
    // mix the key as 64-bit words (splitmix64 finaliser)
    auto mix = [](uint64_t h, uint64_t v) {
        h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        h ^= h >> 31;
        h *= 0xbf58476d1ce4e5b9ull;
        return h ^ (h >> 29);
    };
    uint64_t w[4];
    std::memcpy(w, lo.addr.data(), 16);
    std::memcpy(w + 2, hi.addr.data(), 16);
    uint64_t h = static_cast<uint64_t>(ipVersion) | static_cast<uint64_t>(l4) << 8 | static_cast<uint64_t>(vlan) << 16 |
                 static_cast<uint64_t>(lo.port) << 32 | static_cast<uint64_t>(hi.port) << 48;
    for (uint64_t x : w) h = mix(h, x);
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
    const int order = compareAddress(s.addr, d.addr);  // (address, port) pairs in lexicographic order
    fromLo = order < 0 || (order == 0 && s.port <= d.port);
    k.lo = fromLo ? s : d;
    k.hi = fromLo ? d : s;
    return k;
}

namespace {
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

std::vector<FieldSpan> VisiblePacket::spans() const {
    decode::DecodedPacket pkt;
    decode::Decoder(linkType).decode(bytes.data(), static_cast<uint32_t>(bytes.size()), pkt, true);
    return std::move(pkt.spans);
}

std::string Flow::clientText() const { return endpointText(ipVersion, client, l4); }
std::string Flow::serverText() const { return endpointText(ipVersion, server, l4); }
std::string Flow::l4Name() const { return flow::l4Name(l4); }

// Open addressing with linear probing over a power-of-two array of slots: each slot holds
// a flow index and the upper half of its key's hash, the keys themselves sit in one array
// by flow index. A probe touches one small slot array and, on a hash match, one key.
// Nothing is ever removed: a key that starts a new flow points its slot at the new flow.
class ActiveFlows {
public:
    // The latest flow with this key, or UINT32_MAX.
    uint32_t find(const FlowKey& key, size_t hash) const {
        if (slots_.empty()) return UINT32_MAX;
        const uint32_t tag = tagOf(hash);
        for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.flow == UINT32_MAX) return UINT32_MAX;
            if (s.tag == tag && keys_[s.flow] == key) return s.flow;
        }
    }
    // Makes flow (the next index, keys are added in order) the latest flow of key.
    void put(const FlowKey& key, size_t hash, uint32_t flow) {
        if (keys_.size() <= flow) keys_.resize(flow + 1);
        keys_[flow] = key;
        if ((used_ + 1) * 4 > slots_.size() * 3) grow();
        const uint32_t tag = tagOf(hash);
        for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.flow == UINT32_MAX) {
                s = {flow, tag};
                ++used_;
                return;
            }
            if (s.tag == tag && keys_[s.flow] == key) {
                s.flow = flow;
                return;
            }
        }
    }
    void clear() {
        slots_.clear();
        slots_.shrink_to_fit();
        keys_.clear();
        keys_.shrink_to_fit();
        used_ = 0;
        mask_ = 0;
    }

private:
    struct Slot {
        uint32_t flow = UINT32_MAX;
        uint32_t tag = 0;
    };
    static uint32_t tagOf(size_t hash) { return static_cast<uint32_t>(static_cast<uint64_t>(hash) >> 32); }
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.flow == UINT32_MAX) continue;
            size_t i = keys_[s.flow].hash() & mask_;
            while (slots_[i].flow != UINT32_MAX) i = (i + 1) & mask_;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    std::vector<FlowKey> keys_;  // by flow index
    size_t used_ = 0;
    size_t mask_ = 0;
};

struct FlowTable::Impl {
    IngestOptions options;
    int linkType = 0;
    std::vector<Flow> flows;
    std::vector<uint8_t> ended;  // per flow: a FIN or RST was seen
    ActiveFlows active;
    FlowKey lastKey;
    uint32_t lastIndex = UINT32_MAX;
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

FlowTable::FlowTable(const IngestOptions& options, int linkType) : d_(std::make_unique<Impl>()) {
    d_->options = options;
    d_->linkType = linkType;
}
FlowTable::~FlowTable() = default;

uint32_t FlowTable::add(double ts, uint32_t wireLength, const decode::DecodedPacket& pkt,
                        bool& fromClient, bool& keepBytes) {
    fromClient = true;
    keepBytes = false;
    if (!pkt.hasIp) return UINT32_MAX;
    uint32_t index = UINT32_MAX;
    if (pkt.fragment) {  // a non-first fragment joins the flow of its first fragment
        auto frag = d_->fragments.find(Impl::fragmentKey(pkt));
        if (frag != d_->fragments.end()) index = frag->second;
    }
    bool fromLo = true;
    FlowKey key = FlowKey::of(pkt, fromLo);
    if (index == UINT32_MAX) {
        // packets come in bursts of one flow: try the last flow before the table
        uint32_t existing = UINT32_MAX;
        size_t hash = 0;
        const bool last = d_->lastIndex != UINT32_MAX && key == d_->lastKey;
        if (last) {
            existing = d_->lastIndex;
        } else {
            hash = key.hash();
            existing = d_->active.find(key, hash);
        }
        bool startNew = existing == UINT32_MAX;
        if (!startNew) {
            const Flow& f = d_->flows[existing];
            bool idle = ts - f.lastTime > d_->options.idleTimeout;
            bool reopened = pkt.l4 == 6 && pkt.hasTransport && (pkt.tcpFlags & decode::kSyn) &&
                            !(pkt.tcpFlags & decode::kAck) && d_->ended[existing];
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
            d_->active.put(key, last ? key.hash() : hash, index);
        } else {
            index = existing;
        }
        d_->lastKey = key;
        d_->lastIndex = index;
        if (pkt.moreFragments && !pkt.fragment) d_->fragments[Impl::fragmentKey(pkt)] = index;
    }
    Flow& f = d_->flows[index];
    if (pkt.fragment) {
        fromClient = sameAddress(f.client.addr, pkt.src);
    } else {
        bool clientIsLo = f.client.port == key.lo.port && sameAddress(f.client.addr, key.lo.addr);
        fromClient = fromLo == clientIsLo;
    }
    f.packets++;
    f.bytes += wireLength;
    f.lastTime = std::max(f.lastTime, ts);
    if (pkt.l4 == 6 && (pkt.tcpFlags & (decode::kFin | decode::kRst))) d_->ended[index] = 1;
    keepBytes = static_cast<int>(f.visible.size()) < d_->options.visiblePackets;
    return index;
}

void FlowTable::keepVisible(uint32_t flow, uint32_t packetIndex, bool fromClient, const uint8_t* data, uint32_t caplen,
                            const decode::DecodedPacket& pkt) {
    std::vector<VisiblePacket>& visible = d_->flows[flow].visible;
    if (visible.empty()) visible.reserve(static_cast<size_t>(std::max(1, d_->options.visiblePackets)));
    VisiblePacket& v = visible.emplace_back();
    v.packetIndex = packetIndex;
    v.fromClient = fromClient;
    v.linkType = d_->linkType;
    v.bytes.assign(data, data + caplen);
    v.netOffset = pkt.netOffset;
    v.netEnd = pkt.netEnd < 0 ? static_cast<int>(caplen) : pkt.netEnd;
}

std::vector<Flow> FlowTable::take() {
    d_->active.clear();
    d_->lastIndex = UINT32_MAX;
    d_->ended.clear();
    d_->fragments.clear();
    return std::move(d_->flows);
}

namespace {

// Packets read and decoded (without field maps) on a thread of their own, in batches, a
// few batches ahead of the flow table: reading and decoding run on one core, flows and
// tensors on the other. A batch is one chunk of the file (Reader::nextChunk): its packets'
// bytes stay in the batch's own buffer, reused when the batch comes back.
struct Batch {
    std::vector<capture::RawPacket> packets;     // data points into bytes
    std::vector<decode::DecodedPacket> decoded;  // the fast decode of each packet: flow key, flags
    std::vector<uint8_t> bytes;
    uint64_t position = 0;                       // file position after the batch, for progress
    bool recycled = false;                       // holds buffers worth reusing
};

class ReadAhead {
public:
    ReadAhead(capture::Reader& reader, const decode::Decoder& decoder, const std::atomic<bool>* cancel)
        : reader_(reader), decoder_(decoder), cancel_(cancel) {
        thread_ = std::thread([this] { run(); });
    }
    ~ReadAhead() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stop_ = true;
        }
        changed_.notify_all();
        thread_.join();
    }
    // The next batch, or false at the end of the file.
    bool next(Batch& out) {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return !full_.empty() || done_; });
        if (full_.empty()) return false;
        if (out.recycled) free_.push_back(std::move(out));  // recycle the buffers
        out = std::move(full_.front());  // (moving a vector keeps its data where it is)
        full_.pop_front();
        lock.unlock();
        changed_.notify_all();
        return true;
    }
private:
    static constexpr size_t kBatchesAhead = 8;

    void run() {
        bool more = true;
        while (more) {
            Batch b;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                changed_.wait(lock, [this] { return full_.size() < kBatchesAhead || stop_; });
                if (stop_) break;
                if (!free_.empty()) {
                    b = std::move(free_.back());
                    free_.pop_back();
                }
            }
            more = reader_.nextChunk(b.bytes, b.packets);
            if (b.decoded.size() < b.packets.size()) b.decoded.resize(b.packets.size());
            for (size_t i = 0; i < b.packets.size(); ++i)
                decoder_.decode(b.packets[i].data, b.packets[i].caplen, b.decoded[i], /*withSpans=*/false);
            b.recycled = true;
            b.position = reader_.position();
            if (cancel_ && cancel_->load(std::memory_order_relaxed)) more = false;
            {
                std::lock_guard<std::mutex> lock(mutex_);
                if (!b.packets.empty()) full_.push_back(std::move(b));
                if (!more) done_ = true;
            }
            changed_.notify_all();
        }
        std::lock_guard<std::mutex> lock(mutex_);
        done_ = true;
        changed_.notify_all();
    }

    capture::Reader& reader_;
    const decode::Decoder& decoder_;
    const std::atomic<bool>* cancel_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch> full_, free_;
    bool done_ = false, stop_ = false;
};

}  // namespace

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
    FlowTable table(options, out.linkType);
    // Room for as many records as the file could hold (a record takes at least ~56 bytes):
    // untouched reserved pages cost no memory, and the index is never copied while it grows.
    out.packets.reserve(static_cast<size_t>(std::min<uint64_t>(reader.fileSize() / 56 + 1024, uint64_t{1} << 26)));
    auto lastReport = std::chrono::steady_clock::now();
    const double size = std::max<double>(1.0, static_cast<double>(reader.fileSize()));
    {
        ReadAhead ahead(reader, decoder, cancel);
        Batch batch;
        while (!out.cancelled && ahead.next(batch)) {
            for (size_t i = 0; i < batch.packets.size(); ++i) {
                const capture::RawPacket& raw = batch.packets[i];
                const uint32_t index = static_cast<uint32_t>(out.packets.size());
                PacketRecord rec;
                rec.fileOffset = raw.fileOffset;
                rec.timestamp = raw.timestamp;
                rec.caplen = raw.caplen;
                rec.wireLength = raw.wireLength;
                bool fromClient = true, keepBytes = false;
                rec.flow = table.add(raw.timestamp, raw.wireLength, batch.decoded[i], fromClient, keepBytes);
                rec.fromClient = fromClient;
                if (keepBytes)  // a packet the model can see: its bytes are kept (its field map is decoded when needed)
                    table.keepVisible(rec.flow, index, fromClient, raw.data, raw.caplen, batch.decoded[i]);
                if (rec.flow == UINT32_MAX) out.nonIpPackets++;
                out.packets.push_back(rec);
            }
            if (cancel && cancel->load(std::memory_order_relaxed)) out.cancelled = true;
            auto now = std::chrono::steady_clock::now();
            if (progress && now - lastReport > std::chrono::milliseconds(50)) {
                lastReport = now;
                progress(static_cast<double>(batch.position) / size);
            }
        }
    }  // the reading thread has ended here
    if (!out.cancelled) out.problem = reader.problem();
    out.flows = table.take();
    // each flow's packet list, in one pass at the end: exact sizes, no growing vectors
    for (Flow& f : out.flows) f.packetIndices.reserve(f.packets);
    for (uint32_t i = 0; i < out.packets.size(); ++i)
        if (out.packets[i].flow != UINT32_MAX) out.flows[out.packets[i].flow].packetIndices.push_back(i);
    if (progress) progress(1.0);
    return out;
}

}  // namespace whyflow::flow
