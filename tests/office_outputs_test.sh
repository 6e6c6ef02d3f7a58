#!/usr/bin/env bash
# Outputs for spreadsheets and word processors, read back with independent readers and checked against the JSON:
# the headline CSV (Python's csv), the assessment workbook (openpyxl), Word advocacy plans (python-docx).
# usage: office_outputs_test.sh BUILD_DIR
set -uo pipefail
build=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
wr="$build/workrights"
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export WORKRIGHTS_TODAY=2026-11-30
. "$repo/tests/checks.sh"

"$wr" assess --quiet --out "$tmp/a.json"

# --- the headline CSV -----------------------------------------------------------------------------------------
run "$wr" assess --quiet --format csv --table headline --bom --out "$tmp/headline.csv"
check "assess --table headline exits 0" test "$rc" -eq 0
run $py - "$tmp/headline.csv" "$tmp/a.json" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
a = json.load(open(sys.argv[2]))
by_code = {c["country"]: c for c in a["countries"]}
assert len(rows) == len(a["countries"]), (len(rows), len(a["countries"]))
names = {"overall": "overall", "law": "de_jure", "practice": "de_facto", "gap": "gap"}
for r in rows:
    s = by_code[r["country"]]["scores"]
    for col, key in names.items():
        for part, suffix in (("point", ""), ("lower", "_lower"), ("upper", "_upper")):
            assert abs(float(r[col + suffix]) - s[key][part]) < 1e-6, (r["country"], col + suffix)
    assert abs(float(r["coverage"]) - s["coverage"]) < 1e-6, r["country"]
points = [float(r["overall"]) for r in rows]
assert points == sorted(points, reverse=True), "rows are not ordered by overall"
for r in rows:  # competition ranking: 1 + the number of rows with a higher overall figure
    assert int(r["rank"]) == 1 + sum(p > float(r["overall"]) for p in points), r["country"]
assert any(r["name"] == "Türkiye" for r in rows), "Türkiye is not read back as UTF-8"
print("ok")
PY
check "the headline CSV has one row per country, ranked, with the JSON's scores and intervals" test "$out" = "ok"
check "negative numbers stay numbers in CSV (no quote in front)" grep -qE ',-0\.[0-9]+,' "$tmp/headline.csv"
run "$wr" assess --quiet --format md --table headline
check "--table with Markdown exits 1" test "$rc" -eq 1
run "$wr" assess --quiet --format csv --table countries
check "an unknown --table exits 1 and names the tables" has "$err" "use rules or headline"

# --- the assessment workbook ----------------------------------------------------------------------------------
run "$wr" assess --quiet --threads 1 --out "$tmp/a.xlsx"
check "assess --out a.xlsx exits 0" test "$rc" -eq 0
run "$wr" assess --quiet --threads 2 --format xlsx --out "$tmp/a2.xlsx"
check "the workbook is byte-identical with 1 and 2 threads" cmp -s "$tmp/a.xlsx" "$tmp/a2.xlsx"
check "no temporary file is left beside the workbook" test -z "$(ls "$tmp" | grep '\.tmp\.')"
run $py - "$tmp/a.xlsx" "$tmp/a.json" <<'PY'
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
a = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Headline", "Rules", "Facts", "By sex and age", "Sources", "Missing data", "About"], wb.sheetnames

def table(name):
    ws = wb[name]
    assert ws.freeze_panes == "A2", (name, ws.freeze_panes)
    rows = list(ws.iter_rows(values_only=True))
    assert ws.auto_filter.ref == "A1:%s%d" % (openpyxl.utils.get_column_letter(len(rows[0])), len(rows)), (name, ws.auto_filter.ref)
    return ws, [dict(zip(rows[0], r)) for r in rows[1:]]

near = lambda x, y: x is not None and abs(x - y) < 1e-6
by_code = {c["country"]: c for c in a["countries"]}

