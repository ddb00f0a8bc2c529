"""Gloss as a mapper in Apache Spark: `RDD.pipe` through `gloss annotate --jsonl` in local mode
over a few thousand JSON Lines records must give exactly the output of one single-process run.

Run with `make test-spark` (creates a virtualenv with pyspark under target/, needs Java 17).
Exits 0 when the outputs are identical, 1 otherwise.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

from pyspark import SparkConf, SparkContext

PARAGRAPHS = [
    "Sign up for our free Morning Briefing email",
    "Health Secretary Maria Delgado said on Wednesday that waiting lists had fallen by 8 per cent since January.",
    "The Office for National Statistics said 1,245 firms closed in the quarter to June, up from 1,100 a year earlier.",
    "Delgado told the BBC the plan would cost £2.7bn, more than double the sum promised in 2022.",
    "Flood defences in Leeds cost about $75 million, and the river rose 2.5 metres on Thursday.",
    "Maria Delgado visits a hospital in Manchester (PA)",
]


def records(count):
    for i in range(count):
        body = "\n\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(1 + i % 5))
        yield json.dumps({"id": f"doc-{i}", "text": f"Report {i}: {i} per cent.\n\n{body}"})


def main():
    gloss = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/gloss")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    lines = list(records(count))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "input.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

        t0 = time.time()
        single = subprocess.run(
            [gloss, "annotate", "--jsonl", "--threads", "1"],
            input="\n".join(lines) + "\n", capture_output=True, text=True, check=True,
        ).stdout.splitlines()
        t_single = time.time() - t0

        conf = SparkConf().setMaster("local[2]").setAppName("gloss-pipe")
        conf.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false").set("spark.driver.host", "127.0.0.1")
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        try:
            t0 = time.time()
            rdd = sc.textFile(path, minPartitions=8)
            # Each partition's records go through one gloss process; the env keeps Spark's
            # workers from using more threads than the partitions give them.
            piped = rdd.pipe(f"{gloss} annotate --jsonl --threads 1").collect()
            t_spark = time.time() - t0
        finally:
            sc.stop()

    same = piped == single
    print(f"records: {count}; single process: {len(single)} lines in {t_single:.2f} s; "
          f"Spark RDD.pipe (local[2], 8 partitions): {len(piped)} lines in {t_spark:.2f} s; "
          f"identical: {same}")
    if not same:
        for i, (a, b) in enumerate(zip(piped, single)):
            if a != b:
                print(f"first difference at record {i}:\n spark:  {a[:200]}\n single: {b[:200]}")
                break
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
