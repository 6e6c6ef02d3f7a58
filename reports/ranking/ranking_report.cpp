#include "reports/ranking/ranking_report.h"

#include <algorithm>

#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/template_render.h"
#include "reports/format/xlsx_workbook.h"
#include "reports/ranking/rank_view.h"

namespace workrights {
namespace {

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

std::string RankingMarkdown(const Ranking& r, const PackInfo& pack, const Dataset& dataset, const TemplateSet& templates) {
  return RenderTemplate(templates, "rank.md.mustache", RankingView(r, pack, dataset.catalogue));
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

std::string RankingHtml(const Ranking& r, const PackInfo& pack, const Dataset& dataset, const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "rank.html.mustache", RankingView(r, pack, dataset.catalogue));
  return HtmlPage("Priority countries", body, pack, dataset,
                  (r.scenario ? "scenario " + HtmlEscape(r.scenario->id) : std::string("baseline")) +
                      (r.options.draws > 0 ? " · seed " + std::to_string(r.options.seed) : ""),
                  templates);
}

}  // namespace workrights
