#include "reports/ranking/ranking_report.h"

#include <cstdio>

#include "reports/format/csv.h"
#include "reports/format/xlsx_workbook.h"
#include "reports/format/html.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/svg_charts.h"
#include "reports/format/markdown_text.h"

namespace workrights {
namespace {

// "2–9": the best and worst rank the unknown facts allow; "—" when not computed.
std::string BoundRanks(const CountryRank& c) {
  if (!c.best_rank || !c.worst_rank) return "—";
  if (*c.best_rank == *c.worst_rank) return std::to_string(*c.best_rank);
  return std::to_string(*c.best_rank) + "–" + std::to_string(*c.worst_rank);
}

std::string Fixed(double x, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {  // NOLINT
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

nlohmann::json RankingToJson(const Ranking& r, const PackInfo& pack, const Dataset& dataset) {
  nlohmann::json out = OutputHeader("ranking", pack, dataset);
  out["scenario"] = r.scenario ? nlohmann::json{{"id", r.scenario->id}, {"title", r.scenario->title},
                                                {"as_of", r.scenario->as_of.ToString()}}
                               : nlohmann::json(nullptr);
  out["as_of"] = (r.scenario ? r.scenario->as_of : r.options.as_of).ToString();
  out["group"] = r.group.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.group);
  out["priority"] = pack.priority.description;
  out["top_k"] = r.options.top;
  out["draws"] = r.options.draws;
  out["seed"] = r.options.seed;
  out["top"] = r.top;
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : r.countries) {
    nlohmann::json terms = nlohmann::json::object();
    for (const auto& [name, value] : c.point.terms) terms[name] = RoundScore(value);
    nlohmann::json j = {
        {"country", c.profile->iso3},
        {"name", c.profile->name},
        {"rank", c.rank ? nlohmann::json(*c.rank) : nlohmann::json(nullptr)},
        {"status", RuleStatusName(c.point.status)},
        {"index", c.point.status == RuleStatus::kOk ? nlohmann::json(RoundScore(c.point.index)) : nlohmann::json(nullptr)},
        {"terms", terms},
        {"notes", c.point.notes},
        {"missing", c.point.missing},
        {"best_rank", c.best_rank ? nlohmann::json(*c.best_rank) : nlohmann::json(nullptr)},
        {"worst_rank", c.worst_rank ? nlohmann::json(*c.worst_rank) : nlohmann::json(nullptr)},
    };
    if (r.options.draws > 0) {
      j["monte_carlo"] = {
          {"ranked_draws", c.ranked_draws},
          {"median_rank", c.ranked_draws ? nlohmann::json(c.median_rank) : nlohmann::json(nullptr)},
          {"rank_p5", c.ranked_draws ? nlohmann::json(c.p5_rank) : nlohmann::json(nullptr)},
          {"rank_p95", c.ranked_draws ? nlohmann::json(c.p95_rank) : nlohmann::json(nullptr)},
          {"p_top_k", RoundScore(c.p_top)},
          {"index_mean", c.index.n ? nlohmann::json(RoundScore(c.index.mean)) : nlohmann::json(nullptr)},
          {"index_se", c.index.n ? nlohmann::json(RoundScore(c.index.se)) : nlohmann::json(nullptr)},
      };
    }
    countries.push_back(j);
  }
  out["countries"] = countries;
  nlohmann::json sens = nlohmann::json::array();
  for (const auto& s : r.sensitivity) {
    sens.push_back({{"domain", s.domain}, {"factor", RoundScore(s.factor)}, {"top", s.top}, {"entered", s.entered}, {"left", s.left}});
  }
  out["sensitivity"] = sens;
  out["evaluations"] = r.evaluations;
  return out;
}

std::string RankingMarkdown(const Ranking& r, const PackInfo& pack) {
  std::string out = "# Priority countries\n\n";
  out += "Scenario: " + (r.scenario ? MarkdownCell(r.scenario->title) + " (`" + r.scenario->id + "`, as of " +
                                          r.scenario->as_of.ToString() + ")"
                                    : "baseline (the facts in force on " + r.options.as_of.ToString() + ")") +
         ". " + (r.group.empty() ? std::string("Each country's primary group") : "Group: " + r.group) +
         ". Pack `" + pack.name + "` " + pack.version + ". Priority index: " + MarkdownCell(pack.priority.description) +
         ".\n\n";
  bool mc = r.options.draws > 0;
  std::vector<std::string> term_names;
  for (const auto& c : r.countries) {
    for (const auto& [name, v] : c.point.terms) {
      if (std::find(term_names.begin(), term_names.end(), name) == term_names.end()) term_names.push_back(name);
    }
  }
  out += "| rank | country | index |";
  for (const auto& t : term_names) out += " " + t + " |";
  out += " possible ranks (data bounds) |";
  if (mc) out += " rank p5–p95 | median rank | P(top " + std::to_string(r.options.top) + ") |";
  out += "\n|---|---|---|";
  for (size_t i = 0; i < term_names.size(); ++i) out += "---|";
  out += "---|";
  if (mc) out += "---|---|---|";
  out += "\n";
  for (const auto& c : r.countries) {
    out += "| " + (c.rank ? std::to_string(*c.rank) : std::string("—")) + " | " + MarkdownCell(c.profile->name) + " (" +
           c.profile->iso3 + ") | ";
    if (c.point.status == RuleStatus::kOk) out += Fixed(c.point.index, 3);
    else if (c.point.status == RuleStatus::kUnknown) out += "unknown (needs " + MarkdownCell(Join(c.point.missing, ", ")) + ")";
    else out += "error";
    out += " |";
    for (const auto& t : term_names) {
      auto it = std::find_if(c.point.terms.begin(), c.point.terms.end(), [&](const auto& p) { return p.first == t; });
      // Appended piece by piece: GCC 12 gives a false -Wrestrict for " " + std::string(...) (GCC bug 105329).
      out += ' ';
      out += it == c.point.terms.end() ? std::string("—") : Fixed(it->second, t == "people" ? 0 : 3);
      out += " |";
    }
    out += ' ';
    out += BoundRanks(c);
    out += " |";
    if (mc) {
      if (c.ranked_draws) {
        out += " " + Fixed(c.p5_rank, 0) + "–" + Fixed(c.p95_rank, 0) + " | " + Fixed(c.median_rank, 1) + " | " +
               Fixed(c.p_top, 2) + " |";
      } else {
        out += " — | — | 0.00 |";
      }
    }
    out += "\n";
  }
  std::string notes;
  for (const auto& c : r.countries) {
    if (!c.point.notes.empty()) notes += "- " + c.profile->iso3 + ": " + MarkdownCell(Join(c.point.notes, "; ")) + "\n";
  }
  if (!notes.empty()) out += "\nNotes (what the index could not count):\n\n" + notes;
  out += "\nSensitivity: the top " + std::to_string(r.options.top) + " when one domain weight moves:\n\n";
  out += "| domain weight | top " + std::to_string(r.options.top) + " | enters | leaves |\n|---|---|---|---|\n";
  for (const auto& s : r.sensitivity) {
    out += "| " + s.domain + " ×" + Fixed(s.factor, 1) + " | " + Join(s.top, ", ") + " | " +
           (s.entered.empty() ? "—" : Join(s.entered, ", ")) + " | " + (s.left.empty() ? "—" : Join(s.left, ", ")) + " |\n";
  }
  return out;
}

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

Table RankingTable(const Ranking& r) {
  std::vector<std::string> terms = TermNames(r);
  Table t;
  t.title = "Ranking";
  t.columns = {{"rank", ColumnKind::kInteger}, {"country"}, {"name"}, {"status"}, {"index", ColumnKind::kScore}};
  for (const auto& name : terms) t.columns.push_back({"term_" + name, ColumnKind::kScore});
  t.columns.push_back({"best_rank", ColumnKind::kInteger});
  t.columns.push_back({"worst_rank", ColumnKind::kInteger});
  t.columns.push_back({"missing"});
  t.columns.push_back({"notes"});
  for (const char* h : {"median_rank", "rank_p5", "rank_p95"}) t.columns.push_back({h, ColumnKind::kScore});
  t.columns.push_back({"p_top_k", ColumnKind::kShare});
  bool mc = r.options.draws > 0;
  for (const auto& c : r.countries) {
    std::vector<Cell> row = {OptionalNumber(c.rank), c.profile->iso3, c.profile->name,
                             std::string(RuleStatusName(c.point.status)),
                             c.point.status == RuleStatus::kOk ? Cell(c.point.index) : Cell()};
    for (const auto& name : terms) {
      auto it = std::find_if(c.point.terms.begin(), c.point.terms.end(), [&](const auto& p) { return p.first == name; });
      row.push_back(it == c.point.terms.end() ? Cell() : Cell(it->second));
    }
    row.push_back(OptionalNumber(c.best_rank));
    row.push_back(OptionalNumber(c.worst_rank));
    row.push_back(Join(c.point.missing, ";"));
    row.push_back(Join(c.point.notes, ";"));
    bool ranked = mc && c.ranked_draws > 0;
    row.push_back(ranked ? Cell(c.median_rank) : Cell());
    row.push_back(ranked ? Cell(c.p5_rank) : Cell());
    row.push_back(ranked ? Cell(c.p95_rank) : Cell());
    row.push_back(mc ? Cell(c.p_top) : Cell());
    t.Add(std::move(row));
  }
  return t;
}

std::string RankingCsv(const Ranking& r) { return TableCsv(RankingTable(r)); }

void WriteRankingWorkbook(const Ranking& r, const std::string& path) {
  Table about{"About", {{"field"}, {"value"}}, {}};
  about.Add({"ranked", r.scenario ? "scenario " + r.scenario->id + " (" + r.scenario->title + ")" : std::string("baseline")});
  const Date as_of = r.scenario ? r.scenario->as_of : r.options.as_of;
  about.Add({"as_of", as_of.ToString()});
  about.Add({"group", r.group.empty() ? std::string("each country's primary group") : r.group});
  about.Add({"draws", static_cast<double>(r.options.draws)});
  about.Add({"top_k", static_cast<double>(r.options.top)});
  WriteWorkbook(path, {RankingTable(r), about}, WorkbookInfo{"Priority countries", as_of});
}

std::string RankingHtml(const Ranking& r, const PackInfo& pack, const Dataset& dataset) {
  bool mc = r.options.draws > 0;
  std::string title = "Priority countries";
  std::string b = "<h1>" + title + "</h1>\n<p class=\"lead\">" +
                  (r.scenario ? "Scenario " + HtmlEscape(r.scenario->title) + " (as of " + r.scenario->as_of.ToString() + ")"
                              : "Baseline: the facts in force on " + r.options.as_of.ToString()) +
                  (r.group.empty() ? std::string(" · each country's primary group") : " · group: " + HtmlEscape(r.group)) +
                  " · index: " + HtmlEscape(pack.priority.description) + "</p>\n";
  if (mc) {
    std::vector<IntervalItem> items;
    double worst = 1;
    for (const auto& c : r.countries) {
      IntervalItem it;
      it.label = c.profile->name;
      if (c.ranked_draws) {
        it.low = c.p5_rank;
        it.mid = c.median_rank;
        it.high = c.p95_rank;
        worst = std::max(worst, c.p95_rank);
      }
      if (c.rank) it.marker = *c.rank;
      items.push_back(it);
    }
    b += "<h2>Rank intervals</h2>\n<p class=\"legend\">Bars: the 5th to 95th percentile of each country's rank over " +
         std::to_string(r.options.draws) + " draws, median as a dark line; red dot: the rank with point values. "
         "Hatched: the index is unknown.</p>\n";
    b += SvgIntervals(items, 1, std::max(worst, 2.0), "rank (1 = highest priority)") + "\n";
  }
  std::vector<std::string> terms = TermNames(r);
  b += "<h2>Ranking</h2>\n<table>\n<tr><th class=\"num\">rank</th><th>country</th><th class=\"num\">index</th>";
  for (const auto& t : terms) b += "<th class=\"num\">" + HtmlEscape(t) + "</th>";
  b += "<th class=\"num\">possible ranks (data bounds)</th>";
  if (mc) b += "<th class=\"num\">rank p5–p95</th><th class=\"num\">P(top " + std::to_string(r.options.top) + ")</th>";
  b += "<th>notes</th></tr>\n";
  for (const auto& c : r.countries) {
    b += "<tr><td class=\"num\">" + (c.rank ? std::to_string(*c.rank) : std::string("—")) + "</td><td>" +
         HtmlEscape(c.profile->name) + "</td><td class=\"num\">";
    if (c.point.status == RuleStatus::kOk) b += Fixed(c.point.index, 3);
    else if (c.point.status == RuleStatus::kUnknown) b += "<span class=\"unknown\">unknown</span>";
    else b += "<span class=\"status-error\">error</span>";
    b += "</td>";
    for (const auto& name : terms) {
      auto it = std::find_if(c.point.terms.begin(), c.point.terms.end(), [&](const auto& p) { return p.first == name; });
      b += "<td class=\"num\">" + (it == c.point.terms.end() ? std::string("—") : Fixed(it->second, name == "people" ? 0 : 3)) + "</td>";
    }
    b += "<td class=\"num\">" + BoundRanks(c) + "</td>";
    if (mc) {
      b += "<td class=\"num\">" + (c.ranked_draws ? Fixed(c.p5_rank, 0) + "–" + Fixed(c.p95_rank, 0) : std::string("—")) +
           "</td><td class=\"num\">" + Fixed(c.p_top, 2) + "</td>";
    }
    std::string notes = Join(c.point.notes, "; ");
    if (!c.point.missing.empty()) notes = "needs " + Join(c.point.missing, ", ") + (notes.empty() ? "" : "; " + notes);
    b += "<td class=\"sources\">" + HtmlEscape(notes) + "</td></tr>\n";
  }
  b += "</table>\n<h2>Sensitivity to domain weights</h2>\n<table>\n<tr><th>domain weight</th><th>top " +
       std::to_string(r.options.top) + "</th><th>enters</th><th>leaves</th></tr>\n";
  for (const auto& s : r.sensitivity) {
    b += "<tr><td>" + HtmlEscape(s.domain) + " ×" + Fixed(s.factor, 1) + "</td><td>" + HtmlEscape(Join(s.top, ", ")) +
         "</td><td>" + HtmlEscape(s.entered.empty() ? "—" : Join(s.entered, ", ")) + "</td><td>" +
         HtmlEscape(s.left.empty() ? "—" : Join(s.left, ", ")) + "</td></tr>\n";
  }
  b += "</table>\n";
  return HtmlPage(title, b, pack, dataset,
                  (r.scenario ? "scenario " + HtmlEscape(r.scenario->id) : std::string("baseline")) +
                      (mc ? " · seed " + std::to_string(r.options.seed) : ""));
}

}  // namespace workrights
