// capture::Reader: streaming access to pcap and pcapng files. libpcap opens every file
// and checks its header; the records of a classic pcap file are then parsed here from
// large reads of the file, while pcapng and unusual files are read through libpcap.
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace whyflow::capture {

// Thrown when a file cannot be opened as a capture. The message names the file.
class CaptureError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RawPacket {
    const uint8_t* data = nullptr;  // valid until the next call on the reader
    uint32_t caplen = 0;
    uint32_t wireLength = 0;
    double timestamp = 0.0;         // seconds since the epoch
    int64_t fileOffset = -1;        // where the packet's record starts, for readAt()
};

class Reader {
public:
    explicit Reader(const std::string& path);  // throws CaptureError
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    const std::string& path() const;
    int linkType() const;              // libpcap DLT_ value
    std::string linkTypeName() const;  // e.g. "EN10MB (Ethernet)"
    uint64_t fileSize() const;
    uint64_t position() const;         // bytes consumed so far, for progress

    // Next packet; false at the end of the file or where the file is damaged. After a
    // false, problem() is empty at a clean end and otherwise says what went wrong.
    bool next(RawPacket& out);
    const std::string& problem() const;

    // Re-read the packet whose record starts at fileOffset (from RawPacket::fileOffset).
    bool readAt(int64_t fileOffset, RawPacket& out);

    // The next packets in bulk: whole records, about 256 KiB of them (fewer at the end of
    // the file or where it is damaged), their bytes in chunk, whose memory is reused from
    // call to call. Each packet's data points into chunk and stays valid while chunk is not
    // changed. false when no packet is left; then problem() as after next().
    bool nextChunk(std::vector<uint8_t>& chunk, std::vector<RawPacket>& packets);

    // True when the records are parsed by the reader itself (classic pcap, version 2.4, a
    // link type the decoder knows); false when libpcap reads them (pcapng, anything else).
    bool directRead() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace whyflow::capture
