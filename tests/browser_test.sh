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
passed=0
failed=0
check() { local name=$1; shift; if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi; }

"$wr" assess --quiet --out "$tmp/assessment.html"
"$wr" simulate guiding-principles-full --draws 500 --seed 1 --quiet --out "$tmp/simulation.html"
"$wr" rank --scenario guiding-principles-full --draws 300 --seed 1 --top 5 --quiet --out "$tmp/ranking.html"
"$wr" plan JOR --quiet --out "$tmp/plan.html"
"$wr" diff --from 2016-01-01 --to 2026-11-30 --quiet --out "$tmp/diff.html"
"$wr" trend --from 2016-01-01 --to 2026-11-30 --country JOR TUR KEN --quiet --out "$tmp/trend.html"
"$wr" assess --group all --country DEU TUR --quiet --out "$tmp/groups.html"
"$wr" rank --sensitivity sobol --samples 256 --bootstrap 50 --scenario guiding-principles-full --top 5 --seed 1 --quiet --out "$tmp/sensitivity.html"

for kind in assessment simulation ranking plan diff trend groups sensitivity; do
  page="$tmp/$kind.html"
  check "$kind: the page loads no script, image, style sheet or frame from anywhere" \
    bash -c "! grep -Piq '<(script|img|iframe|link|object|embed)[ >]|url\\((?!#)|@import' '$page'"
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
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
