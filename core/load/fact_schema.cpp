#include "core/load/fact_schema.h"

#include "core/model/iso3166.h"

namespace workrights {
namespace {

constexpr const char* kDatePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
constexpr const char* kYearOrMonthPattern = "^[0-9]{4}(-(0[1-9]|1[0-2]))?$";
constexpr const char* kUserAssignedPattern = "^(AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$";

nlohmann::json Bounded(const FactSpec& f, bool within_range) {
  nlohmann::json s = {{"type", "number"}};
  if (within_range && f.min) s["minimum"] = *f.min;
  if (within_range && f.max) s["maximum"] = *f.max;
  return s;
}

nlohmann::json NumberDistributions(const FactSpec& f, bool within_range) {
  nlohmann::json number = {{"type", "number"}};
  nlohmann::json end = Bounded(f, within_range);
  auto kind = [](const char* name, nlohmann::json fields) {
    fields["distribution"] = {{"const", name}};
    nlohmann::json required = nlohmann::json::array();
    for (const auto& [k, v] : fields.items()) required.push_back(k);
    return nlohmann::json{{"type", "object"},
                          {"additionalProperties", false},
                          {"required", required},
                          {"properties", fields}};
  };
  return {{"oneOf",
           {kind("uniform", {{"min", end}, {"max", end}}),
            kind("triangular", {{"min", end}, {"mode", number}, {"max", end}}),
            kind("normal", {{"mean", number}, {"sd", {{"type", "number"}, {"exclusiveMinimum", 0}}}, {"min", end}, {"max", end}})}}};
}

nlohmann::json Categorical(const FactSpec& f) {
  nlohmann::json names = f.type == FactType::kBool ? nlohmann::json{"true", "false"} : nlohmann::json(f.AllowedNames());
  return {{"type", "object"},
          {"additionalProperties", false},
          {"required", {"distribution", "p"}},
          {"properties",
           {{"distribution", {{"const", "categorical"}}},
            {"p",
             {{"type", "object"},
              {"propertyNames", {{"enum", names}}},
              {"additionalProperties", {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}}}}}}};
}

// An editor shows each allowed value's meaning from the catalogue beside it (VS Code reads
// "enumDescriptions"; validators ignore the keyword).
nlohmann::json WithValueMeanings(const FactSpec& f, nlohmann::json schema) {
  nlohmann::json meanings = nlohmann::json::array();
  for (const auto& v : f.values) meanings.push_back(v.meaning);
  schema["enumDescriptions"] = meanings;
  return schema;
}

}  // namespace

nlohmann::json FactValueSchema(const FactSpec& f) {
  switch (f.type) {
    case FactType::kBool: return {{"type", "boolean"}};
    case FactType::kNumber: {
      nlohmann::json s = {{"type", f.integer ? "integer" : "number"}};
      if (f.min) s["minimum"] = *f.min;
      if (f.max) s["maximum"] = *f.max;
      return s;
    }
    case FactType::kEnum: return WithValueMeanings(f, {{"enum", f.AllowedNames()}});
    case FactType::kList: {
      nlohmann::json items = {{"type", "string"}};
      if (!f.values.empty()) items = WithValueMeanings(f, {{"enum", f.AllowedNames()}});
      return {{"type", "array"}, {"items", items}, {"uniqueItems", true}};
    }
    case FactType::kDate: return DateSchema();
  }
  return false;
}

nlohmann::json FactDistributionSchema(const FactSpec& f, bool within_range) {
  if (f.type == FactType::kNumber) return NumberDistributions(f, within_range);
  if (f.type == FactType::kBool || f.type == FactType::kEnum) return Categorical(f);
  return false;
}

nlohmann::json DateSchema() {
  return {{"type", "string"}, {"pattern", kDatePattern}, {"format", "date"}};
}

nlohmann::json PartialDateSchema() {
  return {{"description", "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source gives it"},
          {"anyOf", {{{"type", "string"}, {"pattern", kYearOrMonthPattern}}, DateSchema()}}};
}

nlohmann::json CountryCodeSchema() {
  nlohmann::json codes = nlohmann::json::array();
  for (const auto& c : IsoCountries()) codes.push_back(std::string(c.alpha3));
  return {{"anyOf", {{{"enum", codes}}, {{"type", "string"}, {"pattern", kUserAssignedPattern}}}}};
}

}  // namespace workrights
