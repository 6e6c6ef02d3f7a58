#include "core/load/profile_loader.h"

#include <algorithm>
#include <filesystem>
#include <cmath>
#include <set>

#include "core/model/iso3166.h"
#include "core/base/json_checks.h"
#include "core/base/sha256.h"
#include "core/base/spellcheck.h"
#include "core/load/source_lint.h"
#include "core/load/source_parser.h"
#include "core/load/table_loader.h"

namespace workrights {
namespace fs = std::filesystem;

static constexpr size_t kMaxQuoteChars = 300;

static size_t Utf8Length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

static void ParseSources(JsonChecker& check, const nlohmann::json& root, CountryProfile& profile,
                         Diagnostics* warnings) {
  if (!root.contains("sources") || !check.IsArray("/sources", root["sources"], "\"sources\"")) return;
  const auto& sources = root["sources"];
  for (size_t i = 0; i < sources.size(); ++i) {
    std::string p = "/sources/" + std::to_string(i);
    const auto& s = sources[i];
    auto parsed = ParseSourceObject(check, s, p);
    if (!parsed) continue;
    Source src = std::move(*parsed);
    if (!src.id.empty() && profile.FindSource(src.id)) {
      check.Error(p + "/id", "source id \"" + src.id + "\" is declared twice");
      continue;
    }
    if (warnings) {
      for (auto& w : LintSource(src)) {
        warnings->Add(check.doc().Locate(w.pointer), std::move(w.message), std::move(w.hint));
      }
    }
    profile.sources.push_back(std::move(src));
  }
}

// "sex" and "age" narrow an entry to a part of its group; only facts the catalogue breaks down take them.
static void ParsePopulationPart(JsonChecker& check, const FactSpec& spec, const nlohmann::json& e,
                                const std::string& p, FactEntry& entry) {
  auto sex = check.String(p, e, "sex", false);
  auto age = check.String(p, e, "age", false);
  if ((sex || age) && !spec.by_sex_and_age) {
    check.Error(p + (sex ? "/sex" : "/age"), "fact \"" + spec.path + "\" is not broken down by sex or age",
                "the catalogue allows \"sex\" and \"age\" only on facts with \"by_sex_and_age\": true");
    return;
  }
  if (sex) {
    if (auto parsed = ParseSex(*sex)) entry.part.sex = *parsed;
    else check.Error(p + "/sex", "unknown sex \"" + *sex + "\"", "use \"female\" or \"male\"");
  }
  if (age) {
    if (auto band = ParseAgeBand(*age)) entry.part.age = *band;
    else check.Error(p + "/age", "age band \"" + *age + "\" is not FROM-TO or FROM+ in whole years from 0 to " +
                                     std::to_string(kMaxAge), "for example \"15-24\" or \"60+\"");
  }
}

static std::optional<FactEntry> ParseEntry(JsonChecker& check, const FactCatalogue& cat, const FactSpec& spec,
                                           const nlohmann::json& e, const std::string& p,
                                           const CountryProfile& profile) {
  if (!check.IsObject(p, e, "a fact entry")) return std::nullopt;
  check.Keys(p, e,
             {"value", "sources", "quote", "locator", "note", "inferred", "group", "valid_from", "year", "uncertainty",
              "override", "sex", "age"},
             {"value", "sources"});
  Diagnostics& diags = check.diags();
  size_t before = diags.size();
  FactEntry entry;
  entry.pointer = p;
  entry.group = profile.primary_group;
  if (e.contains("value")) {
    auto v = cat.ParseValue(spec, e["value"], check.doc(), p + "/value", diags);
    if (v) entry.value = *v;
  }
  if (e.contains("sources") && check.IsArray(p + "/sources", e["sources"], "\"sources\"")) {
    const auto& ids = e["sources"];
    if (ids.empty()) check.Error(p + "/sources", "a fact needs at least one source", "unknown facts are left out");
    std::vector<std::string> declared;
    for (const auto& s : profile.sources) declared.push_back(s.id);
    for (size_t i = 0; i < ids.size(); ++i) {
      std::string ip = p + "/sources/" + std::to_string(i);
      if (!ids[i].is_string()) {
        check.Error(ip, "a source id must be a string, but is " + JsonKindName(ids[i]));
        continue;
      }
      std::string id = ids[i].get<std::string>();
      if (!profile.FindSource(id)) {
        check.Error(ip, "source \"" + id + "\" is not declared in \"sources\"", DidYouMean(id, declared));
        continue;
      }
      entry.sources.push_back(id);
    }
  }
  entry.quote = check.String(p, e, "quote", false).value_or("");
  if (Utf8Length(entry.quote) > kMaxQuoteChars) {
    check.Error(p + "/quote", "quote is " + std::to_string(Utf8Length(entry.quote)) + " characters, over the limit of " +
                                  std::to_string(kMaxQuoteChars), "quote the key sentence only");
  }
  entry.locator = check.String(p, e, "locator", false).value_or("");
  entry.note = check.String(p, e, "note", false).value_or("");
  // A profile value that replaces a cross-country table's says why (data/tables/README.md).
  entry.override_reason = check.String(p, e, "override", false).value_or("");
  entry.inferred = check.Bool(p, e, "inferred", false).value_or(false);
  // An inference is only as good as its reasoning, so the reasoning must travel with the value.
  if (entry.inferred && entry.note.empty() && !e.contains("note")) {
    check.Error(p + "/inferred", "an inferred value needs its reasoning in \"note\"",
                "say what the source's silence or general statement is and why it gives this value");
  }
  if (auto g = check.String(p, e, "group", false)) {
    auto gid = cat.FindGroup(*g);
    if (!gid) check.Error(p + "/group", "unknown group \"" + *g + "\"", DidYouMean(*g, cat.groups()));
    else if (!spec.by_group && *gid != profile.primary_group) {
      check.Error(p + "/group", "fact \"" + spec.path + "\" does not differ by group, so it takes no \"group\"");
    } else entry.group = *gid;
  }
  ParsePopulationPart(check, spec, e, p, entry);
  entry.valid_from = check.DateField(p, e, "valid_from", false, false);
  if (auto y = check.Number(p, e, "year", false)) {
    int this_year = TodayUtc().year;
    if (std::floor(*y) != *y || *y < 1950 || *y > this_year) {
      check.Error(p + "/year", "year must be a whole year from 1950 to " + std::to_string(this_year));
    } else {
      entry.year = static_cast<int>(*y);
    }
  } else if (spec.needs_year && !e.contains("year")) {
    check.Error(p, "fact \"" + spec.path + "\" is a statistic: give its reference \"year\"");
  }
  // A statistic holds from its reference date: without a stated one, the end of its reference year, so an
  // assessment of an earlier date does not use a figure that did not exist yet.
  if (entry.year && !entry.valid_from && spec.needs_year) entry.valid_from = Date{*entry.year, 12, 31};
  if (e.contains("uncertainty")) {
    entry.uncertainty = ParseDistribution(spec, e["uncertainty"], check.doc(), p + "/uncertainty", diags);
  }
  if (diags.size() != before) return std::nullopt;
  return entry;
}

// A profile copied from another country's keeps that country's name: the name must not be another
// country's ISO name. (Other names are free: "Türkiye", "Iran", "Democratic Republic of the Congo".)
static void CheckNameAgreesWithCode(JsonChecker& check, const CountryProfile& profile) {
  std::string_view named = IsoCodeOfName(profile.name);
  if (!named.empty() && !profile.iso3.empty() && named != profile.iso3) {
    check.Error("/name", "\"" + profile.name + "\" is the name of " + std::string(named) +
                             ", but the profile describes " + profile.iso3 + " (" +
                             std::string(IsoCountryName(profile.iso3)) + ")");
  }
}

std::optional<CountryProfile> ParseProfile(const JsonDocument& doc, const FactCatalogue& cat, Diagnostics& diags,
                                           Diagnostics* warnings) {
  size_t before = diags.size();
  JsonChecker check(doc, diags);
  const auto& root = doc.root();
  if (!check.IsObject("", root, "a profile")) return std::nullopt;
  // "$schema" lets an editor check the file as it is typed (docs/schema/profile.schema.json); the engine ignores it.
  check.Keys("", root, {"$schema", "country", "name", "as_of", "primary_group", "sources", "facts"},
             {"country", "name", "as_of", "sources", "facts"});
  CountryProfile profile;
  profile.file = doc.file();
  profile.facts.resize(cat.size());
  for (const auto& spec : cat.facts()) profile.by_group.push_back(spec.by_group);
  if (auto code = check.String("", root, "country", true)) {
    if (IsoCountryName(*code).empty() && !IsUserAssignedAlpha3(*code)) {
      std::vector<std::string> codes;
      for (const auto& c : IsoCountries()) codes.emplace_back(c.alpha3);
      check.Error("/country", "\"" + *code + "\" is not an ISO 3166-1 alpha-3 country code",
                  DidYouMean(*code, codes));
    } else {
      profile.iso3 = *code;
      std::string stem = fs::path(doc.file()).stem().string();
      if (!doc.file().empty() && fs::path(doc.file()).extension() == ".json" && stem != *code) {
        check.Error("/country", "the file is named " + stem + ".json but describes " + *code,
                    "rename it to " + *code + ".json");
      }
    }
  }
  profile.name = check.String("", root, "name", true).value_or("");
  CheckNameAgreesWithCode(check, profile);
  profile.as_of = check.DateField("", root, "as_of", true, true).value_or(Date{});
  if (auto g = check.String("", root, "primary_group", false)) {
    auto gid = cat.FindGroup(*g);
    if (!gid) check.Error("/primary_group", "unknown group \"" + *g + "\"", DidYouMean(*g, cat.groups()));
    else profile.primary_group = *gid;
  }
  ParseSources(check, root, profile, warnings);

  if (root.contains("facts") && check.IsObject("/facts", root["facts"], "\"facts\"")) {
    std::vector<std::string> paths = cat.Paths();
    for (const auto& path : doc.KeysInOrder("/facts")) {
      const auto& value = root["facts"][path];
      std::string p = "/facts/" + JsonPointerToken(path);
      const FactSpec* spec = cat.Find(path);
      if (!spec) {
        check.Error(p, "unknown fact \"" + path + "\"", DidYouMean(path, paths));
        continue;
      }
      std::vector<FactEntry> entries;
      if (value.is_array()) {
        if (value.empty()) check.Error(p, "an empty list of entries; leave an unknown fact out instead");
        for (size_t i = 0; i < value.size(); ++i) {
          if (auto e = ParseEntry(check, cat, *spec, value[i], p + "/" + std::to_string(i), profile)) {
            entries.push_back(std::move(*e));
          }
        }
      } else if (auto e = ParseEntry(check, cat, *spec, value, p, profile)) {
        entries.push_back(std::move(*e));
      }
      for (size_t i = 0; i < entries.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
          if (entries[i].group == entries[j].group && entries[i].part == entries[j].part &&
              entries[i].valid_from == entries[j].valid_from) {
            std::string part = entries[i].part.Whole() ? "" : " (" + entries[i].part.Label() + ")";
            check.Error(entries[i].pointer, "two entries for group \"" + cat.GroupName(entries[i].group) + "\"" +
                                                part + " hold from the same date",
                        "give each entry its own \"valid_from\"");
          }
        }
      }
      // Entries about a part of a group are reported beside the scores, never read by rules.
      auto& whole = profile.facts[static_cast<size_t>(spec->id)];
      for (auto& e : entries) {
        if (e.part.Whole()) whole.push_back(std::move(e));
        else profile.breakdowns.push_back({spec->id, std::move(e)});
      }
    }
  }
  if (diags.size() != before) return std::nullopt;
  return profile;
}

