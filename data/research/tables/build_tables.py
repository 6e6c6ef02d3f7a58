#!/usr/bin/python3
"""Builds data/tables/*.json from the reviewed research extracts in data/research/tables/.

Kept for provenance: it shows how each table row was taken from the extract (ILO NORMLEX ratification lists,
UN Treaty Collection status lists, UNHCR population statistics). Run it again after correcting an extract;
then `build/workrights check`.
"""
import functools
import json
import re
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


@functools.cache
def profile_countries():
    return tuple(sorted(f[:-5] for f in os.listdir(os.path.join(root, "data", "profiles")) if f.endswith(".json")))


@functools.cache
def ilo_extract(name):
    """A reviewed extract of ilo_full/, read once however many conventions take rows from it (do not modify)."""
    return json.load(open(os.path.join(here, "ilo_full", name), encoding="utf-8"))


# Hong Kong is not an ILO member State nor a State: a convention or treaty applies to the Hong Kong SAR by China's
# declaration (ILO Constitution art. 35; Basic Law arts 39 and 153). Those declarations are read as Hong Kong's
# ratification or participation (hkg/notes.md). Only rows whose source is read at its publisher are used; rows
# resting on a copy alone (the Labour Department's list, the ITUC report) stay out, so those facts stay unknown.
HKG_INSTRUMENTS = ["C029", "C081", "C087", "C097", "C098", "C105", "C182", "P029",
                   "refugee_convention_1951", "refugee_protocol_1967", "migrant_workers_convention_1990"]
HKG_ILO_NOTE = ("Hong Kong is not an ILO member State: the Convention applies to the Hong Kong SAR by China's declaration "
                "(ILO Constitution art. 35), which workrights reads as Hong Kong's ratification.")


def hkg_extract_rows():
    """Hong Kong's rows by instrument: the reviewed extract, with the originals found later replacing copies."""
    rows = {r["instrument"]: r for r in json.load(open(os.path.join(here, "hkg", "hkg-extract.json"),
                                                       encoding="utf-8"))["rows"]}
    for r in json.load(open(os.path.join(here, "hkg", "s11-hkg-originals.json"), encoding="utf-8")):
        if r.get("applies") is not None and r["instrument"] in rows and "cambridge.org" in r["source"]["url"]:
            rows[r["instrument"]] = dict(rows[r["instrument"]], quote=r["quote"], source=r["source"],
                                         locator="headnote")
    return rows


def hkg_row(instrument, column, sources):
    """The table row for Hong Kong (or None), its source appended to `sources` under its own id."""
    r = hkg_extract_rows().get(instrument) if instrument in HKG_INSTRUMENTS else None
    if r is None:
        return None
    sid = "hkg-" + instrument.lower().replace("_", "-")
    src = {k: r["source"][k] for k in ("title", "publisher", "url", "date", "copy_url", "copy_note")
           if r["source"].get(k)}
    sources.append(dict(src, id=sid, accessed=ACCESSED))
    row = {"country": "HKG", column: r["applies"], "sources": [sid]}
    note = [HKG_ILO_NOTE] if column == "ratified" else []
    if r.get("valid_from"):
        row["valid_from"], year_note = year_end_or_day(r["valid_from"], "the declaration")
        if year_note:
            note.append(year_note)
    if r.get("quote"):
        row["quote"] = r["quote"][:300]
    if r.get("locator"):
        row["locator"] = r["locator"]
    if r.get("inferred"):
        row["inferred"] = True
    note.append(r.get("note", ""))
    row["note"] = " ".join(n for n in note if n)[:1000]
    return row


# Ratifications registered after the June 2023 copy, read on ILO or the ratifying government's own pages and
# reviewed row by row (ilo_full/s12-since-2023.md, review-s12-since-2023.md).
SINCE_COPY = "s12-since-2023.json"


def since_copy_rows(conv, sources, named):
    """Rows for a later ratification: the country was not on the June 2023 list (so not bound before, an inferred
    row that keeps the complete list's reading), then bound from the date the later source gives."""
    extract = ilo_extract(SINCE_COPY)
    later = [r for r in s12_rows(extract, conv) if r["country"] in profile_countries() and r["status"] == "ratified"]
    rows = partial_rows(later, sources, extract_sources(extract))
    for r in later:
        if r["country"] not in named:
            rows.append({"country": r["country"], "ratified": False, "sources": ["normlex"], "inferred": True,
                         "locator": "not among the list's rows (copy of June 2023)",
                         "note": "Not on the NORMLEX list copied in June 2023, so not ratified before then; the "
                                 "later row gives the ratification."})
    return rows


