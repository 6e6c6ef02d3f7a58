#pragma once
// "did you mean ...?" suggestions for unknown fact paths, keys, rule ids and subcommands.
#include <string>
#include <string_view>
#include <vector>

namespace workrights {

/// The closest candidate within a small edit distance, or "" when none is close enough.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

/// "did you mean 'x'?" or "" when nothing is close.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace workrights
