#!/usr/bin/python3
"""Lists, per profile, the facts of issue #17 item 2 still unknown for the profile's primary group: the refugee law,
the right to work in law, wage and self-employment, the permit requirement (and its fee where a permit is required; neither where the group has no legal route to
wage employment at all, since no permit can then be had),
freedom of movement and the status document in law, and profiles with fewer than two practice facts.
Usage: python3 data/research/item2_gaps.py   (from the repository root)"""
import glob
import json

LAW = ["law.national_refugee_law", "law.right_to_work_in_law", "rtw.wage_employment", "rtw.self_employment",
       "rtw.work_permit.required", "rtw.work_permit.fee", "mov.freedom_of_movement", "doc.status_document"]
PRACTICE = ["rtw_practice.permits_obtainable", "rtw_practice.harassment_for_working",
            "rtw_practice.movement_restricted_in_practice", "doc.documentation_in_practice",
            "rtw_practice.formal_employment_share"]


def primary_values(profile, path):
    entries = profile["facts"].get(path, [])
    entries = entries if isinstance(entries, list) else [entries]
    return [e.get("value") for e in entries if e.get("group", profile["primary_group"]) == profile["primary_group"]]


def gaps(profile):
    missing = [p for p in LAW if not primary_values(profile, p)]
    required = primary_values(profile, "rtw.work_permit.required")
    if "rtw.work_permit.fee" in missing and (not required or False in required):
        missing.remove("rtw.work_permit.fee")  # a fee is asked for only where a permit is required
    if primary_values(profile, "rtw.wage_employment") == ["none"]:
        # No legal route to wage employment: a separate permit and its fee do not arise (issue #17 note, session 12).
        missing = [p for p in missing if p not in ("rtw.work_permit.required", "rtw.work_permit.fee")]
    practice = sum(bool(primary_values(profile, p)) for p in PRACTICE)
    return missing, practice


def main():
    countries = facts = 0
    for path in sorted(glob.glob("data/profiles/*.json")):
        profile = json.load(open(path, encoding="utf-8"))
        missing, practice = gaps(profile)
        if missing or practice < 2:
            countries += 1
            facts += len(missing)
            print(profile["country"], " ".join(missing), "(practice facts: %d)" % practice if practice < 2 else "")
    print("%d countries, %d law facts missing" % (countries, facts))


if __name__ == "__main__":
    main()
