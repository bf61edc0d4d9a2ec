"""PySpark job: a corpus as JSON lines in, every task of every document out as Parquet.

Each partition of the input is piped through one `policyparse batch --stdin-jsonl` process
(RDD.pipe); the answers ({"id": ..., "document": {...}} per line, in order) are flattened into one
row per node of the task tree and written with Spark's own Parquet writer.

    python policyparse_spark.py --input corpus.jsonl --output tasks.parquet \
        [--policyparse /path/to/policyparse] [--master local[2]] [--partitions 4]

Input lines are {"id": ..., "text": ...} (the text already decoded). Lines policyparse answers
with an error are counted and printed; the job then exits with status 1.
"""

import argparse
import json
import os
import sys

from pyspark.sql import SparkSession
from pyspark.sql import types as T

from tasks import TASK_FIELDS, task_rows

SCHEMA = T.StructType([
    T.StructField("id", T.StringType(), False),
    T.StructField("index_path", T.StringType(), False),
    T.StructField("level", T.IntegerType(), False),
    T.StructField("style", T.StringType(), False),
    T.StructField("marker", T.StringType(), False),
    T.StructField("heading", T.StringType(), False),
    T.StructField("text", T.StringType(), False),
    T.StructField("span_start", T.LongType(), False),
    T.StructField("span_end", T.LongType(), False),
    T.StructField("departments", T.ArrayType(T.StringType(), False), False),
    T.StructField("amounts", T.IntegerType(), False),
    T.StructField("percentages", T.IntegerType(), False),
    T.StructField("years", T.IntegerType(), False),
    T.StructField("quantities", T.IntegerType(), False),
])
assert [f.name for f in SCHEMA.fields] == TASK_FIELDS


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="JSON lines {\"id\":...,\"text\":...}")
    parser.add_argument("--output", required=True, help="Parquet directory to write (replaced)")
    parser.add_argument("--policyparse", default="policyparse", help="the policyparse binary")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args(argv)

    spark = (SparkSession.builder.master(args.master).appName("policyparse")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    # The workers import the flattening code too.
    spark.sparkContext.addPyFile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tasks.py"))
    try:
        lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
        # One policyparse process per partition; it answers every line, in order.
        answers = lines.pipe(f"{args.policyparse} batch --stdin-jsonl --jobs 1 --quiet").map(json.loads).cache()
        errors = answers.filter(lambda a: "error" in a).collect()
        tasks = answers.filter(lambda a: "document" in a).flatMap(
            lambda a: task_rows(str(a["id"]), a["document"]))
        spark.createDataFrame(tasks, SCHEMA).write.mode("overwrite").parquet(args.output)
        documents = answers.count()
    finally:
        spark.stop()
    print(f"policyparse_spark: {documents} documents, {len(errors)} errors -> {args.output}", file=sys.stderr)
    for e in errors[:10]:
        print(f"  {e.get('id')}: {e['error']['kind']}: {e['error']['message']}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
