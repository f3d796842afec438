#!/usr/bin/env python3
"""Writes invented pathological documents for the stress benchmark.

usage: scripts/stress-inputs.py [OUT_DIR] [--corpus DIR] [--only NAME,...]

Each document is made up here, from the small word lists below, with a fixed
random seed, so two runs write the same bytes. With --corpus (default
../shared/corpus/bbc when it exists) the news-like documents are made at run
time from that corpus's paragraphs, shuffled and repeated; nothing from it is
kept in the repository. Documents (one folder each, so `newsgraph build` can
take one at a time):

  unpunctuated-320k   320 KB of invented news sentences with every punctuation
                      mark taken out: one sentence as long as the document
  nested-quotes-600k  600 KB of quotations nested inside quotations, opened
                      and closed, with speakers and cues
  statements-50k      one paragraph holding 50,000 quoted statements
  news-10mb           10 MB of news-like paragraphs
  news-50mb           50 MB of news-like paragraphs
  lines-10mb          10 MB of the same text as many short lines (one
                      paragraph per line of two to eight words)
"""

import argparse
import os
import random
import sys

FIRST = ["Anna", "Boris", "Clara", "Daniel", "Elena", "Farid", "Greta", "Hugo", "Irene", "Jonas",
         "Katrin", "Luis", "Maria", "Nikolai", "Olga", "Pavel", "Rosa", "Samuel", "Tomas", "Ursula"]
LAST = ["Berg", "Castell", "Delgado", "Engel", "Fischer", "Gallo", "Haas", "Ivanova", "Jensen",
        "Kowalski", "Lind", "Moreau", "Novak", "Ortega", "Petrov", "Quinn", "Rossi", "Sato", "Torres",
        "Varga"]
COUNTRIES = ["France", "Germany", "Poland", "Spain", "Italy", "Japan", "Brazil", "Canada", "Kenya",
             "Norway", "Chile", "India", "Egypt", "Mexico", "Sweden", "Turkey"]
CITIES = ["Paris", "Berlin", "Warsaw", "Madrid", "Rome", "Tokyo", "Nairobi", "Oslo", "Lima",
          "Cairo", "Geneva", "Vienna"]
ORGS = ["the European Union", "the United Nations", "the World Bank", "Nato",
        "the Central Bank", "the Finance Ministry", "the Labour Party"]
TITLES = ["Prime Minister", "President", "Foreign Minister", "Finance Minister", "Senator",
          "General", "Chancellor"]
ROLES = ["minister", "spokesman", "official", "analyst", "economist", "chief executive",
         "lawyer", "diplomat"]
CUES = ["said", "told reporters", "added", "warned", "argued", "insisted", "claimed", "stressed"]
VERBS = ["met", "criticized", "supported", "opposed", "visited", "called", "praised", "attacked"]
NOUNS = ["talks", "budget", "plan", "deal", "election", "economy", "reform", "treaty", "market",
         "strike", "inquiry", "vote", "report", "summit", "tax", "pension", "border", "court"]
ADJECTIVES = ["new", "difficult", "historic", "fragile", "unclear", "strong", "weak", "urgent",
              "public", "national", "foreign", "economic"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "last week", "in March", "on 12 May",
        "in 2004", "yesterday", "on Friday"]
FILLER = ["the", "of", "in", "for", "with", "after", "before", "over", "about", "by", "from",
          "and", "but", "while", "as"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def upper(text):
    return text[:1].upper() + text[1:]


def clause(rng):
    """A plain reported clause with no punctuation of its own."""
    choice = rng.randrange(5)
    if choice == 0:
        return f"the {rng.choice(NOUNS)} {rng.choice(DAYS)} was {rng.choice(ADJECTIVES)}"
    if choice == 1:
        return f"{rng.choice(COUNTRIES)} {rng.choice(VERBS)} {rng.choice(COUNTRIES)} {rng.choice(DAYS)}"
    if choice == 2:
        return f"{person(rng)} {rng.choice(VERBS)} {rng.choice(ORGS)} in {rng.choice(CITIES)}"
    if choice == 3:
        return f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} would help {rng.choice(COUNTRIES)}"
    return f"{rng.choice(ORGS)} had {rng.choice(VERBS)} the {rng.choice(NOUNS)} {rng.choice(DAYS)}"


