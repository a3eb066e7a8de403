// Flow labels from a CSV in the nDPI corpus format:
//   pcap,l4,endpoint_a,endpoint_b,ndpi_master,ndpi_app
// endpoints are "ip:port" or "[ipv6]:port"; a row matches a flow of that capture when the
// two endpoints equal the flow's in either order and the L4 protocol matches.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "whyflow/flow.h"

namespace whyflow::dataset {

struct LabelRow {
    std::string pcap, l4, endpointA, endpointB, master, app;
    int line = 0;
};

class LabelSet {
public:
    // Throws std::runtime_error naming the file and line of a malformed row.
    static LabelSet load(const std::string& csvPath);
    const std::vector<LabelRow>& rows() const { return rows_; }
    std::vector<const LabelRow*> rowsOf(const std::string& pcapFileName) const;

private:
    std::vector<LabelRow> rows_;
    std::map<std::string, std::vector<size_t>> byFile_;
};

// ndpi_master -> category (e.g. HTTP -> web); protocols not listed belong to no category.
class CategoryMap {
public:
    static CategoryMap load(const std::string& csvPath);  // two columns, a header line
    std::string categoryOf(const std::string& master) const;
    bool empty() const { return map_.empty(); }

private:
    std::map<std::string, std::string> map_;
};

struct LabelMatch {
    std::vector<std::string> flowLabels;  // per flow of the capture; empty when unlabelled
    size_t rows = 0;                      // label rows of this capture
    size_t transportRows = 0;             // of them TCP or UDP
    size_t transportMatched = 0;          // TCP/UDP rows that matched a flow
    size_t conflicts = 0;                 // 5-tuples whose rows disagree (dropped)
    std::vector<const LabelRow*> unmatched;  // TCP/UDP rows without a flow
};

// Labels the flows of one capture. The label is ndpi_master, mapped through the category
// map when one is given (flows whose protocol has no category stay unlabelled).
LabelMatch matchLabels(const flow::CaptureData& capture, const LabelSet& labels, const std::string& pcapFileName,
                       const CategoryMap* categories = nullptr);

struct DpiLabel {
    std::string master;  // nDPI's master protocol ("HTTP", "DNS", "Unknown")
    std::string app;     // the application on top, when nDPI names one ("Google")
};

// Labels every flow of a capture with nDPI, reading its packets again from the file.
// Throws std::runtime_error when whyflow was built without nDPI.
std::vector<DpiLabel> labelWithNdpi(const flow::CaptureData& capture);
std::string ndpiVersion();  // empty without nDPI

}  // namespace whyflow::dataset
