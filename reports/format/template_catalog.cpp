#include "reports/format/template_catalog.h"

#include <string>

namespace workrights {
namespace {

// Parts several views or places share, named in the schemas below as "$source", "$score", "$sorted" and "$dimension".
const char* kSourceSchema = R"({"first": "flag", "title": "text", "url": "text", "publisher": "text",
  "date": "text", "copy_url": "text?", "copy_note": "text?"})";
const char* kScoreSchema = R"({"text": "text", "html": "html"})";
// A score in a sortable table: `sort` is the key its script sorts by.
const char* kSortedScoreSchema = R"({"sort": "text", "text": "text", "html": "html"})";
const char* kDimensionSchema = R"({"rule": "flag", "value": "text", "known": "flag", "coverage": "text",
  "countries_known": "text", "countries_unknown": "text", "rules": "text"})";

// The rows of one country's changes (CountryDiffView): the diff's countries and the assessment's differences
// between groups hold them beside their own fields. A side of a fact, for HTML, is the entry in force as data.
const std::string kChangeRows = R"("differs": "flag",
  "has_facts": "flag", "facts": [{"fact": "text", "label": "text", "before": "text", "after": "text", "since": "text",
    "before_cite": "text", "after_cite": "text", "sides": [{"known": "flag", "value": "text", "from": "text?",
      "sources": ["$source"], "quote": "text?"}]}],
  "has_scores": "flag", "scores": [{"rule": "flag", "title": "text", "id": "text", "before": "$score",
    "after": "$score", "why": "text"}])";

const char* kPageSchema = R"({"title": "text", "body": "html", "engine_version": "text",
  "pack": {"name": "text", "version": "text", "hash": "text"}, "dataset_hash": "text", "schema_version": "text",
  "footer_note": "html?"})";

const char* kPlanSchema = R"({"pack": {"name": "text", "version": "text"}, "countries": [{
  "name": "text", "iso3": "text", "group": "text", "profile_as_of": "text",
  "overall": "$score", "de_jure": "$score", "de_facto": "$score", "gap": "$score", "coverage": "text",
  "gaps": [{"number": "text", "rule": "text", "title": "text", "dimension": "text", "dimension_word": "text",
    "result": "text", "finding": "text", "has_sources": "flag", "sources": ["$source"], "ask": "text",
    "instrument": "text", "outcome": "text?", "outcome_name": "text", "lead": "text", "partners": "text",
    "pledge": "text"}],
  "has_data_to_collect": "flag",
  "data_to_collect": [{"fact": "text", "label": "text", "group": "text", "meaning": "text", "narrowed_by": "text",
    "coverage_gain": "text", "rules": [{"first": "flag", "id": "text"}]}]}]})";

const char* kRankSchema = R"({"pack": {"name": "text", "version": "text"}, "scenario": "text?",
  "scenario_id": "text?", "as_of": "text", "group": "text?", "priority": "text", "top_k": "text", "draws": "text",
  "monte_carlo": "flag", "rank_chart": "html?", "terms": [{"name": "text"}],
  "countries": [{"rank": "text", "name": "text", "iso3": "text", "index": "text?", "unknown": "flag",
    "error": "flag", "needs": "text?", "term_values": [{"value": "text"}], "bounds": "text", "rank_range": "text",
    "median_rank": "text", "p_top": "text", "notes": "text?"}],
  "has_notes": "flag",
  "sensitivity": [{"domain": "text", "factor": "text", "top": "text", "enters": "text", "leaves": "text"}]})";

const std::string kAssessmentSchema = R"({"title": "text", "country_count": "text", "rule_count": "text",
  "comparison": "html?", "world_map": "html", "has_undrawn": "flag",
  "undrawn": [{"first": "flag", "iso3": "text", "name": "text", "overall": "$score"}],
  "domains": [{"title": "text"}],
  "overview": [{"name": "text", "anchor": "text", "group": "text", "overall": "$sorted", "de_jure": "$sorted",
    "de_facto": "$sorted", "gap": "$sorted", "coverage": {"sort": "text", "text": "text"},
    "domain_scores": ["$sorted"]}],
  "law_practice_undrawn": "text", "law_practice_chart": "html", "has_group_gaps": "flag",
  "group_gaps": [{"name": "text", "iso3": "text", "group": "text", "against": "text", )" + kChangeRows + R"(}],
  "countries": [{"page": "html"}], "sort_script": "html"})";

