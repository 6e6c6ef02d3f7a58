#!/usr/bin/python3
"""Builds data/tables/*.json from the reviewed research extracts in data/research/tables/.

Kept for provenance: it shows how each table row was taken from the extract (ILO NORMLEX ratification lists,
UN Treaty Collection status lists, UNHCR population statistics). Run it again after correcting an extract;
then `build/workrights check`.
"""
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", "..", ".."))
out_dir = os.path.join(root, "data", "tables")
ACCESSED = "2026-11-30"

# NORMLEX instrument ids (the "Ratifications of" page of each convention).
NORMLEX_IDS = {"C029": 312174, "C081": 312226, "C087": 312232, "C098": 312243, "C100": 312245, "C105": 312250,
               "C111": 312256, "C138": 312283, "C155": 312300, "C182": 312327, "P029": 3174672}
TITLES = {
    "C029": "Forced Labour Convention, 1930 (No. 29)",
    "P029": "Protocol of 2014 to the Forced Labour Convention, 1930",
    "C081": "Labour Inspection Convention, 1947 (No. 81)",
    "C087": "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)",
    "C098": "Right to Organise and Collective Bargaining Convention, 1949 (No. 98)",
    "C100": "Equal Remuneration Convention, 1951 (No. 100)",
    "C105": "Abolition of Forced Labour Convention, 1957 (No. 105)",
    "C111": "Discrimination (Employment and Occupation) Convention, 1958 (No. 111)",
    "C138": "Minimum Age Convention, 1973 (No. 138)",
    "C155": "Occupational Safety and Health Convention, 1981 (No. 155)",
    "C182": "Worst Forms of Child Labour Convention, 1999 (No. 182)",
}


