#!/usr/bin/env python3
"""Writes Sources/Lexicon/Resources/Lexicon/sentiment.tsv from the VADER
sentiment lexicon (vaderSentiment 3.3.2 on PyPI, MIT licence, C.J. Hutto):
the plain English words of vader_lexicon.txt (lower-case letters and inner
hyphens; no emoticons, no slang abbreviations with digits) with their mean
valence (-4 very negative .. +4 very positive), sorted, the MIT notice on top.

Usage: scripts/make-sentiment-lexicon.py [vader_lexicon.txt]
Without an argument it reads the file of an installed vaderSentiment
(`pip install vaderSentiment==3.3.2` into .venv, or `pip download` and unzip).
"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
out_path = os.path.join(here, "..", "Sources", "Lexicon", "Resources", "Lexicon", "sentiment.tsv")

if len(sys.argv) > 1:
    source = sys.argv[1]
else:
    import vaderSentiment  # noqa: E402
    source = os.path.join(os.path.dirname(vaderSentiment.__file__), "vader_lexicon.txt")
licence_path = os.path.join(os.path.dirname(source), "..", "vaderSentiment-3.3.2.dist-info", "LICENSE.txt")

word = re.compile(r"^[a-z][a-z-]*[a-z]$")
rows = {}
with open(source, encoding="utf-8") as f:
    for line in f:
        cells = line.rstrip("\n").split("\t")
        if len(cells) >= 2 and word.match(cells[0]):
            rows[cells[0]] = float(cells[1])

header = [
    "# Word valence from the VADER sentiment lexicon (vaderSentiment 3.3.2, PyPI),",
    "# plain English words only, written by scripts/make-sentiment-lexicon.py.",
    "# Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for",
    "# Sentiment Analysis of Social Media Text. ICWSM-14.",
    "#",
    "# The MIT License (MIT)",
    "# Copyright (c) 2016 C.J. Hutto",
    "#",
    "# Permission is hereby granted, free of charge, to any person obtaining a copy of this",
    "# software and associated documentation files (the \"Software\"), to deal in the Software",
    "# without restriction, including without limitation the rights to use, copy, modify, merge,",
    "# publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons",
    "# to whom the Software is furnished to do so, subject to the following conditions:",
    "# The above copyright notice and this permission notice shall be included in all copies or",
    "# substantial portions of the Software.",
    "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,",
    "# INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR",
    "# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE",
    "# FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR",
    "# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER",
    "# DEALINGS IN THE SOFTWARE.",
    "#",
    "# word\tvalence",
]
with open(out_path, "w", encoding="utf-8") as out:
    out.write("\n".join(header) + "\n")
    for key in sorted(rows):
        out.write(f"{key}\t{rows[key]:g}\n")
print(f"{len(rows)} words -> {os.path.normpath(out_path)}", file=sys.stderr)
