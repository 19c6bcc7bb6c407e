#!/usr/bin/env python3
"""Score a graph document against the project's dev gold, with totals over articles.

usage: score-dev-gold.py GRAPH.json [GOLD_DIR] [--scorer ../shared/eval/score.py] [--per-article]

Runs the shared scorer (`score.py --json`) on every gold file and prints, besides its
per-article means, the figures summed over all articles (micro averages), which do not
count an article without gold relations as relation recall 0:

- entities: recall of required gold entities, precision of predicted actors, type accuracy;
- relations: recall by pair and polarity, by label, by pair only, precision on known pairs,
  contradictions, dated relations right, articles with at least one predicted relation.
"""
import argparse, glob, json, os, subprocess, sys

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("gold", nargs="?", default=os.path.join(here, "..", "Tests", "Fixtures", "gold", "wikinews"))
    ap.add_argument("--scorer", default=os.path.join(here, "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--per-article", action="store_true")
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.gold, "*.json")))
    out = subprocess.run([sys.executable, a.scorer, a.graph, *files, "--json"], capture_output=True, text=True)
    if out.returncode not in (0, 1) or not out.stdout.strip():
        sys.exit(f"scorer failed: {out.stderr.strip()}")
    rows = json.loads(out.stdout)
    golds = {os.path.basename(f): json.load(open(f)) for f in files}
    ent_req = ent_found = pred = pred_ok = typed = typed_ok = 0
    rel_req = rel_pol = rel_lab = rel_pair = known = known_ok = contra = dated = dated_ok = with_rel = 0
    for row, f in zip(rows, files):
        g = golds[os.path.basename(f)]
        req = [e for e in g["entities"] if not e.get("optional")]
        ent_req += len(req); ent_found += round(row["entity_recall"] * max(1, len(req))) if req else 0
        n = row["entities_predicted"]; pred += n; pred_ok += round(row["entity_precision"] * max(1, n))
        m = round(row["entity_precision"] * max(1, n)); typed += m; typed_ok += round(row["type_accuracy"] * max(1, m))
        rr = [r for r in g["relations"] if not r.get("optional")]
        rel_req += len(rr)
        for key, acc in (("relation_recall", "pol"), ("label_recall", "lab"), ("pair_recall", "pair")):
            hits = round(row[key] * max(1, len(rr))) if rr else 0
            if acc == "pol": rel_pol += hits
            elif acc == "lab": rel_lab += hits
            else: rel_pair += hits
        k = row["relations_on_known_pairs"]; known += k; known_ok += round(row["relation_precision_known"] * max(1, k))
        contra += row["contradictions"]
        ok, n_d = map(int, row["relation_dates"].split("/")); dated += n_d; dated_ok += ok
        with_rel += row["relations_predicted"] > 0
        if a.per_article:
            print(f"{row['article']}: ent R={row['entity_recall']:.2f} P={row['entity_precision']:.2f} "
                  f"rel R={row['relation_recall']:.2f} P={row['relation_precision_known']:.2f} n={row['relations_predicted']}"
                  + (f"  missing: {', '.join(row['missing'])}" if row["missing"] else ""))
    def ratio(x, y): return x / y if y else 0.0
    print(f"articles {len(rows)}; with a predicted relation {with_rel}")
    print(f"entities: recall {ratio(ent_found, ent_req):.3f} ({ent_found}/{ent_req}), precision {ratio(pred_ok, pred):.3f} "
          f"({pred_ok}/{pred}), type accuracy {ratio(typed_ok, typed):.3f}")
    print(f"relations: recall {ratio(rel_pol, rel_req):.3f} ({rel_pol}/{rel_req}), label {ratio(rel_lab, rel_req):.3f}, "
          f"pair {ratio(rel_pair, rel_req):.3f}; precision on known pairs {ratio(known_ok, known):.3f} ({known_ok}/{known}), "
          f"contradictions {contra}; dates right {dated_ok}/{dated}")

if __name__ == "__main__":
    main()
