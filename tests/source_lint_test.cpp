// Warnings about sources: copies cited as originals. The loader's own warning messages are in
// profile_loader_test.cpp.
#include <catch2/catch.hpp>

#include "core/load/source_lint.h"

using namespace workrights;

TEST_CASE("the host of a url is found whatever its case, port or user info", "[profile]") {
  CHECK(UrlHost("https://WWW.Scribd.com/document/1") == "www.scribd.com");
  CHECK(UrlHost("http://user@docslib.org:8080/x?y#z") == "docslib.org");
  CHECK(UrlHost("https://example.org.") == "example.org");
  CHECK(UrlHost("https://example.org") == "example.org");
  CHECK(UrlHost("not a url").empty());
}

TEST_CASE("document-sharing sites, wiki mirrors, staging hosts and archives count as copies", "[profile]") {
  CHECK(CopyHostPattern("https://docslib.org/doc/123/x") == "docslib.org");
  CHECK(CopyHostPattern("https://ru.scribd.com/document/1") == "scribd.com");
  CHECK(CopyHostPattern("https://fdocuments.in/document/x.html") == "fdocuments.*");
  CHECK(CopyHostPattern("https://www.fdocuments.net/x") == "fdocuments.*");
  CHECK(CopyHostPattern("https://vdocuments.net/x") == "vdocuments.*");
  CHECK(CopyHostPattern("https://studylib.net/doc/1") == "studylib.*");
  CHECK(CopyHostPattern("https://m.moam.info/x") == "moam.info");
  CHECK(CopyHostPattern("https://defr.abcdef.wiki/wiki/X") == "*.wiki");
  CHECK(CopyHostPattern("https://en.qaz.wiki/wiki/X") == "*.wiki");
  CHECK(CopyHostPattern("https://homsy-staging.cambridgecore.org/core/x") == "*-staging.*");
  CHECK(CopyHostPattern("https://web.archive.org/web/2019/https://gov.example/") == "web.archive.org");
  CHECK(CopyHostPattern("https://webarchive.archive.unhcr.org/20230101/https://www.unhcr.org/x") ==
        "webarchive.archive.unhcr.org");
}

TEST_CASE("publishers and look-alike names are not copies", "[profile]") {
  for (const char* url : {"https://www.unhcr.org/x", "https://www.cambridge.org/core/x", "https://cyberleninka.ru/x",
                          "https://en.wikipedia.org/wiki/X", "https://notdocslib.org/x", "https://docslib.org.evil.example/x",
                          "https://staging.example.org/x", "https://archive.org/details/x", "https://wiki.example.org/x",
                          "https://mydocuments.net/x"}) {
    INFO(url);
    CHECK(CopyHostPattern(url).empty());
  }
}

TEST_CASE("a source read in a copy is not warned about; one citing the copy as original is", "[profile]") {
  Source s;
  s.id = "decree";
  s.pointer = "/sources/3";
  s.url = "https://www.scribd.com/document/1";
  s.date = PartialDate{2019, 0, 0};
  auto w = LintSource(s);
  REQUIRE(w.size() == 1);
  CHECK(w[0].pointer == "/sources/3/url");
  CHECK(w[0].message.find("source \"decree\" has its url on www.scribd.com") == 0);
  s.copy_url = s.url;
  s.url = "https://gov.example/decree";
  CHECK(LintSource(s).empty());
  s.date = PartialDate{2019, 1, 1};
  w = LintSource(s);
  REQUIRE(w.size() == 1);
  CHECK(w[0].pointer == "/sources/3/date");
  s.date = PartialDate{2019, 1, 0};  // "2019-01": a month, no invented day
  CHECK(LintSource(s).empty());
}
