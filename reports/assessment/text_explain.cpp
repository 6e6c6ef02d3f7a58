#include "reports/assessment/text_explain.h"

#include <cstdio>
#include <set>

namespace workrights {
namespace {

std::string Score(const std::optional<double>& x) {
  if (!x) return "unknown";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", *x);
  return buf;
}

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", x * 100);
  return buf;
}

void RuleTrace(std::string& out, const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat,
               size_t r, bool full, std::set<std::string>& cited) {
  const RuleInfo& rule = pack.rules[r];
  const RuleResult& res = c.results[r];
  out += "\n" + rule.id + " — " + rule.title + "\n";
  out += "  " + pack.domains[static_cast<size_t>(rule.domain)].title + ", " + std::string(DimensionName(rule.dimension)) +
         ", weight " + Score(rule.weight).substr(0, 4) + "\n";
  switch (res.status) {
    case RuleStatus::kOk: out += "  score " + Score(res.score) + ": " + res.explanation + "\n"; break;
    case RuleStatus::kUnknown: {
      out += "  unknown: the profile does not state";
      for (size_t i = 0; i < res.missing.size(); ++i) out += (i ? ", " : " ") + cat.Get(res.missing[i]).path;
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
    out += "    " + cat.Get(read.fact).path;
    if (read.group != c.view.group) out += " [" + cat.GroupName(read.group) + "]";
    if (!read.entry) {
      out += read.used_default ? " = unknown (the rule used its default)\n" : " = unknown\n";
      continue;
    }
    out += " = " + FactValueToText(read.entry->value);
    if (read.entry->year) out += " (" + std::to_string(*read.entry->year) + ")";
    if (read.entry->valid_from) out += " (since " + read.entry->valid_from->ToString() + ")";
    out += "  [";
    for (size_t i = 0; i < read.entry->sources.size(); ++i) {
      out += (i ? ", " : "") + read.entry->sources[i];
      cited.insert(read.entry->sources[i]);
    }
    out += "]\n";
    if (!read.entry->quote.empty()) out += "      \"" + read.entry->quote + "\"\n";
    if (!read.entry->note.empty()) out += "      note: " + read.entry->note + "\n";
  }
}

}  // namespace

std::string ExplainText(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat, int rule) {
  const CountryProfile& p = *c.profile;
  std::string out = p.name + " (" + p.iso3 + ") — group: " + cat.GroupName(c.view.group) + " — profile as of " +
                    p.as_of.ToString() + "\n";
  std::set<std::string> cited;
  if (rule < 0) {
    out += "overall " + Score(c.overall) + " · de jure " + Score(c.de_jure) + " · de facto " + Score(c.de_facto) +
           " · gap " + Score(c.gap) + " · coverage " + Percent(c.coverage) + "\n";
    for (const auto& d : c.domains) {
      out += "  " + d.id + ": " + Score(d.score) + " (de jure " + Score(d.de_jure) + ", de facto " + Score(d.de_facto) +
             ", coverage " + Percent(d.coverage) + ")\n";
    }
    for (size_t r = 0; r < pack.rules.size(); ++r) RuleTrace(out, c, pack, cat, r, false, cited);
    if (!c.missing_facts.empty()) {
      out += "\nfacts that would most raise coverage:\n";
      for (const auto& m : c.missing_facts) {
        out += "  " + cat.Get(m.fact).path + " (+" + Percent(m.coverage_gain) + ")\n";
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
    }
  }
  return out;
}

}  // namespace workrights
