#!/usr/bin/env python3
"""Per-phase CPU and wall times of `gloss annotate` from its GLOSS_TRACE stamps (src/bin/gloss/trace.rs).

Usage: scripts/gloss-trace.py RUNS TEXT [ENV=VALUE:]BINARY...
Runs each binary RUNS times, alternated, with TEXT piped to stdin (as `make compare` does), and
prints medians and quartiles of the main thread's CPU before, in and after the layers (on two
cores it runs the statistics layer, the longer: its CPU is the critical path's), and the wall
times seen by this script. Thread CPU times do not depend much on the
host's load; wall times do.
"""
import os
import statistics
import subprocess
import sys
import time


def run(binary, env, data):
    t0 = time.monotonic_ns()
    p = subprocess.run([binary, "annotate"], input=data, capture_output=True, env=env)
    t1 = time.monotonic_ns()
    ev = {}
    for line in p.stderr.decode().splitlines():
        if line.startswith("T "):
            _, wall, name, cpu, label = line.split(" ", 4)
            ev[(name, label)] = (int(wall), int(cpu))
    return t0, t1, ev


def main():
    runs, text, bins = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    data = open(text, "rb").read()
    res = {b: {} for b in bins}
    for _ in range(runs):
        for b in bins:
            env = dict(os.environ, GLOSS_TRACE="1")
            binary = b
            if "=" in b.split(":", 1)[0] and ":" in b:
                kv, binary = b.split(":", 1)
                k, v = kv.split("=", 1)
                env[k] = v
            t0, t1, ev = run(binary, env, data)
            g = lambda name, label: ev.get((name, label))
            rows = {
                "main CPU before the layers": g("main", "heap")[1],
                "main CPU in the layers": g("main", "annotated")[1] - g("main", "heap")[1],
                "main CPU, JSON": g("main", "flushed")[1] - g("main", "rendered")[1],
                "main CPU total": g("main", "exit")[1],
                "wall (this script)": t1 - t0,
                "wall: input read": g("main", "read")[0] - t0,
                "wall: the layers": g("main", "annotated")[0] - g("main", "heap")[0],
                "wall: JSON": g("main", "flushed")[0] - g("main", "rendered")[0],
                "wall: main's exit to the end": t1 - g("main", "exit")[0],
            }
            for k, v in rows.items():
                res[b].setdefault(k, []).append(v)
    for b in bins:
        print(b)
        for k, v in res[b].items():
            v = sorted(v)
            print(f"  {k:30s} median {statistics.median(v) / 1e6:7.2f} ms"
                  f"  [{v[len(v) // 4] / 1e6:.2f}–{v[3 * len(v) // 4] / 1e6:.2f}]")


if __name__ == "__main__":
    main()