def write(name, table):
    path = os.path.join(out_dir, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(table, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.relpath(path, root), len(table["rows"]), "rows")


def ilo_tables():
    extract = json.load(open(os.path.join(here, "ilo_full", "ratifications.json"), encoding="utf-8"))
    copy = extract["copy"]
    for conv, instrument in NORMLEX_IDS.items():
        fact = "intl.ilo." + conv.lower()
        rows = []
        for r in extract["rows"]:
            if r["convention"] != conv:
                continue
            quote = r["raw"].split(";nan")[0]
            if len(quote) > 300:  # a long NORMLEX footnote glued to the name: keep the quote within the limit
                quote = quote[:299] + "…"
            row = {"country": r["country"], "ratified": True, "quote": quote}
            note = []
            if r["status"] == "not_in_force":
                note.append("Ratified " + r["ratified"] + "; not yet in force when the list was copied (in force 12 months "
                            "after registration): the date given is the ratification.")
            if r.get("name_suffix_note"):
                note.append("NORMLEX note: " + r["name_suffix_note"])
            row["valid_from"] = r["ratified"]
            if note:
                row["note"] = " ".join(note)
            rows.append(row)
            if r["status"] == "denounced":
                # Bound from ratification until the denunciation: two rows, so the history holds both.
                rows.append({"country": r["country"], "ratified": False, "quote": row["quote"],
                             "valid_from": r["denounced"], "note": "Denounced on " + r["denounced"] + "."})
        rows.sort(key=lambda x: x["country"])
        write("ilo-" + conv.lower(), {
            "title": "Ratifications of " + conv + " - " + TITLES[conv],
            "facts": {"ratified": fact},
            "sources": [{
                "id": "normlex",
                "title": "Ratifications of " + conv + " - " + TITLES[conv],
                "publisher": "International Labour Organization (NORMLEX)",
                "url": "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:11300:0::NO:11300:P11300_INSTRUMENT_ID:%d:NO" % instrument,
                "date": "2023-06",
                "copy_url": "https://github.com/%s/tree/%s/config/2023/out/data/staging" % (copy["repo"], copy["commit"]),
                "copy_note": "Read in a complete copy of the NORMLEX table taken between 15 and 29 June 2023 by the "
                             "Child Rights and Business Atlas data pipeline (one CSV per convention).",
            }],
            "complete": {
                "absent": {"ratified": False},
                "note": "NORMLEX lists every member State that ratified the convention; the copy of June 2023 holds "
                        "the whole list, so a country not on it had not ratified by then.",
                "not_covered": {"HKG": "Hong Kong is not an ILO member State: NORMLEX records the conventions China "
                                       "declared applicable to Hong Kong, and the copy read does not hold those "
                                       "declarations."},
            },
            "rows": rows,
        })


def ilo_partial_tables():
    """Conventions without a complete copy of their NORMLEX list (ilo_full/ratifications-more.json): only the
    ratifications NORMLEX was read to state, one country at a time or from the visible part of a cut page. A country
    without a row stays unknown (no "complete" statement). A year-only ratification counts from the end of that
    year, so the table never claims the convention bound the country earlier than it did."""
    extract = json.load(open(os.path.join(here, "ilo_full", "ratifications-more.json"), encoding="utf-8"))
    for conv, info in extract["conventions"].items():
        rows_in = [r for r in extract["rows"] if r["convention"] == conv]
        if not rows_in:
            continue
        page_url = ("https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:11300:0::NO:11300:P11300_INSTRUMENT_ID:%d:NO"
                    % info["normlex_instrument_id"])
        sources = [{"id": "normlex", "title": "Ratifications of " + conv + " - " + info["title"],
                    "publisher": "International Labour Organization (NORMLEX)", "url": page_url,
                    "accessed": ACCESSED}]
        copy = info.get("copy") or {}
        if copy.get("url"):
            sources[0]["copy_url"] = copy["url"]
            sources[0]["copy_note"] = ("Read in a stored copy of the page that shows only its beginning (%s); the "
                                       "rows after the cut are not in this table." % copy.get("visible_range", "cut"))
        comment_ids = {}
        rows = []
        for r in rows_in:
            row = {"country": r["country"], "ratified": True, "quote": r["raw"][:300]}
            note = []
            if len(r["ratified"]) == 10:
                row["valid_from"] = r["ratified"]
            else:
                row["valid_from"] = r["ratified"][:4] + "-12-31"
                note.append("NORMLEX gives the year of ratification only (%s); counted from the end of that year."
                            % r["ratified"][:4])
            if r.get("source_url"):
                sid = comment_ids.setdefault(r["source_url"], "comment-%d" % (len(comment_ids) + 1))
                if sid not in [x["id"] for x in sources]:
                    sources.append({"id": sid, "title": r["raw"][:200], "publisher": "International Labour Organization "
                                    "(NORMLEX, comments of the Committee of Experts)", "url": r["source_url"],
                                    "accessed": ACCESSED})
                row["sources"] = [sid]
            if r.get("name_suffix_note"):
                note.append("NORMLEX note: " + r["name_suffix_note"])
            if r.get("note"):
                note.append(r["note"])
            row["note"] = " ".join(note)[:1000] if note else None
            if row["note"] is None:
                del row["note"]
            rows.append(row)
        rows.sort(key=lambda x: x["country"])
        write("ilo-" + conv.lower(), {
            "title": "Ratifications of " + conv + " - " + info["title"] + " (partial: the ratifications read so far)",
            "facts": {"ratified": "intl.ilo." + conv.lower()},
            "sources": sources,
            "rows": rows,
        })


def date_or_none(text):
    """A full YYYY-MM-DD date, else None (a year alone is kept in the note, never padded into a day)."""
    return text if text and len(text) == 10 else None


def treaty_table(name, title, columns, reservations_column=None):
    extract = json.load(open(os.path.join(here, "treaties", name + ".json"), encoding="utf-8"))
    main = extract["source"]
    sources = [{"id": "untc", "title": main["title"], "publisher": main["publisher"], "url": main["url"],
                "date": main["date"]}]
    if main.get("copy_url"):
        sources[0]["copy_url"] = main["copy_url"]
        sources[0]["copy_note"] = main.get("copy_note", "Read in a copy of the UN Treaty Collection status page.")
    by_key = {(main["url"], main.get("copy_url")): "untc"}
    rows = []
    for r in extract["rows"]:
        key = (r.get("url", main["url"]), r.get("copy_url"))
        if key not in by_key:
            sid = "s%d" % len(by_key)
            by_key[key] = sid
            src = {"id": sid, "title": r.get("title", main["title"]), "publisher": r.get("publisher", main["publisher"]),
                   "url": key[0], "accessed": ACCESSED}
            if key[1]:
                src["copy_url"] = key[1]
                src["copy_note"] = "Read in a copy; the original is cited."
            sources.append(src)
        row = {"country": r["country"], "party": bool(r["party"])}
        if reservations_column and "reservations" in r:
            row["reservations"] = r["reservations"]
        if r["party"] and date_or_none(r.get("date")):
            row["valid_from"] = r["date"]
        row["quote"] = r["quote"][:300]
        note = [r["note"]] if r.get("note") else []
        if r.get("date") and not date_or_none(r.get("date")):
            note.append("The list gives the year %s only." % r["date"])
        if r.get("action"):
            note.append("Action: %s." % r["action"])
        if r.get("reservations_quote"):
            note.append("Reservations: " + r["reservations_quote"])
        if r.get("inferred"):
            row["inferred"] = True
            if not note:
                note.append("Read from the country's absence in the full list.")
        if note:
            row["note"] = " ".join(note)
        if by_key[key] != "untc":
            row["sources"] = [by_key[key]]
        rows.append(row)
    rows.sort(key=lambda x: x["country"])
    write(name.replace("_", "-"), {"title": title, "facts": columns, "sources": sources, "rows": rows})


def oau_table():
    """The AU Commission's status list of the 1969 OAU Refugee Convention (rows for the African countries profiled or
    planned; see treaties/notes.md). A party from the deposit of its instrument."""
    extract = json.load(open(os.path.join(here, "treaties", "oau_1969-v2.json"), encoding="utf-8"))
    src = extract["source"]
    rows = []
    for r in extract["rows"]:
        row = {"country": r["country"], "party": bool(r["party"])}
        if r["party"]:
            row["valid_from"] = r.get("deposited") or r["date"]
        row["quote"] = r["quote"][:300]
        note = [r["note"]] if r.get("note") else []
        if r.get("doubt"):
            note.append("Doubtful: the sources disagree (see the note).")
        if r["country"] == "DJI":
            note.append("The AU list shows a signature only (15 Nov 2005), although UNHCR and Djibouti's 2006 law "
                        "speak of ratification; the depositary's list decides here.")
        if note:
            row["note"] = " ".join(note)
        rows.append(row)
    rows.sort(key=lambda x: x["country"])
    write("oau-1969", {
        "title": "Status of the OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969)",
        "facts": {"party": "intl.oau_refugee_convention_1969.party"},
        "sources": [{"id": "au", "title": src["title"], "publisher": src["publisher"], "url": src["url"],
                     "date": src["date"], "copy_url": src["copy_url"],
                     "copy_note": "Read in a machine-readable copy of the AU status list (a public scrape of au.int's "
                                  "treaty pages, October 2026); quotes are the copy's fields for each row."}],
        "complete": {
            "absent": {"party": False},
            "note": "Only member States of the African Union can be parties, and the AU Commission's list names every "
                    "one that signed, ratified or acceded; the table holds its rows for every African country in the "
                    "dataset, so a profiled country without a row (outside Africa) is not a party.",
        },
        "rows": rows,
    })


def population_table():
    extract = json.load(open(os.path.join(here, "population", "population.json"), encoding="utf-8"))
    src = extract["source"]
    rows = []
    for r in extract["rows"]:
        row = {"country": r["country"]}
        for k in ("refugees", "asylum_seekers", "other_in_need_of_protection"):
            if k in r:
                row[k] = r[k]
        row.update({"year": 2025, "valid_from": "2025-12-31", "quote": r["quote"][:300], "locator": r["locator"]})
        if r.get("note"):
            row["note"] = r["note"]
        rows.append(row)
    rows.sort(key=lambda x: x["country"])
    write("unhcr-population-2025", {
        "title": "UNHCR population statistics by country of asylum, end of 2025 (Global Trends 2025 release)",
        "facts": {"refugees": "pop.refugees", "asylum_seekers": "pop.asylum_seekers",
                  "other_in_need_of_protection": "pop.other_in_need_of_protection"},
        "sources": [{"id": "unhcr-rdf", "title": src["title"], "publisher": "UNHCR", "url": src["url"], "date": "2026-06",
                     "copy_url": src["copy_url"],
                     "copy_note": "Read in UNHCR's own copy of the Refugee Data Finder data (R package 'refugees', "
                                  "version 2025.12.1); country figures are sums over countries of origin."}],
        "rows": rows,
    })


if __name__ == "__main__":
    os.makedirs(out_dir, exist_ok=True)
    ilo_tables()
    ilo_partial_tables()
    treaty_table("refugee_convention_1951", "Status of the 1951 Convention relating to the Status of Refugees",
                 {"party": "intl.refugee_convention_1951.party", "reservations": "intl.refugee_convention_1951.reservations"},
                 reservations_column=True)
    treaty_table("refugee_protocol_1967", "Status of the 1967 Protocol relating to the Status of Refugees",
                 {"party": "intl.refugee_protocol_1967.party"})
    treaty_table("icescr", "Status of the International Covenant on Economic, Social and Cultural Rights",
                 {"party": "intl.icescr.party", "reservations": "intl.icescr.reservations"}, reservations_column=True)
    treaty_table("cmw_1990", "Status of the International Convention on the Protection of the Rights of All Migrant "
                 "Workers and Members of Their Families", {"party": "intl.migrant_workers_convention_1990.party"})
    oau_table()
    population_table()