const char* kComparisonSchema = R"({"count": "text", "columns": [{"anchor": "text", "name": "text"}],
  "overall": ["$score"], "de_jure": ["$score"], "de_facto": ["$score"], "gap": ["$score"],
  "coverage": [{"value": "text"}], "domains": [{"title": "text", "scores": ["$score"]}],
  "findings": [{"label": "text", "texts": [{"text": "text"}]}], "same_rules": "text", "rule_count": "text",
  "has_differing": "flag", "differing": [{"title": "text", "dimension": "text", "results": [{"result": "text"}]}]})";

const std::string kAssessmentMarkdownSchema = R"({"title": "text", "pack": {"name": "text", "version": "text"},
  "domains": [{"title": "text"}],
  "overview": [{"name": "text", "iso3": "text", "group": "text", "overall": "text", "de_jure": "text",
    "de_facto": "text", "gap": "text", "coverage": "text", "domain_scores": [{"score": "text"}]}],
  "has_group_gaps": "flag",
  "group_gaps": [{"name": "text", "iso3": "text", "group": "text", "against": "text", )" + kChangeRows + R"(}],
  "countries": [{"heading": "text", "group": "text", "profile_as_of": "text", "rules_known": "text",
    "rules_unknown": "text", "rules_failed": "text?", "overall": "text",
    "rules": [{"title": "text", "dimension": "text", "result": "text", "why": "text"}], "has_sources": "flag",
    "sources": [{"id": "text", "title": "text", "publisher": "text", "date": "text", "url": "text",
      "copy_url": "text?", "copy_note": "text?"}]}]})";

const char* kTrendSchema = R"({"from": "text", "to": "text", "step": "text",
  "pack": {"name": "text", "version": "text"},
  "countries": [{"heading": "text", "chart": "html?", "points": [{"date": "text", "overall": "text", "de_jure": "text",
    "de_facto": "text", "coverage": "text"}], "has_events": "flag", "events": [{"text": "text", "date": "text", "fact": "text", "path": "text",
    "value": "text", "sources": "text"}]}]})";

const std::string kDiffSchema = R"({"before": "text", "after": "text", "changed": "flag", "countries_changed": "text",
  "added": "text?", "removed": "text?",
  "countries": [{"name": "text", "iso3": "text", "group": "text", )" + kChangeRows + "}]}";

const char* kIndicatorsSchema = R"({"as_of": "text", "group": "text?", "pack": {"name": "text", "version": "text"},
  "chart": "html",
  "indicators": [{"id": "text", "title": "text", "definition": "text", "source": "text",
    "weighted_by": [{"first": "flag", "label": "text", "path": "text"}],
    "people": "text", "law": "$dimension", "practice": "$dimension",
    "countries": [{"name": "text", "iso3": "text", "group": "text", "people": "text?", "law_share": "text?",
      "law_known": "flag", "practice_share": "text?", "practice_known": "flag"}]}]})";

const char* kSimulateSchema = R"({"scenario": {"id": "text", "title": "text", "as_of": "text"},
  "description": "text?", "mode": "text", "chart": "html",
  "countries": [{"name": "text", "iso3": "text", "baseline_mean": "text?", "scenario_mean": "text?", "change": "text",
    "change_se": "text?", "improves": "text", "deterministic": "text?"}],
  "pledges": [{"title": "text", "link": "text?", "countries": "text", "effective": "text", "applied": "flag",
    "probability": "text", "implemented": "text", "contribution": "text"}]})";

const char* kSensitivitySchema = R"({"pack": {"name": "text", "version": "text"}, "scenario": "text?",
  "scenario_id": "text?", "as_of": "text", "group": "text?", "top_k": "text", "top": "text", "samples": "text",
  "runs": "text", "seed": "text", "confidence": "text", "reading": "text", "method": "text", "chart": "html",
  "inputs": [{"label": "text", "range": "text", "first": "text", "total": "text"}], "left_out": "text?",
  "shown_from": "text", "per_country_unknowns": "flag", "columns": [{"id": "text"}],
  "countries": [{"rank": "text", "name": "text", "iso3": "text", "in_top": "text", "across_runs": "text",
    "effects": [{"value": "text"}], "own_unknowns": "text", "others_unknowns": "text"}]})";

