// Versions of whyflow and of the libraries it was built with, for reports and About.
#pragma once

#include <string>

namespace whyflow {

std::string version();          // whyflow
std::string libtorchVersion();  // e.g. "1.13.1"
std::string libpcapVersion();   // libpcap's own version string

}  // namespace whyflow
