#include "traffic_synth.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace whyflow::synth {
namespace {

void put16(std::vector<uint8_t>& b, size_t at, uint16_t v) {
    b[at] = static_cast<uint8_t>(v >> 8);
    b[at + 1] = static_cast<uint8_t>(v);
}
void put32(std::vector<uint8_t>& b, size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) b[at + i] = static_cast<uint8_t>(v >> (24 - 8 * i));
}

uint32_t sum16(const uint8_t* p, size_t n, uint32_t acc = 0) {
    for (size_t i = 0; i + 1 < n; i += 2) acc += static_cast<uint32_t>(p[i] << 8 | p[i + 1]);
    if (n & 1) acc += static_cast<uint32_t>(p[n - 1] << 8);
    return acc;
}
uint16_t fold(uint32_t acc) {
    while (acc >> 16) acc = (acc & 0xffff) + (acc >> 16);
    return static_cast<uint16_t>(~acc);
}

struct Host {
    uint8_t mac[6];
    uint8_t ip[4];
};

// Builds one Ethernet/IPv4/TCP-or-UDP frame with correct lengths and checksums.
std::vector<uint8_t> frame(const Host& src, const Host& dst, bool tcp, uint16_t sport, uint16_t dport, uint32_t seq,
                           uint32_t ack, uint8_t flags, uint16_t window, const std::vector<uint8_t>& options,
                           const std::string& payload, uint8_t ttl, uint16_t ipId, bool df) {
    const size_t l4len = (tcp ? 20 + options.size() : 8) + payload.size();
    std::vector<uint8_t> b(14 + 20 + l4len, 0);
    std::memcpy(&b[0], dst.mac, 6);
    std::memcpy(&b[6], src.mac, 6);
    put16(b, 12, 0x0800);
    const size_t ip = 14;
    b[ip] = 0x45;
    put16(b, ip + 2, static_cast<uint16_t>(20 + l4len));
    put16(b, ip + 4, ipId);
    b[ip + 6] = df ? 0x40 : 0;
    b[ip + 8] = ttl;
    b[ip + 9] = tcp ? 6 : 17;
    std::memcpy(&b[ip + 12], src.ip, 4);
    std::memcpy(&b[ip + 16], dst.ip, 4);
    put16(b, ip + 10, fold(sum16(&b[ip], 20)));
    const size_t l4 = ip + 20;
    put16(b, l4, sport);
    put16(b, l4 + 2, dport);
    size_t data;
    if (tcp) {
        put32(b, l4 + 4, seq);
        put32(b, l4 + 8, ack);
        b[l4 + 12] = static_cast<uint8_t>(((20 + options.size()) / 4) << 4);
        b[l4 + 13] = flags;
        put16(b, l4 + 14, window);
        std::copy(options.begin(), options.end(), b.begin() + l4 + 20);
        data = l4 + 20 + options.size();
    } else {
        put16(b, l4 + 4, static_cast<uint16_t>(l4len));
        data = l4 + 8;
    }
    std::copy(payload.begin(), payload.end(), b.begin() + data);
    // pseudo-header checksum
    uint32_t acc = sum16(&b[ip + 12], 8);
    acc += tcp ? 6 : 17;
    acc += static_cast<uint32_t>(l4len);
    uint16_t ck = fold(sum16(&b[l4], l4len, acc));
    if (!tcp && ck == 0) ck = 0xffff;
    put16(b, l4 + (tcp ? 16 : 6), ck);
    return b;
}

}  // namespace

Generator::Generator(uint64_t seed) : rng_(seed) {}

std::string Generator::randomName() {
    static const char* words[] = {"alpha", "bravo", "cdn", "static", "mail", "www", "api", "img", "news", "shop", "docs", "git"};
    std::uniform_int_distribution<int> w(0, 11);
    return std::string(words[w(rng_)]) + "." + words[w(rng_)] + ".example";
}

