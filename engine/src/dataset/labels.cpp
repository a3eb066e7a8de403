#include "whyflow/labels.h"

#include <arpa/inet.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace whyflow::dataset {
namespace {

std::vector<std::string> splitCsv(const std::string& line) {
    std::vector<std::string> out;
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') cell += '"', ++i;
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(cell);
            cell.clear();
        } else if (c != '\r') {
            cell += c;
        }
    }
    out.push_back(cell);
    return out;
}

int l4Number(const std::string& l4) {
    std::string u = l4;
    std::transform(u.begin(), u.end(), u.begin(), ::toupper);
    if (u == "TCP") return 6;
    if (u == "UDP") return 17;
    if (u == "ICMP") return 1;
    if (u == "ICMPV6") return 58;
    if (u == "IGMP") return 2;
    if (u == "SCTP") return 132;
    if (u == "ESP") return 50;
    if (u == "AH") return 51;
    if (u == "OSPF") return 89;
    if (u == "PIM") return 103;
    if (u == "VRRP") return 112;
    if (u == "PGM") return 113;
    try {
        return std::stoi(u);
    } catch (const std::exception&) {
        return -1;
    }
}

// "192.0.2.1:80" or "[2001:db8::1]:443" -> 16 address bytes (v4 in the first four) and port
bool parseEndpoint(const std::string& text, uint8_t& version, flow::Endpoint& ep) {
    std::string addr, port;
    if (!text.empty() && text[0] == '[') {
        auto close = text.find(']');
        if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':') return false;
        addr = text.substr(1, close - 1);
        port = text.substr(close + 2);
        version = 6;
    } else {
        auto colon = text.rfind(':');
        if (colon == std::string::npos) return false;
        addr = text.substr(0, colon);
        port = text.substr(colon + 1);
        version = 4;
    }
    ep.addr = {};
    if (inet_pton(version == 6 ? AF_INET6 : AF_INET, addr.c_str(), ep.addr.data()) != 1) return false;
    try {
        const int p = std::stoi(port);
        if (p < 0 || p > 65535) return false;
        ep.port = static_cast<uint16_t>(p);
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

// direction-free key of (protocol, two endpoints)
std::string pairKey(int l4, uint8_t version, const flow::Endpoint& a, const flow::Endpoint& b) {
    auto one = [](const flow::Endpoint& e) {
        return std::string(reinterpret_cast<const char*>(e.addr.data()), 16) + static_cast<char>(e.port >> 8) +
               static_cast<char>(e.port & 0xff);
    };
    std::string x = one(a), y = one(b);
    if (y < x) std::swap(x, y);
    return std::to_string(l4) + "/" + std::to_string(version) + "/" + x + y;
}

}  // namespace

namespace {
// A folder opens as a stream that reads nothing, and a device may never end.
void checkTextFile(const std::string& path, const char* what) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw std::runtime_error(path + ": is a folder, not " + std::string(what));
    // a device or a pipe (/dev/zero) could be read for ever
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
        throw std::runtime_error(path + ": is not a regular file, not " + std::string(what));
}

// The next non-empty line of a CSV file without its CR and, on the first line, its UTF-8
// byte order mark; a line with a NUL byte means the file is not text.
bool nextCsvLine(std::istream& in, const std::string& path, std::string& line, int& lineNo) {
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (lineNo == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (line.empty()) continue;
        if (line.find('\0') != std::string::npos) throw std::runtime_error(path + ":" + std::to_string(lineNo) + ": not a text file");
        return true;
    }
    return false;
}
}  // namespace

LabelSet LabelSet::load(const std::string& path) {
    checkTextFile(path, "a label file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the label file");
    LabelSet set;
    std::string line;
    int lineNo = 0;
    // the column of each field: the corpus order, or the order a header names
    static const char* kColumns[] = {"pcap", "l4", "endpoint_a", "endpoint_b", "ndpi_master", "ndpi_app"};
    std::vector<int> column = {0, 1, 2, 3, 4, 5};
    while (nextCsvLine(in, path, line, lineNo)) {
        auto cells = splitCsv(line);
        if (lineNo == 1 && std::find(cells.begin(), cells.end(), "pcap") != cells.end()) {  // header
            for (int c = 0; c < 6; ++c) {
                auto it = std::find(cells.begin(), cells.end(), kColumns[c]);
                column[c] = it == cells.end() ? -1 : static_cast<int>(it - cells.begin());
                if (column[c] < 0 && c < 5)
                    throw std::runtime_error(path + ":1: the header has no column " + kColumns[c] +
                                             " (expected pcap,l4,endpoint_a,endpoint_b,ndpi_master[,ndpi_app])");
            }
            continue;
        }
        auto cell = [&](int c) { return column[c] >= 0 && column[c] < static_cast<int>(cells.size()) ? cells[column[c]] : std::string(); };
        const int needed = 1 + *std::max_element(column.begin(), column.begin() + 5);
        if (static_cast<int>(cells.size()) < needed)
            throw std::runtime_error(path + ":" + std::to_string(lineNo) + ": expected pcap,l4,endpoint_a,endpoint_b,ndpi_master[,ndpi_app]");
        LabelRow r{cell(0), cell(1), cell(2), cell(3), cell(4), cell(5), lineNo};
        set.byFile_[r.pcap].push_back(set.rows_.size());
        set.rows_.push_back(std::move(r));
    }
    if (set.rows_.empty()) throw std::runtime_error(path + ": no label rows (pcap,l4,endpoint_a,endpoint_b,ndpi_master[,ndpi_app])");
    return set;
}

