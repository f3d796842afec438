#!/usr/bin/env bash
# Installs what NewsGraph needs on Debian, only when it is missing:
#   - libgraphviz-dev (libcgraph, libgvc and the layout/render plugins), linked in-process
#   - graphviz (the `dot` binary, used by tests as an independent DOT parser)
#   - iso-codes (country names read at run time)
#   - libxml2-utils (xmllint, used by tests to check SVG and GraphML)
# With --python it also makes .venv with networkx and python-igraph for the GraphML read-back test.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
dpkg -s libgraphviz-dev >/dev/null 2>&1 || need+=(libgraphviz-dev)
dpkg -s graphviz >/dev/null 2>&1 || need+=(graphviz)
dpkg -s iso-codes >/dev/null 2>&1 || need+=(iso-codes)
dpkg -s libxml2-utils >/dev/null 2>&1 || need+=(libxml2-utils)
dpkg -s pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: the Swift toolchain (6.0 or later) is needed: https://www.swift.org/install/linux/" >&2
  exit 1
fi

if [ "${1:-}" = "--python" ]; then
  if ! .venv/bin/python3 -c "import networkx, igraph" >/dev/null 2>&1; then
    echo "setup: creating .venv with networkx and python-igraph" >&2
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check networkx python-igraph
  fi
fi
