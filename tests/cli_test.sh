#!/usr/bin/env bash
# Command-line tests: exit codes, messages, atomic outputs, determinism across threads, and JSON Schema
# validation of real outputs. usage: cli_test.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
wr="$build/workrights"
validate="/usr/bin/python3 $repo/tests/validate_json.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Without --as-of, commands read the facts in force today; pin "today" so docs/data.md and the README examples
# compare equal whatever day the tests run.
export WORKRIGHTS_TODAY=2026-11-30
. "$repo/tests/checks.sh"

# --- usage -------------------------------------------------------------------------------------------
run "$wr"
check "no command exits 1" test "$rc" -eq 1
run "$wr" asess
check "unknown command exits 1" test "$rc" -eq 1
check "unknown command suggests the right one" has "$err" "did you mean 'assess'?"
for c in assess simulate merge rank plan check explain test-rules schema docs indicators; do
  run "$wr" "$c" --help
  check "$c --help exits 0" test "$rc" -eq 0
  check "$c --help shows an example" has "$out" "example:"
done
run "$wr" assess --as-of 2023-02-30
check "a bad --as-of exits 1" test "$rc" -eq 1
check "a bad --as-of says why" has "$err" "is not a date"
run "$wr" assess --threads -1
check "a negative thread count exits 1" test "$rc" -eq 1
check "a negative thread count is told 0 means one per core" has "$err" "--threads must be 0 (one per core, the default) or a positive number"
run "$wr" assess --threads 100000 --country JOR --quiet
check "--threads 100000 is capped at a few per core and the run completes" test "$rc" -eq 0
check "--threads 100000 is capped with a note" has "$err" "note: --threads 100000 capped at $((4 * $(getconf _NPROCESSORS_ONLN))) (4 per core)"
run "$wr" assess --threads 0 --country JOR --quiet
check "--threads 0 means one per core" test "$rc" -eq 0
# Lua memory across threads: every worker's state may grow to the pack's cap, so the workers together stay
# within the memory limit (4 GiB by default): a pack allowing 4096 MB per state gets one worker.
cp -r "$repo/rules/standard" "$tmp/bigmem-pack"
sed -i 's/^  name = "standard",/  name = "standard", limits = { memory_mb = 4096 },/' "$tmp/bigmem-pack/pack.lua"
run "$wr" assess --pack "$tmp/bigmem-pack" --threads 2 --country JOR --quiet
check "a pack whose Lua states may each use 4 GiB runs on one worker" test "$rc" -eq 0
check "the Lua memory cap on workers is said" has "$err" "note: --threads 2 capped at 1: each worker's Lua state may use up to 4.0 GiB, and together they stay within the memory limit of 4.0 GiB"

# --- output formats: from --format or --out's extension, strictly ----------------------------------------
# Every command that writes, with what it needs to get as far as choosing its format.
declare -A needs=([assess]="" [simulate]="guiding-principles-full" [merge]="$tmp/none.bin" [rank]="" [plan]="JOR"
                  [diff]="--from 2016-01-01" [trend]="--from 2016-01-01" [explain]="JOR" [docs]="rules" [schema]="profile"
                  [indicators]="")
for c in assess simulate merge rank plan diff trend explain docs schema indicators; do
  for bad in out.xls report.pdf; do
    run "$wr" "$c" ${needs[$c]} --out "$tmp/fmt/$bad"
    check "$c --out $bad exits 1" test "$rc" -eq 1
    check "$c --out $bad says the extension is not one it writes" has "$err" "which is not a format this command writes; use ."
    check "$c --out $bad writes nothing" test ! -e "$tmp/fmt"
  done
done
for c in assess simulate merge rank plan diff trend indicators; do
  run "$wr" "$c" ${needs[$c]} --out "$tmp/fmt/x.txt"
  check "$c --out x.txt exits 1 (it writes no plain text)" test "$rc" -eq 1
  check "$c --out x.txt names the formats it writes" has "$err" "use .json, .csv, .md"
  run "$wr" "$c" ${needs[$c]} --format pdf
  check "$c --format pdf exits 1 and names the formats it writes" has "$err" "--format 'pdf' is not one this command writes; use json, csv, md"
  run "$wr" "$c" ${needs[$c]} --format csv --out "$tmp/fmt/x.json"
  check "$c: --format csv with --out x.json is refused" has "$err" "--format csv contradicts --out"
  check "$c: nothing is written when the format is refused" test ! -e "$tmp/fmt"
done
for c in explain docs schema; do
  run "$wr" "$c" ${needs[$c]:-} --out "$tmp/fmt/x.xlsx"
  check "$c --out x.xlsx exits 1: no workbook here, and never JSON inside a .xlsx" test "$rc" -eq 1
  check "$c --out x.xlsx writes nothing" test ! -e "$tmp/fmt"
done
for c in assess simulate merge rank diff trend indicators; do
  run "$wr" "$c" ${needs[$c]} --out "$tmp/fmt/x.docx"
  check "$c --out x.docx exits 1 (Word documents are for plans)" test "$rc" -eq 1
done
run "$wr" assess --format xlsx
check "a workbook never goes to standard output" has "$err" "xlsx is a binary format, not for standard output; give --out FILE.xlsx"
run "$wr" simulate guiding-principles-full --draws 10 --draw-range 0:5 --out "$tmp/fmt/shard.json"
check "a shard is written only under a .bin name" has "$err" "use .bin"
mkfifo "$tmp/pipe"
run timeout 60 "$wr" assess --country JOR --quiet --out "$tmp/pipe"
check "a named pipe at --out is refused (exit 4), not written or replaced (docs/security.md)" test "$rc" -eq 4
check "the pipe is still a pipe" test -p "$tmp/pipe"
run "$wr" explain JOR --out "$tmp/explain.json"
check "explain writes plain text only: --out explain.json exits 1" has "$err" "use .txt"
run "$wr" explain JOR rtw.wage_employment --out "$tmp/explain.txt"
check "explain writes a .txt" grep -qF "access to wage employment in law (rtw.wage_employment) = " "$tmp/explain.txt"
run "$wr" docs rules --out "$tmp/rules.html"
check "docs writes Markdown only" has "$err" "use .md"
run "$wr" schema profile --out "$tmp/schema.md"
check "schema writes JSON only" has "$err" "use .json"
run "$wr" assess --country TUR --quiet --format csv --bom
check "--bom starts the CSV with a UTF-8 byte order mark" test "$(head -c 3 "$tmp/stdout" | od -An -tx1 | tr -d ' ')" = "efbbbf"
check "--bom keeps the text UTF-8 after the mark" has "$out" "Türkiye"
run "$wr" assess --country TUR --quiet --format csv
check "without --bom the CSV starts with its header" test "$(head -c 8 "$tmp/stdout")" = "country,"
run "$wr" assess --country TUR --quiet --format md --bom
check "--bom with Markdown exits 1" test "$rc" -eq 1

