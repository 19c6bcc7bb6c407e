#!/usr/bin/env python3
"""Writes the fixture graphs of StanceGraphNetworkTests and the values networkx 3.x
gives for them, so the Swift tests can check every metric to 1e-9.

    python3 Scripts/networkx-fixtures.py            # rewrites Tests/StanceGraphNetworkTests/Fixtures/*.json

Run it again only when a fixture or a convention changes, and commit the JSON.

Conventions (the same ones docs/metrics.md documents for StanceGraph):
- Nodes are 0..n-1; edges are added in sorted order, so every adjacency list is
  ascending, as in StanceGraph's compressed sparse rows.
- "Weighted" shortest paths use length = 1 / weight (a stronger tie is a shorter
  path); the script stores that length as the edge attribute "distance".
- Iterative metrics run with a tolerance far tighter than networkx's default
  (ITERATION_TOLERANCE, same convergence tests as networkx) so the values are the
  converged ones; StanceGraph iterates to the same tolerance.
- HITS comes from networkx's reference power iteration (`_hits_python`), the
  algorithm StanceGraph follows; the script checks that it agrees with `nx.hits`.
- Louvain runs with a random generator whose shuffle keeps the node order, the one
  deterministic order StanceGraph uses (networkx otherwise shuffles the nodes).
- Structural balance has no networkx function: it is counted here by brute force
  over every triple of nodes, an implementation independent of StanceGraph's.
"""

import itertools
import json
import math
import os
import random
import sys

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python

ITERATION_TOLERANCE = 1e-12
MAX_ITERATIONS = 10_000
SAMPLE_SEED = 7
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "StanceGraphNetworkTests", "Fixtures")


class KeepOrder(random.Random):
    """A generator whose shuffle leaves the list alone: Louvain then visits nodes in index order."""

    def shuffle(self, x, *args, **kwargs):
        return None


def build(node_count, edges, directed):
    """A graph with nodes 0..n-1 and (u, v, weight) edges added in sorted order."""
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(node_count))
    normalized = []
    for u, v, w in edges:
        if not directed and v < u:
            u, v = v, u
        normalized.append((u, v, w))
    for u, v, w in sorted(normalized):
        G.add_edge(u, v, weight=w, distance=1.0 / w)
    return G


def column(values, n):
    return [float(values[i]) for i in range(n)]


def louvain(G):
    communities = nx.community.louvain_communities(G, weight="weight", seed=KeepOrder())
    ordered = sorted(sorted(c) for c in communities)
    return {
        "communities": ordered,
        "modularity": nx.community.modularity(G, communities, weight="weight"),
    }


def undirected_expected(G):
    n = G.number_of_nodes()
    expected = {
        "degree": column(dict(G.degree()), n),
        "strength": column(dict(G.degree(weight="weight")), n),
        "betweenness": column(nx.betweenness_centrality(G), n),
        "betweenness_unnormalized": column(nx.betweenness_centrality(G, normalized=False), n),
        "betweenness_weighted": column(nx.betweenness_centrality(G, weight="distance"), n),
        "closeness": column(nx.closeness_centrality(G), n),
        "closeness_weighted": column(nx.closeness_centrality(G, distance="distance"), n),
        "pagerank": column(nx.pagerank(G, weight="weight", tol=ITERATION_TOLERANCE, max_iter=MAX_ITERATIONS), n),
        "pagerank_unweighted": column(nx.pagerank(G, weight=None, tol=ITERATION_TOLERANCE, max_iter=MAX_ITERATIONS), n),
    }
    if n > 0:
        expected["eigenvector"] = column(nx.eigenvector_centrality(
            G, weight="weight", tol=ITERATION_TOLERANCE, max_iter=MAX_ITERATIONS), n)
        expected["eigenvector_unweighted"] = column(nx.eigenvector_centrality(
            G, tol=ITERATION_TOLERANCE, max_iter=MAX_ITERATIONS), n)
    return expected


