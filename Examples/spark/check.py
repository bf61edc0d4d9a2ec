"""Runs the Spark job on Fixtures/ (and ../shared/corpus when present) and checks that the Parquet
holds exactly the tasks `policyparse batch --jsonl` gives for the same files: the same rows
(document, position in the tree, level, style, marker, heading, text, span, departments, mention
counts), so the same node count per document.

    python Examples/spark/check.py --policyparse .build/debug/policyparse [--work DIR]

Exit status 0 when they agree, 1 when not (the differences are printed).
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tasks import task_rows  # noqa: E402

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def documents(root):
    """Document files under `root` (the CLI snapshots under Fixtures/cli and READMEs are not documents)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if os.path.basename(root) == "Fixtures" and os.path.relpath(folder, root).split(os.sep)[0] == "cli":
            continue
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and name.lower() != "readme.md" and not name.startswith("."):
                found.append(os.path.join(folder, name))
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description="Spark job vs policyparse batch")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--policyparse", required=True)
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(HERE)), help="repository root")
    parser.add_argument("--work", default=None, help="scratch folder (default: a temporary one)")
    args = parser.parse_args(argv)
    binary = os.path.abspath(args.policyparse)
    work = args.work or tempfile.mkdtemp(prefix="policyparse-spark-")
    os.makedirs(work, exist_ok=True)
    try:
        return compare(args, binary, work)
    finally:
        if not args.work and not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def compare(args, binary, work):

    roots = [os.path.join(args.root, "Fixtures")]
    corpus = os.path.join(os.path.dirname(os.path.abspath(args.root)), "shared", "corpus")
    if os.path.isdir(corpus):
        roots.append(corpus)
    else:
        print(f"check: {corpus} is absent; Fixtures only")
    files = [f for r in roots for f in documents(r)]

    # The reference: batch over the files themselves (reading and decoding included).
    expected_path = os.path.join(work, "expected.jsonl")
    batch = subprocess.run([binary, "batch", *files, "--jsonl", expected_path, "--jobs", "2", "--quiet"])
    if batch.returncode not in (0, 1):
        print(f"check: policyparse batch exited with {batch.returncode}")
        return 1
    expected = {}
    with open(expected_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            expected[doc["source"]] = doc

    # The Spark input: every converted file that is UTF-8 (the text goes in already decoded).
    requests = os.path.join(work, "requests.jsonl")
    ids = []
    with open(requests, "w", encoding="utf-8") as out:
        for path in files:
            if path not in expected:
                continue
            try:
                text = open(path, "rb").read().decode("utf-8-sig")
            except UnicodeDecodeError:
                continue
            out.write(json.dumps({"id": path, "text": text}, ensure_ascii=False) + "\n")
            ids.append(path)
    print(f"check: {len(files)} files, {len(expected)} converted by batch, {len(ids)} UTF-8 sent through Spark")

    import policyparse_spark
    parquet = os.path.join(work, "tasks.parquet")
    status = policyparse_spark.main(["--input", requests, "--output", parquet, "--policyparse", binary])
    if status != 0:
        print("check: the Spark job reported errors")
        return 1

    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    try:
        got = [tuple(list(r) if isinstance(r, list) else r for r in row) for row in spark.read.parquet(parquet).collect()]
    finally:
        spark.stop()
    got = [tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in got]
    want = [tuple(tuple(v) if isinstance(v, list) else v for v in row)
            for doc_id in ids for row in task_rows(doc_id, expected[doc_id])]

    got_counts = collections.Counter(r[0] for r in got)
    want_counts = collections.Counter(r[0] for r in want)
    print(f"check: Parquet {len(got)} tasks in {len(got_counts)} documents; batch {len(want)} tasks in {len(want_counts)} documents")
    if sorted(got) == sorted(want):
        print("check: OK, the Parquet holds exactly the tasks batch gives")
        return 0
    for doc_id in sorted(set(got_counts) | set(want_counts)):
        if got_counts[doc_id] != want_counts[doc_id]:
            print(f"  {doc_id}: Parquet {got_counts[doc_id]} tasks, batch {want_counts[doc_id]}")
    missing = collections.Counter(want) - collections.Counter(got)
    extra = collections.Counter(got) - collections.Counter(want)
    for row in list(missing)[:5]:
        print(f"  missing from Parquet: {row[:6]}")
    for row in list(extra)[:5]:
        print(f"  not in batch: {row[:6]}")
    print("check: FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
