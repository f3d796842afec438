#!/usr/bin/env python3
"""Check NewsGraph's neo4j/ folder as neo4j-admin would read it, then load it into Kuzu.

Usage:
  check_neo4j.py FOLDER DATABASE [--query CYPHER ...]

1. Every CSV file is read with Python's csv module (RFC 4180, the quoting
   neo4j-admin database import uses by default). Headers are typed as
   neo4j-admin reads them: `name:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
   `:TYPE`, `name:int`, `name:string[]` or plain string properties. Every
   row must have the header's width; every `:int` field must be empty or an
   integer; ids must be unique over the node files; every `:START_ID` and
   `:END_ID` must be such an id; `:LABEL` and `:TYPE` must be non-empty.
2. The folder's kuzu.cypher is run statement by statement in a new Kuzu
   database at DATABASE, with FOLDER as the working directory (its COPY
   paths are relative), and the node and relationship counts must equal the
   CSV row counts.
3. Each --query is run; its rows are printed.

Prints a JSON object: {"files": {name: [rows as objects]}, "counts": {...},
"queries": [[rows], ...], "failures": [...]}; exits 1 on any failure.
"""

import argparse
import csv
import json
import os
import sys

NODE_FILES = ["entities.csv", "statements.csv"]
RELATIONSHIP_FILES = ["said.csv", "about.csv", "relations.csv"]
TABLES = {"entities.csv": "Entity", "statements.csv": "Statement", "said.csv": "SAID",
          "about.csv": "ABOUT", "relations.csv": "RELATION"}


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def field_kind(header):
    if header in (":LABEL", ":START_ID", ":END_ID", ":TYPE"):
        return header
    if header.endswith(":ID"):
        return ":ID"
    if ":" in header:
        return header.split(":", 1)[1]
    return "string"


def check_files(folder, failures):
    files, ids = {}, set()
    for name in NODE_FILES + RELATIONSHIP_FILES:
        header, rows = read(os.path.join(folder, name))
        kinds = [field_kind(h) for h in header]
        for kind, h in zip(kinds, header):
            if kind not in (":ID", ":LABEL", ":START_ID", ":END_ID", ":TYPE", "string", "int", "string[]"):
                failures.append(f"{name}: header {h!r} has a type neo4j-admin would not expect here")
        objects = []
        for number, row in enumerate(rows, start=2):
            if len(row) != len(header):
                failures.append(f"{name}:{number}: {len(row)} fields, header has {len(header)}")
                continue
            for kind, h, value in zip(kinds, header, row):
                if kind == "int" and value != "":
                    try:
                        int(value)
                    except ValueError:
                        failures.append(f"{name}:{number}: {h} is not an integer: {value!r}")
                if kind in (":LABEL", ":TYPE", ":ID", ":START_ID", ":END_ID") and value == "":
                    failures.append(f"{name}:{number}: empty {h}")
                if kind == ":ID":
                    if value in ids:
                        failures.append(f"{name}:{number}: duplicate id {value!r}")
                    ids.add(value)
            objects.append(dict(zip(header, row)))
        files[name] = objects
    for name in RELATIONSHIP_FILES:
        for number, row in enumerate(files[name], start=2):
            for end in (":START_ID", ":END_ID"):
                if row.get(end) not in ids:
                    failures.append(f"{name}:{number}: {end} {row.get(end)!r} is no node's id")
    return files


def load_kuzu(folder, database, files, queries, failures):
    import kuzu

    connection = kuzu.Connection(kuzu.Database(database))
    script = open(os.path.join(folder, "kuzu.cypher"), encoding="utf-8").read()
    here = os.getcwd()
    os.chdir(folder)
    try:
        for statement in script.split(";\n"):
            if statement.strip():
                connection.execute(statement)
    finally:
        os.chdir(here)

    def rows(query):
        result = connection.execute(query)
        out = []
        while result.has_next():
            out.append(result.get_next())
        return out

    counts = {}
    for name, table in TABLES.items():
        if name in NODE_FILES:
            count = rows(f"MATCH (n:{table}) RETURN count(n)")[0][0]
        else:
            count = rows(f"MATCH ()-[r:{table}]->() RETURN count(r)")[0][0]
        counts[table] = count
        if count != len(files[name]):
            failures.append(f"Kuzu: {count} {table}, {name} has {len(files[name])} rows")
    return counts, [rows(query) for query in queries]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("database")
    parser.add_argument("--query", action="append", default=[])
    args = parser.parse_args()
    failures = []
    files = check_files(args.folder, failures)
    counts, answers = {}, []
    try:
        counts, answers = load_kuzu(args.folder, args.database, files, args.query, failures)
    except Exception as error:  # any Kuzu failure is a check failure
        failures.append(f"Kuzu: {type(error).__name__}: {error}")
    print(json.dumps({"files": files, "counts": counts, "queries": answers, "failures": failures},
                     ensure_ascii=False, indent=1, default=str))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
