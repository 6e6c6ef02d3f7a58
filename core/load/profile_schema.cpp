#include "core/load/profile_schema.h"

#include "core/load/fact_schema.h"
#include "core/model/iso3166.h"

namespace workrights {
namespace {

// `name` as a pattern that ignores ASCII case, as IsoCodeOfName compares names.
std::string AnyCasePattern(std::string_view name) {
  std::string out = "^";
  for (char ch : name) {
    char lower = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    char upper = ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    if (lower != upper) {
      out += std::string("[") + upper + lower + "]";
    } else {
      if (std::string_view("\\^$.|?*+()[]{}/").find(ch) != std::string_view::npos) out += '\\';
      out += ch;
    }
  }
  return out + "$";
}

// A profile copied from another country's keeps that country's name: a name that is a country's ISO name
// belongs to that country's code (ParseProfile's CheckNameAgreesWithCode).
nlohmann::json NameAgreesWithCode() {
  nlohmann::json rules = nlohmann::json::array();
  for (const auto& c : IsoCountries()) {
    rules.push_back({{"if", {{"required", {"name"}}, {"properties", {{"name", {{"pattern", AnyCasePattern(c.name)}}}}}}},
                     {"then", {{"properties", {{"country", {{"const", std::string(c.alpha3)}}}}}}}});
  }
  return rules;
}

}  // namespace

nlohmann::json ProfileJsonSchema(const FactCatalogue& cat) {
  nlohmann::json defs;
  defs["date"] = DateSchema();
  defs["partial_date"] = PartialDateSchema();
  defs["country_code"] = CountryCodeSchema();
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
  nlohmann::json facts = nlohmann::json::object();
  for (const auto& f : cat.facts()) {
    nlohmann::json required = {"value", "sources"};
    if (f.needs_year) required.push_back("year");
    nlohmann::json entry = {
        {"type", "object"},
        {"additionalProperties", false},
        {"required", required},
        {"properties",
         {{"value", FactValueSchema(f)},
          {"sources", {{"type", "array"}, {"minItems", 1}, {"items", {{"type", "string"}}}}},
          {"quote", {{"type", "string"}, {"maxLength", 300}}},
          {"locator", {{"type", "string"}}},
          {"note", {{"type", "string"}}},
          {"inferred", {{"$ref", "#/$defs/inferred"}}},
          {"valid_from", {{"$ref", "#/$defs/date"}}},
          {"year", {{"type", "integer"}, {"minimum", 1950}}},
          {"uncertainty", FactDistributionSchema(f, true)}}}};
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
       {{"$schema", {{"type", "string"}, {"description", "the schema an editor checks the file against; ignored by workrights"}}},
        {"country", {{"$ref", "#/$defs/country_code"}}},
        {"name", {{"type", "string"}, {"minLength", 1}}},
        {"as_of", {{"$ref", "#/$defs/date"}}},
        {"primary_group", {{"enum", cat.groups()}}},
        {"sources", {{"type", "array"}, {"items", {{"$ref", "#/$defs/source"}}}}},
        {"facts", {{"type", "object"}, {"additionalProperties", false}, {"properties", facts}}}}},
      {"allOf", NameAgreesWithCode()},
      {"$defs", defs},
  };
}

}  // namespace workrights
