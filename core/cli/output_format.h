#pragma once
// One rule for every command: --format json|md, or else the extension of --out (.md -> Markdown), else JSON.
#include <string>

namespace workrights::cli {

enum class OutputFormat { kJson, kMarkdown };

/// Throws po::error for an unknown format name.
OutputFormat ChooseFormat(const std::string& format, const std::string& out);

}  // namespace workrights::cli