Exchange Generator::web() {
    static const char* paths[] = {"/", "/index.html", "/style.css", "/app.js", "/images/logo.png", "/api/v1/items?id=",
                                  "/search?q=", "/favicon.ico"};
    static const char* agents[] = {"curl/7.88.1", "Wget/1.21.3", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"};
    std::uniform_int_distribution<int> pick(0, 7), agent(0, 2), size(200, 6000), n(1, 3);
    Exchange ex;
    ex.serverPort = std::uniform_int_distribution<int>(0, 4)(rng_) == 0 ? 8080 : 80;
    const std::string host = randomName();
    for (int r = n(rng_); r > 0; --r) {
        std::string path = paths[pick(rng_)];
        if (path.back() == '=') path += std::to_string(size(rng_));
        ex.messages.emplace_back(true, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " +
                                           agents[agent(rng_)] + "\r\nAccept: */*\r\n\r\n");
        int len = size(rng_);
        std::string body(static_cast<size_t>(len), 'x');
        for (auto& c : body) c = static_cast<char>('a' + rng_() % 26);
        std::string head = "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\nContent-Length: " +
                           std::to_string(len) + "\r\nConnection: keep-alive\r\n\r\n";
        ex.messages.emplace_back(false, head + body);
    }
    return ex;
}

namespace {
std::string be16s(size_t v) { return std::string{char((v >> 8) & 0xff), char(v & 0xff)}; }
std::string be24s(size_t v) { return std::string{char((v >> 16) & 0xff), char((v >> 8) & 0xff), char(v & 0xff)}; }
std::string be32s(size_t v) { return be16s(v >> 16) + be16s(v & 0xffff); }
std::string tlsRecord(char type, const std::string& content) { return std::string{type, '\x03', '\x03'} + be16s(content.size()) + content; }
std::string handshake(char type, const std::string& body) { return std::string(1, type) + be24s(body.size()) + body; }
std::string sshPacket(const std::string& payload) {
    size_t pad = 8 - (payload.size() + 5) % 8;
    if (pad < 4) pad += 8;
    return be32s(payload.size() + pad + 1) + char(pad) + payload + std::string(pad, '\0');
}
std::string nameList(const std::string& s) { return be32s(s.size()) + s; }
}  // namespace

std::string Generator::randomBytes(size_t n) {
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(rng_() & 0xff);
    return s;
}

Exchange Generator::tls() {
    Exchange ex;
    ex.serverPort = std::uniform_int_distribution<int>(0, 4)(rng_) == 0 ? 8443 : 443;
    const std::string sni = randomName();
    std::string serverName = std::string(1, '\0') + be16s(sni.size()) + sni;
    std::string sniExt = be16s(0) + be16s(serverName.size() + 2) + be16s(serverName.size()) + serverName;
    std::string versions = be16s(43) + be16s(3) + std::string("\x02\x03\x04", 3);
    std::string exts = sniExt + versions;
    std::string hello = std::string("\x03\x03", 2) + randomBytes(32) + std::string(1, '\x20') + randomBytes(32) +
                        be16s(6) + std::string("\x13\x01\x13\x02\x13\x03", 6) + std::string("\x01\x00", 2) +
                        be16s(exts.size()) + exts;
    ex.messages.emplace_back(true, std::string("\x16\x03\x01", 3) + be16s(hello.size() + 4) + handshake('\x01', hello));
    std::string shExt = be16s(43) + be16s(2) + std::string("\x03\x04", 2);
    std::string serverHello = std::string("\x03\x03", 2) + randomBytes(32) + std::string(1, '\x20') + randomBytes(32) +
                              std::string("\x13\x01\x00", 3) + be16s(shExt.size()) + shExt;
    std::uniform_int_distribution<int> size(1200, 4000), small(60, 600);
    ex.messages.emplace_back(false, tlsRecord('\x16', handshake('\x02', serverHello)) + tlsRecord('\x14', "\x01") +
                                        tlsRecord('\x17', randomBytes(size(rng_))));
    ex.messages.emplace_back(true, tlsRecord('\x14', "\x01") + tlsRecord('\x17', randomBytes(53)));
    ex.messages.emplace_back(true, tlsRecord('\x17', randomBytes(small(rng_))));
    ex.messages.emplace_back(false, tlsRecord('\x17', randomBytes(size(rng_))));
    return ex;
}

Exchange Generator::dns() {
    Exchange ex;
    ex.tcp = false;
    ex.serverPort = 53;
    const std::string name = randomName();
    std::string qname;
    size_t start = 0;
    while (start <= name.size()) {
        size_t dot = name.find('.', start);
        if (dot == std::string::npos) dot = name.size();
        qname += char(dot - start) + name.substr(start, dot - start);
        start = dot + 1;
    }
    qname += '\0';
    uint16_t id = static_cast<uint16_t>(rng_());
    uint16_t qtype = std::uniform_int_distribution<int>(0, 2)(rng_) == 0 ? 28 : 1;
    std::string q = std::string(1, char(id >> 8)) + char(id & 0xff) + std::string("\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10) +
                    qname + char(0) + char(qtype) + std::string("\x00\x01", 2);
    std::string r = q;
    r[2] = '\x81';
    r[3] = '\x80';
    r[7] = '\x01';
    std::string rdata = qtype == 1 ? std::string("\xc6\x33\x64", 3) + char(rng_() & 0xff)
                                   : std::string("\x20\x01\x0d\xb8", 4) + std::string(11, '\0') + char(rng_() & 0xff);
    r += std::string("\xc0\x0c\x00", 3) + char(qtype) + std::string("\x00\x01\x00\x00\x0e\x10\x00", 7) + char(rdata.size()) + rdata;
    ex.messages.emplace_back(true, q);
    ex.messages.emplace_back(false, r);
    return ex;
}

Exchange Generator::ssh() {
    Exchange ex;
    ex.serverPort = 22;
    auto kexinit = [this](const std::string& kex) {
        std::string p = std::string(1, '\x14') + randomBytes(16) + nameList(kex) +
                        nameList("ssh-ed25519,ecdsa-sha2-nistp256,rsa-sha2-512") +
                        nameList("chacha20-poly1305@openssh.com,aes128-ctr") + nameList("chacha20-poly1305@openssh.com,aes128-ctr") +
                        nameList("umac-64-etm@openssh.com,hmac-sha2-256") + nameList("umac-64-etm@openssh.com,hmac-sha2-256") +
                        nameList("none,zlib@openssh.com") + nameList("none,zlib@openssh.com") + nameList("") + nameList("") +
                        std::string(5, '\0');
        return sshPacket(p);
    };
    ex.messages.emplace_back(false, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
    ex.messages.emplace_back(true, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
    ex.messages.emplace_back(true, kexinit("curve25519-sha256,ecdh-sha2-nistp256,diffie-hellman-group-exchange-sha256,ext-info-c"));
    ex.messages.emplace_back(false, kexinit("curve25519-sha256,sntrup761x25519-sha512@openssh.com"));
    ex.messages.emplace_back(true, sshPacket(std::string(1, '\x1e') + be32s(32) + randomBytes(32)));
    const std::string hostKey = nameList("ssh-ed25519") + nameList(randomBytes(32));
    const std::string signature = nameList("ssh-ed25519") + nameList(randomBytes(64));
    ex.messages.emplace_back(false, sshPacket(std::string(1, '\x1f') + nameList(hostKey) + nameList(randomBytes(32)) +
                                              nameList(signature)) +
                                        sshPacket(std::string(1, '\x15')));
    ex.messages.emplace_back(true, sshPacket(std::string(1, '\x15')));
    std::uniform_int_distribution<int> n(2, 5), len(12, 90);
    for (int i = n(rng_); i > 0; --i) {  // encrypted packets: length, then ciphertext and MAC
        ex.messages.emplace_back(true, be32s(len(rng_) * 4) + randomBytes(static_cast<size_t>(len(rng_)) * 4));
        ex.messages.emplace_back(false, be32s(len(rng_) * 4) + randomBytes(static_cast<size_t>(len(rng_)) * 4));
    }
    return ex;
}

Exchange Generator::ntp() {
    Exchange ex;
    ex.tcp = false;
    ex.serverPort = 123;
    std::string req(48, '\0');
    req[0] = '\x23';  // LI 0, version 4, client
    for (int i = 40; i < 48; ++i) req[i] = static_cast<char>(rng_() & 0xff);
    std::string resp(48, '\0');
    resp[0] = '\x24';  // server
    resp[1] = '\x02';
    resp[2] = '\x03';
    resp[3] = '\xe9';
    for (int i = 16; i < 48; ++i) resp[i] = static_cast<char>(rng_() & 0xff);
    std::copy(req.begin() + 40, req.end(), resp.begin() + 24);
    ex.messages.emplace_back(true, req);
    ex.messages.emplace_back(false, resp);
    return ex;
}

Exchange Generator::mail() {
    Exchange ex;
    ex.serverPort = std::uniform_int_distribution<int>(0, 3)(rng_) == 0 ? 587 : 25;
    const std::string host = randomName();
    ex.messages.emplace_back(false, "220 mx." + host + " ESMTP Postfix (Debian/GNU)\r\n");
    ex.messages.emplace_back(true, "EHLO client." + host + "\r\n");
    ex.messages.emplace_back(false, "250-mx." + host + "\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250 8BITMIME\r\n");
    ex.messages.emplace_back(true, "MAIL FROM:<alice@" + host + ">\r\n");
    ex.messages.emplace_back(false, "250 2.1.0 Ok\r\n");
    ex.messages.emplace_back(true, "RCPT TO:<bob@" + host + ">\r\n");
    ex.messages.emplace_back(false, "250 2.1.5 Ok\r\n");
    ex.messages.emplace_back(true, "DATA\r\n");
    ex.messages.emplace_back(false, "354 End data with <CR><LF>.<CR><LF>\r\n");
    std::string body = "Subject: report " + std::to_string(rng_() % 1000) + "\r\n\r\n";
    body += std::string(std::uniform_int_distribution<int>(100, 3000)(rng_), 'm');
    ex.messages.emplace_back(true, body + "\r\n.\r\n");
    ex.messages.emplace_back(false, "250 2.0.0 Ok: queued\r\n");
    ex.messages.emplace_back(true, "QUIT\r\n");
    ex.messages.emplace_back(false, "221 2.0.0 Bye\r\n");
    return ex;
}

Exchange Generator::byName(const std::string& cls) {
    if (cls == "web") return web();
    if (cls == "tls") return tls();
    if (cls == "dns") return dns();
    if (cls == "ssh") return ssh();
    if (cls == "ntp") return ntp();
    return mail();
}

void Generator::addFlow(const Exchange& ex, const SiteSettings& site, double t, std::vector<Frame>& out) {
    Host client{{0x02, 0x00, 0x5e, 0x10, 0x00, site.clientNet}, {192, 0, 2, static_cast<uint8_t>(site.clientNet + rng_() % 4)}};
    Host server{{0x02, 0x00, 0x5e, 0x20, 0x00, 0x01}, {198, 51, 100, static_cast<uint8_t>(10 + ex.serverPort % 7)}};
    uint16_t cport = nextPort_;
    nextPort_ = static_cast<uint16_t>(nextPort_ >= 60000 ? 40000 : nextPort_ + 1 + rng_() % 7);
    uint16_t cid = static_cast<uint16_t>(rng_()), sid = static_cast<uint16_t>(rng_());
    std::exponential_distribution<double> gap(2000.0);  // ~0.5 ms between packets
    auto emit = [&](bool fromClient, uint32_t seq, uint32_t ack, uint8_t flags, const std::vector<uint8_t>& opts,
                    const std::string& payload) {
        t += gap(rng_);
        const Host& s = fromClient ? client : server;
        const Host& d = fromClient ? server : client;
        uint16_t id = fromClient ? cid++ : sid++;
        uint16_t win = fromClient ? site.clientWindow : site.serverWindow;
        out.push_back({t, frame(s, d, ex.tcp, fromClient ? cport : ex.serverPort, fromClient ? ex.serverPort : cport, seq, ack,
                                flags, win, opts, payload, site.ttl, id, site.dontFragment)});
    };
    if (!ex.tcp) {
        for (const auto& [fromClient, payload] : ex.messages) emit(fromClient, 0, 0, 0, {}, payload);
        return;
    }
    auto synOptions = [&](bool withTs) {
        std::vector<uint8_t> o = {2, 4, static_cast<uint8_t>(site.mss >> 8), static_cast<uint8_t>(site.mss & 0xff), 4, 2};
        if (withTs) {
            uint32_t ts = static_cast<uint32_t>(rng_());
            o.insert(o.end(), {8, 10, static_cast<uint8_t>(ts >> 24), static_cast<uint8_t>(ts >> 16), static_cast<uint8_t>(ts >> 8),
                               static_cast<uint8_t>(ts), 0, 0, 0, 0});
        } else {
            o.insert(o.end(), {1, 1});
        }
        o.insert(o.end(), {1, 3, 3, site.wscale});
        return o;
    };
    uint32_t cseq = static_cast<uint32_t>(rng_()), sseq = static_cast<uint32_t>(rng_());
    using F = uint8_t;
    const F SYN = 0x02, ACK = 0x10, PSH = 0x08, FIN = 0x01;
    emit(true, cseq, 0, SYN, synOptions(site.timestamps), "");
    emit(false, sseq, cseq + 1, SYN | ACK, synOptions(site.timestamps), "");
    ++cseq;
    ++sseq;
    emit(true, cseq, sseq, ACK, {}, "");
    const size_t mss = site.mss;
    for (const auto& [fromClient, payload] : ex.messages) {
        for (size_t off = 0; off < payload.size(); off += mss) {
            std::string seg = payload.substr(off, mss);
            bool last = off + mss >= payload.size();
            if (fromClient) {
                emit(true, cseq, sseq, ACK | (last ? PSH : 0), {}, seg);
                cseq += static_cast<uint32_t>(seg.size());
            } else {
                emit(false, sseq, cseq, ACK | (last ? PSH : 0), {}, seg);
                sseq += static_cast<uint32_t>(seg.size());
            }
        }
        // the receiver acknowledges each message
        if (fromClient) emit(false, sseq, cseq, ACK, {}, "");
        else emit(true, cseq, sseq, ACK, {}, "");
    }
    emit(true, cseq, sseq, FIN | ACK, {}, "");
    emit(false, sseq, cseq + 1, FIN | ACK, {}, "");
    emit(true, cseq + 1, sseq + 1, ACK, {}, "");
}

bool writePcap(const std::string& path, const std::vector<Frame>& frames) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    auto w32 = [f](uint32_t v) { std::fwrite(&v, 4, 1, f); };
    auto w16 = [f](uint16_t v) { std::fwrite(&v, 2, 1, f); };
    w32(0xa1b2c3d4);  // microsecond pcap, host byte order (little-endian here)
    w16(2);
    w16(4);
    w32(0);
    w32(0);
    w32(65535);
    w32(1);  // Ethernet
    for (const Frame& fr : frames) {
        auto sec = static_cast<uint32_t>(fr.time);
        auto usec = static_cast<uint32_t>((fr.time - sec) * 1e6);
        w32(sec);
        w32(usec);
        w32(static_cast<uint32_t>(fr.bytes.size()));
        w32(static_cast<uint32_t>(fr.bytes.size()));
        std::fwrite(fr.bytes.data(), 1, fr.bytes.size(), f);
    }
    return std::fclose(f) == 0;
}

}  // namespace whyflow::synth
