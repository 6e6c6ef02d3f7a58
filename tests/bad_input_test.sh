#!/usr/bin/env bash
# Runs the bad-input corpus (tests/bad_input/*/): each case must give exactly the exit code and messages in
# its expect.txt. usage: bad_input_test.sh BUILD_DIR [--update]
set -uo pipefail
build=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
wr="$build/workrights"
update=${2:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

one_valid_profile() {  # one_valid_profile DATA: the real catalogue and one profile that passes every check
  mkdir -p "$1/profiles"
  cp "$repo/data/catalogue.json" "$1/"
  cp "$repo/tests/bad_input/profile-list-item-twice/profiles/JOR.json" "$1/profiles/"
  /usr/bin/python3 - "$1/profiles/JOR.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["facts"].pop("intl.refugee_convention_1951.reservations", None)
json.dump(p, open(sys.argv[1], "w"), indent=2)
PY
}
for case_dir in "$repo"/tests/bad_input/*/; do
  case_dir=${case_dir%/}
  name=$(basename "$case_dir")
  kind=$(cat "$case_dir/kind")
  data="$tmp/data-$name"
  rm -rf "$data"
  case "$kind" in
    profile|profile-generated)
      mkdir -p "$data/profiles"
      cp "$repo/data/catalogue.json" "$data/"
      if [ "$kind" = profile ]; then
        cp "$case_dir"/profiles/* "$data/profiles/"
      else
        /usr/bin/python3 -c "
import json; q = 'x' * (50 * 1024 * 1024)
json.dump({'country': 'JOR', 'name': 'Jordan', 'as_of': '2024-01-01', 'sources': [], 'facts': {}, 'note': q},
          open('$data/profiles/JOR.json', 'w'))"
      fi
      "$wr" check --data "$data" >/dev/null 2>"$tmp/err"
      ;;
    # A cross-country table beside one valid profile.
    table)
      one_valid_profile "$data"
      mkdir -p "$data/tables"
      cp "$case_dir"/tables/* "$data/tables/"
      "$wr" check --data "$data" >/dev/null 2>"$tmp/err"
      ;;
    # On the shipped data, or on the case's own profiles/ when it has them (figures that must not move).
    scenario)
      data_option=()
      if [ -d "$case_dir/profiles" ]; then
        mkdir -p "$data/profiles"
        cp "$repo/data/catalogue.json" "$data/"
        cp "$case_dir"/profiles/* "$data/profiles/"
        data_option=(--data "$data")
      fi
      "$wr" simulate "$case_dir/scenario.json" --scenarios "$case_dir" "${data_option[@]}" --out "$tmp/out.json" \
        >/dev/null 2>"$tmp/err"
      ;;
    # Checked against the shipped data, whose source warnings (check's "warning:" lines) are not this case's.
    pack) "$wr" check --pack "$case_dir/pack" >/dev/null 2>"$tmp/err"; rc=$?; sed -i '/^warning: /d' "$tmp/err"; (exit $rc) ;;
    assess) "$wr" assess --pack "$case_dir/pack" --country JOR --out "$tmp/out.json" >/dev/null 2>"$tmp/err" ;;
    # The pack's priority function, run by rank on one valid profile.
    rank)
      one_valid_profile "$data"
      "$wr" rank --pack "$case_dir/pack" --data "$data" --out "$tmp/out.json" >/dev/null 2>"$tmp/err"
      ;;
    # Hostile files (pipes, devices, links, folders named *.json) made by the case's run.sh beside one valid
    # profile in DATA; run.sh runs the command. A hang fails the case (timeout: exit 124).
    filesystem)
      one_valid_profile "$data"
      timeout 20 bash "$case_dir/run.sh" "$wr" "$data" "$case_dir" >/dev/null 2>"$tmp/err"
      ;;
    # Two shards (draws 0:10 and 10:20) of the case's scenario.json on one valid profile, which the case's
    # edit.sh then damages in DATA.
    shard)
      one_valid_profile "$data"
      for range in 0:10 10:20; do
        "$wr" simulate "$case_dir/scenario.json" --data "$data" --draws 20 --seed 3 --draw-range "$range" --quiet \
          --out "$data/s${range%%:*}.bin"
      done
      bash "$case_dir/edit.sh" "$wr" "$data" "$case_dir"
      "$wr" merge "$data"/s*.bin --data "$data" --scenario "$case_dir/scenario.json" --out "$tmp/out.json" \
        >/dev/null 2>"$tmp/err"
      ;;
    # A filled spreadsheet imported into one valid profile: the profile must be left exactly as it was, and no
    # temporary file beside it.
    import)
      one_valid_profile "$data"
      cp "$data/profiles/JOR.json" "$tmp/before.json"
      "$wr" import "$case_dir/input.csv" --country JOR --data "$data" >/dev/null 2>"$tmp/err"
      rc=$?
      cmp -s "$tmp/before.json" "$data/profiles/JOR.json" || echo "FAIL: the profile was changed" >>"$tmp/err"
      ls -A "$data/profiles" | grep -vx JOR.json | sed 's/^/FAIL: left in profiles: /' >>"$tmp/err"
      (exit $rc)
      ;;
    *) echo "FAIL: $name: unknown kind '$kind'"; failed=$((failed + 1)); continue ;;
  esac
  rc=$?
  { echo "exit: $rc"; sed -e "s#$data#DATA#g" -e "s#$case_dir#CASE#g" -e "s#$tmp#TMP#g" "$tmp/err"; } >"$tmp/actual"
  if [ "$update" = "--update" ]; then
    cp "$tmp/actual" "$case_dir/expect.txt"
  fi
  if cmp -s "$tmp/actual" "$case_dir/expect.txt"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name"
    diff "$case_dir/expect.txt" "$tmp/actual" | head -10
  fi
done
echo "bad-input corpus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
