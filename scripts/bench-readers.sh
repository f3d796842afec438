#!/usr/bin/env bash
# Measures the graph readers on a large synthetic graph: writes graph.json and
# graph.graphml of at least MEGABYTES MB each (default 110) into a temporary
# folder with scripts/make-large-graph.py, then for each file reports
# `newsgraph bench read` (read and build the graph only) and `newsgraph render
# --format svg` (read, fit and draw the diagram), each with its peak RSS from
# /usr/bin/time. Usage: scripts/bench-readers.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-110}"
scripts/setup.sh
swift build -c release --product newsgraph >&2
newsgraph="$(swift build -c release --show-bin-path)/newsgraph"
folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT
python3 scripts/make-large-graph.py "$folder" --megabytes "$megabytes"
for file in graph.graphml graph.json; do
  /usr/bin/time -f "  peak RSS %M KB, %e s wall" "$newsgraph" bench read "$folder/$file" 2>&1
  /usr/bin/time -f "  render --format svg: %e s wall, %U s user, peak RSS %M KB" \
    "$newsgraph" render "$folder/$file" --format svg -o "$folder/$file.svg" 2>&1
done
