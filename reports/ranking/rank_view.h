#pragma once
// The view the ranking's templates (rank.md.mustache, rank.html.mustache) are filled from: the ranking in the
// shape template_catalog.cpp gives, every figure already written as the report shows it.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rank/ranker.h"

namespace workrights {

/// `catalogue` gives the words for the facts an unknown index needs.
nlohmann::json RankingView(const Ranking& ranking, const PackInfo& pack, const FactCatalogue& catalogue);
/// The names of the priority index's terms over every country, sorted (the columns of every format).
std::vector<std::string> TermNames(const Ranking& ranking);

}  // namespace workrights