ws, head = table("Headline")
assert [r["country"] for r in head] and len(head) == len(a["countries"])
for r in head:
    s = by_code[r["country"]]["scores"]
    for col, key in (("overall", "overall"), ("law", "de_jure"), ("practice", "de_facto"), ("gap", "gap")):
        assert near(r[col], s[key]["point"]) and near(r[col + "_lower"], s[key]["lower"]) and near(r[col + "_upper"], s[key]["upper"]), (r["country"], col)
    assert near(r["coverage"], s["coverage"]), r["country"]
    assert r["name"] == by_code[r["country"]]["name"]
assert ws["E2"].number_format == "0.00" and ws["Q1"].value == "coverage" and ws["Q2"].number_format == "0%"
assert ws["A1"].font.b, "the header is not bold"

ws, rules = table("Rules")
assert len(rules) == sum(len(c["rules"]) for c in a["countries"])
json_rules = {(c["country"], r["id"]): r for c in a["countries"] for r in c["rules"]}
for r in rules:
    j = json_rules[(r["country"], r["rule"])]
    assert r["status"] == j["status"], (r["country"], r["rule"])
    assert (r["score"] is None) == (j["score"] is None) and (j["score"] is None or near(r["score"], j["score"]))
    assert near(r["lower"], j["lower"]) and near(r["upper"], j["upper"])

ws, facts = table("Facts")
quotes = {(c["country"], e["fact"], e["quote"]) for c in a["countries"] for r in c["rules"] for e in r["evidence"] if e.get("quote")}
assert quotes == {(f["country"], f["fact"], f["quote"]) for f in facts if f["quote"]}, "the quotes differ from the JSON's"

ws, parts = table("By sex and age")
json_parts = {(c["country"], b["fact"], b.get("sex"), b.get("age")) for c in a["countries"] for b in c.get("breakdowns", [])}
assert json_parts, "the shipped data have entries by sex (JOR, TUR)"
assert {(p["country"], p["fact"], p["sex"], p["age"]) for p in parts} == json_parts, "the parts differ from the JSON's"

ws, sources = table("Sources")
json_sources = {(c["country"], s["id"]): s["url"] for c in a["countries"] for s in c["sources"]}
assert {(s["country"], s["id"]) for s in sources} == set(json_sources)
for i, s in enumerate(sources, start=2):
    cell = ws.cell(row=i, column=7)
    assert cell.value == json_sources[(s["country"], s["id"])] and cell.hyperlink.target == cell.value, (s["country"], s["id"])

ws, missing = table("Missing data")
assert len(missing) == sum(len(c["missing_facts"]) for c in a["countries"])
ws, about = table("About")
assert {r["field"]: r["value"] for r in about}["as_of"] == a["as_of"]
print("ok")
PY
check "the workbook read by openpyxl matches the JSON: headline, rules, quotes, parts by sex and age, linked sources, missing data" test "$out" = "ok"

# Text that a spreadsheet could run is written as text in a workbook, and neutralised in CSV.
mkdir -p "$tmp/inj/profiles"
cp "$repo/data/catalogue.json" "$tmp/inj/"
cat > "$tmp/inj/profiles/JOR.json" <<'JSON'
{
  "country": "JOR", "name": "Jordan", "as_of": "2024-05-01",
  "sources": [{"id": "s", "title": "=HYPERLINK(\"https://evil.example\",\"click\")", "publisher": "@SUM(1+1)",
               "url": "https://www.unhcr.org/jo/report", "date": "2019-05-02"}],
  "facts": {"rtw.wage_employment": {"value": "conditional", "sources": ["s"], "quote": "=1+2"}}
}
JSON
run "$wr" assess --data "$tmp/inj" --quiet --out "$tmp/inj.xlsx"
check "assess with formula-like text writes a workbook" test "$rc" -eq 0
check "no cell of the workbook is a formula" test "$(unzip -p "$tmp/inj.xlsx" 'xl/worksheets/*.xml' | grep -c '<f>')" -eq 0
check "the formula-like text is kept, as text" has "$(unzip -p "$tmp/inj.xlsx" xl/sharedStrings.xml)" "=HYPERLINK("
mkdir -p "$tmp/inj0/profiles"
cp "$repo/data/catalogue.json" "$tmp/inj0/"
sed 's/"facts": {.*}}$/"facts": {}/' "$tmp/inj/profiles/JOR.json" >"$tmp/inj0/profiles/JOR.json"
run "$wr" diff --from-data "$tmp/inj0" --to-data "$tmp/inj" --quiet --format csv
check "diff between the two exits 0" test "$rc" -eq 0
check "the CSV neutralises a formula-like source title with a single quote" has "$out" ',"'"'"'=HYPERLINK(""https://evil.example"",""click"") (https://www.unhcr.org/jo/report)"'

