#include "core/base/spellcheck.h"

#include <algorithm>

namespace workrights {

static size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

static size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  // Allow roughly one typo per four characters, as ninja's SpellcheckString does with a fixed bound.
  size_t best_distance = std::max<size_t>(2, word.size() / 4) + 1;
  std::string best;
  for (const auto& c : candidates) {
    size_t d = EditDistance(word, c);
    bool better = d < best_distance;
    if (!better && d == best_distance && !best.empty()) {
      // On a tie, a shared beginning is the likelier intent ("JRD" -> "JOR", not "BGD"), then the alphabet.
      size_t pc = CommonPrefix(word, c), pb = CommonPrefix(word, best);
      better = pc > pb || (pc == pb && c < best);
    }
    if (better) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string m = ClosestMatch(word, candidates);
  return m.empty() ? std::string() : "did you mean '" + m + "'?";
}

}  // namespace workrights