def directed_expected(G):
    n = G.number_of_nodes()
    hubs, authorities = _hits_python(G, max_iter=MAX_ITERATIONS, tol=ITERATION_TOLERANCE)
    reference_hubs, reference_authorities = nx.hits(G, max_iter=MAX_ITERATIONS)
    for i in range(n):
        if abs(hubs[i] - reference_hubs[i]) > 1e-6 or abs(authorities[i] - reference_authorities[i]) > 1e-6:
            sys.exit(f"HITS power iteration and nx.hits disagree at node {i}; pick a graph with a unique principal singular vector")
    expected = {
        "in_degree": column(dict(G.in_degree()), n),
        "out_degree": column(dict(G.out_degree()), n),
        "betweenness": column(nx.betweenness_centrality(G), n),
        "betweenness_unnormalized": column(nx.betweenness_centrality(G, normalized=False), n),
        "betweenness_weighted": column(nx.betweenness_centrality(G, weight="distance"), n),
        "closeness": column(nx.closeness_centrality(G), n),
        "closeness_weighted": column(nx.closeness_centrality(G, distance="distance"), n),
        "pagerank": column(nx.pagerank(G, weight="weight", tol=ITERATION_TOLERANCE, max_iter=MAX_ITERATIONS), n),
        "hub": column(hubs, n),
        "authority": column(authorities, n),
    }
    try:
        expected["eigenvector"] = column(nx.eigenvector_centrality(
            G, weight="weight", tol=ITERATION_TOLERANCE, max_iter=MAX_ITERATIONS), n)
    except nx.PowerIterationFailedConvergence:
        pass
    return expected


def sampled_betweenness(G, sample_sizes):
    runs = []
    for k in sample_sizes:
        # networkx draws the sources with random.Random(seed).sample(list(G), k).
        sources = random.Random(SAMPLE_SEED).sample(list(G.nodes()), k)
        for normalized in (True, False):
            values = nx.betweenness_centrality(G, k=k, normalized=normalized, seed=SAMPLE_SEED)
            runs.append({"sources": sources, "normalized": normalized,
                         "values": column(values, G.number_of_nodes())})
    return runs


def write(name, payload):
    path = os.path.join(OUT, f"{name}.json")
    with open(path, "w") as handle:
        json.dump(payload, handle, indent=1, sort_keys=True)
        handle.write("\n")
    print(f"wrote {os.path.relpath(path)}")


def graph_fixture(name, description, node_count, edges, directed=False, samples=(), with_louvain=True):
    G = build(node_count, edges, directed)
    payload = {
        "name": name,
        "description": description,
        "directed": directed,
        "node_count": node_count,
        "edges": [[u, v, w] for u, v, w in sorted((u, v, d["weight"]) for u, v, d in G.edges(data=True))],
        "iteration_tolerance": ITERATION_TOLERANCE,
        "expected": directed_expected(G) if directed else undirected_expected(G),
    }
    if samples:
        payload["sampled_betweenness"] = sampled_betweenness(G, samples)
    if with_louvain and not directed:
        payload["louvain"] = louvain(G)
    write(name, payload)


def signed_fixture(name, description, node_count, pairs):
    """pairs: (u, v, positive weight, negative weight) for one unordered pair each."""
    n = node_count
    sign = {}
    positive_degree = [0] * n
    negative_degree = [0] * n
    net_stance = [0.0] * n
    for u, v, positive, negative in pairs:
        net = positive - negative
        for a in (u, v):
            positive_degree[a] += 1 if positive > 0 else 0
            negative_degree[a] += 1 if negative > 0 else 0
            net_stance[a] += net
        if net != 0:
            sign[frozenset((u, v))] = 1 if net > 0 else -1
    balanced, unbalanced = 0, []
    for a, b, c in itertools.combinations(range(n), 3):
        edges = [frozenset((a, b)), frozenset((b, c)), frozenset((a, c))]
        if all(e in sign for e in edges):
            product = math.prod(sign[e] for e in edges)
            if product > 0:
                balanced += 1
            else:
                unbalanced.append([a, b, c])
    triangles = balanced + len(unbalanced)
    positive_graph = build(n, [(u, v, p - q) for u, v, p, q in pairs if p - q > 0], directed=False)
    write(name, {
        "name": name,
        "description": description,
        "node_count": n,
        "signed_pairs": [list(p) for p in pairs],
        "expected": {
            "positive_degree": [float(x) for x in positive_degree],
            "negative_degree": [float(x) for x in negative_degree],
            "net_stance": net_stance,
        },
        "balance": {
            "triangles": triangles,
            "balanced": balanced,
            "unbalanced": unbalanced,
            "balanced_share": balanced / triangles if triangles else None,
        },
        "louvain": louvain(positive_graph),
    })


