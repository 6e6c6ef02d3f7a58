#include "core/sensitivity/sensitivity_reading.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/sensitivity/rank_sensitivity.h"

namespace workrights {
namespace {

// An input explains "much" of the top K from this total effect on, "little" below kLittle.
constexpr double kMuch = 0.1, kLittle = 0.05;
// Total effects adding up to this much more than the first-order ones mean assumptions act together.
constexpr double kInteraction = 0.1;

// Two decimals; a value that rounds to zero reads "0.00", never "-0.00" (first-order estimates of an input
// without effect scatter around 0).
std::string Two(double v) {
  if (std::fabs(v) < 0.005) v = 0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string Percent(double v) { return std::to_string(static_cast<int>(std::lround(v * 100))) + "%"; }

std::string JoinWords(const std::vector<std::string>& items) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) {
    s += i == 0 ? "" : i + 1 == items.size() ? " and " : ", ";
    s += items[i];
  }
  return s;
}

std::string TopList(const SobolSensitivity& s) {
  return "the top " + std::to_string(s.top) + (s.point_top.empty() ? "" : " (" + JoinWords(s.point_top) + ")");
}

// Inputs by total effect on the top K, largest first (ties in input order).
std::vector<size_t> ByTotalEffect(const TargetIndices& t) {
  std::vector<size_t> order(t.groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return t.groups[a].total.value > t.groups[b].total.value; });
  return order;
}

// The inputs the reading names first: at most three with a total effect of kMuch or more, at least the largest.
std::vector<size_t> MainDrivers(const SobolSensitivity& s) {
  std::vector<size_t> main;
  for (size_t i : ByTotalEffect(s.top_set)) {
    if (main.size() < 3 && (s.top_set.groups[i].total.value >= kMuch || main.empty())) main.push_back(i);
  }
  return main;
}

std::string Drivers(const SobolSensitivity& s) {
  const std::vector<size_t> named = MainDrivers(s);
  std::vector<std::string> main;
  size_t little = 0;
  for (size_t i : ByTotalEffect(s.top_set)) {
    const GroupIndices& g = s.top_set.groups[i];
    if (std::find(named.begin(), named.end(), i) != named.end()) {
      main.push_back(s.inputs[i].label + " (total effect " + Two(g.total.value) + ", " + Two(g.first.value) +
                     " alone)");
    } else if (g.total.value < kLittle && s.inputs[i].kind != SensitivityInputKind::kUnknownFacts) {
      ++little;  // the countries' unknown facts have a sentence of their own
    }
  }
  std::string text = "Who makes " + TopList(s) + " depends mostly on " + JoinWords(main) + ".";
  if (little > 0) {
    text += " " + std::to_string(little) + (little == 1 ? " other assumption matters" : " other assumptions matter") +
            " little (total effect below " + Two(kLittle) + ").";
  }
  return text;
}

std::string WithInterval(size_t n) {
  return std::to_string(n) + (n == 1 ? " country whose score has" : " countries whose scores have") + " an interval";
}

// What the countries' unknown facts do to the top K: one group per country names those that move it (at most
// five, by total effect); a single group says its total effect.
std::string Unknowns(const SobolSensitivity& s) {
  std::vector<std::pair<double, std::string>> moving;
  size_t countries = 0;
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    const SensitivityInput& in = s.inputs[i];
    if (in.kind != SensitivityInputKind::kUnknownFacts) continue;
    const double total = s.top_set.groups[i].total.value;
    if (s.options.unknowns == UnknownsMode::kGrouped) {
      const std::vector<size_t> named = MainDrivers(s);
      if (std::find(named.begin(), named.end(), i) != named.end()) return "";  // already said
      return " What is unknown about the " + WithInterval(in.countries.size()) + ", all together, has a total effect of " + Two(total) + ".";
    }
    ++countries;
    if (total >= kLittle) moving.emplace_back(total, in.countries[0]);
  }
  if (countries == 0) return "";
  const std::string of = "the unknown facts of the " + WithInterval(countries);
  if (moving.empty()) return " Each of " + of + " has a total effect below " + Two(kLittle) + ".";
  std::stable_sort(moving.begin(), moving.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  const size_t named = std::min<size_t>(moving.size(), 5);
  std::vector<std::string> names, totals;
  for (size_t i = 0; i < named; ++i) {
    names.push_back(moving[i].second);
    totals.push_back(Two(moving[i].first));
  }
  std::string text = " Of " + of + ", those of " + JoinWords(names) + " move it most (" +
                     (named == 1 ? "total effect " : "total effects ") + JoinWords(totals) + ")";
  if (countries == named) return text + ".";
  return text + (named < moving.size() ? "; each other country's have a total effect of at most " + Two(moving[named].first)
                                       : "; each other country's have a total effect below " + Two(kLittle)) + ".";
}

std::string Edge(const SobolSensitivity& s) {
  std::vector<std::pair<double, std::string>> edge;
  for (const auto& c : s.countries) {
    const double share = c.top.mean;
    if (c.top.variance > 0) edge.emplace_back(share, c.profile->iso3 + " (" + Percent(share) + ")");
  }
  std::stable_sort(edge.begin(), edge.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (edge.size() > 6) edge.resize(6);
  std::vector<std::string> names;
  for (const auto& e : edge) names.push_back(e.second);
  return " Countries at the edge, with the share of runs in which they are in the top " + std::to_string(s.top) +
         ": " + JoinWords(names) + ".";
}

std::string Interactions(const TargetIndices& t) {
  double first = 0, total = 0;
  for (const auto& g : t.groups) {
    first += g.first.value;
    total += g.total.value;
  }
  if (total - first < kInteraction) return "";
  return " Part of the effect comes from assumptions acting together: the total effects add up to " + Two(total) +
         ", the first-order ones to " + Two(first) + ".";
}

}  // namespace

std::string ReadSensitivity(const SobolSensitivity& s) {
  const std::string runs = std::to_string(s.runs);
  if (!s.top_set.known || !(s.top_set.variance > 0)) {
    return "In all " + runs + " runs " + TopList(s) + " stays the same: none of the " +
           std::to_string(s.inputs.size()) + " assumptions varied moves a country in or out of it.";
  }
  return Drivers(s) + Unknowns(s) + Edge(s) + Interactions(s.top_set);
}

}  // namespace workrights
