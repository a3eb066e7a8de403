#include "whyflow/capture.h"
#include "whyflow/version.h"

#include <pcap/pcap.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <filesystem>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22  // Linux 5.14; older kernels refuse it and pages fault in one by one
#endif

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

// Link types whose records are read from the memory map: the ones the decoder knows. None
// has a pseudo-header that libpcap rewrites in a byte-swapped file, and all share libpcap's
// largest sane record of 262144 bytes (MAXIMUM_SNAPLEN).
bool mappedLinkType(int dlt) {
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

inline uint32_t load32(const uint8_t* p, bool swapped) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return swapped ? __builtin_bswap32(v) : v;
}

// A classic pcap file read through a memory map: the same records, lengths, time stamps and
// error messages as libpcap's reader (sf-pcap's rules: a record longer than the snapshot
// length is cut to it, one longer than 262144 bytes or one that runs past the end of the
// file ends the read), without a copy or a system call per packet. Pages behind the
// reading position are given back as it moves on, so that resident memory stays bounded.
struct MappedPcap {
    const uint8_t* data = nullptr;
    uint64_t size = 0;
    bool swapped = false;
    bool nano = false;
    uint32_t snapshot = 0;
    uint64_t released = 0;   // [0, released) has been given back (rounded to pages)
    uint64_t populated = 0;  // [released, populated) has been mapped ahead of the reading

    static constexpr uint64_t kWindow = 8u << 20;
    static constexpr uint64_t kAhead = 2u << 20;
    static constexpr uint64_t kPage = 4096;