# --- the shipped data ---------------------------------------------------------------------------------
run "$wr" check
check "check passes on the shipped data" test "$rc" -eq 0
run "$wr" assess --quiet --threads 1 --out "$tmp/a1.json"
check "assess exits 0" test "$rc" -eq 0
run "$wr" assess --quiet --threads 2 --out "$tmp/a2.json"
check "byte-identical output with 1 and 2 threads" cmp -s "$tmp/a1.json" "$tmp/a2.json"
run $validate "$repo/docs/schema/assessment.schema.json" "$tmp/a1.json"
check "the assessment validates against its schema" test "$rc" -eq 0
/usr/bin/python3 - "$tmp/a1.json" "$tmp/broken.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["countries"][0]["rules"][0]["status"] = "maybe"
json.dump(d, open(sys.argv[2], "w"))
PY
run $validate "$repo/docs/schema/assessment.schema.json" "$tmp/broken.json"
check "the schema rejects a broken assessment (the validator can fail)" test "$rc" -ne 0
run $validate "$repo/docs/schema/profile.schema.json" "$repo"/data/profiles/*.json
check "every shipped profile validates against the generated profile schema" test "$rc" -eq 0
run $validate "$repo/docs/schema/table.schema.json" "$repo"/data/tables/*.json
check "every shipped cross-country table validates against its schema" test "$rc" -eq 0
for bad in table-row-without-quote table-inferred-without-note table-bad-country table-not-covered-without-reason; do
  run $validate "$repo/docs/schema/table.schema.json" "$repo/tests/bad_input/$bad/tables/ilo-c087.json"
  check "the table schema rejects $bad, as check does" test "$rc" -ne 0
done
run "$wr" schema profile
check "docs/schema/profile.schema.json is up to date (regenerate: workrights schema profile --out ...)" \
  test "$out" == "$(cat "$repo/docs/schema/profile.schema.json")"
run "$wr" schema scenario
check "docs/schema/scenario.schema.json is up to date (regenerate: workrights schema scenario --out ...)" \
  test "$out" == "$(cat "$repo/docs/schema/scenario.schema.json")"
run "$wr" docs rules
check "docs/rules.md is up to date (regenerate: workrights docs rules --out docs/rules.md)" \
  test "$out" == "$(cat "$repo/docs/rules.md")"
run "$wr" docs data
check "docs/data.md is up to date (regenerate: workrights docs data --out docs/data.md)" \
  test "$out" == "$(cat "$repo/docs/data.md")"
check "a table brought up to date by later sources shows its list's date and the latest one" \
  has "$(grep '^| icescr ' <<<"$out")" "| 2015-03-14; latest row source 2026-02-03 |"
run "$wr" assess --quiet --country jor tur
check "country codes are case-insensitive" test "$rc" -eq 0
check "only the chosen countries are assessed" test "$(grep -c '"country": "' <<<"$out")" -eq 2
run "$wr" assess --country JRD
check "an unknown country exits 2" test "$rc" -eq 2
check "an unknown country gets a suggestion" has "$err" "did you mean 'JOR'?"
run "$wr" explain JOR rtw.wage_employment
check "explain exits 0" test "$rc" -eq 0
check "explain cites its sources with addresses" has "$out" "https://"
check "explain lists the facts read, in words and by path" has "$out" "access to wage employment in law (rtw.wage_employment) = "
run "$wr" explain JOR rtw.wage_employmnt
check "explain of an unknown rule exits 2 with a suggestion" has "$err" "did you mean 'rtw.wage_employment'?"
run "$wr" test-rules
check "the standard pack's Lua tests pass" test "$rc" -eq 0

# --- simulate ---------------------------------------------------------------------------------------------
run $validate "$repo/docs/schema/scenario.schema.json" "$repo"/scenarios/*.json
check "every shipped scenario validates against the scenario schema" test "$rc" -eq 0
for s in "$repo"/scenarios/*.json; do
  run "$wr" simulate "$s" --quiet --out "$tmp/det.json"
  check "simulate $(basename "$s") (deterministic) exits 0" test "$rc" -eq 0
  run $validate "$repo/docs/schema/simulation.schema.json" "$tmp/det.json"
  check "the deterministic simulation of $(basename "$s") validates against its schema" test "$rc" -eq 0
done
run "$wr" simulate guiding-principles-full --draws 300 --seed 9 --threads 1 --quiet --out "$tmp/s1.json"
run "$wr" simulate guiding-principles-full --draws 300 --seed 9 --threads 2 --quiet --out "$tmp/s2.json"
check "simulation output is byte-identical with 1 and 2 threads" cmp -s "$tmp/s1.json" "$tmp/s2.json"
run $validate "$repo/docs/schema/simulation.schema.json" "$tmp/s1.json"
check "the Monte Carlo simulation validates against its schema" test "$rc" -eq 0
run "$wr" simulate guiding-principles-full --draws 300 --seed 9 --draw-range 0:120 --quiet --out "$tmp/shard0.bin"
run "$wr" simulate guiding-principles-full --draws 300 --seed 9 --draw-range 120:300 --threads 2 --quiet --out "$tmp/shard1.bin"
run "$wr" merge "$tmp/shard1.bin" "$tmp/shard0.bin" --out "$tmp/merged.json"
check "merge exits 0" test "$rc" -eq 0
check "merged shards are byte-identical to one run of all draws" cmp -s "$tmp/s1.json" "$tmp/merged.json"
run "$wr" merge "$tmp/shard1.bin"
check "merging with draws missing exits 2" test "$rc" -eq 2
check "merging with draws missing says which, at the shard they should come before" has "$err" "shard1.bin: draws 0 to 119 are missing"
run "$wr" merge "$tmp/shard0.bin"
check "merging with the last draws missing exits 2" test "$rc" -eq 2
check "merging with the last draws missing says which, at the last shard given" has "$err" "shard0.bin: draws 120 to 299 of the run's 300 are missing: no shard given holds them"
run "$wr" merge "$tmp/shard0.bin" "$tmp/shard0.bin" "$tmp/shard1.bin"
check "overlapping shards are refused" has "$err" "shard overlaps draws of another shard"
run "$wr" merge "$tmp/s1.json"
check "a file that is not a shard is refused" has "$err" "not a workrights shard"
# simulate --sensitivity sobol: indices of each country's score and of the scenario's effect.
sim_sens=(simulate guiding-principles-full --sensitivity sobol --samples 64 --bootstrap 20 --seed 5 --quiet)
run "$wr" "${sim_sens[@]}" --threads 1 --out "$tmp/simsens1.json"
check "simulate --sensitivity sobol exits 0" test "$rc" -eq 0
run "$wr" "${sim_sens[@]}" --threads 3 --out "$tmp/simsens3.json"
check "a simulation's sensitivity is byte-identical with 1 and 3 threads" cmp -s "$tmp/simsens1.json" "$tmp/simsens3.json"
run $validate "$repo/docs/schema/simulation-sensitivity.schema.json" "$tmp/simsens1.json"
check "the simulation's sensitivity validates against its schema" test "$rc" -eq 0
check "the simulation's sensitivity has a pledge among its inputs" grep -q '"pledge.open-labour-market"' "$tmp/simsens1.json"
check "the simulation's sensitivity has the profiles' ranges among its inputs" grep -q '"profile_ranges"' "$tmp/simsens1.json"
sed 's/"kind": "simulation_sensitivity"/"kind": "sensitivity"/' "$tmp/simsens1.json" >"$tmp/simsens-broken.json"
run $validate "$repo/docs/schema/simulation-sensitivity.schema.json" "$tmp/simsens-broken.json"
check "the simulation sensitivity schema rejects a wrong kind" test "$rc" -ne 0
run "$wr" "${sim_sens[@]}" --format md
check "the Markdown simulation sensitivity has its reading and table" has "$out" "| input | range | mean total effect |"
run "$wr" "${sim_sens[@]}" --format csv
check "the simulation sensitivity CSV has its header" has "$out" "target,country,input,first_order,first_order_low"
run "$wr" "${sim_sens[@]}" --out "$tmp/simsens.html"
check "the simulation sensitivity HTML has its bar chart" grep -q '<svg class="chart"' "$tmp/simsens.html"
run "$wr" simulate guiding-principles-full --sensitivity sobol --draws 10
check "--draws with simulate --sensitivity exits 1" has "$err" "--draws does not apply with --sensitivity"
run "$wr" simulate guiding-principles-full --samples 10
check "--samples without --sensitivity exits 1" has "$err" "--samples and --bootstrap apply only with --sensitivity sobol"
printf '{"id": "x", "title": "X", "as_of": "2027-01-01",\n "pledges": [{"id": "p", "title": "P", "countries": "JOR", "effective": "2026-01-01", "probability": 2, "changes": [{"fact": "rtw.quota", "set": false}]}]}\n' > "$tmp/bad-scenario.json"
echo "previous" > "$tmp/sim-out.json"
run "$wr" simulate "$tmp/bad-scenario.json" --out "$tmp/sim-out.json"
check "a bad scenario exits 2" test "$rc" -eq 2
check "a bad scenario names file, line, column and pointer" has "$err" "bad-scenario.json:2:102: /pledges/0/probability: probability 2 is outside 0 to 1"
check "a bad scenario leaves the previous output intact" test "$(cat "$tmp/sim-out.json")" == "previous"

# --- rank and plan ---------------------------------------------------------------------------------------
run "$wr" rank --quiet --out "$tmp/rank.json"
check "rank exits 0" test "$rc" -eq 0
run $validate "$repo/docs/schema/ranking.schema.json" "$tmp/rank.json"
check "the ranking validates against its schema" test "$rc" -eq 0
run "$wr" rank --scenario guiding-principles-full --draws 200 --seed 2 --top 3 --threads 1 --quiet --out "$tmp/rank1.json"
run "$wr" rank --scenario guiding-principles-full --draws 200 --seed 2 --top 3 --threads 2 --quiet --out "$tmp/rank2.json"
check "a Monte Carlo ranking is byte-identical with 1 and 2 threads" cmp -s "$tmp/rank1.json" "$tmp/rank2.json"
run $validate "$repo/docs/schema/ranking.schema.json" "$tmp/rank1.json"
check "the Monte Carlo ranking validates against its schema" test "$rc" -eq 0
run "$wr" rank --quiet --out "$tmp/rank.md"
check "rank writes Markdown for a .md output" grep -q "^# Priority countries" "$tmp/rank.md"
run "$wr" rank --top 0
check "rank --top 0 exits 1" test "$rc" -eq 1
run "$wr" rank --group asylum_seekers --quiet --out "$tmp/rank-asylum.json"
check "rank --group exits 0" test "$rc" -eq 0
check "rank --group names the group ranked" grep -q '"group": "asylum_seekers"' "$tmp/rank-asylum.json"
check "rank --group ranks fewer countries than the primary groups (only those with data on the group)" \
  test "$(grep -c '"country": "[A-Z]' "$tmp/rank-asylum.json")" -lt "$(grep -c '"country": "[A-Z]' "$tmp/rank.json")"
run $validate "$repo/docs/schema/ranking.schema.json" "$tmp/rank-asylum.json"
check "the ranking of one group validates against its schema" test "$rc" -eq 0
sed 's/"as_of": "[0-9-]*"/"as_of": "2026-13-45"/' "$tmp/rank-asylum.json" >"$tmp/rank-bad-date.json"
run $validate "$repo/docs/schema/ranking.schema.json" "$tmp/rank-bad-date.json"
check "the schemas check dates as dates (2026-13-45 is refused)" has "$out" "is not a 'date'"
run "$wr" rank --group all
check "rank --group all exits 1 and says why" bash -c "[ $rc -eq 1 ] && grep -q 'compares countries for one group' <<<\"\$1\"" _ "$err"

# --- resource limits -------------------------------------------------------------------------------------
run "$wr" simulate guiding-principles-full --draws 100000000 --quiet --out "$tmp/huge.json"
check "a simulation that would need more memory than the limit exits 1 before allocating" test "$rc" -eq 1
check "it says what it needs, the limit and how to get under it" \
  has "$err" "needs about" && has "$err" "over the limit of 4.0 GiB" && has "$err" "--draw-range" && has "$err" "--max-memory"
check "nothing was written" test ! -e "$tmp/huge.json"
run "$wr" rank --draws 100000000 --max-memory 0.5 --quiet
check "rank --draws refuses the same way under --max-memory" bash -c "[ $rc -eq 1 ] && grep -q 'over the limit of 512 MiB' <<<\"\$1\"" _ "$err"
run "$wr" simulate guiding-principles-full --max-memory 0
check "--max-memory 0 is a usage error" test "$rc" -eq 1

# --- rank --sensitivity sobol ------------------------------------------------------------------------------
run "$wr" rank --sensitivity sobol --samples 256 --bootstrap 50 --scenario guiding-principles-full --top 5 --seed 3 --threads 1 --quiet --out "$tmp/sens1.json"
check "rank --sensitivity sobol exits 0" test "$rc" -eq 0
run "$wr" rank --sensitivity sobol --samples 256 --bootstrap 50 --scenario guiding-principles-full --top 5 --seed 3 --threads 2 --quiet --out "$tmp/sens2.json"
check "a sensitivity analysis is byte-identical with 1 and 2 threads" cmp -s "$tmp/sens1.json" "$tmp/sens2.json"
run $validate "$repo/docs/schema/sensitivity.schema.json" "$tmp/sens1.json"
check "the sensitivity analysis validates against its schema" test "$rc" -eq 0
check "the sensitivity analysis has a pledge among its inputs" grep -q '"pledge.open-labour-market"' "$tmp/sens1.json"
check "by default each country's unknown facts are an input (Jordan's score has an interval)" grep -q '"unknowns.JOR"' "$tmp/sens1.json"
check "the unknown-facts inputs have their kind" grep -q '"kind": "unknown_facts"' "$tmp/sens1.json"
run "$wr" rank --sensitivity sobol --samples 64 --bootstrap 10 --unknowns grouped --quiet --out "$tmp/sens-grouped.json"
check "--unknowns grouped makes one input of every country's unknown facts" grep -q '"id": "unknowns"' "$tmp/sens-grouped.json"
check "--unknowns grouped has no per-country input" bash -c "! grep -q '\"unknowns\.[A-Z]' '$tmp/sens-grouped.json'"
run $validate "$repo/docs/schema/sensitivity.schema.json" "$tmp/sens-grouped.json"
check "the grouped sensitivity analysis validates against its schema" test "$rc" -eq 0
run "$wr" rank --sensitivity sobol --samples 64 --bootstrap 10 --unknowns off --quiet --out "$tmp/sens-off.json"
check "--unknowns off leaves the unknown facts out" bash -c "! grep -q 'unknown_facts' '$tmp/sens-off.json'"
check "--unknowns off is recorded in the method" grep -q '"unknowns": "off"' "$tmp/sens-off.json"
run "$wr" rank --sensitivity sobol --unknowns some
check "an unknown --unknowns mode exits 1" has "$err" "--unknowns must be per-country, grouped or off, not 'some'"
run "$wr" rank --unknowns off
check "--unknowns without --sensitivity exits 1" has "$err" "--unknowns applies only with --sensitivity sobol"
sed 's/"kind": "sensitivity"/"kind": "ranking"/' "$tmp/sens1.json" >"$tmp/sens-broken.json"
run $validate "$repo/docs/schema/sensitivity.schema.json" "$tmp/sens-broken.json"
check "the sensitivity schema rejects a wrong kind (the validator can fail)" test "$rc" -ne 0
run "$wr" rank --sensitivity sobol --samples 64 --bootstrap 10 --quiet --format md
check "the Markdown sensitivity report has its reading and table" has "$out" "| input | range | first order | total effect |"
check "the Markdown sensitivity report shows each country's own unknowns" has "$out" "| its unknowns | others' unknowns (largest) |"
check "the reading speaks of the countries' unknown facts" has "$out" "whose scores have an interval"
run "$wr" rank --sensitivity sobol --samples 64 --bootstrap 10 --quiet --format csv
check "the sensitivity CSV has its header" has "$out" "target,country,input,first_order,first_order_low"
run "$wr" rank --sensitivity sobol --samples 64 --bootstrap 10 --quiet --out "$tmp/sens.html"
check "the sensitivity HTML has its bar chart" grep -q '<svg class="chart"' "$tmp/sens.html"
run "$wr" rank --sensitivity sobol --samples 64 --bootstrap 10 --group asylum_seekers --quiet --out "$tmp/sens-group.json"
check "a sensitivity analysis of one group names it" grep -q '"group": "asylum_seekers"' "$tmp/sens-group.json"
run $validate "$repo/docs/schema/sensitivity.schema.json" "$tmp/sens-group.json"
check "the sensitivity analysis of one group validates against its schema" test "$rc" -eq 0
run "$wr" rank --sensitivity morris
check "an unknown --sensitivity method exits 1" has "$err" "--sensitivity must be sobol, not 'morris'"
run "$wr" rank --sensitivity sobol --samples 1
check "--samples 1 exits 1" has "$err" "--samples must be at least 2"
run "$wr" rank --sensitivity sobol --draws 10
check "--draws with --sensitivity exits 1" has "$err" "--draws does not apply with --sensitivity"
# Shards of a sensitivity analysis (--draw-range over base samples) merge into exactly the output of one run.
sens_shard=(rank --sensitivity sobol --samples 64 --bootstrap 20 --scenario guiding-principles-full --top 5 --seed 3 --unknowns grouped --quiet)
run "$wr" "${sens_shard[@]}" --threads 1 --out "$tmp/sens-whole.json"
run "$wr" "${sens_shard[@]}" --draw-range 0:24 --threads 1 --out "$tmp/sens-a.bin"
check "rank --sensitivity --draw-range exits 0" test "$rc" -eq 0
run "$wr" "${sens_shard[@]}" --draw-range 24:64 --threads 2 --out "$tmp/sens-b.bin"
run "$wr" merge "$tmp/sens-b.bin" "$tmp/sens-a.bin" --out "$tmp/sens-merged2.json"
check "merging 2 sensitivity shards exits 0" test "$rc" -eq 0
check "2 merged sensitivity shards are byte-identical to one run" cmp -s "$tmp/sens-whole.json" "$tmp/sens-merged2.json"
run "$wr" "${sens_shard[@]}" --draw-range 0:10 --out "$tmp/sens-c.bin"
run "$wr" "${sens_shard[@]}" --draw-range 10:11 --threads 3 --out "$tmp/sens-d.bin"
run "$wr" "${sens_shard[@]}" --draw-range 11:64 --threads 2 --out "$tmp/sens-e.bin"
run "$wr" merge "$tmp/sens-c.bin" "$tmp/sens-d.bin" "$tmp/sens-e.bin" --threads 1 --out "$tmp/sens-merged3.json"
check "3 merged sensitivity shards are byte-identical to one run" cmp -s "$tmp/sens-whole.json" "$tmp/sens-merged3.json"
run "$wr" merge "$tmp/sens-c.bin" "$tmp/sens-e.bin" --format md
check "merged sensitivity shards with samples missing exit 2" test "$rc" -eq 2
check "merged sensitivity shards with samples missing say which" has "$err" "sens-e.bin: samples 10 to 10 are missing"
run "$wr" rank --sensitivity sobol --samples 64 --bootstrap 20 --scenario guiding-principles-full --top 5 --seed 4 --unknowns off --quiet --draw-range 0:24 --out "$tmp/sens-other.bin"
run "$wr" merge "$tmp/sens-other.bin" "$tmp/sens-b.bin"
check "sensitivity shards of other settings exit 2" test "$rc" -eq 2
check "a sensitivity shard of another seed is named" has "$err" "sens-b.bin: shard has --seed 3 where $tmp/sens-other.bin has 4"
check "a sensitivity shard of another unknowns mode is named" has "$err" "sens-b.bin: shard has --unknowns grouped where $tmp/sens-other.bin has off"
run "$wr" merge "$tmp/sens-a.bin" "$tmp/shard0.bin"
check "a simulation shard among sensitivity shards is named" has "$err" "shard0.bin: shard is of a simulation, but $tmp/sens-a.bin is of a sensitivity analysis"
run "$wr" "${sens_shard[@]}" --draw-range 0:65 --out "$tmp/sens-x.bin"
check "a sample range beyond --samples exits 1" has "$err" "--draw-range '0:65' must be A:B with 0 <= A < B <= --samples (64)"
run "$wr" rank --draw-range 0:5 --out "$tmp/rank-x.bin"
check "--draw-range without --sensitivity exits 1" has "$err" "--draw-range applies only with --sensitivity sobol"

run "$wr" plan JOR TUR --quiet --out "$tmp/plan.json"
check "plan exits 0" test "$rc" -eq 0
run $validate "$repo/docs/schema/plan.schema.json" "$tmp/plan.json"
check "the plan validates against its schema" test "$rc" -eq 0
run "$wr" plan JOR --format md
check "the Markdown plan has its sections" has "$out" "## Priority gaps"
check "the Markdown plan names the pledge to seek" has "$out" "**Pledge to seek**"
# Text that advisers read names groups and dimensions in words; JSON and CSV keep the ids (#19).
ids_in_words() {  # ids_in_words TEXT : true when no group or dimension id shows
  ! grep -qE -- '\b(de_jure|de_facto|asylum_seekers|temporary_protection|other_protection)\b' <<<"$1"
}
# Facts by their catalogue labels: alone in running notes; with the path once where data is to be collected.
facts_in_words() {  # facts_in_words TEXT : true when no "not stated" or "inferred" note shows a fact path
  # A note ends at its closing parenthesis or table cell. The notes are kept in a variable, not piped: under
  # pipefail, `grep -q` closing the pipe early could make the first grep fail and hide a match.
  local notes
  notes=$(grep -oE '(not stated|lower confidence):[^|)]*' <<<"$1")
  ! grep -qE '[a-z_]+\.[a-z_]' <<<"$notes"
}
cells_as_text() { sed -e 's#</td>#|#g' -e 's/<[^>]*>/ /g' <<<"$1"; }  # cells_as_text HTML : text, cells ended by |
run "$wr" plan KEN --format md
check "the Markdown plan names groups and dimensions in words" ids_in_words "$out"
check "the Markdown plan says which group in words" has "$out" "| asylum seekers |"
check "the Markdown plan's data to collect gives each fact in words, then its path" \
  has "$out" '| share of employed in formal jobs (`rtw_practice.formal_employment_share`) | refugees |'
run "$wr" assess --country KEN COL --format md
check "the Markdown assessment names groups and dimensions in words" ids_in_words "$out"
check "the Markdown assessment gives the dimension in words" has "$out" "| in practice |"
check "the Markdown assessment's notes name facts in words" facts_in_words "$out"
check "the Markdown assessment says in words what is not stated and what is inferred" \
  has "$out" "not stated: quota on foreign workers (inferred, lower confidence: sectors closed by law)"
run "$wr" assess --country KEN COL --format html
check "the HTML assessment's text names groups and dimensions in words" \
  ids_in_words "$(sed -e 's/<[^>]*>/ /g' <<<"$out")"
check "the HTML assessment's notes name facts in words" facts_in_words "$(cells_as_text "$out")"
check "the HTML assessment keeps a fact's path where a data editor hovers" \
  has "$out" '<span class="fact" title="rtw.quota">quota on foreign workers</span>'
run "$wr" explain KEN
check "explain names the dimension in words" has "$out" "in law"
run "$wr" rank --format md
check "rank's notes name a missing figure in words" has "$out" "the number of other people in need of international protection"
run "$wr" plan JRO
check "plan for an unknown country exits 2 with a suggestion" has "$err" "did you mean 'JOR'?"
run "$wr" plan
check "plan without a country exits 1" test "$rc" -eq 1

# --- report templates: --templates DIR and $WORKRIGHTS_TEMPLATES (docs/templates.md) ----------------------
office="$tmp/office-templates"
mkdir -p "$office"
sed 's/^# Joint advocacy plan: /# Office advocacy plan: /' "$repo/reports/templates/plan.md.mustache" >"$office/plan.md.mustache"
sed 's|<title>{{title}}</title>|<title>{{title}} · Office branding</title>|' "$repo/reports/templates/page.html.mustache" \
  >"$office/page.html.mustache"
run "$wr" plan JOR --templates "$office" --quiet --out "$tmp/office-plan.md"
check "plan --templates exits 0" test "$rc" -eq 0
check "the office's heading opens the plan" has "$(head -1 "$tmp/office-plan.md")" "# Office advocacy plan: Jordan (JOR)"
run "$wr" plan JOR --quiet --out "$tmp/plain-plan.md"
check "without --templates the plan keeps the built-in heading" has "$(head -1 "$tmp/plain-plan.md")" "# Joint advocacy plan: Jordan (JOR)"
check "only the heading differs" test "$(diff "$tmp/office-plan.md" "$tmp/plain-plan.md" | grep -c '^[<>]')" -eq 2
run env WORKRIGHTS_TEMPLATES="$office" "$wr" plan JOR --format md
check "\$WORKRIGHTS_TEMPLATES stands in for --templates" has "$out" "# Office advocacy plan: Jordan (JOR)"
run "$wr" assess --country JOR --templates "$office" --quiet --out "$tmp/office-assessment.html"
check "assess --templates lays the page out with the office's page template" \
  has "$(cat "$tmp/office-assessment.html")" "social protection on 2026-11-30 · Office branding</title>"
sed 's/^# Priority countries$/# Office priorities/' "$repo/reports/templates/rank.md.mustache" >"$office/rank.md.mustache"
sed 's|<h2>Ranking</h2>|<h2>Office ranking</h2>|' "$repo/reports/templates/rank.html.mustache" >"$office/rank.html.mustache"
run "$wr" rank --templates "$office" --quiet --out "$tmp/office-rank.md"
check "rank --templates exits 0" test "$rc" -eq 0
check "the office's heading opens the ranking" has "$(head -1 "$tmp/office-rank.md")" "# Office priorities"
run "$wr" rank --quiet --out "$tmp/plain-rank.md"
check "without --templates the ranking keeps the built-in heading" has "$(head -1 "$tmp/plain-rank.md")" "# Priority countries"
check "only the ranking's heading differs" test "$(diff "$tmp/office-rank.md" "$tmp/plain-rank.md" | grep -c '^[<>]')" -eq 2
run "$wr" rank --templates "$office" --quiet --out "$tmp/office-rank.html"
check "rank --templates lays the HTML out with the office's ranking template" \
  has "$(cat "$tmp/office-rank.html")" "<h2>Office ranking</h2>"
check "and with the office's page template" has "$(cat "$tmp/office-rank.html")" "<title>Priority countries · Office branding</title>"
sed 's|^<h2>Side by side</h2>$|<h2>Office comparison</h2>|; s|<th scope="row">gap</th>|<th scope="row">law minus practice</th>|' \
  "$repo/reports/templates/assessment-comparison.html.mustache" >"$office/assessment-comparison.html.mustache"
run "$wr" assess --country JOR KEN --templates "$office" --quiet --out "$tmp/office-compare.html"
check "assess --templates lays the comparison out with the office's template" \
  has "$(cat "$tmp/office-compare.html")" "<h2>Office comparison</h2>"
check "the office's comparison renames a row heading" has "$(cat "$tmp/office-compare.html")" '<th scope="row">law minus practice</th>'
run "$wr" assess --country JOR KEN --quiet --out "$tmp/plain-compare.html"
check "only the comparison's heading, row heading and branded <title> differ" \
  test "$(diff "$tmp/office-compare.html" "$tmp/plain-compare.html" | grep -c '^[<>]')" -eq 6
sed 's|<th class="num">coverage</th>{{#domains}}|<th class="num">data known</th>{{#domains}}|' \
  "$repo/reports/templates/assessment.html.mustache" >"$office/assessment.html.mustache"
run "$wr" assess --country JOR KEN --templates "$office" --quiet --out "$tmp/office-overview.html"
check "an office renames a column of the assessment's overview" \
  has "$(cat "$tmp/office-overview.html")" '<th class="num">data known</th>'
check "the renamed overview keeps the sortable table's cells" \
  test "$(grep -c '<tr><td data-sort="Jordan"><a href="#JOR">Jordan</a></td>' "$tmp/office-overview.html")" -eq 1
rm "$office/assessment.html.mustache" "$office/assessment-comparison.html.mustache"
sed 's/^Scores from 0 to 1 /Office scale: scores from 0 to 1 /' "$repo/reports/templates/assessment.md.mustache" \
  >"$office/assessment.md.mustache"
run "$wr" assess --country JOR KEN --templates "$office" --quiet --out "$tmp/office-assessment.md"
check "assess --templates lays the Markdown out with the office's template" \
  has "$(cat "$tmp/office-assessment.md")" "Office scale: scores from 0 to 1 (1 = the situation"
run "$wr" assess --country JOR KEN --quiet --out "$tmp/plain-assessment.md"
check "only the assessment's introduction differs" \
  test "$(diff "$tmp/office-assessment.md" "$tmp/plain-assessment.md" | grep -c '^[<>]')" -eq 2
sed 's/^Events in the period:$/Dated changes:/' "$repo/reports/templates/trend.md.mustache" >"$office/trend.md.mustache"
run "$wr" trend --from 2016-01-01 --country JOR --templates "$office" --quiet --out "$tmp/office-trend.md"
check "trend --templates lays the Markdown out with the office's template" has "$(cat "$tmp/office-trend.md")" "Dated changes:"
run "$wr" trend --from 2016-01-01 --country JOR --quiet --out "$tmp/plain-trend.md"
check "only the trend's events heading differs" \
  test "$(diff "$tmp/office-trend.md" "$tmp/plain-trend.md" | grep -c '^[<>]')" -eq 2
sed 's/^# What changed: /# Changes: /' "$repo/reports/templates/diff.md.mustache" >"$office/diff.md.mustache"
run "$wr" diff --from 2016-01-01 --country JOR --templates "$office" --quiet --out "$tmp/office-diff.md"
check "diff --templates lays the Markdown out with the office's template" \
  has "$(head -1 "$tmp/office-diff.md")" "# Changes: facts in force on 2016-01-01"
run "$wr" diff --from 2016-01-01 --country JOR --quiet --out "$tmp/plain-diff.md"
check "only the diff's heading differs" test "$(diff "$tmp/office-diff.md" "$tmp/plain-diff.md" | grep -c '^[<>]')" -eq 2
sed 's/^## Pledges$/## Office pledges/' "$repo/reports/templates/simulate.md.mustache" >"$office/simulate.md.mustache"
sed 's|<h2>Pledges</h2>|<h2>Office pledges</h2>|' "$repo/reports/templates/simulate.html.mustache" >"$office/simulate.html.mustache"
run "$wr" simulate guiding-principles-full --templates "$office" --quiet --out "$tmp/office-sim.md"
check "simulate --templates exits 0" test "$rc" -eq 0
check "simulate --templates lays the Markdown out with the office's template" has "$(cat "$tmp/office-sim.md")" "## Office pledges"
run "$wr" simulate guiding-principles-full --quiet --out "$tmp/plain-sim.md"
check "only the simulation's pledges heading differs" \
  test "$(diff "$tmp/office-sim.md" "$tmp/plain-sim.md" | grep -c '^[<>]')" -eq 2
run "$wr" simulate guiding-principles-full --templates "$office" --quiet --out "$tmp/office-sim.html"
check "simulate --templates lays the HTML out with the office's templates" \
  has "$(cat "$tmp/office-sim.html")" "<h2>Office pledges</h2>"
check "and the simulation page with the office's page template" \
  has "$(cat "$tmp/office-sim.html")" "<title>What if: Full implementation of the ILO Guiding Principles in the main Middle East hosts · Office branding</title>"
sed 's/^# Which assumptions drive the priority list$/# Office: what drives the list/' \
  "$repo/reports/templates/sensitivity.md.mustache" >"$office/sensitivity.md.mustache"
sed 's|^<h1>Which assumptions drive the priority list</h1>$|<h1>Office: what drives the list</h1>|' \
  "$repo/reports/templates/sensitivity.html.mustache" >"$office/sensitivity.html.mustache"
sed 's/^# Which assumptions drive the scenario.s results$/# Office: what drives the scenario/' \
  "$repo/reports/templates/simulate-sensitivity.md.mustache" >"$office/simulate-sensitivity.md.mustache"
sed 's|^<h1>Which assumptions drive the scenario.s results</h1>$|<h1>Office: what drives the scenario</h1>|' \
  "$repo/reports/templates/simulate-sensitivity.html.mustache" >"$office/simulate-sensitivity.html.mustache"
for sens in "rank --sensitivity sobol" "simulate guiding-principles-full --sensitivity sobol"; do
  for ext in md html; do
    run "$wr" $sens --samples 8 --bootstrap 0 --templates "$office" --quiet --out "$tmp/office-sens.$ext"
    check "$sens --templates ($ext) exits 0" test "$rc" -eq 0
    check "$sens --templates ($ext) lays the report out with the office's template" grep -q "Office: what drives" "$tmp/office-sens.$ext"
    run "$wr" $sens --samples 8 --bootstrap 0 --quiet --out "$tmp/plain-sens.$ext"
    changed=2 && [ $ext = html ] && changed=4  # and the office's page template brands the HTML's <title>
    check "$sens ($ext): only the heading differs" \
      test "$(diff "$tmp/office-sens.$ext" "$tmp/plain-sens.$ext" | grep -c '^[<>]')" -eq $changed
  done
done
# merge lays the merged simulation and sensitivity analysis out as simulate and rank --sensitivity do.
for ext in md html; do
  changed=2 && [ $ext = html ] && changed=4  # and the office's page template brands the HTML's <title>
  for merged in "sim shard1.bin shard0.bin|Office pledges" "sens sens-b.bin sens-a.bin|Office: what drives the list"; do
    read -r name first second <<<"${merged%|*}"
    run "$wr" merge "$tmp/$first" "$tmp/$second" --templates "$office" --out "$tmp/office-merged-$name.$ext"
    check "merge --templates ($name, $ext) exits 0" test "$rc" -eq 0
    check "merge --templates ($name, $ext) lays the report out with the office's template" \
      grep -q "${merged#*|}" "$tmp/office-merged-$name.$ext"
    run "$wr" merge "$tmp/$first" "$tmp/$second" --out "$tmp/plain-merged-$name.$ext"
    check "merge ($name, $ext): only the heading differs" \
      test "$(diff "$tmp/office-merged-$name.$ext" "$tmp/plain-merged-$name.$ext" | grep -c '^[<>]')" -eq $changed
  done
done
sed 's|^<section><h2>{{heading}}</h2>$|<section><h2>Office: {{heading}}</h2>|' \
  "$repo/reports/templates/trend.html.mustache" >"$office/trend.html.mustache"
run "$wr" trend --from 2016-01-01 --country JOR --templates "$office" --quiet --out "$tmp/office-trend.html"
check "trend --templates lays the HTML out with the office's template" \
  has "$(cat "$tmp/office-trend.html")" "<section><h2>Office: Jordan (JOR), refugees</h2>"
sed 's|^<h1>What changed</h1>$|<h1>Office: what changed</h1>|' "$repo/reports/templates/diff.html.mustache" \
  >"$office/diff.html.mustache"
run "$wr" diff --from 2016-01-01 --country JOR --templates "$office" --quiet --out "$tmp/office-diff.html"
check "diff --templates lays the HTML out with the office's template" \
  has "$(cat "$tmp/office-diff.html")" "<h1>Office: what changed</h1>"
for report in trend diff; do
  run "$wr" $report --from 2016-01-01 --country JOR --quiet --out "$tmp/plain-$report.html"
  check "only the $report HTML's heading and branded <title> differ" \
    test "$(diff "$tmp/office-$report.html" "$tmp/plain-$report.html" | grep -c '^[<>]')" -eq 4
done
# The diff's tables are its templates': an office renames a column heading, and only that heading changes.
columns="$tmp/office-diff-columns"
mkdir -p "$columns"
sed 's/^| score | before | after | why |$/| score | before | after | because |/' \
  "$repo/reports/templates/diff.md.mustache" >"$columns/diff.md.mustache"
sed 's|<th>fact</th><th>before</th><th>after</th>|<th>fact</th><th>then</th><th>now</th>|' \
  "$repo/reports/templates/diff.html.mustache" >"$columns/diff.html.mustache"
for ext in md html; do
  run "$wr" diff --from 2016-01-01 --country JOR --templates "$columns" --quiet --out "$tmp/columns-diff.$ext"
  check "diff --templates ($ext) with renamed columns exits 0" test "$rc" -eq 0
done
check "an office renames the diff's 'why' column (Markdown)" has "$(cat "$tmp/columns-diff.md")" "| score | before | after | because |"
check "an office renames the diff's fact columns (HTML)" has "$(cat "$tmp/columns-diff.html")" "<th>fact</th><th>then</th><th>now</th>"
run "$wr" diff --from 2016-01-01 --country JOR --quiet --out "$tmp/plain-diff.md"
check "only the diff's renamed column heading differs (Markdown)" \
  test "$(diff "$tmp/columns-diff.md" "$tmp/plain-diff.md" | grep -c '^[<>]')" -eq 2
check "only the diff's renamed column headings differ (HTML)" \
  test "$(diff "$tmp/columns-diff.html" "$tmp/plain-diff.html" | grep -c '^[<>]')" -eq 2
sed 's/^# Global Compact on Refugees indicators, as of /# Office indicators, as of /' \
  "$repo/reports/templates/indicators.md.mustache" >"$office/indicators.md.mustache"
sed 's|^<h1>Global Compact on Refugees indicators, as of |<h1>Office indicators, as of |' \
  "$repo/reports/templates/indicators.html.mustache" >"$office/indicators.html.mustache"
for ext in md html; do
  run "$wr" indicators --templates "$office" --quiet --out "$tmp/office-ind.$ext"
  check "indicators --templates ($ext) exits 0" test "$rc" -eq 0
  check "indicators --templates ($ext) lays the report out with the office's template" \
    grep -q "Office indicators, as of 2026-11-30" "$tmp/office-ind.$ext"
  run "$wr" indicators --quiet --out "$tmp/plain-ind.$ext"
  changed=2 && [ $ext = html ] && changed=4  # and the office's page template brands the HTML's <title>
  check "indicators ($ext): only the heading differs" \
    test "$(diff "$tmp/office-ind.$ext" "$tmp/plain-ind.$ext" | grep -c '^[<>]')" -eq $changed
done
bad="$tmp/bad-templates"
mkdir -p "$bad"
printf '{{#countries}}\n# Plan: {{nmae}}\n{{/countries}}\n' >"$bad/plan.md.mustache"
run "$wr" plan JOR --templates "$bad" --out "$tmp/bad-plan.md"
check "a template with an unknown variable exits 2" test "$rc" -eq 2
check "the error names file, line, column and the name meant" \
  has "$err" "$bad/plan.md.mustache:2:9: unknown variable 'nmae' (did you mean 'name'?)"
check "nothing is written when a template is refused" test ! -e "$tmp/bad-plan.md"
# Each report's own templates are checked against its own view: a misspelt variable is located, nothing written.
refused_template() {  # FILE TEXT ERROR OUT COMMAND...
  local file=$1 text=$2 error=$3 outfile=$4; shift 4
  local own="$tmp/bad-$file"
  mkdir -p "$own" && printf '%s' "$text" >"$own/$file"
  run "$wr" "$@" --templates "$own" --out "$outfile"
  check "$file with a misspelt variable exits 2" test "$rc" -eq 2
  check "$file's misspelt variable is located" has "$err" "$own/$file:$error"
  check "$file refused: nothing is written" test ! -e "$outfile"
}
refused_template simulate.md.mustache $'{{#countries}}\n| {{nmae}} |\n{{/countries}}\n' \
  "2:3: unknown variable 'nmae' (did you mean 'name'?)" "$tmp/bad-sim.md" simulate guiding-principles-full
refused_template sensitivity.md.mustache $'{{#countries}}\n| {{nmae}} |\n{{/countries}}\n' \
  "2:3: unknown variable 'nmae' (did you mean 'name'?)" "$tmp/bad-sens.md" rank --sensitivity sobol --samples 8
refused_template simulate-sensitivity.html.mustache $'<p>{{readnig}}</p>\n' \
  "1:4: unknown variable 'readnig' (did you mean 'reading'?)" "$tmp/bad-simsens.html" \
  simulate guiding-principles-full --sensitivity sobol --samples 8
refused_template trend.html.mustache $'{{#countries}}\n<h2>{{heading}}</h2>{{#events}}{{txet}}{{/events}}\n{{/countries}}\n' \
  "2:32: unknown variable 'txet' (did you mean 'text'?)" "$tmp/bad-trend.html" trend --from 2016-01-01 --country JOR
refused_template diff.html.mustache $'<h1>{{befor}}</h1>\n' \
  "1:5: unknown variable 'befor' (did you mean 'before'?)" "$tmp/bad-diff.html" diff --from 2016-01-01 --country JOR
refused_template diff.md.mustache $'{{#countries}}\n{{#facts}}| {{lable}} |\n{{/facts}}\n{{/countries}}\n' \
  "2:13: unknown variable 'lable' (did you mean 'label'?)" "$tmp/bad-diff.md" diff --from 2016-01-01 --country JOR
refused_template simulate.html.mustache $'<h1>{{scenario.titel}}</h1>\n' \
  "1:5: unknown variable 'scenario.titel'" "$tmp/bad-sim.html" simulate guiding-principles-full
refused_template indicators.md.mustache $'{{#indicators}}\n| {{id}} | {{law.vlaue}} |\n{{/indicators}}\n' \
  "2:12: unknown variable 'law.vlaue'" "$tmp/bad-ind.md" indicators
refused_template indicators.html.mustache $'{{#indicators}}{{#countries}}<td>{{law_shaer}}</td>{{/countries}}{{/indicators}}\n' \
  "1:34: unknown variable 'law_shaer' (did you mean 'law_share'?)" "$tmp/bad-ind.html" indicators
refused_template sensitivity.html.mustache $'<p>{{readnig}}</p>\n' \
  "1:4: unknown variable 'readnig' (did you mean 'reading'?)" "$tmp/bad-merged-sens.html" merge "$tmp/sens-b.bin" "$tmp/sens-a.bin"
refused_template assessment.html.mustache $'{{#overview}}<td data-sort="{{overall.srot}}">{{/overview}}\n' \
  "1:29: unknown variable 'overall.srot'" "$tmp/bad-overview.html" assess --country JOR KEN
refused_template assessment-comparison.html.mustache $'<h2>Side by side</h2>{{#columns}}<th>{{nmae}}</th>{{/columns}}\n' \
  "1:38: unknown variable 'nmae' (did you mean 'name'?)" "$tmp/bad-compare.html" assess --country JOR KEN
printf '<h1>{{#countries}}{{name}}</h1>\n' >"$bad/plan.md.mustache"
run "$wr" assess --country JOR --templates "$bad" --out "$tmp/bad-assessment.html"
check "a section never closed exits 2, whichever command reads the folder" test "$rc" -eq 2
check "the unclosed section is located" has "$err" "$bad/plan.md.mustache:1:5: section 'countries' opened here is never closed"
check "nothing is written by assess either" test ! -e "$tmp/bad-assessment.html"
rm "$bad/plan.md.mustache"
printf '{{title}}\n' >"$bad/plan.mustache"
run "$wr" plan JOR --templates "$bad" --format md
check "a file no report uses is refused with the name meant" has "$err" "did you mean 'plan.md.mustache'?"
run "$wr" plan JOR --templates "$tmp/no-such-folder" --format md
check "a missing templates folder exits 2" test "$rc" -eq 2

# --- groups: --group GROUP|all ---------------------------------------------------------------------------
run "$wr" assess --group all --quiet --out "$tmp/groups.json"
check "assess --group all exits 0" test "$rc" -eq 0
run $validate "$repo/docs/schema/assessment.schema.json" "$tmp/groups.json"
check "the assessment of every group validates against its schema" test "$rc" -eq 0
check "assess --group all reports the gaps between groups" grep -q '"group_gaps"' "$tmp/groups.json"
# The differences between groups are the assessment templates' tables, with the diff's rows.
run "$wr" assess --group all --country ARG --quiet --out "$tmp/groups-ARG.md"
check "the Markdown differences between groups head each group against the primary one" \
  grep -qxF "### Argentina (ARG): refugees against other protection" "$tmp/groups-ARG.md"
check "the Markdown differences between groups have a row per differing fact" \
  grep -qF "| how the law grants the right to work | general_foreigner_rules | explicit | — |" "$tmp/groups-ARG.md"
run "$wr" assess --group all --country ARG --quiet --out "$tmp/groups-ARG.html"
check "the HTML differences between groups head each group against the primary one" \
  grep -qxF "<section><h3>Argentina (ARG): refugees against other protection</h3>" "$tmp/groups-ARG.html"
check "the HTML differences between groups have the fact table's header cells" \
  grep -qxF "<table><thead><tr><th>fact</th><th>other protection</th><th>refugees</th></tr></thead><tbody>" "$tmp/groups-ARG.html"
check "the HTML differences between groups have the score table's header cells" \
  grep -qxF "<table><thead><tr><th>score</th><th>other protection</th><th>refugees</th><th>why</th></tr></thead><tbody>" "$tmp/groups-ARG.html"
gap_columns="$tmp/office-gap-columns"
mkdir -p "$gap_columns"
sed 's/^| fact | {{against}} | {{group}} | in force from |/| fact | primary group | this group | in force from |/' \
  "$repo/reports/templates/assessment.md.mustache" >"$gap_columns/assessment.md.mustache"
run "$wr" assess --group all --country ARG --templates "$gap_columns" --quiet --out "$tmp/gap-columns.md"
check "an office renames the columns of the differences between groups" \
  grep -qF "| fact | primary group | this group | in force from |" "$tmp/gap-columns.md"
check "only the renamed headings differ (one per group compared)" \
  test "$(diff "$tmp/gap-columns.md" "$tmp/groups-ARG.md" | grep -c '^[<>]')" -eq 4
run "$wr" assess --group asylum_seekers --country DEU --format csv --quiet
check "assess --group asylum_seekers assesses that group" has "$out" "DEU,Germany,asylum_seekers,"
run "$wr" explain JOR --group temporary_protection
check "explain for a group the data do not describe exits 2 and names the groups they do" has "$err" "its data describe: refugees"
run "$wr" assess --group refugee
check "an unknown --group exits 1 and lists the groups" has "$err" "use refugees, asylum_seekers"

# --- indicators: Global Compact on Refugees indicators, population-weighted ---------------------------------
run "$wr" indicators --help
check "indicators --help shows an example" has "$out" "workrights indicators --out out/indicators.html"
run "$wr" indicators --quiet --out "$tmp/indicators.json"
check "indicators exits 0" test "$rc" -eq 0
run $validate "$repo/docs/schema/indicators.schema.json" "$tmp/indicators.json"
check "the indicators validate against their schema" test "$rc" -eq 0
check "the standard pack's indicators are 2.1.1 and 2.1.2" test "$(python3 -c 'import json,sys; print(" ".join(i["id"] for i in json.load(open(sys.argv[1]))["indicators"]))' "$tmp/indicators.json")" = "2.1.1 2.1.2"
run "$wr" indicators --quiet --threads 3 --out "$tmp/indicators-3.json"
check "indicators are byte-identical whatever --threads" cmp -s "$tmp/indicators.json" "$tmp/indicators-3.json"
# The three made-up countries of tests/indicators (figures worked out in tests/indicators_test.cpp).
mkdir -p "$tmp/ind-data/profiles"
cp "$repo/data/catalogue.json" "$tmp/ind-data/"
cp "$repo"/tests/indicators/profiles/*.json "$tmp/ind-data/profiles/"
run "$wr" indicators --data "$tmp/ind-data" --pack "$repo/tests/indicators/pack" --quiet --format csv
check "indicators CSV: T.work in law is 0.875 over 1000 people, fully covered" has "$out" "T.work,law,all countries,,,primary,1000,0.875,0.875,0.875,1"
check "indicators CSV: T.work in practice is [0.45, 0.60], coverage 0.85" has "$out" "T.work,practice,all countries,,,primary,1000,0.525,0.45,0.6,0.85"
check "indicators CSV: T.both in law (min) is [0.8, 0.875]" has "$out" "T.both,law,all countries,,,primary,1000,0.8375,0.8,0.875,0.85"
run "$wr" indicators --data "$tmp/ind-data" --pack "$repo/tests/indicators/pack" --quiet --format md
check "indicators Markdown shows the interval in per cent" has "$out" "| T.work Share of refugees who may work | 88% | 100% | 52% [45–60%] | 85% | 1,000 |"
run "$wr" indicators --quiet --format md
check "indicators Markdown names the rules by their titles, not ids" has "$out" "in law: rules Right to wage employment in law;"
run "$wr" indicators --data "$tmp/ind-data" --pack "$repo/tests/indicators/pack" --quiet --out "$tmp/ind.xlsx"
check "indicators write a workbook" test -s "$tmp/ind.xlsx"
run "$wr" indicators --data "$tmp/ind-data" --pack "$repo/tests/indicators/pack" --quiet --out "$tmp/ind.html"
check "indicators write HTML" grep -q "T.work Share of refugees who may work" "$tmp/ind.html"
run "$wr" indicators --group all --quiet
check "indicators --group all is refused (a country would count once per group)" test "$rc" -eq 1
check "indicators --group all says why" has "$err" "would count a country once per group"
run "$wr" indicators --as-of 2016-01-01 --quiet --format md
check "indicators --as-of states the date" has "$out" "as of 2016-01-01"
cp -r "$repo/tests/indicators/pack" "$tmp/no-indicators"
sed -i '/^  indicators = {/,/^  },$/d' "$tmp/no-indicators/pack.lua"
run "$wr" indicators --data "$tmp/ind-data" --pack "$tmp/no-indicators" --quiet
check "indicators with a pack that defines none exits 2" test "$rc" -eq 2
check "indicators with a pack that defines none says so, naming the pack file" has "$err" "no-indicators/pack.lua: the pack defines no indicators"
run "$wr" indicators --pack "$repo/tests/indicators/none" --quiet
check "indicators with a missing pack folder exits 2" test "$rc" -eq 2

# --- trend: scores at a series of dates ---------------------------------------------------------------------
run "$wr" trend --help
check "trend --help shows an example" has "$out" "workrights trend --from 2016-01-01"
run "$wr" trend --from 2016-01-01 --to 2026-11-30 --quiet --out "$tmp/trend.json"
check "trend exits 0" test "$rc" -eq 0
run $validate "$repo/docs/schema/trend.schema.json" "$tmp/trend.json"
check "the trend validates against its schema" test "$rc" -eq 0
run "$wr" trend --from 2016-01-01 --to 2026-11-30 --country JOR --quiet --format csv
check "the trend CSV has one row per date and measure (12 dates x 4 measures + header)" test "$(wc -l <<<"$out")" -eq 49
check "the trend CSV is long format" has "$out" "JOR,Jordan,refugees,2016-01-01,overall,"
run "$wr" trend --from 2016-01-01 --country JOR --quiet --format md
check "the Markdown trend lists Jordan's 2024 permit-fee change as an event" has "$out" "2024-07-01: work permit fee = full"
run "$wr" trend --from 1900-01-01 --step month --quiet
check "an absurd series is refused with the limit stated" has "$err" "at most 400"
run "$wr" trend --from 2016-01-01 --step week
check "an unknown --step exits 1" test "$rc" -eq 1

# --- diff: two dates, two data folders ----------------------------------------------------------------------
run "$wr" diff --help
check "diff --help shows an example" has "$out" "workrights diff --from 2016-01-01"
run "$wr" diff --from 2016-01-01 --to 2026-11-30 --quiet --out "$tmp/diff.json"
check "diff between two dates exits 0" test "$rc" -eq 0
run $validate "$repo/docs/schema/diff.schema.json" "$tmp/diff.json"
check "the diff validates against its schema" test "$rc" -eq 0
check "Jordan's 2024 permit-fee change is in the diff" grep -q '"rtw_practice.permits_obtainable"' "$tmp/diff.json"
run "$wr" diff --from 2016-01-01 --country JOR --exit-code --quiet --format md
check "diff --exit-code exits 5 when something changed" test "$rc" -eq 5
check "the Markdown diff names the changed fact and why the rule moved, in words" \
  has "$out" "facts changed: work permits obtainable in practice"
check "the Markdown diff names headline figures and domains in words, not ids" \
  has "$out" "| law (de jure) |"
check "the Markdown diff names a domain by its title" has "$out" "| domain: Right to work |"
check "the Markdown diff shows no headline or domain id" bash -c '! grep -qE "(headline|domain) \`" <<<"$1"' _ "$out"
run "$wr" diff --from 2026-11-30 --exit-code --quiet
check "diff --exit-code exits 0 when nothing changed" test "$rc" -eq 0
cp -r "$repo/data" "$tmp/data2"
sed -i 's/"value": "encampment"/"value": "conditional"/' "$tmp/data2/profiles/KEN.json"
run "$wr" diff --from-data "$repo/data" --to-data "$tmp/data2" --quiet --format csv
check "diff between two data folders exits 0" test "$rc" -eq 0
check "the CSV diff has the edited Kenyan fact" has "$out" "KEN,Kenya,refugees,fact,mov.freedom_of_movement,encampment,conditional"
run "$wr" diff --from 2016-01-01 --quiet --out "$tmp/diff.html"
check "the HTML diff is written" grep -q "What changed" "$tmp/diff.html"
run "$wr" diff --country XYZ --from 2016-01-01
check "diff with an unknown country exits 2" test "$rc" -eq 2
run "$wr" diff --from 2026-01-01 --to 2016-01-01
check "diff with --from after --to exits 1" test "$rc" -eq 1

# --- sources: partial dates, copies, inferred values; warnings that leave the exit code alone ---------------
mkdir -p "$tmp/src/profiles"
cp "$repo/data/catalogue.json" "$tmp/src/"
cat > "$tmp/src/profiles/JOR.json" <<'JSON'
{
  "country": "JOR", "name": "Jordan", "as_of": "2024-05-01",
  "sources": [
    {"id": "mirror", "title": "Labour Law", "publisher": "Ministry of Labour", "url": "https://docslib.org/doc/1/labour-law", "date": "2019"},
    {"id": "jan1", "title": "Report", "publisher": "UNHCR", "url": "https://www.unhcr.org/jo/report", "date": "2019-01-01"},
    {"id": "copied", "title": "Work permit instructions", "publisher": "Ministry of Labour", "url": "https://mol.gov.jo/instructions",
     "date": "2021-06", "copy_url": "https://web.archive.org/web/2022/https://mol.gov.jo/instructions", "copy_note": "the ministry page is gone"}
  ],
  "facts": {
    "rtw.wage_employment": {"value": "conditional", "sources": ["copied", "mirror"], "inferred": true,
                            "note": "the instructions name a permit procedure for every sector"}
  }
}
JSON
run "$wr" check --data "$tmp/src" --pack "$repo/rules/standard"
check "source warnings leave check's exit code at 0" test "$rc" -eq 0
check "a mirror cited as the original is a warning naming file, line, pointer and source id" \
  has "$err" "warning: $tmp/src/profiles/JOR.json:4:87: /sources/0/url: source \"mirror\" has its url on docslib.org"
check "a first-of-January date is a warning suggesting the year alone" \
  has "$err" "/sources/1/date: source \"jan1\" is dated 2019-01-01, the first day of the year: likely an invented day (write \"2019\""
check "a source read in a copy (copy_url) is not warned about" test "$(grep -c '"copied"' <<<"$err")" -eq 0
check "check counts its warnings" has "$out" "(2 warnings)"
run "$wr" assess --data "$tmp/src" --country JOR --quiet --out "$tmp/src.json"
check "assess with partial dates, a copy and an inferred value exits 0" test "$rc" -eq 0
run $validate "$repo/docs/schema/assessment.schema.json" "$tmp/src.json"
check "the assessment with partial dates, copy_url and inferred validates against its schema" test "$rc" -eq 0
check "source dates are written as precise as given" has "$(cat "$tmp/src.json")" '"date": "2021-06"'
check "the copy is written with the source" has "$(cat "$tmp/src.json")" '"copy_url": "https://web.archive.org/web/2022/https://mol.gov.jo/instructions"'
check "inferred evidence is marked" has "$(cat "$tmp/src.json")" '"inferred": true'
run "$wr" assess --data "$tmp/src" --country JOR --quiet --out "$tmp/src.md"
check "the Markdown report marks the inferred fact, in words" has "$(cat "$tmp/src.md")" "(inferred, lower confidence: access to wage employment in law)"
check "the Markdown report says where a source was read" has "$(cat "$tmp/src.md")" "2021-06. <https://mol.gov.jo/instructions>; read in a copy at <https://web.archive.org/web/2022/https://mol.gov.jo/instructions> (the ministry page is gone)"
run "$wr" explain JOR rtw.wage_employment --data "$tmp/src"
check "explain marks the inferred fact, in words and by path" has "$out" "access to wage employment in law (rtw.wage_employment) = conditional (inferred, lower confidence)"
check "explain prints a year-only date as given" has "$out" "Labour Law — Ministry of Labour, 2019"
check "explain says where a source was read" has "$out" "read in a copy at https://web.archive.org/web/2022/https://mol.gov.jo/instructions (the ministry page is gone)"
run $validate "$repo/docs/schema/profile.schema.json" "$tmp/src/profiles/JOR.json"
check "the profile schema accepts partial dates, copy_url and inferred with a note" test "$rc" -eq 0

# --- spreadsheet entry: template and import (docs/spreadsheet-entry.md) ---------------------------------------
run "$wr" template --country swe --out "$tmp/sheet/SWE.csv" --bom
check "template exits 0" test "$rc" -eq 0
check "template --bom starts with the byte order mark, then the header" test "$(head -c 8 "$tmp/sheet/SWE.csv" | tail -c 5)" = "fact,"
check "the template has one row per catalogue fact" test "$(/usr/bin/python3 -c "import csv, sys; print(len(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))) - 1)" "$tmp/sheet/SWE.csv")" -eq "$(/usr/bin/python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['facts']))" "$repo/data/catalogue.json")"
check "the template marks the facts a cross-country table answers" grep -q ',ilo-c087: not entered here,' "$tmp/sheet/SWE.csv"
check "template says what it wrote and what to run next" has "$err" "workrights import $tmp/sheet/SWE.csv --country SWE"
run "$wr" template --country ABC --out "$tmp/sheet/bad.csv"
check "template for a code that is no country exits 2, nothing written" test "$rc" -eq 2 -a ! -e "$tmp/sheet/bad.csv"
run "$wr" template --country SWE --out "$tmp/sheet/SWE.json"
check "template writes CSV only" test "$rc" -eq 1
run "$wr" import --help
check "import --help shows an example" has "$out" "example:"
run "$wr" template --help
check "template --help shows an example" has "$out" "example:"
# Round trip: SWE's own entries moved to a filled template and removed from a copy of the data; the import must
# give back the same facts (sources compared by content: the import gives new ones their own ids).
cp -r "$repo/data" "$tmp/rt"
/usr/bin/python3 "$repo/tests/fill_template.py" "$tmp/sheet/SWE.csv" "$repo/data/profiles/SWE.json" \
  "$tmp/sheet/SWE-filled.csv" "$tmp/rt/profiles/SWE.json" >"$tmp/fill.txt"
check "the round trip moves entries to the spreadsheet" test "$(cut -d' ' -f1 "$tmp/fill.txt")" -ge 20
run "$wr" import "$tmp/sheet/SWE-filled.csv" --country SWE --data "$tmp/rt"
check "import of the filled template exits 0" test "$rc" -eq 0
check "import says what it added" has "$out" "imported $(cut -d' ' -f1 "$tmp/fill.txt") entries from $tmp/sheet/SWE-filled.csv into $tmp/rt/profiles/SWE.json"
check "import lists each entry with its row" has "$out" "  + rtw.wage_employment = "
run "$wr" check --data "$tmp/rt"
check "the imported profile passes check" test "$rc" -eq 0
run /usr/bin/python3 "$repo/tests/spreadsheet_roundtrip_compare.py" "$repo/data/profiles/SWE.json" "$tmp/rt/profiles/SWE.json"
check "the round trip gives back the same facts, values and sources ($out)" test "$rc" -eq 0
"$wr" explain SWE >"$tmp/explain-before.txt" 2>/dev/null
"$wr" explain SWE --data "$tmp/rt" >"$tmp/explain-after.txt" 2>/dev/null
check "explain reads the same after the round trip" cmp -s "$tmp/explain-before.txt" "$tmp/explain-after.txt"
cp "$tmp/rt/profiles/SWE.json" "$tmp/sheet/SWE-after.json"
run "$wr" import "$tmp/sheet/SWE-filled.csv" --country SWE --data "$tmp/rt"
check "importing the same rows twice is refused (duplicates of existing entries)" test "$rc" -eq 2
check "a duplicate names the existing entry" has "$err" "already has an entry for group"
check "a refused import leaves the profile as it was" cmp -s "$tmp/sheet/SWE-after.json" "$tmp/rt/profiles/SWE.json"
# A new country, from a spreadsheet saved by Excel: byte order mark, CRLF, a quoted note over two lines.
printf '\xef\xbb\xbffact,value,group,valid_from,source_title,source_publisher,source_url,source_date,source_accessed,quote,note\r\n' >"$tmp/sheet/ISL.csv"
printf 'rtw.wage_employment,full,,,Act on Foreigners,Althingi,https://www.althingi.is/lagas/nuna/2016080.html,2016,,"Refugees may work without a permit.","Art. 40 and 63;\r\nread in English"\r\n' >>"$tmp/sheet/ISL.csv"
printf 'intl.ilo.c087,true,,,ILO,ILO,https://normlex.ilo.org,2024,,,\r\n' >>"$tmp/sheet/ISL-table.csv"
run "$wr" import "$tmp/sheet/ISL.csv" --country isl --data "$tmp/rt" --out "$tmp/sheet/ISL.json"
check "import for a country without a profile exits 0" test "$rc" -eq 0
check "--out writes the new profile there, not in the data" test -s "$tmp/sheet/ISL.json" -a ! -e "$tmp/rt/profiles/ISL.json"
check "a quoted cell with a line break is read whole" has "$(cat "$tmp/sheet/ISL.json")" '"note": "Art. 40 and 63;\r\nread in English"'
cp "$tmp/sheet/ISL.json" "$tmp/rt/profiles/"
run "$wr" check --data "$tmp/rt"
check "the new country's profile passes check" test "$rc" -eq 0
{ head -1 "$tmp/sheet/ISL.csv"; cat "$tmp/sheet/ISL-table.csv"; } >"$tmp/sheet/ISL-t.csv"
run "$wr" import "$tmp/sheet/ISL-t.csv" --country ISL --data "$tmp/rt" --out "$tmp/sheet/ISL-t.json"
check "a fact from a cross-country table is refused" has "$err" "ISL-t.csv:2:1 (fact): fact \"intl.ilo.c087\" comes from the cross-country table ilo-c087"
check "nothing is written on error" test ! -e "$tmp/sheet/ISL-t.json"

# --- bad input: nothing written, previous output intact --------------------------------------------------
mkdir -p "$tmp/bad/profiles"
cp "$repo/data/catalogue.json" "$tmp/bad/"
cp "$repo/data/profiles/JOR.json" "$tmp/bad/profiles/"
printf '{\n  "country": "TUR",\n  "name": "T",\n  "as_of": "2024-01-01",\n  "sources": [],\n  "facts": {"rtw.wage_employment": {"value": "ful", "sources": []}}\n}\n' > "$tmp/bad/profiles/TUR.json"
echo "previous" > "$tmp/out.json"
run "$wr" assess --data "$tmp/bad" --out "$tmp/out.json"
check "a bad profile exits 2" test "$rc" -eq 2
check "the message names file, line and column and JSON pointer" has "$err" "TUR.json:6:46: /facts/rtw.wage_employment/value"
check "every problem is reported" has "$err" "2 problems found; nothing was written."
check "the previous output is intact" test "$(cat "$tmp/out.json")" == "previous"
check "no temporary file is left" test -z "$(ls "$tmp" | grep '\.tmp\.')"
run "$wr" check --data "$tmp/bad"
check "check reports the same problems" test "$rc" -eq 2

# A rule that fails at run time: the assessment is written, the error listed, exit 3.
mkdir -p "$tmp/pack/rules"
cat > "$tmp/pack/pack.lua" <<'LUA'
return { name = "p", version = "1", domains = { { id = "right_to_work", title = "RTW", weight = 1 } },
  rules = { "rules/ok.lua", "rules/loop.lua" } }
LUA
cat > "$tmp/pack/rules/ok.lua" <<'LUA'
return { id = "ok", title = "OK", domain = "right_to_work", dimension = "de_jure", instruments = { "x" },
  reads = {}, evaluate = function(c) return 1, "fine" end }
LUA
cat > "$tmp/pack/rules/loop.lua" <<'LUA'
return { id = "loop", title = "Loop", domain = "right_to_work", dimension = "de_jure", instruments = { "x" },
  reads = {}, evaluate = function(c)
    while true do end
  end }
LUA
cat > "$tmp/pack/rules/ok_test.lua" <<'LUA'
test("passes", function() expect_score(evaluate("ok", {}), 1) end)
test("fails on purpose", function() expect_score(evaluate("ok", {}), 0) end)
LUA
run "$wr" assess --pack "$tmp/pack" --country JOR --out "$tmp/p.json"
check "rule errors exit 3" test "$rc" -eq 3
check "the rule error names the country, rule, file and line" has "$err" "JOR: rule 'loop': $tmp/pack/rules/loop.lua:3: instruction budget"
check "the assessment is still written" test -s "$tmp/p.json"
run "$wr" test-rules "$tmp/pack"
check "failing Lua tests exit 3" test "$rc" -eq 3
check "failing Lua tests are named with file and line" has "$out" "rules/ok_test.lua:2: expected score 0.0000, got 1.0000"
check "the test summary counts both" has "$out" "1 passed, 1 failed"

out=$("$repo/scripts/readme-examples" --check 2>&1; echo "rc=$?")
check "the README's example outputs are the real outputs (scripts/readme-examples)" has "$out" "rc=0"

summary
