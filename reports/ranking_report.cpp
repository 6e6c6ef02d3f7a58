#include "reports/ranking_report.h"

#include <cstdio>

#include "reports/json_writer.h"
#include "reports/markdown_text.h"

namespace workrights {
namespace {

std::string Fixed(double x, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
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
                                    : std::string("baseline (the latest facts)")) +
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
  if (mc) out += " rank p5–p95 | median rank | P(top " + std::to_string(r.options.top) + ") |";
  out += "\n|---|---|---|";
  for (size_t i = 0; i < term_names.size(); ++i) out += "---|";
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
      out += " " + (it == c.point.terms.end() ? std::string("—") : Fixed(it->second, t == "people" ? 0 : 3)) + " |";
    }
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

}  // namespace workrights
