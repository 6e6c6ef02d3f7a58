#pragma once
// Helpers shared by the C++ tests: the repository's paths, temporary folders, small packs and profiles.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/model/dataset.h"
#include "core/model/fact_catalogue.h"
#include "core/model/profile.h"

namespace workrights::testing {

std::string RepoDir();   ///< the source tree
std::string TestDir();   ///< tests/
const FactCatalogue& Catalogue();  ///< data/catalogue.json, loaded once

/// A fresh empty folder under /tmp, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string Write(const std::string& relative, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

/// pack.lua with the given rule files and domains (of the standard three: right_to_work weighs 0.4,
/// labour_rights and social_protection 0.3). A domain without rules is an error, so list only those used.
std::string PackLua(const std::vector<std::string>& rule_files, const std::string& extra = "",
                    const std::vector<std::string>& domains = {"right_to_work"});

/// A simple rule reading one fact and scoring full = 1, else 0.
std::string SimpleRule(const std::string& id, const std::string& domain = "right_to_work",
                       const std::string& dimension = "de_jure", double weight = 1);

/// A profile in memory with facts for the primary group ("refugees").
CountryProfile MakeProfile(const std::string& iso3, const std::map<std::string, FactValue>& facts);

/// A dataset of made-up profiles (hash "test").
Dataset MakeDataset(std::vector<CountryProfile> profiles);

std::string ReadFile(const std::filesystem::path& p);

}  // namespace workrights::testing
