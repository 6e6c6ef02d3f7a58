#!/usr/bin/env bash
# Kills workrights (SIGKILL) at many moments while it writes a large report and checks that the target path
# always holds either the previous file, intact, or the complete new one — never a partial file.
# usage: atomic_write_test.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
wr="$build/workrights"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$repo/bench/gen-synthetic" "$tmp/data" --countries 200 >/dev/null
target="$tmp/report.html"
start=$(date +%s%N)
"$wr" assess --data "$tmp/data" --quiet --out "$target"
full_ns=$(( $(date +%s%N) - start ))
complete_size=$(stat -c %s "$target")
previous="previous report, must survive"
intact=0 replaced=0 broken=0 mid_write=0
for i in $(seq 1 24); do  # spread over the run, denser near the end where the write happens
  echo "$previous" >"$target"
  delay_ns=$(( full_ns * (i <= 12 ? i : 84 + i) / (i <= 12 ? 25 : 120) ))
  "$wr" assess --data "$tmp/data" --quiet --threads 1 --out "$target" &
  pid=$!
  sleep "$(awk "BEGIN { printf \"%.4f\", $delay_ns / 1e9 }")"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ "$(cat "$target")" = "$previous" ]; then
    intact=$((intact + 1))
  elif [ "$(stat -c %s "$target")" = "$complete_size" ] && tail -c 8 "$target" | grep -q "</html>"; then
    replaced=$((replaced + 1))
  else
    broken=$((broken + 1))
    echo "FAIL: kill after ${delay_ns} ns left a partial file ($(stat -c %s "$target") of $complete_size bytes)"
  fi
  # A leftover temporary file means the kill came while the report was being written.
  if ls "$target".tmp.* >/dev/null 2>&1; then mid_write=$((mid_write + 1)); fi
  rm -f "$target".tmp.*  # a killed run cannot remove its own temporary file; it never has the target's name
done
echo "killed 24 runs of a ${complete_size}-byte report: $intact left the previous file intact, $replaced finished first, $broken partial; $mid_write were killed while writing"
[ "$broken" -eq 0 ] && [ "$intact" -gt 0 ] && echo "1 passed, 0 failed" || { echo "0 passed, 1 failed"; exit 1; }
