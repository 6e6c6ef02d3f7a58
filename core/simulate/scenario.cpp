#include "core/simulate/scenario.h"

#include <algorithm>
#include <filesystem>

#include "core/base/json_checks.h"
#include "core/base/json_reader.h"
#include "core/base/sha256.h"
#include "core/base/spellcheck.h"
#include "core/simulate/scenario_sense.h"

namespace workrights {
namespace fs = std::filesystem;

bool Pledge::Covers(const std::string& iso3) const {
  return countries.empty() || std::find(countries.begin(), countries.end(), iso3) != countries.end();
}

namespace {

struct Loader {
  const Dataset& ds;
  const PackInfo& pack;
  std::string scenarios_dir;
  Diagnostics diags;
  std::vector<std::string> stack;  // canonical paths being loaded, to detect extends cycles

  std::vector<std::string> Countries(JsonChecker& check, const std::string& p, const nlohmann::json& obj,
                                     const char* key) {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end()) return out;
    std::string kp = p + "/" + key;
    std::vector<nlohmann::json> items;
    if (it->is_string()) items.push_back(*it);
    else if (it->is_array()) items.assign(it->begin(), it->end());
    else {
      check.Error(kp, std::string("\"").append(key).append("\" must be an ISO3 code, a list of them, or \"*\""));
      return out;
    }
    // An empty list names no country; reading it as "every country" would apply a pledge nobody meant.
    if (it->is_array() && items.empty()) {
      check.Error(kp, std::string("\"").append(key).append("\" is empty: list ISO3 codes, or write \"*\" for every country"));
    }
    for (size_t i = 0; i < items.size(); ++i) {
      std::string ip = it->is_array() ? kp + "/" + std::to_string(i) : kp;
      if (!items[i].is_string()) {
        check.Error(ip, "a country must be an ISO3 code (string)");
        continue;
      }
      std::string code = items[i].get<std::string>();
      if (code == "*") return {};
      if (!ds.Find(code)) {
        check.Error(ip, "no profile for country \"" + code + "\"", DidYouMean(code, ds.Codes()));
        continue;
      }
      out.push_back(code);
    }
    return out;
  }

  const FactSpec* Fact(JsonChecker& check, const std::string& p, const nlohmann::json& obj) {
    auto path = check.String(p, obj, "fact", true);
    if (!path) return nullptr;
    const FactSpec* spec = ds.catalogue.Find(*path);
    if (!spec) check.Error(p + "/fact", "unknown fact \"" + *path + "\"", DidYouMean(*path, ds.catalogue.Paths()));
    return spec;
  }

  std::optional<GroupId> Group(JsonChecker& check, const std::string& p, const nlohmann::json& obj,
                               const FactSpec* spec) {
    auto g = check.String(p, obj, "group", false);
    if (!g) return std::nullopt;
    auto gid = ds.catalogue.FindGroup(*g);
    if (!gid) {
      check.Error(p + "/group", "unknown group \"" + *g + "\"", DidYouMean(*g, ds.catalogue.groups()));
      return std::nullopt;
    }
    if (spec && !spec->by_group) check.Error(p + "/group", "fact \"" + spec->path + "\" does not differ by group");
    return gid;
  }

