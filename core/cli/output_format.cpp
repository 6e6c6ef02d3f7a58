#include "core/cli/output_format.h"

#include "core/cli/command.h"

namespace workrights::cli {

OutputFormat ChooseFormat(const std::string& format, const std::string& out) {
  if (format == "json") return OutputFormat::kJson;
  if (format == "md" || format == "markdown") return OutputFormat::kMarkdown;
  if (!format.empty()) throw po::error("unknown --format '" + format + "'; use json or md");
  bool md = out.size() > 3 && out.compare(out.size() - 3, 3, ".md") == 0;
  return md ? OutputFormat::kMarkdown : OutputFormat::kJson;
}

}  // namespace workrights::cli
