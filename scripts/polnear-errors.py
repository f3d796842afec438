#!/usr/bin/env python3
"""Counts what is still wrong in NewsGraph's PolNeAR statements, by kind.

usage: scripts/polnear-errors.py PRED_JSONL [--split dev] [--shared ../shared]

Reads the gold from SHARED/data/polnear/polnear_gold.jsonl and matches it with
the predictions exactly as SHARED/eval/score_polnear.py does (its own helpers,
imported from there; the one-to-one greedy matching its docstring describes),
then counts: gold attributions matched by nothing (by computed kind and cue
class, and how many have contents of three words or fewer), matches whose
content overlap is below the lenient threshold (Jaccard < 0.5), lenient matches
with the wrong speaker, and predictions that match no gold attribution; then
the same per rule (each prediction's "rule"): predictions, predictions matching
no gold, lenient matches with the wrong speaker, matches below the lenient
threshold, and gold attributions matched by nothing, counted for the rule of a
prediction whose content overlaps theirs (else under "(no rule)").
"""
import argparse
import os
import sys
from collections import Counter, defaultdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pred")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    args = parser.parse_args()
    sys.path.insert(0, os.path.join(args.shared, "eval"))
    import score_polnear as scorer

    gold_docs = scorer.load_gold(os.path.join(args.shared, "data", "polnear", "polnear_gold.jsonl"), args.split)
    preds = scorer.load_pred(args.pred)
    missed, short, loose, speaker, spurious = Counter(), 0, Counter(), Counter(), Counter()
    by_rule = defaultdict(Counter)
    for doc_id, gold in sorted(gold_docs.items()):
        text = scorer.DocText(gold["text"])
        golds = []
        for attribution in gold["attributions"]:
            spans = scorer.spans_of(attribution["content"])
            if not spans:
                continue
            tokens = text.tokens(spans)
            golds.append({
                "toks": tokens, "kind": text.kind(tokens), "src": scorer.spans_of(attribution["source"]),
                "cue": scorer.cue_class(" ".join(x["text"] for x in attribution["cue"])),
            })
        ignore = [s for group in gold.get("discard_spans", []) for s in scorer.spans_of(group)]
        predicted = []
        for statement in (preds.get(doc_id) or {}).get("statements") or []:
            spans = scorer.spans_of(statement.get("content"))
            if not spans:
                continue
            if ignore and scorer.covered_chars(spans, ignore) * 2 >= sum(e - s for s, e in spans):
                continue
            who = statement.get("speaker")
            span = None
            if who and who.get("start") is not None and who.get("end") is not None:
                span = (int(who["start"]), int(who["end"]))
            tokens = text.tokens(spans)
            predicted.append({
                "toks": tokens, "kind": text.kind(tokens), "sspan": span, "rule": statement.get("rule") or "(none)",
                "null_speaker": who is None or (not who.get("text") and who.get("entity") is None and span is None),
            })
        candidates = []
        for i, p in enumerate(predicted):
            for j, g in enumerate(golds):
                shared = len(p["toks"] & g["toks"])
                if shared:
                    candidates.append((shared / len(p["toks"] | g["toks"]), scorer.spk_ok(p, g), shared, -i, -j))
        candidates.sort(reverse=True)
        by_pred, by_gold = {}, {}
        for jaccard, ok, _, i, j in candidates:
            if -i in by_pred or -j in by_gold:
                continue
            by_pred[-i] = by_gold[-j] = (jaccard, ok, -i)
        for p in predicted:
            by_rule[p["rule"]]["predicted"] += 1
        for j, g in enumerate(golds):
            match = by_gold.get(j)
            if match is None:
                missed[(g["kind"], g["cue"])] += 1
                short += len(g["toks"]) <= 3
                near = next((p["rule"] for p in predicted if p["toks"] & g["toks"]), "(no rule)")
                by_rule[near]["misses"] += 1
            elif match[0] < 0.5:
                loose[g["kind"]] += 1
                by_rule[predicted[match[2]]["rule"]]["overlap < 0.5"] += 1
            elif not match[1]:
                speaker["no source in gold" if not g["src"] else g["kind"]] += 1
                by_rule[predicted[match[2]]["rule"]]["wrong speaker"] += 1
        for i, p in enumerate(predicted):
            if i not in by_pred:
                spurious[p["kind"]] += 1
                by_rule[p["rule"]]["false positives"] += 1

    def listing(counter):
        return ", ".join(f"{key} {count}" for key, count in counter.most_common())

    by_kind = Counter()
    for (kind, cue), count in missed.items():
        by_kind[f"{kind} {cue}-cue"] += count
    print(f"gold matched by nothing: {sum(missed.values())} ({listing(by_kind)}); "
          f"{short} with contents of three words or fewer")
    print(f"matched with content overlap below 0.5: {sum(loose.values())} ({listing(loose)})")
    print(f"lenient matches with the wrong speaker: {sum(speaker.values())} ({listing(speaker)})")
    print(f"predictions matching no gold: {sum(spurious.values())} ({listing(spurious)})")
    columns = ["predicted", "false positives", "wrong speaker", "overlap < 0.5", "misses"]
    print("per rule:")
    print(f"  {'rule':<28}" + "".join(f"{c:>16}" for c in columns))
    for rule, counts in sorted(by_rule.items(), key=lambda item: (-sum(item[1][c] for c in columns[1:]), item[0])):
        print(f"  {rule:<28}" + "".join(f"{counts[c]:>16}" for c in columns))


if __name__ == "__main__":
    main()
