#include <algorithm>

#include "whyflow/dataset.h"

namespace whyflow::dataset {

Tensorizer::Tensorizer(InputShape shape, FeaturePreset preset) : shape_(shape), preset_(preset) {}

FlowTensor Tensorizer::make(const flow::Flow& flow) const {
    const int N = shape_.packets, M = shape_.bytes;
    FlowTensor t;
    t.bytes.assign(static_cast<size_t>(N) * M, 0);
    t.visible.assign(t.bytes.size(), 0);
    t.present.assign(t.bytes.size(), 0);
    t.fields.assign(t.bytes.size(), static_cast<uint16_t>(FieldId::None));
    t.fromClient.assign(N, 0);
    const int count = std::min<int>(N, static_cast<int>(flow.visible.size()));
    for (int p = 0; p < count; ++p) {
        const flow::VisiblePacket& v = flow.visible[p];
        t.fromClient[p] = v.fromClient ? 1 : 0;
        if (v.netOffset < 0) continue;
        const int begin = v.netOffset;
        const int end = std::min<int>({v.netEnd, static_cast<int>(v.bytes.size()), begin + M});
        if (end <= begin) continue;
        ++t.packets;
        // walk the field spans that overlap [begin, end): whole runs at a time
        const size_t row = static_cast<size_t>(p) * M;
        int off = begin;
        auto span = std::upper_bound(v.spans.begin(), v.spans.end(), static_cast<uint32_t>(begin),
                                     [](uint32_t o, const FieldSpan& s) { return o < s.offset; });
        if (span != v.spans.begin()) --span;
        while (off < end) {
            FieldId f = FieldId::None;
            bool tunnel = false;
            int runEnd = end;
            if (span != v.spans.end() && static_cast<int>(span->offset) <= off) {
                const int spanEnd = static_cast<int>(span->offset + span->length);
                if (spanEnd <= off) {
                    ++span;
                    continue;
                }
                f = span->field;
                tunnel = span->tunnel;
                runEnd = std::min(end, spanEnd);
            } else if (span != v.spans.end()) {
                runEnd = std::min(end, static_cast<int>(span->offset));  // a gap in the map (should not happen)
            }
            const FieldGroup g = tunnel ? FieldGroup::Tunnel : groupOf(f);
            const bool keep = g != FieldGroup::None && preset_.keeps(g);
            const size_t i = row + static_cast<size_t>(off - begin);
            const size_t n = static_cast<size_t>(runEnd - off);
            std::fill_n(t.fields.begin() + i, n, static_cast<uint16_t>(f));
            std::fill_n(t.present.begin() + i, n, uint8_t{1});
            if (keep) {
                std::copy_n(v.bytes.begin() + off, n, t.bytes.begin() + i);
                std::fill_n(t.visible.begin() + i, n, uint8_t{1});
            }
            off = runEnd;
        }
    }
    return t;
}

void Tensorizer::zeroGroup(FlowTensor& t, FieldGroup g) {
    for (size_t i = 0; i < t.bytes.size(); ++i) {
        if (t.present[i] && groupOf(static_cast<FieldId>(t.fields[i])) == g) {
            t.bytes[i] = 0;
            t.visible[i] = 0;
        }
    }
}

}  // namespace whyflow::dataset
