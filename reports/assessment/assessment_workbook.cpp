#include "reports/assessment/assessment_workbook.h"

#include "reports/format/joined.h"
#include "reports/format/evidence_sources.h"

#include <map>
#include <set>

#include "core/base/version.h"
#include "reports/assessment/headline_table.h"
#include "reports/format/xlsx_workbook.h"

namespace workrights {
namespace {

/// The first columns of every per-country sheet.
std::vector<Cell> CountryCells(const CountryAssessment& c, const FactCatalogue& cat) {
  return {c.profile->iso3, c.profile->name, cat.GroupName(c.view.group)};
}

Table RulesTable(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  Table t{"Rules",
          {{"country"}, {"name"}, {"group"}, {"rule"}, {"title"}, {"domain"}, {"dimension"},
           {"weight", ColumnKind::kScore}, {"status"}, {"score", ColumnKind::kScore}, {"lower", ColumnKind::kScore},
           {"upper", ColumnKind::kScore}, {"explanation"}, {"error"}, {"missing"}, {"instruments"}},
          {}};
  for (const auto& c : a.countries) {
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleInfo& rule = pack.rules[r];
      const RuleResult& res = c.results[r];
      std::vector<std::string> missing;
      for (FactId f : res.missing) missing.push_back(cat.Get(f).path);
      std::vector<Cell> row = CountryCells(c, cat);
      for (Cell cell : std::vector<Cell>{
               rule.id, rule.title, pack.domains[static_cast<size_t>(rule.domain)].id, std::string(DimensionName(rule.dimension)),
               rule.weight, std::string(RuleStatusName(res.status)),
               res.status == RuleStatus::kOk ? Cell(res.score) : Cell(), res.lower, res.upper,
               res.status == RuleStatus::kOk ? res.explanation : "", res.status == RuleStatus::kError ? res.error : "",
               Joined(missing, "; "), Joined(rule.instruments, "; ")}) {
        row.push_back(std::move(cell));
      }
      t.Add(std::move(row));
    }
  }
  return t;
}

/// Each known fact a country's rules read, once, with the rules that read it.
Table FactsTable(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  Table t{"Facts",
          {{"country"}, {"name"}, {"group"}, {"fact"}, {"value"}, {"valid_from"}, {"inferred"}, {"quote"},
           {"locator"}, {"sources"}, {"read_by"}},
          {}};
  for (const auto& c : a.countries) {
    std::vector<const FactEntry*> order;
    std::map<const FactEntry*, std::pair<FactId, std::vector<std::string>>> read_by;
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      for (const auto& read : c.results[r].reads) {
        if (!read.entry) continue;
        auto [it, added] = read_by.try_emplace(read.entry, read.fact, std::vector<std::string>{});
        if (added) order.push_back(read.entry);
        auto& rules = it->second.second;
        if (rules.empty() || rules.back() != pack.rules[r].id) rules.push_back(pack.rules[r].id);
      }
    }
    for (const FactEntry* e : order) {
      const auto& [fact, rules] = read_by.at(e);
      std::vector<Cell> row = CountryCells(c, cat);
      for (Cell cell : std::vector<Cell>{cat.Get(fact).path, FactValueToText(e->value),
                                         e->valid_from ? e->valid_from->ToString() : "", e->inferred ? "yes" : "",
                                         e->quote, e->locator, Joined(e->sources, "; "), Joined(rules, "; ")}) {
        row.push_back(std::move(cell));
      }
      t.Add(std::move(row));
    }
  }
  return t;
}

