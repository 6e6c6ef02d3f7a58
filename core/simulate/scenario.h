#pragma once
// What-if scenarios: pledges (fact changes with an effective date and an implementation probability),
// uncertain facts and weight ranges. JSON under scenarios/; schema in docs/schema/scenario.schema.json.
#include <optional>
#include <string>
#include <vector>

#include "core/model/dataset.h"
#include "core/model/distribution.h"
#include "core/rules/rule.h"

namespace workrights {

enum class ChangeOp { kSet, kAdd, kScale };

struct FactChange {
  FactId fact = -1;
  std::optional<GroupId> group;  ///< nullopt: each country's primary group
  ChangeOp op = ChangeOp::kSet;
  FactValue value;                          ///< kSet: the new value (point value when uncertain)
  double amount = 0;                        ///< kAdd / kScale
  std::optional<Distribution> distribution; ///< uncertain new value (kSet) or amount (kAdd / kScale)
  SourceLocation where;                     ///< the "set", "add" or "scale" in its file, for messages
};

struct Pledge {
  std::string id;
  std::string title;
  std::string link;
  std::vector<std::string> countries;  ///< ISO3 codes; empty means every country ("*")
  Date effective;
  double probability = 1;
  std::vector<FactChange> changes;
  std::string file;  ///< the scenario file that declared it

  bool Covers(const std::string& iso3) const;
};

/// Uncertainty on a baseline fact, beyond what the profiles themselves state.
struct UncertainFact {
  std::vector<std::string> countries;  ///< empty: every country
  FactId fact = -1;
  std::optional<GroupId> group;
  Distribution distribution;
};

struct WeightRange {
  bool domain = false;  ///< a domain weight, else a rule weight
  int index = -1;       ///< into PackInfo::domains or ::rules
  double min = 0, max = 0;
  SourceLocation where;  ///< the range in its file, for messages
};

struct Scenario {
  std::string id, title, description;
  Date as_of;
  std::vector<Pledge> pledges;  ///< parents' first, in file order; a child's pledge replaces a parent's of the same id
  std::vector<UncertainFact> uncertain;
  std::vector<WeightRange> weights;
  std::vector<std::string> files;  ///< the chain of files read, child first
  /// SHA-256 over the text of every file in the chain: shards record it, so a scenario edited between shards
  /// (same id, new probability) is caught when they are merged.
  std::string hash;
};

/// Loads a scenario by file path, or by id from `scenarios_dir`. Follows `extends`; reports every problem
/// with file, line:column and JSON pointer (unknown country or fact, wrong type, probability outside [0, 1],
/// bad distribution, extends cycle, missing file). Throws InputError.
Scenario LoadScenario(const std::string& path_or_id, const std::string& scenarios_dir, const Dataset& dataset,
                      const PackInfo& pack);

}  // namespace workrights
