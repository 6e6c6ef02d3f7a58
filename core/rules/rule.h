#pragma once
// Rules and packs as the engine sees them once loaded: plain data, no Lua. The aggregator, simulator and
// report writers use only these types.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/fact_catalogue.h"
#include "core/rules/lua_sandbox.h"

namespace workrights {

enum class Dimension { kDeJure, kDeFacto };
std::string_view DimensionName(Dimension d);

enum class Aggregation { kArithmetic, kGeometric };
std::string_view AggregationName(Aggregation a);

struct DomainInfo {
  std::string id;
  std::string title;
  double weight = 1;
  /// The share of law (de jure) in the domain's score; practice (de facto) has the rest. Pack field
  /// `law_share`, per domain or for the whole pack; 0.5 by default.
  double law_share = 0.5;
};

struct RuleInfo {
  std::string id;
  std::string title;
  std::string description;
  std::string file;  ///< path shown in messages, e.g. "rules/standard/rules/rtw_wage_employment.lua"
  int line = 0;      ///< line where evaluate is defined
  int domain = 0;    ///< index into PackInfo::domains
  Dimension dimension = Dimension::kDeJure;
  double weight = 1;
  std::vector<std::string> instruments;
  std::vector<FactId> reads;  ///< facts the rule declares it reads, in declared order
  /// Numbers at which the rule's score steps, per number fact (rule field `thresholds`): score bounds over an
  /// unknown number try the catalogue's range ends and each threshold with its two neighbours.
  std::vector<std::pair<FactId, std::vector<double>>> thresholds;
  nlohmann::json action;      ///< the advocacy action for this rule's gap (null when the pack gives none)
};

/// How an indicator combines the results of the rules that feed one of its dimensions, per country.
enum class IndicatorCombine { kMean, kMin };
std::string_view IndicatorCombineName(IndicatorCombine c);

/// The rules that feed one dimension (law or practice) of an indicator.
struct IndicatorPart {
  std::vector<std::string> rule_ids;  ///< as the pack names them
  std::vector<int> rules;             ///< indexes into PackInfo::rules, resolved once the rules are loaded
  IndicatorCombine combine = IndicatorCombine::kMean;
};

/// A population-weighted indicator computed from rule results (pack.lua `indicators`; `workrights indicators`):
/// the Global Compact on Refugees' indicators on decent work and freedom of movement in the standard pack.
struct IndicatorInfo {
  std::string id;          ///< "2.1.1"
  std::string title;
  std::string source;      ///< where the definition comes from
  std::string definition;  ///< the quote the definition rests on
  std::vector<FactId> population;  ///< number facts summed into each country's weight
  std::optional<IndicatorPart> law, practice;  ///< at least one
};

/// The pack's priority index (pack.lua: priority = { reads = {...}, evaluate = function(c) ... end }).
struct PriorityInfo {
  bool defined = false;
  std::string description;
  std::vector<FactId> reads;
  int line = 0;
};

struct PackInfo {
  std::string name;
  std::string version;
  std::string description;
  std::string dir;
  std::string hash;  ///< SHA-256 over the pack's files
  std::vector<DomainInfo> domains;
  Aggregation aggregation = Aggregation::kArithmetic;
  std::vector<RuleInfo> rules;
  std::vector<std::string> test_files;
  SandboxLimits limits;  ///< from the pack's "limits", else the defaults
  PriorityInfo priority;
  std::vector<IndicatorInfo> indicators;  ///< in pack order

  int FindRule(const std::string& id) const;
  std::vector<std::string> RuleIds() const;
};

}  // namespace workrights
