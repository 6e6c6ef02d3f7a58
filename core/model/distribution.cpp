#include "core/model/distribution.h"

#include <cmath>

#include "core/base/json_checks.h"

namespace workrights {

nlohmann::json Distribution::ToJson() const {
  nlohmann::json j;
  switch (kind) {
    case DistributionKind::kUniform: j = {{"distribution", "uniform"}, {"min", min}, {"max", max}}; break;
    case DistributionKind::kTriangular:
      j = {{"distribution", "triangular"}, {"min", min}, {"mode", mode}, {"max", max}};
      break;
    case DistributionKind::kNormal:
      j = {{"distribution", "normal"}, {"mean", mean}, {"sd", sd}, {"min", min}, {"max", max}};
      break;
    case DistributionKind::kCategorical: {
      nlohmann::json p = nlohmann::json::object();
      for (const auto& [v, prob] : choices) {
        const bool* b = std::get_if<bool>(&v);
        p[b ? (*b ? "true" : "false") : std::get<std::string>(v)] = prob;
      }
      j = {{"distribution", "categorical"}, {"p", p}};
      break;
    }
  }
  return j;
}

namespace {

// Reads the fields of one distribution object. Checks that compare fields run only while the object has no
// problems yet, so one mistake is not reported twice.
class DistributionParser {
 public:
  DistributionParser(const FactSpec& spec, const nlohmann::json& obj, const std::string& pointer, JsonChecker& check,
                     Diagnostics& diags)
      : spec_(spec), obj_(obj), pointer_(pointer), check_(check), diags_(diags), before_(diags.size()) {}

  /// Fills `d` for a distribution of `kind`; false when the kind is unknown or does not fit the fact (reported).
  bool Parse(const std::string& kind, Distribution& d);
  /// Number facts: min up to max, and both inside the fact's allowed range.
  void CheckRange(const Distribution& d);
  /// No problem reported since the parser was made.
  bool Clean() const { return diags_.size() == before_; }

 private:
  double Number(const char* key) { return check_.Number(pointer_, obj_, key, true).value_or(0); }
  bool InRange(double v) const { return (!spec_.min || v >= *spec_.min) && (!spec_.max || v <= *spec_.max); }
  void Uniform(Distribution& d);
  void Triangular(Distribution& d);
  void Normal(Distribution& d);
  bool Categorical(Distribution& d);
  /// The value a categorical choice's key names, or nullopt (reported) when the fact does not allow it.
  std::optional<FactValue> Choice(const std::string& key, const std::string& key_pointer);

