#!/usr/bin/env bash
# Runs every test: installs what is missing (Debian packages, a .venv with
# networkx and python-igraph for the GraphML read-back tests, kuzu for the
# graph database export test, pyspark and a Java runtime for the Spark
# local-mode test, and chromium for the HTML report's browser test), then
# `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --python --browser
export NEWSGRAPH_REQUIRE_PYTHON=1
export NEWSGRAPH_REQUIRE_BROWSER=1
exec swift test "$@"
