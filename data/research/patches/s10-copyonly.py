#!/usr/bin/env python3
"""Session 10: sources whose only address is a copy on a document-sharing host (url == copy_url) and whose
original could not be found (s10-sources.md) are removed, as session 9 did for DZA and NER: an entry keeps its
other sources, and an entry with none left is removed (unknown is honest). MKD's source gets the publisher's
project page as its url (s10-sources.json)."""
import collections, json, sys

DROP = {"ARG": "unhcr-guia-arg", "DJI": "saim-dji-factsheet", "GUY": "wrrga-guy-2020",
        "SOM": "unhcr-upr-som", "ZAF": "guide3-rights-duties"}

def load(cc):
    return json.load(open(f"data/profiles/{cc}.json"), object_pairs_hook=collections.OrderedDict)

def save(cc, d):
    with open(f"data/profiles/{cc}.json", "w") as f:
        f.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")

def drop_source(cc, sid):
    d = load(cc)
    d["sources"] = [s for s in d["sources"] if s["id"] != sid]
    for path in list(d["facts"]):
        entries = d["facts"][path]
        was_list = isinstance(entries, list)
        kept = []
        for e in entries if was_list else [entries]:
            if sid in e["sources"]:
                e["sources"] = [s for s in e["sources"] if s != sid]
                if not e["sources"]:
                    print(f"{cc} {path} group={e.get('group', 'primary')}: removed (no other source)")
                    continue
                print(f"{cc} {path} group={e.get('group', 'primary')}: kept on {e['sources']}")
            kept.append(e)
        if not kept: del d["facts"][path]
        else: d["facts"][path] = kept if was_list else kept[0]
    save(cc, d)

for cc, sid in DROP.items(): drop_source(cc, sid)
fix = json.load(open("data/research/patches/s10-sources.json"))["source_fixes"]
for f in fix:
    d = load(f["country"])
    d["sources"] = [f["new"] if s["id"] == f["source_id"] else s for s in d["sources"]]
    save(f["country"], d)
    print(f"{f['country']} {f['source_id']}: url now {f['new']['url']}")
