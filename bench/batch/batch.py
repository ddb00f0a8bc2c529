"""Batch throughput of `gloss annotate --jsonl` on 1 and 2 threads (`make bench-batch`).

Writes made-up news articles (about 5 KB each) as JSON Lines, pipes them through the release CLI
with --threads 1 and --threads N (all cores), and prints documents/s and MB/s for each, plus a
check that every run gave the same output. Usage: batch.py GLOSS_BINARY [DOCUMENTS]
"""

import json
import os
import subprocess
import sys
import tempfile
import time

PARAGRAPHS = [
    "Sign up for our free Morning Briefing email\nPlease enter a valid email address",
    "Health Secretary Maria Delgado said on Wednesday that waiting lists had fallen by 8 per cent since January, the first fall in three years.",
    "The Office for National Statistics said 1,245 firms closed in the quarter to June, up from 1,100 a year earlier, with costs of £2.7bn.",
    "Delgado told the BBC that the National Health Service would hire 3,000 more nurses by 2026, more than double the number promised in 2022.",
    "Flood defences in Leeds and York cost about $75 million, and the river rose 2.5 metres on Thursday, the third highest level on record.",
    "Campaigners from Friends of the Earth met officials in Brussels and Paris to discuss the European Union's new rules.",
    "Maria Delgado visits a hospital in Manchester (PA)",
    "Unemployment rose 0.3 percentage points to 4.4% in the three months to August, while wages grew at an annual rate of 5.2 per cent.",
]


def article(i):
    parts, size, k = [f"Report {i}: figures for week {i % 52 + 1}"], 0, i
    while size < 5000:
        p = PARAGRAPHS[k % len(PARAGRAPHS)]
        parts.append(p)
        size += len(p) + 2
        k += 3
    return "\n\n".join(parts)


def main():
    binary = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(count):
                f.write(json.dumps({"id": i, "text": article(i)}) + "\n")
        megabytes = os.path.getsize(path) / 1e6
        print(f"{count} documents, {megabytes:.1f} MB of JSON Lines; {cores} cores")
        outputs = {}
        for threads in sorted({1, 2, cores}):
            with open(path, "rb") as stdin:
                start = time.perf_counter()
                out = subprocess.run(
                    [binary, "annotate", "--jsonl", "--threads", str(threads)],
                    stdin=stdin, capture_output=True, check=True,
                ).stdout
                seconds = time.perf_counter() - start
            outputs[threads] = out
            print(f"--threads {threads}: {seconds:6.2f} s  {count / seconds:8.0f} documents/s  "
                  f"{megabytes / seconds:6.2f} MB/s")
        same = len(set(outputs.values())) == 1
        print("outputs identical across thread counts:", "yes" if same else "NO")
        sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
