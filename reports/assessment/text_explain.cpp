#include "reports/assessment/text_explain.h"

#include <cstdio>
#include <set>

#include "reports/format/score_format.h"
#include "reports/format/words.h"

namespace workrights {
namespace {

// " = value (inferred...) (year) (since date)  [source ids]" and the quote on its own line.
void EntryText(std::string& out, const FactEntry& e) {
  out += " = " + FactValueToText(e.value);
  if (e.inferred) out += " (inferred, lower confidence)";
  if (e.year) out += " (" + std::to_string(*e.year) + ")";
  if (e.valid_from) out += " (since " + e.valid_from->ToString() + ")";
  out += "  [";
  for (size_t i = 0; i < e.sources.size(); ++i) out += (i ? ", " : "") + e.sources[i];
  out += "]\n";
  if (!e.quote.empty()) out += "      \"" + e.quote + "\"\n";
}

void RuleTrace(std::string& out, const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat,
               size_t r, bool full, std::set<std::string>& cited) {
  const RuleInfo& rule = pack.rules[r];
  const RuleResult& res = c.results[r];
  out += "\n" + rule.id + " — " + rule.title + "\n";
  out += "  " + pack.domains[static_cast<size_t>(rule.domain)].title + ", " + std::string(DimensionWords(rule.dimension)) +
         ", weight " + Fixed(rule.weight, 2) + "\n";
  switch (res.status) {
    case RuleStatus::kOk: out += "  score " + RuleResultText(res) + ": " + res.explanation + "\n"; break;
    case RuleStatus::kUnknown: {
      out += "  " + RuleResultText(res) + ": the profile does not state";
      for (size_t i = 0; i < res.missing.size(); ++i) out += (i ? ", " : " ") + FactWordsAndPath(cat, res.missing[i]);
      if (!res.bound_note.empty()) out += " (" + res.bound_note + ")";
      out += "\n";
      break;
    }
    case RuleStatus::kError: out += "  ERROR: " + res.error + "\n"; break;
  }
  if (!full) return;
  out += "  instruments: ";
  for (size_t i = 0; i < rule.instruments.size(); ++i) out += (i ? "; " : "") + rule.instruments[i];
  out += "\n  facts read:\n";
  if (res.reads.empty()) out += "    (none)\n";
  for (const auto& read : res.reads) {
    out += "    " + FactWordsAndPath(cat, read.fact);
    if (read.group != c.view.group) out += " [" + GroupWords(cat, read.group) + "]";
    if (!read.entry) {
      out += read.used_default ? " = unknown (the rule used its default)\n" : " = unknown\n";
      continue;
    }
    EntryText(out, *read.entry);
    cited.insert(read.entry->sources.begin(), read.entry->sources.end());
    if (!read.entry->note.empty()) out += "      note: " + read.entry->note + "\n";
  }
}

// Facts the sources give for women, men or an age band of the group: shown, never scored.
void BreakdownTrace(std::string& out, const CountryAssessment& c, const FactCatalogue& cat) {
  auto parts = c.profile->BreakdownsInForce(c.view.group, c.view.as_of);
  if (parts.empty()) return;
  out += "\nby sex and age (reported beside the scores, which describe the whole group):\n";
  for (const FactBreakdown* b : parts) {
    const FactEntry& e = b->entry;
    out += "  " + FactWordsAndPath(cat, b->fact) + " [" + e.part.Label() + "]";
    EntryText(out, e);
  }
}

}  // namespace

std::string ExplainText(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat, int rule) {
  const CountryProfile& p = *c.profile;
  std::string out = p.name + " (" + p.iso3 + ") — group: " + GroupWords(cat, c.view.group) + " — profile as of " +
                    p.as_of.ToString() + "\n";
  std::set<std::string> cited;
  if (rule < 0) {
    out += "overall " + ScoreText(c.overall) + " · de jure " + ScoreText(c.de_jure) + " · de facto " +
           ScoreText(c.de_facto) + " · gap " + ScoreText(c.gap) + " · coverage " + Percent(c.coverage) + "\n";
    out += "  (a figure in [brackets] is the range the unknown facts leave open; the figure is its middle)\n";
    for (const auto& d : c.domains) {
      out += "  " + d.id + ": " + ScoreText(d.score) + " (de jure " + ScoreText(d.de_jure) + ", de facto " +
             ScoreText(d.de_facto) + ", coverage " + Percent(d.coverage) + ")\n";
    }
    for (size_t r = 0; r < pack.rules.size(); ++r) RuleTrace(out, c, pack, cat, r, false, cited);
    BreakdownTrace(out, c, cat);
    if (!c.missing_facts.empty()) {
      out += "\ndata to collect first (how much each would narrow the overall interval, expected; coverage it adds):\n";
      for (const auto& m : c.missing_facts) {
        out += "  " + FactWordsAndPath(cat, m.fact);
        if (m.group != c.view.group) out += " [" + GroupWords(cat, m.group) + "]";
        out += ": -" + Fixed(m.width_removed, 3) + " width, +" + Percent(m.coverage_gain) + " coverage\n";
      }
    }
    out += "\n(workrights explain " + p.iso3 + " RULE_ID shows the facts and sources behind one rule)\n";
    return out;
  }
  RuleTrace(out, c, pack, cat, static_cast<size_t>(rule), true, cited);
  if (!cited.empty()) {
    out += "\nsources:\n";
    for (const auto& id : cited) {
      const Source* s = p.FindSource(id);
      if (!s) continue;
      out += "  [" + s->id + "] " + s->title + " — " + s->publisher + ", " + SourceDateText(*s) + "\n    " + s->url + "\n";
      if (!s->copy_url.empty()) out += "    " + SourceCopyText(*s) + "\n";
    }
  }
  return out;
}

}  // namespace workrights
