#include "tests/test_support.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/base/json_reader.h"

namespace workrights::testing {
namespace fs = std::filesystem;

std::string RepoDir() { return fs::path(WORKRIGHTS_TEST_DIR).parent_path().string(); }
std::string TestDir() { return WORKRIGHTS_TEST_DIR; }

const FactCatalogue& Catalogue() {
  static const FactCatalogue cat = FactCatalogue::Load(ReadJsonFile(RepoDir() + "/data/catalogue.json"));
  return cat;
}

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "workrights-test-XXXXXX").string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  if (!mkdtemp(buf.data())) throw std::runtime_error("mkdtemp failed");
  path_ = buf.data();
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& relative, const std::string& text) const {
  fs::path p = path_ / relative;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
  return p.string();
}

std::string PackLua(const std::vector<std::string>& rule_files, const std::string& extra,
                    const std::vector<std::string>& domains) {
  static const std::map<std::string, std::string> kDomains = {
      {"right_to_work", "    { id = \"right_to_work\", title = \"Right to work\", weight = 0.4 },\n"},
      {"labour_rights", "    { id = \"labour_rights\", title = \"Labour rights\", weight = 0.3 },\n"},
      {"social_protection", "    { id = \"social_protection\", title = \"Social protection\", weight = 0.3 },\n"}};
  std::string rules, declared;
  for (const auto& f : rule_files) rules += "\"" + f + "\", ";
  for (const auto& d : domains) declared += kDomains.at(d);
  return "return {\n  name = \"test\", version = \"1.0.0\",\n  domains = {\n" + declared + "  },\n"
         "  rules = { " + rules + "},\n" + extra + "}\n";
}

std::string SimpleRule(const std::string& id, const std::string& domain, const std::string& dimension, double weight) {
  std::ostringstream s;
  s << "return {\n  id = \"" << id << "\", title = \"Simple " << id << "\", domain = \"" << domain
    << "\", dimension = \"" << dimension << "\", weight = " << weight << ",\n"
    << "  instruments = { \"1951 Refugee Convention, Art. 17\" },\n"
    << "  reads = { \"rtw.wage_employment\" },\n"
    << "  evaluate = function(c)\n"
    << "    if c:fact(\"rtw.wage_employment\") == \"full\" then return 1, \"full\" end\n"
    << "    return 0, \"not full\"\n  end,\n}\n";
  return s.str();
}

CountryProfile MakeProfile(const std::string& iso3, const std::map<std::string, FactValue>& facts) {
  const FactCatalogue& cat = Catalogue();
  CountryProfile p;
  p.iso3 = iso3;
  p.name = "Country " + iso3;
  p.as_of = Date{2024, 1, 1};
  Source source;
  source.id = "s1";
  source.title = "Source one";
  source.publisher = "Publisher";
  source.url = "https://example.org/1";
  source.date = PartialDate{2023, 5, 1};
  p.sources.push_back(source);
  p.facts.resize(cat.size());
  for (const auto& spec : cat.facts()) p.by_group.push_back(spec.by_group);
  for (const auto& [path, value] : facts) {
    const FactSpec* spec = cat.Find(path);
    if (!spec) throw std::runtime_error("test uses unknown fact " + path);
    FactEntry e;
    e.value = value;
    e.sources = {"s1"};
    p.facts[static_cast<size_t>(spec->id)].push_back(e);
  }
  return p;
}

Dataset MakeDataset(std::vector<CountryProfile> profiles) {
  Dataset ds;
  ds.catalogue = Catalogue();
  ds.countries = std::move(profiles);
  ds.hash = "test";
  return ds;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace workrights::testing
