#!/usr/bin/env bash
# Installs what NewsGraph needs on Debian, only when it is missing:
#   - libgraphviz-dev (libcgraph, libgvc and the layout/render plugins), linked in-process
#   - graphviz (the `dot` binary, used by tests as an independent DOT parser)
#   - iso-codes (country names read at run time)
#   - wordnet-base (place names for the entity recognizer's gazetteer, read by `newsgraph train`)
#   - libxml2-utils (xmllint, used by tests to check SVG and GraphML)
#   - libxml2-dev (libxml2's parser, linked in-process to read GraphML of any size)
# With --python it also makes .venv with networkx and python-igraph (the GraphML read-back
# tests), kuzu (an embedded Cypher database: the graph database export test loads into it) and
# pyspark (scripts/spark-extract.py and its local-mode test), and installs Debian's
# openjdk-17-jre-headless when no Java runtime is there (Spark runs on it).
# With --browser it also installs chromium (with python3 and a font), for the HTML report's browser test.
set -euo pipefail
cd "$(dirname "$0")/.."

python=0
browser=0
for argument in "$@"; do
  case "$argument" in
    --python) python=1 ;;
    --browser) browser=1 ;;
    *) echo "setup: unknown option $argument (use --python, --browser)" >&2; exit 2 ;;
  esac
done

need=()
dpkg -s libgraphviz-dev >/dev/null 2>&1 || need+=(libgraphviz-dev)
dpkg -s graphviz >/dev/null 2>&1 || need+=(graphviz)
dpkg -s iso-codes >/dev/null 2>&1 || need+=(iso-codes)
dpkg -s wordnet-base >/dev/null 2>&1 || need+=(wordnet-base)
dpkg -s libxml2-utils >/dev/null 2>&1 || need+=(libxml2-utils)
dpkg -s libxml2-dev >/dev/null 2>&1 || need+=(libxml2-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need+=(pkg-config)
dpkg -s libsqlite3-dev >/dev/null 2>&1 || need+=(libsqlite3-dev)
if [ "$python" = 1 ]; then
  command -v java >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/java" ] || need+=(openjdk-17-jre-headless)
fi
if [ "$browser" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  [ -x /usr/bin/python3 ] || need+=(python3)
  dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
fi
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

if [ "$python" = 1 ]; then
  if ! .venv/bin/python3 -c "import networkx, igraph, kuzu, pyspark" >/dev/null 2>&1; then
    echo "setup: making .venv with networkx, python-igraph, kuzu and pyspark" >&2
    [ -x .venv/bin/python3 ] || python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check networkx python-igraph kuzu pyspark
  fi
fi