def sentence(rng):
    """One invented news sentence, punctuated."""
    choice = rng.randrange(6)
    speaker = person(rng)
    if choice == 0:
        return f"{speaker} {rng.choice(CUES)} that {clause(rng)}."
    if choice == 1:
        return f"\u201c{upper(clause(rng))},\u201d {speaker} said {rng.choice(DAYS)}."
    if choice == 2:
        return (f"{rng.choice(TITLES)} {speaker} of {rng.choice(COUNTRIES)} {rng.choice(VERBS)} "
                f"{person(rng)} in {rng.choice(CITIES)} {rng.choice(DAYS)}.")
    if choice == 3:
        return f"The {rng.choice(ROLES)} {rng.choice(CUES)} {clause(rng)}."
    if choice == 4:
        return (f"\u201c{upper(clause(rng))},\u201d said {speaker}, a {rng.choice(ROLES)} at "
                f"{rng.choice(ORGS)}. \u201c{upper(clause(rng))}.\u201d")
    return f"{upper(clause(rng))} {rng.choice(DAYS)}, according to {speaker}."


def invented_paragraphs(rng):
    while True:
        yield " ".join(sentence(rng) for _ in range(rng.randrange(2, 6)))


def corpus_paragraphs(rng, corpus):
    paragraphs = []
    for root, _, names in os.walk(corpus):
        for name in sorted(names):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as handle:
                for block in handle.read().replace("\r\n", "\n").split("\n"):
                    block = block.strip()
                    if block:
                        paragraphs.append(block)
    if not paragraphs:
        return None
    def generate():
        while True:
            order = paragraphs[:]
            rng.shuffle(order)
            yield from order
    return generate()


def fill(size, paragraphs, separator="\n\n"):
    """Joins paragraphs until the text reaches `size` bytes."""
    parts, total = [], 0
    for paragraph in paragraphs:
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8")) + len(separator)
        if total >= size:
            break
    return separator.join(parts) + "\n"


def unpunctuated(rng, size):
    """Invented news sentences with every punctuation mark taken out."""
    drop = str.maketrans("", "", ".,;:!?\"'\u201c\u201d\u2018\u2019")
    words, total = [], 0
    while total < size:
        text = sentence(rng).translate(drop)
        words.append(text)
        total += len(text) + 1
    return " ".join(words) + "\n"


def nested_quotes(rng, size):
    marks = [("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"'), ("'", "'")]
    parts, total = [], 0
    while total < size:
        depth = rng.randrange(3, 30)
        opened = []
        text = ""
        for level in range(depth):
            pair = marks[level % len(marks)]
            opened.append(pair[1])
            text += f"{person(rng)} {rng.choice(CUES)} {pair[0]}{clause(rng)} and "
        text += clause(rng)
        # Sentences rarely end: the quotations nest inside long sentences.
        text += "".join(reversed(opened)) + (". " if rng.random() < 0.02 else " and ")
        if rng.random() < 0.3:
            text += f"\u201c{clause(rng)} "  # left open on purpose
        parts.append(text)
        total += len(text.encode("utf-8"))
    return "".join(parts) + "\n"


def statements_paragraph(rng, count):
    parts = []
    for index in range(count):
        if index % 2 == 0:
            parts.append(f"\u201c{upper(clause(rng))},\u201d {person(rng)} {rng.choice(CUES)}.")
        else:
            parts.append(f"{person(rng)} {rng.choice(CUES)} that {clause(rng)}.")
    return " ".join(parts) + "\n"


def short_lines(rng, text):
    lines = []
    words = text.split()
    index = 0
    while index < len(words):
        width = rng.randrange(2, 9)
        lines.append(" ".join(words[index:index + width]))
        index += width
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default="/tmp/newsgraph-stress")
    default_corpus = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "bbc")
    parser.add_argument("--corpus", default=default_corpus,
                        help="a folder of .txt news articles for the news-like documents (optional)")
    parser.add_argument("--only", default="", help="comma-separated names to write")
    arguments = parser.parse_args()
    only = set(filter(None, arguments.only.split(",")))

    def news(seed):
        rng = random.Random(seed)
        if arguments.corpus and os.path.isdir(arguments.corpus):
            generated = corpus_paragraphs(rng, arguments.corpus)
            if generated is not None:
                return generated
        return invented_paragraphs(rng)

    makers = {
        "unpunctuated-320k": lambda: unpunctuated(random.Random(1), 320_000),
        "nested-quotes-600k": lambda: nested_quotes(random.Random(2), 600_000),
        "statements-50k": lambda: statements_paragraph(random.Random(3), 50_000),
        "news-10mb": lambda: fill(10_000_000, news(4)),
        "news-50mb": lambda: fill(50_000_000, news(5)),
        "lines-10mb": lambda: short_lines(random.Random(6), fill(10_000_000, news(6))),
    }
    for name, make in makers.items():
        if only and name not in only:
            continue
        folder = os.path.join(arguments.out, name)
        os.makedirs(folder, exist_ok=True)
        text = make()
        path = os.path.join(folder, name + ".txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"{path}: {len(text.encode('utf-8')):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