# --- the ranking workbook -------------------------------------------------------------------------------------
"$wr" rank --draws 100 --seed 3 --top 5 --quiet --out "$tmp/rank.json"
run "$wr" rank --draws 100 --seed 3 --top 5 --quiet --out "$tmp/rank.xlsx"
check "rank --out rank.xlsx exits 0" test "$rc" -eq 0
run $py - "$tmp/rank.xlsx" "$tmp/rank.json" <<'PY'
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
r = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Ranking", "About"], wb.sheetnames
ws = wb["Ranking"]
assert ws.freeze_panes == "A2"
rows = list(ws.iter_rows(values_only=True))
rows = [dict(zip(rows[0], x)) for x in rows[1:]]
countries = r["countries"]
assert [x["country"] for x in rows] == [c["country"] for c in countries]
for x, c in zip(rows, countries):
    assert x["rank"] == c["rank"], (x["country"], x["rank"], c["rank"])
    assert (x["index"] is None) == (c["index"] is None) and (c["index"] is None or abs(x["index"] - c["index"]) < 1e-6)
print("ok")
PY
check "the ranking workbook read by openpyxl lists the JSON's countries in its order, with their ranks" test "$out" = "ok"

# --- the simulation workbook ----------------------------------------------------------------------------------
"$wr" simulate guiding-principles-full --draws 100 --seed 2 --quiet --out "$tmp/sim.json"
run "$wr" simulate guiding-principles-full --draws 100 --seed 2 --quiet --out "$tmp/sim.xlsx"
check "simulate --out sim.xlsx exits 0" test "$rc" -eq 0
run $py - "$tmp/sim.xlsx" "$tmp/sim.json" <<'PY'
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
r = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Simulation", "About"], wb.sheetnames
ws = wb["Simulation"]
assert ws.freeze_panes == "A2"
rows = list(ws.iter_rows(values_only=True))
rows = [dict(zip(rows[0], x)) for x in rows[1:]]
expected = [(c, m) for c in r["countries"] for m in r["metrics"]]
assert [(x["country"], x["metric"]) for x in rows] == [(c["country"], m) for c, m in expected]
for x, (c, m) in zip(rows, expected):
    j = c["metrics"][m]
    for col, val in (("mean", j["scenario"]["mean"]), ("change_mean", j["change"]["mean"]), ("p95", j["scenario"]["p95"])):
        assert (x[col] is None) == (val is None), (c["country"], m, col)
        assert val is None or abs(x[col] - val) < 1e-6, (c["country"], m, col, x[col], val)
print("ok")
PY
check "the simulation workbook read by openpyxl has the JSON's rows and figures (unknown stays empty)" test "$out" = "ok"

# A merged run writes the workbook of one run of all its draws.
run "$wr" simulate guiding-principles-full --draws 100 --seed 2 --draw-range 0:40 --quiet --out "$tmp/sh0.bin"
run "$wr" simulate guiding-principles-full --draws 100 --seed 2 --draw-range 40:100 --quiet --out "$tmp/sh1.bin"
run "$wr" merge "$tmp/sh1.bin" "$tmp/sh0.bin" --out "$tmp/merged.xlsx"
check "merge --out merged.xlsx exits 0" test "$rc" -eq 0
check "the merged workbook is byte-identical to the workbook of one run" cmp -s "$tmp/merged.xlsx" "$tmp/sim.xlsx"