def ilo_tables():
    extract = ilo_extract("ratifications.json")
    copy = extract["copy"]
    # A profile country whose rows were not taken from the copy yet stays unknown, never "not ratified".
    not_covered = {"HKG": "Hong Kong is not an ILO member State: NORMLEX records the conventions China declared "
                          "applicable to Hong Kong, and the copy read does not hold those declarations."}
    for iso3 in profile_countries():
        if iso3 not in copy["country_names_used"] and iso3 not in not_covered:
            not_covered[iso3] = ("Its rows have not been read from the copy yet (ilo_full/extend_rows.py adds them), "
                                 "so the table says nothing about it.")
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
        sources = [{
                "id": "normlex",
                "title": "Ratifications of " + conv + " - " + TITLES[conv],
                "publisher": "International Labour Organization (NORMLEX)",
                "url": "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:11300:0::NO:11300:P11300_INSTRUMENT_ID:%d:NO" % instrument,
                "date": "2023-06",
                "copy_url": "https://github.com/%s/tree/%s/config/2023/out/data/staging" % (copy["repo"], copy["commit"]),
                "copy_note": "Read in a complete copy of the NORMLEX table taken between 15 and 29 June 2023 by the "
                             "Child Rights and Business Atlas data pipeline (one CSV per convention).",
            }]
        rows += since_copy_rows(conv, sources, {r["country"] for r in rows})
        covered_elsewhere = dict(not_covered)
        hong_kong = hkg_row(conv, "ratified", sources)
        if hong_kong:
            rows.append(hong_kong)
            del covered_elsewhere["HKG"]
        rows.sort(key=lambda x: x["country"])
        write("ilo-" + conv.lower(), {
            "title": "Ratifications of " + conv + " - " + TITLES[conv],
            "facts": {"ratified": fact},
            "sources": sources,
            "complete": {
                "absent": {"ratified": False},
                "note": "NORMLEX lists every member State that ratified the convention; the copy of June 2023 holds "
                        "the whole list, so a country not on it had not ratified by then. Ratifications registered "
                        "later are rows of their own where an ILO or government page was read; others may be "
                        "missing, so a country without a row is read as not ratified as of June 2023.",
                "not_covered": covered_elsewhere,
            },
            "rows": rows,
        })


# The reviewed session-7 extracts (ilo_full/ratifications-mig.json, ratifications-ss.json) replace
# ratifications-more.json for their conventions; the rest (C181, C187, C189, C190) still come from the latter.
NEWER_EXTRACTS = {"C097": "ratifications-mig.json", "C143": "ratifications-mig.json",
                  "C102": "ratifications-ss.json", "C118": "ratifications-ss.json", "C157": "ratifications-ss.json"}
# Session 11's extracts, reviewed row by row (ilo_full/review-s11-ilo.md), replace those rows for their conventions:
# they carry the earlier rows and the ratifications found since (C102: CHE PRT CZE CRI IRL LBY DNK SRB MAR NOR;
# C143: MRT and the States of complete-c143.md). Their count statements are not used (no ILO-read total).
ROW_EXTRACTS = {"C102": "s11-c102.json", "C143": "s11-c118-c143.json"}
# Session 12's extracts (reviewed row by row: ilo_full/review-s12-*.md) write rows in another shape (`ratified`
# true or false, `ratified_date`, `quote`, `sources`); s12_rows turns them into the shape above. They carry the
# earlier rows of their conventions, and add rows of non-ratification read on ILO pages (NORMLEX country pages whose
# fundamental conventions are all listed; ILO statements that a State is considering ratifying).
S12_EXTRACTS = {"C187": "s12-c187.json", "C181": "s12-c190-c189-c181.json", "C189": "s12-c190-c189-c181.json",
                "C190": "s12-c190-c189-c181.json"}
