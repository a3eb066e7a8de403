// Synthetic but protocol-correct traffic for the demo capture and the tests: Ethernet +
// IPv4 + TCP/UDP with real handshakes, sequence numbers, options and checksums.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace whyflow::synth {

struct Frame {
    double time = 0;
    std::vector<uint8_t> bytes;
};

// The kernel-level settings of the sending hosts ("site"): what a model should not learn.
struct SiteSettings {
    uint8_t ttl = 64;
    uint16_t clientWindow = 64240;
    uint16_t serverWindow = 65160;
    uint16_t mss = 1460;
    uint8_t wscale = 7;
    bool timestamps = true;
    bool dontFragment = true;
    uint8_t clientNet = 10;  // client address 192.0.2.<clientNet + k>
};

// One conversation: the payloads each side sends, in order.
struct Exchange {
    bool tcp = true;
    uint16_t serverPort = 80;
    std::vector<std::pair<bool, std::string>> messages;  // (from client?, payload)
};

class Generator {
public:
    explicit Generator(uint64_t seed);
    // Appends the frames of one flow, starting at time t.
    void addFlow(const Exchange& ex, const SiteSettings& site, double t, std::vector<Frame>& out);
    std::mt19937_64& rng() { return rng_; }

    // Application exchanges with randomised content.
    Exchange web();
    Exchange tls();
    Exchange dns();
    Exchange ssh();
    Exchange ntp();
    Exchange mail();
    Exchange byName(const std::string& cls);

private:
    std::string randomName();
    std::string randomBytes(size_t n);
    std::mt19937_64 rng_;
    uint16_t nextPort_ = 40000;
};

// Writes frames as a pcap (Ethernet, microsecond timestamps). Returns false on I/O error.
bool writePcap(const std::string& path, const std::vector<Frame>& frames);

}  // namespace whyflow::synth
