#!/usr/bin/python3
"""Compares two profiles' facts entry by entry, sources compared by content (title, publisher, url, dates, copy)
rather than by id, and entries of a fact in any order: the spreadsheet round trip must give back the same facts.

usage: spreadsheet_roundtrip_compare.py ORIGINAL.json ROUND_TRIP.json   (exit 1 and the differences when they differ)
"""
import json
import sys


def entries(file):
    p = json.load(open(file, encoding="utf-8"))
    sources = {s["id"]: {k: v for k, v in s.items() if k != "id"} for s in p["sources"]}
    out = {}
    for fact, value in p["facts"].items():
        for e in value if isinstance(value, list) else [value]:
            e = dict(e, sources=[sources[i] for i in e["sources"]])
            out.setdefault(fact, []).append(json.dumps(e, sort_keys=True, ensure_ascii=False))
    return {fact: sorted(es) for fact, es in out.items()}


a, b = entries(sys.argv[1]), entries(sys.argv[2])
differ = sorted(f for f in set(a) | set(b) if a.get(f) != b.get(f))
for f in differ:
    print("differs:", f, "\n  before:", a.get(f), "\n  after: ", b.get(f))
print(sum(len(v) for v in a.values()), "entries compared,", len(differ), "facts differ")
sys.exit(1 if differ else 0)
