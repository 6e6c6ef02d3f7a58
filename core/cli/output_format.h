#pragma once
// One rule for every command: --format json|csv|md|html, or else the extension of --out (.csv, .md, .html),
// else JSON.
#include <string>

namespace workrights::cli {

enum class OutputFormat { kJson, kCsv, kMarkdown, kHtml };

const char* FormatName(OutputFormat f);

/// Throws po::error for an unknown format name.
OutputFormat ChooseFormat(const std::string& format, const std::string& out);

}  // namespace workrights::cli
