#!/usr/bin/python3
"""Adds rows to ratifications.json for more countries, read from the same NORMLEX copy (iferminm/crba-etl at the
commit named in ratifications.json's "copy"), the same way as the first 49: one row per (country, convention) on
the list, status from the Status column ("In Force"; "Not in force" with "Denounced on ..." = denounced; other
"Not in force" = ratified, not in force yet). Usage: extend_rows.py MIRROR_GIT_DIR ISO3=NORMLEX_NAME ...
A country name may have a NORMLEX footnote glued to it (C138's minimum age): it is kept as name_suffix_note."""
import json, os, re, subprocess, sys
from datetime import datetime

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "ratifications.json")
extract = json.load(open(path, encoding="utf-8"))
copy = extract["copy"]
files = {v: k for k, v in copy["file_to_convention"].items()}
mirror = sys.argv[1]
wanted = dict(a.split("=", 1) for a in sys.argv[2:])


def day(text):
    return datetime.strptime(text.strip(), "%d %b %Y").strftime("%Y-%m-%d")


rows = [r for r in extract["rows"] if r["country"] not in wanted]
for conv, stem in sorted(files.items()):
    name = "config/2023/out/data/staging/%s.csv" % stem
    text = subprocess.run(["git", "--git-dir", mirror, "show", "%s:%s" % (copy["commit"], name)],
                          capture_output=True, text=True, check=True).stdout
    for line in text.splitlines()[1:]:
        fields = line.split(";")
        for iso3, country in wanted.items():
            head = fields[0]
            if head != country and not (head.startswith(country) and head[len(country):len(country) + 1].isupper()):
                continue
            row = {"country": iso3, "convention": conv}
            status, note = fields[2], fields[3]
            if status == "In Force":
                row["status"] = "in_force"
            elif note.startswith("Denounced on "):
                row["status"] = "denounced"
            elif status == "Not in force":
                row["status"] = "not_in_force"
            else:
                sys.exit("unexpected status %r in %s" % (line, name))
            row["ratified"] = day(fields[1])
            if row["status"] == "denounced":
                row["denounced"] = day(note[len("Denounced on "):])
            if head != country:
                row["name_suffix_note"] = head[len(country):]
            if note:
                row["note"] = note
            row["raw"] = line
            row["source_file"] = name
            rows.append(row)
order = {c: i for i, c in enumerate(copy["conventions_covered"])}
rows.sort(key=lambda r: (r["country"], order.get(r["convention"], 99)))
extract["rows"] = rows
copy["country_names_used"].update(wanted)
copy["country_names_used"] = dict(sorted(copy["country_names_used"].items()))
with open(path, "w", encoding="utf-8") as f:
    json.dump(extract, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(rows), "rows;", ", ".join("%s %d" % (c, sum(r["country"] == c for r in rows)) for c in wanted))
