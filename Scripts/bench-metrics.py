#!/usr/bin/env python3
"""Times `stancegraph metrics` side by side with networkx and igraph on a
Barabasi-Albert graph, and writes the figures to bench-results/metrics.tsv.

    python3 Scripts/bench-metrics.py [--nodes 20000] [--attach 2] [--seed 42] [--skip-networkx]

Run after `make build` (`make bench` does both). The graph is
generated with networkx (seeded) and written twice under bench-results/metrics/:
as a StanceGraph JSON graph document (countries and organizations, one stance
relation per edge, each with an article, a date and an evidence sentence) and as
a plain edge list. Then it measures, on this machine:

- StanceGraph's whole process `stancegraph metrics GRAPH.json --metrics M --format json`
  (read, view, compute, write JSON), wall time and peak memory from /usr/bin/time,
  for exact betweenness (all cores and one thread), PageRank and eigenvector;
- igraph (python-igraph, one core) on the edge list, timing the call only;
- networkx: PageRank and eigenvector timed; exact betweenness estimated by timing
  k=200 sampled sources and scaling by n/200, since the full run takes most of an hour.

It also checks that StanceGraph's exact betweenness agrees with igraph's. Each row
records wall and CPU seconds and the one-minute load average: on a shared machine
compare runs made at a low load, or compare CPU seconds.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BINARY = os.path.join(ROOT, ".build", "release", "stancegraph")
OUT = os.path.join(ROOT, "bench-results")
STANCES = ["cooperation", "consultation", "support", "agreement", "concern", "condemnation",
           "demand", "sanction", "threat", "conflict", "denial"]
POSITIVE = {"cooperation", "consultation", "support", "agreement"}
MUTUAL = {"cooperation", "consultation", "agreement", "conflict"}


def write_document(graph, path, articles=500):
    """A GraphDocument with one entity per node and one stance relation per edge."""
    entities = []
    for node in graph.nodes():
        kind = "country" if node % 5 else "organization"
        entities.append({"id": f"{kind}:bench-{node:06d}", "name": f"Actor {node}", "type": kind,
                         "aliases": [], "mentions": []})
    ids = [e["id"] for e in entities]
    article_list = []
    for index in range(articles):
        article_list.append({"id": f"bench-{index:04d}", "date": f"2024-{index % 12 + 1:02d}-{index % 28 + 1:02d}",
                             "text": "A synthetic article body for the metrics benchmark.", "metadata": {}})
    relations = []
    for index, (u, v) in enumerate(sorted(graph.edges())):
        stance = STANCES[index % len(STANCES)]
        article = article_list[index % articles]
        sentence = f"Actor {u} and Actor {v} were reported together in a synthetic sentence."
        relations.append({
            "id": f"{article['id']}-r{index}", "kind": "stance", "source": ids[u], "target": ids[v],
            "stance": stance, "polarity": 1 if stance in POSITIVE else -1, "directed": stance not in MUTUAL,
            "modality": "asserted", "date": article["date"], "dateOrigin": "article", "article": article["id"],
            "evidence": {"text": sentence, "start": 0, "end": len(sentence)}, "trigger": stance,
            "confidence": 0.9,
        })
    with open(path, "w") as handle:
        json.dump({"version": 1, "articles": article_list, "entities": entities, "relations": relations},
                  handle, sort_keys=True)


def run_timed(arguments):
    """Wall seconds, CPU seconds (user + system) and peak RSS (MiB) of a whole
    process, from /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + arguments, check=True,
                       stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        rss, cpu = 0.0, 0.0
        for line in report.read().splitlines():
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1]) / 1024
            if "User time" in line or "System time" in line:
                cpu += float(line.split(":")[1])
        return wall, cpu, rss


def timed(body):
    """Wall and CPU seconds of a call, and its result."""
    start, start_cpu = time.perf_counter(), time.process_time()
    result = body()
    return time.perf_counter() - start, time.process_time() - start_cpu, result


