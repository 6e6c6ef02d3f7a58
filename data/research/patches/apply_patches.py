#!/usr/bin/env python3
"""Apply reviewed research patches to country profiles.

A patch (data/research/patches/<topic>.json) adds sources and fact entries to existing profiles:

  {"sources": [{"country": "DEU", "source": {"id": "...", "title": "...", "publisher": "...",
                                              "url": "...", "date": "2024-05", "accessed": "2026-11-30"}}],
   "entries": [{"country": "DEU", "fact": "rtw_practice.permits_obtainable",
                "entry": {"group": "asylum_seekers", "value": "with_difficulty", "sources": ["..."],
                          "quote": "...", "locator": "...", "note": "..."}}]}

Usage: apply_patches.py [--data DIR] PATCH.json...   (default DIR: the repository's data/)
Refuses (and writes nothing) when a source id is reused with other content or an entry repeats the group, sex,
age and valid_from of one already in the profile.
"""
import argparse, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))


def as_list(facts, fact):
    entries = facts.get(fact)
    if entries is None:
        return []
    return entries if isinstance(entries, list) else [entries]


def key(entry):
    # An entry about women, men or an age band is its own series beside the whole group's (docs/profiles.md).
    return (entry.get("group"), entry.get("sex"), entry.get("age"), entry.get("valid_from"))


def apply(profiles, patch, name, errors):
    for item in patch.get("sources", []):
        profile = profiles.get(item["country"])
        if profile is None:
            errors.append(f"{name}: no profile for {item['country']}")
            continue
        known = {s["id"]: s for s in profile["sources"]}
        source = item["source"]
        if source["id"] in known and known[source["id"]] != source:
            errors.append(f"{name}: {item['country']} source id '{source['id']}' already used for another source")
        elif source["id"] not in known:
            profile["sources"].append(source)
    for item in patch.get("entries", []):
        profile = profiles.get(item["country"])
        if profile is None:
            errors.append(f"{name}: no profile for {item['country']}")
            continue
        entries = as_list(profile["facts"], item["fact"])
        if any(key(e) == key(item["entry"]) for e in entries):
            errors.append(f"{name}: {item['country']} {item['fact']} already has an entry for group "
                          f"{item['entry'].get('group', '(primary)')} from {item['entry'].get('valid_from', '(always)')}")
            continue
        entries.append(item["entry"])
        profile["facts"][item["fact"]] = entries[0] if len(entries) == 1 else entries


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "..", "data"))
    parser.add_argument("patches", nargs="+")
    args = parser.parse_args()
    folder = os.path.join(args.data, "profiles")
    profiles = {name[:-5]: json.load(open(os.path.join(folder, name), encoding="utf-8"))
                for name in sorted(os.listdir(folder)) if name.endswith(".json")}
    errors = []
    for path in args.patches:
        apply(profiles, json.load(open(path, encoding="utf-8")), os.path.basename(path), errors)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    for code, profile in profiles.items():
        with open(os.path.join(folder, code + ".json"), "w", encoding="utf-8") as out:
            json.dump(profile, out, ensure_ascii=False, indent=2)
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
