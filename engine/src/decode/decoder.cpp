#include "whyflow/decode.h"

#include <pcap/dlt.h>

#include <algorithm>
#include <cstdio>

namespace whyflow::decode {
namespace {

constexpr int kDltLoop = 108;
constexpr int kDltLinuxSll = 113;
constexpr int kDltLinuxSll2 = 276;
constexpr int kDltIpv4 = 228;
constexpr int kDltIpv6 = 229;
constexpr int kDltPpp = 9;
constexpr int kDltPppSerial = 50;
constexpr int kDltCiscoHdlc = 104;
constexpr int kDltPpi = 192;
constexpr int kMaxTunnelDepth = 4;

inline uint16_t be16(const uint8_t* p) { return static_cast<uint16_t>(p[0] << 8 | p[1]); }
inline uint32_t be32(const uint8_t* p) {
    return static_cast<uint32_t>(p[0]) << 24 | static_cast<uint32_t>(p[1]) << 16 |
           static_cast<uint32_t>(p[2]) << 8 | p[3];
}

// One decoding pass over one frame. Every add() is clamped to the captured length, and
// every header is checked with have() before a byte of it is read.
class Pass {
public:
    Pass(const uint8_t* data, int caplen, DecodedPacket& out, bool withSpans)
        : p_(data), cap_(caplen), o_(out), spans_(withSpans) {}

    void run(int linkType);

private:
    bool have(int off, int len) const { return off >= 0 && len >= 0 && off + len <= cap_; }
    void add(int off, int len, FieldId f) {
        if (spans_) addSpan(off, len, f);  // the fast path needs no field map (and no trailing-bytes bookkeeping)
    }
    void addSpan(int off, int len, FieldId f) {
        if (off < 0 || off >= cap_) return;
        len = std::min(len, cap_ - off);
        if (len <= 0) return;
        covered_ = std::max(covered_, off + len);
        for (int done = 0; done < len; done += 0xffff)
            o_.spans.push_back({static_cast<uint32_t>(off + done), static_cast<uint16_t>(std::min(0xffff, len - done)), f, false});
        covered_ = std::max(covered_, off + len);
    }
    // Decoding stops here: everything not yet described, from the end of the last field
    // on, is malformed (off only documents where the problem was found).
    void fail(int off, const std::string& why) {
        (void)off;
        if (o_.problem.empty()) o_.problem = why;
        if (spans_) add(covered_, cap_ - covered_, FieldId::Malformed);
    }

    void ethernet(int off);
    void ethertype(int off, uint16_t type, FieldId typeField, int typeOffset);
    void sll(int off);
    void sll2(int off);
    void null(int off, bool bigEndianOnly);
    void link(int linkType, int off, int depth);
    void ppp(int off, bool withAddress);
    void chdlc(int off);
    void ppi(int off, int depth);
    void mpls(int off);
    void pppoe(int off);
    void rawIp(int off);
    void ip(int off);  // by the version nibble
    void ipv4(int off);
    void ipv6(int off);
    bool enterIp(int off);  // before an IP header: marks outer headers as tunnel; false if too deep
    void gre(int off, int end);
    void gtp(int off, int end);
    void vxlan(int off, int end);
    void transport(uint8_t proto, int off, int end, int declaredEnd);
    void tcp(int off, int end, int declaredEnd);
    void tcpOptions(int off, int end);
    void udp(int off, int end);
    void icmp(int off, int end, bool v6);
    void payload(int off, int end);