std::vector<const LabelRow*> LabelSet::rowsOf(const std::string& pcap) const {
    std::vector<const LabelRow*> out;
    auto it = byFile_.find(pcap);
    if (it != byFile_.end())
        for (size_t i : it->second) out.push_back(&rows_[i]);
    return out;
}

CategoryMap CategoryMap::load(const std::string& path) {
    checkTextFile(path, "a category map");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the category map");
    CategoryMap m;
    std::string line;
    int lineNo = 0;
    bool swapped = false;
    while (nextCsvLine(in, path, line, lineNo)) {
        auto cells = splitCsv(line);
        if (cells.size() < 2 || cells[0].empty() || cells[1].empty())
            throw std::runtime_error(path + ":" + std::to_string(lineNo) + ": expected ndpi_master,category");
        if (lineNo == 1 && cells[0] == "category" && cells[1] == "ndpi_master") {  // the header names the order
            swapped = true;
            continue;
        }
        if (swapped) std::swap(cells[0], cells[1]);
        if (lineNo == 1 && (cells[0] == "ndpi_master" || cells[1] == "category")) continue;
        m.map_[cells[0]] = cells[1];
    }
    if (m.map_.empty()) throw std::runtime_error(path + ": no protocol,category rows");
    return m;
}

std::string CategoryMap::categoryOf(const std::string& master) const {
    auto it = map_.find(master);
    return it == map_.end() ? std::string() : it->second;
}

LabelMatch matchLabels(const flow::CaptureData& cap, const LabelSet& labels, const std::string& pcap,
                       const CategoryMap* categories) {
    LabelMatch m;
    m.flowLabels.assign(cap.flows.size(), {});
    // key -> label ("" once rows disagree)
    std::map<std::string, std::string> byKey;
    std::map<std::string, std::vector<const LabelRow*>> rowsByKey;
    for (const LabelRow* r : labels.rowsOf(pcap)) {
        ++m.rows;
        const int l4 = l4Number(r->l4);
        const bool transport = l4 == 6 || l4 == 17;
        if (transport) ++m.transportRows;
        uint8_t va = 0, vb = 0;
        flow::Endpoint a, b;
        if (!parseEndpoint(r->endpointA, va, a) || !parseEndpoint(r->endpointB, vb, b) || va != vb) {
            if (transport) m.unmatched.push_back(r);
            continue;
        }
        const std::string key = pairKey(l4, va, a, b);
        std::string label = r->master;
        if (categories) label = categories->categoryOf(r->master);
        rowsByKey[key].push_back(r);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            byKey[key] = label;
        } else if (it->second != label && !it->second.empty()) {
            it->second.clear();  // the rows of one 5-tuple disagree: drop the label
            ++m.conflicts;
        }
    }
    std::map<std::string, bool> matched;
    for (size_t i = 0; i < cap.flows.size(); ++i) {
        const flow::Flow& f = cap.flows[i];
        flow::Endpoint c = f.client, s = f.server;
        if (f.l4 != 6 && f.l4 != 17 && f.l4 != 132) c.port = s.port = 0;
        const std::string key = pairKey(f.l4, f.ipVersion, c, s);
        auto it = byKey.find(key);
        if (it == byKey.end()) continue;
        matched[key] = true;
        m.flowLabels[i] = it->second;
    }
    for (const auto& [key, rows] : rowsByKey) {
        const bool hit = matched.count(key) > 0;
        for (const LabelRow* r : rows) {
            const int l4 = l4Number(r->l4);
            if (l4 != 6 && l4 != 17) continue;
            if (hit) ++m.transportMatched;
            else m.unmatched.push_back(r);
        }
    }
    return m;
}

}  // namespace whyflow::dataset
