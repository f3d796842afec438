#!/usr/bin/env bash
# Checks the target graph: every `import` of one of our targets in
# Sources/<Target>/ names a target that <Target> depends on (directly or
# through others) in Package.swift, and the dependencies have no cycle.
# Prints the targets in layers, lowest first. Exits 1 on a violation.
#
# usage: scripts/check-targets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift package dump-package | python3 -c '
import json, os, re, sys
package = json.load(sys.stdin)
targets = {t["name"]: t for t in package["targets"]}
def deps(t):
    out = []
    for d in t.get("dependencies", []):
        for kind in ("byName", "target"):
            if kind in d and d[kind][0] in targets:
                out.append(d[kind][0])
    return out
graph = {name: deps(t) for name, t in targets.items()}
# Layers (Kahn): a cycle leaves targets unplaced.
layer, placed, layers = {}, set(), []
while len(placed) < len(graph):
    ready = sorted(n for n in graph if n not in placed and all(d in placed for d in graph[n]))
    if not ready:
        print("check-targets: dependency cycle among", sorted(set(graph) - placed)); sys.exit(1)
    layers.append(ready); placed.update(ready)
def closure(name, seen=None):
    seen = set() if seen is None else seen
    for d in graph[name]:
        if d not in seen: seen.add(d); closure(d, seen)
    return seen
bad = 0
pattern = re.compile(r"^\s*(?:@testable |@_exported |(?:public|package|internal) )?import (\w+)", re.M)
for name, t in targets.items():
    if t["type"] == "system": continue
    root = t.get("path") or os.path.join("Tests" if t["type"] == "test" else "Sources", name)
    allowed = closure(name)
    for folder, _, files in os.walk(root):
        for file in files:
            if not file.endswith(".swift"): continue
            path = os.path.join(folder, file)
            for module in pattern.findall(open(path, encoding="utf-8").read()):
                if module in targets and module != name and module not in allowed:
                    print(f"check-targets: {path} imports {module}, which {name} does not depend on"); bad += 1
for i, names in enumerate(layers):
    shown = [n for n in names if targets[n]["type"] != "test"]
    if shown: print(f"layer {i}: " + ", ".join(shown))
sys.exit(1 if bad else 0)
'
