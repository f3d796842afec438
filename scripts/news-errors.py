#!/usr/bin/env python3
"""Counts NewsGraph's statement and relation errors on the news gold, per rule.

usage: scripts/news-errors.py PRED_JSONL [--gold ../shared/gold/bbc-dev] [--shared ../shared]

Scores with SHARED/eval/score_news.py's own code (its score_one, which runs
score_seed.py on one document; nothing of the matching is copied here). Each
predicted statement and relation carries the "rule" that made it. Per rule:

- predicted: statements (or relations) the rule made;
- false positives: statements among score_seed's unmatched predictions of the
  full document (its "false_pos" list), relations that score as no true
  positive alone;
- wrong speaker: matched statements whose speaker is wrong, scoring the
  statement alone against the document's gold (so it matches the gold
  statement nearest to it, which is the one it matched in the full document
  unless two predictions competed for one gold statement);
- misses: gold statements matched by nothing, counted for the rule of a
  predicted statement whose content overlaps theirs (the rule read the
  statement but with too little of its content), else under "(no rule)".
"""
import argparse
import json
import os
import sys
from collections import Counter, defaultdict


def content_spans(text, content):
    """The character spans of a gold content (one string or a list), located as score_seed.py does."""
    parts = content if isinstance(content, list) else [content]
    spans, at = [], 0
    for part in parts:
        k = text.find(part, at)
        if k < 0:
            k = text.find(part)
        if k < 0:
            continue
        spans.append((k, k + len(part)))
        at = k + len(part)
    return spans


def overlaps(a, b):
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def false_positive_key(statement):
    """The text score_seed.py lists an unmatched prediction by."""
    return " / ".join(c.get("text", "")[:70] for c in (statement.get("content") or []))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pred")
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    parser.add_argument("--gold", help="the gold folder (default: SHARED/gold/bbc-dev)")
    args = parser.parse_args()
    sys.path.insert(0, os.path.join(args.shared, "eval"))
    import score_news

    gold_dir = args.gold or os.path.join(args.shared, "gold", "bbc-dev")
    root = os.path.dirname(os.path.abspath(gold_dir.rstrip(os.sep)))
    preds = {}
    for line in open(args.pred, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            preds[(d.get("document") or {}).get("id")] = d

    stats = defaultdict(Counter)  # rule -> counts
    relation_stats = defaultdict(Counter)
    gold_statements = missed_total = 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        gold_path = os.path.join(gold_dir, name)
        gold = json.load(open(gold_path, encoding="utf-8"))
        stem = os.path.splitext(os.path.basename(gold["document"]))[0]
        text_path = os.path.join(root, gold["document"])
        text = open(text_path, encoding="utf-8").read()
        pred = preds.get(stem)
        if pred is None:
            print(f"warning: no prediction for {stem}", file=sys.stderr)
            continue
        full = score_news.score_one(gold_path, text_path, pred)
        unmatched = Counter(full["statements"]["false_pos"])
        statements = pred.get("statements") or []
        gold_statements += len(gold.get("statements", []))
        for statement in statements:
            rule = statement.get("rule") or "(none)"
            stats[rule]["predicted"] += 1
            key = false_positive_key(statement)
            if unmatched[key] > 0:
                unmatched[key] -= 1
                stats[rule]["false positives"] += 1
                continue
            alone = score_news.score_one(gold_path, text_path, dict(pred, statements=[statement]))
            if alone["statements"]["tp"] and not alone["statements"]["speaker_correct"]:
                stats[rule]["wrong speaker"] += 1
        # Misses: the gold statements matched by nothing.
        missed = full["statements"]["missed"]
        missed_total += len(missed)
        remaining = Counter(missed)
        for g in gold.get("statements", []):
            content = g["content"]
            label = score_news.score_seed.content_text(content)[:70]
            if remaining[label] <= 0:
                continue
            remaining[label] -= 1
            spans = content_spans(text, content)
            rule = "(no rule)"
            for statement in statements:
                predicted = [(c["start"], c["end"]) for c in statement.get("content") or []
                             if c.get("start") is not None]
                if overlaps(spans, predicted):
                    rule = statement.get("rule") or "(none)"
                    break
            stats[rule]["misses"] += 1
        for relation in pred.get("relations") or []:
            rule = relation.get("rule") or "(none)"
            relation_stats[rule]["predicted"] += 1
            alone = score_news.score_one(gold_path, text_path, dict(pred, relations=[relation]))
            if not alone["relations"]["tp"]:
                relation_stats[rule]["false positives"] += 1

    def table(title, rows, columns):
        print(title)
        print(f"  {'rule':<28}" + "".join(f"{c:>17}" for c in columns))
        for rule, counts in sorted(rows.items(), key=lambda item: (-sum(item[1][c] for c in columns[1:]), item[0])):
            print(f"  {rule:<28}" + "".join(f"{counts[c]:>17}" for c in columns))

    print(f"{len(preds)} predicted documents, {gold_statements} gold statements, {missed_total} matched by nothing")
    table("statements", stats, ["predicted", "false positives", "wrong speaker", "misses"])
    table("relations", relation_stats, ["predicted", "false positives"])


if __name__ == "__main__":
    main()
