#!/usr/bin/env bash
# Opens every kind of HTML report in headless Chromium: takes a screenshot, and fails if the page makes any
# network request (from Chromium's NetLog) or logs a console message. usage: browser_test.sh BUILD_DIR [--update-screenshots]
set -uo pipefail
build=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
wr="$build/workrights"
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "chromium is not installed (scripts/install-deps installs it): browser test skipped"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$repo/tests/checks.sh"

"$wr" assess --quiet --out "$tmp/assessment.html"
"$wr" simulate guiding-principles-full --draws 500 --seed 1 --quiet --out "$tmp/simulation.html"
"$wr" rank --scenario guiding-principles-full --draws 300 --seed 1 --top 5 --quiet --out "$tmp/ranking.html"
"$wr" plan JOR --quiet --out "$tmp/plan.html"
"$wr" diff --from 2016-01-01 --to 2026-11-30 --quiet --out "$tmp/diff.html"
"$wr" trend --from 2016-01-01 --to 2026-11-30 --country JOR TUR KEN --quiet --out "$tmp/trend.html"
"$wr" assess --group all --country DEU TUR --quiet --out "$tmp/groups.html"
"$wr" assess --country JOR TUR KEN --quiet --out "$tmp/comparison.html"
"$wr" rank --sensitivity sobol --samples 256 --bootstrap 50 --scenario guiding-principles-full --top 5 --seed 1 --quiet --out "$tmp/sensitivity.html"
"$wr" indicators --quiet --out "$tmp/indicators.html"

for kind in assessment simulation ranking plan diff trend groups comparison sensitivity indicators; do
  page="$tmp/$kind.html"
  # Inline scripts are allowed (the assessment's sortable overview); a script, image, style sheet or frame from a
  # file or address is not.
  check "$kind: the page loads no script, image, style sheet or frame from anywhere" \
    bash -c "! grep -Piq '<script[^>]*\\ssrc=|<(img|iframe|link|object|embed)[ >]|url\\((?!#)|@import' '$page'"
  timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$tmp/profile-$kind" \
    --enable-logging=stderr --v=0 --log-net-log="$tmp/net-$kind.json" \
    --window-size=1280,1600 --screenshot="$tmp/$kind.png" "file://$page" >"$tmp/out-$kind.txt" 2>"$tmp/err-$kind.txt"
  check "$kind: a screenshot was taken" test -s "$tmp/$kind.png"
  # Requests the page itself starts come from its file:// origin, which NetLog records as initiator "null";
  # Chromium's own background traffic says "not an origin" and is not the page's doing.
  check "$kind: the page makes no network request (Chromium's NetLog)" \
    bash -c "! grep -q '\"initiator\":\"null\"' '$tmp/net-$kind.json'"
  check "$kind: no console message from the page" bash -c "! grep -q 'CONSOLE' '$tmp/err-$kind.txt'"
  if [ "${2:-}" = "--update-screenshots" ]; then
    mkdir -p "$repo/docs/img"
    cp "$tmp/$kind.png" "$repo/docs/img/$kind.png"
  fi
done
# The assessment's map and its sortable overview, in the DOM Chromium builds (--dump-dom runs the page's script).
chromium_dom() {  # FILE NAME: the DOM of FILE after its scripts ran, console messages to $tmp/err-NAME.txt
  timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/profile-$2" --enable-logging=stderr --v=0 \
    --dump-dom "file://$1" 2>"$tmp/err-$2.txt"
}
chromium_dom "$tmp/assessment.html" dom >"$tmp/dom.html"
check "assessment: the world map draws an outline for every country (over 150 paths)" \
  python3 - "$tmp/dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
svg = re.search(r'<svg class="chart map".*?</svg>', dom, re.S)
paths = len(re.findall(r"<path ", svg.group(0))) if svg else 0
sys.exit(0 if paths > 150 and svg.group(0).count("data-iso3=") >= 40 else f"{paths} paths in the map")
PY
check "assessment: the sorting script turned every overview heading into a button" \
  bash -c "grep -q '<th class=\"num\" aria-sort=\"descending\"><button type=\"button\">overall</button></th>' '$tmp/dom.html'"
# Click "country", then "coverage", as a reader would: the rows follow, unknown last, and nothing is logged.
sed 's#</main>#<script>document.querySelector("table.sortable th button").click();</script></main>#' \
  "$tmp/assessment.html" >"$tmp/sorted-name.html"
sed 's#</main>#<script>document.querySelectorAll("table.sortable th button")[6].click();</script></main>#' \
  "$tmp/assessment.html" >"$tmp/sorted-coverage.html"
chromium_dom "$tmp/sorted-name.html" sorted-name >"$tmp/dom-name.html"
chromium_dom "$tmp/sorted-coverage.html" sorted-coverage >"$tmp/dom-coverage.html"
check "assessment: a click on a heading sorts the overview by that column" \
  python3 - "$tmp/dom.html" "$tmp/dom-name.html" "$tmp/dom-coverage.html" <<'PY'
import re, sys, unicodedata
def plain(name):  # roughly how the browser's localeCompare orders names: accents after the letter they sit on
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
def column(path, index):
    dom = open(path, encoding="utf-8").read()
    body = re.search(r'<table class="sortable">.*?<tbody>(.*?)</tbody>', dom, re.S).group(1)
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    return [re.findall(r'data-sort="([^"]*)"', r)[index] for r in rows]
overall = [float(x) for x in column(sys.argv[1], 2) if x]
names = column(sys.argv[2], 0)
coverage = [float(x) for x in column(sys.argv[3], 6)]
problems = []
if overall != sorted(overall, reverse=True): problems.append("without a click, not by overall")
if names != sorted(names, key=plain): problems.append("not by name after the click")
if coverage != sorted(coverage, reverse=True): problems.append("not by coverage after the click")
if len(names) < 40: problems.append(f"{len(names)} rows")
sys.exit("; ".join(problems) or 0)
PY
for run in dom sorted-name sorted-coverage; do
  check "assessment ($run): no console message from the page or its script" bash -c "! grep -q 'CONSOLE' '$tmp/err-$run.txt'"
done
if [ "${2:-}" = "--update-screenshots" ]; then
  # The map at the top of the report, and one country's page alone (the rest of the report hidden by a style).
  sed 's#</head>#<style>main > :not(\#JOR) { display: none; }</style></head>#' "$tmp/assessment.html" >"$tmp/country.html"
  for view in map:assessment:1280,1000 country:country:1280,1400; do
    IFS=: read -r name page size <<<"$view"
    timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$tmp/profile-shot-$name" --window-size="$size" \
      --screenshot="$repo/docs/img/assessment-$name.png" "file://$tmp/$page.html" 2>/dev/null
  done
fi

summary