# --- the diff workbook ----------------------------------------------------------------------------------------
"$wr" diff --from 2016-01-01 --country JOR TUR KEN --quiet --out "$tmp/diff.json"
run "$wr" diff --from 2016-01-01 --country JOR TUR KEN --quiet --out "$tmp/diff.xlsx"
check "diff --out diff.xlsx exits 0" test "$rc" -eq 0
run "$wr" diff --from 2016-01-01 --country JOR TUR KEN --quiet --threads 2 --format xlsx --out "$tmp/diff2.xlsx"
check "the diff workbook is byte-identical with 1 and 2 threads" cmp -s "$tmp/diff.xlsx" "$tmp/diff2.xlsx"
run $py - "$tmp/diff.xlsx" "$tmp/diff.json" <<'PY'
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
d = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Summary", "Facts", "Scores", "Sources", "About"], wb.sheetnames

def table(name):
    ws = wb[name]
    assert ws.freeze_panes == "A2", (name, ws.freeze_panes)
    rows = list(ws.iter_rows(values_only=True))
    assert ws.auto_filter.ref == "A1:%s%d" % (openpyxl.utils.get_column_letter(len(rows[0])), len(rows)), (name, ws.auto_filter.ref)
    assert ws["A1"].font.b, (name, "the header is not bold")
    return ws, [dict(zip(rows[0], r)) for r in rows[1:]]

def same_score(row, prefix, score):  # empty cells where the JSON has null: unknown is never zero
    for col, part in ((prefix, "point"), (prefix + "_lower", "lower"), (prefix + "_upper", "upper")):
        if score is None:
            assert row[col] is None, (prefix, row[col])
        else:
            assert abs(row[col] - score[part]) < 1e-6, (prefix, row[col], score[part])

countries = d["countries"]
assert countries and all(c["facts"] and c["scores"] for c in countries), "the test wants facts and scores that moved"
ws, summary = table("Summary")
assert [r["country"] for r in summary] == [c["country"] for c in countries]
for r, c in zip(summary, countries):
    assert r["change"] == "changed" and r["facts_changed"] == len(c["facts"]) and r["scores_changed"] == len(c["scores"])
    overall = [s for s in c["scores"] if s["kind"] == "headline" and s["id"] == "overall"]
    same_score(r, "overall_before", overall[0]["before"] if overall else None)
    same_score(r, "overall_after", overall[0]["after"] if overall else None)
assert ws["G1"].value == "overall_before" and ws["G2"].number_format == "0.00" and ws["E2"].number_format == "0"

ws, facts = table("Facts")
want = [(c["country"], f) for c in countries for f in c["facts"]]
assert [(r["country"], r["fact"]) for r in facts] == [(c, f["fact"]) for c, f in want]
for r, (c, f) in zip(facts, want):
    for side in ("before", "after"):
        j = f[side]
        if j is None:
            assert r[side] is None and r[side + "_quote"] is None, (c, f["fact"], side)
        else:
            assert r[side + "_quote"] == (j["quote"] or None) and r[side + "_valid_from"] == j["valid_from"], (c, f["fact"], side)
            assert r[side + "_sources"] == "; ".join(s["id"] for s in j["sources"]), (c, f["fact"], side)

ws, scores = table("Scores")
want = [(c["country"], s) for c in countries for s in c["scores"]]
assert [(r["country"], r["kind"], r["id"]) for r in scores] == [(c, s["kind"], s["id"]) for c, s in want]
for r, (c, s) in zip(scores, want):
    same_score(r, "before", s["before"])
    same_score(r, "after", s["after"])
    assert (r["because"] or "") == "; ".join(s["because"]), (c, s["id"])

ws, sources = table("Sources")
want = {(c["country"], f["fact"], side, s["id"], s["url"]) for c in countries for f in c["facts"]
        for side in ("before", "after") if f[side] for s in f[side]["sources"]}
assert {(r["country"], r["fact"], r["side"], r["id"], r["url"]) for r in sources} == want
for i in range(2, ws.max_row + 1):
    cell = ws.cell(row=i, column=8)
    assert cell.hyperlink.target == cell.value, cell.value

