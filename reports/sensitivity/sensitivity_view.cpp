#include "reports/sensitivity/sensitivity_view.h"

#include <cmath>
#include <optional>

#include "reports/format/joined.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/template_render.h"
#include "reports/format/words.h"
#include "reports/sensitivity/sensitivity_tables.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

// A figure the analysis does not give.
constexpr std::string_view kNone = "—";

// The top-K table lists one country's unknown facts only from this total effect on (the rest in one line).
constexpr double kShownUnknowns = 0.01;

// One input per country with a score interval (--unknowns per-country): tables show them compactly, the JSON
// and CSV in full.
bool OneCountrysUnknowns(const SobolSensitivity& s, const SensitivityInput& in) {
  return in.kind == SensitivityInputKind::kUnknownFacts && s.options.unknowns == UnknownsMode::kPerCountry;
}

bool AnyOneCountrysUnknowns(const SobolSensitivity& s) {
  for (const auto& in : s.inputs) {
    if (OneCountrysUnknowns(s, in)) return true;
  }
  return false;
}

// The inputs the top-K table and chart show, and how many countries' unknown facts they leave out.
std::vector<size_t> ShownInputs(const SobolSensitivity& s, size_t& left_out) {
  std::vector<size_t> shown;
  left_out = 0;
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    const double total = s.top_set.groups[i].total.value;
    if (OneCountrysUnknowns(s, s.inputs[i]) && !(total >= kShownUnknowns)) ++left_out;
    else shown.push_back(i);
  }
  return shown;
}

// "what is unknown about 3 other countries", or false when every country's unknowns are shown.
Json LeftOutUnknowns(size_t left_out) {
  if (left_out == 0) return false;
  return "what is unknown about " + std::to_string(left_out) + (left_out == 1 ? " other country" : " other countries");
}

// "PAK 0.12": the other country whose unknown facts move `c`'s rank most; "—" when none is an input.
std::string LargestOtherUnknowns(const SobolSensitivity& s, const CountrySensitivity& c) {
  std::optional<size_t> best;
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    if (!OneCountrysUnknowns(s, s.inputs[i]) || s.inputs[i].countries[0] == c.profile->iso3) continue;
    if (!best || c.rank.groups[i].total.value > c.rank.groups[*best].total.value) best = i;
  }
  if (!best) return std::string(kNone);
  return s.inputs[*best].countries[0] + " " + Two(c.rank.groups[*best].total.value);
}

// A country's row: its point rank, share of runs in the top K, and each input's total effect on its rank; with
// one input per country's unknown facts, only its own and the largest of the others'.
Json CountryView(const SobolSensitivity& s, const CountrySensitivity& c) {
  const bool varies = c.rank.known && c.rank.variance > 0;
  Json effects = Json::array();
  std::string own(kNone);
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    const std::string total = varies ? Two(c.rank.groups[i].total.value) : std::string(kNone);
    if (!OneCountrysUnknowns(s, s.inputs[i])) effects.push_back({{"value", total}});
    else if (s.inputs[i].countries[0] == c.profile->iso3) own = total;
  }
  return {{"rank", c.point_rank ? std::to_string(*c.point_rank) : std::string(kNone)},
          {"name", c.profile->name},
          {"iso3", c.profile->iso3},
          {"in_top", Percent(c.top.mean)},
          {"across_runs", !c.rank.known ? "unknown" : varies ? "varies" : "fixed"},
          {"effects", effects},
          {"own_unknowns", own},
          {"others_unknowns", varies ? LargestOtherUnknowns(s, c) : std::string(kNone)}};
}

Json InputView(const SobolSensitivity& s, size_t i) {
  const GroupIndices& g = s.top_set.groups[i];
  return {{"label", s.inputs[i].label}, {"range", RangeText(s.inputs[i])}, {"first", IndexText(g.first)},
          {"total", IndexText(g.total)}};
}

// The total effect of each shown input on who is in the top K.
std::string TopSetChart(const SobolSensitivity& s, const std::vector<size_t>& shown) {
  std::vector<BarItem> bars;
  for (size_t i : shown) {
    const double total = s.top_set.groups[i].total.value;
    bars.push_back({s.inputs[i].label, std::isnan(total) ? std::nullopt : std::optional<double>(total)});
  }
  return SvgBars(bars, "Total effect of each input on who is in the top " + std::to_string(s.top), "sensitivity-top", 640);
}

}  // namespace

Json SensitivityView(const SobolSensitivity& s, const PackInfo& pack) {
  size_t left_out = 0;
  const std::vector<size_t> shown = ShownInputs(s, left_out);
  Json inputs = Json::array(), columns = Json::array(), countries = Json::array();
  for (size_t i : shown) inputs.push_back(InputView(s, i));
  for (const auto& in : s.inputs) {
    if (!OneCountrysUnknowns(s, in)) columns.push_back({{"id", in.id}});
  }
  for (const auto& c : s.countries) countries.push_back(CountryView(s, c));
  return {{"pack", {{"name", pack.name}, {"version", pack.version}}},
          {"scenario", s.scenario ? Json(s.scenario->title) : Json(false)},
          {"scenario_id", s.scenario ? Json(s.scenario->id) : Json(false)},
          {"as_of", s.as_of.ToString()},
          {"group", Optional(GroupWords(s.group))},
          {"top_k", std::to_string(s.top)},
          {"top", Joined(s.point_top, ", ")},
          {"samples", std::to_string(s.options.samples)},
          {"runs", std::to_string(s.runs)},
          {"seed", std::to_string(s.options.seed)},
          {"confidence", Fixed(s.options.confidence * 100, 0)},
          {"reading", s.reading},
          {"method", std::string(kSobolMethod)},
          {"chart", Fragment(TopSetChart(s, shown))},
          {"inputs", inputs},
          {"left_out", LeftOutUnknowns(left_out)},
          {"shown_from", Two(kShownUnknowns)},
          {"per_country_unknowns", AnyOneCountrysUnknowns(s)},
          {"columns", columns},
          {"countries", countries}};
}

}  // namespace workrights