# Their counts (C189: 28 at 2019-04-04; C190: 9 at 2021-10-29) are matched, but an absence read from a count that
# old would claim non-ratification today, when many States have ratified since: only ratified rows are taken.
S12_RATIFIED_ONLY = {"C181", "C189", "C190"}
# Session 12's rows for conventions whose earlier extract stays: a profiled country's row here replaces its row there
# (C102: GBR, ROU, SWE, ECU; C187: MAR, ITA, BGR, NGA, SOM; C190: ratifications since 2021 read on ILO pages or the
# ratifying government's own; the extracts' other rows name non-profiled States for their counts, not matched).
# Session 13 (s13-since.json, review-s13-since.md): C190 AUT 2024 (CEACR) and MKD 2023 (ILO Budapest office), and C189
# ESP by 2023-04-03 (the instrument of accession in Spain's official gazette; inferred).
S12_MORE_ROWS = {"C102": ["s12-counts.json"], "C187": ["s12-c187-count.json", "s12-gov-originals.json"],
                 "C189": ["s13-since.json"], "C190": ["s12-gov-originals.json", "s13-since.json"]}

# Profiled countries whose French NORMLEX name sorts inside the part of the C097 list the stored copy shows
# (from its first row, "Afrique du Sud", to the cut at "Ma…" after "Kirghizistan"; review-s7.md): the list is the
# whole list, so a country in that range without a row had not ratified when the copy was taken.
C097_VISIBLE_RANGE = ["ZAF", "ARG", "AUS", "AUT", "BGD", "BGR", "BDI", "CAN", "CHL", "COL", "CRI", "DNK", "DJI",
                      "EGY", "USA", "ETH", "RUS", "FIN", "GRC", "IND", "IDN", "IRN", "IRQ", "IRL", "JOR", "LBN", "LBY"]

# Profiled countries whose French name sorts after the cut ("Ma…"), checked one by one against the 26 rows the
# list has there (ilo_full/complete-c097.md): the page counts 54 ratifications and no denunciation; 28 rows are
# visible and 25 of the other 26 are named by ILO pages (comments of the Committee of Experts, ILO news), none of
# them one of these countries; the 26th is Montenegro by the Netherlands' treaty database (not an ILO source).
# So none of these had ratified when the copy was taken: inferred rows. Not covered: Malaysia and Tanzania, whose
# only NORMLEX units are Sabah and Zanzibar (part of the territory), and Hong Kong (China's declarations).
C097_COUNTED_ABSENT = ["CHE", "COD", "CZE", "MEX", "MLI", "MOZ", "MRT", "NER", "PAK", "PAN", "PER", "POL", "ROU",
                       "RWA", "SDN", "SSD", "SWE", "TCD", "THA", "TUN", "TUR", "UGA"]


def extract_sources(extract):
    """The extract's sources by id, whether it keeps them as an object keyed by id or as a list."""
    raw = extract.get("sources") or {}
    return raw if isinstance(raw, dict) else {x["id"]: x for x in raw}


def is_citable(info):
    """A real source record (not a pattern for per-row pages): title, publisher and a web address."""
    return bool(info) and bool(info.get("title")) and bool(info.get("publisher")) and \
        str(info.get("url", "")).startswith("http")


def cited_source(info):
    """A table source from an extract's source record: only what a source needs, dates only when exact."""
    out = {"id": info["id"], "title": info["title"], "publisher": info["publisher"], "url": info["url"]}
    if re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", str(info.get("date", ""))):
        out["date"] = info["date"]
    out["accessed"] = info.get("accessed") or ACCESSED
    for key in ("copy_url", "copy_note"):
        if info.get(key):
            out[key] = info[key]
    return out


def year_end_or_day(text, what):
    """(valid_from, note): a full date as given, or a year counted from its end with a note saying so."""
    if len(text) == 10:
        return text, None
    return text[:4] + "-12-31", "NORMLEX gives the year of %s only (%s); counted from the end of that year." % (what, text[:4])