def load_average():
    return os.getloadavg()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--attach", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--skip-networkx", action="store_true", help="skip the slow networkx estimate")
    args = parser.parse_args()
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"{BINARY} not found; run `make build` first")

    folder = os.path.join(OUT, "metrics")
    os.makedirs(folder, exist_ok=True)
    stem = f"ba-{args.nodes}-{args.attach}-{args.seed}"
    document = os.path.join(folder, f"{stem}.json")
    edge_list = os.path.join(folder, f"{stem}.edges")
    G = nx.barabasi_albert_graph(args.nodes, args.attach, seed=args.seed)
    if not os.path.exists(document):
        write_document(G, document)
        nx.write_edgelist(G, edge_list, data=False)
    n, m = G.number_of_nodes(), G.number_of_edges()
    size = os.path.getsize(document) / 1e6
    print(f"graph: Barabasi-Albert n={n} m={m} ({size:.1f} MB of JSON)", file=sys.stderr)

    rows = []

    def record(tool, task, seconds, cpu=None, memory=None, note=""):
        rows.append((tool, task, f"{seconds:.3f}", f"{cpu:.3f}" if cpu is not None else "",
                     f"{memory:.0f}" if memory else "", f"{load_average():.1f}", note))
        cpu_text = f"{cpu:9.3f} s CPU" if cpu is not None else " " * 15
        print(f"{tool:12} {task:48} {seconds:9.3f} s {cpu_text}  {note}", file=sys.stderr)

    cores = os.cpu_count() or 1
    output = os.path.join(folder, f"{stem}.betweenness.json")
    for threads in sorted({cores, 1}, reverse=True):
        wall, cpu, rss = run_timed([BINARY, "metrics", document, "--metrics", "betweenness", "--format", "json",
                                    "--threads", str(threads), "-o", output])
        record("stancegraph", f"betweenness exact, process, {threads} thread(s)", wall, cpu, rss, "JSON in and out")
    for metric in ("pagerank", "eigenvector"):
        wall, cpu, rss = run_timed([BINARY, "metrics", document, "--metrics", metric, "--format", "json",
                                    "-o", os.devnull])
        record("stancegraph", f"{metric}, process", wall, cpu, rss, "JSON in and out")
    # The in-process split: decoding the document versus computing.
    bench = os.path.join(ROOT, ".build", "release", "stancegraph-bench")
    if os.access(bench, os.X_OK):
        lines = subprocess.run([bench, "metrics", document, "--quick"], check=True,
                               capture_output=True, text=True).stdout.splitlines()
        for line in lines:
            suite, measurement, value, unit = line.split("\t")
            seconds = float(value) / 1000 if unit == "ms" else float(value) if unit == "s" else None
            if seconds is not None:
                record("stancegraph", f"{measurement}, in process", seconds)

    g = igraph.Graph(n=n, edges=list(G.edges()))
    seconds, cpu, reference = timed(lambda: g.betweenness(directed=False))
    record("igraph", "betweenness exact, 1 core", seconds, cpu, note="call only")
    seconds, cpu, _ = timed(lambda: g.pagerank(damping=0.85))
    record("igraph", "pagerank", seconds, cpu, note="call only")
    seconds, cpu, _ = timed(lambda: g.eigenvector_centrality(scale=False))
    record("igraph", "eigenvector", seconds, cpu, note="call only")

    # StanceGraph's normalized betweenness against igraph's raw pair counts.
    with open(output) as handle:
        ours = {int(row["id"].rsplit("-", 1)[1]): row["betweenness"] for row in json.load(handle)}
    scale = 2 / ((n - 1) * (n - 2))
    worst = max(abs(ours[v] - reference[v] * scale) / max(reference[v] * scale, 1e-12) for v in range(n)
                if reference[v] > 0)
    print(f"stancegraph vs igraph betweenness: largest relative difference {worst:.2e}", file=sys.stderr)
    rows.append(("check", "betweenness vs igraph, largest relative difference", f"{worst:.2e}", "", "", "", ""))

    seconds, cpu, _ = timed(lambda: nx.pagerank(G))
    record("networkx", "pagerank", seconds, cpu)
    seconds, cpu, _ = timed(lambda: nx.eigenvector_centrality(G, max_iter=1000))
    record("networkx", "eigenvector", seconds, cpu)
    if not args.skip_networkx:
        k = 200
        seconds, cpu, _ = timed(lambda: nx.betweenness_centrality(G, k=k, seed=1))
        record("networkx", "betweenness exact, 1 core (estimated)", seconds * n / k, cpu * n / k,
               note=f"k={k} sources took {seconds:.1f} s, scaled by n/k")

    tsv = os.path.join(OUT, "metrics.tsv")
    with open(tsv, "w") as handle:
        handle.write(f"# Barabasi-Albert n={n} m={m}, {cores} cores\n")
        handle.write("tool\ttask\twall_seconds\tcpu_seconds\tpeak_rss_mib\tload_average\tnote\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"wrote {os.path.relpath(tsv)}", file=sys.stderr)


if __name__ == "__main__":
    main()
