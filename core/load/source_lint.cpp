#include "core/load/source_lint.h"

namespace workrights {
namespace {

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

/// True when `host` is `domain` or a host under it.
bool UnderDomain(std::string_view host, std::string_view domain) {
  return host == domain || (EndsWith(host, domain) && host[host.size() - domain.size() - 1] == '.');
}

bool Matches(std::string_view host, std::string_view pattern) {
  if (pattern.starts_with("*-") && EndsWith(pattern, ".*")) {  // a label ending in "-staging"
    std::string_view suffix = pattern.substr(1, pattern.size() - 3);
    size_t start = 0;
    while (start <= host.size()) {
      size_t dot = host.find('.', start);
      std::string_view label = host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      if (dot != std::string_view::npos && EndsWith(label, suffix) && label.size() > suffix.size()) return true;
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    return false;
  }
  if (pattern.starts_with("*.")) return EndsWith(host, pattern.substr(1));
  if (EndsWith(pattern, ".*")) {
    size_t dot = host.rfind('.');
    return dot != std::string_view::npos && UnderDomain(host.substr(0, dot), pattern.substr(0, pattern.size() - 2));
  }
  return UnderDomain(host, pattern);
}

}  // namespace

std::string UrlHost(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  if (EndsWith(rest, ".")) rest.remove_suffix(1);
  std::string host(rest);
  for (char& c : host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return host;
}

std::string_view CopyHostPattern(std::string_view url) {
  std::string host = UrlHost(url);
  if (host.empty()) return {};
  for (std::string_view pattern : kCopyHostPatterns) {
    if (Matches(host, pattern)) return pattern;
  }
  return {};
}

std::vector<SourceWarning> LintSource(const Source& s) {
  std::vector<SourceWarning> out;
  std::string who = "source \"" + s.id + "\"";
  // The url names the original; a copy, even one declared as copy_url, does not stand in for it.
  if (!CopyHostPattern(s.url).empty()) {
    out.push_back({s.pointer + "/url",
                   who + " has its url on " + UrlHost(s.url) +
                       ", a host of copies (republished or archived documents), as if the copy were the original",
                   s.copy_url.empty() ? "name the original's title, publisher and url, and give this address as \"copy_url\""
                                      : "give the original publisher's address as url (the copy stays as \"copy_url\"); "
                                        "if the original cannot be found, the source cannot be cited"});
  }
  if (s.date && s.date->month == 1 && s.date->day == 1) {
    std::string year = std::to_string(s.date->year);
    out.push_back({s.pointer + "/date",
                   who + " is dated " + s.date->ToString() + ", the first day of the year: likely an invented day",
                   "write \"" + year + "\" if the source gives only the year"});
  }
  return out;
}

}  // namespace workrights
