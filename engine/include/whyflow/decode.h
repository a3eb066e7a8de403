// decode::Decoder: link layer -> IP -> TCP/UDP/ICMP -> payload, with a field for
// every captured byte.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "whyflow/fields.h"

namespace whyflow::decode {

struct DecodedPacket {
    std::vector<FieldSpan> spans;  // ordered by offset; together they cover every captured byte

    bool hasIp = false;
    uint8_t ipVersion = 0;         // 4 or 6
    int netOffset = -1;            // start of the (innermost) IP header in the frame
    int netEnd = -1;               // end of the IP datagram inside the captured bytes
    std::array<uint8_t, 16> src{};
    std::array<uint8_t, 16> dst{};
    uint8_t l4 = 0;                // IP protocol number of the transport
    uint16_t srcPort = 0;
    uint16_t dstPort = 0;
    uint16_t vlan = 0;             // outermost VLAN id, 0 if untagged
    uint8_t ttl = 0;

    bool hasTransport = false;     // the transport header was decoded
    uint8_t tcpFlags = 0;
    uint32_t tcpSeq = 0;
    uint32_t tcpAck = 0;
    uint16_t tcpWindow = 0;
    uint8_t icmpType = 0;
    uint8_t icmpCode = 0;
    bool fragment = false;         // a non-first IP fragment (no transport header)
    bool moreFragments = false;    // a first fragment whose rest follows
    uint32_t ipId = 0;             // IPv4 identification or IPv6 fragment identification
    int tunnelDepth = 0;           // how many IP headers lie outside the innermost one

    int payloadOffset = -1;        // transport payload in the frame
    int payloadLength = 0;

    std::string problem;           // where decoding stopped early, if it did

    void clear();
    FieldId fieldAt(int offset) const;
};

class Decoder {
public:
    explicit Decoder(int linkType);
    static bool supportsLinkType(int linkType);

    // Decodes one frame. Never reads past caplen. Bytes after the point where decoding
    // failed are marked Malformed and problem says why.
    void decode(const uint8_t* data, uint32_t caplen, DecodedPacket& out) const { decode(data, caplen, out, true); }
    // withSpans = false decodes only what the flow table needs (addresses, ports, flags),
    // without the byte -> field map: the fast path for packets no model will see.
    void decode(const uint8_t* data, uint32_t caplen, DecodedPacket& out, bool withSpans) const;

private:
    int linkType_;
};

// TCP flag bits
enum TcpFlag : uint8_t { kFin = 0x01, kSyn = 0x02, kRst = 0x04, kPsh = 0x08, kAck = 0x10, kUrg = 0x20, kEce = 0x40, kCwr = 0x80 };

// "SYN, ACK" style list of the set flags.
std::string tcpFlagsText(uint8_t flags);
// A one-line summary in Wireshark's manner: "51234 → 80 [SYN, ACK] Seq=0 Win=64240 Len=0",
// "Standard query A example.org".
std::string infoText(const DecodedPacket& pkt, const uint8_t* data, uint32_t caplen);
// The value of one field as text ("64", "0x4000", "192.0.2.1", "SYN, ACK").
std::string fieldValueText(const FieldSpan& span, const uint8_t* data, uint32_t caplen, uint8_t ipVersion);

// Printable address ("192.0.2.1", "2001:db8::1").
std::string addressText(uint8_t ipVersion, const std::array<uint8_t, 16>& addr);

}  // namespace whyflow::decode
