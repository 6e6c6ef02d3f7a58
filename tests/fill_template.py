#!/usr/bin/python3
"""Fills a `workrights template` from a country's own profile entries, as an adviser would by hand, for the
spreadsheet round trip in cli_test.sh. Entries a row cannot hold (several sources, an uncertainty, a table
override) stay in the profile; the others leave it, with the sources no entry cites any more.

usage: fill_template.py TEMPLATE.csv PROFILE.json FILLED.csv STRIPPED_PROFILE.json
"""
import csv
import json
import sys

template_file, profile_file, filled_file, stripped_file = sys.argv[1:5]
with open(template_file, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
header, by_fact = rows[0], {r[0]: r for r in rows[1:]}
profile = json.load(open(profile_file, encoding="utf-8"))
sources = {s["id"]: s for s in profile["sources"]}


def cell(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value) if value else "(none)"
    return str(value)


def fits_a_row(entry):
    return len(entry["sources"]) == 1 and "uncertainty" not in entry and "override" not in entry


filled, kept_facts = [], {}
for fact, value in profile["facts"].items():
    entries = value if isinstance(value, list) else [value]
    kept = [e for e in entries if not fits_a_row(e) or by_fact[fact][header.index("from_table")]]
    for e in entries:
        if any(e is k for k in kept):
            continue
        row = dict(zip(header, by_fact[fact]))
        source = sources[e["sources"][0]]
        row.update({"value": cell(e["value"]), "inferred": "true" if e.get("inferred") else ""})
        for key in ("group", "valid_from", "year", "sex", "age", "quote", "locator", "note"):
            row[key] = cell(e[key]) if key in e else ""
        for key in ("title", "publisher", "url", "date", "accessed", "copy_url", "copy_note"):
            row["source_" + key] = source.get(key, "")
        filled.append([row[h] for h in header])
    if kept:
        kept_facts[fact] = kept if isinstance(value, list) else kept[0]

with open(filled_file, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(filled)
cited = {s for v in kept_facts.values() for e in (v if isinstance(v, list) else [v]) for s in e["sources"]}
profile["facts"] = kept_facts
profile["sources"] = [s for s in profile["sources"] if s["id"] in cited]
json.dump(profile, open(stripped_file, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(len(filled), "entries moved to the spreadsheet,", sum(len(v) if isinstance(v, list) else 1 for v in kept_facts.values()), "kept in the profile")
