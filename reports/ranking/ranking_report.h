#pragma once
// Outputs of `workrights rank`: JSON (docs/schema/ranking.schema.json) and a Markdown table for briefings.
#include <string>

#include <nlohmann/json.hpp>

#include "core/rank/ranker.h"

namespace workrights {

nlohmann::json RankingToJson(const Ranking& ranking, const PackInfo& pack, const Dataset& dataset);
std::string RankingMarkdown(const Ranking& ranking, const PackInfo& pack);
std::string RankingCsv(const Ranking& ranking);
std::string RankingHtml(const Ranking& ranking, const PackInfo& pack, const Dataset& dataset);

}  // namespace workrights
