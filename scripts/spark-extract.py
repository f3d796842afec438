#!/usr/bin/env python3
"""Extraction as an Apache Spark stage: documents in, extraction shards out.

Reads a folder of articles (.txt and .md, recursively, as `newsgraph build`
reads a folder) or JSON Lines files of {"id", "text", ...} records, spreads
them over partitions, pipes each partition through `newsgraph extract -
--with-text` (RDD.pipe), and writes the extraction lines as shards
(part-NNNNN.jsonl). `newsgraph merge SHARDS --output DIR` then builds the
graph and every export; for a folder of articles the result equals
`newsgraph build FOLDER --output DIR` byte for byte. With --merge DIR the
script runs that merge itself.

Text files become records with the id and path `build` gives them (the file
name without its extension; the path as the folder was named joined with the
path inside it), and their text decoded as `build` decodes it (UTF-8, or
UTF-16 after a byte order mark; "\r\n" and "\r" become "\n"). Files that are
not valid UTF-8 are read with U+FFFD in place of the bad bytes, as `build`
does, but their records do not carry `build`'s decoding warning. Binary and
empty files are named on standard error and skipped, as `build` skips them.

Where the binary comes from:
  - default: the same path on every worker (this repository's
    .build/release/newsgraph, or --newsgraph PATH), with its resource bundles
    (NewsGraph_*.resources) beside it, as `swift build` leaves them;
  - --ship: the binary and its bundles are packed into one archive that
    Spark sends to every executor (SparkContext.addArchive), for workers that
    have nothing installed but a compatible Linux (glibc, libgraphviz,
    libxml2 and libsqlite3 as on the driver; the Swift runtime is linked in a
    release build with --static-swift-stdlib, else the Swift runtime
    libraries must be installed there too).

Text files are read by the executors from the path the driver lists, so on a
cluster the folder must be at the same path on every worker (a shared file
system); JSON Lines inputs are read with Spark's textFile and may be on any
file system Spark reads (hdfs://, s3a://).

Examples:
  .venv/bin/python3 scripts/spark-extract.py ../shared/corpus/bbc shards \
      --master 'local[2]' --merge output-bbc
  spark-submit --master spark://head:7077 scripts/spark-extract.py \
      /shared/articles /shared/shards --ship --partitions 64
"""

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

DOCUMENT_EXTENSIONS = (".txt", ".md")


def repository_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_binary():
    built = os.path.join(repository_root(), ".build", "release", "newsgraph")
    if os.path.exists(built):
        return built
    return shutil.which("newsgraph") or built


def list_inputs(path):
    """The text files and JSON Lines files a path names, as build lists them.

    A folder is walked recursively; its .txt and .md files are documents and
    its .jsonl files JSON Lines inputs; symbolic links inside it are not
    followed. Files are sorted by path within each folder named.
    """
    if not os.path.isdir(path):
        return ([], [path]) if path.endswith(".jsonl") else ([path], [])
    base = path[:-1] if path.endswith("/") and len(path) > 1 else path
    texts, lines = [], []
    for folder, folders, names in os.walk(base):
        folders[:] = [name for name in folders if not os.path.islink(os.path.join(folder, name))]
        for name in names:
            full = os.path.join(folder, name)
            if os.path.islink(full) or not os.path.isfile(full):
                continue
            lower = name.lower()
            if lower.endswith(DOCUMENT_EXTENSIONS):
                texts.append(full)
            elif lower.endswith(".jsonl"):
                lines.append(full)
    return sorted(texts), sorted(lines)


def decode(data):
    """Document text from file bytes, as newsgraph's TextDecoder makes it.

    Returns None for binary data (a NUL byte) or text that is only
    whitespace.
    """
    if data[:2] == b"\xff\xfe":
        text = data[2:].decode("utf-16-le", errors="replace")
    elif data[:2] == b"\xfe\xff":
        text = data[2:].decode("utf-16-be", errors="replace")
    elif b"\x00" in data:
        return None
    else:
        text = data.decode("utf-8", errors="replace")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None
    return text


