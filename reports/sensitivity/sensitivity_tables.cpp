#include "reports/sensitivity/sensitivity_tables.h"

#include <cmath>

#include "reports/assessment/json_writer.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"

namespace workrights {

std::string_view KindName(SensitivityInputKind k) {
  switch (k) {
    case SensitivityInputKind::kDomainWeight: return "domain_weight";
    case SensitivityInputKind::kLawShare: return "law_share";
    case SensitivityInputKind::kRuleWeight: return "rule_weight";
    case SensitivityInputKind::kPledge: return "pledge";
    case SensitivityInputKind::kUnknownFacts: return "unknown_facts";
    case SensitivityInputKind::kUncertainFact: return "uncertain_fact";
    case SensitivityInputKind::kProfileUncertainty: return "profile_uncertainty";
  }
  return "";
}

nlohmann::json IndexNumber(double x) { return std::isnan(x) ? nlohmann::json(nullptr) : nlohmann::json(RoundScore(x)); }

nlohmann::json TargetJson(const TargetIndices& t, const std::vector<SensitivityInput>& inputs) {
  nlohmann::json indices = nlohmann::json::array();
  const bool estimated = t.known && t.variance > 0;
  for (size_t i = 0; estimated && i < inputs.size(); ++i) {
    const GroupIndices& g = t.groups[i];
    indices.push_back({{"input", inputs[i].id},
                       {"first_order", IndexNumber(g.first.value)}, {"first_order_low", IndexNumber(g.first.low)},
                       {"first_order_high", IndexNumber(g.first.high)}, {"total", IndexNumber(g.total.value)},
                       {"total_low", IndexNumber(g.total.low)}, {"total_high", IndexNumber(g.total.high)}});
  }
  return {{"known", t.known}, {"mean", t.known ? IndexNumber(t.mean) : nlohmann::json(nullptr)},
          {"variance", t.known ? IndexNumber(t.variance) : nlohmann::json(nullptr)}, {"indices", indices}};
}

nlohmann::json InputsJson(const std::vector<SensitivityInput>& inputs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& in : inputs) {
    nlohmann::json j = {{"id", in.id}, {"kind", KindName(in.kind)}, {"label", in.label}};
    switch (in.kind) {
      case SensitivityInputKind::kPledge:
        j["probability"] = RoundScore(in.probability);
        if (!in.value_changes.empty()) j["uncertain_values"] = in.value_changes.size();
        break;
      case SensitivityInputKind::kUnknownFacts:
        if (in.countries.size() == 1) j["range"] = {RoundScore(in.low), RoundScore(in.high)};
        j["countries"] = in.countries;
        break;
      case SensitivityInputKind::kProfileUncertainty: j["countries"] = in.countries; break;
      case SensitivityInputKind::kUncertainFact: break;
      default: j["range"] = {RoundScore(in.low), RoundScore(in.high)};
    }
    out.push_back(j);
  }
  return out;
}

std::string RunText(const SobolOptions& options) {
  return "seed " + std::to_string(options.seed) + " · " + std::to_string(options.samples) + " samples";
}

std::string Two(double v) { return Fixed(std::fabs(v) < 0.005 ? 0.0 : v, 2); }

std::string IndexText(const IndexEstimate& e) {
  if (std::isnan(e.value)) return "—";
  std::string s = Two(e.value);
  if (!std::isnan(e.low)) s += " [" + Two(e.low) + "–" + Two(e.high) + "]";
  return s;
}

std::string RangeText(const SensitivityInput& in) {
  switch (in.kind) {
    case SensitivityInputKind::kPledge: {
      std::string s = in.uncertain_implementation ? "p = " + Fixed(in.probability, 2) : "implemented";
      if (!in.value_changes.empty()) s += ", values from their distributions";
      return s;
    }
    case SensitivityInputKind::kUnknownFacts:
      return in.countries.size() == 1 ? "overall " + Fixed(in.low, 2) + " to " + Fixed(in.high, 2)
                                      : "each country's interval";
    case SensitivityInputKind::kUncertainFact: return "its distribution";
    case SensitivityInputKind::kProfileUncertainty: return "each profile's ranges";
    default: return Fixed(in.low, 2) + " to " + Fixed(in.high, 2);
  }
}

CsvTable SensitivityCsvTable() {
  return CsvTable({"target", "country", "input", "first_order", "first_order_low", "first_order_high", "total",
                   "total_low", "total_high", "mean", "variance"});
}

void CsvTarget(CsvTable& t, const std::string& target, const std::string& iso3, const TargetIndices& ti,
               const std::vector<SensitivityInput>& inputs) {
  for (size_t i = 0; i < inputs.size(); ++i) {
    const GroupIndices& g = ti.groups[i];
    t.Row({target, iso3, inputs[i].id, CsvNumber(g.first.value), CsvNumber(g.first.low), CsvNumber(g.first.high),
           CsvNumber(g.total.value), CsvNumber(g.total.low), CsvNumber(g.total.high),
           ti.known ? CsvNumber(ti.mean) : "", ti.known ? CsvNumber(ti.variance) : ""});
  }
}

std::string MarkdownRow(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const auto& c : cells) row += " " + MarkdownCell(c) + " |";
  return row + "\n";
}

std::string HtmlRow(const std::vector<std::string>& cells, const char* tag) {
  std::string row = "<tr>";
  for (const auto& c : cells) row += std::string("<") + tag + ">" + HtmlEscape(c) + "</" + tag + ">";
  return row + "</tr>\n";
}

}  // namespace workrights
