#pragma once
// Words for ids in text that advisers read (HTML, Markdown, Word, the explain trace). JSON, CSV and the
// workbooks keep the ids themselves: they are keys that filters, scripts and scenario files use.
#include <string>
#include <string_view>

#include "core/model/fact_catalogue.h"
#include "core/rules/rule.h"

namespace workrights {

/// "in law" for de_jure, "in practice" for de_facto.
std::string_view DimensionWords(Dimension d);
/// A headline figure by its id: "overall", "law (de jure)", "practice (de facto)", "gap (law minus practice)",
/// "coverage"; any other id as it is.
std::string_view HeadlineWords(std::string_view id);

/// A group as words: "asylum seekers" for asylum_seekers, "temporary protection" for temporary_protection.
std::string GroupWords(const FactCatalogue& cat, GroupId g);
/// The same for a group's id held as text (diffs keep the id of each side's catalogue).
std::string GroupWords(std::string id);

/// A catalogue fact as words: its label, "share of employed in formal jobs" for
/// rtw_practice.formal_employment_share. For running text.
const std::string& FactWords(const FactCatalogue& cat, FactId f);
/// The label with the path after it, "share of employed in formal jobs (rtw_practice.formal_employment_share)",
/// for lists of data to collect, where a data editor needs the path once. The Markdown form escapes the label for
/// a table cell and puts the path in `code`.
std::string FactWordsAndPath(const FactCatalogue& cat, FactId f);
std::string FactWordsAndPathMarkdown(const FactCatalogue& cat, FactId f);

}  // namespace workrights