def record_line(path):
    """One text file's JSON Lines record, or None (reported) when unusable."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        print(f"spark-extract: {path}: cannot read: {error.strerror}", file=sys.stderr)
        return None
    text = decode(data)
    if text is None:
        print(f"spark-extract: {path}: binary or empty, skipped", file=sys.stderr)
        return None
    identifier = os.path.splitext(os.path.basename(path))[0]
    return json.dumps({"id": identifier, "path": path, "text": text}, ensure_ascii=False)


def pack_binary(binary, folder):
    """The binary and its resource bundles, as one .tar.gz for --ship."""
    source = os.path.dirname(os.path.abspath(binary))
    archive = os.path.join(folder, "newsgraph.tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(os.path.realpath(binary), arcname="newsgraph")
        for name in sorted(os.listdir(source)):
            if name.startswith("NewsGraph_") and name.endswith(".resources"):
                tar.add(os.path.join(source, name), arcname=name)
    return archive


def rename_parts(output):
    """part-NNNNN -> part-NNNNN.jsonl, so that `merge OUTPUT` finds them."""
    parts = []
    for name in sorted(os.listdir(output)):
        if name.startswith("part-") and not name.endswith(".jsonl"):
            os.rename(os.path.join(output, name), os.path.join(output, name + ".jsonl"))
            parts.append(name + ".jsonl")
    return parts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="folders of articles, article files or JSON Lines files")
    parser.add_argument("output", help="the folder for the shards (must not exist)")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, help="partitions (default: twice Spark's parallelism)")
    parser.add_argument("--newsgraph", default=default_binary(), help="the newsgraph binary (default: %(default)s)")
    parser.add_argument("--ship", action="store_true", help="send the binary and its bundles to the executors")
    parser.add_argument("--jobs", type=int, default=1,
                        help="documents each extract process works on at once (default 1: Spark runs one task per core)")
    parser.add_argument("--names", choices=["models", "rules"], default="models", help="extract --names")
    parser.add_argument("--merge", metavar="DIR", help="then run newsgraph merge into DIR")
    parser.add_argument("--merge-option", action="append", default=[], metavar="ARG",
                        help="an argument for merge (repeatable), e.g. --merge-option=--format=svg,csv")
    arguments = parser.parse_args()

    from pyspark import SparkConf, SparkContext, SparkFiles

    started = time.time()
    count_in = count_out = 0
    conf = SparkConf().setAppName("newsgraph-extract").set("spark.ui.showConsoleProgress", "false")
    if arguments.master:
        conf = conf.setMaster(arguments.master)
    elif not conf.contains("spark.master"):
        conf = conf.setMaster("local[*]")
    if conf.get("spark.master").startswith("local"):
        # Everything in this process: talk over the loopback interface only,
        # and open no web UI.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        conf = (conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false"))
    context = SparkContext(conf=conf)
    context.setLogLevel("WARN")
    try:
        if arguments.ship:
            scratch = tempfile.mkdtemp(prefix="newsgraph-spark-")
            context.addArchive(pack_binary(arguments.newsgraph, scratch) + "#newsgraph-dist")
            local = context.master.startswith("local")
            root = SparkFiles.getRootDirectory() if local else "."
            binary = os.path.join(root, "newsgraph-dist", "newsgraph")
        else:
            binary = os.path.abspath(arguments.newsgraph)
        command = " ".join(shlex.quote(part) for part in [
            binary, "extract", "-", "--with-text", "--jobs", str(arguments.jobs), "--names", arguments.names])

        texts, lines = [], []
        for path in arguments.inputs:
            if "://" in path:
                lines.append(path)
                continue
            if not os.path.exists(path):
                parser.error(f"{path}: no such file or folder")
            found_texts, found_lines = list_inputs(path)
            texts += found_texts
            lines += found_lines
        partitions = arguments.partitions or 2 * context.defaultParallelism
        records = []
        if texts:
            records.append(context.parallelize(texts, min(partitions, len(texts))).map(record_line)
                           .filter(lambda line: line is not None))
        for path in lines:
            records.append(context.textFile(path, partitions).filter(lambda line: line.strip() != ""))
        if not records:
            parser.error("no .txt, .md or .jsonl file among the inputs")
        documents = context.union(records) if len(records) > 1 else records[0]
        if documents.getNumPartitions() < partitions:
            documents = documents.repartition(partitions)
        documents = documents.cache()
        extracted = documents.pipe(command, env={"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"})
        extracted.saveAsTextFile(arguments.output)
        count_in = documents.count()
        if "://" not in arguments.output:
            parts = rename_parts(arguments.output)
            count_out = 0
            for name in parts:
                with open(os.path.join(arguments.output, name), "rb") as handle:
                    count_out += sum(1 for _ in handle)
            print(f"spark-extract: {count_in} documents in, {count_out} extraction lines out, "
                  f"{len(parts)} shards in {arguments.output}; {time.time() - started:.1f} s", file=sys.stderr)
            if count_out != count_in:
                print("spark-extract: some documents gave no extraction (see the executors' standard error)",
                      file=sys.stderr)
    finally:
        context.stop()

    status = 0
    if arguments.merge:
        merge = [os.path.abspath(arguments.newsgraph), "merge", arguments.output, "--output", arguments.merge]
        status = subprocess.call(merge + arguments.merge_option)
    if status == 0 and "://" not in arguments.output and count_out != count_in:
        status = 2
    sys.exit(status)


if __name__ == "__main__":
    main()
