#include "reports/monitoring/diff_report.h"

#include <algorithm>

#include "reports/format/joined.h"
#include "core/model/fact_value.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/format/view_parts.h"
#include "reports/format/words.h"
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

std::string ValueText(const FactSide& side) {
  if (!side.entry) return "unknown";
  return FactValueToText(side.entry->value) + (side.entry->inferred ? " (inferred)" : "");
}

std::string SinceText(const FactSide& side) {
  return side.entry && side.entry->valid_from ? side.entry->valid_from->ToString() : "";
}

std::string SourceTitles(const FactSide& side) {
  std::string out;
  for (const Source* s : FactSideSources(side)) out += (out.empty() ? "" : "; ") + s->title + " (" + s->url + ")";
  return out;
}

/// A headline figure or domain in words ("overall", "domain: Right to work"); the ids stay in JSON and CSV.
std::string ScoreWords(const ScoreChange& s) {
  return s.kind == ScoreKind::kDomain ? "domain: " + s.title : std::string(HeadlineWords(s.id));
}

/// Why a score moved, naming the changed facts as given ("facts changed: a, b").
std::string WhyText(const ScoreChange& s, const std::vector<std::string>& facts) {
  if (!facts.empty()) return "facts changed: " + Joined(facts, ", ");
  if (s.kind != ScoreKind::kRule) return "follows its rules";
  return "the rule, its bounds or the pack changed";
}

/// Why a score moved, the facts by path: for the CSV, whose readers filter by path.
std::string WhyText(const ScoreChange& s) { return WhyText(s, s.because); }

/// Why a score moved, the facts in words: every fact a score moved because of is among the country's changed facts.
std::string WhyWords(const ScoreChange& s, const CountryDiff& c) {
  std::vector<std::string> labels;
  for (const auto& path : s.because) {
    auto f = std::find_if(c.facts.begin(), c.facts.end(), [&](const ChangedFact& x) { return x.fact == path; });
    labels.push_back(f == c.facts.end() ? path : f->label);
  }
  return WhyText(s, labels);
}

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

namespace {

/// A side's sources and quote in one line, "—" when it has none.
std::string CiteText(const FactSide& side) {
  std::string text = SourceTitles(side);
  if (side.entry && !side.entry->quote.empty()) text += (text.empty() ? "" : ": ") + std::string("“") + side.entry->quote + "”";
  return text.empty() ? std::string("—") : text;
}

std::string MarkdownFactRow(const ChangedFact& f) {
  return "| " + MarkdownCell(f.label) + " | " + MarkdownCell(ValueText(f.before)) + " | " + MarkdownCell(ValueText(f.after)) + " | " +
         (SinceText(f.after).empty() ? "—" : SinceText(f.after)) + " | " + MarkdownCell(CiteText(f.before)) + " | " +
         MarkdownCell(CiteText(f.after)) + " |\n";
}

std::string MarkdownScoreRow(const ScoreChange& s, const CountryDiff& c) {
  std::string name = s.kind == ScoreKind::kRule ? MarkdownCell(s.title) + " (`" + s.id + "`)" : MarkdownCell(ScoreWords(s));
  return "| " + name + " | " + ScoreText(s.before) + " | " + ScoreText(s.after) + " | " + MarkdownCell(WhyWords(s, c)) + " |\n";
}

}  // namespace

std::string CountryDiffMarkdown(const CountryDiff& c, const std::string& heading) {
  return heading + "\n\n" + CountryChangesMarkdown(c);
}

std::string CountryChangesMarkdown(const CountryDiff& c) {
  std::string out;
  if (!c.scores.empty()) {
    out += "| score | before | after | why |\n|---|---|---|---|\n";
    for (const auto& s : c.scores) out += MarkdownScoreRow(s, c);
    out += "\n";
  }
  if (!c.facts.empty()) {
    out += "| fact | before | after | in force from | before: source and quote | after: source and quote |\n"
           "|---|---|---|---|---|---|\n";
    for (const auto& f : c.facts) out += MarkdownFactRow(f);
    out += "\n";
  }
  return out;
}

