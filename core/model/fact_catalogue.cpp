#include "core/model/fact_catalogue.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/base/date.h"
#include "core/base/json_checks.h"
#include "core/base/spellcheck.h"

namespace workrights {

std::string_view FactTypeName(FactType t) {
  switch (t) {
    case FactType::kBool: return "bool";
    case FactType::kNumber: return "number";
    case FactType::kEnum: return "enum";
    case FactType::kList: return "list";
    case FactType::kDate: return "date";
  }
  return "?";
}

bool FactSpec::Allows(std::string_view v) const {
  if (values.empty()) return type == FactType::kList;
  return std::any_of(values.begin(), values.end(), [&](const AllowedValue& a) { return a.value == v; });
}

std::vector<std::string> FactSpec::AllowedNames() const {
  std::vector<std::string> out;
  for (const auto& a : values) out.push_back(a.value);
  return out;
}

static std::optional<FactType> ParseFactType(const std::string& s) {
  if (s == "bool") return FactType::kBool;
  if (s == "number") return FactType::kNumber;
  if (s == "enum") return FactType::kEnum;
  if (s == "list") return FactType::kList;
  if (s == "date") return FactType::kDate;
  return std::nullopt;
}

// Every number gets a plausible range, so a slip of the keyboard (a share of 5.18, a population of -3) is
// refused when a profile, table or scenario is loaded.
static void CheckPlausibleRange(JsonChecker& check, const std::string& p, const FactSpec& spec) {
  if (spec.type == FactType::kNumber && (!spec.min || !spec.max)) {
    check.Error(p, "number fact \"" + spec.path + "\" needs \"min\" and \"max\" (the range of plausible values)");
  } else if (spec.min && spec.max && *spec.min > *spec.max) {
    check.Error(p + "/min", "min is greater than max");
  }
}

// Counts UTF-8 characters, not bytes, so a label's limit reads the same in any script.
static size_t CharacterCount(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// A fact's label stands for its path in text advisers read, so it must fit in a table cell or a sentence.
static std::string CheckedLabel(JsonChecker& check, const std::string& p, const nlohmann::json& f) {
  std::string label = check.String(p, f, "label", true).value_or("");
  if (CharacterCount(label) > kMaxFactLabelLength) {
    check.Error(p + "/label", "label \"" + label + "\" has " + std::to_string(CharacterCount(label)) +
                                  " characters, more than " + std::to_string(kMaxFactLabelLength),
                "a short noun phrase, such as \"work permits issued per year\"; the details belong in \"meaning\"");
  }
  return label;
}

FactCatalogue FactCatalogue::Load(const JsonDocument& doc) {
  Diagnostics diags;
  JsonChecker check(doc, diags);
  FactCatalogue cat;
  const auto& root = doc.root();
  if (!check.IsObject("", root, "the catalogue")) diags.ThrowIfAny();
  check.Keys("", root, {"catalogue_version", "description", "groups", "topics", "facts"},
             {"catalogue_version", "groups", "topics", "facts"});
  cat.version_ = check.String("", root, "catalogue_version", true).value_or("");

  if (root.contains("groups") && check.IsObject("/groups", root["groups"], "\"groups\"")) {
    for (const auto& name : doc.KeysInOrder("/groups")) {
      cat.groups_.push_back(name);
      if (!root["groups"][name].is_string()) check.Error("/groups/" + JsonPointerToken(name), "a group's meaning must be a string");
    }
    cat.group_meanings_ = root["groups"];
  }
  // GroupId 0 is the default group of a profile.
  if (cat.groups_.empty() || cat.groups_[0] != "refugees") {
    check.Error("/groups", "the catalogue's first group must be \"refugees\", the default");
  }

  if (root.contains("topics") && check.IsObject("/topics", root["topics"], "\"topics\"")) cat.topics_ = root["topics"];

  if (root.contains("facts") && check.IsArray("/facts", root["facts"], "\"facts\"")) {
    const auto& facts = root["facts"];
    for (size_t i = 0; i < facts.size(); ++i) {
      std::string p = "/facts/" + std::to_string(i);
      const auto& f = facts[i];
      if (!check.IsObject(p, f, "a fact")) continue;
      check.Keys(p, f,
                 {"path", "label", "type", "topic", "meaning", "unit", "min", "max", "integer", "needs_year",
                  "by_group", "by_sex_and_age", "values"},
                 {"path", "label", "type", "topic", "meaning"});
      FactSpec spec;
      spec.path = check.String(p, f, "path", true).value_or("");
      if (!spec.path.empty() && spec.path.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.") != std::string::npos) {
        check.Error(p + "/path", "fact path \"" + spec.path + "\" may use only a-z, 0-9, '_' and '.'");
      }
      auto type_name = check.String(p, f, "type", true);
      if (type_name) {
        auto t = ParseFactType(*type_name);
        if (!t) check.Error(p + "/type", "unknown type \"" + *type_name + "\"", "use bool, number, enum, list or date");
        else spec.type = *t;
      }
      spec.topic = check.String(p, f, "topic", true).value_or("");
      if (!spec.topic.empty() && !cat.topics_.contains(spec.topic)) {
        check.Error(p + "/topic", "topic \"" + spec.topic + "\" is not declared under \"topics\"");
      }
      spec.label = CheckedLabel(check, p, f);
      spec.meaning = check.String(p, f, "meaning", true).value_or("");
      spec.unit = check.String(p, f, "unit", false).value_or("");
      spec.min = check.Number(p, f, "min", false);
      spec.max = check.Number(p, f, "max", false);
      CheckPlausibleRange(check, p, spec);
      spec.integer = check.Bool(p, f, "integer", false).value_or(false);
      spec.needs_year = check.Bool(p, f, "needs_year", false).value_or(false);
      spec.by_group = check.Bool(p, f, "by_group", false).value_or(false);
      spec.by_sex_and_age = check.Bool(p, f, "by_sex_and_age", false).value_or(false);
      if (f.contains("values") && check.IsObject(p + "/values", f["values"], "\"values\"")) {
        // File order matters: values are listed from the best situation to the worst.
        for (const auto& value : doc.KeysInOrder(p + "/values")) {
          const auto& meaning = f["values"][value];
          spec.values.push_back({value, meaning.is_string() ? meaning.get<std::string>() : std::string()});
        }
      }
      if (spec.type == FactType::kEnum && spec.values.empty()) {
        check.Error(p, "an enum fact must list its allowed \"values\"");
      }
      if (cat.by_path_.count(spec.path)) {
        check.Error(p + "/path", "fact path \"" + spec.path + "\" is declared twice");
        continue;
      }
      spec.id = static_cast<FactId>(cat.facts_.size());
      cat.by_path_[spec.path] = spec.id;
      cat.facts_.push_back(std::move(spec));
    }
  }
  diags.ThrowIfAny();
  return cat;
}

const FactSpec* FactCatalogue::Find(std::string_view path) const {
  auto it = by_path_.find(std::string(path));
  return it == by_path_.end() ? nullptr : &facts_[static_cast<size_t>(it->second)];
}

std::vector<std::string> FactCatalogue::Paths() const {
  std::vector<std::string> out;
  for (const auto& f : facts_) out.push_back(f.path);
  return out;
}

std::optional<GroupId> FactCatalogue::FindGroup(std::string_view name) const {
  for (size_t i = 0; i < groups_.size(); ++i) {
    if (groups_[i] == name) return static_cast<GroupId>(i);
  }
  return std::nullopt;
}

std::optional<FactValue> FactCatalogue::ParseValue(const FactSpec& spec, const nlohmann::json& value,
                                                   const JsonDocument& doc, const std::string& pointer,
                                                   Diagnostics& diags) const {
  auto fail = [&](std::string message, std::string hint = {}) -> std::optional<FactValue> {
    diags.Add(doc.Locate(pointer), std::move(message), std::move(hint));
    return std::nullopt;
  };
  const std::string name = "fact \"" + spec.path + "\"";
  switch (spec.type) {
    case FactType::kBool:
      if (!value.is_boolean()) return fail(name + " must be true or false, but is " + JsonKindName(value));
      return FactValue{value.get<bool>()};
    case FactType::kNumber: {
      if (!value.is_number()) return fail(name + " must be a number, but is " + JsonKindName(value));
      double v = value.get<double>();
      if (!std::isfinite(v)) return fail(name + " must be a finite number");
      if (spec.integer && std::floor(v) != v) return fail(name + " must be a whole number");
      if (spec.min && v < *spec.min) {
        return fail(name + " is " + FactValueToText(FactValue{v}) + ", below its minimum " +
                    FactValueToText(FactValue{*spec.min}));
      }
      if (spec.max && v > *spec.max) {
        return fail(name + " is " + FactValueToText(FactValue{v}) + ", above its maximum " +
                    FactValueToText(FactValue{*spec.max}));
      }
      return FactValue{v};
    }
    case FactType::kEnum: {
      if (!value.is_string()) return fail(name + " must be one of its allowed strings, but is " + JsonKindName(value));
      std::string s = value.get<std::string>();
      if (!spec.Allows(s)) {
        std::string hint = DidYouMean(s, spec.AllowedNames());
        std::string allowed;
        for (const auto& a : spec.values) allowed += (allowed.empty() ? "" : ", ") + a.value;
        return fail(name + " has value \"" + s + "\", which is not allowed",
                    (hint.empty() ? "" : hint + " ") + "allowed: " + allowed);
      }
      return FactValue{s};
    }
    case FactType::kList: {
      if (!value.is_array()) return fail(name + " must be a list of strings, but is " + JsonKindName(value));
      std::vector<std::string> items;
      std::set<std::string> seen;
      bool ok = true;
      for (size_t i = 0; i < value.size(); ++i) {
        std::string ip = pointer + "/" + std::to_string(i);
        if (!value[i].is_string()) {
          diags.Add(doc.Locate(ip), name + " items must be strings, but this one is " + JsonKindName(value[i]));
          ok = false;
          continue;
        }
        std::string s = value[i].get<std::string>();
        if (!spec.Allows(s)) {
          diags.Add(doc.Locate(ip), name + " item \"" + s + "\" is not allowed", DidYouMean(s, spec.AllowedNames()));
          ok = false;
        } else if (!seen.insert(s).second) {
          diags.Add(doc.Locate(ip), name + " lists \"" + s + "\" twice");
          ok = false;
        }
        items.push_back(s);
      }
      if (!ok) return std::nullopt;
      std::sort(items.begin(), items.end());  // order carries no meaning; sorted keeps outputs stable
      return FactValue{items};
    }
    case FactType::kDate: {
      if (!value.is_string() || !ParseDate(value.get<std::string>())) {
        return fail(name + " must be a date written YYYY-MM-DD");
      }
      return FactValue{value.get<std::string>()};
    }
  }
  return std::nullopt;
}

}  // namespace workrights
