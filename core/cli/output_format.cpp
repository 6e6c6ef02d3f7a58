#include "core/cli/output_format.h"

#include "core/cli/command.h"

namespace workrights::cli {

const char* FormatName(OutputFormat f) {
  switch (f) {
    case OutputFormat::kJson: return "json";
    case OutputFormat::kCsv: return "csv";
    case OutputFormat::kMarkdown: return "md";
    case OutputFormat::kHtml: return "html";
  }
  return "?";
}

static bool EndsWith(const std::string& s, const char* suffix) {
  std::string x(suffix);
  return s.size() > x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

OutputFormat ChooseFormat(const std::string& format, const std::string& out) {
  if (format == "json") return OutputFormat::kJson;
  if (format == "csv") return OutputFormat::kCsv;
  if (format == "md" || format == "markdown") return OutputFormat::kMarkdown;
  if (format == "html") return OutputFormat::kHtml;
  if (!format.empty()) throw po::error("unknown --format '" + format + "'; use json, csv, md or html");
  if (EndsWith(out, ".csv")) return OutputFormat::kCsv;
  if (EndsWith(out, ".md")) return OutputFormat::kMarkdown;
  if (EndsWith(out, ".html") || EndsWith(out, ".htm")) return OutputFormat::kHtml;
  return OutputFormat::kJson;
}

}  // namespace workrights::cli
