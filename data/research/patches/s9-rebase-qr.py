#!/usr/bin/env python3
"""s9-rebase-qr: rebase profile entries that cite Directive 2011/95/EU (`eu-dir-2011-95`) but not
Regulation (EU) 2024/1347 (`eu-reg-2024-1347`) onto the Regulation, where the Regulation's article
carrying the same rule was read verbatim (migrationpact.info, QR Art. 28).

Edits data/profiles/*.json in place (indent 2, ensure_ascii=False, trailing newline kept as found).
Entries whose directive article has no verbatim-read Regulation counterpart are left unchanged and listed.
Usage: python3 s9-rebase-qr.py [--data /work/main/data] [--dry-run]
"""
import argparse, glob, json, os, sys

OLD, NEW = "eu-dir-2011-95", "eu-reg-2024-1347"
REG_SOURCE_REF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "s9-sectors.json")

# Regulation (EU) 2024/1347 Art. 28, read verbatim on migrationpact.info (qualification-regulation-article-28)
Q_28_1 = ("Beneficiaries of international protection shall have the right to engage in employed or self-employed "
          "activities subject to the rules generally applicable to the profession concerned or to the public service, "
          "immediately after protection has been granted.")
Q_28_2A = ("Beneficiaries of international protection shall enjoy equal treatment with nationals [...] as regards: "
           "(a) terms of employment, [...] and working conditions, including pay and "
           "dismissal, working hours, leave and holidays, and health and safety requirements at the workplace;")
Q_28_2C = ("Beneficiaries of international protection shall enjoy equal treatment with nationals [...] as regards: "
           "[...] (c) employment-related educational opportunities "
           "for adults, vocational training, including training courses for upgrading skills and practical workplace "
           "experience;")
Q_28_2D = ("Beneficiaries of international protection shall enjoy equal treatment with nationals of the Member State that "
           "granted them international protection as regards: [...] (d) information and counselling services offered "
           "by employment offices.")

# directive article (as in the entry's locator/quote) + fact -> (Regulation article, directive article, quote)
def mapping(fact, locator, quote):
    if quote.startswith("Member States shall authorise beneficiaries"):          # Art. 26(1)
        return ("28(1)", "26(1)", Q_28_1)
    if quote.startswith("Member States shall ensure that activities such as"):   # Art. 26(2)
        if fact == "sp.vocational_training":
            return ("28(2)(c)", "26(2)", Q_28_2C)
        if fact == "sp.employment_services":
            return ("28(2)(d)", "26(2)", Q_28_2D)
        return None
    if quote.startswith("The law in force in the Member States applicable to remuneration"):  # Art. 26(4)
        if fact in ("lab.equal_treatment_in_labour_law", "lab.minimum_wage_applies"):
            return ("28(2)(a)", "26(4)", Q_28_2A)
        return None   # social security branches: QR social-security article not read verbatim
    return None

def sentence(n, m):
    return (f"Regulation (EU) 2024/1347 Art. {n}, applicable from 1 July 2026, carries the rule of Directive "
            f"2011/95/EU Art. {m}, which it repealed; national law was not read.")

def new_locator(n, m, old):
    loc = f"Regulation (EU) 2024/1347 Art. {n} (Directive 2011/95/EU Art. {m})"
    # keep any further premise named in the old locator (e.g. Eurostat)
    if ";" in old:
        loc += ";" + old.split(";", 1)[1]
    return loc

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    data = os.path.abspath(a.data)
    if os.path.isdir(os.path.join(data, "data", "profiles")):
        data = os.path.join(data, "data")
    ref = [s["source"] for s in json.load(open(REG_SOURCE_REF, encoding="utf-8"))["sources"]
           if s["source"]["id"] == NEW][0]
    rebased, unchanged = [], []
    for path in sorted(glob.glob(os.path.join(data, "profiles", "*.json"))):
        raw = open(path, encoding="utf-8").read()
        d = json.loads(raw)
        cc = d["country"]
        changed = False
        for fact, v in d.get("facts", {}).items():
            entries = v if isinstance(v, list) else [v]
            for e in entries:
                if not isinstance(e, dict):
                    continue
                srcs = e.get("sources", [])
                if OLD not in srcs or NEW in srcs:
                    continue
                m = mapping(fact, e.get("locator", ""), e.get("quote", ""))
                tag = (cc, fact, e.get("group", "(primary)"))
                if m is None:
                    unchanged.append(tag + (e.get("locator", ""),))
                    continue
                n, dm, q = m
                assert len(q) <= 300, (len(q), q)
                e["sources"] = [NEW, OLD] + [s for s in srcs if s not in (NEW, OLD)]
                e["quote"] = q
                e["locator"] = new_locator(n, dm, e.get("locator", ""))
                note = e.get("note", "").rstrip()
                e["note"] = (note + " " if note else "") + sentence(n, dm)
                rebased.append(tag + (f"Art. {dm} -> Art. {n}",))
                changed = True
        if changed:
            ids = [s["id"] for s in d["sources"]]
            if NEW not in ids:
                d["sources"].append(ref)
            else:
                cur = d["sources"][ids.index(NEW)]
                assert json.dumps(cur, ensure_ascii=False) == json.dumps(ref, ensure_ascii=False), path
            out = json.dumps(d, indent=2, ensure_ascii=False) + ("\n" if raw.endswith("\n") else "")
            if not a.dry_run:
                open(path, "w", encoding="utf-8").write(out)
    print(f"rebased {len(rebased)}")
    for r in rebased:
        print("  REBASED", *r)
    print(f"left unchanged (no verbatim Regulation article read) {len(unchanged)}")
    for r in unchanged:
        print("  UNCHANGED", *r)

if __name__ == "__main__":
    main()
