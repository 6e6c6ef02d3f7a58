#include "core/load/source_parser.h"

namespace workrights {
namespace {

bool IsHttpUrl(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

}  // namespace

std::optional<Source> ParseSourceObject(JsonChecker& check, const nlohmann::json& s, const std::string& p) {
  if (!check.IsObject(p, s, "a source")) return std::nullopt;
  check.Keys(p, s, {"id", "title", "publisher", "url", "date", "accessed", "copy_url", "copy_note"},
             {"id", "title", "publisher", "url"});
  Source src;
  src.pointer = p;
  src.id = check.String(p, s, "id", true).value_or("");
  src.title = check.String(p, s, "title", true).value_or("");
  src.publisher = check.String(p, s, "publisher", true).value_or("");
  src.url = check.String(p, s, "url", true).value_or("");
  if (!src.url.empty() && !IsHttpUrl(src.url)) {
    check.Error(p + "/url", "url must start with https:// or http://");
  }
  src.copy_url = check.String(p, s, "copy_url", false).value_or("");
  if (!src.copy_url.empty() && !IsHttpUrl(src.copy_url)) {
    check.Error(p + "/copy_url", "copy_url must start with https:// or http://");
  }
  src.copy_note = check.String(p, s, "copy_note", false).value_or("");
  if (!src.copy_note.empty() && src.copy_url.empty() && s.is_object() && !s.contains("copy_url")) {
    check.Error(p + "/copy_note", "copy_note describes a copy, but the source has no \"copy_url\"",
                "give the address the text was read at as \"copy_url\", or drop the note");
  }
  src.date = check.PartialDateField(p, s, "date", false, true);
  src.accessed = check.DateField(p, s, "accessed", false, true);
  // An undated page is fine, but then the reader must say when it was read: the date must never be invented.
  if (s.is_object() && !s.contains("date") && !s.contains("accessed")) {
    check.Error(p, "a source needs its publication date (\"date\") or, when the page shows none, the day it was "
                   "read (\"accessed\")");
  }
  // "2023" may mean any day of 2023: only a reading before its first day is impossible.
  if (src.date && src.accessed && *src.accessed < src.date->Earliest()) {
    check.Error(p + "/accessed", "accessed " + src.accessed->ToString() + " is before the publication date " +
                                     src.date->ToString());
  }
  return src;
}

}  // namespace workrights
