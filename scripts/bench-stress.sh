#!/usr/bin/env bash
# Times `newsgraph extract` and `newsgraph build` on invented pathological
# documents (scripts/stress-inputs.py): seconds and peak RSS from
# /usr/bin/time -v, one line per document and command.
#
# usage: scripts/bench-stress.sh [--binary PATH] [--inputs DIR] [--only NAME,...]
#                                [--commands extract,build] [extra `newsgraph` options]
# --binary runs another newsgraph (e.g. a saved base build) instead of building
# this one; --inputs reuses (or writes) the documents there, default
# /tmp/newsgraph-stress. Documents of tens of megabytes run past the default
# --document-timeout, so the timings run with none (--document-timeout 0);
# an extra --document-timeout given here comes later and wins.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=""
inputs="/tmp/newsgraph-stress"
only=""
commands="extract,build"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --inputs) inputs="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --commands) commands="$2"; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
if [ -z "$binary" ]; then
  swift build -c release --product newsgraph >/dev/null
  binary="$(swift build -c release --show-bin-path)/newsgraph"
fi
names="unpunctuated-320k nested-quotes-600k statements-50k news-10mb lines-10mb news-50mb"
[ -n "$only" ] && names="${only//,/ }"
for name in $names; do
  [ -f "$inputs/$name/$name.txt" ] || python3 scripts/stress-inputs.py "$inputs" --only "$name"
done
out="$(mktemp -d)"
log="$(mktemp)"
trap 'rm -rf "$out" "$log"' EXIT
printf '%-20s %-8s %10s %10s %10s %12s\n' document command bytes seconds "CPU s" "peak RSS MB"
for name in $names; do
  file="$inputs/$name/$name.txt"
  bytes=$(stat -c %s "$file")
  for command in ${commands//,/ }; do
    status=0
    case "$command" in
      extract) /usr/bin/time -v "$binary" extract "$file" --max-megabytes 100 --document-timeout 0 "${extra[@]}" \
                 >"$out/extract.jsonl" 2>"$log" || status=$? ;;
      build) rm -rf "$out/build"
             /usr/bin/time -v "$binary" build "$inputs/$name" --output "$out/build" --max-megabytes 100 --document-timeout 0 \
               "${extra[@]}" >/dev/null 2>"$log" || status=$? ;;
    esac
    seconds=$(grep "Elapsed (wall clock)" "$log" | awk -F': ' '{print $2}' \
      | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$log" | awk -F': ' '{print $2}')
    cpu=$(grep -E "(User|System) time \(seconds\)" "$log" | awk -F': ' '{ total += $2 } END { print total }')
    note=""
    [ "$status" -ne 0 ] && note="  (exit $status: $(grep -v '^\s' "$log" | grep -v '^Command' | tail -1))"
    printf '%-20s %-8s %10d %10.2f %10.2f %12.0f%s\n' "$name" "$command" "$bytes" "$seconds" "$cpu" "$((rss / 1024))" "$note"
  done
done
