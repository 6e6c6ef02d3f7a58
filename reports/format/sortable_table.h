#pragma once
// Tables a reader can sort by any column in the browser. The table is written already sorted (a page read without
// script, or printed, shows that order); each cell carries its sort key in data-sort, and a small inline script turns
// the headings of every <table class="sortable"> into buttons. Numeric columns (class "num") sort highest first on
// the first click; an empty key (unknown) stays last either way.
#include <optional>
#include <string>
#include <string_view>

namespace workrights {

/// The value of a data-sort attribute for a number: fixed decimals, so the key is the same on every machine;
/// "" for an unknown value.
std::string SortKey(const std::optional<double>& value);

/// The <script> element that makes the page's sortable tables sortable; put it once, after the tables.
std::string_view SortableTableScript();

}  // namespace workrights
