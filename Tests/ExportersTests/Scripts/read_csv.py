#!/usr/bin/env python3
"""Read CSV files with Python's csv module and print their rows as JSON.

Usage: read_csv.py FILE ...

Prints {"FILE": [[field, ...], ...], ...}: every record, the header first,
as Python's RFC 4180 reader splits it (quoted commas, doubled quotes and
line breaks inside fields kept). Exits 1 when a file is not valid CSV.
"""

import csv
import json
import sys


def main():
    out = {}
    for path in sys.argv[1:]:
        with open(path, newline="", encoding="utf-8") as handle:
            out[path] = list(csv.reader(handle, strict=True))
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
