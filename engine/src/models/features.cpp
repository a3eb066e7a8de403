#include "models/features.h"

namespace whyflow::models {

namespace {
constexpr size_t kFlowFeatures = 4;
constexpr size_t kPacketFeatures = 3;
}  // namespace

FeatureLayout FeatureLayout::forPreset(const dataset::InputShape& shape, const dataset::FeaturePreset& preset) {
    FeatureLayout l;
    l.shape = shape;
    l.withBytes = preset.kind != dataset::FeaturePreset::Kind::WellKnown;
    return l;
}

size_t FeatureLayout::size() const {
    return kFlowFeatures + kPacketFeatures * static_cast<size_t>(shape.packets) +
           (withBytes ? static_cast<size_t>(shape.size()) : 0);
}

std::string FeatureLayout::name(size_t i) const {
    static const char* flowNames[] = {"protocol", "client_port", "server_port", "packets"};
    static const char* packetNames[] = {"present", "from_client", "size"};
    if (i < kFlowFeatures) return flowNames[i];
    i -= kFlowFeatures;
    if (i < kPacketFeatures * shape.packets)
        return "p" + std::to_string(i / kPacketFeatures) + "." + packetNames[i % kPacketFeatures];
    i -= kPacketFeatures * shape.packets;
    return "byte[" + std::to_string(i / shape.bytes) + "][" + std::to_string(i % shape.bytes) + "]";
}

std::vector<float> flowFeatures(const dataset::FlowTensor& t, const FeatureLayout& layout, std::vector<FieldGroup>* groups) {
    const int N = layout.shape.packets, M = layout.shape.bytes;
    std::vector<float> f(layout.size(), 0.0f);
    if (groups) groups->assign(layout.size(), FieldGroup::None);
    auto from = [&](size_t feature, FieldId id) {
        if (groups) (*groups)[feature] = groupOf(id);
    };
    f[3] = static_cast<float>(t.packets);
    auto field = [&](size_t i) { return static_cast<FieldId>(t.fields[i]); };
    auto value16 = [&](size_t i) {
        return static_cast<float>(t.bytes[i] << 8 | (i + 1 < t.bytes.size() ? t.bytes[i + 1] : 0));
    };
    for (int p = 0; p < N; ++p) {
        const size_t row = static_cast<size_t>(p) * M;
        const size_t base = kFlowFeatures + kPacketFeatures * static_cast<size_t>(p);
        if (!t.present[row]) continue;
        f[base] = 1.0f;
        f[base + 1] = p < static_cast<int>(t.fromClient.size()) && t.fromClient[p] ? 1.0f : 0.0f;
        bool sizeDone = false, portsDone = p != 0, protoDone = p != 0;
        for (int k = 0; k < M; ++k) {
            const size_t i = row + k;
            if (!t.present[i]) break;
            const FieldId id = field(i);
            const bool first = k == 0 || field(i - 1) != id;  // the first byte of a field
            if (!first) continue;
            if (!sizeDone && (id == FieldId::IpLen || id == FieldId::Ipv6Plen)) {
                f[base + 2] = value16(i);  // 0 when the preset hides sizes
                from(base + 2, id);
                sizeDone = true;
            } else if (!protoDone && (id == FieldId::IpProto || id == FieldId::Ipv6Nxt)) {
                f[0] = t.bytes[i];
                from(0, id);
                protoDone = true;
            } else if (!portsDone && (id == FieldId::TcpSrcPort || id == FieldId::UdpSrcPort)) {
                // the first packet comes from the client
                f[1] = value16(i);
                f[2] = k + 3 < M ? value16(i + 2) : 0.0f;
                from(1, id);
                from(2, id);
                portsDone = true;
            }
        }
    }
    if (layout.withBytes) {
        const size_t base = kFlowFeatures + kPacketFeatures * static_cast<size_t>(N);
        for (size_t i = 0; i < t.bytes.size() && base + i < f.size(); ++i) {
            f[base + i] = t.bytes[i];
            if (t.present[i]) from(base + i, static_cast<FieldId>(t.fields[i]));
        }
    }
    return f;
}

}  // namespace whyflow::models
