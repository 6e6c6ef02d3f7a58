#include "reports/format/html.h"

#include "reports/format/score_format.h"

#include <cstdio>

#include "core/base/version.h"

namespace workrights {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlSourceCopy(const Source& s) {
  if (s.copy_url.empty()) return "";
  std::string out = "<br><span class=\"copy\">read in a copy at <a href=\"" + HtmlEscape(s.copy_url) + "\">" +
                    HtmlEscape(s.copy_url) + "</a>";
  if (!s.copy_note.empty()) out += " (" + HtmlEscape(s.copy_note) + ")";
  return out + "</span>";
}

std::string HtmlScore(const std::optional<double>& x) {
  if (!x) return "<span class=\"unknown\">unknown</span>";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", *x);
  return buf;
}

std::string HtmlScore(const std::optional<Score>& x) {
  if (!x) return "<span class=\"unknown\">none</span>";
  std::string out = Fixed(x->point, 2);
  if (!x->exact()) out += " <span class=\"interval\">" + IntervalText(x) + "</span>";
  return out;
}

static constexpr const char* kStyle = R"css(
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p.lead { color: #57606a; margin-top: 0; }
.interval { color: #57606a; font-size: .85em; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border-bottom: 1px solid #e1e4e8; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.unknown { color: #6e7781; font-style: italic; }
.inferred { color: #9a6700; font-size: .85em; }
.copy { font-size: .85em; overflow-wrap: anywhere; }
.status-ok { color: inherit; } .status-unknown { color: #6e7781; } .status-error { color: #cf222e; font-weight: 600; }
.sources { font-size: .85rem; color: #57606a; }
.chart { margin: .5rem 0 1rem; max-width: 100%; height: auto; }
svg.map { width: 100%; }
.map a:hover path, .map a:focus path { stroke: #1b1f24; stroke-width: 1.2; }
.legend { font-size: .85rem; color: #57606a; }
footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid #d0d7de; font-size: .8rem; color: #57606a; }
code { font-size: .88em; }
table.sortable th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
table.sortable th[aria-sort="ascending"] button::after { content: " ▲"; font-size: .75em; }
table.sortable th[aria-sort="descending"] button::after { content: " ▼"; font-size: .75em; }
table.compare td.finding { font-size: .85rem; text-align: left; overflow-wrap: anywhere; } table.compare th[scope="row"] { width: 14rem; }
ul.findings { padding-left: 1.2rem; } ul.findings li { margin: .25rem 0; }
a.up { font-size: .8rem; font-weight: normal; margin-left: .5rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; } main { max-width: none; padding: 0; }
  h2, h3, p.legend { break-after: avoid; } svg, li { break-inside: avoid; } thead { display: table-header-group; }
  /* A tall row may split: kept whole, rows with long source lists left half of many pages empty (issue #19). */
  table.rules td.sources { width: 34%; } .sources, .copy { font-size: 7.5pt; }
  section.country, section.comparison + h2 { break-before: page; } a { color: inherit; text-decoration: none; } a.up { display: none; }
  table.sortable th[aria-sort] button::after { content: none; }
}
)css";

std::string HtmlPage(const std::string& title, const std::string& body, const PackInfo& pack, const Dataset& dataset,
                     const std::string& extra_footer) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>" + HtmlEscape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
  out += body;
  out += "<footer>workrights " + HtmlEscape(kEngineVersion) + " · pack " + HtmlEscape(pack.name) + " " +
         HtmlEscape(pack.version) + " (<code>" + pack.hash.substr(0, 16) + "</code>) · dataset <code>" +
         dataset.hash.substr(0, 16) + "</code> · schema " + HtmlEscape(kSchemaVersion) +
         (extra_footer.empty() ? "" : " · " + extra_footer) + "</footer>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace workrights
