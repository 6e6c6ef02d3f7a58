#pragma once
// The fact catalogue: every fact path a profile may state, with its type, allowed values, unit and meaning.
// It is the profile schema (docs/schema/profile.schema.json is generated from it).
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/diagnostics.h"
#include "core/model/fact_value.h"
#include "core/base/json_reader.h"

namespace workrights {

enum class FactType { kBool, kNumber, kEnum, kList, kDate };

std::string_view FactTypeName(FactType t);

struct AllowedValue {
  std::string value;
  std::string meaning;
};

using FactId = int;
using GroupId = int;

/// The longest label a fact may have, in characters: labels stand in for paths in tables and sentences.
inline constexpr size_t kMaxFactLabelLength = 80;

struct FactSpec {
  FactId id = -1;
  std::string path;
  std::string label;  ///< a short noun phrase for the path in text advisers read ("work permits issued per year")
  FactType type = FactType::kBool;
  std::string topic;
  std::string meaning;
  std::string unit;
  std::optional<double> min, max;
  bool integer = false;
  bool needs_year = false;  ///< a statistic: entries must give their reference year
  bool by_group = false;    ///< may differ between legal-status groups
  bool by_sex_and_age = false;  ///< entries may describe women, men or an age band of a group (practice facts)
  std::vector<AllowedValue> values;  ///< enum values or allowed list items (empty list = any string)

  bool Allows(std::string_view v) const;
  std::vector<std::string> AllowedNames() const;
};

class FactCatalogue {
 public:
  /// Loads and checks the catalogue file itself. Throws InputError listing every problem.
  static FactCatalogue Load(const JsonDocument& doc);

  const FactSpec* Find(std::string_view path) const;
  const FactSpec& Get(FactId id) const { return facts_[static_cast<size_t>(id)]; }
  const std::vector<FactSpec>& facts() const { return facts_; }
  size_t size() const { return facts_.size(); }
  std::vector<std::string> Paths() const;

  const std::vector<std::string>& groups() const { return groups_; }
  std::optional<GroupId> FindGroup(std::string_view name) const;
  const std::string& GroupName(GroupId g) const { return groups_[static_cast<size_t>(g)]; }
  const std::string& version() const { return version_; }
  const nlohmann::json& topics() const { return topics_; }
  const nlohmann::json& group_meanings() const { return group_meanings_; }

  /// Checks a JSON value against `spec`; on failure adds a diagnostic located at `pointer` and returns nullopt.
  std::optional<FactValue> ParseValue(const FactSpec& spec, const nlohmann::json& value, const JsonDocument& doc,
                                      const std::string& pointer, Diagnostics& diags) const;

 private:
  std::vector<FactSpec> facts_;
  std::unordered_map<std::string, FactId> by_path_;
  std::vector<std::string> groups_;
  nlohmann::json group_meanings_;
  nlohmann::json topics_;
  std::string version_;
};

}  // namespace workrights
