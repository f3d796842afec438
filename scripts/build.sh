#!/usr/bin/env bash
# The main job: installs what is missing, builds newsgraph (release) and runs
# `newsgraph build` on seeds/, writing output/. Extra arguments go to `build`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product newsgraph >&2
exec "$(swift build -c release --show-bin-path)/newsgraph" build seeds --output output "$@"
