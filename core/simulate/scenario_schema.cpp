#include "core/simulate/scenario_schema.h"

#include "core/load/fact_schema.h"

namespace workrights {
namespace {

nlohmann::json Object(nlohmann::json properties, nlohmann::json required) {
  return {{"type", "object"}, {"additionalProperties", false}, {"required", required}, {"properties", properties}};
}

// One schema per fact, chosen by the object's "fact": what the rest of the object may hold for that fact.
nlohmann::json PerFact(const FactCatalogue& cat, const std::string& def_prefix) {
  nlohmann::json cases = nlohmann::json::array();
  for (const auto& f : cat.facts()) {
    cases.push_back({{"if", {{"required", {"fact"}}, {"properties", {{"fact", {{"const", f.path}}}}}}},
                     {"then", {{"$ref", "#/$defs/" + def_prefix + f.path}}}});
  }
  return cases;
}

// What a change may do to fact `f`: set a value (or a distribution of values); add or scale numbers only, by a
// number or a distribution of amounts (not bounded by the fact's range: the sum is checked against the data).
nlohmann::json ChangeOf(const FactSpec& f) {
  nlohmann::json set = FactValueSchema(f);
  nlohmann::json distribution = FactDistributionSchema(f, true);
  if (distribution != false) set = {{"anyOf", {set, distribution}}};
  nlohmann::json amount = false;
  if (f.type == FactType::kNumber) amount = {{"anyOf", {{{"type", "number"}}, FactDistributionSchema(f, false)}}};
  nlohmann::json properties = {{"set", set}, {"add", amount}, {"scale", amount}};
  if (!f.by_group) properties["group"] = false;
  return {{"properties", properties}};
}

nlohmann::json UncertainOf(const FactSpec& f) {
  nlohmann::json properties = {{"distribution", FactDistributionSchema(f, true)}};
  if (!f.by_group) properties["group"] = false;
  return {{"properties", properties}};
}

// The meaning of each fact, in the order of cat.Paths(), for an editor's completion list.
nlohmann::json FactMeanings(const FactCatalogue& cat) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : cat.facts()) out.push_back(f.meaning);
  return out;
}

nlohmann::json GroupMeanings(const FactCatalogue& cat) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& g : cat.groups()) {
    out.push_back(cat.group_meanings().contains(g) ? cat.group_meanings()[g] : nlohmann::json(""));
  }
  return out;
}

