#!/usr/bin/env bash
# Measures `newsgraph build` end to end on a corpus: a first build from an
# empty store (extraction on every core, the store and every export but
# PNG/PDF), then a second build with nothing changed.
#
# usage: scripts/bench-build.sh [CORPUS_DIR] [extra `newsgraph build` options]
# Prints words/s, seconds and peak RSS for each run: the largest process's
# (from /usr/bin/time -v, which reports the largest of the build and its
# children), and, sampled from /proc every 0.2 s, the build process's own and
# the largest extraction worker's.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/bbc}"
shift || true
[ -d "$corpus" ] || { echo "bench-build: no corpus at $corpus" >&2; exit 1; }
scripts/setup.sh >/dev/null
swift build -c release --product newsgraph >/dev/null
binary="$(swift build -c release --show-bin-path)/newsgraph"
out="$(mktemp -d)"
log="$(mktemp)"
trap 'rm -rf "$out" "$log"' EXIT
words=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat | wc -w)
# The peak resident memory (VmHWM, kB) of a process, or 0.
hwm() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
run() {
  /usr/bin/time -v "$binary" build "$corpus" --output "$out" "$@" 2>"$log" >/dev/null &
  local timer=$! build_peak=0 worker_peak=0 value
  while kill -0 "$timer" 2>/dev/null; do
    for build in $(pgrep -P "$timer"); do
      value=$(hwm "$build"); [ "${value:-0}" -gt "$build_peak" ] && build_peak=$value
      for child in $(pgrep -P "$build"); do
        grep -q worker "/proc/$child/cmdline" 2>/dev/null || continue
        value=$(hwm "$child"); [ "${value:-0}" -gt "$worker_peak" ] && worker_peak=$value
      done
    done
    sleep 0.2
  done
  wait "$timer"
  local seconds rss
  seconds=$(grep "Elapsed (wall clock)" "$log" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk -F': ' '{print $2}')
  grep "^newsgraph:" "$log" || true
  awk -v w="$words" -v s="$seconds" -v r="$rss" -v b="$build_peak" -v k="$worker_peak" 'BEGIN {
    printf "%d words in %.2f s: %.0f words/s; peak RSS %.0f MB (build process %.0f MB, largest worker %.0f MB, sampled)\n", w, s, w / s, r / 1024, b / 1024, k / 1024 }'
}
echo "first build (empty store):"
run "$@"
echo "second build (nothing changed):"
run "$@"
