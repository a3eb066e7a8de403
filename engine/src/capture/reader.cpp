#include "whyflow/capture.h"
#include "whyflow/version.h"

#include <pcap/pcap.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>


namespace whyflow::capture {

namespace {

// A symbolic link stored as a small text file holding the relative target (what git writes
// where it cannot make links, and what copying a tree of links can leave behind): the
// target when the file is such a stub and the target exists, empty otherwise.
std::string linkStubTarget(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec || size == 0 || size > 1024) return {};
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return {};
    std::string text(size, '\0');
    const size_t got = std::fread(text.data(), 1, size, f);
    std::fclose(f);
    text.resize(got);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    if (text.empty() || text.find('\n') != std::string::npos || text.find('\0') != std::string::npos) return {};
    const fs::path target = fs::path(text).is_absolute() ? fs::path(text) : fs::path(path).parent_path() / text;
    return fs::is_regular_file(target, ec) ? target.lexically_normal().string() : std::string();
}

// Link types whose records are parsed here: the ones the decoder knows. None has a
// pseudo-header that libpcap rewrites in a byte-swapped file, and all share libpcap's
// largest sane record of 262144 bytes (MAXIMUM_SNAPLEN).
bool directLinkType(int dlt) {
    switch (dlt) {
    case DLT_NULL: case DLT_EN10MB: case DLT_RAW: case 9 /* PPP */: case 50 /* PPP serial */:
    case 104 /* Cisco HDLC */: case 108 /* loopback */: case 113 /* Linux cooked */: case 192 /* PPI */:
    case 228 /* IPv4 */: case 229 /* IPv6 */: case 276 /* Linux cooked v2 */:
        return true;
    default:
        return false;
    }
}
constexpr uint32_t kMaxRecord = 262144;
constexpr size_t kChunk = 256 * 1024;  // bytes read at a time

inline uint32_t load32(const uint8_t* p, bool swapped) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return swapped ? __builtin_bswap32(v) : v;
}

// A classic pcap file whose records are parsed here, from chunks of the file read with one
// system call each: the same records, lengths, time stamps and error messages as libpcap's
// reader (its rules: a record longer than the snapshot length is cut to it; one longer
// than 262144 bytes, or one that runs past the end of the file, ends the read), without
// libpcap's two freads and its copy per packet.
struct DirectPcap {
    int fd = -1;
    bool swapped = false;
    bool nano = false;
    uint32_t snapshot = 0;

    // True for a classic pcap file of version 2.4 with a link type from directLinkType();
    // false to leave the file to libpcap.
    bool open(FILE* f, int dlt, int snapshotLength) {
        uint8_t h[24];
        if (!directLinkType(dlt) || snapshotLength <= 0 || pread(fileno(f), h, 24, 0) != 24) return false;
        uint32_t magic;
        std::memcpy(&magic, h, 4);
        swapped = magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1;
        nano = magic == 0xa1b23c4d || magic == 0x4d3cb2a1;
        if (!swapped && magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) return false;
        uint16_t major, minor;
        std::memcpy(&major, h + 4, 2);
        std::memcpy(&minor, h + 6, 2);
        if (swapped) {
            major = __builtin_bswap16(major);
            minor = __builtin_bswap16(minor);
        }
        if (major != 2 || minor != 4) return false;  // older versions may swap caplen and len: libpcap's business
        fd = fileno(f);
        snapshot = static_cast<uint32_t>(snapshotLength);
        return true;
    }

    enum class Result { Packet, Incomplete, End, Damage };

    // The record at the start of [p, p + avail), avail the bytes there are from it on, the
    // whole rest of the file when atEnd. Incomplete: the record needs more bytes than avail.
    Result parse(const uint8_t* p, uint64_t avail, bool atEnd, uint64_t offset, RawPacket& out, uint64_t& length,
                 std::string& problem) const {
        char msg[160];
        if (avail == 0 && atEnd) return Result::End;
        if (avail < 16) {
            if (!atEnd) return Result::Incomplete;
            std::snprintf(msg, sizeof msg, "truncated dump file; tried to read 16 header bytes, only got %llu",
                          static_cast<unsigned long long>(avail));
            problem = msg;
            return Result::Damage;
        }
        const uint32_t caplen = load32(p + 8, swapped);
        if (caplen > kMaxRecord) {
            if (caplen > snapshot)
                std::snprintf(msg, sizeof msg, "invalid packet capture length %u, bigger than snaplen of %d", caplen,
                              static_cast<int>(snapshot));
            else
                std::snprintf(msg, sizeof msg, "invalid packet capture length %u, bigger than maximum of %u", caplen,
                              kMaxRecord);
            problem = msg;
            return Result::Damage;
        }
        const uint64_t body = avail - 16;
        if (body < caplen) {
            if (!atEnd) return Result::Incomplete;
            if (caplen > snapshot && body < snapshot)  // libpcap reads the kept part first, then skips the rest
                std::snprintf(msg, sizeof msg, "truncated dump file; tried to read %d captured bytes, only got %llu",
                              static_cast<int>(snapshot), static_cast<unsigned long long>(body));
            else
                std::snprintf(msg, sizeof msg, "truncated dump file; tried to read %u captured bytes, only got %llu",
                              caplen, static_cast<unsigned long long>(body));
            problem = msg;
            return Result::Damage;
        }
        // time stamps are signed 32-bit fields, as libpcap reads them; nanoseconds, as from
        // libpcap asked for nanosecond precision
        const auto seconds = static_cast<int32_t>(load32(p, swapped));
        const auto fraction = static_cast<int32_t>(load32(p + 4, swapped));
        const int64_t ns = nano ? int64_t{fraction} : int64_t{fraction} * 1000;
        out.data = p + 16;
        out.caplen = std::min(caplen, snapshot);
        out.wireLength = load32(p + 12, swapped);
        out.timestamp = static_cast<double>(seconds) + static_cast<double>(ns) * 1e-9;
        out.fileOffset = static_cast<int64_t>(offset);
        length = 16 + uint64_t{caplen};
        return Result::Packet;
    }

