#!/usr/bin/python3
"""Removes from data/profiles the facts that a cross-country table in data/tables now states for the same
country (treaty status, reservations), and the sources no fact cites any more. Statistics with another
reference year are history, not duplicates, and stay. Entries with "override" stay."""
import glob
import json
import os

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
covered = {}  # (country, fact) -> table
for path in glob.glob(os.path.join(root, "data", "tables", "*.json")):
    t = json.load(open(path, encoding="utf-8"))
    for row in t["rows"]:
        for column, fact in t["facts"].items():
            if column in row and not fact.startswith("pop."):
                covered[(row["country"], fact)] = os.path.basename(path)
    if t.get("complete"):
        for column, fact in t["facts"].items():
            covered.setdefault(("*", fact), os.path.basename(path))

removed = 0
for path in sorted(glob.glob(os.path.join(root, "data", "profiles", "*.json"))):
    p = json.load(open(path, encoding="utf-8"))
    for fact in list(p["facts"]):
        table = covered.get((p["country"], fact)) or covered.get(("*", fact))
        if not table:
            continue
        entries = p["facts"][fact] if isinstance(p["facts"][fact], list) else [p["facts"][fact]]
        if any("override" in e for e in entries):
            continue
        del p["facts"][fact]
        removed += 1
        print(f"{p['country']}: {fact} now from {table}")
    cited = set()
    for entries in p["facts"].values():
        for e in entries if isinstance(entries, list) else [entries]:
            cited.update(e["sources"])
    p["sources"] = [s for s in p["sources"] if s["id"] in cited]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(p, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(removed, "profile facts retired")
