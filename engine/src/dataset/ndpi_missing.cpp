// Built without nDPI: labelling says how to get it.
#include <stdexcept>

#include "whyflow/labels.h"

namespace whyflow::dataset {

std::vector<DpiLabel> labelWithNdpi(const flow::CaptureData&) {
    throw std::runtime_error("this whyflow was built without nDPI (apt-get install libndpi-dev, then rebuild)");
}

std::string ndpiVersion() { return {}; }

}  // namespace whyflow::dataset