ws, about = table("About")
about = {r["field"]: r["value"] for r in about}
assert about["before_as_of"] == d["before"]["as_of"] and about["after_as_of"] == d["after"]["as_of"]
assert about["after_dataset"] == d["after"]["dataset"] and about["changed"] == "true"
print("ok")
PY
check "the diff workbook read by openpyxl matches the JSON: summary, facts both sides, scores with intervals, linked sources" test "$out" = "ok"
mkdir -p "$tmp/diff-added/profiles"
cp "$repo/data/catalogue.json" "$tmp/diff-added/"
cp "$repo/data/profiles/JOR.json" "$repo/data/profiles/TUR.json" "$tmp/diff-added/profiles/"
run "$wr" diff --from-data "$tmp/inj0" --to-data "$tmp/diff-added" --quiet --out "$tmp/diff-added.xlsx"
run $py - "$tmp/diff-added.xlsx" <<'PY'
import sys
import openpyxl
rows = list(openpyxl.load_workbook(sys.argv[1])["Summary"].iter_rows(values_only=True))
assert rows[1][0] == "TUR" and rows[1][3] == "country_added", rows
print("ok")
PY
check "a country added between two data folders is a row of the diff workbook's summary" test "$out" = "ok"

# --- the trend workbook ---------------------------------------------------------------------------------------
"$wr" trend --from 2016-01-01 --country JOR TUR --quiet --out "$tmp/trend.json"
run "$wr" trend --from 2016-01-01 --country JOR TUR --quiet --out "$tmp/trend.xlsx"
check "trend --out trend.xlsx exits 0" test "$rc" -eq 0
run $py - "$tmp/trend.xlsx" "$tmp/trend.json" <<'PY'
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
t = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Trend", "Events", "Sources", "About"], wb.sheetnames
for name in wb.sheetnames:
    assert wb[name].freeze_panes == "A2" and wb[name].auto_filter.ref, name
ws = wb["Trend"]
rows = list(ws.iter_rows(values_only=True))
rows = [dict(zip(rows[0], r)) for r in rows[1:]]
want = [(c, i, date) for c in t["countries"] for i, date in enumerate(t["dates"])]
assert [(r["country"], r["date"]) for r in rows] == [(c["country"], date) for c, i, date in want]
for r, (c, i, date) in zip(rows, want):
    for m in ("overall", "de_jure", "de_facto"):
        s = c["series"][m][i]
        for col, part in ((m, "point"), (m + "_lower", "lower"), (m + "_upper", "upper")):
            assert (r[col] is None) if s is None else abs(r[col] - s[part]) < 1e-6, (c["country"], date, col)
    assert abs(r["coverage"] - c["series"]["coverage"][i]) < 1e-6, (c["country"], date)
assert ws["E1"].value == "overall" and ws["E2"].number_format == "0.00" and ws["N2"].number_format == "0%"
events = list(wb["Events"].iter_rows(values_only=True))
events = [dict(zip(events[0], r)) for r in events[1:]]
want = [(c["country"], e["date"], e["fact"], e["quote"] or None) for c in t["countries"] for e in c["events"]]
assert want, "the test wants events in the period"
assert [(e["country"], e["date"], e["fact"], e["quote"]) for e in events] == want
sources = list(wb["Sources"].iter_rows(values_only=True))[1:]
assert {(r[0], r[1], r[2], r[3], r[6]) for r in sources} == {
    (c["country"], e["date"], e["fact"], s["id"], s["url"]) for c in t["countries"] for e in c["events"] for s in e["sources"]}
about = {r[0]: r[1] for r in list(wb["About"].iter_rows(values_only=True))[1:]}
assert about["from"] == t["from"] and about["as_of"] == t["as_of"] and about["step"] == t["step"]
print("ok")
PY
check "the trend workbook read by openpyxl matches the JSON: every country and date with intervals, events, sources" test "$out" = "ok"

