#include "whyflow/fields.h"

#include <array>

namespace whyflow {
namespace {

using G = FieldGroup;
using F = FieldId;

constexpr std::array<FieldInfo, kFieldCount> kFields = {{
    {F::None, "", "Padding", G::None},
    {F::EthDst, "eth.dst", "Destination", G::Identity},
    {F::EthSrc, "eth.src", "Source", G::Identity},
    {F::EthType, "eth.type", "Type", G::Protocol},
    {F::VlanTci, "vlan.id", "VLAN TCI", G::Link},
    {F::VlanEtype, "vlan.etype", "Type", G::Link},
    {F::SllPktType, "sll.pkttype", "Packet type", G::Link},
    {F::SllHaType, "sll.hatype", "Link-layer address type", G::Link},
    {F::SllHaLen, "sll.halen", "Link-layer address length", G::Link},
    {F::SllSrc, "sll.src.eth", "Source", G::Identity},
    {F::SllUnused, "sll.unused", "Unused", G::Link},
    {F::SllEtype, "sll.etype", "Protocol", G::Protocol},
    {F::SllIfIndex, "sll.ifindex", "Interface index", G::Link},
    {F::SllReserved, "sll.reserved", "Reserved", G::Link},
    {F::NullFamily, "null.family", "Family", G::Link},
    {F::PppHeader, "ppp.address", "PPP address and control", G::Link},
    {F::PppProtocol, "ppp.protocol", "PPP protocol", G::Link},
    {F::ChdlcHeader, "chdlc.address", "Cisco HDLC address and control", G::Link},
    {F::ChdlcProtocol, "chdlc.protocol", "Cisco HDLC protocol", G::Link},
    {F::PpiHeader, "ppi", "Per-Packet Information header", G::Link},
    {F::MplsLabel, "mpls", "MPLS label stack entry", G::Link},
    {F::PppoeHeader, "pppoes", "PPPoE session header", G::Link},
    {F::LinkOther, "frame.link", "Link-layer header", G::Link},
    {F::GreHeader, "gre", "GRE header", G::Tunnel},
    {F::GtpHeader, "gtp", "GTP-U header", G::Tunnel},
    {F::VxlanHeader, "vxlan", "VXLAN header", G::Tunnel},
    {F::IpVersion, "ip.version", "Version / Header Length", G::Structure},
    {F::IpDsfield, "ip.dsfield", "Differentiated Services Field", G::Tos},
    {F::IpLen, "ip.len", "Total Length", G::Size},
    {F::IpId, "ip.id", "Identification", G::IpIdFrag},
    {F::IpFlags, "ip.flags", "Flags", G::IpIdFrag},
    {F::IpFragOffset, "ip.frag_offset", "Fragment Offset", G::IpIdFrag},
    {F::IpTtl, "ip.ttl", "Time to Live", G::Ttl},
    {F::IpProto, "ip.proto", "Protocol", G::Protocol},
    {F::IpChecksum, "ip.checksum", "Header Checksum", G::Checksum},
    {F::IpSrc, "ip.src", "Source Address", G::Identity},
    {F::IpDst, "ip.dst", "Destination Address", G::Identity},
    {F::IpOptions, "ip.options", "Options", G::Structure},
    {F::Ipv6Version, "ipv6.version", "Version", G::Structure},
    {F::Ipv6Tclass, "ipv6.tclass", "Traffic Class", G::Tos},
    {F::Ipv6Flow, "ipv6.flow", "Flow Label", G::IpIdFrag},
    {F::Ipv6Plen, "ipv6.plen", "Payload Length", G::Size},
    {F::Ipv6Nxt, "ipv6.nxt", "Next Header", G::Protocol},
    {F::Ipv6Hlim, "ipv6.hlim", "Hop Limit", G::Ttl},
    {F::Ipv6Src, "ipv6.src", "Source Address", G::Identity},
    {F::Ipv6Dst, "ipv6.dst", "Destination Address", G::Identity},
    {F::Ipv6ExtHeader, "ipv6.opt", "Extension Header", G::Structure},
    {F::Ipv6FragHeader, "ipv6.fraghdr", "Fragment Header", G::IpIdFrag},
    {F::TcpSrcPort, "tcp.srcport", "Source Port", G::Ports},
    {F::TcpDstPort, "tcp.dstport", "Destination Port", G::Ports},
    {F::TcpSeq, "tcp.seq", "Sequence Number", G::SeqAck},
    {F::TcpAck, "tcp.ack", "Acknowledgment Number", G::SeqAck},
    {F::TcpHdrLen, "tcp.hdr_len", "Header Length", G::Structure},
    {F::TcpFlags, "tcp.flags", "Flags", G::TcpFlags},
    {F::TcpWindow, "tcp.window_size_value", "Window", G::Window},
    {F::TcpChecksum, "tcp.checksum", "Checksum", G::Checksum},
    {F::TcpUrgentPointer, "tcp.urgent_pointer", "Urgent Pointer", G::TcpFlags},
    {F::TcpOptMss, "tcp.options.mss", "Maximum segment size", G::TcpOptions},
    {F::TcpOptWscale, "tcp.options.wscale", "Window scale", G::TcpOptions},
    {F::TcpOptSackPerm, "tcp.options.sack_perm", "SACK permitted", G::TcpOptions},
    {F::TcpOptSack, "tcp.options.sack", "SACK", G::TcpOptions},
    {F::TcpOptTimestamp, "tcp.options.timestamp", "Timestamps", G::TcpOptions},
    {F::TcpOptNop, "tcp.options.nop", "No-Operation", G::TcpOptions},
    {F::TcpOptEol, "tcp.options.eol", "End of Option List", G::TcpOptions},
    {F::TcpOptOther, "tcp.options", "Option", G::TcpOptions},
    {F::UdpSrcPort, "udp.srcport", "Source Port", G::Ports},
    {F::UdpDstPort, "udp.dstport", "Destination Port", G::Ports},
    {F::UdpLength, "udp.length", "Length", G::Size},
    {F::UdpChecksum, "udp.checksum", "Checksum", G::Checksum},
    {F::IcmpType, "icmp.type", "Type", G::Protocol},
    {F::IcmpCode, "icmp.code", "Code", G::Structure},
    {F::IcmpChecksum, "icmp.checksum", "Checksum", G::Checksum},
    {F::IcmpRest, "icmp.rest", "Rest of Header", G::Structure},
    {F::Icmpv6Type, "icmpv6.type", "Type", G::Protocol},
    {F::Icmpv6Code, "icmpv6.code", "Code", G::Structure},
    {F::Icmpv6Checksum, "icmpv6.checksum", "Checksum", G::Checksum},
    {F::Icmpv6Rest, "icmpv6.rest", "Rest of Header", G::Structure},
    {F::Payload, "payload", "Payload", G::Payload},
    {F::Malformed, "_ws.malformed", "Malformed", G::Malformed},
}};

// The table is indexed by FieldId: check the order at compile time.
constexpr bool tableInOrder() {
    for (int i = 0; i < kFieldCount; ++i)
        if (static_cast<int>(kFields[i].id) != i) return false;
    return true;
}
static_assert(tableInOrder(), "kFields must list every FieldId in enum order");

struct GroupInfo {
    std::string_view name;
    std::string_view label;
    GroupKind kind;
};

constexpr std::array<GroupInfo, kGroupCount> kGroups = {{
    {"identity", "Addresses", GroupKind::NotInput},
    {"ttl", "TTL / hop limit", GroupKind::SiteDependent},
    {"window", "TCP window", GroupKind::SiteDependent},
    {"seq_ack", "Sequence / ack numbers", GroupKind::SiteDependent},
    {"tcp_flags", "TCP flags", GroupKind::SiteDependent},
    {"tcp_options", "TCP options", GroupKind::SiteDependent},
    {"checksum", "Checksums", GroupKind::SiteDependent},
    {"ip_id_frag", "IP ID / fragmentation", GroupKind::SiteDependent},
    {"tos", "DSCP / ECN", GroupKind::SiteDependent},
    {"ports", "Ports", GroupKind::WellKnown},
    {"size", "Sizes", GroupKind::WellKnown},
    {"protocol", "Protocol", GroupKind::WellKnown},
    {"payload", "Payload", GroupKind::WellKnown},
    {"structure", "Header structure", GroupKind::Neither},
    {"link", "Link layer", GroupKind::NotInput},
    {"tunnel", "Tunnel headers", GroupKind::NotInput},
    {"malformed", "Malformed", GroupKind::NotInput},
    {"none", "Padding", GroupKind::NotInput},
}};

}  // namespace

const FieldInfo& fieldInfo(FieldId id) {
    auto i = static_cast<size_t>(id);
    return i < kFields.size() ? kFields[i] : kFields[0];
}

std::string_view groupName(FieldGroup g) { return kGroups[static_cast<size_t>(g)].name; }
std::string_view groupLabel(FieldGroup g) { return kGroups[static_cast<size_t>(g)].label; }
GroupKind groupKind(FieldGroup g) { return kGroups[static_cast<size_t>(g)].kind; }

bool parseGroupName(std::string_view name, FieldGroup& out) {
    for (int i = 0; i < kGroupCount; ++i) {
        if (kGroups[i].name == name) {
            out = static_cast<FieldGroup>(i);
            return true;
        }
    }
    return false;
}

}  // namespace whyflow
