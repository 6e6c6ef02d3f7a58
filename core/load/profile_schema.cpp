#include "core/load/profile_schema.h"

namespace workrights {
namespace {

constexpr const char* kDatePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
/// A source's publication date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.
constexpr const char* kPartialDatePattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

nlohmann::json ValueSchema(const FactSpec& f) {
  nlohmann::json s;
  switch (f.type) {
    case FactType::kBool: s = {{"type", "boolean"}}; break;
    case FactType::kNumber:
      s = {{"type", f.integer ? "integer" : "number"}};
      if (f.min) s["minimum"] = *f.min;
      if (f.max) s["maximum"] = *f.max;
      break;
    case FactType::kEnum: s = {{"enum", f.AllowedNames()}}; break;
    case FactType::kList: {
      nlohmann::json items = {{"type", "string"}};
      if (!f.values.empty()) items = {{"enum", f.AllowedNames()}};
      s = {{"type", "array"}, {"items", items}, {"uniqueItems", true}};
      break;
    }
    case FactType::kDate: s = {{"type", "string"}, {"pattern", kDatePattern}}; break;
  }
  return s;
}

}  // namespace

nlohmann::json ProfileJsonSchema(const FactCatalogue& cat) {
  nlohmann::json defs;
  defs["date"] = {{"type", "string"}, {"pattern", kDatePattern}};
  defs["partial_date"] = {{"description", "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source gives it"},
                          {"type", "string"},
                          {"pattern", kPartialDatePattern}};
  defs["source"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"id", "title", "publisher", "url"}},
      {"anyOf", {{{"required", {"date"}}}, {{"required", {"accessed"}}}}},
      {"dependentRequired", {{"copy_note", {"copy_url"}}}},
      {"properties",
       {{"id", {{"type", "string"}, {"minLength", 1}}},
        {"title", {{"type", "string"}, {"minLength", 1}}},
        {"publisher", {{"type", "string"}, {"minLength", 1}}},
        {"url",
         {{"description", "the original, where its publisher puts it"}, {"type", "string"}, {"pattern", "^https?://"}}},
        {"date", {{"$ref", "#/$defs/partial_date"}}},
        {"accessed", {{"$ref", "#/$defs/date"}}},
        {"copy_url",
         {{"description", "where the text was actually read (a mirror, a document-sharing site, an archive capture)"},
          {"type", "string"},
          {"pattern", "^https?://"}}},
        {"copy_note", {{"type", "string"}, {"minLength", 1}}}}}};
  defs["inferred"] = {
      {"description", "the value is read from the source's silence or a general statement; the reasoning is in note"},
      {"type", "boolean"}};
  defs["inferred_needs_note"] = {{"if", {{"required", {"inferred"}}, {"properties", {{"inferred", {{"const", true}}}}}}},
                                 {"then", {{"required", {"note"}}}}};
  defs["uncertainty"] = {
      {"type", "object"},
      {"required", {"distribution"}},
      {"properties", {{"distribution", {{"enum", {"uniform", "triangular", "normal", "categorical"}}}}}}};

  nlohmann::json facts = nlohmann::json::object();
  for (const auto& f : cat.facts()) {
    nlohmann::json required = {"value", "sources"};
    if (f.needs_year) required.push_back("year");
    nlohmann::json entry = {
        {"type", "object"},
        {"additionalProperties", false},
        {"required", required},
        {"properties",
         {{"value", ValueSchema(f)},
          {"sources", {{"type", "array"}, {"minItems", 1}, {"items", {{"type", "string"}}}}},
          {"quote", {{"type", "string"}, {"maxLength", 300}}},
          {"locator", {{"type", "string"}}},
          {"note", {{"type", "string"}}},
          {"inferred", {{"$ref", "#/$defs/inferred"}}},
          {"valid_from", {{"$ref", "#/$defs/date"}}},
          {"year", {{"type", "integer"}, {"minimum", 1950}}},
          {"uncertainty", {{"$ref", "#/$defs/uncertainty"}}}}}};
    if (f.by_group) entry["properties"]["group"] = {{"enum", cat.groups()}};
    if (f.by_sex_and_age) {
      entry["properties"]["sex"] = {{"description", "the entry describes the women or the men of the group"},
                                    {"enum", {"female", "male"}}};
      entry["properties"]["age"] = {{"description", "the entry describes an age band of the group: FROM-TO or FROM+"},
                                    {"type", "string"},
                                    {"pattern", "^([0-9]{1,3}-[0-9]{1,3}|[0-9]{1,3}\\+)$"}};
    }
    entry["allOf"] = {{{"$ref", "#/$defs/inferred_needs_note"}}};
    defs["entry:" + f.path] = entry;
    std::string ref = "#/$defs/entry:" + f.path;
    facts[f.path] = {{"description", f.meaning},
                     {"oneOf",
                      {{{"$ref", ref}}, {{"type", "array"}, {"minItems", 1}, {"items", {{"$ref", ref}}}}}}};
  }

  return {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"$id", "profile.schema.json"},
      {"title", "workrights country profile"},
      {"description", "Generated from data/catalogue.json (catalogue version " + cat.version() +
                          ") by `workrights schema profile`. Do not edit by hand."},
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"country", "name", "as_of", "sources", "facts"}},
      {"properties",
       {{"country", {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}}},
        {"name", {{"type", "string"}, {"minLength", 1}}},
        {"as_of", {{"$ref", "#/$defs/date"}}},
        {"primary_group", {{"enum", cat.groups()}}},
        {"sources", {{"type", "array"}, {"items", {{"$ref", "#/$defs/source"}}}}},
        {"facts", {{"type", "object"}, {"additionalProperties", false}, {"properties", facts}}}}},
      {"$defs", defs},
  };
}

}  // namespace workrights
