#include "reports/docs/data_docs.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <variant>
#include <vector>

#include "core/load/source_lint.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"
#include "reports/format/words.h"

namespace workrights {
namespace {

struct CountryStats {
  size_t facts = 0, entries = 0, quoted = 0, sources_used = 0, undated = 0;
  /// Newest publication date among the sources used (undated pages do not count), as precise as its source
  /// gives it; ordered by the first day each date can mean, so "2024" does not outrank "2024-06-10".
  std::optional<PartialDate> newest;
};

CountryStats Stats(const CountryProfile& p) {
  CountryStats s;
  std::set<std::string> used;
  for (const auto& entries : p.facts) {
    if (entries.empty()) continue;
    ++s.facts;
    for (const auto& e : entries) {
      ++s.entries;
      s.quoted += e.quote.empty() ? 0 : 1;
      used.insert(e.sources.begin(), e.sources.end());
    }
  }
  s.sources_used = used.size();
  for (const auto& src : p.sources) {
    if (!used.count(src.id)) continue;
    if (!src.date) {
      ++s.undated;
    } else if (!s.newest || src.date->Earliest() > s.newest->Earliest()) {
      s.newest = src.date;
    }
  }
  return s;
}

// Dataset-wide figures the data work is measured by (issue targets), with what each counts.
struct DatasetFigures {
  size_t countries = 0, ilo_treaty_complete = 0, rules_ok = 0, results = 0, copies_cited = 0, invented_days = 0;
  size_t with_population = 0, population_latest = 0, entries = 0, inferred = 0;
  size_t ilo_complete_lists = 0, ilo_partial_lists = 0;
  std::string population_date;
  double median_facts_known = 0;              ///< the median country's share of catalogue facts known
  double people = 0, people_with_de_facto = 0;  ///< displaced people counted, and those in a country with a practice score
};

// The median over countries of the share of catalogue facts with at least one entry.
double MedianFactsKnown(const Dataset& ds) {
  std::vector<double> shares;
  for (const auto& p : ds.countries) {
    size_t known = 0;
    for (const auto& entries : p.facts) known += entries.empty() ? 0 : 1;
    shares.push_back(double(known) / double(ds.catalogue.size()));
  }
  if (shares.empty()) return 0;
  std::sort(shares.begin(), shares.end());
  const size_t n = shares.size();
  return n % 2 ? shares[n / 2] : (shares[n / 2 - 1] + shares[n / 2]) / 2;
}

// True when at least one de facto rule of the pack's right-to-work domain (the first) has a known result: the
// country has a practice score for the right to work resting on evidence, not only the [0, 1] of unknowns.
bool HasDeFactoRightToWork(const CountryAssessment& c, const PackInfo& pack) {
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleInfo& rule = pack.rules[r];
    if (rule.domain == 0 && rule.dimension == Dimension::kDeFacto && c.results[r].status == RuleStatus::kOk) return true;
  }
  return false;
}

// Refugees, asylum seekers and others in need of protection in force for each assessed country, and the part
// of them in countries with a de facto right-to-work score resting on at least one known rule.
void CountPeople(const Dataset& ds, const Assessment& a, DatasetFigures& f) {
  for (const auto& c : a.countries) {
    double people = 0;
    for (const char* path : {"pop.refugees", "pop.asylum_seekers", "pop.other_in_need_of_protection"}) {
      const FactSpec* spec = ds.catalogue.Find(path);
      const FactEntry* e = spec ? c.profile->Resolve(spec->id, c.profile->primary_group, a.as_of) : nullptr;
      if (e && std::holds_alternative<double>(e->value)) people += std::get<double>(e->value);
    }
    f.people += people;
    if (HasDeFactoRightToWork(c, *a.pack)) f.people_with_de_facto += people;
  }
}

bool IsTableFact(const FactSpec& f) {
  return f.path.rfind("intl.ilo.", 0) == 0 || f.path == "intl.refugee_convention_1951.party" ||
         f.path == "intl.refugee_protocol_1967.party" || f.path == "intl.icescr.party";
}

DatasetFigures Figures(const Dataset& ds, const Assessment& a) {
  DatasetFigures f;
  f.countries = ds.countries.size();
  // The facts a complete table answers: the countries for which every one of them is known.
  std::set<FactId> table_facts;
  for (const auto& t : ds.tables) {
    for (const auto& [column, fact] : t.columns) {
      const FactSpec& spec = ds.catalogue.Get(fact);
      bool ilo = spec.path.rfind("intl.ilo.", 0) == 0;
      // A partial ILO list (the ratifications read so far) leaves other countries unknown by design.
      if (IsTableFact(spec) && (!ilo || t.complete)) table_facts.insert(fact);
      if (ilo) (t.complete ? f.ilo_complete_lists : f.ilo_partial_lists) += 1;
    }
  }
  std::optional<Date> latest_population;
  for (const auto& t : ds.tables) {
    for (const auto& row : t.rows) {
      if (row.year && row.valid_from && (!latest_population || *row.valid_from > *latest_population)) {
        latest_population = row.valid_from;
      }
    }
  }
  f.population_date = latest_population ? latest_population->ToString() : "";
  const FactSpec* refugees = ds.catalogue.Find("pop.refugees");
  for (const auto& p : ds.countries) {
    bool all = !table_facts.empty();
    for (FactId id : table_facts) all = all && !p.facts[static_cast<size_t>(id)].empty();
    f.ilo_treaty_complete += all ? 1 : 0;
    for (const auto& src : p.sources) {
      f.copies_cited += CopyHostPattern(src.url).empty() ? 0 : 1;
      f.invented_days += (src.date && src.date->month == 1 && src.date->day == 1) ? 1 : 0;
    }
    for (const auto& entries : p.facts) {
      for (const auto& e : entries) {
        ++f.entries;
        f.inferred += e.inferred ? 1 : 0;
      }
    }
    if (refugees && !p.facts[static_cast<size_t>(refugees->id)].empty()) {
      ++f.with_population;
      const FactEntry* now = p.Resolve(refugees->id, p.primary_group, std::nullopt);
      f.population_latest += (now && latest_population && now->valid_from == latest_population) ? 1 : 0;
    }
  }
  for (const auto& c : a.countries) {
    f.rules_ok += static_cast<size_t>(c.rules_ok);
    f.results += c.results.size();
  }
  f.median_facts_known = MedianFactsKnown(ds);
  CountPeople(ds, a, f);
  return f;
}

std::string FiguresMarkdown(const DatasetFigures& f) {
  auto share = [](size_t n, size_t d) { return Percent(d ? double(n) / double(d) : 0); };
  std::string out = "## Dataset figures\n\n";
  out += "- countries whose ILO ratifications (the conventions with a complete NORMLEX table) and UN refugee and "
         "ICESCR status are all known: " + std::to_string(f.ilo_treaty_complete) + " of " + std::to_string(f.countries) +
         " (" + share(f.ilo_treaty_complete, f.countries) + ")\n";
  out += "- ILO conventions with a complete NORMLEX list: " + std::to_string(f.ilo_complete_lists) +
         "; with a partial one (the ratifications read so far; other countries unknown): " +
         std::to_string(f.ilo_partial_lists) + "\n";
  out += "- median share of catalogue facts known per country: " + Percent(f.median_facts_known) + "\n";
  out += "- known rule results: " + std::to_string(f.rules_ok) + " of " + std::to_string(f.results) + " (" +
         share(f.rules_ok, f.results) + ")\n";
  out += "- displaced people (refugees, asylum seekers, others in need of protection) in countries with a de facto "
         "right-to-work score (at least one practice rule of the first domain known): " + Percent(f.people > 0 ? f.people_with_de_facto / f.people : 0) + " of " +
         std::to_string(static_cast<long long>(f.people)) + "\n";
  out += "- fact entries marked inferred (read from silence or a general statement): " + std::to_string(f.inferred) +
         " of " + std::to_string(f.entries) + " (" + share(f.inferred, f.entries) + ")\n";
  out += "- sources on a copy or archive host cited without the original: " + std::to_string(f.copies_cited) + "\n";
  out += "- sources dated 1 January (often an invented day): " + std::to_string(f.invented_days) + "\n";
  out += "- countries whose refugee figure in force comes from the latest population table (" +
         (f.population_date.empty() ? std::string("none") : f.population_date) + "): " +
         std::to_string(f.population_latest) + " of " + std::to_string(f.with_population) + " with a figure\n\n";
  return out;
}

// How many of the dataset's countries have a value of the table's first fact (from the table, its completeness, or
// the profile): what a partial list still leaves unknown.
size_t CountriesKnown(const Dataset& ds, const CrossCountryTable& t) {
  if (t.columns.empty()) return 0;
  auto fact = static_cast<size_t>(t.columns.front().second);
  return static_cast<size_t>(std::count_if(ds.countries.begin(), ds.countries.end(),
                                           [&](const CountryProfile& p) { return !p.facts[fact].empty(); }));
}

// The list's own date, and the newest date among the table's other sources when later: a list brought up to date
// by later records (a depositary page of a later year, a ratification announced since) says so.
std::string SourceDatesCell(const CrossCountryTable& t) {
  const Source& list = t.sources.front();
  std::string cell = list.date ? list.date->ToString() : std::string("undated");
  const Source* newest = nullptr;
  for (const Source& s : t.sources) {
    if (s.date && (!newest || newest->date->Latest() < s.date->Latest())) newest = &s;
  }
  if (newest && newest != &list && (!list.date || list.date->Latest() < newest->date->Latest())) {
    cell += "; latest row source " + newest->date->ToString();
  }
  return cell;
}

std::string TablesMarkdown(const Dataset& ds) {
  if (ds.tables.empty()) return "";
  std::string out = "## Cross-country tables\n\n| table | facts | rows | countries known | complete list | source | "
                    "source date |\n|---|---|---|---|---|---|---|\n";
  for (const auto& t : ds.tables) {
    std::string facts;
    for (const auto& [column, fact] : t.columns) facts += (facts.empty() ? "" : ", ") + std::string("`") + ds.catalogue.Get(fact).path + "`";
    const Source& s = t.sources.front();
    out += "| " + t.id + " | " + facts + " | " + std::to_string(t.rows.size()) + " | " +
           std::to_string(CountriesKnown(ds, t)) + " of " + std::to_string(ds.countries.size()) + " | " +
           (t.complete ? "yes" : "no") +
           " | [" + MarkdownCell(s.title) + "](" + s.url + ") (" + MarkdownCell(s.publisher) + ")" +
           (s.copy_url.empty() ? "" : ", read in [a copy](" + s.copy_url + ")") + " | " + SourceDatesCell(t) + " |\n";
  }
  return out + "\n";
}

// A fact to collect for a country, as words with its path, and the group when it is another than the country's
// own (a rule may compare groups).
std::string MissingFactMarkdown(const MissingFact& m, const CountryAssessment& c, const FactCatalogue& cat) {
  return FactWordsAndPathMarkdown(cat, m.fact) + (m.group != c.view.group ? " for " + GroupWords(cat, m.group) : "");
}

// Per country, what stays unknown: the rule results without a score and every fact whose absence leaves one so,
// the most interval width removed first (the research agenda the figures above summarise).
std::string UnknownsMarkdown(const Assessment& a, const FactCatalogue& cat) {
  std::string out = "## What stays unknown, per country\n\n"
                    "Rule results without a score for the country's main group, and the facts that would give them "
                    "one (most interval width removed first).\n\n";
  for (const auto& c : a.countries) {
    out += "- " + MarkdownCell(c.profile->name) + " (" + c.profile->iso3 + "), " + cat.GroupName(c.view.group) + ": " +
           std::to_string(c.rules_unknown) + " of " + std::to_string(c.results.size()) + " rule results unknown";
    for (size_t i = 0; i < c.missing_facts.size(); ++i) {
      out += (i ? ", " : "; facts: ") + MissingFactMarkdown(c.missing_facts[i], c, cat);
    }
    out += "\n";
  }
  return out + "\n";
}

}  // namespace