std::string DiffMarkdown(const AssessmentDiff& d, const TemplateSet& templates) {
  return RenderTemplate(templates, "diff.md.mustache", DiffView(d));
}

namespace {

std::string HtmlSide(const FactSide& side) {
  std::string out = HtmlEscape(ValueText(side));
  if (!side.entry) return "<span class=\"unknown\">unknown</span>";
  if (side.entry->valid_from) out += "<br><small>from " + side.entry->valid_from->ToString() + "</small>";
  for (const Source* s : FactSideSources(side)) {
    out += "<br><small><a href=\"" + HtmlEscape(s->url) + "\">" + HtmlEscape(s->title) + "</a>" + HtmlSourceCopy(*s) + "</small>";
  }
  if (!side.entry->quote.empty()) out += "<blockquote>" + HtmlEscape(side.entry->quote) + "</blockquote>";
  return out;
}

}  // namespace

std::string CountryChangesHtml(const CountryDiff& c) {
  std::string b;
  if (!c.facts.empty()) {
    b += "<table><thead><tr><th>fact</th><th>before</th><th>after</th></tr></thead><tbody>\n";
    for (const auto& f : c.facts) {
      // The fact in words; its path shows on hover, for the data editor who looks it up.
      b += "<tr><td><span class=\"fact\" title=\"" + HtmlEscape(f.fact) + "\">" + HtmlEscape(f.label) + "</span></td><td>" +
           HtmlSide(f.before) + "</td><td>" + HtmlSide(f.after) + "</td></tr>\n";
    }
    b += "</tbody></table>\n";
  }
  if (!c.scores.empty()) {
    b += "<table><thead><tr><th>score</th><th>before</th><th>after</th><th>why</th></tr></thead><tbody>\n";
    for (const auto& s : c.scores) {
      std::string name = s.kind == ScoreKind::kRule ? HtmlEscape(s.title) + " <code>" + HtmlEscape(s.id) + "</code>"
                                                    : HtmlEscape(ScoreWords(s));
      b += "<tr><td>" + name + "</td><td>" + HtmlScore(s.before) + "</td><td>" + HtmlScore(s.after) + "</td><td>" +
           HtmlEscape(WhyWords(s, c)) + "</td></tr>\n";
    }
    b += "</tbody></table>\n";
  }
  return b;
}

nlohmann::json CountryChangesView(const CountryDiff& c) {
  nlohmann::json facts = nlohmann::json::array(), scores = nlohmann::json::array();
  for (const auto& f : c.facts) {
    const std::string since = SinceText(f.after);
    facts.push_back({{"fact", f.fact}, {"label", f.label}, {"before", ValueText(f.before)}, {"after", ValueText(f.after)},
                     {"since", since.empty() ? "—" : since}, {"before_cite", CiteText(f.before)},
                     {"after_cite", CiteText(f.after)}, {"before_html", HtmlSide(f.before)},
                     {"after_html", HtmlSide(f.after)}});
  }
  for (const auto& s : c.scores) {
    const bool rule = s.kind == ScoreKind::kRule;
    scores.push_back({{"rule", rule}, {"title", rule ? s.title : ScoreWords(s)}, {"id", s.id},
                      {"before", ScoreView(s.before)}, {"after", ScoreView(s.after)}, {"why", WhyWords(s, c)}});
  }
  return {{"has_facts", !facts.empty()}, {"facts", facts}, {"has_scores", !scores.empty()}, {"scores", scores}};
}

std::string CountryDiffHtml(const CountryDiff& c, const std::string& heading) {
  return "<section>" + heading + "\n" + CountryChangesHtml(c) + "</section>\n";
}

std::string DiffHtml(const AssessmentDiff& d, const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "diff.html.mustache", DiffView(d));
  return HtmlPage("What changed", body, *d.after->pack, *d.after->dataset,
                  "from " + AsOfText(*d.before) + " to " + AsOfText(*d.after), templates);
}

}  // namespace workrights
