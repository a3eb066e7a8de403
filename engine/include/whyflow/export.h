// Exporting data for other tools.
#pragma once

#include <string>

#include "whyflow/dataset.h"

namespace whyflow::io {

// Writes DIR/x.npy, visible.npy, fields.npy (uint8 [flows, N, M]), y.npy (int64), split.npy
// (uint8: 0 train, 1 validation, 2 test) and index.json (classes, shape, preset, field ids,
// the source of every flow). NumPy reads them with numpy.load; nothing else is needed.
void exportDataset(const dataset::Dataset& data, const dataset::Split& split, uint64_t seed, const std::string& dir);

}  // namespace whyflow::io
