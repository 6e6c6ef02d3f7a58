#include "reports/ranking/rank_view.h"

#include <algorithm>

#include "reports/format/joined.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/template_render.h"
#include "reports/format/words.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

// A figure the data do not give.
constexpr std::string_view kNone = "—";

// "2–9": the best and worst rank the unknown facts allow; "—" when not computed.
std::string BoundRanks(const CountryRank& c) {
  if (!c.best_rank || !c.worst_rank) return std::string(kNone);
  if (*c.best_rank == *c.worst_rank) return std::to_string(*c.best_rank);
  return std::to_string(*c.best_rank) + "–" + std::to_string(*c.worst_rank);
}

// One value per term column, "—" where the country's index has no such term; people are counted, not scored.
Json TermValues(const CountryRank& c, const std::vector<std::string>& terms) {
  Json values = Json::array();
  for (const auto& name : terms) {
    auto it = std::find_if(c.point.terms.begin(), c.point.terms.end(), [&](const auto& p) { return p.first == name; });
    values.push_back({{"value", it == c.point.terms.end() ? std::string(kNone) : Fixed(it->second, name == "people" ? 0 : 3)}});
  }
  return values;
}

// What an unknown index needs, in words: a fact by its label, "score:overall" as "the overall score".
std::string NeedsWords(const std::vector<std::string>& missing, const FactCatalogue& cat) {
  constexpr std::string_view kScore = "score:";
  std::vector<std::string> words;
  for (const auto& m : missing) {
    if (const FactSpec* spec = cat.Find(m)) {
      words.push_back(spec->label);
    } else if (m.starts_with(kScore)) {
      words.push_back("the " + GroupWords(m.substr(kScore.size())) + " score");
    } else {
      words.push_back(m);
    }
  }
  return Joined(words, ", ");
}

Json CountryView(const CountryRank& c, const std::vector<std::string>& terms, const FactCatalogue& cat) {
  const bool ok = c.point.status == RuleStatus::kOk, ranked = c.ranked_draws > 0;
  return {{"rank", c.rank ? std::to_string(*c.rank) : std::string(kNone)},
          {"name", c.profile->name},
          {"iso3", c.profile->iso3},
          {"index", ok ? Json(Fixed(c.point.index, 3)) : Json(false)},
          {"unknown", c.point.status == RuleStatus::kUnknown},
          {"error", c.point.status == RuleStatus::kError},
          {"needs", Optional(NeedsWords(c.point.missing, cat))},
          {"term_values", TermValues(c, terms)},
          {"bounds", BoundRanks(c)},
          {"rank_range", ranked ? Fixed(c.p5_rank, 0) + "–" + Fixed(c.p95_rank, 0) : std::string(kNone)},
          {"median_rank", ranked ? Fixed(c.median_rank, 1) : std::string(kNone)},
          {"p_top", Fixed(c.p_top, 2)},
          {"notes", Optional(Joined(c.point.notes, "; "))}};
}

Json SensitivityView(const SensitivityCase& s) {
  auto or_none = [](const std::vector<std::string>& codes) { return codes.empty() ? std::string(kNone) : Joined(codes, ", "); };
  return {{"domain", s.domain}, {"factor", Fixed(s.factor, 1)}, {"top", Joined(s.top, ", ")},
          {"enters", or_none(s.entered)}, {"leaves", or_none(s.left)}};
}

// The 5th to 95th percentile of each country's rank over the draws, with the point rank marked; false without draws.
Json RankIntervalsChart(const Ranking& r) {
  if (r.options.draws <= 0) return false;
  std::vector<IntervalItem> items;
  double worst = 1;
  for (const auto& c : r.countries) {
    IntervalItem item;
    item.label = c.profile->name;
    if (c.ranked_draws) {
      item.low = c.p5_rank;
      item.mid = c.median_rank;
      item.high = c.p95_rank;
      worst = std::max(worst, c.p95_rank);
    }
    if (c.rank) item.marker = *c.rank;
    items.push_back(item);
  }
  return SvgIntervals(items, 1, std::max(worst, 2.0), "rank (1 = highest priority)");
}

}  // namespace

std::vector<std::string> TermNames(const Ranking& r) {
  std::vector<std::string> names;
  for (const auto& c : r.countries) {
    for (const auto& [name, v] : c.point.terms) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

Json RankingView(const Ranking& r, const PackInfo& pack, const FactCatalogue& catalogue) {
  const std::vector<std::string> terms = TermNames(r);
  Json term_view = Json::array(), countries = Json::array(), sensitivity = Json::array();
  for (const auto& name : terms) term_view.push_back({{"name", name}});
  bool has_notes = false;
  for (const auto& c : r.countries) {
    countries.push_back(CountryView(c, terms, catalogue));
    has_notes = has_notes || !c.point.notes.empty();
  }
  for (const auto& s : r.sensitivity) sensitivity.push_back(SensitivityView(s));
  return {{"pack", {{"name", pack.name}, {"version", pack.version}}},
          {"scenario", r.scenario ? Json(r.scenario->title) : Json(false)},
          {"scenario_id", r.scenario ? Json(r.scenario->id) : Json(false)},
          {"as_of", (r.scenario ? r.scenario->as_of : r.options.as_of).ToString()},
          {"group", Optional(GroupWords(r.group))},
          {"priority", pack.priority.description},
          {"top_k", std::to_string(r.options.top)},
          {"draws", std::to_string(r.options.draws)},
          {"monte_carlo", r.options.draws > 0},
          {"rank_chart", RankIntervalsChart(r)},
          {"terms", term_view},
          {"countries", countries},
          {"has_notes", has_notes},
          {"sensitivity", sensitivity}};
}

}  // namespace workrights
