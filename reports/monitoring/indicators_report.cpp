#include "reports/monitoring/indicators_report.h"

#include "reports/assessment/json_writer.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/words.h"
#include "reports/format/xlsx_workbook.h"

namespace workrights {
namespace {

struct DimensionView {
  const char* name;   ///< in JSON and CSV
  const char* words;  ///< in tables
  const std::optional<IndicatorPart> IndicatorInfo::*part;
  IndicatorValue IndicatorResult::*value;
  IndicatorShare IndicatorCountry::*share;
};
const DimensionView kDimensions[] = {
    {"law", "in law", &IndicatorInfo::law, &IndicatorResult::law, &IndicatorCountry::law},
    {"practice", "in practice", &IndicatorInfo::practice, &IndicatorResult::practice, &IndicatorCountry::practice},
};

const Dataset& Data(const IndicatorReport& r) { return *r.assessment->dataset; }
const FactCatalogue& Cat(const IndicatorReport& r) { return Data(r).catalogue; }

std::string AsOf(const IndicatorReport& r) {
  return r.assessment->as_of ? r.assessment->as_of->ToString() : std::string("the latest entries");
}

std::string GroupLabel(const IndicatorReport& r) { return r.group ? Cat(r).GroupName(*r.group) : "primary"; }

std::string Pct(double x, int digits) { return Fixed(x * 100, digits); }

std::string RuleList(const IndicatorPart& part) {
  std::string out;
  for (const auto& id : part.rule_ids) out += (out.empty() ? "" : ", ") + id;
  return out + " (" + std::string(IndicatorCombineName(part.combine)) + ")";
}

std::string FactList(const FactCatalogue& cat, const std::vector<FactId>& facts) {
  std::string out;
  for (FactId f : facts) out += (out.empty() ? "" : " + ") + cat.Get(f).path;
  return out;
}

// "29,506,544": a head count as people read it.
std::string People(double people) {
  std::string digits = Fixed(people, 0), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string PeopleText(const std::optional<double>& people) {
  return people ? People(*people) : std::string("unknown (not weighted)");
}

nlohmann::json PartJson(const IndicatorPart& part, const IndicatorValue& v) {
  return {{"rules", part.rule_ids}, {"combine", IndicatorCombineName(part.combine)}, {"value", ScoreJson(v.value)},
          {"coverage", RoundScore(v.coverage)}, {"countries_known", v.countries_known},
          {"countries_unknown", v.countries_unknown}};
}

nlohmann::json CountryJson(const IndicatorReport& r, const IndicatorResult& res, const IndicatorCountry& c) {
  nlohmann::json missing = nlohmann::json::array();
  for (FactId f : c.population_missing) missing.push_back(Cat(r).Get(f).path);
  nlohmann::json out = {{"country", c.country->profile->iso3}, {"name", c.country->profile->name},
                        {"group", Cat(r).GroupName(c.country->view.group)},
                        {"population", c.population ? nlohmann::json(*c.population) : nlohmann::json(nullptr)},
                        {"population_missing", missing}};
  for (const auto& d : kDimensions) {
    const IndicatorShare& s = c.*d.share;
    out[d.name] = (res.info->*d.part) ? nlohmann::json{{"share", ScoreJson(s.share)}, {"known", s.known}}
                                      : nlohmann::json(nullptr);
  }
  return out;
}

nlohmann::json IndicatorJson(const IndicatorReport& r, const IndicatorResult& res) {
  const IndicatorInfo& info = *res.info;
  nlohmann::json population = nlohmann::json::array(), countries = nlohmann::json::array();
  for (FactId f : info.population) population.push_back(Cat(r).Get(f).path);
  for (const auto& c : res.countries) countries.push_back(CountryJson(r, res, c));
  nlohmann::json out = {{"id", info.id}, {"title", info.title}, {"source", info.source}, {"definition", info.definition},
                        {"population_facts", population}, {"population", res.population}, {"countries", countries}};
  for (const auto& d : kDimensions) {
    const auto& part = info.*d.part;
    out[d.name] = part ? PartJson(*part, res.*d.value) : nlohmann::json(nullptr);
  }
  return out;
}

// The Markdown summary table: one row per indicator.
std::string SummaryMarkdown(const IndicatorReport& r) {
  std::string out = "| indicator | in law | coverage | in practice | coverage | people weighted |\n|---|---|---|---|---|---|\n";
  for (const auto& res : r.indicators) {
    out += "| " + MarkdownCell(res.info->id + " " + res.info->title);
    for (const auto& d : kDimensions) {
      const bool has = static_cast<bool>(res.info->*d.part);
      const IndicatorValue& v = res.*d.value;
      out += " | " + (has ? ProportionText(v.value) : "no rule") + " | " + (has && v.value ? Percent(v.coverage) : "");
    }
    out += " | " + People(res.population) + " |\n";
  }
  return out;
}

std::string CountriesMarkdown(const IndicatorReport& r, const IndicatorResult& res) {
  std::string out = "| country | group | people | in law | in practice |\n|---|---|---|---|---|\n";
  for (const auto& c : res.countries) {
    out += "| " + MarkdownCell(c.country->profile->name + " (" + c.country->profile->iso3 + ")") + " | " +
           GroupWords(Cat(r), c.country->view.group) + " | " + PeopleText(c.population);
    for (const auto& d : kDimensions) {
      const IndicatorShare& s = c.*d.share;
      out += " | " + (s.share ? ProportionText(s.share) + (s.known ? "" : " (unknown)") : std::string("—"));
    }
    out += " |\n";
  }
  return out;
}

/// `quote` marks the pack's name: "`" in Markdown, nothing in HTML.
std::string Lead(const IndicatorReport& r, const std::string& quote) {
  const std::string group = r.group ? "group " + GroupWords(Cat(r), *r.group) : "each country's primary group (named per country)";
  return "The facts in force on " + AsOf(r) + ", " + group + ", pack " + quote + r.assessment->pack->name + quote + " " +
         r.assessment->pack->version + ". Each country's share comes from its rule results; the figure is weighted by "
         "the people it hosts. An interval is what the unknown results leave open (unknown is neither 0 nor 100%); "
         "coverage is the share of those people whose country's result is known.";
}

std::string IndicatorHtml(const IndicatorReport& r, const IndicatorResult& res) {
  const IndicatorInfo& info = *res.info;
  std::string b = "<section><h2>" + HtmlEscape(info.id + " " + info.title) + "</h2>\n<blockquote>" +
                  HtmlEscape(info.definition) + "</blockquote>\n<p class=\"lead\">" + HtmlEscape(info.source) +
                  " · weighted by " + HtmlEscape(FactList(Cat(r), info.population)) + "</p>\n<ul>\n";
  for (const auto& d : kDimensions) {
    const auto& part = info.*d.part;
    if (!part) continue;
    const IndicatorValue& v = res.*d.value;
    b += "<li><strong>" + std::string(d.words) + ": " + HtmlEscape(ProportionText(v.value)) + "</strong>, coverage " +
         Percent(v.coverage) + " (" + std::to_string(v.countries_known) + " countries known, " +
         std::to_string(v.countries_unknown) + " not) · rules " + HtmlEscape(RuleList(*part)) + "</li>\n";
  }
  b += "</ul>\n<table>\n<thead><tr><th>country</th><th>group</th><th>people</th><th>in law</th><th>in practice</th></tr></thead>\n<tbody>\n";
  for (const auto& c : res.countries) {
    b += "<tr><td>" + HtmlEscape(c.country->profile->name + " (" + c.country->profile->iso3 + ")") + "</td><td>" +
         HtmlEscape(GroupWords(Cat(r), c.country->view.group)) + "</td><td>" + (c.population ? People(*c.population) : "<span class=\"unknown\">unknown (not weighted)</span>") + "</td>";
    for (const auto& d : kDimensions) {
      const IndicatorShare& s = c.*d.share;
      b += !s.share ? "<td>—</td>"
                    : s.known ? "<td>" + HtmlEscape(ProportionText(s.share)) + "</td>"
                              : "<td class=\"unknown\">" + HtmlEscape(ProportionText(s.share)) + " (unknown)</td>";
    }
    b += "</tr>\n";
  }
  return b + "</tbody>\n</table>\n</section>\n";
}

void AddDatasetRows(const IndicatorReport& r, const IndicatorResult& res, Table& t) {
  for (const auto& d : kDimensions) {
    if (!(res.info->*d.part)) continue;
    const IndicatorValue& v = res.*d.value;
    t.Add({res.info->id, d.name, "all countries", "", "", GroupLabel(r), res.population,
           v.value ? Cell(v.value->point) : Cell(), v.value ? Cell(v.value->lower) : Cell(),
           v.value ? Cell(v.value->upper) : Cell(), v.coverage});
  }
}

void AddCountryRows(const IndicatorReport& r, const IndicatorResult& res, Table& t) {
  for (const auto& c : res.countries) {
    for (const auto& d : kDimensions) {
      if (!(res.info->*d.part)) continue;
      const IndicatorShare& s = c.*d.share;
      t.Add({res.info->id, d.name, "country", c.country->profile->iso3, c.country->profile->name,
             Cat(r).GroupName(c.country->view.group), OptionalNumber(c.population),
             s.share ? Cell(s.share->point) : Cell(), s.share ? Cell(s.share->lower) : Cell(),
             s.share ? Cell(s.share->upper) : Cell(), s.known ? 1.0 : 0.0});
    }
  }
}

// One interval per indicator and dimension, on 0-100% (the middle marked), so law and practice read side by side.
std::string IntervalsChart(const IndicatorReport& r) {
  std::vector<IntervalItem> items;
  for (const auto& res : r.indicators) {
    for (const auto& d : kDimensions) {
      const IndicatorValue& v = res.*d.value;
      if (!(res.info->*d.part) || !v.value) continue;
      items.push_back({res.info->id + " " + d.words, v.value->lower * 100,
                       v.value->point * 100, v.value->upper * 100, std::nullopt});
    }
  }
  return items.empty() ? "" : SvgIntervals(items, 0, 100, "per cent of the people weighted", false, 560, "indicators");
}

Table EmptyTable(const std::string& title) {
  return Table{title,
               {{"indicator"}, {"dimension"}, {"scope"}, {"country"}, {"name"}, {"group"},
                {"population", ColumnKind::kInteger}, {"point", ColumnKind::kShare}, {"lower", ColumnKind::kShare},
                {"upper", ColumnKind::kShare}, {"coverage", ColumnKind::kShare}},
               {}};
}

}  // namespace

std::string ProportionText(const std::optional<Score>& s) {
  if (!s) return "unknown";
  if (s->exact()) return Pct(s->point, 0) + "%";
  return Pct(s->point, 0) + "% [" + Pct(s->lower, 0) + "–" + Pct(s->upper, 0) + "%]";
}

nlohmann::json IndicatorsToJson(const IndicatorReport& r) {
  nlohmann::json out = OutputHeader("indicators", *r.assessment->pack, Data(r));
  out["as_of"] = r.assessment->as_of ? nlohmann::json(r.assessment->as_of->ToString()) : nlohmann::json(nullptr);
  out["group"] = GroupLabel(r);
  nlohmann::json list = nlohmann::json::array();
  for (const auto& res : r.indicators) list.push_back(IndicatorJson(r, res));
  out["indicators"] = list;
  return out;
}

Table IndicatorsTable(const IndicatorReport& r) {
  Table t = EmptyTable("Indicators");
  for (const auto& res : r.indicators) AddDatasetRows(r, res, t);
  for (const auto& res : r.indicators) AddCountryRows(r, res, t);
  return t;
}

std::string IndicatorsCsv(const IndicatorReport& r) { return TableCsv(IndicatorsTable(r)); }

std::string IndicatorsMarkdown(const IndicatorReport& r) {
  std::string out = "# Global Compact on Refugees indicators, as of " + AsOf(r) + "\n\n" + Lead(r, "`") + "\n\n" + SummaryMarkdown(r);
  for (const auto& res : r.indicators) {
    const IndicatorInfo& info = *res.info;
    out += "\n## " + MarkdownCell(info.id + " " + info.title) + "\n\n> " + MarkdownCell(info.definition) + "\n\n" +
           MarkdownCell(info.source) + ". Weighted by " + FactList(Cat(r), info.population) + ".";
    for (const auto& d : kDimensions) {
      if (const auto& part = info.*d.part) out += " " + std::string(d.words) + ": rules " + MarkdownCell(RuleList(*part)) + ".";
    }
    out += "\n\n" + CountriesMarkdown(r, res);
  }
  return out;
}

std::string IndicatorsHtml(const IndicatorReport& r) {
  const std::string title = "Global Compact on Refugees indicators, as of " + AsOf(r);
  std::string b = "<h1>" + HtmlEscape(title) + "</h1>\n<p class=\"lead\">" + HtmlEscape(Lead(r, "")) + "</p>\n"
                  "<table>\n<thead><tr><th>indicator</th><th>in law</th><th>coverage</th><th>in practice</th>"
                  "<th>coverage</th><th>people weighted</th></tr></thead>\n<tbody>\n";
  for (const auto& res : r.indicators) {
    b += "<tr><td>" + HtmlEscape(res.info->id + " " + res.info->title) + "</td>";
    for (const auto& d : kDimensions) {
      const bool has = static_cast<bool>(res.info->*d.part);
      const IndicatorValue& v = res.*d.value;
      b += "<td>" + HtmlEscape(has ? ProportionText(v.value) : "no rule") + "</td><td>" +
           (has && v.value ? Percent(v.coverage) : "") + "</td>";
    }
    b += "<td>" + People(res.population) + "</td></tr>\n";
  }
  b += "</tbody>\n</table>\n" + IntervalsChart(r) + "\n";
  for (const auto& res : r.indicators) b += IndicatorHtml(r, res);
  return HtmlPage(title, b, *r.assessment->pack, Data(r), "as of " + AsOf(r));
}

void WriteIndicatorsWorkbook(const IndicatorReport& r, const std::string& path) {
  Table all = EmptyTable("Indicators"), countries = EmptyTable("Countries");
  for (const auto& res : r.indicators) AddDatasetRows(r, res, all);
  for (const auto& res : r.indicators) AddCountryRows(r, res, countries);
  Table about{"About", {{"indicator"}, {"title"}, {"definition"}, {"source"}, {"population facts"}, {"law rules"},
                        {"practice rules"}}, {}};
  for (const auto& res : r.indicators) {
    const IndicatorInfo& info = *res.info;
    about.Add({info.id, info.title, info.definition, info.source, FactList(Cat(r), info.population),
               info.law ? RuleList(*info.law) : "", info.practice ? RuleList(*info.practice) : ""});
  }
  WriteWorkbook(path, {all, countries, about}, WorkbookInfo{"Global Compact on Refugees indicators", r.assessment->as_of});
}

}  // namespace workrights
