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

std::optional<Distribution> ParseDistribution(const FactSpec& spec, const nlohmann::json& obj, const JsonDocument& doc,
                                              const std::string& pointer, Diagnostics& diags) {
  JsonChecker check(doc, diags);
  if (!check.IsObject(pointer, obj, "an uncertainty")) return std::nullopt;
  auto kind = check.String(pointer, obj, "distribution", true);
  if (!kind) return std::nullopt;
  size_t before = diags.size();
  Distribution d;
  auto in_range = [&](double v) {
    return (!spec.min || v >= *spec.min) && (!spec.max || v <= *spec.max);
  };
  bool numeric = spec.type == FactType::kNumber;
  if (*kind == "uniform" || *kind == "triangular" || *kind == "normal") {
    if (!numeric) {
      check.Error(pointer + "/distribution", "a " + *kind + " distribution needs a number fact; \"" + spec.path +
                  "\" is " + std::string(FactTypeName(spec.type)), "use \"categorical\"");
      return std::nullopt;
    }
  }
  if (*kind == "uniform") {
    check.Keys(pointer, obj, {"distribution", "min", "max"}, {"min", "max"});
    d.kind = DistributionKind::kUniform;
    d.min = check.Number(pointer, obj, "min", true).value_or(0);
    d.max = check.Number(pointer, obj, "max", true).value_or(0);
  } else if (*kind == "triangular") {
    check.Keys(pointer, obj, {"distribution", "min", "mode", "max"}, {"min", "mode", "max"});
    d.kind = DistributionKind::kTriangular;
    d.min = check.Number(pointer, obj, "min", true).value_or(0);
    d.mode = check.Number(pointer, obj, "mode", true).value_or(0);
    d.max = check.Number(pointer, obj, "max", true).value_or(0);
    if (diags.size() == before && (d.mode < d.min || d.mode > d.max)) {
      check.Error(pointer + "/mode", "mode must lie between min and max");
    }
  } else if (*kind == "normal") {
    check.Keys(pointer, obj, {"distribution", "mean", "sd", "min", "max"}, {"mean", "sd", "min", "max"});
    d.kind = DistributionKind::kNormal;
    d.mean = check.Number(pointer, obj, "mean", true).value_or(0);
    d.sd = check.Number(pointer, obj, "sd", true).value_or(0);
    d.min = check.Number(pointer, obj, "min", true).value_or(0);
    d.max = check.Number(pointer, obj, "max", true).value_or(0);
    if (diags.size() == before && !(d.sd > 0)) check.Error(pointer + "/sd", "sd must be greater than 0");
    if (diags.size() == before && (d.mean < d.min || d.mean > d.max)) {
      check.Error(pointer + "/mean", "mean must lie between min and max");
    }
  } else if (*kind == "categorical") {
    check.Keys(pointer, obj, {"distribution", "p"}, {"p"});
    d.kind = DistributionKind::kCategorical;
    if (spec.type != FactType::kBool && spec.type != FactType::kEnum) {
      check.Error(pointer + "/distribution", "a categorical distribution needs a bool or enum fact");
      return std::nullopt;
    }
    if (obj.contains("p") && check.IsObject(pointer + "/p", obj["p"], "\"p\"")) {
      double total = 0;
      for (const auto& [key, prob] : obj["p"].items()) {
        std::string kp = pointer + "/p/" + JsonPointerToken(key);
        FactValue v;
        if (spec.type == FactType::kBool) {
          if (key != "true" && key != "false") {
            check.Error(kp, "choices of a bool fact are \"true\" and \"false\", not \"" + key + "\"");
            continue;
          }
          v = key == "true";
        } else {
          if (!spec.Allows(key)) {
            check.Error(kp, "\"" + key + "\" is not an allowed value of \"" + spec.path + "\"");
            continue;
          }
          v = key;
        }
        if (!prob.is_number() || !(prob.get<double>() >= 0 && prob.get<double>() <= 1)) {
          check.Error(kp, "a probability must be a number from 0 to 1");
          continue;
        }
        total += prob.get<double>();
        d.choices.emplace_back(v, prob.get<double>());
      }
      if (diags.size() == before && std::fabs(total - 1.0) > 1e-9) {
        check.Error(pointer + "/p", "probabilities add up to " + std::to_string(total) + ", not 1");
      }
    }
  } else {
    check.Error(pointer + "/distribution", "unknown distribution \"" + *kind + "\"",
                "use uniform, triangular, normal or categorical");
    return std::nullopt;
  }
  if (numeric && diags.size() == before) {
    if (d.min > d.max) check.Error(pointer + "/min", "min is greater than max");
    else if (!in_range(d.min) || !in_range(d.max)) {
      check.Error(pointer, "the distribution's range leaves the allowed range of \"" + spec.path + "\"");
    }
  }
  if (diags.size() != before) return std::nullopt;
  return d;
}

}  // namespace workrights