def partial_rows(rows_in, sources, extract_srcs):
    """Table rows from extract rows: ratified from the ratification date; a denunciation adds a later false row."""
    comment_ids = {}
    rows = []
    for r in rows_in:
        if r.get("scope"):
            continue  # a ratification for part of the territory only (Malaysia: Sabah) is not the country's
        quote = r["raw"] if len(r["raw"]) <= 300 else r["raw"][:299] + "…"
        row = {"country": r["country"], "ratified": r["status"] != "not_ratified", "quote": quote}
        note = []
        if r.get("source_url"):
            sid = comment_ids.setdefault(r["source_url"], "comment-%d" % (len(comment_ids) + 1))
            if sid not in [x["id"] for x in sources]:
                sources.append({"id": sid, "title": r["raw"][:200], "publisher": "International Labour Organization "
                                "(NORMLEX, comments of the Committee of Experts)", "url": r["source_url"],
                                "accessed": r.get("accessed") or ACCESSED})
            row["sources"] = [sid]
        elif is_citable(extract_srcs.get(r.get("source"))):
            info = dict(extract_srcs[r["source"]], id=r["source"])
            if r["source"] not in [x["id"] for x in sources]:
                sources.append(cited_source(info))
            row["sources"] = [r["source"]]
        if r["status"] == "not_ratified":
            year_note = "Not ratified as of: %s." % r["as_of"] if r.get("as_of") else None
        elif r.get("ratified"):
            row["valid_from"], year_note = year_end_or_day(r["ratified"], "ratification")
        elif r.get("known_by") and len(r["known_by"]) == 10:
            row["valid_from"] = r["known_by"]
            year_note = "The ratification date is not given; the source shows the country bound on %s." % r["known_by"]
        elif r.get("known_by"):
            row["valid_from"] = r["known_by"][:4] + "-12-31"
            year_note = "The ratification date is not given; the source shows the country bound by %s." % r["known_by"][:4]
        else:
            year_note = None
        if year_note:
            note.append(year_note)
        for key, label in (("parts_accepted", "Parts accepted"), ("branches_accepted", "Branches accepted")):
            if r.get(key):
                note.append("%s: %s." % (label, r[key] if isinstance(r[key], str) else ", ".join(map(str, r[key]))))
        if r.get("name_suffix_note"):
            note.append("NORMLEX note: " + r["name_suffix_note"])
        if r.get("note"):
            note.append(r["note"])
        if r.get("inferred"):
            row["inferred"] = True
        if note:
            row["note"] = " ".join(note)[:1000]
        if r["status"] == "denounced":
            ended = r.get("denunciation_effective") or r.get("denounced")
            gone = {"country": r["country"], "ratified": False, "quote": quote, "valid_from": ended,
                    "note": "Denounced: not bound from " + ended + "."}
            if "sources" in row:
                gone["sources"] = row["sources"]
            if r.get("ratified"):
                rows.append(row)
            rows.append(gone)
            continue
        rows.append(row)
    rows.sort(key=lambda x: (x["country"], x.get("valid_from", "")))
    return rows


def s12_rows(extract, conv):
    """Rows of a session-12 extract in the shape partial_rows reads: `status` ratified or not_ratified, `ratified`
    the date or year as the source gives it, `raw` the quote, `source` its first source."""
    rows = []
    sources = extract_sources(extract)
    for r in extract["rows"]:
        if r.get("convention", conv) != conv:
            continue
        row = {"country": r["country"], "convention": conv, "raw": r["quote"], "source": r["sources"][0],
               "status": "ratified" if r["ratified"] else "not_ratified"}
        # A row carried over from an earlier extract was read then, not in this session.
        row["accessed"] = ACCESSED if r.get("note", "").startswith("Carried over") else extract.get("accessed")
        for key in ("note", "inferred", "known_by", "as_of"):
            if r.get(key):
                row[key] = r[key]
        if r.get("source_url") and not is_citable(sources.get(row["source"])):
            row["source_url"] = r["source_url"]  # a pattern record (CEACR comments): the page is the row's own
        if r["ratified"] and r.get("ratified_date"):
            row["ratified"] = r["ratified_date"]
        rows.append(row)
    return rows


