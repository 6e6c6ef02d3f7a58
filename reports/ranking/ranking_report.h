#pragma once
// Outputs of `workrights rank`: JSON (docs/schema/ranking.schema.json) and a Markdown table for briefings.
#include <string>

#include <nlohmann/json.hpp>

#include "core/rank/ranker.h"
#include "reports/format/table.h"

namespace workrights {

nlohmann::json RankingToJson(const Ranking& ranking, const PackInfo& pack, const Dataset& dataset);
std::string RankingMarkdown(const Ranking& ranking, const PackInfo& pack);
std::string RankingCsv(const Ranking& ranking);
/// One row per country, as the CSV (docs/csv.md); the workbook's first sheet.
Table RankingTable(const Ranking& ranking);
/// The ranking as an Excel workbook at `path` (sheets Ranking and About), written atomically.
void WriteRankingWorkbook(const Ranking& ranking, const std::string& path);
std::string RankingHtml(const Ranking& ranking, const PackInfo& pack, const Dataset& dataset);

}  // namespace workrights