    // Reads the records from offset on into chunk: as many whole ones as kChunk bytes hold
    // (or the one record, however long). Moves offset past them; problem set at damage.
    // chunk keeps the size it was read with (the bytes after the last record are unused):
    // growing it again would clear every byte first.
    void read(uint64_t& offset, std::vector<uint8_t>& chunk, std::vector<RawPacket>& packets, std::string& problem) const {
        packets.clear();
        size_t want = kChunk;
        for (;;) {
            chunk.resize(want);
            size_t got = 0;
            while (got < want) {  // a short read only at the end of the file
                const ssize_t n = pread(fd, chunk.data() + got, want - got, static_cast<off_t>(offset + got));
                if (n < 0 && errno == EINTR) continue;
                if (n < 0) {
                    problem = std::string("error reading dump file: ") + std::strerror(errno);
                    return;
                }
                if (n == 0) break;
                got += static_cast<size_t>(n);
            }
            const bool atEnd = got < want;
            uint64_t pos = 0;
            RawPacket raw;
            for (;;) {
                uint64_t length = 0;
                const Result r = parse(chunk.data() + pos, got - pos, atEnd, offset + pos, raw, length, problem);
                if (r != Result::Packet) {
                    if (r == Result::Incomplete && packets.empty()) break;  // one record longer than the chunk
                    offset += pos;
                    return;
                }
                packets.push_back(raw);
                pos += length;
            }
            // the first record is longer than the chunk: read it whole
            want = 16 + static_cast<size_t>(load32(chunk.data() + 8, swapped));
        }
    }
};

}  // namespace

struct Reader::Impl {
    std::string path;
    pcap_t* pcap = nullptr;
    FILE* file = nullptr;
    uint64_t size = 0;
    std::string problem;
    // In a classic pcap file every record is a 16-byte header and its data, so offsets are
    // counted instead of asked of ftell() (a system call per packet). pcapng asks ftell().
    bool plainPcap = false;
    int64_t nextOffset = 24;
    std::unique_ptr<DirectPcap> direct;  // set when the records are parsed here, not by libpcap
    // next(): the packets of the chunk read last, handed out one by one
    std::vector<uint8_t> chunk;
    std::vector<RawPacket> pending;
    size_t nextPending = 0;
    std::vector<uint8_t> atChunk;  // readAt(): read here, swapped with chunk when it succeeds
    std::vector<RawPacket> atPending;
};

Reader::Reader(const std::string& path) : d_(std::make_unique<Impl>()) {
    d_->path = path;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw CaptureError(path + ": is a folder, not a capture file");
    char err[PCAP_ERRBUF_SIZE] = {0};
    std::string file = path;
    for (int hops = 0; hops < 8; ++hops) {  // follow link stubs, not forever
        const std::string target = linkStubTarget(file);
        if (target.empty()) break;
        file = target;
    }
    FILE* f = std::fopen(file.c_str(), "rb");
    if (!f) throw CaptureError(path + ": cannot open the file");
    d_->size = std::filesystem::file_size(file, ec);
    uint32_t magic = 0;
    if (std::fread(&magic, 1, 4, f) == 4)
        d_->plainPcap = magic == 0xa1b2c3d4 || magic == 0xd4c3b2a1 || magic == 0xa1b23c4d || magic == 0x4d3cb2a1;
    std::rewind(f);
    d_->pcap = pcap_fopen_offline_with_tstamp_precision(f, PCAP_TSTAMP_PRECISION_NANO, err);
    if (!d_->pcap) {
        std::fclose(f);
        std::string why = err;
        if (why.find("unknown file format") != std::string::npos)
            why = "not a pcap or pcapng capture file";
        else if (why.find("truncated") != std::string::npos || d_->size < 24)
            why = "the file is truncated before the first packet (" + why + ")";
        throw CaptureError(path + ": " + why);
    }
    d_->file = pcap_file(d_->pcap);
    if (d_->plainPcap) {
        auto direct = std::make_unique<DirectPcap>();
        if (direct->open(d_->file, pcap_datalink(d_->pcap), pcap_snapshot(d_->pcap))) d_->direct = std::move(direct);
    }
}

