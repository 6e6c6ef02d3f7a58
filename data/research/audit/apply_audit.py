#!/usr/bin/python3
"""Applies the reviewed audit (safe to run again: it changes only what still has its old value) of data/research/audit/ to data/profiles: source dates as precise as the source gives
them (source-dates.json "dates"), and entries read from silence or a general statement marked inferred with the
reasoning in their note (inferred.json). Mirrors are left to a later pass (most originals still need a URL)."""
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
profiles = os.path.normpath(os.path.join(here, "..", "..", "profiles"))
dates = json.load(open(os.path.join(here, "source-dates.json"), encoding="utf-8"))["dates"]
inferred = json.load(open(os.path.join(here, "inferred.json"), encoding="utf-8"))["entries"]
changed = {"dates": 0, "inferred": 0, "missing": 0}


def load(code):
    return json.load(open(os.path.join(profiles, code + ".json"), encoding="utf-8"))


cache = {}
for d in dates:
    p = cache.setdefault(d["profile"], load(d["profile"]))
    for s in p["sources"]:
        if s["id"] != d["source"] or s.get("date") != d["old"]:
            continue
        if d["new"] is None:
            del s["date"]
            s.setdefault("accessed", "2026-11-23")
        else:
            s["date"] = d["new"]
        changed["dates"] += 1
for e in inferred:
    if e["action"] != "mark_inferred":
        continue
    p = cache.setdefault(e["profile"], load(e["profile"]))
    entries = p["facts"].get(e["fact"])
    if entries is None:
        changed["missing"] += 1
        continue
    for entry in entries if isinstance(entries, list) else [entries]:
        if entry.get("group") != e["group"] or entry.get("valid_from") != e["valid_from"] or entry.get("inferred"):
            continue
        entry["inferred"] = True
        note = entry.get("note", "")
        entry["note"] = (note + " " if note else "") + "Inferred: " + e["reasoning"]
        changed["inferred"] += 1
for code, p in cache.items():
    with open(os.path.join(profiles, code + ".json"), "w", encoding="utf-8") as f:
        json.dump(p, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(changed)


def apply_mirrors():
    """A source read in a web-archive capture cites the captured page, whose address is inside the capture's;
    other copies cite the original the audit established from a stored page (not one built from a URL pattern)."""
    import re
    mirrors = json.load(open(os.path.join(here, "source-dates.json"), encoding="utf-8"))["mirrors"]
    done = 0
    for path in sorted(os.listdir(profiles)):
        p = json.load(open(os.path.join(profiles, path), encoding="utf-8"))
        for s in p["sources"]:
            if "copy_url" in s:
                continue
            capture = re.match(r"https?://webarchive\.archive\.unhcr\.org/\d+(?:[a-z_]+)?/(https?://.+)$", s["url"])
            original = None
            if capture:
                original = {"url": capture.group(1)}
                note = "Read in the UNHCR web archive's capture of the page."
            else:
                for m in mirrors:
                    if m["profile"] + ".json" == path and m["source"] == s["id"] and m.get("original") \
                            and m["original"].get("url") and "verify" not in m.get("evidence", ""):
                        original, note = m["original"], "Read in a copy; the original is cited."
            if not original:
                continue
            s["copy_url"], s["copy_note"] = s["url"], note
            s["url"] = original["url"]
            for key in ("title", "publisher"):
                if original.get(key):
                    s[key] = original[key]
            done += 1
        with open(os.path.join(profiles, path), "w", encoding="utf-8") as f:
            json.dump(p, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("mirrors resolved:", done)


if __name__ == "__main__":
    apply_mirrors()
