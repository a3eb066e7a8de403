// Feature vectors for the classical models (C4.5, k-NN), read from a flow's tensor so that
// the feature preset applies to them as it does to the deep models.
//   per flow:   protocol, client port, server port, packet count
//   per packet: present, direction (1 = from the client), size (IP total / IPv6 payload length)
//   full (and custom with payload or header groups): every byte of the tensor as a number
#pragma once

#include <string>
#include <vector>

#include "whyflow/dataset.h"

namespace whyflow::models {

struct FeatureLayout {
    dataset::InputShape shape;
    bool withBytes = false;  // the tensor's bytes follow the well-known features
    size_t size() const;
    std::string name(size_t i) const;  // "client_port", "p3.size", "byte[2][17]"
    static FeatureLayout forPreset(const dataset::InputShape& shape, const dataset::FeaturePreset& preset);
};

// The flow's feature vector. With groups, also the field group each feature was read from
// in this flow (FieldGroup::None for the counts and flags that no field holds).
std::vector<float> flowFeatures(const dataset::FlowTensor& t, const FeatureLayout& layout,
                                std::vector<FieldGroup>* groups = nullptr);

}  // namespace whyflow::models
