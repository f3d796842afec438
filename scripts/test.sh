#!/usr/bin/env bash
# Runs every test: installs what is missing (Debian packages, and a .venv with
# networkx and python-igraph for the GraphML read-back test), then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --python
export NEWSGRAPH_REQUIRE_PYTHON=1
exec swift test "$@"
