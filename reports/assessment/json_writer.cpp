#include "reports/assessment/json_writer.h"

#include "core/monitor/group_gaps.h"
#include "reports/monitoring/diff_report.h"

#include <cmath>
#include <set>

#include "core/base/version.h"
#include "reports/format/evidence_sources.h"
#include "reports/format/score_format.h"

namespace workrights {

double RoundScore(double x) { return std::round(x * 1e6) / 1e6; }

nlohmann::json CountryScoresJson(const CountryAssessment& c) {
  return {{"overall", ScoreJson(c.overall)},
          {"de_jure", ScoreJson(c.de_jure)},
          {"de_facto", ScoreJson(c.de_facto)},
          {"gap", ScoreJson(c.gap)},
          {"coverage", RoundScore(c.coverage)}};
}

nlohmann::json OutputHeader(std::string_view kind, const PackInfo& pack, const Dataset& dataset) {
  nlohmann::json domains = nlohmann::json::array();
  for (const auto& d : pack.domains) domains.push_back({{"id", d.id}, {"title", d.title}, {"weight", d.weight}});
  return {
      {"schema_version", kSchemaVersion},
      {"kind", kind},
      {"engine_version", kEngineVersion},
      {"pack",
       {{"name", pack.name},
        {"version", pack.version},
        {"hash", pack.hash},
        {"aggregation", AggregationName(pack.aggregation)},
        {"domains", domains}}},
      {"dataset",
       {{"hash", dataset.hash},
        {"catalogue_version", dataset.catalogue.version()},
        {"countries", dataset.countries.size()}}},
  };
}

static nlohmann::json EvidenceJson(const FactRead& read, const FactCatalogue& cat) {
  nlohmann::json e = {
      {"fact", cat.Get(read.fact).path},
      {"group", cat.GroupName(read.group)},
      {"known", read.entry != nullptr},
      {"default_used", read.used_default},
      {"presence_only", read.presence_only},
  };
  if (read.entry) {
    e["value"] = FactValueToJson(read.entry->value);
    e["sources"] = read.entry->sources;
    if (!read.entry->quote.empty()) e["quote"] = read.entry->quote;
    if (!read.entry->locator.empty()) e["locator"] = read.entry->locator;
    if (read.entry->inferred) e["inferred"] = true;
    if (read.entry->valid_from) e["valid_from"] = read.entry->valid_from->ToString();
    if (read.entry->year) e["year"] = *read.entry->year;
  } else {
    e["value"] = nullptr;
    e["sources"] = nlohmann::json::array();
  }
  return e;
}

nlohmann::json SourceJson(const Source& s) {
  nlohmann::json j = {{"id", s.id}, {"title", s.title}, {"publisher", s.publisher}, {"url", s.url}};
  if (s.date) j["date"] = s.date->ToString();
  if (s.accessed) j["accessed"] = s.accessed->ToString();
  if (!s.copy_url.empty()) j["copy_url"] = s.copy_url;
  if (!s.copy_note.empty()) j["copy_note"] = s.copy_note;
  return j;
}

// Entries about women, men or an age band of the assessed group, in force at the assessment's date.
static nlohmann::json BreakdownsJson(const CountryAssessment& c, const FactCatalogue& cat) {
  nlohmann::json out = nlohmann::json::array();
  for (const FactBreakdown* b : c.profile->BreakdownsInForce(c.view.group, c.view.as_of)) {
    const FactEntry& e = b->entry;
    nlohmann::json j = {{"fact", cat.Get(b->fact).path}, {"value", FactValueToJson(e.value)}, {"sources", e.sources}};
    if (e.part.sex != Sex::kAny) j["sex"] = SexName(e.part.sex);
    if (e.part.age) j["age"] = e.part.age->ToString();
    if (!e.quote.empty()) j["quote"] = e.quote;
    if (e.inferred) j["inferred"] = true;
    if (e.valid_from) j["valid_from"] = e.valid_from->ToString();
    if (e.year) j["year"] = *e.year;
    out.push_back(std::move(j));
  }
  return out;
}

static nlohmann::json CountryJson(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat) {
  const CountryProfile& p = *c.profile;
  nlohmann::json rules = nlohmann::json::array();
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleInfo& info = pack.rules[r];
    const RuleResult& res = c.results[r];
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& read : res.reads) evidence.push_back(EvidenceJson(read, cat));
    nlohmann::json missing = nlohmann::json::array();
    for (FactId f : res.missing) missing.push_back(cat.Get(f).path);
    rules.push_back({
        {"id", info.id},
        {"title", info.title},
        {"domain", pack.domains[static_cast<size_t>(info.domain)].id},
        {"dimension", DimensionName(info.dimension)},
        {"weight", info.weight},
        {"instruments", info.instruments},
        {"status", RuleStatusName(res.status)},
        {"score", res.status == RuleStatus::kOk ? nlohmann::json(RoundScore(res.score)) : nlohmann::json(nullptr)},
        {"lower", RoundScore(res.lower)},
        {"upper", RoundScore(res.upper)},
        {"bound_note", res.bound_note.empty() ? nlohmann::json(nullptr) : nlohmann::json(res.bound_note)},
        {"explanation", res.status == RuleStatus::kOk ? nlohmann::json(res.explanation) : nlohmann::json(nullptr)},
        {"error", res.status == RuleStatus::kError ? nlohmann::json(res.error) : nlohmann::json(nullptr)},
        {"evidence", evidence},
        {"missing", missing},
    });
  }
  nlohmann::json domains = nlohmann::json::array();
  for (const auto& d : c.domains) {
    domains.push_back({{"domain", d.id},
                       {"weight", d.weight},
                       {"law_share", d.law_share},
                       {"score", ScoreJson(d.score)},
                       {"de_jure", ScoreJson(d.de_jure)},
                       {"de_facto", ScoreJson(d.de_facto)},
                       {"gap", ScoreJson(d.gap)},
                       {"coverage", RoundScore(d.coverage)}});
  }
  nlohmann::json missing_facts = nlohmann::json::array();
  for (const auto& m : c.missing_facts) {
    nlohmann::json blocked = nlohmann::json::array();
    for (int r : m.rules) blocked.push_back(pack.rules[static_cast<size_t>(r)].id);
    missing_facts.push_back(
        {{"fact", cat.Get(m.fact).path},
         {"group", cat.GroupName(m.group)},
         {"width_removed", RoundScore(m.width_removed)},
         {"coverage_gain", RoundScore(m.coverage_gain)},
         {"rules", blocked}});
  }
  nlohmann::json breakdowns = BreakdownsJson(c, cat);
  const std::set<std::string> cited = CitedSourceIds(c);
  nlohmann::json sources = nlohmann::json::array();
  for (const auto& s : p.sources) {
    if (!cited.count(s.id)) continue;
    sources.push_back(SourceJson(s));
  }
  nlohmann::json out = {
      {"country", p.iso3},
      {"name", p.name},
      {"group", cat.GroupName(c.view.group)},
      {"profile_as_of", p.as_of.ToString()},
      {"scores", CountryScoresJson(c)},
      {"counts", {{"ok", c.rules_ok}, {"unknown", c.rules_unknown}, {"error", c.rules_error}}},
      {"domains", domains},
      {"rules", rules},
      {"missing_facts", missing_facts},
      {"sources", sources},
  };
  // Only where the data break a fact down, so other countries' records keep their shape.
  if (!breakdowns.empty()) out["breakdowns"] = std::move(breakdowns);
  return out;
}

nlohmann::json AssessmentToJson(const Assessment& a) {
  nlohmann::json out = OutputHeader("assessment", *a.pack, *a.dataset);
  out["as_of"] = a.as_of ? nlohmann::json(a.as_of->ToString()) : nlohmann::json(nullptr);
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : a.countries) countries.push_back(CountryJson(c, *a.pack, a.dataset->catalogue));
  out["countries"] = countries;
  // Only with several groups per country (assess --group all), so single-group outputs keep their shape.
  std::vector<GroupGap> gaps = GroupGaps(a);
  if (!gaps.empty()) {
    nlohmann::json group_gaps = nlohmann::json::array();
    for (const auto& g : gaps) {
      nlohmann::json j = CountryDiffJson(g.diff);
      j["against"] = g.against;
      group_gaps.push_back(j);
    }
    out["group_gaps"] = group_gaps;
  }
  out["summary"] = {{"countries", a.countries.size()}, {"rules", a.pack->rules.size()}, {"errors", a.TotalErrors()}};
  return out;
}

std::string JsonText(const nlohmann::json& j) {
  // Rules may return any bytes in explanations: replace invalid UTF-8 rather than fail the whole output.
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace workrights