def c097_absent_rows(rows):
    """The C097 list is the whole list, alphabetical: a profiled country whose name sorts inside the part the copy
    shows, without a row there, had not ratified when the copy was taken; so had none of the countries the list's
    count rules out. Explicit inferred rows, so the table stays partial (every other country unknown)."""
    visible = ("not listed between \"Afrique du Sud\" and \"Kirghizistan\"",
               "NORMLEX lists every member State that ratified C097, in French alphabetical order; the stored copy "
               "(taken between Oct 2023 and Oct 2024) shows every row from \"Afrique du Sud\" to \"Kirghizistan\" and "
               "is cut at \"Ma…\". This country's French name sorts in that range and is not listed, so it had not "
               "ratified when the copy was taken.")
    counted = ("page header: \"54 ratifications\", \"Dénoncée: 0\"; rows after \"Kirghizistan\"",
               "The stored copy is cut after \"Kirghizistan\" (28 rows); the page counts 54 ratifications and no "
               "denunciation. 25 of the 26 rows after the cut are named by ILO pages (comments of the Committee of "
               "Experts, ILO news) and the 26th is Montenegro by the Netherlands' treaty database, not an ILO source; "
               "this country is none of them, so it had not ratified when the copy was taken (between Oct 2023 and "
               "Oct 2024). Wrong only if the 26th is not Montenegro.")
    with_rows = {r["country"] for r in rows}
    profiled = set(profile_countries())
    return [{"country": iso3, "ratified": False, "sources": ["normlex"], "inferred": True, "locator": locator,
             "note": note}
            for countries, (locator, note) in ((C097_VISIBLE_RANGE, visible), (C097_COUNTED_ABSENT, counted))
            for iso3 in countries if iso3 not in with_rows and iso3 in profiled]


def ilo_partial_tables():
    """Conventions without a complete copy of their NORMLEX list: only the ratifications ILO sources were read to
    state, one country at a time or from the visible part of a cut page. A country without a row stays unknown
    (no "complete" statement), except inside the visible range of the C097 list. A year-only ratification counts
    from the end of that year, so the table never claims the convention bound the country earlier than it did."""
    more = ilo_extract("ratifications-more.json")
    for conv in sorted(set(more["conventions"]) | set(NEWER_EXTRACTS)):
        extract = ilo_extract(NEWER_EXTRACTS[conv]) if conv in NEWER_EXTRACTS else more
        info = extract["conventions"].get(conv)
        rows_in = [r for r in extract["rows"] if r["convention"] == conv]
        srcs = extract_sources(extract)
        if conv in ROW_EXTRACTS:
            later = ilo_extract(ROW_EXTRACTS[conv])
            rows_in = [r for r in later["rows"] if r["convention"] == conv]
            srcs = dict(srcs, **extract_sources(later))
        if conv in S12_EXTRACTS:
            later = ilo_extract(S12_EXTRACTS[conv])
            rows_in = [r for r in s12_rows(later, conv) if conv not in S12_RATIFIED_ONLY or r["status"] == "ratified"]
            srcs = dict(srcs, **extract_sources(later))
        for name in S12_MORE_ROWS.get(conv, []):
            later = ilo_extract(name)
            added = [r for r in s12_rows(later, conv) if r["country"] in profile_countries()]
            rows_in = [r for r in rows_in if r["country"] not in {a["country"] for a in added}] + added
            srcs = dict(srcs, **extract_sources(later))
        if not info or not rows_in:
            continue
        page_url = ("https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:11300:0::NO:11300:P11300_INSTRUMENT_ID:%d:NO"
                    % info["normlex_instrument_id"])
        sources = [{"id": "normlex", "title": "Ratifications of " + conv + " - " + info["title"],
                    "publisher": "International Labour Organization (NORMLEX)", "url": page_url,
                    "accessed": ACCESSED}]
        copy = srcs.get("normlex-fr-c097") if conv == "C097" else (info.get("copy") or {})
        if copy and copy.get("url"):
            sources[0]["copy_url"] = copy["url"]
            sources[0]["copy_note"] = ("Read in a stored copy of the page that shows only its beginning (%s); the "
                                       "rows after the cut are not in this table." % copy.get("visible_range", "cut"))
        rows = partial_rows(rows_in, sources, srcs)
        for r in rows:  # rows of the visible list page cite the list itself
            r.setdefault("sources", ["normlex"])
        table = {
            "title": "Ratifications of " + conv + " - " + info["title"] + " (partial: the ratifications read so far)",
            "facts": {"ratified": "intl.ilo." + conv.lower()},
            "sources": sources,
        }
        if conv == "C097":
            rows = rows + c097_absent_rows(rows) + [hkg_row(conv, "ratified", sources)]
            rows.sort(key=lambda x: (x["country"], x.get("valid_from", "")))
        table["rows"] = rows
        write("ilo-" + conv.lower(), table)


def date_or_none(text):
    """A full YYYY-MM-DD date, else None (a year alone is kept in the note, never padded into a day)."""
    return text if text and len(text) == 10 else None


