#include "core/load/source_parser.h"

namespace workrights {

std::optional<Source> ParseSourceObject(JsonChecker& check, const nlohmann::json& s, const std::string& p) {
  if (!check.IsObject(p, s, "a source")) return std::nullopt;
  check.Keys(p, s, {"id", "title", "publisher", "url", "date", "accessed"}, {"id", "title", "publisher", "url"});
  Source src;
  src.id = check.String(p, s, "id", true).value_or("");
  src.title = check.String(p, s, "title", true).value_or("");
  src.publisher = check.String(p, s, "publisher", true).value_or("");
  src.url = check.String(p, s, "url", true).value_or("");
  if (!src.url.empty() && src.url.rfind("https://", 0) != 0 && src.url.rfind("http://", 0) != 0) {
    check.Error(p + "/url", "url must start with https:// or http://");
  }
  src.date = check.DateField(p, s, "date", false, true);
  src.accessed = check.DateField(p, s, "accessed", false, true);
  // An undated page is fine, but then the reader must say when it was read: the date must never be invented.
  if (!s.contains("date") && !s.contains("accessed")) {
    check.Error(p, "a source needs its publication date (\"date\") or, when the page shows none, the day it was "
                   "read (\"accessed\")");
  }
  if (src.date && src.accessed && *src.accessed < *src.date) {
    check.Error(p + "/accessed", "accessed " + src.accessed->ToString() + " is before the publication date " +
                                     src.date->ToString());
  }
  return src;
}

}  // namespace workrights
