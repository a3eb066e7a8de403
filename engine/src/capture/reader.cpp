#include "whyflow/capture.h"
#include "whyflow/version.h"

#include <pcap/pcap.h>

#include <cstdio>
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
    long pos = d_->file ? std::ftell(d_->file) : -1;
    return pos < 0 ? 0 : static_cast<uint64_t>(pos);
}

const std::string& Reader::problem() const { return d_->problem; }

bool Reader::next(RawPacket& out) {
    if (!d_->pcap) return false;
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
