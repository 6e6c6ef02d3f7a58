#pragma once
// The country a template or an import is for: one with a profile, or a valid ISO code for a new one.
#include <string>

#include "core/model/dataset.h"

namespace workrights::cli {

/// The upper-cased code. Throws InputError for a code that is neither in the data nor an ISO 3166-1 alpha-3 code
/// (or one of those ISO leaves to users), with a did-you-mean among the data's countries.
std::string CheckImportCountry(const Dataset& dataset, const std::string& country);

}  // namespace workrights::cli
