"""Loads a StanceGraph export with the program its users would load it with, and
prints what that program read, as JSON, for Tests/StanceGraphCLITests/ConsumerCLITests.

usage: read_export.py READER PATH NODE_ID EDGE_KEY

READER is one of networkx-graphml, networkx-gexf, networkx-nodelink,
networkx-cytoscape, igraph-graphml, jsonschema (PATH is then the document and
NODE_ID the schema). Prints {"nodes": N, "edges": M, "node": {...}, "edge": {...}}
with the attributes the reader gave the node NODE_ID and the edge EDGE_KEY
(found by key in networkx, by its source, target and stance in igraph).
"""
import inspect
import json
import sys


def plain(value):
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float) and value != value:  # NaN: igraph's missing number
        return None
    return value


def networkx_summary(graph, node_id, edge_key):
    node = dict(graph.nodes[node_id])
    edge = None
    for source, target, key, data in graph.edges(keys=True, data=True):
        if key == edge_key:
            edge = dict(data, source=source, target=target)
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "directed": graph.is_directed(),
            "node": {k: plain(v) for k, v in node.items()}, "edge": {k: plain(v) for k, v in (edge or {}).items()}}


def main():
    reader, path, node_id, edge_key = sys.argv[1:5]
    if reader == "jsonschema":
        import jsonschema
        schema = json.load(open(node_id, encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(path, encoding="utf-8"))),
                        key=lambda e: list(e.path))
        print(json.dumps({"errors": [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:20]]}))
        return
    if reader.startswith("networkx"):
        import networkx as nx
        if reader == "networkx-graphml":
            graph = nx.read_graphml(path)
        elif reader == "networkx-gexf":
            graph = nx.read_gexf(path)
        elif reader == "networkx-nodelink":
            data = json.load(open(path, encoding="utf-8"))
            parameters = inspect.signature(nx.node_link_graph).parameters
            # networkx 3.4+ names the edge list with edges=; earlier releases with link=.
            graph = nx.node_link_graph(data, edges="edges") if "edges" in parameters else nx.node_link_graph(data, link="edges")
        else:
            graph = nx.cytoscape_graph(json.load(open(path, encoding="utf-8")))
        print(json.dumps(networkx_summary(graph, node_id, edge_key)))
        return
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    vertex = graph.vs.find(id=node_id)
    source, target, stance = edge_key.split("|")
    edge = None
    for candidate in graph.es:
        if (graph.vs[candidate.source]["id"], graph.vs[candidate.target]["id"], candidate["stance"]) == (source, target, stance):
            edge = candidate
    print(json.dumps({"nodes": graph.vcount(), "edges": graph.ecount(), "directed": graph.is_directed(),
                      "node": {k: plain(v) for k, v in vertex.attributes().items()},
                      "edge": {k: plain(v) for k, v in (edge.attributes() if edge else {}).items()}}))


if __name__ == "__main__":
    main()
