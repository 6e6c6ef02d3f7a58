#include "core/rules/pack_coherence.h"

#include "core/base/json_reader.h"
#include "core/base/spellcheck.h"

namespace workrights {
namespace {

// Each domain is scored by at least one rule, and its rules' weights do not all vanish (0 / 0).
void CheckDomains(const PackInfo& info, const std::string& file, Diagnostics& diags) {
  for (size_t d = 0; d < info.domains.size(); ++d) {
    size_t rules = 0;
    double weight = 0;
    for (const auto& r : info.rules) {
      if (r.domain != static_cast<int>(d)) continue;
      ++rules;
      weight += r.weight;
    }
    SourceLocation where{file, 0, 0, "/domains/" + std::to_string(d), {}};
    const std::string& id = info.domains[d].id;
    if (rules == 0) {
      diags.Add(where, "domain \"" + id + "\" has no rules: its score could never be known",
                "add a rule with domain = \"" + id + "\", or remove the domain");
    } else if (!(weight > 0)) {
      diags.Add(where, "every rule of domain \"" + id + "\" has weight 0: the domain's score would be 0 / 0",
                "give at least one of its rules a weight above 0");
    }
  }
}

// The pack's "weights" override rules' own weights, so an id there that no rule has is a typo.
void CheckWeightIds(const PackInfo& info, const nlohmann::json& pack_config, const std::string& file,
                    Diagnostics& diags) {
  auto weights = pack_config.find("weights");
  if (weights == pack_config.end() || !weights->is_object()) return;
  for (const auto& [id, weight] : weights->items()) {
    if (info.FindRule(id) >= 0) continue;
    diags.Add(SourceLocation{file, 0, 0, "/weights/" + JsonPointerToken(id), {}},
              "a weight for rule \"" + id + "\", which is not in the pack", DidYouMean(id, info.RuleIds()));
  }
}

}  // namespace

void CheckPackCoherence(const PackInfo& info, const nlohmann::json& pack_config, const std::string& pack_file,
                        Diagnostics& diags) {
  if (info.rules.empty()) {
    diags.Add(SourceLocation{pack_file, 0, 0, "/rules", {}}, "a pack needs at least one rule");
    return;
  }
  CheckDomains(info, pack_file, diags);
  CheckWeightIds(info, pack_config, pack_file, diags);
}

}  // namespace workrights