/// Entries about women, men or an age band of the assessed group, in force at the assessment's date: shown beside
/// the scores, never scored.
Table BreakdownsTable(const Assessment& a) {
  const FactCatalogue& cat = a.dataset->catalogue;
  Table t{"By sex and age",
          {{"country"}, {"name"}, {"group"}, {"fact"}, {"sex"}, {"age"}, {"value"}, {"valid_from"}, {"inferred"},
           {"quote"}, {"sources"}},
          {}};
  for (const auto& c : a.countries) {
    for (const FactBreakdown* b : c.profile->BreakdownsInForce(c.view.group, c.view.as_of)) {
      const FactEntry& e = b->entry;
      std::vector<Cell> row = CountryCells(c, cat);
      for (Cell cell : std::vector<Cell>{cat.Get(b->fact).path, std::string(SexName(e.part.sex)),
                                         e.part.age ? e.part.age->ToString() : "", FactValueToText(e.value),
                                         e.valid_from ? e.valid_from->ToString() : "", e.inferred ? "yes" : "",
                                         e.quote, Joined(e.sources, "; ")}) {
        row.push_back(std::move(cell));
      }
      t.Add(std::move(row));
    }
  }
  return t;
}

/// The sources the rules' facts (and the entries by sex and age) cite, once per country, as the JSON lists them.
Table SourcesTable(const Assessment& a) {
  Table t{"Sources",
          {{"country"}, {"name"}, {"id"}, {"title"}, {"publisher"}, {"date"}, {"url", ColumnKind::kUrl},
           {"copy_url", ColumnKind::kUrl}, {"copy_note"}},
          {}};
  std::set<std::pair<std::string, std::string>> listed;
  for (const auto& c : a.countries) {
    const std::set<std::string> cited = CitedSourceIds(c);
    for (const auto& s : c.profile->sources) {
      if (!cited.count(s.id) || !listed.insert({c.profile->iso3, s.id}).second) continue;
      t.Add({c.profile->iso3, c.profile->name, s.id, s.title, s.publisher, SourceDateText(s), s.url, s.copy_url, s.copy_note});
    }
  }
  return t;
}

Table MissingTable(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  Table t{"Missing data",
          {{"country"}, {"name"}, {"group"}, {"fact"}, {"fact_group"}, {"meaning"},
           {"interval_narrowed_by", ColumnKind::kScore}, {"coverage_gain", ColumnKind::kShare}, {"rules"}},
          {}};
  for (const auto& c : a.countries) {
    for (const auto& m : c.missing_facts) {
      std::vector<std::string> rules;
      for (int r : m.rules) rules.push_back(pack.rules[static_cast<size_t>(r)].id);
      std::vector<Cell> row = CountryCells(c, cat);
      for (Cell cell : std::vector<Cell>{cat.Get(m.fact).path, cat.GroupName(m.group), cat.Get(m.fact).meaning,
                                         m.width_removed, m.coverage_gain, Joined(rules, "; ")}) {
        row.push_back(std::move(cell));
      }
      t.Add(std::move(row));
    }
  }
  return t;
}

Table AboutTable(const Assessment& a) {
  Table t{"About", {{"field"}, {"value"}}, {}};
  t.Add({"as_of", a.as_of ? a.as_of->ToString() : ""});
  t.Add({"scores", "0 to 1 (1 = the situation the rules look for fully holds). Where facts are unknown, a score has "
                   "the interval [lower, upper] of every value the missing facts allow; the figure is its middle. An "
                   "empty cell is unknown, never zero."});
  t.Add({"pack", a.pack->name + " " + a.pack->version});
  t.Add({"pack_hash", a.pack->hash});
  t.Add({"dataset_hash", a.dataset->hash});
  t.Add({"engine_version", std::string(kEngineVersion)});
  return t;
}

}  // namespace

std::vector<Table> AssessmentTables(const Assessment& a) {
  return {HeadlineTable(a), RulesTable(a),   FactsTable(a), BreakdownsTable(a),
          SourcesTable(a),  MissingTable(a), AboutTable(a)};
}

void WriteAssessmentWorkbook(const Assessment& a, const std::string& path) {
  std::string title = "Refugees' right to work, labour rights and social protection" +
                      std::string(a.as_of ? " on " + a.as_of->ToString() : "");
  WriteWorkbook(path, AssessmentTables(a), WorkbookInfo{title, a.as_of});
}

}  // namespace workrights
