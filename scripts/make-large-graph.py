#!/usr/bin/env python3
"""Write a large synthetic NewsGraph graph as graph.json and graph.graphml.

Usage: make-large-graph.py OUT_DIR [--megabytes N]

Both files describe the same graph, in the formats `newsgraph build` writes
(graph.json: documents, entities, statements, relations; GraphML: keys found
by attr.name, entity and statement nodes, said/about/relation edges), each at
least N megabytes (default 110). Names, texts and ids are invented; the text
carries characters that need escaping. Used by scripts/bench-readers.sh.
"""

import argparse
import json
import os
from xml.sax.saxutils import escape

KEYS = [
    ("g_documents", "graph", "documents", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_type", "node", "type", "string"),
    ("n_name", "node", "name", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_documents", "node", "documents", "string"),
    ("s_text", "node", "text", "string"),
    ("s_statement_kind", "node", "statement_kind", "string"),
    ("s_cue", "node", "cue", "string"),
    ("s_speaker_text", "node", "speaker_text", "string"),
    ("s_document", "node", "document", "string"),
    ("s_start", "node", "start", "int"),
    ("s_end", "node", "end", "int"),
    ("s_spans", "node", "spans", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_predicate", "edge", "predicate", "string"),
    ("e_document", "edge", "document", "string"),
    ("e_evidence", "edge", "evidence", "string"),
    ("e_evidence_start", "edge", "evidence_start", "int"),
    ("e_evidence_end", "edge", "evidence_end", "int"),
    ("e_weight", "edge", "weight", "double"),
]
TYPES = ["person", "country", "organization", "location", "group", "event"]
PREDICATES = ["met", "criticized", "supported", "opposed", "called", "member_of"]


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def graph_of(count):
    documents = [{"id": f"doc-{d}", "path": f"corpus/doc-{d}.txt"} for d in range(max(1, count // 20))]
    entities, statements, relations = [], [], []
    for i in range(count):
        doc = documents[i % len(documents)]["id"]
        kind = TYPES[i % len(TYPES)]
        entities.append({
            "id": f"{kind}:entity-{i}", "type": kind, "name": f"Entity {i} & \"Sons\" <Ltd> é",
            "aliases": [f"E{i}", f"Entity {i}"], "mentionCount": i % 17 + 1, "documents": [doc],
            "mentionsPerDocument": {doc: i % 17 + 1},
        })
    for i in range(count):
        doc = documents[i % len(documents)]["id"]
        speaker = entities[i]["id"]
        topic = entities[(i * 7 + 1) % count]["id"]
        text = (f"Entity {i} said that the talks with Entity {(i * 7 + 1) % count} would go on, "
                f"\"whatever it takes\" & <despite> the costs, until {1990 + i % 35}.")
        statements.append({
            "id": f"statement:{doc}:{i}", "speaker": speaker, "speakerText": f"Entity {i}",
            "cue": "said", "kind": "indirect", "document": doc,
            "content": [{"text": text, "start": i, "end": i + len(text)}], "about": [topic],
        })
        if i % 3 == 0:
            evidence = f"Entity {i} met Entity {(i + 5) % count}"
            relations.append({
                "subject": speaker, "predicate": PREDICATES[i % len(PREDICATES)],
                "object": entities[(i + 5) % count]["id"], "document": doc,
                "evidence": {"text": evidence, "start": i, "end": i + len(evidence)},
            })
    return {"documents": documents, "entities": entities, "statements": statements, "relations": relations}


def write_graphml(graph, path):
    def data(key, value):
        return f'<data key="{key}">{escape(str(value))}</data>'

    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for key_id, domain, name, kind in KEYS:
            out.write(f'  <key id="{key_id}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>\n')
        out.write('  <graph id="newsgraph" edgedefault="directed">\n')
        out.write("    " + data("g_documents", compact(graph["documents"])) + "\n")
        for e in graph["entities"]:
            out.write(f'    <node id="{escape(e["id"])}">' + data("n_kind", "entity") + data("n_type", e["type"])
                      + data("n_name", e["name"]) + data("n_aliases", compact(e["aliases"]))
                      + data("n_mentions", e["mentionCount"]) + data("n_documents", compact(e["documents"]))
                      + "</node>\n")
        for s in graph["statements"]:
            span = s["content"][0]
            out.write(f'    <node id="{escape(s["id"])}">' + data("n_kind", "statement") + data("s_text", span["text"])
                      + data("s_statement_kind", s["kind"]) + data("s_cue", s["cue"])
                      + data("s_speaker_text", s["speakerText"]) + data("s_document", s["document"])
                      + data("s_start", span["start"]) + data("s_end", span["end"])
                      + data("s_spans", compact(s["content"])) + "</node>\n")
        number = 0
        for s in graph["statements"]:
            number += 1
            out.write(f'    <edge id="e{number}" source="{s["speaker"]}" target="{s["id"]}">'
                      + data("e_kind", "said") + data("e_weight", "1.0") + "</edge>\n")
            for topic in s["about"]:
                number += 1
                out.write(f'    <edge id="e{number}" source="{s["id"]}" target="{topic}">'
                          + data("e_kind", "about") + data("e_weight", "1.0") + "</edge>\n")
        for r in graph["relations"]:
            number += 1
            out.write(f'    <edge id="e{number}" source="{r["subject"]}" target="{r["object"]}">'
                      + data("e_kind", "relation") + data("e_predicate", r["predicate"])
                      + data("e_document", r["document"]) + data("e_evidence", r["evidence"]["text"])
                      + data("e_evidence_start", r["evidence"]["start"])
                      + data("e_evidence_end", r["evidence"]["end"]) + data("e_weight", "1.0") + "</edge>\n")
        out.write("  </graph>\n</graphml>\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, default=110)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    target = args.megabytes * 1_000_000
    # About 1,750 bytes of GraphML and 1,300 of JSON per entity: size up once.
    count = int(target / 1200)
    while True:
        graph = graph_of(count)
        json_path = os.path.join(args.out, "graph.json")
        graphml_path = os.path.join(args.out, "graph.graphml")
        with open(json_path, "w", encoding="utf-8") as out:
            json.dump(graph, out, ensure_ascii=False, indent=2, sort_keys=True)
        write_graphml(graph, graphml_path)
        sizes = [os.path.getsize(json_path), os.path.getsize(graphml_path)]
        if min(sizes) >= target:
            break
        count = int(count * target / min(sizes) * 1.02) + 1
    print(f"{count} entities, {len(graph['statements'])} statements, {len(graph['relations'])} relations; "
          f"graph.json {sizes[0] / 1e6:.1f} MB, graph.graphml {sizes[1] / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