Reader::~Reader() {
    if (d_ && d_->pcap) pcap_close(d_->pcap);
}

const std::string& Reader::path() const { return d_->path; }
int Reader::linkType() const { return pcap_datalink(d_->pcap); }

std::string Reader::linkTypeName() const {
    int dlt = linkType();
    const char* name = pcap_datalink_val_to_name(dlt);
    const char* desc = pcap_datalink_val_to_description(dlt);
    std::string s = name ? name : ("DLT " + std::to_string(dlt));
    if (desc) s += std::string(" (") + desc + ")";
    return s;
}

uint64_t Reader::fileSize() const { return d_->size; }

uint64_t Reader::position() const {
    if (d_->direct) return static_cast<uint64_t>(d_->nextOffset);
    long pos = d_->file ? std::ftell(d_->file) : -1;
    return pos < 0 ? 0 : static_cast<uint64_t>(pos);
}

const std::string& Reader::problem() const { return d_->problem; }

bool Reader::directRead() const { return d_->direct != nullptr; }

bool Reader::next(RawPacket& out) {
    if (!d_->pcap) return false;
    if (d_->direct) {
        if (d_->nextPending == d_->pending.size()) {
            d_->nextPending = 0;
            if (!nextChunk(d_->chunk, d_->pending)) return false;
        }
        out = d_->pending[d_->nextPending++];
        return true;
    }
    const int64_t offset = d_->plainPcap ? d_->nextOffset : (d_->file ? std::ftell(d_->file) : -1);
    pcap_pkthdr* hdr = nullptr;
    const u_char* data = nullptr;
    int rc = pcap_next_ex(d_->pcap, &hdr, &data);
    if (rc == 1) {
        out.data = data;
        out.caplen = hdr->caplen;
        out.wireLength = hdr->len;
        // nanosecond precision was requested: tv_usec holds nanoseconds
        out.timestamp = static_cast<double>(hdr->ts.tv_sec) + hdr->ts.tv_usec * 1e-9;
        out.fileOffset = offset;
        if (d_->plainPcap) {
            // a record longer than the snapshot length is cut by libpcap: ask where it ended
            if (hdr->caplen >= static_cast<bpf_u_int32>(pcap_snapshot(d_->pcap))) d_->nextOffset = std::ftell(d_->file);
            else d_->nextOffset = offset + 16 + hdr->caplen;
        }
        return true;
    }
    if (rc == PCAP_ERROR) {
        d_->problem = pcap_geterr(d_->pcap);
        if (d_->problem.find("truncated") != std::string::npos)
            d_->problem = "the file is truncated: " + d_->problem;
    }
    return false;
}

bool Reader::nextChunk(std::vector<uint8_t>& chunk, std::vector<RawPacket>& packets) {
    packets.clear();
    if (!d_->pcap) return false;
    if (d_->direct) {  // (after damage, offset stays at the damaged record: the same problem again)
        uint64_t offset = static_cast<uint64_t>(d_->nextOffset);
        d_->direct->read(offset, chunk, packets, d_->problem);
        d_->nextOffset = static_cast<int64_t>(offset);
        if (d_->problem.find("truncated") != std::string::npos) d_->problem = "the file is truncated: " + d_->problem;
        return !packets.empty();
    }
    // through libpcap, which reuses its buffer: copies; after damage nothing more is read
    chunk.clear();
    if (!d_->problem.empty()) return false;
    RawPacket raw;
    std::vector<size_t> starts;
    while (chunk.size() < kChunk && next(raw)) {
        starts.push_back(chunk.size());
        chunk.insert(chunk.end(), raw.data, raw.data + raw.caplen);
        packets.push_back(raw);
    }
    for (size_t i = 0; i < packets.size(); ++i) packets[i].data = chunk.data() + starts[i];
    return !packets.empty();
}

bool Reader::readAt(int64_t fileOffset, RawPacket& out) {
    if (d_->direct) {
        if (fileOffset < 24) return false;
        std::string problem;
        uint64_t offset = static_cast<uint64_t>(fileOffset);
        d_->direct->read(offset, d_->atChunk, d_->atPending, problem);
        if (d_->atPending.empty()) return false;
        // reading goes on after it, as with libpcap
        std::swap(d_->chunk, d_->atChunk);
        std::swap(d_->pending, d_->atPending);
        d_->nextPending = 0;
        out = d_->pending[d_->nextPending++];
        d_->nextOffset = static_cast<int64_t>(offset);
        return true;
    }
    if (!d_->file || fileOffset < 0) return false;
    if (std::fseek(d_->file, static_cast<long>(fileOffset), SEEK_SET) != 0) return false;
    d_->nextOffset = fileOffset;
    std::string saved = d_->problem;
    bool ok = next(out);
    d_->problem = saved;
    return ok;
}

}  // namespace whyflow::capture

namespace whyflow {
std::string libpcapVersion() { return pcap_lib_version(); }
}  // namespace whyflow
