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
        auto span = v.spans.begin();
        for (int off = begin; off < end; ++off) {
            while (span != v.spans.end() && static_cast<int>(span->offset + span->length) <= off) ++span;
            FieldId f = FieldId::None;
            bool tunnel = false;
            if (span != v.spans.end() && static_cast<int>(span->offset) <= off) {
                f = span->field;
                tunnel = span->tunnel;
            }
            const size_t i = static_cast<size_t>(p) * M + (off - begin);
            const FieldGroup g = tunnel ? FieldGroup::Tunnel : groupOf(f);
            t.fields[i] = static_cast<uint16_t>(f);
            t.present[i] = 1;
            if (g != FieldGroup::None && preset_.keeps(g)) {
                t.bytes[i] = v.bytes[off];
                t.visible[i] = 1;
            }
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