nlohmann::json Definitions(const FactCatalogue& cat) {
  nlohmann::json defs;
  defs["date"] = DateSchema();
  defs["country_code"] = CountryCodeSchema();
  nlohmann::json code_or_all = {{"anyOf", {{{"$ref", "#/$defs/country_code"}}, {{"const", "*"}}}}};
  defs["countries"] = {
      {"description", "ISO3 codes, or \"*\" for every country; an empty list is refused (it would name none)"},
      {"anyOf", {code_or_all, {{"type", "array"}, {"minItems", 1}, {"items", code_or_all}}}}};
  defs["fact"] = {{"description", "a fact of the catalogue, by path"}, {"enum", cat.Paths()}, {"enumDescriptions", FactMeanings(cat)}};
  defs["group"] = {{"description", "a legal-status group (none: the profile's primary group)"},
                   {"enum", cat.groups()},
                   {"enumDescriptions", GroupMeanings(cat)}};
  defs["range"] = Object({{"min", {{"type", "number"}, {"minimum", 0}}}, {"max", {{"type", "number"}, {"minimum", 0}}}},
                         {"min", "max"});
  nlohmann::json change = Object({{"fact", {{"$ref", "#/$defs/fact"}}},
                                  {"group", {{"$ref", "#/$defs/group"}}},
                                  {"set", true},
                                  {"add", true},
                                  {"scale", true}},
                                 {"fact"});
  change["oneOf"] = {{{"required", {"set"}}}, {{"required", {"add"}}}, {{"required", {"scale"}}}};
  change["allOf"] = PerFact(cat, "change:");
  defs["change"] = change;
  defs["pledge"] = Object({{"id", {{"description", "a short name, unique in the scenario"}, {"type", "string"}}},
                           {"title", {{"description", "the pledge in words, as reports show it"}, {"type", "string"}}},
                           {"countries", {{"$ref", "#/$defs/countries"}}},
                           {"link", {{"description", "where the pledge is published"}, {"type", "string"}, {"pattern", "^https?://"}}},
                           {"note", {{"description", "why these changes and this probability"}, {"type", "string"}}},
                           {"effective", {{"description", "the day the pledge takes effect"}, {"$ref", "#/$defs/date"}}},
                           {"probability", {{"description", "the chance the pledge is implemented (0 to 1)"},
                                            {"type", "number"}, {"minimum", 0}, {"maximum", 1}}},
                           {"changes", {{"description", "what the pledge does to the facts: set, add or scale"},
                                        {"type", "array"}, {"minItems", 1}, {"items", {{"$ref", "#/$defs/change"}}}}}},
                          {"id", "title", "countries", "effective", "probability", "changes"});
  nlohmann::json uncertain = Object({{"countries", {{"$ref", "#/$defs/countries"}}},
                                     {"fact", {{"$ref", "#/$defs/fact"}}},
                                     {"group", {{"$ref", "#/$defs/group"}}},
                                     {"distribution", {{"description", "the values the fact may take and how likely each is"}, {"type", "object"}}}},
                                    {"countries", "fact", "distribution"});
  uncertain["allOf"] = PerFact(cat, "uncertain:");
  defs["uncertain_fact"] = uncertain;
  for (const auto& f : cat.facts()) {
    defs["change:" + f.path] = ChangeOf(f);
    defs["uncertain:" + f.path] = UncertainOf(f);
  }
  return defs;
}

}  // namespace

nlohmann::json ScenarioJsonSchema(const FactCatalogue& cat) {
  nlohmann::json weights_by_name = {{"type", "object"}, {"additionalProperties", {{"$ref", "#/$defs/range"}}}};
  return {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"$id", "scenario.schema.json"},
      {"title", "workrights scenario (input of `workrights simulate`)"},
      {"description", "Generated from data/catalogue.json (catalogue version " + cat.version() +
                          ") by `workrights schema scenario`. Do not edit by hand. Left to `simulate`: countries "
                          "without a profile, rule and domain ids (they belong to the pack), ranges a change may "
                          "leave for some country, comparisons between fields (min below max) and extends."},
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"id", "title", "as_of"}},
      {"properties",
       {{"$schema", {{"type", "string"}, {"description", "the schema an editor checks the file against; ignored by workrights"}}},
        {"id", {{"description", "the scenario's name, as `simulate ID` finds it"}, {"type", "string"}, {"minLength", 1}}},
        {"title", {{"description", "the scenario in words, as reports show it"}, {"type", "string"}, {"minLength", 1}}},
        {"description", {{"description", "what the scenario assumes, for readers"}, {"type", "string"}}},
        {"as_of", {{"$ref", "#/$defs/date"}, {"description", "the date the simulation looks at; pledges effective later do not apply"}}},
        {"extends", {{"type", "string"}, {"description", "another scenario, by id (in the scenarios folder) or path"}}},
        {"pledges", {{"description", "commitments that may be implemented, each with its probability"},
                     {"type", "array"}, {"items", {{"$ref", "#/$defs/pledge"}}}}},
        {"uncertain_facts", {{"description", "facts whose value is uncertain today, with a distribution"},
                             {"type", "array"}, {"items", {{"$ref", "#/$defs/uncertain_fact"}}}}},
        {"weights", Object({{"rules", weights_by_name}, {"domains", weights_by_name}}, nlohmann::json::array())}}},
      {"$defs", Definitions(cat)},
  };
}

}  // namespace workrights
