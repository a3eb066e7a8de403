#include <algorithm>
#include <array>

#include "whyflow/dataset.h"
#include "whyflow/decode.h"

namespace whyflow::dataset {

Tensorizer::Tensorizer(InputShape shape, FeaturePreset preset) : shape_(shape), preset_(preset) {}

namespace {

// The group of every field, looked up once (groupOf() is a call per byte run otherwise).
const std::array<FieldGroup, kFieldCount> kGroupOf = [] {
    std::array<FieldGroup, kFieldCount> g{};
    for (int i = 0; i < kFieldCount; ++i) g[static_cast<size_t>(i)] = groupOf(static_cast<FieldId>(i));
    return g;
}();

// The field map of a packet, decoded again from its bytes: one buffer per thread.
thread_local decode::DecodedPacket tDecoded;

}  // namespace

FlowTensor Tensorizer::make(const flow::Flow& flow) const {
    const int N = shape_.packets, M = shape_.bytes;
    FlowTensor t;
    t.bytes.assign(static_cast<size_t>(N) * M, 0);
    t.visible.assign(t.bytes.size(), 0);
    t.present.assign(t.bytes.size(), 0);
    t.fields.assign(t.bytes.size(), static_cast<uint16_t>(FieldId::None));
    t.fromClient.assign(N, 0);
    const int count = std::min<int>(N, static_cast<int>(flow.visible.size()));
    if (count <= 0) return t;
    // which fields the preset keeps (a tunnel span is in the tunnel group whatever its field)
    std::array<bool, kFieldCount> keepField{};
    for (int i = 0; i < kFieldCount; ++i) {
        const FieldGroup g = kGroupOf[static_cast<size_t>(i)];
        keepField[static_cast<size_t>(i)] = g != FieldGroup::None && preset_.keeps(g);
    }
    const bool keepTunnel = preset_.keeps(FieldGroup::Tunnel);
    decode::DecodedPacket& decoded = tDecoded;
    for (int p = 0; p < count; ++p) {
        const flow::VisiblePacket& v = flow.visible[p];
        t.fromClient[p] = v.fromClient ? 1 : 0;
        if (v.netOffset < 0) continue;
        const int begin = v.netOffset;
        const int end = std::min<int>({v.netEnd, static_cast<int>(v.bytes.size()), begin + M});
        if (end <= begin) continue;
        ++t.packets;
        decode::Decoder(v.linkType).decode(v.bytes.data(), static_cast<uint32_t>(v.bytes.size()), decoded, true);
        // walk the field spans (ordered by offset) that overlap [begin, end): whole runs at a time
        const FieldSpan* span = decoded.spans.data();
        const FieldSpan* const spansEnd = span + decoded.spans.size();
        while (span != spansEnd && static_cast<int>(span->offset + span->length) <= begin) ++span;
        const size_t row = static_cast<size_t>(p) * M;
        uint16_t* fields = t.fields.data() + row - begin;  // indexed by frame offset
        uint8_t* present = t.present.data() + row - begin;
        uint8_t* bytes = t.bytes.data() + row - begin;
        uint8_t* visible = t.visible.data() + row - begin;
        const uint8_t* frame = v.bytes.data();
        int off = begin;
        while (off < end) {
            FieldId f = FieldId::None;
            bool keep = false;
            int runEnd = end;
            if (span != spansEnd && static_cast<int>(span->offset) <= off) {
                const int spanEnd = static_cast<int>(span->offset + span->length);
                if (spanEnd <= off) {
                    ++span;
                    continue;
                }
                f = span->field;
                keep = span->tunnel ? keepTunnel : keepField[static_cast<size_t>(f)];
                runEnd = std::min(end, spanEnd);
            } else if (span != spansEnd) {
                runEnd = std::min(end, static_cast<int>(span->offset));  // a gap in the map (should not happen)
            }
            for (int i = off; i < runEnd; ++i) {
                fields[i] = static_cast<uint16_t>(f);
                present[i] = 1;
            }
            if (keep) {
                for (int i = off; i < runEnd; ++i) {
                    bytes[i] = frame[i];
                    visible[i] = 1;
                }
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
