#include "reports/docs/spreadsheet_template.h"

#include <map>

#include "core/load/spreadsheet_import.h"
#include "reports/format/csv.h"

namespace workrights {
namespace {

constexpr std::string_view kAlternatives = " | ";

std::string ListOfMeanings(const FactSpec& f) {
  std::string out;
  for (const auto& v : f.values) {
    out += (out.empty() ? "" : std::string(kAlternatives)) + v.value + (v.meaning.empty() ? "" : " = " + v.meaning);
  }
  return out;
}

std::string NumberRange(const FactSpec& f) {
  std::string out = f.unit.empty() ? "a number" : f.unit;
  if (f.min && f.max) {
    out += ", from " + SpreadsheetValueText(FactValue{*f.min}) + " to " + SpreadsheetValueText(FactValue{*f.max});
  }
  if (f.integer) out += ", a whole number";
  return out;
}

// Fact id -> the tables that answer it, "ilo-c087" (a fact is in one table, but nothing forbids two).
std::map<FactId, std::string> TablesByFact(const Dataset& ds) {
  std::map<FactId, std::string> out;
  for (const auto& t : ds.tables) {
    for (const auto& [key, fact] : t.columns) {
      std::string& ids = out[fact];
      ids += (ids.empty() ? "" : ", ") + t.id;
    }
  }
  return out;
}

std::vector<std::string> Header() {
  std::vector<std::string> h{std::string(kFactColumn)};
  for (auto c : kGuideColumns) h.emplace_back(c);
  for (auto c : kFillColumns) h.emplace_back(c);
  return h;
}

}  // namespace

std::string AllowedValuesText(const FactSpec& f) {
  std::string out;
  switch (f.type) {
    case FactType::kBool: out = "true or false"; break;
    case FactType::kNumber: out = NumberRange(f); break;
    case FactType::kEnum: out = ListOfMeanings(f); break;
    case FactType::kList:
      out = "items separated by \"" + std::string(kListSeparator) + "\", or " + std::string(kEmptyList) + " for none" +
            (f.values.empty() ? "" : ", among: " + ListOfMeanings(f));
      break;
    case FactType::kDate: out = "a date, YYYY-MM-DD"; break;
  }
  if (f.needs_year) out += "; a statistic: give its reference year (year)";
  if (f.by_sex_and_age) out += "; may be given for women or men (sex: female, male) or an age band (age: 15-24, 60+)";
  return out;
}

std::string SpreadsheetTemplateCsv(const Dataset& ds, const CountryProfile* profile, std::optional<GroupId> group,
                                   const Date& today, TemplateCounts* counts) {
  TemplateCounts n;
  std::map<FactId, std::string> tables = TablesByFact(ds);
  GroupId g = group ? *group : profile ? profile->primary_group : 0;
  CsvTable csv(Header());
  for (const auto& f : ds.catalogue.facts()) {
    const FactEntry* now = profile ? profile->Resolve(f.id, g, today) : nullptr;
    auto table = tables.find(f.id);
    std::vector<std::string> row{f.path, f.topic, f.meaning, std::string(FactTypeName(f.type)), AllowedValuesText(f),
                                 f.by_group ? "yes" : "no",
                                 table == tables.end() ? "" : table->second + ": not entered here",
                                 now ? SpreadsheetValueText(now->value) : ""};
    for (auto column : kFillColumns) {
      row.push_back(column == "group" && group && f.by_group ? ds.catalogue.GroupName(*group) : "");
    }
    csv.Row(row);
    ++n.facts;
    n.known += now != nullptr;
    n.from_tables += table != tables.end();
  }
  if (counts) *counts = n;
  return csv.text();
}

}  // namespace workrights
