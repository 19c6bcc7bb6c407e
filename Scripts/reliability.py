#!/usr/bin/env python3
"""Reliability table of relation confidence against hand gold (docs/stances.md, Confidence).

usage: reliability.py GRAPH.json [GOLD_DIR] [--bins 0.5,0.6,0.7,0.8,0.9,1.0] [--by-stance]

A predicted stance relation is judged when both its ends map to gold entities of its
article (the shared scorer's matching: any alias, people rolled up to their country): it
is right when the gold holds a relation on that pair with the same polarity, wrong
otherwise. Relations with an end outside the gold are not judged. For each confidence
bin the table gives the number judged, the share right and the mean confidence: a
calibrated extractor has the two about equal. `--by-stance` adds precision by stance.
"""
import argparse, glob, json, os, sys

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("gold", nargs="?", default=os.path.join(here, "..", "Tests", "Fixtures", "gold", "wikinews"))
    ap.add_argument("--scorer-dir", default=os.path.join(here, "..", "..", "shared", "eval"))
    ap.add_argument("--bins", default="0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.0")
    ap.add_argument("--by-stance", action="store_true")
    ap.add_argument("--dump", help="write every judged relation (confidence, right, stance, trigger) as JSON Lines")
    a = ap.parse_args()
    sys.path.insert(0, a.scorer_dir)
    from score import norm, names_of, POLARITY
    doc = json.load(open(a.graph))
    entities = {e["id"]: e for e in doc["entities"]}
    judged = []
    for path in sorted(glob.glob(os.path.join(a.gold, "*.json"))):
        gold = json.load(open(path))
        alias = {}
        for e in gold["entities"]:
            for name in [e["name"]] + e.get("aliases", []): alias.setdefault(norm(name), e["name"])
        kind = {e["name"]: e["type"] for e in gold["entities"]}
        country = {e["name"]: e.get("country") for e in gold["entities"]}
        def roll(name):
            return (country.get(name) or name) if kind.get(name) == "person" else name
        def gold_of(entity_id):
            hits = [alias[n] for n in names_of(entities.get(entity_id, {})) if n in alias]
            return max(set(hits), key=hits.count) if hits else None
        pairs = {}
        for r in gold["relations"]:
            pairs.setdefault(frozenset((roll(r["a"]), roll(r["b"]))), set()).add(POLARITY[r["stance"]])
        for r in doc["relations"]:
            if r.get("article") != gold["article"] or r.get("kind", "stance") != "stance": continue
            a_, b_ = gold_of(r["source"]), gold_of(r["target"])
            if not a_ or not b_: continue
            pair = frozenset((roll(a_), roll(b_)))
            if len(pair) < 2: continue
            right = POLARITY[r["stance"]] in pairs.get(pair, set())
            judged.append({"confidence": r["confidence"], "right": right, "stance": r["stance"],
                           "trigger": r.get("trigger"), "article": gold["article"], "modality": r.get("modality")})
    if a.dump:
        with open(a.dump, "w") as out:
            for row in judged: out.write(json.dumps(row) + "\n")
    edges = [float(x) for x in a.bins.split(",")]
    print(f"{len(judged)} relations judged (both ends in the gold)")
    print("| confidence | relations | right | mean confidence |")
    print("|---|---|---|---|")
    low = 0.0
    for high in edges:
        rows = [j for j in judged if low <= j["confidence"] < high or (high == edges[-1] and j["confidence"] == high)]
        if rows:
            right = sum(j["right"] for j in rows) / len(rows)
            mean = sum(j["confidence"] for j in rows) / len(rows)
            print(f"| {low:.2f}-{high:.2f} | {len(rows)} | {right:.2f} | {mean:.2f} |")
        low = high
    if judged:
        print(f"all: {sum(j['right'] for j in judged)}/{len(judged)} right")
    if a.by_stance:
        print("| stance | relations | right |")
        print("|---|---|---|")
        for stance in sorted(set(j["stance"] for j in judged)):
            rows = [j for j in judged if j["stance"] == stance]
            print(f"| {stance} | {len(rows)} | {sum(j['right'] for j in rows) / len(rows):.2f} |")

if __name__ == "__main__":
    main()