const char* kSimulateSensitivitySchema = R"({"pack": {"name": "text", "version": "text"},
  "scenario": {"id": "text", "title": "text", "as_of": "text"}, "samples": "text", "runs": "text", "seed": "text",
  "reading": "text", "method": "text", "varying": "text", "chart": "html",
  "inputs": [{"id": "text", "label": "text", "range": "text", "mean_total": "text"}],
  "countries": [{"name": "text", "iso3": "text", "score": "text", "effect": "text", "effects": [{"value": "text"}]}]})";

const char* kCountrySchema = R"({"anchor": "text", "heading": "text", "name": "text", "iso3": "text",
  "group": "text", "profile_as_of": "text", "overall": "$score", "coverage": "text", "rules_known": "text",
  "rules_unknown": "text", "findings": [{"label": "text", "text": "text"}], "domain_chart": "html",
  "rules": [{"id": "text", "title": "text", "dimension": "text", "result": "html", "why": "html",
    "sources": ["$source"]}]})";

// Replaces "$source", "$score", "$sorted" and "$dimension" by their schemas, wherever they stand.
nlohmann::json Expand(nlohmann::json schema) {
  if (schema == "$source") return nlohmann::json::parse(kSourceSchema);
  if (schema == "$score") return nlohmann::json::parse(kScoreSchema);
  if (schema == "$sorted") return nlohmann::json::parse(kSortedScoreSchema);
  if (schema == "$dimension") return nlohmann::json::parse(kDimensionSchema);
  if (schema.is_structured()) {
    for (auto& child : schema) child = Expand(child);
  }
  return schema;
}

TemplateSpec Spec(std::string_view name, TemplateLanguage language, const std::string& schema) {
  return {name, language, Expand(nlohmann::json::parse(schema))};
}

}  // namespace

const std::vector<TemplateSpec>& TemplateSpecs() {
  static const std::vector<TemplateSpec> kSpecs = {
      Spec("assessment-comparison.html.mustache", TemplateLanguage::kHtml, kComparisonSchema),
      Spec("assessment-country.html.mustache", TemplateLanguage::kHtml, kCountrySchema),
      Spec("assessment.html.mustache", TemplateLanguage::kHtml, kAssessmentSchema),
      Spec("assessment.md.mustache", TemplateLanguage::kMarkdown, kAssessmentMarkdownSchema),
      Spec("diff.html.mustache", TemplateLanguage::kHtml, kDiffSchema),
      Spec("diff.md.mustache", TemplateLanguage::kMarkdown, kDiffSchema),
      Spec("indicators.html.mustache", TemplateLanguage::kHtml, kIndicatorsSchema),
      Spec("indicators.md.mustache", TemplateLanguage::kMarkdown, kIndicatorsSchema),
      Spec("page.html.mustache", TemplateLanguage::kHtml, kPageSchema),
      Spec("plan.html.mustache", TemplateLanguage::kHtml, kPlanSchema),
      Spec("plan.md.mustache", TemplateLanguage::kMarkdown, kPlanSchema),
      Spec("rank.html.mustache", TemplateLanguage::kHtml, kRankSchema),
      Spec("rank.md.mustache", TemplateLanguage::kMarkdown, kRankSchema),
      Spec("sensitivity.html.mustache", TemplateLanguage::kHtml, kSensitivitySchema),
      Spec("sensitivity.md.mustache", TemplateLanguage::kMarkdown, kSensitivitySchema),
      Spec("simulate-sensitivity.html.mustache", TemplateLanguage::kHtml, kSimulateSensitivitySchema),
      Spec("simulate-sensitivity.md.mustache", TemplateLanguage::kMarkdown, kSimulateSensitivitySchema),
      Spec("simulate.html.mustache", TemplateLanguage::kHtml, kSimulateSchema),
      Spec("simulate.md.mustache", TemplateLanguage::kMarkdown, kSimulateSchema),
      Spec("trend.html.mustache", TemplateLanguage::kHtml, kTrendSchema),
      Spec("trend.md.mustache", TemplateLanguage::kMarkdown, kTrendSchema),
  };
  return kSpecs;
}

const TemplateSpec* FindTemplateSpec(std::string_view name) {
  for (const auto& spec : TemplateSpecs()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

}  // namespace workrights
