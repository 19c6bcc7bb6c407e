#!/usr/bin/env python3
"""Draw the Wikinews articles the dev gold annotates (docs/annotation.md).

usage: sample-dev-gold.py WIKINEWS_DEV.jsonl [--count N] [--seed S]

An article is "about international affairs" when its title and text name at least two
different states (by name, alias or demonym from our countries table) or one state and
an international organization. The selection is a seeded random sample of those, so
anyone can redraw it; the ids are printed one a line in draw order. The criterion reads
only the article, never what StanceGraph makes of it.
"""
import argparse, json, random, re

TABLE = "Sources/StanceGraphExtraction/Resources/countries.tsv"
ORGS = ["United Nations", "UN ", "U.N.", "NATO", "European Union", "EU ", "African Union", "ASEAN",
        "World Health Organization", "WHO ", "OPEC", "G7", "G20", "World Bank", "IMF", "Interpol",
        "Security Council", "Arab League", "OSCE", "WTO"]

def state_names():
    names = {}
    for line in open(TABLE, encoding="utf-8"):
        if line.startswith("#") or not line.strip(): continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] != "country" or len(cols) < 3: continue
        code = cols[1]
        for col in cols[2:5]:  # name, aliases, demonyms (capitals also name cities)
            for name in col.split("|"):
                name = name.strip()
                if len(name) >= 4 and name[0].isupper(): names[name] = code
    return names

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus"); ap.add_argument("--count", type=int, default=48); ap.add_argument("--seed", type=int, default=20261207)
    a = ap.parse_args()
    names = state_names()
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
    pool = []
    for line in open(a.corpus, encoding="utf-8"):
        r = json.loads(line)
        text = r["title"] + "\n" + r["text"]
        states = {names[m] for m in pattern.findall(text)}
        orgs = any(o in text for o in ORGS)
        if len(states) >= 2 or (states and orgs): pool.append(r["id"])
    random.Random(a.seed).shuffle(pool)
    print(f"# {len(pool)} international articles; the first {a.count} of the draw (seed {a.seed})")
    for i in pool[:a.count]: print(i)

if __name__ == "__main__":
    main()