// Reads every <dir>/tables/*.json into ds.tables (sorted by file name, so by id); a dataset without tables is fine.
template <typename HashFn>
static void LoadTables(const std::string& dir, Dataset& ds, Diagnostics& diags, HashFn add_to_hash) {
  const fs::path tables_dir = fs::path(dir) / "tables";
  std::error_code ec;
  if (!fs::is_directory(tables_dir, ec)) return;
  for (const auto& f : ListInputFiles(tables_dir, ".json", diags)) {
    try {
      std::string text = ReadTextFile(f.string());
      add_to_hash("tables/" + f.filename().string(), text);
      if (auto table = ParseTable(ParseJson(text, f.string()), ds.catalogue, diags)) ds.tables.push_back(std::move(*table));
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) diags.Add(d);
    }
  }
}

Dataset LoadDataset(const std::string& dir) {
  Dataset ds;
  ds.root = dir;
  std::string catalogue_file = (fs::path(dir) / "catalogue.json").string();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    ThrowInputError(SourceLocation{dir, 0, 0, {}, {}}, "data folder not found",
                    "pass --data with a folder holding catalogue.json and profiles/");
  }
  std::string catalogue_text = ReadTextFile(catalogue_file);
  ds.catalogue = FactCatalogue::Load(ParseJson(catalogue_text, catalogue_file));

  Diagnostics diags;
  std::vector<fs::path> files;
  fs::path profiles_dir = fs::path(dir) / "profiles";
  if (fs::is_directory(profiles_dir, ec)) files = ListInputFiles(profiles_dir, ".json", diags);
  if (files.empty() && diags.empty()) {
    ThrowInputError(SourceLocation{profiles_dir.string(), 0, 0, {}, {}}, "no profiles (*.json) found");
  }

  Sha256 hash;
  auto add_to_hash = [&](const std::string& name, const std::string& text) {
    hash.Update(name);
    hash.Update(std::string(1, '\0'));
    hash.Update(std::to_string(text.size()));
    hash.Update(std::string(1, '\0'));
    hash.Update(text);
  };
  add_to_hash("catalogue.json", catalogue_text);

  std::set<std::string> seen;
  for (const auto& f : files) {
    try {
      std::string text = ReadTextFile(f.string());
      add_to_hash("profiles/" + f.filename().string(), text);
      JsonDocument doc = ParseJson(text, f.string());
      auto profile = ParseProfile(doc, ds.catalogue, diags, &ds.warnings);
      if (!profile) continue;
      if (!seen.insert(profile->iso3).second) {
        diags.Add(doc.Locate("/country"), "country " + profile->iso3 + " has a second profile");
        continue;
      }
      ds.countries.push_back(std::move(*profile));
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) diags.Add(d);
    }
  }
  LoadTables(dir, ds, diags, add_to_hash);
  diags.ThrowIfAny();
  std::sort(ds.countries.begin(), ds.countries.end(),
            [](const CountryProfile& a, const CountryProfile& b) { return a.iso3 < b.iso3; });
  MergeTables(ds);
  ds.hash = hash.HexDigest();
  return ds;
}

}  // namespace workrights
