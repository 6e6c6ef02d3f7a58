#include "reports/sensitivity/sensitivity_report.h"

#include <cmath>
#include <optional>

#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/sensitivity/sensitivity_tables.h"

namespace workrights {
namespace {

std::string Title(const SobolSensitivity& s) {
  std::string title = s.scenario
                          ? "scenario " + s.scenario->title + " (`" + s.scenario->id + "`, as of " + s.as_of.ToString() + ")"
                          : "baseline (the facts in force on " + s.as_of.ToString() + ")";
  return s.group.empty() ? title : title + " for the group " + s.group;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
  return out;
}

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

// The top-K table lists one country's unknown facts only from this total effect on (the rest in one line).
constexpr double kShownUnknowns = 0.01;

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

std::string LeftOutUnknowns(size_t left_out) {
  return "what is unknown about " + std::to_string(left_out) + (left_out == 1 ? " other country" : " other countries");
}

// "PAK 0.12": the other country whose unknown facts move `c`'s rank most; "—" when none is an input.
std::string LargestOtherUnknowns(const SobolSensitivity& s, const CountrySensitivity& c) {
  std::optional<size_t> best;
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    if (!OneCountrysUnknowns(s, s.inputs[i]) || s.inputs[i].countries[0] == c.profile->iso3) continue;
    if (!best || c.rank.groups[i].total.value > c.rank.groups[*best].total.value) best = i;
  }
  if (!best) return "—";
  return s.inputs[*best].countries[0] + " " + Two(c.rank.groups[*best].total.value);
}

// A country's row: its point rank, share of runs in the top K, and each input's total effect on its rank; with
// one input per country's unknown facts, only its own and the largest of the others'.
std::vector<std::string> CountryCells(const SobolSensitivity& s, const CountrySensitivity& c) {
  std::vector<std::string> cells = {c.point_rank ? std::to_string(*c.point_rank) : "—",
                                    c.profile->name + " (" + c.profile->iso3 + ")", Percent(c.top.mean)};
  const bool varies = c.rank.known && c.rank.variance > 0;
  cells.push_back(!c.rank.known ? "unknown" : varies ? "varies" : "fixed");
  std::string own = "—";
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    if (!OneCountrysUnknowns(s, s.inputs[i])) {
      cells.push_back(varies ? Two(c.rank.groups[i].total.value) : "—");
    } else if (varies && s.inputs[i].countries[0] == c.profile->iso3) {
      own = Two(c.rank.groups[i].total.value);
    }
  }
  if (AnyOneCountrysUnknowns(s)) {
    cells.push_back(own);
    cells.push_back(varies ? LargestOtherUnknowns(s, c) : "—");
  }
  return cells;
}

std::vector<std::string> CountryHeader(const SobolSensitivity& s) {
  std::vector<std::string> h = {"rank", "country", "in top " + std::to_string(s.top), "rank across runs"};
  for (const auto& in : s.inputs) {
    if (!OneCountrysUnknowns(s, in)) h.push_back(in.id);
  }
  if (AnyOneCountrysUnknowns(s)) {
    h.push_back("its unknowns");
    h.push_back("others' unknowns (largest)");
  }
  return h;
}

void CsvTarget(CsvTable& t, const std::string& target, const std::string& iso3, const TargetIndices& ti,
               const std::vector<SensitivityInput>& inputs) {
  for (size_t i = 0; i < inputs.size(); ++i) {
    const GroupIndices& g = ti.groups[i];
    t.Row({target, iso3, inputs[i].id, CsvNumber(g.first.value), CsvNumber(g.first.low), CsvNumber(g.first.high),
           CsvNumber(g.total.value), CsvNumber(g.total.low), CsvNumber(g.total.high),
           ti.known ? CsvNumber(ti.mean) : "", ti.known ? CsvNumber(ti.variance) : ""});
  }
}

}  // namespace

nlohmann::json SensitivityToJson(const SobolSensitivity& s, const PackInfo& pack, const Dataset& dataset) {
  nlohmann::json out = OutputHeader("sensitivity", pack, dataset);
  out["scenario"] = s.scenario ? nlohmann::json{{"id", s.scenario->id}, {"title", s.scenario->title},
                                                {"as_of", s.scenario->as_of.ToString()}}
                               : nlohmann::json(nullptr);
  out["as_of"] = s.as_of.ToString();
  out["group"] = s.group.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.group);
  out["method"] = {{"description", std::string(kSobolMethod)}, {"samples", s.options.samples}, {"runs", s.runs},
                   {"bootstrap", s.options.bootstrap}, {"confidence", s.options.confidence},
                   {"seed", s.options.seed}, {"unknowns", UnknownsModeName(s.options.unknowns)}};
  out["top_k"] = s.top;
  out["top"] = s.point_top;
  out["inputs"] = InputsJson(s.inputs);
  out["top_set"] = TargetJson(s.top_set, s.inputs);
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : s.countries) {
    countries.push_back({{"country", c.profile->iso3}, {"name", c.profile->name},
                         {"rank", c.point_rank ? nlohmann::json(*c.point_rank) : nlohmann::json(nullptr)},
                         {"rank_indices", TargetJson(c.rank, s.inputs)},
                         {"overall_indices", TargetJson(c.overall, s.inputs)},
                         {"top_indices", TargetJson(c.top, s.inputs)}});
  }
  out["countries"] = countries;
  out["reading"] = s.reading;
  out["evaluations"] = {{"runs", s.runs}, {"rule_evaluations", s.rule_evaluations},
                        {"priority_evaluations", s.priority_evaluations}, {"reused", s.reused}};
  return out;
}