def unit(edges):
    return [(u, v, 1) for u, v in edges]


def main():
    os.makedirs(OUT, exist_ok=True)
    graph_fixture("star", "A centre joined to five leaves.", 6, unit((0, i) for i in range(1, 6)))
    graph_fixture("path", "Six nodes in a line.", 6, unit((i, i + 1) for i in range(5)))
    graph_fixture("complete5", "The complete graph K5.", 5, unit(itertools.combinations(range(5), 2)))
    graph_fixture("krackhardt-kite", "Krackhardt's kite (1990), the classic betweenness-versus-degree example.",
                  10, unit(nx.krackhardt_kite_graph().edges()), samples=(4,))
    karate = nx.karate_club_graph()
    graph_fixture("karate-club", "Zachary's karate club (1977), with the interaction counts as weights.",
                  34, [(u, v, d["weight"]) for u, v, d in karate.edges(data=True)], samples=(10,))
    graph_fixture("weighted-ties", "Weighted paths that tie exactly (1/2 + 1/2 = 1) and one that does not.", 7,
                  [(0, 1, 2), (1, 3, 2), (0, 2, 1), (2, 3, 1), (0, 3, 1), (3, 4, 4), (4, 5, 1), (3, 5, 3),
                   (5, 6, 2), (1, 2, 5)])
    graph_fixture("disconnected", "Two components and two isolated nodes.", 9,
                  [(0, 1, 1), (1, 2, 2), (2, 0, 1), (2, 3, 1), (4, 5, 3), (5, 6, 1)], samples=(3,))
    graph_fixture("self-loops", "A small weighted graph with self-loops on two nodes.", 5,
                  [(0, 0, 2), (0, 1, 1), (1, 2, 3), (2, 2, 1), (2, 3, 1), (3, 4, 2), (1, 3, 1)])
    graph_fixture("two-blocs", "Two four-cliques joined by one bridge, plus a pendant.", 9,
                  unit(list(itertools.combinations(range(4), 2)) + list(itertools.combinations(range(4, 8), 2))
                       + [(3, 4), (7, 8)]))
    rng = random.Random(2024)
    sparse = nx.gnm_random_graph(60, 150, seed=11)
    graph_fixture("random-gnm", "A seeded G(n, m) random graph (60 nodes, 150 edges) with weights 1-5.", 60,
                  [(u, v, rng.randint(1, 5)) for u, v in sparse.edges()], samples=(12, 60))
    graph_fixture("directed", "A directed graph with a cycle, a sink, a source, a self-loop and an isolated node.", 8,
                  [(0, 1, 1), (1, 2, 2), (2, 0, 1), (2, 3, 1), (3, 4, 3), (1, 4, 1), (5, 1, 2), (5, 3, 1),
                   (4, 2, 1), (6, 6, 1), (6, 4, 2)], directed=True, samples=(3,))
    directed_random = nx.gnm_random_graph(40, 120, seed=5, directed=True)
    graph_fixture("random-directed", "A seeded directed G(n, m) random graph (40 nodes, 120 arcs) with weights 1-4.",
                  40, [(u, v, rng.randint(1, 4)) for u, v in directed_random.edges()], directed=True, samples=(8,))
    signed_fixture("signed", "Two friendly camps hostile to each other, a pair with mixed stances and a tie.", 9, [
        (0, 1, 3, 0), (0, 2, 2, 0), (1, 2, 1, 0),            # camp A: all positive
        (3, 4, 2, 0), (3, 5, 1, 0), (4, 5, 2, 1),            # camp B: positive (4-5 mixed, net +1)
        (0, 3, 0, 2), (1, 4, 0, 1), (2, 5, 1, 3),            # A against B
        (1, 3, 0, 1), (0, 4, 1, 0),                          # 0-4 positive across: unbalanced triangles
        (6, 7, 1, 1),                                        # tie: dropped from balance and blocs
        (6, 8, 0, 2), (7, 8, 0, 1),
    ])


if __name__ == "__main__":
    main()
