// Header fields and field groups: every captured byte belongs to exactly one field.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace whyflow {

// Field groups, in the order of DESIGN.md's table.
enum class FieldGroup : uint8_t {
    Identity,
    Ttl,
    Window,
    SeqAck,
    TcpFlags,
    TcpOptions,
    Checksum,
    IpIdFrag,
    Tos,
    Ports,
    Size,
    Protocol,
    Payload,
    Structure,
    Link,
    Tunnel,
    Malformed,
    None,  // padding: bytes that do not exist
};
constexpr int kGroupCount = static_cast<int>(FieldGroup::None) + 1;

enum class GroupKind : uint8_t { SiteDependent, WellKnown, Neither, NotInput };

// Field identifiers. Names follow Wireshark's display-filter fields.
enum class FieldId : uint8_t {
    None = 0,
    // link layer
    EthDst, EthSrc, EthType,
    VlanTci, VlanEtype,
    SllPktType, SllHaType, SllHaLen, SllSrc, SllUnused, SllEtype, SllIfIndex, SllReserved,
    NullFamily,
    PppHeader, PppProtocol, ChdlcHeader, ChdlcProtocol, PpiHeader, MplsLabel, PppoeHeader,
    LinkOther,
    // tunnel encapsulations (their outer IP/UDP headers are marked as tunnel spans)
    GreHeader, GtpHeader, VxlanHeader,
    // IPv4
    IpVersion, IpDsfield, IpLen, IpId, IpFlags, IpFragOffset, IpTtl, IpProto, IpChecksum,
    IpSrc, IpDst, IpOptions,
    // IPv6
    Ipv6Version, Ipv6Tclass, Ipv6Flow, Ipv6Plen, Ipv6Nxt, Ipv6Hlim, Ipv6Src, Ipv6Dst,
    Ipv6ExtHeader, Ipv6FragHeader,
    // TCP
    TcpSrcPort, TcpDstPort, TcpSeq, TcpAck, TcpHdrLen, TcpFlags, TcpWindow, TcpChecksum,
    TcpUrgentPointer, TcpOptMss, TcpOptWscale, TcpOptSackPerm, TcpOptSack, TcpOptTimestamp,
    TcpOptNop, TcpOptEol, TcpOptOther,
    // UDP
    UdpSrcPort, UdpDstPort, UdpLength, UdpChecksum,
    // ICMP / ICMPv6
    IcmpType, IcmpCode, IcmpChecksum, IcmpRest,
    Icmpv6Type, Icmpv6Code, Icmpv6Checksum, Icmpv6Rest,
    // other
    Payload,
    Malformed,
    Count
};
constexpr int kFieldCount = static_cast<int>(FieldId::Count);
static_assert(kFieldCount < 256, "FieldId is stored in a byte");

struct FieldInfo {
    FieldId id;
    std::string_view name;     // Wireshark display-filter name, e.g. "ip.ttl"
    std::string_view label;    // human label, e.g. "Time to Live"
    FieldGroup group;
};

const FieldInfo& fieldInfo(FieldId id);
inline FieldGroup groupOf(FieldId id) { return fieldInfo(id).group; }

std::string_view groupName(FieldGroup g);   // "ttl", "seq_ack", ...
std::string_view groupLabel(FieldGroup g);  // "TTL / hop limit", ...
GroupKind groupKind(FieldGroup g);
bool parseGroupName(std::string_view name, FieldGroup& out);

// A run of bytes inside one packet that belongs to one field (8 bytes: many are kept).
struct FieldSpan {
    uint32_t offset = 0;  // from the start of the captured frame
    uint16_t length = 0;  // a longer run is split into several spans
    FieldId field = FieldId::None;
    bool tunnel = false;  // outer header of a tunnelled packet
};
static_assert(sizeof(FieldSpan) == 8);

}  // namespace whyflow