std::string SensitivityCsv(const SobolSensitivity& s) {
  CsvTable t({"target", "country", "input", "first_order", "first_order_low", "first_order_high", "total",
              "total_low", "total_high", "mean", "variance"});
  CsvTarget(t, "top_set", "", s.top_set, s.inputs);
  for (const auto& c : s.countries) {
    CsvTarget(t, "rank", c.profile->iso3, c.rank, s.inputs);
    CsvTarget(t, "overall", c.profile->iso3, c.overall, s.inputs);
    CsvTarget(t, "top", c.profile->iso3, c.top, s.inputs);
  }
  return t.text();
}

std::string SensitivityMarkdown(const SobolSensitivity& s, const PackInfo& pack) {
  std::string out = "# Which assumptions drive the priority list\n\n";
  out += "Ranking of the " + MarkdownCell(Title(s)) + ", pack `" + pack.name + "` " + pack.version + "; top " +
         std::to_string(s.top) + ": " + Join(s.point_top) + ". " + std::to_string(s.options.samples) +
         " base samples, " + std::to_string(s.runs) + " runs, seed " + std::to_string(s.options.seed) + ".\n\n";
  out += MarkdownCell(s.reading) + "\n\n";
  out += "Who is in the top " + std::to_string(s.top) + " (first-order and total-effect indices, " +
         Fixed(s.options.confidence * 100, 0) + "% bootstrap intervals):\n\n";
  out += "| input | range | first order | total effect |\n|---|---|---|---|\n";
  size_t left_out = 0;
  for (size_t i : ShownInputs(s, left_out)) {
    const SensitivityInput& in = s.inputs[i];
    out += MarkdownRow({in.label, RangeText(in), IndexText(s.top_set.groups[i].first), IndexText(s.top_set.groups[i].total)});
  }
  if (left_out > 0) out += MarkdownRow({LeftOutUnknowns(left_out), "its interval", "—", "each below " + Two(kShownUnknowns)});
  out += "\nEach country's rank: the total effect of each input (columns as in the JSON's `inputs`";
  out += AnyOneCountrysUnknowns(s)
             ? "; of the countries' unknown facts, its own and the other country's that moves it most):\n\n"
             : "):\n\n";
  const std::vector<std::string> header = CountryHeader(s);
  out += MarkdownRow(header) + "|";
  for (size_t i = 0; i < header.size(); ++i) out += "---|";
  out += "\n";
  for (const auto& c : s.countries) out += MarkdownRow(CountryCells(s, c));
  return out;
}

std::string SensitivityHtml(const SobolSensitivity& s, const PackInfo& pack, const Dataset& dataset) {
  std::string b = "<h1>Which assumptions drive the priority list</h1>\n<p class=\"lead\">Ranking of the " +
                  HtmlEscape(Title(s)) + " · top " + std::to_string(s.top) + ": " + HtmlEscape(Join(s.point_top)) +
                  " · " + std::to_string(s.options.samples) + " base samples, " + std::to_string(s.runs) +
                  " runs</p>\n<p>" + HtmlEscape(s.reading) + "</p>\n";
  std::vector<BarItem> bars;
  size_t left_out = 0;
  const std::vector<size_t> shown = ShownInputs(s, left_out);
  for (size_t i : shown) {
    const double total = s.top_set.groups[i].total.value;
    bars.push_back({s.inputs[i].label, std::isnan(total) ? std::nullopt : std::optional<double>(total)});
  }
  b += "<h2>Who is in the top " + std::to_string(s.top) + ": total effect of each input</h2>\n<p class=\"legend\">" +
       "The share of the variance of who is in the top " + std::to_string(s.top) +
       " that each input explains, alone and with others. Hatched: the top K does not vary.</p>\n" +
       SvgBars(bars, "Total effect of each input on who is in the top " + std::to_string(s.top), "sensitivity-top", 640) + "\n";
  b += "<table>\n" + HtmlRow({"input", "first order", "total effect"}, "th");
  for (size_t i : shown) {
    b += HtmlRow({s.inputs[i].label, IndexText(s.top_set.groups[i].first), IndexText(s.top_set.groups[i].total)}, "td");
  }
  if (left_out > 0) b += HtmlRow({LeftOutUnknowns(left_out), "—", "each below " + Two(kShownUnknowns)}, "td");
  b += "</table>\n<h2>Each country's rank: total effect of each input</h2>\n<table>\n" + HtmlRow(CountryHeader(s), "th");
  for (const auto& c : s.countries) b += HtmlRow(CountryCells(s, c), "td");
  b += "</table>\n<p class=\"legend\">" + HtmlEscape(std::string(kSobolMethod)) + ".</p>\n";
  return HtmlPage("Sensitivity of the priority list", b, pack, dataset,
                  "seed " + std::to_string(s.options.seed) + " · " + std::to_string(s.options.samples) + " samples");
}

}  // namespace workrights