    const uint8_t* p_;
    int cap_;
    DecodedPacket& o_;
    int covered_ = 0;
    bool spans_ = true;
    int firstIp_ = -1;  // offset of the outermost IP header
};

void Pass::run(int linkType) {
    link(linkType, 0, 0);
    // Bytes after the IP datagram (Ethernet padding, trailers) belong to the link layer.
    if (spans_ && covered_ < cap_) add(covered_, cap_ - covered_, o_.problem.empty() ? FieldId::LinkOther : FieldId::Malformed);
}

void Pass::link(int linkType, int off, int depth) {
    switch (linkType) {
    case DLT_EN10MB: return ethernet(off);
    case kDltLinuxSll: return sll(off);
    case kDltLinuxSll2: return sll2(off);
    case DLT_NULL: return null(off, false);
    case kDltLoop: return null(off, true);
    case DLT_RAW:
    case kDltIpv4:
    case kDltIpv6: return rawIp(off);
    case kDltPpp:
    case kDltPppSerial: return ppp(off, true);
    case kDltCiscoHdlc: return chdlc(off);
    case kDltPpi:
        if (depth == 0) return ppi(off, depth);
        [[fallthrough]];
    default: return fail(off, "unsupported link type " + std::to_string(linkType));
    }
}

void Pass::ppp(int off, bool withAddress) {
    // Cisco HDLC framing in a PPP capture (address 0x0f unicast or 0x8f broadcast), as
    // routers' serial interfaces write it
    if (withAddress && have(off, 4) && (p_[off] == 0x0f || p_[off] == 0x8f) && p_[off + 1] == 0x00) return chdlc(off);
    if (withAddress && have(off, 2) && p_[off] == 0xff && p_[off + 1] == 0x03) {
        add(off, 2, FieldId::PppHeader);
        off += 2;
    }
    if (!have(off, 1)) return fail(off, "truncated PPP header");
    int len = (p_[off] & 1) ? 1 : 2;  // protocol field compression: odd first byte means one byte
    if (!have(off, len)) return fail(off, "truncated PPP header");
    const uint16_t proto = len == 1 ? p_[off] : be16(p_ + off);
    add(off, len, FieldId::PppProtocol);
    off += len;
    if (proto == 0x0021) return ipv4(off);
    if (proto == 0x0057) return ipv6(off);
    if (proto == 0x0281 || proto == 0x0283) return mpls(off);
    add(off, cap_ - off, FieldId::LinkOther);  // LCP, IPCP, compressed or encrypted data
}

void Pass::chdlc(int off) {
    if (!have(off, 4)) return fail(off, "truncated Cisco HDLC header");
    add(off, 2, FieldId::ChdlcHeader);
    add(off + 2, 2, FieldId::ChdlcProtocol);
    const uint16_t proto = be16(p_ + off + 2);
    if (proto == 0x0800) return ipv4(off + 4);
    if (proto == 0x86dd) return ipv6(off + 4);
    if (proto == 0x8847 || proto == 0x8848) return mpls(off + 4);
    add(off + 4, cap_ - off - 4, FieldId::LinkOther);  // SLARP, CDP
}

void Pass::ppi(int off, int depth) {
    if (!have(off, 8)) return fail(off, "truncated PPI header");
    const int len = p_[off + 2] | p_[off + 3] << 8;  // little-endian
    const uint32_t dlt = p_[off + 4] | p_[off + 5] << 8 | p_[off + 6] << 16 | static_cast<uint32_t>(p_[off + 7]) << 24;
    if (len < 8 || !have(off, len)) return fail(off, "PPI header length " + std::to_string(len) + " is impossible");
    add(off, len, FieldId::PpiHeader);
    link(static_cast<int>(dlt), off + len, depth + 1);
}

void Pass::mpls(int off) {
    for (int count = 0;; ++count) {
        if (!have(off, 4)) return fail(off, "truncated MPLS label stack");
        if (count > 16) return fail(off, "MPLS label stack deeper than 16");
        add(off, 4, FieldId::MplsLabel);
        const bool bottom = p_[off + 2] & 0x01;
        off += 4;
        if (bottom) break;
    }
    if (!have(off, 1)) return fail(off, "nothing after the MPLS label stack");
    const int version = p_[off] >> 4;
    if (version == 4) return ipv4(off);
    if (version == 6) return ipv6(off);
    add(off, cap_ - off, FieldId::LinkOther);  // pseudowire payload
}

void Pass::pppoe(int off) {
    if (!have(off, 6)) return fail(off, "truncated PPPoE header");
    add(off, 6, FieldId::PppoeHeader);
    ppp(off + 6, false);
}

void Pass::ip(int off) {
    if (!have(off, 1)) return fail(off, "truncated IP header");
    const int version = p_[off] >> 4;
    if (version == 4) return ipv4(off);
    if (version == 6) return ipv6(off);
    fail(off, "inner packet is neither IPv4 nor IPv6 (version " + std::to_string(version) + ")");
}

bool Pass::enterIp(int off) {
    if (firstIp_ < 0) {
        firstIp_ = off;
        return true;
    }
    if (o_.tunnelDepth >= kMaxTunnelDepth) {
        fail(off, "more than " + std::to_string(kMaxTunnelDepth) + " nested tunnels");
        return false;
    }
    // everything from the outermost IP header up to here is tunnel encapsulation
    for (FieldSpan& s : o_.spans)
        if (static_cast<int>(s.offset) >= firstIp_ && static_cast<int>(s.offset) < off) s.tunnel = true;
    o_.tunnelDepth++;
    o_.hasTransport = false;
    o_.fragment = false;
    o_.moreFragments = false;
    o_.srcPort = o_.dstPort = 0;
    o_.payloadOffset = -1;
    o_.payloadLength = 0;
    return true;
}

void Pass::gre(int off, int end) {
    if (!have(off, 4) || off + 4 > end) return fail(off, "truncated GRE header");
    const uint8_t f0 = p_[off], f1 = p_[off + 1];
    const uint16_t proto = be16(p_ + off + 2);
    const int version = f1 & 0x07;
    int len = 4;
    if (f0 & 0x80) len += 4;                 // checksum + reserved
    if (f0 & 0x20) len += 4;                 // key (PPTP: payload length + call id)
    if (f0 & 0x10) len += 4;                 // sequence number
    if (version == 1 && (f1 & 0x80)) len += 4;  // PPTP acknowledgement number
    if (!have(off, len) || off + len > end) return fail(off, "truncated GRE header");
    add(off, len, FieldId::GreHeader);
    o_.hasTransport = true;
    const int inner = off + len;
    if (inner >= end) return;
    switch (proto) {
    case 0x0800: return ipv4(inner);
    case 0x86dd: return ipv6(inner);
    case 0x6558: return ethernet(inner);     // transparent Ethernet bridging
    case 0x880b: return ppp(inner, true);    // PPTP
    case 0x8847: case 0x8848: return mpls(inner);
    default: return payload(inner, end);
    }
}

void Pass::gtp(int off, int end) {
    if (!have(off, 8) || off + 8 > end) return payload(off, end);
    const uint8_t flags = p_[off];
    const uint8_t type = p_[off + 1];
    if ((flags >> 5) != 1 || type != 0xff) return payload(off, end);  // only GTPv1-U user data carries packets
    int len = 8;
    if (flags & 0x07) len += 4;  // sequence number, N-PDU number, next extension type
    if (!have(off, len) || off + len > end) return fail(off, "truncated GTP-U header");
    int next = (flags & 0x04) ? p_[off + len - 1] : 0;
    while (next != 0) {  // extension headers: length in 4-byte units, last byte is the next type
        if (!have(off + len, 1) || p_[off + len] == 0) return fail(off + len, "bad GTP-U extension header");
        const int ext = p_[off + len] * 4;
        if (!have(off + len, ext) || off + len + ext > end) return fail(off + len, "truncated GTP-U extension header");
        next = p_[off + len + ext - 1];
        len += ext;
    }
    add(off, len, FieldId::GtpHeader);
    if (off + len < end) ip(off + len);
}

void Pass::vxlan(int off, int end) {
    if (!have(off, 8) || off + 8 > end || !(p_[off] & 0x08)) return payload(off, end);
    add(off, 8, FieldId::VxlanHeader);
    ethernet(off + 8);
}

void Pass::ethernet(int off) {
    if (!have(off, 14)) return fail(off, "truncated Ethernet header");
    add(off, 6, FieldId::EthDst);
    add(off + 6, 6, FieldId::EthSrc);
    uint16_t type = be16(p_ + off + 12);
    if (type <= 1500) {  // 802.3 length field: LLC follows, not IP
        add(off + 12, 2, FieldId::LinkOther);
        add(off + 14, cap_ - off - 14, FieldId::LinkOther);
        return;
    }
    ethertype(off + 14, type, FieldId::EthType, off + 12);
}

void Pass::ethertype(int off, uint16_t type, FieldId typeField, int typeOffset) {
    for (int depth = 0; type == 0x8100 || type == 0x88a8 || type == 0x9100; ++depth) {
        add(typeOffset, 2, depth == 0 ? typeField : FieldId::VlanEtype);
        if (!have(off, 4)) return fail(off, "truncated VLAN tag");
        if (depth > 8) return fail(off, "too many nested VLAN tags");
        if (o_.vlan == 0) o_.vlan = be16(p_ + off) & 0x0fff;
        add(off, 2, FieldId::VlanTci);
        type = be16(p_ + off + 2);
        typeField = FieldId::VlanEtype;
        typeOffset = off + 2;
        off += 4;
    }
    add(typeOffset, 2, typeField);
    if (type == 0x0800) return ipv4(off);
    if (type == 0x86dd) return ipv6(off);
    if (type == 0x8847 || type == 0x8848) return mpls(off);
    if (type == 0x8864) return pppoe(off);
    add(off, cap_ - off, FieldId::LinkOther);  // ARP, LLDP, PPPoE discovery and other non-IP traffic
}

void Pass::sll(int off) {
    if (!have(off, 16)) return fail(off, "truncated Linux cooked header");
    add(off, 2, FieldId::SllPktType);
    add(off + 2, 2, FieldId::SllHaType);
    add(off + 4, 2, FieldId::SllHaLen);
    add(off + 6, 8, FieldId::SllSrc);
    ethertype(off + 16, be16(p_ + off + 14), FieldId::SllEtype, off + 14);
}

void Pass::sll2(int off) {
    if (!have(off, 20)) return fail(off, "truncated Linux cooked v2 header");
    add(off + 2, 2, FieldId::SllReserved);
    add(off + 4, 4, FieldId::SllIfIndex);
    add(off + 8, 2, FieldId::SllHaType);
    add(off + 10, 1, FieldId::SllPktType);
    add(off + 11, 1, FieldId::SllHaLen);
    add(off + 12, 8, FieldId::SllSrc);
    // the protocol sits first; spans are sorted by offset at the end
    ethertype(off + 20, be16(p_ + off), FieldId::SllEtype, off);
}

void Pass::null(int off, bool bigEndianOnly) {
    if (!have(off, 4)) return fail(off, "truncated loopback header");
    add(off, 4, FieldId::NullFamily);
    uint32_t be = be32(p_ + off);
    uint32_t le = static_cast<uint32_t>(p_[off]) | p_[off + 1] << 8 | p_[off + 2] << 16 | static_cast<uint32_t>(p_[off + 3]) << 24;
    auto isV4 = [](uint32_t f) { return f == 2; };
    auto isV6 = [](uint32_t f) { return f == 10 || f == 24 || f == 28 || f == 30; };
    if (isV4(be) || (!bigEndianOnly && isV4(le))) return ipv4(off + 4);
    if (isV6(be) || (!bigEndianOnly && isV6(le))) return ipv6(off + 4);
    add(off + 4, cap_ - off - 4, FieldId::LinkOther);
}

void Pass::rawIp(int off) {
    if (!have(off, 1)) return fail(off, "empty packet");
    int version = p_[off] >> 4;
    if (version == 4) return ipv4(off);
    if (version == 6) return ipv6(off);
    fail(off, "raw packet is neither IPv4 nor IPv6 (version " + std::to_string(version) + ")");
}

void Pass::ipv4(int off) {
    if (!enterIp(off)) return;
    if (!have(off, 20)) return fail(off, "truncated IPv4 header");
    const uint8_t* h = p_ + off;
    if ((h[0] >> 4) != 4) return fail(off, "IPv4 header with version " + std::to_string(h[0] >> 4));
    int ihl = (h[0] & 0x0f) * 4;
    add(off, 1, FieldId::IpVersion);
    add(off + 1, 1, FieldId::IpDsfield);
    add(off + 2, 2, FieldId::IpLen);
    add(off + 4, 2, FieldId::IpId);
    add(off + 6, 1, FieldId::IpFlags);
    add(off + 7, 1, FieldId::IpFragOffset);
    add(off + 8, 1, FieldId::IpTtl);
    add(off + 9, 1, FieldId::IpProto);
    add(off + 10, 2, FieldId::IpChecksum);
    add(off + 12, 4, FieldId::IpSrc);
    add(off + 16, 4, FieldId::IpDst);
    o_.hasIp = true;
    o_.ipVersion = 4;
    o_.netOffset = off;
    o_.src = {};
    o_.dst = {};
    std::copy(h + 12, h + 16, o_.src.begin());
    std::copy(h + 16, h + 20, o_.dst.begin());
    o_.l4 = h[9];
    o_.ttl = h[8];
    if (ihl < 20) return fail(off + 20, "IPv4 header length " + std::to_string(ihl) + " is below 20");
    int totalLen = be16(h + 2);
    if (totalLen < ihl) return fail(off + 20, "IPv4 total length " + std::to_string(totalLen) + " is below the header length");
    if (!have(off, ihl)) return fail(off + 20, "truncated IPv4 options");
    add(off + 20, ihl - 20, FieldId::IpOptions);
    int declaredEnd = off + totalLen;
    int end = std::min(declaredEnd, cap_);
    o_.netEnd = end;
    int fragOffset = be16(h + 6) & 0x1fff;
    o_.ipId = be16(h + 4);
    o_.moreFragments = h[6] & 0x20;
    if (fragOffset != 0) {
        o_.fragment = true;
        return payload(off + ihl, end);
    }
    transport(h[9], off + ihl, end, declaredEnd);
}

void Pass::ipv6(int off) {
    if (!enterIp(off)) return;
    if (!have(off, 40)) return fail(off, "truncated IPv6 header");
    const uint8_t* h = p_ + off;
    if ((h[0] >> 4) != 6) return fail(off, "IPv6 header with version " + std::to_string(h[0] >> 4));
    add(off, 1, FieldId::Ipv6Version);
    add(off + 1, 1, FieldId::Ipv6Tclass);
    add(off + 2, 2, FieldId::Ipv6Flow);
    add(off + 4, 2, FieldId::Ipv6Plen);
    add(off + 6, 1, FieldId::Ipv6Nxt);
    add(off + 7, 1, FieldId::Ipv6Hlim);
    add(off + 8, 16, FieldId::Ipv6Src);
    add(off + 24, 16, FieldId::Ipv6Dst);
    o_.hasIp = true;
    o_.ipVersion = 6;
    o_.netOffset = off;
    std::copy(h + 8, h + 24, o_.src.begin());
    std::copy(h + 24, h + 40, o_.dst.begin());
    o_.ttl = h[7];
    int plen = be16(h + 4);
    int declaredEnd = plen == 0 ? cap_ : off + 40 + plen;  // 0: jumbogram
    int end = std::min(declaredEnd, cap_);
    o_.netEnd = end;
    uint8_t next = h[6];
    int pos = off + 40;
    for (int count = 0; count < 16; ++count) {
        if (next == 0 || next == 43 || next == 60 || next == 51) {
            if (!have(pos, 2) || pos + 2 > end) return fail(pos, "truncated IPv6 extension header");
            int len = next == 51 ? (p_[pos + 1] + 2) * 4 : (p_[pos + 1] + 1) * 8;
            if (pos + len > end) return fail(pos, "IPv6 extension header runs past the packet");
            add(pos, len, FieldId::Ipv6ExtHeader);
            next = p_[pos];
            pos += len;
        } else if (next == 44) {
            if (!have(pos, 8) || pos + 8 > end) return fail(pos, "truncated IPv6 fragment header");
            add(pos, 8, FieldId::Ipv6FragHeader);
            int fragOffset = be16(p_ + pos + 2) >> 3;
            o_.ipId = be32(p_ + pos + 4);
            o_.moreFragments = p_[pos + 3] & 0x01;
            next = p_[pos];
            pos += 8;
            if (fragOffset != 0) {
                o_.l4 = next;
                o_.fragment = true;
                return payload(pos, end);
            }
        } else {
            break;
        }
    }
    o_.l4 = next;
    transport(next, pos, end, declaredEnd);
}

void Pass::transport(uint8_t proto, int off, int end, int declaredEnd) {
    switch (proto) {
    case 6: return tcp(off, end, declaredEnd);
    case 17: return udp(off, end);
    case 1: return icmp(off, end, false);
    case 58: return icmp(off, end, true);
    case 4: return off < end ? ipv4(off) : void();   // IPv4 in IP
    case 41: return off < end ? ipv6(off) : void();  // IPv6 in IP
    case 47: return gre(off, end);
    default: return payload(off, end);
    }
}

void Pass::tcp(int off, int end, int declaredEnd) {
    if (!have(off, 20) || off + 20 > end) return fail(off, "truncated TCP header");
    const uint8_t* h = p_ + off;
    add(off, 2, FieldId::TcpSrcPort);
    add(off + 2, 2, FieldId::TcpDstPort);
    add(off + 4, 4, FieldId::TcpSeq);
    add(off + 8, 4, FieldId::TcpAck);
    add(off + 12, 1, FieldId::TcpHdrLen);
    add(off + 13, 1, FieldId::TcpFlags);
    add(off + 14, 2, FieldId::TcpWindow);
    add(off + 16, 2, FieldId::TcpChecksum);
    add(off + 18, 2, FieldId::TcpUrgentPointer);
    o_.hasTransport = true;
    o_.srcPort = be16(h);
    o_.dstPort = be16(h + 2);
    o_.tcpSeq = be32(h + 4);
    o_.tcpAck = be32(h + 8);
    o_.tcpFlags = h[13];
    o_.tcpWindow = be16(h + 14);
    int doff = (h[12] >> 4) * 4;
    if (doff < 20) return fail(off + 20, "TCP data offset " + std::to_string(doff) + " is below 20");
    if (off + doff > declaredEnd) return fail(off + 20, "TCP header length " + std::to_string(doff) + " runs past the end of the packet");
    if (spans_) {  // options matter only to the field map
        tcpOptions(off + 20, std::min(off + doff, end));
        if (!o_.problem.empty()) return;
    }
    payload(off + doff, end);
}

void Pass::tcpOptions(int off, int end) {
    int pos = off;
    while (pos < end) {
        uint8_t kind = p_[pos];
        if (kind == 0) {  // end of list: the rest of the option space is padding
            add(pos, end - pos, FieldId::TcpOptEol);
            return;
        }
        if (kind == 1) {
            add(pos, 1, FieldId::TcpOptNop);
            ++pos;
            continue;
        }
        if (pos + 1 >= end) return add(pos, end - pos, FieldId::TcpOptOther);  // cut by the snapshot length
        int len = p_[pos + 1];
        if (len < 2) return fail(pos, "TCP option " + std::to_string(kind) + " with length " + std::to_string(len));
        FieldId f = FieldId::TcpOptOther;
        switch (kind) {
        case 2: f = FieldId::TcpOptMss; break;
        case 3: f = FieldId::TcpOptWscale; break;
        case 4: f = FieldId::TcpOptSackPerm; break;
        case 5: f = FieldId::TcpOptSack; break;
        case 8: f = FieldId::TcpOptTimestamp; break;
        default: break;
        }
        if (pos + len > end && end < cap_)
            return fail(pos, "TCP option " + std::to_string(kind) + " runs past the header");
        add(pos, len, f);
        pos += len;
    }
}

void Pass::udp(int off, int end) {
    if (!have(off, 8) || off + 8 > end) return fail(off, "truncated UDP header");
    const uint8_t* h = p_ + off;
    add(off, 2, FieldId::UdpSrcPort);
    add(off + 2, 2, FieldId::UdpDstPort);
    add(off + 4, 2, FieldId::UdpLength);
    add(off + 6, 2, FieldId::UdpChecksum);
    o_.hasTransport = true;
    o_.srcPort = be16(h);
    o_.dstPort = be16(h + 2);
    if (o_.dstPort == 2152 || o_.srcPort == 2152) return gtp(off + 8, end);
    if (o_.dstPort == 4789) return vxlan(off + 8, end);
    payload(off + 8, end);
}

void Pass::icmp(int off, int end, bool v6) {
    if (!have(off, 4) || off + 4 > end) return fail(off, v6 ? "truncated ICMPv6 header" : "truncated ICMP header");
    add(off, 1, v6 ? FieldId::Icmpv6Type : FieldId::IcmpType);
    add(off + 1, 1, v6 ? FieldId::Icmpv6Code : FieldId::IcmpCode);
    add(off + 2, 2, v6 ? FieldId::Icmpv6Checksum : FieldId::IcmpChecksum);
    add(off + 4, std::min(4, end - off - 4), v6 ? FieldId::Icmpv6Rest : FieldId::IcmpRest);
    o_.hasTransport = true;
    o_.icmpType = p_[off];
    o_.icmpCode = p_[off + 1];
    payload(off + 8, end);
}

void Pass::payload(int off, int end) {
    if (off >= end) return;
    o_.payloadOffset = off;
    o_.payloadLength = end - off;
    add(off, end - off, FieldId::Payload);
}

}  // namespace

// Every field back to its default, keeping the capacity of spans and problem (no allocation
// per packet). A new member of DecodedPacket needs a line here: the size check says so.
void DecodedPacket::clear() {
    static_assert(sizeof(void*) != 8 || sizeof(DecodedPacket) == sizeof(std::vector<FieldSpan>) + sizeof(std::string) + 88,
                  "a member was added to DecodedPacket: reset it in clear()");
    spans.clear();
    hasIp = false;
    ipVersion = 0;
    netOffset = -1;
    netEnd = -1;
    src = {};
    dst = {};
    l4 = 0;
    srcPort = 0;
    dstPort = 0;
    vlan = 0;
    ttl = 0;
    hasTransport = false;
    tcpFlags = 0;
    tcpSeq = 0;
    tcpAck = 0;
    tcpWindow = 0;
    icmpType = 0;
    icmpCode = 0;
    fragment = false;
    moreFragments = false;
    ipId = 0;
    tunnelDepth = 0;
    payloadOffset = -1;
    payloadLength = 0;
    problem.clear();
}

FieldId DecodedPacket::fieldAt(int offset) const {
    auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                               [](int off, const FieldSpan& s) { return off < static_cast<int>(s.offset); });
    if (it == spans.begin()) return FieldId::None;
    --it;
    return offset < static_cast<int>(it->offset + it->length) ? it->field : FieldId::None;
}

