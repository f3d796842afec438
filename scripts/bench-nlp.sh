#!/usr/bin/env bash
# Measures the NLP models' speed and peak memory over a folder of news texts.
#
# usage: scripts/bench-nlp.sh [CORPUS_DIR] [extra `newsgraph bench nlp` options]
# Builds the release binary, then runs `newsgraph bench nlp` (one thread) under
# /usr/bin/time -v and prints tokens/s and the peak resident set size.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/bbc}"
shift || true
scratch="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product newsgraph >/dev/null
binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/newsgraph"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
/usr/bin/time -v "$binary" bench nlp "$corpus" "$@" 2>"$log"
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$log" | sed 's/^[[:space:]]*//'