# --- the indicators workbook ----------------------------------------------------------------------------------
"$wr" indicators --quiet --out "$tmp/ind.json"
run "$wr" indicators --quiet --out "$tmp/ind.xlsx"
check "indicators --out ind.xlsx exits 0" test "$rc" -eq 0
run $py - "$tmp/ind.xlsx" "$tmp/ind.json" <<'PY'
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
r = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Indicators", "Countries", "About"], wb.sheetnames
rows = list(wb["Indicators"].iter_rows(values_only=True))
rows = [dict(zip(rows[0], x)) for x in rows[1:]]
expected = [(i, d) for i in r["indicators"] for d in ("law", "practice") if i[d] is not None]
assert [(x["indicator"], x["dimension"]) for x in rows] == [(i["id"], d) for i, d in expected]
for x, (i, d) in zip(rows, expected):
    v = i[d]["value"]
    assert abs(x["lower"] - v["lower"]) < 1e-6 and abs(x["upper"] - v["upper"]) < 1e-6, (i["id"], d)
    assert abs(x["coverage"] - i[d]["coverage"]) < 1e-6 and x["population"] == i["population"]
countries = list(wb["Countries"].iter_rows(values_only=True))
assert len(countries) - 1 == sum(len(i["countries"]) for i, d in expected)
print("ok")
PY
check "the indicators workbook read by openpyxl has the JSON's weighted figures and a row per country" test "$out" = "ok"

# --- Word advocacy plans --------------------------------------------------------------------------------------
run "$wr" plan JOR TUR --gaps 3 --quiet --out "$tmp/plan.json"
run "$wr" plan JOR TUR --gaps 3 --quiet --out "$tmp/plan.docx"
check "plan --out plan.docx exits 0" test "$rc" -eq 0
run $py - "$tmp/plan.docx" "$tmp/plan.json" <<'PY'
import json, sys
import docx
d = docx.Document(sys.argv[1])
p = json.load(open(sys.argv[2]))
h1 = [x.text for x in d.paragraphs if x.style.name == "Heading 1"]
h3 = [x.text for x in d.paragraphs if x.style.name == "Heading 3"]
assert h1 == ["Joint advocacy plan: %s (%s)" % (c["name"], c["country"]) for c in p["countries"]], h1
want = ["%d. %s" % (i, g["title"]) for c in p["countries"] for i, g in enumerate(c["gaps"], start=1)]
assert h3 == want, (h3, want)
text = "\n".join(x.text for x in d.paragraphs)
for c in p["countries"]:
    for g in c["gaps"]:
        assert g["pledge"] in text, g["pledge"]
print("ok")
PY
check "the Word plan has a heading per country and per gap, with each pledge to seek" test "$out" = "ok"
run "$wr" plan JOR TUR --gaps 3 --quiet --out "$tmp/plan.xlsx"
check "plan --out plan.xlsx exits 0" test "$rc" -eq 0
run $py - "$tmp/plan.xlsx" "$tmp/plan.json" <<'PY'
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
p = json.load(open(sys.argv[2]))
assert wb.sheetnames == ["Gaps", "Data to collect"], wb.sheetnames
rows = list(wb["Gaps"].iter_rows(values_only=True))
rows = [dict(zip(rows[0], x)) for x in rows[1:]]
want = [(c["country"], i, g["rule"], g["pledge"]) for c in p["countries"] for i, g in enumerate(c["gaps"], start=1)]
assert [(r["country"], r["gap"], r["rule"], r["pledge"]) for r in rows] == want
data = list(wb["Data to collect"].iter_rows(values_only=True))[1:]
assert len(data) == sum(len(c["data_to_collect"]) for c in p["countries"])
print("ok")
PY
check "the plan workbook read by openpyxl has the JSON's gaps, in order, and its data to collect" test "$out" = "ok"
run "$wr" plan JOR TUR --gaps 3 --quiet --format docx --out "$tmp/plan2.docx"
check "the Word plan is byte-identical from run to run" cmp -s "$tmp/plan.docx" "$tmp/plan2.docx"
run "$wr" plan JOR --format docx
check "a Word document never goes to standard output" test "$rc" -eq 1
echo previous >"$tmp/kept.docx"
run env PATH=/nonexistent "$wr" plan JOR --quiet --out "$tmp/kept.docx"
check "without pandoc, plan --format docx exits 4" test "$rc" -eq 4
check "without pandoc, the message says what to install" has "$err" "needs pandoc, which is not installed"
check "without pandoc, the previous file is intact" test "$(cat "$tmp/kept.docx")" = "previous"
check "without pandoc, no temporary file is left" test -z "$(ls "$tmp" | grep '\.tmp\.')"

summary