# Treaty actions after the tables' 2015 copy, read on the depositary's pages (UNTC status pages as at 2026-02-03,
# the UN monthly statement of December 2018) and reviewed entry by entry (treaties/s13-currency.md,
# review-s13-currency.md).
CURRENCY = "s13-currency.json"
CURRENCY_TREATY = {"icescr": "icescr", "cmw": "cmw_1990", "refugee_convention_1951": "refugee_convention_1951",
                   "refugee_protocol_1967": "refugee_protocol_1967"}


def currency_source(src):
    out = {k: src[k] for k in ("id", "title", "publisher", "url", "date", "copy_url", "copy_note") if src.get(k)}
    out["accessed"] = src.get("accessed", "2026-12-01")
    return out


def currency_rows(name, rows, sources):
    """Applies the later depositary records to a treaty table: updates the rows they make more precise, and adds a
    row for a country that became a party after the copy (its earlier row, a non-party read from the copy, stays
    and now speaks up to the new date). Where a full later list agrees with every row, its source is added to them.
    Returns the rows to add; changes `rows` and `sources` in place."""
    extract = json.load(open(os.path.join(here, "treaties", CURRENCY), encoding="utf-8"))
    by_id = {s["id"]: s for s in extract["sources"]}
    def cite(sid):
        if all(s["id"] != sid for s in sources):
            sources.append(currency_source(by_id[sid]))
        return sid
    added = []
    for lst in extract["lists"]:
        if CURRENCY_TREATY.get(lst["treaty"]) == name and lst.get("countries_checked", 0) >= len(profile_countries()):
            sid = cite(lst["source"])
            differ = {d["country"] for d in lst.get("disagreements", [])}
            for r in rows:
                if r["country"] not in differ and r["country"] != "HKG":
                    r["sources"] = r.get("sources", ["untc"]) + [sid]
                    r["note"] = (r.get("note", "") + " Agrees with the status page as at %s." % lst["status_as_of"]).strip()
    depositary = ("Read on the depositary's record (the source); the date is that of the deposit of the instrument "
                  "with the UN Secretary-General.")
    for c in extract["rows"]:
        if CURRENCY_TREATY.get(c["treaty"]) != name or c["action"] == "reservation_withdrawn" and c["country"] == "NLD":
            continue  # the Netherlands' withdrawal concerned the Antilles only: the row's value does not change
        sid = cite(c["sources"][0])
        old = next(r for r in rows if r["country"] == c["country"])
        if c["action"] == "reservation_withdrawn":  # no reservation left; read from the later page's silence
            old["reservations"] = []
            old["inferred"] = True
            old["note"] = (old.get("note", "") + " Reservations: none since %s, when it withdrew its only one (\"%s\"); "
                           "the later page lists no other." % (c["date"], c["quote"])).strip()[:1000]
            old["sources"] = list(dict.fromkeys(old.get("sources", ["untc"]) + [sid]))
        elif old["party"]:  # already a party: the depositary's record and date replace the secondary ones
            earlier = old.get("note", "")
            old.update({"valid_from": c["date"], "quote": c["quote"][:300], "sources": [sid],
                        "note": (depositary + " Earlier source: " + earlier)[:1000]})
            old.pop("inferred", None)
        else:
            new = {"country": c["country"], "party": True, "valid_from": c["date"], "quote": c["quote"][:300],
                   "sources": [sid], "note": depositary}
            if any("reservations" in r for r in rows):  # no heading for it in the later page's declarations section
                new["reservations"] = []
                new["inferred"] = True
                new["note"] += (" Party and date are explicit; no reservation is read from the silence of the page's "
                                "declarations section.")
            old["note"] = (old.get("note", "") + " Not a party before %s (later row)." % c["date"]).strip()[:1000]
            added.append(new)
    return added


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
    rows = rows + currency_rows(name, rows, sources)
    hong_kong = hkg_row({"cmw_1990": "migrant_workers_convention_1990"}.get(name, name), "party", sources)
    if hong_kong:
        rows.append(hong_kong)
    rows.sort(key=lambda x: (x["country"], x.get("valid_from", "")))
    cited = {"untc"} | {sid for r in rows for sid in r.get("sources", [])}
    sources = [s for s in sources if s["id"] in cited]  # a secondary source a depositary record replaced
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
