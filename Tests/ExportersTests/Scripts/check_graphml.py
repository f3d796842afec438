#!/usr/bin/env python3
"""Check a NewsGraph GraphML file with networkx and python-igraph.

Usage:
  check_graphml.py FILE --nodes N --edges M [--entities E] [--statements S]
                   [--expect-name NAME ...]

Both libraries must read the file as a directed graph with N nodes and M
edges, and keep the declared attribute types: entity `mentions` and
statement `start`/`end` are integers (igraph stores numbers as floats, so
integral floats pass there), `aliases` and `documents` are strings holding
JSON arrays of strings, `type` is an entity type, every edge's `weight` is
the float 1.0. Every --expect-name must be
some node's `name` in both. Prints a JSON summary; exits 1 on any failure.
"""

import argparse
import json
import math
import sys

ENTITY_TYPES = {"person", "country", "organization", "event", "location", "group"}
STATEMENT_KINDS = {"direct", "indirect", "mixed"}
EDGE_KINDS = {"said", "about", "relation"}


class Checker:
    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition


def is_json_string_list(value):
    if not isinstance(value, str):
        return False
    try:
        decoded = json.loads(value)
    except ValueError:
        return False
    return isinstance(decoded, list) and all(isinstance(item, str) for item in decoded)


def is_json_list(value):
    if not isinstance(value, str):
        return False
    try:
        return isinstance(json.loads(value), list)
    except ValueError:
        return False


def is_integral(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and not math.isnan(value) and value.is_integer()


def check_networkx(path, args, check):
    import networkx as nx

    graph = nx.read_graphml(path)
    check.expect(graph.is_directed(), "networkx: graph is not directed")
    check.expect(graph.number_of_nodes() == args.nodes,
                 f"networkx: {graph.number_of_nodes()} nodes, expected {args.nodes}")
    check.expect(graph.number_of_edges() == args.edges,
                 f"networkx: {graph.number_of_edges()} edges, expected {args.edges}")
    check.expect(is_json_list(graph.graph.get("documents")),
                 "networkx: graph attribute documents is not a JSON array")
    entities = statements = 0
    names = set()
    for node, data in graph.nodes(data=True):
        kind = data.get("kind")
        if kind == "entity":
            entities += 1
            names.add(data.get("name"))
            check.expect(data.get("type") in ENTITY_TYPES, f"networkx: {node}: bad type {data.get('type')!r}")
            check.expect(isinstance(data.get("name"), str), f"networkx: {node}: name is not a string")
            check.expect(type(data.get("mentions")) is int, f"networkx: {node}: mentions is not an int")
            check.expect(is_json_string_list(data.get("aliases")), f"networkx: {node}: aliases is not a JSON string array")
            check.expect(is_json_string_list(data.get("documents")), f"networkx: {node}: documents is not a JSON string array")
        elif kind == "statement":
            statements += 1
            check.expect(isinstance(data.get("text"), str), f"networkx: {node}: text is not a string")
            check.expect(data.get("statement_kind") in STATEMENT_KINDS, f"networkx: {node}: bad statement_kind")
            check.expect(type(data.get("start")) is int, f"networkx: {node}: start is not an int")
            check.expect(type(data.get("end")) is int, f"networkx: {node}: end is not an int")
            check.expect(isinstance(data.get("document"), str), f"networkx: {node}: document is not a string")
        else:
            check.expect(False, f"networkx: {node}: unknown kind {kind!r}")
    for source, target, data in graph.edges(data=True):
        kind = data.get("kind")
        check.expect(kind in EDGE_KINDS, f"networkx: {source}->{target}: unknown kind {kind!r}")
        check.expect(data.get("weight") == 1.0 and type(data.get("weight")) is float,
                     f"networkx: {source}->{target}: weight {data.get('weight')!r} is not the float 1.0")
        if kind == "relation":
            check.expect(isinstance(data.get("predicate"), str), f"networkx: {source}->{target}: no predicate")
            check.expect(type(data.get("evidence_start")) is int, f"networkx: {source}->{target}: evidence_start is not an int")
            check.expect(type(data.get("evidence_end")) is int, f"networkx: {source}->{target}: evidence_end is not an int")
    if args.entities is not None:
        check.expect(entities == args.entities, f"networkx: {entities} entities, expected {args.entities}")
    if args.statements is not None:
        check.expect(statements == args.statements, f"networkx: {statements} statements, expected {args.statements}")
    for name in args.expect_name:
        check.expect(name in names, f"networkx: no entity named {name!r}")
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "entities": entities, "statements": statements}


def check_igraph(path, args, check):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    check.expect(graph.is_directed(), "igraph: graph is not directed")
    check.expect(graph.vcount() == args.nodes, f"igraph: {graph.vcount()} vertices, expected {args.nodes}")
    check.expect(graph.ecount() == args.edges, f"igraph: {graph.ecount()} edges, expected {args.edges}")
    attributes = set(graph.vs.attributes())
    for required in ("kind", "type", "name", "aliases", "mentions", "text", "start", "end"):
        check.expect(required in attributes, f"igraph: no vertex attribute {required!r}")
    entities = statements = 0
    names = set()
    for vertex in graph.vs:
        kind = vertex["kind"]
        label = vertex["id"] if "id" in attributes else vertex.index
        if kind == "entity":
            entities += 1
            names.add(vertex["name"])
            check.expect(vertex["type"] in ENTITY_TYPES, f"igraph: {label}: bad type")
            check.expect(is_integral(vertex["mentions"]), f"igraph: {label}: mentions is not numeric")
            check.expect(is_json_string_list(vertex["aliases"]), f"igraph: {label}: aliases is not a JSON string array")
        elif kind == "statement":
            statements += 1
            check.expect(isinstance(vertex["text"], str), f"igraph: {label}: text is not a string")
            check.expect(is_integral(vertex["start"]), f"igraph: {label}: start is not numeric")
            check.expect(is_integral(vertex["end"]), f"igraph: {label}: end is not numeric")
        else:
            check.expect(False, f"igraph: {label}: unknown kind {kind!r}")
    for edge in graph.es:
        check.expect(edge["weight"] == 1.0 and isinstance(edge["weight"], float),
                     f"igraph: edge {edge.index}: weight {edge['weight']!r} is not the float 1.0")
        if edge["kind"] == "relation":
            check.expect(is_integral(edge["evidence_start"]), "igraph: evidence_start is not numeric")
    if args.entities is not None:
        check.expect(entities == args.entities, f"igraph: {entities} entities, expected {args.entities}")
    if args.statements is not None:
        check.expect(statements == args.statements, f"igraph: {statements} statements, expected {args.statements}")
    for name in args.expect_name:
        check.expect(name in names, f"igraph: no entity named {name!r}")
    return {"nodes": graph.vcount(), "edges": graph.ecount(),
            "entities": entities, "statements": statements}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--edges", type=int, required=True)
    parser.add_argument("--entities", type=int)
    parser.add_argument("--statements", type=int)
    parser.add_argument("--expect-name", action="append", default=[])
    args = parser.parse_args()

    check = Checker()
    summary = {}
    for name, function in (("networkx", check_networkx), ("igraph", check_igraph)):
        try:
            summary[name] = function(args.file, args, check)
        except Exception as error:  # report any reader failure as a check failure
            check.expect(False, f"{name}: cannot read {args.file}: {type(error).__name__}: {error}")
    summary["failures"] = check.failures
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
