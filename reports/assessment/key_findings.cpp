#include "reports/assessment/key_findings.h"

#include "reports/format/score_format.h"
#include "reports/format/words.h"

namespace workrights {
namespace {

// A gap smaller than this reads as none: it is below the two decimals the reports print.
constexpr double kNoGap = 0.005;

std::string DomainScoreText(const DomainInfo& d, const std::optional<Score>& s) { return d.title + ", " + ScoreText(s); }

KeyFinding StrongestAndWeakest(const CountryAssessment& c, const PackInfo& pack) {
  int best = -1, worst = -1, scored = 0;
  for (size_t d = 0; d < c.domains.size(); ++d) {
    const auto& s = c.domains[d].score;
    if (!s) continue;
    ++scored;
    if (best < 0 || s->point > c.domains[best].score->point) best = static_cast<int>(d);
    if (worst < 0 || s->point < c.domains[worst].score->point) worst = static_cast<int>(d);
  }
  KeyFinding f{"Strongest and weakest", ""};
  if (scored == 0) {
    f.text = "No domain has a score.";
  } else if (scored == 1 || c.domains[best].score->point - c.domains[worst].score->point < kNoGap) {
    f.text = (scored == 1 ? "One domain has a score: " : "Every domain scores alike: ") +
             DomainScoreText(pack.domains[best], c.domains[best].score) + ".";
  } else {
    f.text = "Strongest: " + DomainScoreText(pack.domains[best], c.domains[best].score) +
             ". Weakest: " + DomainScoreText(pack.domains[worst], c.domains[worst].score) + ".";
  }
  return f;
}

KeyFinding LawAndPractice(const CountryAssessment& c, const PackInfo& pack) {
  int widest = -1;
  for (size_t d = 0; d < c.domains.size(); ++d) {
    const auto& g = c.domains[d].gap;
    if (g && (widest < 0 || g->point > c.domains[widest].gap->point)) widest = static_cast<int>(d);
  }
  KeyFinding f{"Law and practice", ""};
  if (widest < 0) {
    f.text = "No domain has both a law and a practice score, so the gap between them is unknown.";
    return f;
  }
  const DomainScore& d = c.domains[widest];
  std::string figures = "the law scores " + ScoreText(d.de_jure) + ", practice " + ScoreText(d.de_facto) + " (gap " +
                        ScoreText(d.gap) + ").";
  if (d.gap->point < kNoGap) {
    f.text = "Practice keeps up with the law in every domain with both; closest to a gap is " + pack.domains[widest].title +
             ": " + figures;
  } else {
    f.text = "Practice falls furthest behind the law in " + pack.domains[widest].title + ": " + figures;
  }
  return f;
}

// Labels are lower case, to sit inside sentences; one that starts a sentence takes a capital.
std::string SentenceStart(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

KeyFinding MostWorthCollecting(const CountryAssessment& c, const FactCatalogue& cat) {
  KeyFinding f{"Most worth collecting", ""};
  if (c.missing_facts.empty()) {
    f.text = "Nothing: every fact the rules read is known.";
    return f;
  }
  auto name = [&](const MissingFact& m) {
    return FactWords(cat, m.fact) + (m.group != c.view.group ? " (for " + GroupWords(cat, m.group) + ")" : "");
  };
  const MissingFact& first = c.missing_facts.front();
  const FactSpec& spec = cat.Get(first.fact);
  f.text = SentenceStart(name(first)) + " — " + spec.meaning + " Knowing it would narrow the overall interval by " +
           Fixed(first.width_removed, 2) + " on average and give a known result to " + Percent(first.coverage_gain) +
           " more of the rule weight.";
  for (size_t i = 1; i < c.missing_facts.size() && i < 3; ++i) f.text += (i == 1 ? " Next: " : ", ") + name(c.missing_facts[i]);
  if (c.missing_facts.size() > 1) f.text += ".";
  return f;
}

}  // namespace

std::vector<KeyFinding> KeyFindings(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat) {
  return {StrongestAndWeakest(c, pack), LawAndPractice(c, pack), MostWorthCollecting(c, cat)};
}

}  // namespace workrights
