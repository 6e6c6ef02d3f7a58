#include "reports/format/words.h"

#include <algorithm>

#include "reports/format/markdown_text.h"

namespace workrights {

std::string_view DimensionWords(Dimension d) { return d == Dimension::kDeJure ? "in law" : "in practice"; }

std::string_view HeadlineWords(std::string_view id) {
  if (id == "de_jure") return "law (de jure)";
  if (id == "de_facto") return "practice (de facto)";
  if (id == "gap") return "gap (law minus practice)";
  return id;  // "overall", "coverage" read as they are
}

std::string GroupWords(std::string id) {
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

std::string GroupWords(const FactCatalogue& cat, GroupId g) { return GroupWords(cat.GroupName(g)); }

const std::string& FactWords(const FactCatalogue& cat, FactId f) { return cat.Get(f).label; }

std::string FactWordsAndPath(const FactCatalogue& cat, FactId f) {
  return cat.Get(f).label + " (" + cat.Get(f).path + ")";
}

std::string FactWordsAndPathMarkdown(const FactCatalogue& cat, FactId f) {
  return MarkdownCell(cat.Get(f).label) + " (`" + cat.Get(f).path + "`)";
}

}  // namespace workrights
