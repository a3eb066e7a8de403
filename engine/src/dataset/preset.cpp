#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "whyflow/dataset.h"

namespace whyflow::dataset {

FeaturePreset FeaturePreset::full() {
    FeaturePreset p;
    p.kind = Kind::Full;
    for (int g = 0; g < kGroupCount; ++g) p.keep[g] = groupKind(static_cast<FieldGroup>(g)) != GroupKind::NotInput;
    return p;
}

FeaturePreset FeaturePreset::wellKnown() {
    FeaturePreset p;
    p.kind = Kind::WellKnown;
    p.keep[static_cast<size_t>(FieldGroup::Ports)] = true;
    p.keep[static_cast<size_t>(FieldGroup::Size)] = true;
    p.keep[static_cast<size_t>(FieldGroup::Protocol)] = true;
    return p;
}

FeaturePreset FeaturePreset::custom(const std::string& groups) {
    FeaturePreset p;
    p.kind = Kind::Custom;
    std::stringstream ss(groups);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (item.empty()) continue;
        FieldGroup g;
        if (!parseGroupName(item, g)) throw std::invalid_argument("unknown field group '" + item + "'");
        if (groupKind(g) == GroupKind::NotInput)
            throw std::invalid_argument("field group '" + item + "' is never model input");
        p.keep[static_cast<size_t>(g)] = true;
    }
    return p;
}

FeaturePreset FeaturePreset::parse(const std::string& name, const std::string& keepGroups) {
    if (name == "full") return full();
    if (name == "wellknown") return wellKnown();
    if (name == "custom") {
        FeaturePreset p = custom(keepGroups);
        if (std::none_of(p.keep.begin(), p.keep.end(), [](bool k) { return k; }))
            throw std::invalid_argument("the custom preset needs --keep-groups with at least one group (e.g. ports,size,payload)");
        return p;
    }
    throw std::invalid_argument("unknown feature preset '" + name + "' (use full, wellknown or custom)");
}

std::string FeaturePreset::name() const {
    switch (kind) {
    case Kind::Full: return "full";
    case Kind::WellKnown: return "wellknown";
    default: return "custom";
    }
}

std::vector<std::string> FeaturePreset::keptGroups() const {
    std::vector<std::string> out;
    for (int g = 0; g < kGroupCount; ++g)
        if (keep[g]) out.emplace_back(groupName(static_cast<FieldGroup>(g)));
    return out;
}

}  // namespace whyflow::dataset
