#include "core/cli/output_format.h"

#include <algorithm>
#include <filesystem>

#include "core/base/atomic_file.h"

namespace workrights::cli {
namespace {

struct FormatSpec {
  OutputFormat format;
  const char* name;
  std::vector<const char*> names;       ///< what --format accepts
  std::vector<const char*> extensions;  ///< what --out may end with, the usual one first
  bool binary;                          ///< refused on standard output
};

const std::vector<FormatSpec>& Specs() {
  static const std::vector<FormatSpec> kSpecs = {
      {OutputFormat::kJson, "json", {"json"}, {".json"}, false},
      {OutputFormat::kCsv, "csv", {"csv"}, {".csv"}, false},
      {OutputFormat::kMarkdown, "md", {"md", "markdown"}, {".md", ".markdown"}, false},
      {OutputFormat::kHtml, "html", {"html"}, {".html", ".htm"}, false},
      {OutputFormat::kXlsx, "xlsx", {"xlsx"}, {".xlsx"}, true},
      {OutputFormat::kDocx, "docx", {"docx"}, {".docx"}, true},
      {OutputFormat::kText, "txt", {"txt", "text"}, {".txt"}, false},
      {OutputFormat::kShard, "shard", {"shard"}, {".bin"}, true},
  };
  return kSpecs;
}

const FormatSpec& SpecOf(OutputFormat f) {
  for (const auto& s : Specs()) {
    if (s.format == f) return s;
  }
  throw std::logic_error("output format without a spec");
}

bool Supports(const FormatSet& supported, OutputFormat f) {
  return std::find(supported.begin(), supported.end(), f) != supported.end();
}

/// "json, csv, md or html", or with `extensions` ".json, .csv, .md or .html".
std::string ListOf(const FormatSet& supported, bool extensions) {
  std::string out;
  for (size_t i = 0; i < supported.size(); ++i) {
    const FormatSpec& s = SpecOf(supported[i]);
    if (i) out += i + 1 == supported.size() ? " or " : ", ";
    out += extensions ? s.extensions.front() : s.name;
  }
  return out;
}

std::string Lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

/// The format --format names, whatever the command writes; nullptr when no format has that name.
const FormatSpec* ByName(const std::string& name) {
  for (const auto& s : Specs()) {
    for (const char* n : s.names) {
      if (Lower(name) == n) return &s;
    }
  }
  return nullptr;
}

const FormatSpec* ByExtension(const std::string& extension) {
  for (const auto& s : Specs()) {
    for (const char* e : s.extensions) {
      if (Lower(extension) == e) return &s;
    }
  }
  return nullptr;
}

}  // namespace

const char* FormatName(OutputFormat f) { return SpecOf(f).name; }

OutputFormat ChooseFormat(const std::string& format, const std::string& out, const FormatSet& supported) {
  const FormatSpec* named = nullptr;
  if (!format.empty()) {
    named = ByName(format);
    if (!named || !Supports(supported, named->format)) {
      throw po::error("--format '" + format + "' is not one this command writes; use " + ListOf(supported, false));
    }
  }
  if (out == "-") {
    const FormatSpec& chosen = named ? *named : SpecOf(supported.front());
    if (chosen.binary) {
      throw po::error(std::string(chosen.name) + " is a binary format, not for standard output; give --out FILE" +
                      chosen.extensions.front());
    }
    return chosen.format;
  }
  const std::string extension = std::filesystem::path(out).extension().string();
  if (extension.empty()) return named ? named->format : supported.front();
  const FormatSpec* by_extension = ByExtension(extension);
  if (!by_extension || !Supports(supported, by_extension->format)) {
    const FormatSpec& first = SpecOf(supported.front());
    throw po::error("--out '" + out + "' ends in " + extension + ", which is not a format this command writes; use " +
                    ListOf(supported, true) +
                    (first.binary ? std::string() : std::string(" (or --out - for ") + first.name + " on standard output)"));
  }
  if (named && named != by_extension) {
    throw po::error(std::string("--format ") + named->name + " contradicts --out '" + out + "' (" + extension +
                    "); drop --format or name the file " + named->extensions.front());
  }
  return by_extension->format;
}

std::string FormatHelp(const FormatSet& supported) {
  return ListOf(supported, false) + " (default: from --out's extension, else " + SpecOf(supported.front()).name + ")";
}

void AddFormatOptions(po::options_description& desc, FormatOptions& options, const FormatSet& supported) {
  desc.add_options()("format", po::value(&options.format)->value_name("FORMAT"), FormatHelp(supported).c_str());
  if (Supports(supported, OutputFormat::kCsv)) {
    desc.add_options()("bom", po::bool_switch(&options.bom),
                       "start CSV with a UTF-8 byte order mark, so that Excel reads accented names (Türkiye) right");
  }
}

OutputFormat ChooseFormat(const FormatOptions& options, const std::string& out, const FormatSet& supported) {
  OutputFormat f = ChooseFormat(options.format, out, supported);
  if (options.bom && f != OutputFormat::kCsv) {
    throw po::error(std::string("--bom applies to CSV output only, not ") + FormatName(f));
  }
  return f;
}

void WriteCsv(const std::string& out, const std::string& csv, const FormatOptions& options) {
  WriteFileAtomically(out, options.bom ? "\xEF\xBB\xBF" + csv : csv);
}

}  // namespace workrights::cli
