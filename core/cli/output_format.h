#pragma once
// One rule for every command: the format is --format, or else the extension of --out, and it must be one the
// command writes. An extension the command does not write (out.txt, or .xlsx where there is no workbook) is a
// command-line error, never a file of another format under that name; standard output gets the command's first
// format (JSON for most). A name without an extension takes --format, else that first format.
#include <string>
#include <vector>

#include "core/cli/command.h"

namespace workrights::cli {

enum class OutputFormat { kJson, kCsv, kMarkdown, kHtml, kXlsx, kDocx, kText, kShard };

/// The formats one command writes; the first is what standard output gets by default.
using FormatSet = std::vector<OutputFormat>;

/// "json", "csv", "md", "html", "xlsx", "docx", "txt", "shard".
const char* FormatName(OutputFormat f);

/// The format to write. Throws po::error (exit 1, before anything is read or written) for a --format or an --out
/// extension the command does not write, a --format that contradicts --out's extension, or a binary format
/// (xlsx, docx, shard) to standard output.
OutputFormat ChooseFormat(const std::string& format, const std::string& out, const FormatSet& supported);

/// What --format's help says: "json, csv, md or html (default: from --out's extension, else json)".
std::string FormatHelp(const FormatSet& supported);

/// The options every writing command shares: --format and, where it writes CSV, --bom.
struct FormatOptions {
  std::string format;
  bool bom = false;  ///< start CSV with a UTF-8 byte order mark, so Excel reads "Türkiye" as UTF-8
};

/// Adds --format (and --bom when `supported` has CSV) to `desc`.
void AddFormatOptions(po::options_description& desc, FormatOptions& options, const FormatSet& supported);

/// ChooseFormat, and --bom checked against the format chosen.
OutputFormat ChooseFormat(const FormatOptions& options, const std::string& out, const FormatSet& supported);

/// Writes CSV text atomically, after a UTF-8 byte order mark when asked.
void WriteCsv(const std::string& out, const std::string& csv, const FormatOptions& options);

}  // namespace workrights::cli