  void ParseChange(JsonChecker& check, const std::string& p, const nlohmann::json& c, Pledge& pledge) {
    if (!check.IsObject(p, c, "a change")) return;
    check.Keys(p, c, {"fact", "group", "set", "add", "scale"}, {"fact"});
    const FactSpec* spec = Fact(check, p, c);
    FactChange change;
    change.group = Group(check, p, c, spec);
    int ops = static_cast<int>(c.contains("set")) + static_cast<int>(c.contains("add")) + static_cast<int>(c.contains("scale"));
    if (ops != 1) {
      check.Error(p, "a change needs exactly one of \"set\", \"add\" or \"scale\"");
      return;
    }
    if (!spec) return;
    change.fact = spec->id;
    const char* op = c.contains("set") ? "set" : c.contains("add") ? "add" : "scale";
    change.op = c.contains("set") ? ChangeOp::kSet : c.contains("add") ? ChangeOp::kAdd : ChangeOp::kScale;
    const auto& v = c[op];
    std::string vp = p + "/" + op;
    change.where = check.doc().Locate(vp);
    if (change.op != ChangeOp::kSet && spec->type != FactType::kNumber) {
      check.Error(vp, std::string("\"") + op + "\" works only on number facts; \"" + spec->path + "\" is " +
                          std::string(FactTypeName(spec->type)), "use \"set\"");
      return;
    }
    if (v.is_object()) {  // an uncertain value or amount
      FactSpec amount_spec = *spec;
      if (change.op != ChangeOp::kSet) amount_spec.min = amount_spec.max = std::nullopt;
      change.distribution = ParseDistribution(amount_spec, v, check.doc(), vp, diags);
      if (!change.distribution) return;
      const Distribution& d = *change.distribution;
      double point = d.kind == DistributionKind::kUniform ? (d.min + d.max) / 2
                     : d.kind == DistributionKind::kTriangular ? d.mode : d.mean;
      if (d.kind == DistributionKind::kCategorical) {
        auto best = std::max_element(d.choices.begin(), d.choices.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
        change.value = best->first;
      } else if (change.op == ChangeOp::kSet) {
        change.value = point;
      } else {
        change.amount = point;
      }
    } else if (change.op == ChangeOp::kSet) {
      auto value = ds.catalogue.ParseValue(*spec, v, check.doc(), vp, diags);
      if (!value) return;
      change.value = *value;
    } else {
      if (!v.is_number()) {
        check.Error(vp, std::string("\"") + op + "\" must be a number or a distribution");
        return;
      }
      change.amount = v.get<double>();
    }
    pledge.changes.push_back(std::move(change));
  }

  void ParseWeights(JsonChecker& check, const nlohmann::json& w, Scenario& s) {
    if (!check.IsObject("/weights", w, "\"weights\"")) return;
    check.Keys("/weights", w, {"rules", "domains"}, {});
    for (const char* kind : {"rules", "domains"}) {
      if (!w.contains(kind) || !check.IsObject(std::string("/weights/") + kind, w[kind], kind)) continue;
      for (const auto& [name, range] : w[kind].items()) {
        std::string p = std::string("/weights/") + kind + "/" + JsonPointerToken(name);
        WeightRange r;
        r.where = check.doc().Locate(p);
        r.domain = std::string(kind) == "domains";
        if (r.domain) {
          for (size_t d = 0; d < pack.domains.size(); ++d) {
            if (pack.domains[d].id == name) r.index = static_cast<int>(d);
          }
        } else {
          r.index = pack.FindRule(name);
        }
        if (r.index < 0) {
          std::vector<std::string> names = pack.RuleIds();
          if (r.domain) {
            names.clear();
            for (const auto& d : pack.domains) names.push_back(d.id);
          }
          check.Error(p, std::string("no ") + (r.domain ? "domain" : "rule") + " \"" + name + "\" in pack " + pack.name,
                      DidYouMean(name, names));
          continue;
        }
        if (!check.IsObject(p, range, "a weight range")) continue;
        check.Keys(p, range, {"min", "max"}, {"min", "max"});
        auto lo = check.Number(p, range, "min", true), hi = check.Number(p, range, "max", true);
        if (!lo || !hi) continue;
        if (*lo < 0) check.Error(p + "/min", "a weight cannot be negative");
        else if (*lo > *hi) check.Error(p + "/min", "min is greater than max");
        else {
          r.min = *lo;
          r.max = *hi;
          s.weights.push_back(r);
        }
      }
    }
  }

  std::string Resolve(const std::string& ref, const std::string& from_dir) {
    fs::path p(ref);
    if (p.extension() == ".json" || ref.find('/') != std::string::npos) {
      fs::path full = p.is_absolute() ? p : fs::path(from_dir) / p;
      if (PathExists(full)) return full.lexically_normal().string();
      if (PathExists(p)) return p.lexically_normal().string();
      return {};
    }
    std::error_code ec;
    if (fs::is_directory(scenarios_dir, ec)) {  // an id: the scenario file whose "id" matches
      Diagnostics unreadable;  // other files of the folder are not this scenario's business
      for (const auto& f : ListInputFiles(scenarios_dir, ".json", unreadable)) {
        try {
          JsonDocument doc = ReadJsonFile(f.string());
          if (doc.root().is_object() && doc.root().value("id", "") == ref) return f.lexically_normal().string();
        } catch (const InputError&) {
        }
      }
    }
    return {};
  }

  // True (and reported) when `canonical` is already being loaded: its "extends" chain comes back to it.
  bool ExtendsCycle(const std::string& canonical, const SourceLocation& referrer) {
    if (std::find(stack.begin(), stack.end(), canonical) == stack.end()) return false;
    std::string chain;
    for (const auto& s : stack) chain += fs::path(s).filename().string() + " -> ";
    diags.Add(referrer, "\"extends\" makes a cycle: " + chain + fs::path(canonical).filename().string());
    return true;
  }

  // The scenario `root` extends, loaded recursively, as the start of `s`.
  void Extend(JsonChecker& check, const JsonDocument& doc, const std::string& file, Scenario& s) {
    auto parent_ref = check.String("", doc.root(), "extends", false);
    if (!parent_ref) return;
    std::string parent_file = Resolve(*parent_ref, fs::path(file).parent_path().string());
    if (parent_file.empty()) {
      check.Error("/extends", "no scenario \"" + *parent_ref + "\" (neither a file nor an id in " + scenarios_dir + ")");
    } else if (auto parent = Load(parent_file, doc.Locate("/extends"))) {
      s = *parent;
    }
  }

  Pledge ParsePledge(JsonChecker& check, const std::string& p, const nlohmann::json& pj, const std::string& file) {
    check.Keys(p, pj, {"id", "title", "countries", "link", "effective", "probability", "changes", "note"},
               {"id", "title", "countries", "effective", "probability", "changes"});
    Pledge pledge;
    pledge.file = file;
    pledge.id = check.String(p, pj, "id", true).value_or("");
    pledge.title = check.String(p, pj, "title", true).value_or("");
    pledge.link = check.String(p, pj, "link", false).value_or("");
    if (!pledge.link.empty() && pledge.link.rfind("http", 0) != 0) {
      check.Error(p + "/link", "link must be a web address (https://...)");
    }
    pledge.countries = Countries(check, p, pj, "countries");
    pledge.effective = check.DateField(p, pj, "effective", true, false).value_or(Date{});
    if (auto prob = check.Number(p, pj, "probability", true)) {
      if (*prob < 0 || *prob > 1) {
        check.Error(p + "/probability", "probability " + FactValueToText(FactValue{*prob}) + " is outside 0 to 1");
      }
      pledge.probability = *prob;
    }
    if (pj.contains("changes") && check.IsArray(p + "/changes", pj["changes"], "\"changes\"")) {
      if (pj["changes"].empty()) check.Error(p + "/changes", "a pledge needs at least one change");
      for (size_t k = 0; k < pj["changes"].size(); ++k) {
        ParseChange(check, p + "/changes/" + std::to_string(k), pj["changes"][k], pledge);
      }
    }
    return pledge;
  }

  // Adds `pledge` to `s`; a pledge with a parent's id replaces the parent's.
  void AddPledge(JsonChecker& check, const std::string& p, Pledge pledge, const std::string& file, Scenario& s) {
    auto same = std::find_if(s.pledges.begin(), s.pledges.end(), [&](const Pledge& q) { return q.id == pledge.id; });
    if (same != s.pledges.end() && same->file == file) {
      check.Error(p + "/id", "pledge id \"" + pledge.id + "\" is used twice in this scenario");
    } else if (same != s.pledges.end()) {
      *same = std::move(pledge);  // a child scenario redefines its parent's pledge
    } else {
      s.pledges.push_back(std::move(pledge));
    }
  }

  void ParsePledges(JsonChecker& check, const nlohmann::json& root, const std::string& file, Scenario& s) {
    if (!root.contains("pledges") || !check.IsArray("/pledges", root["pledges"], "\"pledges\"")) return;
    const auto& pledges = root["pledges"];
    for (size_t i = 0; i < pledges.size(); ++i) {
      std::string p = "/pledges/" + std::to_string(i);
      if (!check.IsObject(p, pledges[i], "a pledge")) continue;
      AddPledge(check, p, ParsePledge(check, p, pledges[i], file), file, s);
    }
  }

  std::optional<UncertainFact> ParseUncertainFact(JsonChecker& check, const std::string& p, const nlohmann::json& u_json) {
    check.Keys(p, u_json, {"countries", "fact", "group", "distribution"}, {"countries", "fact", "distribution"});
    UncertainFact u;
    u.countries = Countries(check, p, u_json, "countries");
    const FactSpec* spec = Fact(check, p, u_json);
    u.group = Group(check, p, u_json, spec);
    if (!spec || !u_json.contains("distribution")) return std::nullopt;
    u.fact = spec->id;
    auto d = ParseDistribution(*spec, u_json["distribution"], check.doc(), p + "/distribution", diags);
    if (!d) return std::nullopt;
    u.distribution = *d;
    return u;
  }

  void ParseUncertainFacts(JsonChecker& check, const nlohmann::json& root, Scenario& s) {
    if (!root.contains("uncertain_facts") ||
        !check.IsArray("/uncertain_facts", root["uncertain_facts"], "\"uncertain_facts\"")) {
      return;
    }
    const auto& list = root["uncertain_facts"];
    for (size_t i = 0; i < list.size(); ++i) {
      std::string p = "/uncertain_facts/" + std::to_string(i);
      if (!check.IsObject(p, list[i], "an uncertain fact")) continue;
      if (auto u = ParseUncertainFact(check, p, list[i])) s.uncertain.push_back(*u);
    }
  }

  // The scenario in `root` on top of the one it extends. Problems go to diags.
  Scenario Parse(JsonChecker& check, const JsonDocument& doc, const std::string& file) {
    const auto& root = doc.root();
    Scenario s;
    // "$schema" is for editors (docs/schema/scenario.schema.json); the engine ignores it.
    check.Keys("", root, {"$schema", "id", "title", "description", "as_of", "extends", "pledges", "uncertain_facts", "weights"},
               {"id", "title", "as_of"});
    Extend(check, doc, file, s);
    s.id = check.String("", root, "id", true).value_or("");
    s.title = check.String("", root, "title", true).value_or("");
    s.description = check.String("", root, "description", false).value_or("");
    s.as_of = check.DateField("", root, "as_of", true, false).value_or(Date{});
    s.files.insert(s.files.begin(), file);
    ParsePledges(check, root, file, s);
    ParseUncertainFacts(check, root, s);
    if (root.contains("weights")) ParseWeights(check, root["weights"], s);
    return s;
  }

  std::optional<Scenario> Load(const std::string& file, const SourceLocation& referrer) {
    std::error_code ec;
    std::string canonical = fs::weakly_canonical(file, ec).string();
    if (ec) canonical = fs::path(file).lexically_normal().string();
    if (ExtendsCycle(canonical, referrer)) return std::nullopt;
    JsonDocument doc;
    std::string text;
    try {
      // The scenario named on the command line may be a pipe (/dev/stdin); the files it extends may not.
      InputKind kind = stack.empty() ? InputKind::kFileOrStream : InputKind::kRegularFile;
      text = ReadTextFile(file, JsonReaderLimits{}.max_bytes + 1, kind);
      doc = ParseJson(text, file);
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) diags.Add(d);
      return std::nullopt;
    }
    size_t before = diags.size();
    JsonChecker check(doc, diags);
    if (!check.IsObject("", doc.root(), "a scenario")) return std::nullopt;
    stack.push_back(canonical);
    Scenario s = Parse(check, doc, file);
    s.hash = Sha256Hex(s.hash + Sha256Hex(text));  // the parent's hash (if any) chained with this file's
    stack.pop_back();
    if (diags.size() != before) return std::nullopt;
    return s;
  }
};

}  // namespace

Scenario LoadScenario(const std::string& path_or_id, const std::string& scenarios_dir, const Dataset& dataset,
                      const PackInfo& pack) {
  Loader loader{dataset, pack, scenarios_dir, {}, {}};
  std::error_code ec;
  bool named = PathExists(path_or_id) || fs::is_symlink(path_or_id, ec);  // a broken link is still named
  std::string file = named ? path_or_id : loader.Resolve(path_or_id, ".");
  if (file.empty()) {
    std::vector<std::string> ids;
    ThrowInputError(SourceLocation{path_or_id, 0, 0, {}, {}}, "no such scenario file or id",
                    "give a path to a .json file, or an id from " + scenarios_dir);
  }
  auto s = loader.Load(file, SourceLocation{file, 0, 0, {}, {}});
  loader.diags.ThrowIfAny();
  CheckScenarioSense(*s, dataset, pack, loader.diags);
  loader.diags.ThrowIfAny();
  return *s;
}

}  // namespace workrights
