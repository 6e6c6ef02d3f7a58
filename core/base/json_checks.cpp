#include "core/base/json_checks.h"

#include "core/base/spellcheck.h"

namespace workrights {

std::string JsonKindName(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a boolean";
    default: return "a number";
  }
}

bool JsonChecker::IsObject(const std::string& pointer, const nlohmann::json& v, std::string_view what) {
  // An empty Lua table {} arrives as an empty array: accept it as an empty object.
  if (v.is_object() || (v.is_array() && v.empty())) return true;
  Error(pointer, std::string(what) + " must be an object, but is " + JsonKindName(v));
  return false;
}

bool JsonChecker::IsArray(const std::string& pointer, const nlohmann::json& v, std::string_view what) {
  if (v.is_array()) return true;
  Error(pointer, std::string(what) + " must be an array, but is " + JsonKindName(v));
  return false;
}

void JsonChecker::Keys(const std::string& pointer, const nlohmann::json& obj,
                       std::initializer_list<std::string_view> allowed,
                       std::initializer_list<std::string_view> required) {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  for (const auto& [key, value] : obj.items()) {
    bool known = false;
    for (auto a : allowed) known = known || a == key;
    if (!known) {
      std::string hint = DidYouMean(key, names);
      if (hint.empty()) {
        hint = "allowed keys:";
        for (auto a : allowed) hint.append(" ").append(a);
      }
      Error(pointer + "/" + JsonPointerToken(key), "unknown key \"" + key + "\"", hint);
    }
  }
  for (auto r : required) {
    if (!obj.contains(std::string(r))) Error(pointer, "missing required key \"" + std::string(r) + "\"");
  }
}

std::optional<std::string> JsonChecker::String(const std::string& pointer, const nlohmann::json& obj,
                                               const char* key, bool required, bool non_empty) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    (void)required;  // Keys() reports missing required keys, once
    return std::nullopt;
  }
  std::string p = pointer + "/" + JsonPointerToken(key);
  if (!it->is_string()) {
    Error(p, std::string("\"") + key + "\" must be a string, but is " + JsonKindName(*it));
    return std::nullopt;
  }
  std::string s = it->get<std::string>();
  if (non_empty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
    Error(p, std::string("\"") + key + "\" must not be empty");
    return std::nullopt;
  }
  return s;
}

std::optional<double> JsonChecker::Number(const std::string& pointer, const nlohmann::json& obj, const char* key,
                                          bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    (void)required;  // Keys() reports missing required keys, once
    return std::nullopt;
  }
  if (!it->is_number()) {
    Error(pointer + "/" + JsonPointerToken(key),
          std::string("\"") + key + "\" must be a number, but is " + JsonKindName(*it));
    return std::nullopt;
  }
  return it->get<double>();
}

std::optional<bool> JsonChecker::Bool(const std::string& pointer, const nlohmann::json& obj, const char* key,
                                      bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    (void)required;  // Keys() reports missing required keys, once
    return std::nullopt;
  }
  if (!it->is_boolean()) {
    Error(pointer + "/" + JsonPointerToken(key),
          std::string("\"") + key + "\" must be true or false, but is " + JsonKindName(*it));
    return std::nullopt;
  }
  return it->get<bool>();
}

std::optional<Date> JsonChecker::DateField(const std::string& pointer, const nlohmann::json& obj, const char* key,
                                           bool required, bool not_future) {
  auto s = String(pointer, obj, key, required);
  if (!s) return std::nullopt;
  std::string p = pointer + "/" + JsonPointerToken(key);
  auto d = ParseDate(*s);
  if (!d) {
    Error(p, "\"" + *s + "\" is not a valid date", "write YYYY-MM-DD, a day that exists");
    return std::nullopt;
  }
  if (not_future && *d > TodayUtc()) {
    Error(p, "date " + *s + " is in the future");
    return std::nullopt;
  }
  return d;
}

std::optional<PartialDate> JsonChecker::PartialDateField(const std::string& pointer, const nlohmann::json& obj,
                                                         const char* key, bool required, bool not_future) {
  auto s = String(pointer, obj, key, required);
  if (!s) return std::nullopt;
  std::string p = pointer + "/" + JsonPointerToken(key);
  auto d = ParsePartialDate(*s);
  if (!d) {
    Error(p, "\"" + *s + "\" is not a valid date",
          "write YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source gives it, a day that exists");
    return std::nullopt;
  }
  if (not_future && d->Earliest() > TodayUtc()) {
    Error(p, "date " + *s + " is in the future");
    return std::nullopt;
  }
  return d;
}

}  // namespace workrights
