#!/usr/bin/env bash
# Scores the release build with every official scorer in ../shared/eval.
#
# usage: scripts/evaluate.sh [--names models|rules] [--split dev]
#
# Prints, in this order: the seed scores (score_seed.py on a fresh build of
# seeds/ into a temporary folder), PolNeAR (score_polnear.py), GUM
# (eval_gum.py: UPOS, UAS, LAS, named entities), GUM pronoun coreference
# (newsgraph eval coref: antecedent accuracy, B3) and CrossNER politics
# (eval_crossner.py). Needs ../shared (data, gold and scorers); it is read,
# never copied. Predictions are kept in $EVAL_DIR (default: a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."
names=()
split=dev
while [ $# -gt 0 ]; do
  case "$1" in
    --names) names=(--names "$2"); shift 2 ;;
    --split) split="$2"; shift 2 ;;
    *) echo "usage: scripts/evaluate.sh [--names models|rules] [--split dev]" >&2; exit 2 ;;
  esac
done
shared=../shared
if [ ! -d "$shared/eval" ]; then
  echo "evaluate.sh: $shared/eval not found; nothing to score" >&2
  exit 1
fi
scratch="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product newsgraph >/dev/null
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/newsgraph"
out="${EVAL_DIR:-$(mktemp -d)}"
mkdir -p "$out"

echo "== seed (score_seed.py)"
"$bin" build seeds --output "$out/seed" --no-store "${names[@]}" >/dev/null
python3 "$shared/eval/score_seed.py" "$shared/gold/seed.gold.json" "$out/seed/extractions.jsonl"

echo "== PolNeAR $split (score_polnear.py)"
"$bin" extract "${names[@]}" "$shared/data/polnear/$split" >"$out/polnear_$split.jsonl"
python3 "$shared/eval/score_polnear.py" "$shared/data/polnear/polnear_gold.jsonl" "$out/polnear_$split.jsonl" --split "$split"

echo "== GUM $split (eval_gum.py)"
"$bin" eval gum --data "$shared/data/gum" --split "$split" >"$out/gum_$split.jsonl"
python3 "$shared/eval/eval_gum.py" "$out/gum_$split.jsonl" --split "$split"

echo "== GUM $split coreference (newsgraph eval coref)"
"$bin" eval coref --data "$shared/data/gum" --split "$split"

echo "== CrossNER politics $split (eval_crossner.py)"
if [ -f "$shared/data/crossner_politics/$split.txt" ]; then
  "$bin" eval crossner "$shared/data/crossner_politics/$split.txt" >"$out/crossner_$split.jsonl"
  python3 "$shared/eval/eval_crossner.py" "$out/crossner_$split.jsonl"
else
  echo "no $shared/data/crossner_politics/$split.txt"
fi
echo "predictions in $out"
