#include "core/rules/pack_indicators.h"

#include <algorithm>
#include <set>

#include "core/base/spellcheck.h"

namespace workrights {
namespace {

// "what" with the indicator named, so a message says which one an adviser must fix.
std::string About(const std::string& id, const std::string& what) {
  return id.empty() ? what : "indicator \"" + id + "\": " + what;
}

// "population": the number facts summed into a country's weight.
void ReadPopulation(JsonChecker& check, const std::string& p, const std::string& id, const nlohmann::json& facts,
                    const FactCatalogue& catalogue, IndicatorInfo& out) {
  if (!check.IsArray(p, facts, "\"population\"")) return;
  if (facts.empty()) check.Error(p, About(id, "\"population\" needs at least one fact"), "for example \"pop.refugees\"");
  for (size_t i = 0; i < facts.size(); ++i) {
    const std::string at = p + "/" + std::to_string(i);
    std::string text = facts[i].is_string() ? facts[i].get<std::string>() : facts[i].dump();
    const FactSpec* spec = facts[i].is_string() ? catalogue.Find(text) : nullptr;
    if (!spec) {
      check.Error(at, About(id, "unknown population fact \"" + text + "\""), DidYouMean(text, catalogue.Paths()));
    } else if (spec->type != FactType::kNumber) {
      check.Error(at, About(id, "population fact \"" + text + "\" is not a number fact"));
    } else if (std::find(out.population.begin(), out.population.end(), spec->id) != out.population.end()) {
      check.Error(at, About(id, "population fact \"" + text + "\" is listed twice"));
    } else {
      out.population.push_back(spec->id);
    }
  }
}

// "law" or "practice": { rules = { "rule.id", ... }, combine = "min" | "mean" }.
std::optional<IndicatorPart> ReadPart(JsonChecker& check, const std::string& p, const std::string& id,
                                      const nlohmann::json& part) {
  if (!check.IsObject(p, part, "an indicator part")) return std::nullopt;
  check.Keys(p, part, {"rules", "combine"}, {"rules"});
  IndicatorPart out;
  if (auto combine = check.String(p, part, "combine", false)) {
    if (*combine == "min") out.combine = IndicatorCombine::kMin;
    else if (*combine != "mean") {
      check.Error(p + "/combine", About(id, "unknown combine \"" + *combine + "\""),
                  "use \"min\" (every rule must hold) or \"mean\"");
    }
  }
  if (!part.contains("rules") || !check.IsArray(p + "/rules", part["rules"], "\"rules\"")) return out;
  if (part["rules"].empty()) check.Error(p + "/rules", About(id, "an indicator part needs at least one rule"));
  for (size_t i = 0; i < part["rules"].size(); ++i) {
    const auto& r = part["rules"][i];
    if (r.is_string()) out.rule_ids.push_back(r.get<std::string>());
    else check.Error(p + "/rules/" + std::to_string(i), About(id, "a rule id must be a string, but is " + JsonKindName(r)));
  }
  return out;
}

void ReadIndicator(JsonChecker& check, const std::string& p, const nlohmann::json& in, const FactCatalogue& catalogue,
                   std::vector<IndicatorInfo>& out) {
  if (!check.IsObject(p, in, "an indicator")) return;
  IndicatorInfo info;
  info.id = check.String(p, in, "id", true).value_or("");
  check.Keys(p, in, {"id", "title", "source", "definition", "population", "law", "practice"},
             {"id", "title", "definition", "population"});
  info.title = check.String(p, in, "title", true).value_or("");
  info.source = check.String(p, in, "source", false).value_or("");
  info.definition = check.String(p, in, "definition", true).value_or("");
  for (const auto& other : out) {
    if (!info.id.empty() && other.id == info.id) check.Error(p + "/id", About(info.id, "declared twice"));
  }
  if (in.contains("population")) ReadPopulation(check, p + "/population", info.id, in["population"], catalogue, info);
  if (in.contains("law")) info.law = ReadPart(check, p + "/law", info.id, in["law"]);
  if (in.contains("practice")) info.practice = ReadPart(check, p + "/practice", info.id, in["practice"]);
  if (!in.contains("law") && !in.contains("practice")) {
    check.Error(p, About(info.id, "an indicator needs \"law\", \"practice\" or both"));
  }
  out.push_back(std::move(info));
}

void ResolvePart(const PackInfo& info, const std::string& id, const std::string& where, Dimension dimension,
                 IndicatorPart& part, const std::string& pack_file, Diagnostics& diags) {
  part.rules.clear();
  std::set<int> seen;
  for (size_t i = 0; i < part.rule_ids.size(); ++i) {
    const std::string& rule_id = part.rule_ids[i];
    SourceLocation at{pack_file, 0, 0, where + "/rules/" + std::to_string(i), {}};
    int r = info.FindRule(rule_id);
    if (r < 0) {
      diags.Add(at, About(id, "unknown rule \"" + rule_id + "\""), DidYouMean(rule_id, info.RuleIds()));
    } else if (!seen.insert(r).second) {
      diags.Add(at, About(id, "rule \"" + rule_id + "\" is listed twice"));
    } else if (info.rules[static_cast<size_t>(r)].dimension != dimension) {
      const bool law = dimension == Dimension::kDeJure;
      diags.Add(at, About(id, "rule \"" + rule_id + "\" is " + std::string(DimensionName(info.rules[static_cast<size_t>(r)].dimension)) +
                                  ", but is listed under \"" + (law ? "law" : "practice") + "\""),
                std::string("list it under \"") + (law ? "practice" : "law") + "\"");
    } else {
      part.rules.push_back(r);
    }
  }
}

}  // namespace

void ReadIndicators(JsonChecker& check, const nlohmann::json& indicators, const FactCatalogue& catalogue,
                    std::vector<IndicatorInfo>& out) {
  if (!check.IsArray("/indicators", indicators, "\"indicators\"")) return;
  for (size_t i = 0; i < indicators.size(); ++i) {
    ReadIndicator(check, "/indicators/" + std::to_string(i), indicators[i], catalogue, out);
  }
}

void ResolveIndicatorRules(PackInfo& info, const std::string& pack_file, Diagnostics& diags) {
  for (size_t i = 0; i < info.indicators.size(); ++i) {
    IndicatorInfo& ind = info.indicators[i];
    const std::string p = "/indicators/" + std::to_string(i);
    if (ind.law) ResolvePart(info, ind.id, p + "/law", Dimension::kDeJure, *ind.law, pack_file, diags);
    if (ind.practice) ResolvePart(info, ind.id, p + "/practice", Dimension::kDeFacto, *ind.practice, pack_file, diags);
  }
}

}  // namespace workrights
