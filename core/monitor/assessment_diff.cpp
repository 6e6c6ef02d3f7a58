#include "core/monitor/assessment_diff.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/model/fact_value.h"

namespace workrights {
namespace {

bool SameScore(const std::optional<Score>& a, const std::optional<Score>& b) {
  if (!a || !b) return !a && !b;
  return std::abs(a->point - b->point) < kScoreTolerance && std::abs(a->lower - b->lower) < kScoreTolerance &&
         std::abs(a->upper - b->upper) < kScoreTolerance;
}

/// A rule's result as an interval: its score when known, else what the unknown facts allow.
std::optional<Score> RuleScore(const RuleResult& r) {
  if (r.status == RuleStatus::kError) return std::nullopt;
  if (r.status == RuleStatus::kOk) return Score{r.score, r.lower, r.upper};
  return Score{(r.lower + r.upper) / 2, r.lower, r.upper};
}

/// The entry in force for the assessed group, by catalogue path; nullptr when unknown or not in the catalogue.
const FactEntry* InForce(const Assessment& a, const CountryAssessment& c, const std::string& path) {
  const FactSpec* spec = a.dataset->catalogue.Find(path);
  return spec ? c.view.Get(spec->id) : nullptr;
}

bool SameEntryValue(const FactEntry* a, const FactEntry* b) {
  if (!a || !b) return !a && !b;
  return FactValueToText(a->value) == FactValueToText(b->value);
}

/// Catalogue paths of both sides: the "after" catalogue's order, then paths only the "before" side knows.
std::vector<std::string> AllPaths(const Assessment& before, const Assessment& after) {
  std::vector<std::string> paths = after.dataset->catalogue.Paths();
  for (const auto& p : before.dataset->catalogue.Paths()) {
    if (!after.dataset->catalogue.Find(p)) paths.push_back(p);
  }
  return paths;
}

/// The label of `path`, from the "after" catalogue when it holds the path, else from the "before" one.
std::string LabelOf(const Assessment& before, const Assessment& after, const std::string& path) {
  const FactSpec* spec = after.dataset->catalogue.Find(path);
  if (!spec) spec = before.dataset->catalogue.Find(path);
  return spec ? spec->label : path;
}

std::vector<ChangedFact> FactChanges(const Assessment& before, const CountryAssessment& b, const Assessment& after,
                                    const CountryAssessment& a, const std::vector<std::string>& paths) {
  std::vector<ChangedFact> out;
  for (const auto& path : paths) {
    const FactEntry* old_entry = InForce(before, b, path);
    const FactEntry* new_entry = InForce(after, a, path);
    if (SameEntryValue(old_entry, new_entry)) continue;
    out.push_back({path, LabelOf(before, after, path), {b.profile, old_entry}, {a.profile, new_entry}});
  }
  return out;
}

void AddIfMoved(std::vector<ScoreChange>& out, ScoreKind kind, const std::string& id, const std::string& title,
                const std::optional<Score>& was, const std::optional<Score>& now) {
  if (!SameScore(was, now)) out.push_back({kind, id, title, was, now, "", "", {}});
}

std::optional<Score> ShareScore(double x) { return Score{x, x, x}; }

void HeadlineChanges(const CountryAssessment& b, const CountryAssessment& a, std::vector<ScoreChange>& out) {
  AddIfMoved(out, ScoreKind::kOverall, "overall", "", b.overall, a.overall);
  AddIfMoved(out, ScoreKind::kOverall, "de_jure", "", b.de_jure, a.de_jure);
  AddIfMoved(out, ScoreKind::kOverall, "de_facto", "", b.de_facto, a.de_facto);
  AddIfMoved(out, ScoreKind::kOverall, "gap", "", b.gap, a.gap);
  AddIfMoved(out, ScoreKind::kOverall, "coverage", "", ShareScore(b.coverage), ShareScore(a.coverage));
}

const DomainScore* FindDomain(const CountryAssessment& c, const std::string& id) {
  for (const auto& d : c.domains) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

/// A domain's title in the "after" pack, else the "before" one's, else its id.
std::string DomainTitle(const Assessment& before, const Assessment& after, const std::string& id) {
  for (const PackInfo* pack : {after.pack, before.pack}) {
    for (const auto& d : pack->domains) {
      if (d.id == id && !d.title.empty()) return d.title;
    }
  }
  return id;
}

void DomainChanges(const Assessment& before, const CountryAssessment& b, const Assessment& after,
                   const CountryAssessment& a, std::vector<ScoreChange>& out) {
  for (const auto& d : a.domains) {
    const DomainScore* old_domain = FindDomain(b, d.id);
    AddIfMoved(out, ScoreKind::kDomain, d.id, DomainTitle(before, after, d.id), old_domain ? old_domain->score : std::nullopt,
               d.score);
  }
  for (const auto& d : b.domains) {
    if (!FindDomain(a, d.id)) AddIfMoved(out, ScoreKind::kDomain, d.id, DomainTitle(before, after, d.id), d.score, std::nullopt);
  }
}

/// The changed facts among those a rule read, on either side.
std::vector<std::string> Because(const Assessment& before, const RuleResult* old_result, const Assessment& after,
                                 const RuleResult* new_result, const std::vector<ChangedFact>& facts) {
  std::set<std::string> read;
  if (old_result) {
    for (const auto& r : old_result->reads) read.insert(before.dataset->catalogue.Get(r.fact).path);
  }
  if (new_result) {
    for (const auto& r : new_result->reads) read.insert(after.dataset->catalogue.Get(r.fact).path);
  }
  std::vector<std::string> out;
  for (const auto& f : facts) {
    if (read.count(f.fact)) out.push_back(f.fact);
  }
  return out;
}

int RuleIndex(const PackInfo& pack, const std::string& id) {
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    if (pack.rules[r].id == id) return static_cast<int>(r);
  }
  return -1;
}

void RuleChanges(const Assessment& before, const CountryAssessment& b, const Assessment& after,
                 const CountryAssessment& a, const std::vector<ChangedFact>& facts, std::vector<ScoreChange>& out) {
  std::vector<std::pair<std::string, std::string>> rules;  // id, title: the "after" pack's order, then removed
  for (const auto& r : after.pack->rules) rules.emplace_back(r.id, r.title);
  for (const auto& r : before.pack->rules) {
    if (RuleIndex(*after.pack, r.id) < 0) rules.emplace_back(r.id, r.title);
  }
  for (const auto& [id, title] : rules) {
    int old_index = RuleIndex(*before.pack, id), new_index = RuleIndex(*after.pack, id);
    const RuleResult* old_result = old_index < 0 ? nullptr : &b.results[static_cast<size_t>(old_index)];
    const RuleResult* new_result = new_index < 0 ? nullptr : &a.results[static_cast<size_t>(new_index)];
    std::optional<Score> was = old_result ? RuleScore(*old_result) : std::nullopt;
    std::optional<Score> now = new_result ? RuleScore(*new_result) : std::nullopt;
    bool status_changed = old_result && new_result && old_result->status != new_result->status;
    if (SameScore(was, now) && !status_changed) continue;
    out.push_back({ScoreKind::kRule, id, title, was, now, old_result ? old_result->explanation : "",
                   new_result ? new_result->explanation : "", Because(before, old_result, after, new_result, facts)});
  }
}

const CountryAssessment* FindCountry(const Assessment& a, const std::string& iso3) {
  for (const auto& c : a.countries) {
    if (c.profile->iso3 == iso3) return &c;
  }
  return nullptr;
}

}  // namespace

CountryDiff DiffCountry(const Assessment& before, const CountryAssessment& b, const Assessment& after,
                        const CountryAssessment& a) {
  CountryDiff c{a.profile->iso3, a.profile->name, after.dataset->catalogue.GroupName(a.view.group), {}, {}};
  c.facts = FactChanges(before, b, after, a, AllPaths(before, after));
  HeadlineChanges(b, a, c.scores);
  DomainChanges(before, b, after, a, c.scores);
  RuleChanges(before, b, after, a, c.facts, c.scores);
  return c;
}

AssessmentDiff DiffAssessments(const Assessment& before, const Assessment& after) {
  AssessmentDiff diff;
  diff.before = &before;
  diff.after = &after;
  for (const auto& c : before.countries) {
    if (!FindCountry(after, c.profile->iso3)) diff.removed.push_back(c.profile->iso3);
  }
  for (const auto& a : after.countries) {
    const CountryAssessment* b = FindCountry(before, a.profile->iso3);
    if (!b) {
      diff.added.push_back(a.profile->iso3);
      continue;
    }
    CountryDiff c = DiffCountry(before, *b, after, a);
    if (!c.facts.empty() || !c.scores.empty()) diff.countries.push_back(std::move(c));
  }
  return diff;
}

}  // namespace workrights