Decoder::Decoder(int linkType) : linkType_(linkType) {}

bool Decoder::supportsLinkType(int linkType) {
    switch (linkType) {
    case DLT_EN10MB: case kDltLinuxSll: case kDltLinuxSll2: case DLT_NULL: case kDltLoop:
    case DLT_RAW: case kDltIpv4: case kDltIpv6: case kDltPpp: case kDltPppSerial: case kDltCiscoHdlc: case kDltPpi:
        return true;
    default:
        return false;
    }
}

void Decoder::decode(const uint8_t* data, uint32_t caplen, DecodedPacket& out, bool withSpans) const {
    out.clear();
    Pass pass(data, static_cast<int>(std::min<uint32_t>(caplen, 1u << 30)), out, withSpans);
    pass.run(linkType_);
    auto byOffset = [](const FieldSpan& a, const FieldSpan& b) { return a.offset < b.offset; };
    if (!std::is_sorted(out.spans.begin(), out.spans.end(), byOffset))  // Linux cooked v2 names its protocol first
        std::stable_sort(out.spans.begin(), out.spans.end(), byOffset);
}

std::string tcpFlagsText(uint8_t flags) {
    static const char* names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    static const int order[] = {1, 0, 2, 3, 4, 5, 6, 7};  // SYN first, as Wireshark prints
    std::string s;
    for (int i : order) {
        if (flags & (1 << i)) {
            if (!s.empty()) s += ", ";
            s += names[i];
        }
    }
    return s;
}

