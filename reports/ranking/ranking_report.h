#pragma once
// Outputs of `workrights rank`: JSON (docs/schema/ranking.schema.json), CSV, an Excel workbook, and Markdown and
// HTML for briefings, laid out by templates (rank_view.h).
#include <string>

#include <nlohmann/json.hpp>

#include "core/rank/ranker.h"
#include "reports/format/table.h"
#include "reports/format/template_set.h"

namespace workrights {

nlohmann::json RankingToJson(const Ranking& ranking, const PackInfo& pack, const Dataset& dataset);
/// Markdown laid out by rank.md.mustache of `templates`.
std::string RankingMarkdown(const Ranking& ranking, const PackInfo& pack, const Dataset& dataset,
                            const TemplateSet& templates = TemplateSet::BuiltIn());
std::string RankingCsv(const Ranking& ranking);
/// One row per country, as the CSV (docs/csv.md); the workbook's first sheet.
Table RankingTable(const Ranking& ranking);
/// The ranking as an Excel workbook at `path` (sheets Ranking and About), written atomically.
void WriteRankingWorkbook(const Ranking& ranking, const std::string& path);
/// HTML laid out by rank.html.mustache and page.html.mustache of `templates`.
std::string RankingHtml(const Ranking& ranking, const PackInfo& pack, const Dataset& dataset,
                        const TemplateSet& templates = TemplateSet::BuiltIn());

}  // namespace workrights
