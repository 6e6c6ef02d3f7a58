#pragma once
// One paragraph in plain words that says what the indices of a sensitivity analysis mean for the priority
// list: which assumptions the top K depends on, which countries' unknown facts move it, which countries are at
// its edge, and whether assumptions act together. Written here, not in the reports, so every format shows the same words.
#include <string>

namespace workrights {

struct SobolSensitivity;

std::string ReadSensitivity(const SobolSensitivity& s);

}  // namespace workrights
