#!/usr/bin/env python3
"""Check NewsGraph's entity-only GraphML projection with networkx and python-igraph.

Usage:
  check_entity_graphml.py FILE --nodes N --edges M --statement-weight W
                          --relation-weight R [--expect-name NAME ...]

Both libraries must read the file as a directed graph of N entity nodes and
M edges with typed attributes: node `mentions`, `statements_by` and
`statements_about` integers, `size` a float at least 10, `type` an entity
type; edge `weight` a float equal to its integer `count`, `kind` statements
or relation (relations with a predicate). The weights of statements edges
must add up to W and those of relation edges to R. Prints a JSON summary;
exits 1 on any failure.
"""

import argparse
import json
import math
import sys

ENTITY_TYPES = {"person", "country", "organization", "event", "location", "group"}


class Checker:
    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition


def integral(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and not math.isnan(value) and value.is_integer()


def check_edges(tool, edges, args, check):
    totals = {"statements": 0.0, "relation": 0.0}
    for label, data in edges:
        kind = data.get("kind")
        weight = data.get("weight")
        check.expect(kind in totals, f"{tool}: {label}: kind {kind!r}")
        check.expect(isinstance(weight, float), f"{tool}: {label}: weight {weight!r} is not a float")
        check.expect(integral(data.get("count")) and weight == data.get("count"),
                     f"{tool}: {label}: weight {weight!r} is not its count {data.get('count')!r}")
        if kind == "relation":
            check.expect(isinstance(data.get("predicate"), str) and data.get("predicate"),
                         f"{tool}: {label}: relation without predicate")
        if kind in totals and isinstance(weight, float):
            totals[kind] += weight
    check.expect(totals["statements"] == args.statement_weight,
                 f"{tool}: statements weights add up to {totals['statements']}, expected {args.statement_weight}")
    check.expect(totals["relation"] == args.relation_weight,
                 f"{tool}: relation weights add up to {totals['relation']}, expected {args.relation_weight}")
    return totals


def check_nodes(tool, nodes, args, check, integer):
    names = set()
    for label, data in nodes:
        names.add(data.get("name"))
        check.expect(data.get("type") in ENTITY_TYPES, f"{tool}: {label}: type {data.get('type')!r}")
        for name in ("mentions", "statements_by", "statements_about"):
            check.expect(integer(data.get(name)), f"{tool}: {label}: {name} {data.get(name)!r} is not an integer")
        size = data.get("size")
        check.expect(isinstance(size, float) and size >= 10, f"{tool}: {label}: size {size!r}")
    for name in args.expect_name:
        check.expect(name in names, f"{tool}: no entity named {name!r}")


def check_networkx(path, args, check):
    import networkx as nx

    graph = nx.read_graphml(path)
    check.expect(graph.is_directed(), "networkx: not directed")
    check.expect(graph.number_of_nodes() == args.nodes, f"networkx: {graph.number_of_nodes()} nodes, expected {args.nodes}")
    check.expect(graph.number_of_edges() == args.edges, f"networkx: {graph.number_of_edges()} edges, expected {args.edges}")
    check_nodes("networkx", graph.nodes(data=True), args, check, lambda v: type(v) is int)
    edges = [(f"{s}->{t}", d) for s, t, d in graph.edges(data=True)]
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "weights": check_edges("networkx", edges, args, check)}


def check_igraph(path, args, check):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    check.expect(graph.is_directed(), "igraph: not directed")
    check.expect(graph.vcount() == args.nodes, f"igraph: {graph.vcount()} vertices, expected {args.nodes}")
    check.expect(graph.ecount() == args.edges, f"igraph: {graph.ecount()} edges, expected {args.edges}")
    nodes = [(v["id"] if "id" in graph.vs.attributes() else v.index, v.attributes()) for v in graph.vs]
    check_nodes("igraph", nodes, args, check, integral)
    edges = [(e.index, e.attributes()) for e in graph.es]
    weights = graph.es["weight"] if graph.ecount() else []
    check.expect(all(isinstance(w, float) for w in weights), "igraph: weights are not floats")
    return {"nodes": graph.vcount(), "edges": graph.ecount(),
            "weights": check_edges("igraph", edges, args, check)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--edges", type=int, required=True)
    parser.add_argument("--statement-weight", type=float, required=True)
    parser.add_argument("--relation-weight", type=float, required=True)
    parser.add_argument("--expect-name", action="append", default=[])
    args = parser.parse_args()
    check = Checker()
    summary = {}
    for name, function in (("networkx", check_networkx), ("igraph", check_igraph)):
        try:
            summary[name] = function(args.file, args, check)
        except Exception as error:
            check.expect(False, f"{name}: cannot read {args.file}: {type(error).__name__}: {error}")
    summary["failures"] = check.failures
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