  const FactSpec& spec_;
  const nlohmann::json& obj_;
  const std::string& pointer_;
  JsonChecker& check_;
  Diagnostics& diags_;
  const size_t before_;
};

bool DistributionParser::Parse(const std::string& kind, Distribution& d) {
  const bool numeric_kind = kind == "uniform" || kind == "triangular" || kind == "normal";
  if (numeric_kind && spec_.type != FactType::kNumber) {
    check_.Error(pointer_ + "/distribution", "a " + kind + " distribution needs a number fact; \"" + spec_.path +
                 "\" is " + std::string(FactTypeName(spec_.type)), "use \"categorical\"");
    return false;
  }
  if (kind == "uniform") {
    Uniform(d);
  } else if (kind == "triangular") {
    Triangular(d);
  } else if (kind == "normal") {
    Normal(d);
  } else if (kind == "categorical") {
    return Categorical(d);
  } else {
    check_.Error(pointer_ + "/distribution", "unknown distribution \"" + kind + "\"",
                 "use uniform, triangular, normal or categorical");
    return false;
  }
  return true;
}

void DistributionParser::Uniform(Distribution& d) {
  check_.Keys(pointer_, obj_, {"distribution", "min", "max"}, {"min", "max"});
  d.kind = DistributionKind::kUniform;
  d.min = Number("min");
  d.max = Number("max");
}

void DistributionParser::Triangular(Distribution& d) {
  check_.Keys(pointer_, obj_, {"distribution", "min", "mode", "max"}, {"min", "mode", "max"});
  d.kind = DistributionKind::kTriangular;
  d.min = Number("min");
  d.mode = Number("mode");
  d.max = Number("max");
  if (Clean() && (d.mode < d.min || d.mode > d.max)) check_.Error(pointer_ + "/mode", "mode must lie between min and max");
}

void DistributionParser::Normal(Distribution& d) {
  check_.Keys(pointer_, obj_, {"distribution", "mean", "sd", "min", "max"}, {"mean", "sd", "min", "max"});
  d.kind = DistributionKind::kNormal;
  d.mean = Number("mean");
  d.sd = Number("sd");
  d.min = Number("min");
  d.max = Number("max");
  if (Clean() && !(d.sd > 0)) check_.Error(pointer_ + "/sd", "sd must be greater than 0");
  if (Clean() && (d.mean < d.min || d.mean > d.max)) check_.Error(pointer_ + "/mean", "mean must lie between min and max");
}

bool DistributionParser::Categorical(Distribution& d) {
  check_.Keys(pointer_, obj_, {"distribution", "p"}, {"p"});
  d.kind = DistributionKind::kCategorical;
  if (spec_.type != FactType::kBool && spec_.type != FactType::kEnum) {
    check_.Error(pointer_ + "/distribution", "a categorical distribution needs a bool or enum fact");
    return false;
  }
  if (!obj_.contains("p") || !check_.IsObject(pointer_ + "/p", obj_["p"], "\"p\"")) return true;
  double total = 0;
  for (const auto& [key, prob] : obj_["p"].items()) {
    std::string kp = pointer_ + "/p/" + JsonPointerToken(key);
    std::optional<FactValue> v = Choice(key, kp);
    if (!v) continue;
    if (!prob.is_number() || !(prob.get<double>() >= 0 && prob.get<double>() <= 1)) {
      check_.Error(kp, "a probability must be a number from 0 to 1");
      continue;
    }
    total += prob.get<double>();
    d.choices.emplace_back(*v, prob.get<double>());
  }
  if (Clean() && std::fabs(total - 1.0) > 1e-9) {
    check_.Error(pointer_ + "/p", "probabilities add up to " + std::to_string(total) + ", not 1");
  }
  return true;
}

std::optional<FactValue> DistributionParser::Choice(const std::string& key, const std::string& key_pointer) {
  if (spec_.type == FactType::kBool) {
    if (key != "true" && key != "false") {
      check_.Error(key_pointer, "choices of a bool fact are \"true\" and \"false\", not \"" + key + "\"");
      return std::nullopt;
    }
    return FactValue{key == "true"};
  }
  if (!spec_.Allows(key)) {
    check_.Error(key_pointer, "\"" + key + "\" is not an allowed value of \"" + spec_.path + "\"");
    return std::nullopt;
  }
  return FactValue{key};
}

void DistributionParser::CheckRange(const Distribution& d) {
  if (d.min > d.max) {
    check_.Error(pointer_ + "/min", "min is greater than max");
  } else if (!InRange(d.min) || !InRange(d.max)) {
    check_.Error(pointer_, "the distribution's range leaves the allowed range of \"" + spec_.path + "\"");
  }
}

}  // namespace

std::optional<Distribution> ParseDistribution(const FactSpec& spec, const nlohmann::json& obj, const JsonDocument& doc,
                                              const std::string& pointer, Diagnostics& diags) {
  JsonChecker check(doc, diags);
  if (!check.IsObject(pointer, obj, "an uncertainty")) return std::nullopt;
  auto kind = check.String(pointer, obj, "distribution", true);
  if (!kind) return std::nullopt;
  DistributionParser parser(spec, obj, pointer, check, diags);
  Distribution d;
  if (!parser.Parse(*kind, d)) return std::nullopt;
  if (spec.type == FactType::kNumber && parser.Clean()) parser.CheckRange(d);
  if (!parser.Clean()) return std::nullopt;
  return d;
}

}  // namespace workrights
