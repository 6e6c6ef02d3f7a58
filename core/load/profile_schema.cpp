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

// `schema` with a description (a $ref sibling is allowed in draft 2020-12).
nlohmann::json Described(nlohmann::json schema, const std::string& description) {
  if (schema.is_object()) schema["description"] = description;
  return schema;
}

// The catalogue's groups, each with its meaning for an editor.
nlohmann::json GroupSchema(const FactCatalogue& cat, const std::string& description) {
  nlohmann::json meanings = nlohmann::json::array();
  for (const auto& g : cat.groups()) {
    meanings.push_back(cat.group_meanings().contains(g) ? cat.group_meanings()[g] : nlohmann::json(""));
  }
  return {{"description", description}, {"enum", cat.groups()}, {"enumDescriptions", meanings}};
}

// One source of the profile's list: the original's title, publisher and URL, and the copy actually read.
nlohmann::json SourceSchema() {
  return {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"id", "title", "publisher", "url"}},
      {"anyOf", {{{"required", {"date"}}}, {{"required", {"accessed"}}}}},
      {"dependentRequired", {{"copy_note", {"copy_url"}}}},
      {"properties",
       {{"id", {{"description", "a short name the entries cite in their sources"}, {"type", "string"}, {"minLength", 1}}},
        {"title", {{"description", "the title the source itself shows"}, {"type", "string"}, {"minLength", 1}}},
        {"publisher", {{"description", "who publishes it (the original, not a mirror)"}, {"type", "string"}, {"minLength", 1}}},
        {"url",
         {{"description", "the original, where its publisher puts it"}, {"type", "string"}, {"pattern", "^https?://"}}},
        {"date", {{"description", "the source's date, only as precise as it gives it: YYYY, YYYY-MM or YYYY-MM-DD"},
                  {"$ref", "#/$defs/partial_date"}}},
        {"accessed", {{"description", "the day the source was read (YYYY-MM-DD)"}, {"$ref", "#/$defs/date"}}},
        {"copy_url",
         {{"description", "where the text was actually read (a mirror, a document-sharing site, an archive capture)"},
          {"type", "string"},
          {"pattern", "^https?://"}}},
        {"copy_note", {{"description", "why the copy was read instead of the original"}, {"type", "string"}, {"minLength", 1}}}}}};
}

}  // namespace

nlohmann::json ProfileJsonSchema(const FactCatalogue& cat) {
  nlohmann::json defs;
  defs["date"] = DateSchema();
  defs["partial_date"] = PartialDateSchema();
  defs["country_code"] = CountryCodeSchema();
  defs["source"] = SourceSchema();
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
         {{"value", Described(FactValueSchema(f), f.meaning)},
          {"sources", {{"description", "the ids of the profile's sources that say it"},
                       {"type", "array"}, {"minItems", 1}, {"items", {{"type", "string"}}}}},
          {"quote", {{"description", "the source's own words, at most 300 characters"}, {"type", "string"}, {"maxLength", 300}}},
          {"locator", {{"description", "where in the source: page, section, article, paragraph"}, {"type", "string"}}},
          {"note", {{"description", "reasoning, translation or caveats"}, {"type", "string"}}},
          {"inferred", {{"$ref", "#/$defs/inferred"}}},
          {"valid_from", {{"description", "the day from which the value holds (a law's entry into force, a statistic's reference date)"},
                          {"$ref", "#/$defs/date"}}},
          {"year", {{"description", "the year a statistic refers to"}, {"type", "integer"}, {"minimum", 1950}}},
          {"uncertainty", Described(FactDistributionSchema(f, true), "how sure the value is: the other values it may take, or a range")}}}};
    if (f.by_group) entry["properties"]["group"] = GroupSchema(cat, "the legal-status group the entry describes (none: the profile's primary group)");
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
    facts[f.path] = {{"title", f.label},
                     {"description", f.meaning},
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
        {"country", {{"description", "ISO 3166-1 alpha-3 code; the file is named after it"}, {"$ref", "#/$defs/country_code"}}},
        {"name", {{"description", "the country's name, as ISO 3166 gives it"}, {"type", "string"}, {"minLength", 1}}},
        {"as_of", {{"description", "the day the profile was last checked against its sources"}, {"$ref", "#/$defs/date"}}},
        {"primary_group", GroupSchema(cat, "the group whose facts an entry without \"group\" describes, and that scores assess")},
        {"sources", {{"description", "every source the entries cite"}, {"type", "array"}, {"items", {{"$ref", "#/$defs/source"}}}}},
        {"facts", {{"description", "the catalogue's facts this profile states, by path"},
                   {"type", "object"}, {"additionalProperties", false}, {"properties", facts}}}}},
      {"allOf", NameAgreesWithCode()},
      {"$defs", defs},
  };
}

}  // namespace workrights