std::string addressText(uint8_t ipVersion, const std::array<uint8_t, 16>& a) {
    char buf[64];
    if (ipVersion == 4) {
        std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
        return buf;
    }
    // RFC 5952: compress the longest run of zero groups
    uint16_t g[8];
    for (int i = 0; i < 8; ++i) g[i] = static_cast<uint16_t>(a[2 * i] << 8 | a[2 * i + 1]);
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) { ++i; continue; }
        int j = i;
        while (j < 8 && g[j] == 0) ++j;
        if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
        i = j;
    }
    std::string s;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            s += "::";
            i += bestLen - 1;
            continue;
        }
        if (!s.empty() && s.back() != ':') s += ':';
        std::snprintf(buf, sizeof buf, "%x", g[i]);
        s += buf;
    }
    return s;
}

}  // namespace whyflow::decode

namespace whyflow::decode {
namespace {

// The first question of a DNS message: "A example.org".
std::string dnsQuestion(const uint8_t* p, int len) {
    if (len < 12) return {};
    const int qd = be16(p + 4);
    if (qd == 0) return {};
    std::string name;
    int pos = 12;
    for (int guard = 0; guard < 128 && pos < len; ++guard) {
        int l = p[pos];
        if (l == 0) { ++pos; break; }
        if (l >= 64 || pos + 1 + l > len) return {};
        if (!name.empty()) name += '.';
        name.append(reinterpret_cast<const char*>(p + pos + 1), l);
        pos += 1 + l;
    }
    if (pos + 2 > len) return name;
    const int type = be16(p + pos);
    const char* t = type == 1 ? "A" : type == 28 ? "AAAA" : type == 15 ? "MX" : type == 16 ? "TXT" : type == 12 ? "PTR"
                  : type == 5 ? "CNAME" : type == 2 ? "NS" : type == 6 ? "SOA" : type == 33 ? "SRV" : type == 255 ? "ANY" : nullptr;
    return (t ? std::string(t) : "TYPE" + std::to_string(type)) + " " + (name.empty() ? "<Root>" : name);
}

}  // namespace

std::string infoText(const DecodedPacket& pkt, const uint8_t* data, uint32_t caplen) {
    if (!pkt.hasIp) return pkt.problem.empty() ? "Non-IP frame" : "Malformed: " + pkt.problem;
    std::string s;
    if (pkt.fragment) {
        s = "Fragmented IP protocol (proto " + std::to_string(pkt.l4) + ")";
    } else if (pkt.l4 == 6 && pkt.hasTransport) {
        s = std::to_string(pkt.srcPort) + " → " + std::to_string(pkt.dstPort) + " [" + tcpFlagsText(pkt.tcpFlags) + "] Seq=" +
            std::to_string(pkt.tcpSeq);
        if (pkt.tcpFlags & kAck) s += " Ack=" + std::to_string(pkt.tcpAck);
        s += " Win=" + std::to_string(pkt.tcpWindow) + " Len=" + std::to_string(pkt.payloadLength);
    } else if (pkt.l4 == 17 && pkt.hasTransport) {
        const bool dns = pkt.srcPort == 53 || pkt.dstPort == 53 || pkt.srcPort == 5353 || pkt.dstPort == 5353;
        if (dns && pkt.payloadOffset >= 0 && pkt.payloadLength >= 12) {
            const uint8_t* d = data + pkt.payloadOffset;
            const bool response = d[2] & 0x80;
            s = std::string(response ? "Standard query response " : "Standard query ") + "0x" +
                [&] { char b[8]; std::snprintf(b, sizeof b, "%04x", be16(d)); return std::string(b); }() + " " +
                dnsQuestion(d, pkt.payloadLength);
        } else {
            s = std::to_string(pkt.srcPort) + " → " + std::to_string(pkt.dstPort) + " Len=" + std::to_string(pkt.payloadLength);
        }
    } else if ((pkt.l4 == 1 || pkt.l4 == 58) && pkt.hasTransport) {
        const bool v6 = pkt.l4 == 58;
        const int t = pkt.icmpType;
        if (!v6 && t == 8) s = "Echo (ping) request";
        else if (!v6 && t == 0) s = "Echo (ping) reply";
        else if (!v6 && t == 3) s = "Destination unreachable (code " + std::to_string(pkt.icmpCode) + ")";
        else if (!v6 && t == 11) s = "Time-to-live exceeded";
        else if (v6 && t == 128) s = "Echo (ping) request";
        else if (v6 && t == 129) s = "Echo (ping) reply";
        else if (v6 && t == 135) s = "Neighbor Solicitation";
        else if (v6 && t == 136) s = "Neighbor Advertisement";
        else if (v6 && t == 133) s = "Router Solicitation";
        else if (v6 && t == 134) s = "Router Advertisement";
        else s = std::string(v6 ? "ICMPv6" : "ICMP") + " type " + std::to_string(t) + " code " + std::to_string(pkt.icmpCode);
    } else {
        s = "IP protocol " + std::to_string(pkt.l4);
    }
    if (!pkt.problem.empty()) s += " [Malformed: " + pkt.problem + "]";
    return s;
}

std::string fieldValueText(const FieldSpan& span, const uint8_t* data, uint32_t caplen, uint8_t ipVersion) {
    if (span.offset >= caplen) return {};
    const uint32_t n = std::min<uint32_t>(span.length, caplen - span.offset);
    const uint8_t* p = data + span.offset;
    char buf[64];
    switch (span.field) {
    case FieldId::IpSrc: case FieldId::IpDst:
        if (n == 4) { std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", p[0], p[1], p[2], p[3]); return buf; }
        break;
    case FieldId::Ipv6Src: case FieldId::Ipv6Dst:
        if (n == 16) { std::array<uint8_t, 16> a{}; std::copy(p, p + 16, a.begin()); return addressText(6, a); }
        break;
    case FieldId::EthDst: case FieldId::EthSrc:
        if (n == 6) { std::snprintf(buf, sizeof buf, "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4], p[5]); return buf; }
        break;
    case FieldId::TcpFlags:
        return tcpFlagsText(p[0]);
    case FieldId::IpVersion:
        std::snprintf(buf, sizeof buf, "version %u, header %u bytes", p[0] >> 4, (p[0] & 15) * 4);
        return buf;
    case FieldId::TcpHdrLen:
        std::snprintf(buf, sizeof buf, "%u bytes", (p[0] >> 4) * 4);
        return buf;
    // The first 4 bytes of IPv6 are version (4 bits), traffic class (8) and flow label (20);
    // the map gives them bytes 0, 1 and 2-3 (as tshark's positions do), so the values are
    // read from the whole word, which starts at the version byte.
    case FieldId::Ipv6Version:
        return std::to_string(p[0] >> 4);
    case FieldId::Ipv6Tclass:
        if (span.offset >= 1) {
            const uint8_t* h = p - 1;
            std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned>(((h[0] & 0x0f) << 4) | (h[1] >> 4)));
            return buf;
        }
        break;
    case FieldId::Ipv6Flow:
        if (span.offset >= 2 && n == 2) {
            const uint8_t* h = p - 2;
            std::snprintf(buf, sizeof buf, "0x%05x", static_cast<unsigned>(((h[1] & 0x0f) << 16) | (h[2] << 8) | h[3]));
            return buf;
        }
        break;
    case FieldId::Payload: case FieldId::Malformed: case FieldId::LinkOther: case FieldId::IpOptions:
    case FieldId::Ipv6ExtHeader: case FieldId::TcpOptOther: case FieldId::TcpOptSack: case FieldId::IcmpRest:
    case FieldId::Icmpv6Rest: case FieldId::SllSrc: {
        std::string s = std::to_string(n) + " bytes";
        if (span.field == FieldId::Payload) {
            std::string text;
            for (uint32_t i = 0; i < std::min<uint32_t>(n, 24); ++i) text += (p[i] >= 0x20 && p[i] < 0x7f) ? static_cast<char>(p[i]) : '.';
            s += ": " + text + (n > 24 ? "…" : "");
        }
        return s;
    }
    case FieldId::TcpOptMss:
        if (n == 4) return std::to_string(be16(p + 2));
        break;
    case FieldId::TcpOptWscale:
        if (n == 3) return std::to_string(p[2]) + " (multiply by " + std::to_string(1u << std::min<int>(p[2], 14)) + ")";
        break;
    case FieldId::TcpOptTimestamp:
        if (n == 10) return "TSval " + std::to_string(be32(p + 2)) + ", TSecr " + std::to_string(be32(p + 6));
        break;
    default:
        break;
    }
    (void)ipVersion;
    switch (span.field) {  // fields Wireshark shows in hexadecimal
    case FieldId::EthType: case FieldId::VlanEtype: case FieldId::SllEtype: case FieldId::PppProtocol:
    case FieldId::ChdlcProtocol: case FieldId::IpChecksum: case FieldId::TcpChecksum: case FieldId::UdpChecksum:
    case FieldId::IcmpChecksum: case FieldId::Icmpv6Checksum: case FieldId::IpFlags: case FieldId::IpDsfield:
        if (n <= 4) {
            uint32_t v = 0;
            for (uint32_t i = 0; i < n; ++i) v = v << 8 | p[i];
            std::snprintf(buf, sizeof buf, "0x%0*x", static_cast<int>(n * 2), v);
            return buf;
        }
        break;
    default:
        break;
    }
    if (n == 1) return std::to_string(p[0]);
    if (n == 2) return std::to_string(be16(p));
    if (n == 4) return std::to_string(be32(p));
    std::string hex;
    for (uint32_t i = 0; i < std::min<uint32_t>(n, 16); ++i) {
        std::snprintf(buf, sizeof buf, "%02x", p[i]);
        hex += buf;
    }
    return hex + (n > 16 ? "…" : "");
}

}  // namespace whyflow::decode
