#pragma once
// Small checks shared by every loader of hand-written JSON: each problem becomes a Diagnostic at its JSON
// pointer, and loading goes on so the user sees every problem in one run.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/base/date.h"
#include "core/base/diagnostics.h"
#include "core/base/json_reader.h"

namespace workrights {

/// "a string", "a number", "an object", ... for messages.
std::string JsonKindName(const nlohmann::json& v);

class JsonChecker {
 public:
  JsonChecker(const JsonDocument& doc, Diagnostics& diags) : doc_(doc), diags_(diags) {}

  void Error(const std::string& pointer, std::string message, std::string hint = {}) {
    diags_.Add(doc_.Locate(pointer), std::move(message), std::move(hint));
  }

  bool IsObject(const std::string& pointer, const nlohmann::json& v, std::string_view what);
  bool IsArray(const std::string& pointer, const nlohmann::json& v, std::string_view what);

  /// Reports keys not in `allowed` (with a did-you-mean) and missing `required` keys. The getters below
  /// return nullopt for a missing key without reporting it again.
  void Keys(const std::string& pointer, const nlohmann::json& obj, std::initializer_list<std::string_view> allowed,
            std::initializer_list<std::string_view> required);

  std::optional<std::string> String(const std::string& pointer, const nlohmann::json& obj, const char* key,
                                    bool required, bool non_empty = true);
  std::optional<double> Number(const std::string& pointer, const nlohmann::json& obj, const char* key, bool required);
  std::optional<bool> Bool(const std::string& pointer, const nlohmann::json& obj, const char* key, bool required);
  /// A YYYY-MM-DD date that exists; `not_future` refuses dates after today.
  std::optional<Date> DateField(const std::string& pointer, const nlohmann::json& obj, const char* key,
                                bool required, bool not_future);

  /// A YYYY, YYYY-MM or YYYY-MM-DD date (a source's own precision); `not_future` refuses dates whose first
  /// possible day is after today.
  std::optional<PartialDate> PartialDateField(const std::string& pointer, const nlohmann::json& obj, const char* key,
                                              bool required, bool not_future);

  const JsonDocument& doc() const { return doc_; }
  Diagnostics& diags() { return diags_; }

 private:
  const JsonDocument& doc_;
  Diagnostics& diags_;
};

}  // namespace workrights
