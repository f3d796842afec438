#!/usr/bin/env bash
# Fuzzes NewsGraph with libFuzzer.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS ...]
#
# Builds the NewsGraphFuzz target (Sources/NewsGraphFuzz) in release mode with
# -sanitize=fuzzer into .build-fuzz, then runs each harness for SECONDS
# (default 600), one after another:
#
#   extract-models  the whole extraction of one document, --names models
#   extract-rules   the same with --names rules
#   tokenizer       the tokenizer and the sentence splitter
#   json-lines      standard input parsing (JSON Lines, or plain text)
#   graph-readers   the graph.json and graph.graphml readers, and what
#                   render, ask and explain do with the graph
#
# Exits 1 when any harness crashed, trapped, failed a check, ran past the
# per-input timeout or out of memory. The input that did it is left in
# .build-fuzz/crashes/HARNESS/ (replay it with
# `NEWSGRAPH_FUZZ_HARNESS=HARNESS .build-fuzz/release/NewsGraphFuzz FILE`, or
# in a debug build with `swift run NewsGraphFuzz HARNESS FILE`), the log in
# .build-fuzz/logs/HARNESS.log. The corpus grows in .build-fuzz/corpus/HARNESS
# and is kept between runs; it starts from Fuzz/Seeds, seeds/ and the graph
# files in output/.
#
# FUZZ_SANITIZE=address adds AddressSanitizer (about half the speed; built in
# .build-fuzz-address). FUZZ_JOBS=N runs N harnesses at a time (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
if [[ $# -gt 0 ]]; then shift; fi
all=(extract-models extract-rules tokenizer json-lines graph-readers)
harnesses=("$@")
if [[ ${#harnesses[@]} -eq 0 ]]; then harnesses=("${all[@]}"); fi
for harness in "${harnesses[@]}"; do
  if [[ ! " ${all[*]} " == *" $harness "* ]]; then
    echo "fuzz.sh: unknown harness '$harness' (one of: ${all[*]})" >&2
    exit 2
  fi
done

sanitizers=fuzzer
scratch=.build-fuzz
if [[ -n "${FUZZ_SANITIZE:-}" ]]; then
  sanitizers="fuzzer,$FUZZ_SANITIZE"
  scratch=".build-fuzz-$FUZZ_SANITIZE"
fi

echo "fuzz.sh: building NewsGraphFuzz with -sanitize=$sanitizers into $scratch"
swift build -c release --product NewsGraphFuzz --scratch-path "$scratch" \
  -Xswiftc "-sanitize=$sanitizers" -Xswiftc -DNEWSGRAPH_FUZZING
binary="$scratch/release/NewsGraphFuzz"

# The seed inputs of a harness, gathered into one folder.
seed() {
  local harness=$1 folder="$scratch/seeds/$1"
  rm -rf "$folder"
  mkdir -p "$folder"
  case $harness in
    extract-*|tokenizer)
      cp Fuzz/Seeds/extraction/* seeds/*.txt "$folder/" ;;
    json-lines)
      cp Fuzz/Seeds/json-lines/* Fuzz/Seeds/extraction/* "$folder/" ;;
    graph-readers)
      cp Fuzz/Seeds/graph-readers/* "$folder/"
      for file in output/graph.json output/graph.graphml; do
        if [[ -f $file ]]; then cp "$file" "$folder/seed_$(basename "$file")"; fi
      done ;;
  esac
  echo "$folder"
}

# Runs one harness; prints one summary line; returns libFuzzer's status.
run() {
  local harness=$1 dictionary max_len=8192
  case $harness in
    extract-*|tokenizer) dictionary=Fuzz/Dictionaries/extraction.dict ;;
    json-lines) dictionary=Fuzz/Dictionaries/json-lines.dict ;;
    graph-readers) dictionary=Fuzz/Dictionaries/graph-readers.dict; max_len=65536 ;;
  esac
  local seeds corpus="$scratch/corpus/$harness" crashes="$scratch/crashes/$harness"
  local log="$scratch/logs/$harness.log"
  seeds=$(seed "$harness")
  mkdir -p "$corpus" "$crashes" "$scratch/logs"
  local status=0
  SWIFT_BACKTRACE=enable=no NEWSGRAPH_FUZZ_HARNESS=$harness "$binary" "$corpus" "$seeds" \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len="$max_len" \
    -dict="$dictionary" -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  local runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  runs=${runs:-0}
  local corpus_size
  corpus_size=$(find "$corpus" -type f | wc -l)
  if [[ $status -eq 0 ]]; then
    echo "fuzz.sh: $harness: $runs runs in ${seconds} s ($((runs / seconds)) exec/s), corpus $corpus_size, no crash"
  else
    echo "fuzz.sh: $harness: FAILED (status $status) after $runs runs; input in $crashes/, log in $log"
    grep -E "ERROR: libFuzzer|Fatal error|runtime failure|SUMMARY|Test unit written|==ERROR" "$log" | head -5 | sed 's/^/  /'
  fi
  return "$status"
}

jobs=${FUZZ_JOBS:-1}
failed=0
pids=()
names=()
for harness in "${harnesses[@]}"; do
  run "$harness" &
  pids+=($!)
  names+=("$harness")
  if [[ ${#pids[@]} -ge $jobs ]]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
if [[ $failed -ne 0 ]]; then
  echo "fuzz.sh: a harness failed; see above" >&2
  exit 1
fi
