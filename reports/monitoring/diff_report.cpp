#include "reports/monitoring/diff_report.h"

#include "core/model/fact_value.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/monitoring/change_words.h"
#include "reports/monitoring/diff_view.h"

namespace workrights {

std::string ScoreKindName(ScoreKind k) {
  switch (k) {
    case ScoreKind::kRule: return "rule";
    case ScoreKind::kDomain: return "domain";
    case ScoreKind::kOverall: return "headline";
  }
  return "";
}

std::vector<const Source*> FactSideSources(const FactSide& side) {
  std::vector<const Source*> out;
  if (!side.entry) return out;
  for (const auto& id : side.entry->sources) {
    if (const Source* s = side.profile->FindSource(id)) out.push_back(s);
  }
  return out;
}

namespace {

std::string AsOfText(const Assessment& a) { return a.as_of ? a.as_of->ToString() : "the latest entries"; }

nlohmann::json SideJson(const FactSide& side) {
  if (!side.entry) return nullptr;
  nlohmann::json sources = nlohmann::json::array();
  for (const Source* s : FactSideSources(side)) sources.push_back(SourceJson(*s));
  return {{"value", FactValueToJson(side.entry->value)},
          {"valid_from", side.entry->valid_from ? nlohmann::json(side.entry->valid_from->ToString()) : nlohmann::json(nullptr)},
          {"inferred", side.entry->inferred},
          {"quote", side.entry->quote},
          {"sources", sources}};
}

nlohmann::json ScoreChangeJson(const ScoreChange& s) {
  nlohmann::json out = {{"kind", ScoreKindName(s.kind)}, {"id", s.id}, {"before", ScoreJson(s.before)},
                        {"after", ScoreJson(s.after)}, {"because", s.because}};
  if (s.kind == ScoreKind::kRule) {
    out["title"] = s.title;
    out["before_explanation"] = s.before_text;
    out["after_explanation"] = s.after_text;
  }
  return out;
}

nlohmann::json SideHeader(const Assessment& a) {
  return {{"as_of", a.as_of ? nlohmann::json(a.as_of->ToString()) : nlohmann::json(nullptr)},
          {"dataset", a.dataset->hash},
          {"pack", {{"name", a.pack->name}, {"version", a.pack->version}}}};
}

}  // namespace

nlohmann::json CountryDiffJson(const CountryDiff& c) {
  nlohmann::json facts = nlohmann::json::array(), scores = nlohmann::json::array();
  for (const auto& f : c.facts) facts.push_back({{"fact", f.fact}, {"before", SideJson(f.before)}, {"after", SideJson(f.after)}});
  for (const auto& s : c.scores) scores.push_back(ScoreChangeJson(s));
  return {{"country", c.iso3}, {"name", c.name}, {"group", c.group}, {"facts", facts}, {"scores", scores}};
}

std::string DiffSideText(const Assessment& side, const Assessment& other) {
  std::string text = "facts in force on " + AsOfText(side);
  if (side.dataset->hash != other.dataset->hash) text += " in data " + side.dataset->hash.substr(0, 12);
  return text;
}

nlohmann::json DiffToJson(const AssessmentDiff& d) {
  nlohmann::json out = OutputHeader("diff", *d.after->pack, *d.after->dataset);
  out["before"] = SideHeader(*d.before);
  out["after"] = SideHeader(*d.after);
  out["as_of"] = d.after->as_of ? nlohmann::json(d.after->as_of->ToString()) : nlohmann::json(nullptr);
  out["changed"] = !d.Empty();
  out["countries_added"] = d.added;
  out["countries_removed"] = d.removed;
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : d.countries) countries.push_back(CountryDiffJson(c));
  out["countries"] = countries;
  return out;
}

std::string DiffCsv(const AssessmentDiff& d) {
  CsvTable t({"country", "name", "group", "kind", "id", "before", "after", "before_interval", "after_interval",
              "valid_from", "why", "before_sources", "after_sources"});
  for (const auto& code : d.added) t.Row({code, "", "", "country_added", code, "", "", "", "", "", "", "", ""});
  for (const auto& code : d.removed) t.Row({code, "", "", "country_removed", code, "", "", "", "", "", "", "", ""});
  for (const auto& c : d.countries) {
    for (const auto& f : c.facts) {
      t.Row({c.iso3, c.name, c.group, "fact", f.fact, ValueText(f.before), ValueText(f.after), "", "",
             SinceText(f.after), "", SourceTitles(f.before), SourceTitles(f.after)});
    }
    for (const auto& s : c.scores) {
      t.Row({c.iso3, c.name, c.group, ScoreKindName(s.kind), s.id, s.before ? Fixed(s.before->point, 2) : "none",
             s.after ? Fixed(s.after->point, 2) : "none", IntervalText(s.before), IntervalText(s.after), "", WhyText(s), "", ""});
    }
  }
  return t.text();
}

std::string DiffMarkdown(const AssessmentDiff& d, const TemplateSet& templates) {
  return RenderTemplate(templates, "diff.md.mustache", DiffView(d));
}

std::string DiffHtml(const AssessmentDiff& d, const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "diff.html.mustache", DiffView(d));
  return HtmlPage("What changed", body, *d.after->pack, *d.after->dataset,
                  "from " + AsOfText(*d.before) + " to " + AsOfText(*d.after), templates);
}

}  // namespace workrights
