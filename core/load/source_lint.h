#pragma once
// Checks on a loaded source that do not stop a load: a mirror cited as if it were the original, a publication
// date whose day looks invented. `workrights check` prints them as warnings.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/profile.h"

namespace workrights {

/// Hosts that republish text they did not write, and web archives, whose captures are copies too. A source whose
/// url is on one of them cites the copy in place of the original: the original's title, publisher and url belong
/// in the source and the copy's address in "copy_url". Patterns:
///   "example.org"    that host and every host under it (www.example.org, fr.example.org);
///   "example.*"      a host named example under any top-level domain (example.net, www.example.in);
///   "*.wiki"         every host under that top-level domain (the many Wikipedia mirrors: abcdef.wiki, en.qaz.wiki);
///   "*-staging.*"    a host with a label ending in -staging (a publisher's unreleased copy, e.g.
///                    homsy-staging.cambridgecore.org).
inline constexpr std::string_view kCopyHostPatterns[] = {
    // Document-sharing sites: uploads of other publishers' PDFs.
    "docslib.org", "vdocuments.*", "fdocuments.*", "dokumen.pub", "dokumen.tips", "moam.info", "studylib.*",
    "scribd.com", "docsbay.net", "silo.tips", "pdfcoffee.com", "jablog.org", "documents.pub", "pdfslide.net",
    // Wikipedia mirrors and front ends.
    "wikimili.com", "enwikipedia.net", "wikial.top", "wikiwand.com", "*.wiki",
    // Staging copies of a publisher's site.
    "*-staging.*",
    // Web archives: a capture is a copy of the page, dated by the archive, not by the publisher.
    "web.archive.org", "webarchive.archive.unhcr.org", "archive.ph", "archive.today", "archive.is",
};

/// The lower-cased host of an http(s) url ("" when there is none), without port or user info.
std::string UrlHost(std::string_view url);

/// The pattern of kCopyHostPatterns that `url`'s host matches, or "" when none does.
std::string_view CopyHostPattern(std::string_view url);

struct SourceWarning {
  std::string pointer;  ///< JSON pointer in the profile file
  std::string message;
  std::string hint;
};

/// Warnings for one source (its pointer set by the loader).
std::vector<SourceWarning> LintSource(const Source& source);

}  // namespace workrights