    ~MappedPcap() {
        if (data) munmap(const_cast<uint8_t*>(data), size);
    }
    // Maps the file behind f when it is a classic pcap file of version 2.4 with a link type
    // from mappedLinkType(); false to leave it to libpcap.
    bool open(FILE* f, int dlt, int snapshotLength) {
        struct stat st{};
        if (!mappedLinkType(dlt) || snapshotLength <= 0 || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) ||
            st.st_size < 24)
            return false;
        void* m = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fileno(f), 0);
        if (m == MAP_FAILED) return false;
        data = static_cast<const uint8_t*>(m);
        size = static_cast<uint64_t>(st.st_size);
        uint32_t magic;
        std::memcpy(&magic, data, 4);
        swapped = magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1;
        nano = magic == 0xa1b23c4d || magic == 0x4d3cb2a1;
        uint16_t major, minor;
        std::memcpy(&major, data + 4, 2);
        std::memcpy(&minor, data + 6, 2);
        if (swapped) {
            major = __builtin_bswap16(major);
            minor = __builtin_bswap16(minor);
        }
        snapshot = static_cast<uint32_t>(snapshotLength);
        const bool known = (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d || swapped) && major == 2 && minor == 4;
        if (!known) {  // older versions may swap caplen and len: libpcap's business
            munmap(m, size);
            data = nullptr;
            return false;
        }
        madvise(m, size, MADV_SEQUENTIAL);
        return true;
    }

    // The record at offset; false at the end of the file (problem empty) or at damage.
    bool record(uint64_t offset, RawPacket& out, uint64_t& next, std::string& problem) const {
        char msg[160];
        if (offset >= size) return false;
        const uint64_t left = size - offset;
        if (left < 16) {
            std::snprintf(msg, sizeof msg, "truncated dump file; tried to read 16 header bytes, only got %llu",
                          static_cast<unsigned long long>(left));
            problem = msg;
            return false;
        }
        const uint8_t* h = data + offset;
        // time stamps are signed 32-bit fields, as libpcap reads them
        const auto seconds = static_cast<int32_t>(load32(h, swapped));
        const auto fraction = static_cast<int32_t>(load32(h + 4, swapped));
        uint32_t caplen = load32(h + 8, swapped);
        const uint32_t len = load32(h + 12, swapped);
        const uint64_t body = left - 16;
        if (caplen > kMaxRecord) {
            if (caplen > snapshot)
                std::snprintf(msg, sizeof msg, "invalid packet capture length %u, bigger than snaplen of %d", caplen,
                              static_cast<int>(snapshot));
            else
                std::snprintf(msg, sizeof msg, "invalid packet capture length %u, bigger than maximum of %u", caplen,
                              kMaxRecord);
            problem = msg;
            return false;
        }
        if (caplen > snapshot) {  // cut to the snapshot length, the rest skipped
            if (body < snapshot) {
                std::snprintf(msg, sizeof msg, "truncated dump file; tried to read %d captured bytes, only got %llu",
                              static_cast<int>(snapshot), static_cast<unsigned long long>(body));
                problem = msg;
                return false;
            }
        }
        if (body < caplen) {
            std::snprintf(msg, sizeof msg, "truncated dump file; tried to read %u captured bytes, only got %llu", caplen,
                          static_cast<unsigned long long>(body));
            problem = msg;
            return false;
        }
        next = offset + 16 + caplen;
        __builtin_prefetch(data + std::min(next, size - 1));  // the next record's header and the start of its packet
        __builtin_prefetch(data + std::min(next + 64, size - 1));
        out.data = h + 16;
        out.caplen = std::min(caplen, snapshot);
        out.wireLength = len;
        // nanoseconds, as from libpcap asked for nanosecond precision
        const int64_t ns = nano ? int64_t{fraction} : int64_t{fraction} * 1000;
        out.timestamp = static_cast<double>(seconds) + static_cast<double>(ns) * 1e-9;
        out.fileOffset = static_cast<int64_t>(offset);
        return true;
    }

    // Called as the reading moves to position: maps the next pages ahead in one call (not
    // a page fault per 64 KiB), and gives back the pages more than a window behind (they
    // stay readable: a later access maps them again from the file).
    void advance(uint64_t position) {
        if (position + kAhead / 2 > populated && populated < size) {
            const uint64_t from = std::max(populated, position / kPage * kPage);
            const uint64_t to = std::min(size, from + kAhead);
            madvise(const_cast<uint8_t*>(data) + from, to - from, MADV_POPULATE_READ);
            populated = to;
        }
        if (position < released + 2 * kWindow) return;
        const uint64_t upTo = (position - kWindow) / kPage * kPage;
        madvise(const_cast<uint8_t*>(data) + released, upTo - released, MADV_DONTNEED);
        released = upTo;
        populated = std::max(populated, released);
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
    std::unique_ptr<MappedPcap> mapped;  // set when the records are read from a memory map
    bool ended = false;                  // the mapped read has met the end or damage
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
        auto m = std::make_unique<MappedPcap>();
        if (m->open(d_->file, pcap_datalink(d_->pcap), pcap_snapshot(d_->pcap))) d_->mapped = std::move(m);
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
    if (d_->mapped) return static_cast<uint64_t>(d_->nextOffset);
    long pos = d_->file ? std::ftell(d_->file) : -1;
    return pos < 0 ? 0 : static_cast<uint64_t>(pos);
}

const std::string& Reader::problem() const { return d_->problem; }

bool Reader::stableData() const { return d_->mapped != nullptr; }

bool Reader::next(RawPacket& out) {
    if (!d_->pcap) return false;
    if (MappedPcap* m = d_->mapped.get()) {
        if (d_->ended) return false;
        uint64_t next = 0;
        if (!m->record(static_cast<uint64_t>(d_->nextOffset), out, next, d_->problem)) {
            d_->ended = true;
            if (d_->problem.find("truncated") != std::string::npos) d_->problem = "the file is truncated: " + d_->problem;
            return false;
        }
        d_->nextOffset = static_cast<int64_t>(next);
        m->advance(next);
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

bool Reader::readAt(int64_t fileOffset, RawPacket& out) {
    if (d_->mapped) {
        if (fileOffset < 24) return false;
        std::string problem;
        uint64_t next = 0;
        if (!d_->mapped->record(static_cast<uint64_t>(fileOffset), out, next, problem)) return false;
        d_->nextOffset = static_cast<int64_t>(next);  // reading goes on after it, as with libpcap
        d_->ended = false;
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
