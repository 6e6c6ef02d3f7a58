#include "reports/format/words.h"

#include <algorithm>

#include "reports/format/markdown_text.h"

namespace workrights {

std::string_view DimensionWords(Dimension d) { return d == Dimension::kDeJure ? "in law" : "in practice"; }

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