std::string DataFiguresText(const Dataset& ds, const Assessment& a) { return FiguresMarkdown(Figures(ds, a)); }

std::string DataMarkdown(const Dataset& ds, const Assessment& a) {
  const FactCatalogue& cat = ds.catalogue;
  size_t total_facts = 0, total_entries = 0, total_quoted = 0, total_sources = 0, total_undated = 0;
  std::map<std::string, CountryStats> stats;
  for (const auto& p : ds.countries) {
    stats[p.iso3] = Stats(p);
    total_facts += stats[p.iso3].facts;
    total_entries += stats[p.iso3].entries;
    total_quoted += stats[p.iso3].quoted;
    total_sources += stats[p.iso3].sources_used;
    total_undated += stats[p.iso3].undated;
  }
  std::string out = "# What the dataset knows\n\n";
  out += "Generated by `workrights docs data` from `data/` and the `" + a.pack->name +
         "` rule pack; do not edit by hand. Each fact in a profile names the sources that say it; a fact no source "
         "was found for is absent (unknown). Research notes per country are in `data/research/`.\n\n";
  out += "- countries: " + std::to_string(ds.countries.size()) + "\n";
  out += "- facts known: " + std::to_string(total_facts) + " of " + std::to_string(ds.countries.size() * cat.size()) +
         " possible (" + std::to_string(cat.size()) + " catalogue facts per country)\n";
  out += "- entries with a quote from their source: " + std::to_string(total_quoted) + " of " +
         std::to_string(total_entries) + " (" + Percent(total_entries ? double(total_quoted) / double(total_entries) : 0) +
         ")\n";
  out += "- sources used: " + std::to_string(total_sources) + ", of which " + std::to_string(total_undated) +
         " show no publication date (cited with the day they were read)\n\n";
  out += FiguresMarkdown(Figures(ds, a)) + TablesMarkdown(ds);
  out += "## Countries\n\n";
  out += "| country | group | facts known | entries quoted | sources used (undated) | newest dated source | rule coverage | data to collect first (overall interval width each would remove) |\n";
  out += "|---|---|---|---|---|---|---|---|\n";
  for (const auto& c : a.countries) {
    const CountryProfile& p = *c.profile;
    const CountryStats& s = stats[p.iso3];
    std::string gaps;
    for (size_t i = 0; i < c.missing_facts.size() && i < 3; ++i) {
      char width[16];
      std::snprintf(width, sizeof width, "%.3f", c.missing_facts[i].width_removed);
      gaps += (i ? ", " : "") + MissingFactMarkdown(c.missing_facts[i], c, cat) + " (−" + width + ")";
    }
    out += "| " + MarkdownCell(p.name) + " (" + p.iso3 + ") | " + cat.GroupName(c.view.group) + " | " +
           std::to_string(s.facts) + " / " + std::to_string(cat.size()) + " | " + std::to_string(s.quoted) + " / " +
           std::to_string(s.entries) + " | " + std::to_string(s.sources_used) + " (" +
           std::to_string(s.undated) + ") | " +
           (s.newest ? s.newest->ToString() : std::string("—")) + " | " + Percent(c.coverage) + " | " +
           (gaps.empty() ? std::string("—") : gaps) + " |\n";
  }
  out += "\n" + UnknownsMarkdown(a, cat);
  // Which facts are known nowhere: the first places to look for sources.
  out += "## Facts no profile states yet\n\n";
  std::string none;
  for (const auto& f : cat.facts()) {
    bool known = false;
    for (const auto& p : ds.countries) known = known || !p.facts[static_cast<size_t>(f.id)].empty();
    if (!known) none += "- `" + f.path + "`: " + MarkdownCell(f.meaning) + "\n";
  }
  out += none.empty() ? "Every catalogue fact is known for at least one country.\n" : none;
  return out;
}

}  // namespace workrights
