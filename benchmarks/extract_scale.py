"""The per-article stages alone at scale: extraction of N real-size articles, wall and CPU.

Run: ``.venv/bin/python benchmarks/extract_scale.py [--sizes 1000,2000,4000] [--jobs N]``

The issue's bound "extraction of 4,000 real-size articles in at most 60 s of wall time on
2 cores" is about these stages (page furniture, statements, dates, names in text), the part
``--jobs`` spreads over processes and the cache keeps; the cross-article stages (claims,
events) are measured by ``scale.py``. Corpus: ``synth.write_real`` (about 6 KB an article;
scale, not accuracy). Each size runs in a fresh interpreter: load the content, then
``extract.extract_all`` with an empty cache (filled), then again with it filled. Printed:
wall, CPU of all processes (workers included: CPU is the robust figure on a shared
machine), per-article CPU, growth per doubling of CPU, the rebuild's share, peak RSS of the
main process and of the largest worker. Baseline in the same process: ``--jobs 1``, the
same work in one process (``--baseline``), whose wall the parallel run is compared to.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn) -> dict:
    wall, cpu = time.perf_counter(), _cpu()
    fn()
    return {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu}


def child(n: int, seed: int, jobs: int | None, baseline: bool) -> dict:
    from generator.content.load import load_corpus
    from generator.stages import boilerplate, extract

    content = synth.real_corpus(n, seed)
    out: dict = {}
    holder: dict = {}
    out["load"] = _timed(lambda: holder.setdefault("corpus", load_corpus(content)))
    corpus = holder["corpus"]
    articles = list(corpus.articles)
    with tempfile.TemporaryDirectory() as tmp:
        def work(j, cache):
            outlets = boilerplate.outlets(corpus.sources, articles)
            return extract.extract_all(articles, corpus.overrides, outlets, jobs=j, cache=cache)

        out["full"] = _timed(lambda: holder.setdefault("first", work(jobs, Path(tmp))))
        out["statements"] = sum(len(r.statements) for r in holder.pop("first").values())
        out["same"] = _timed(lambda: work(jobs, Path(tmp)))
        if baseline:
            out["one"] = _timed(lambda: work(1, None))
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["worker_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,2000,4000")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--baseline", action="store_true", help="also the same work in one process (--jobs 1)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.seed, args.jobs, args.baseline)))
        return 0
    print("extraction (per-article stages) of synthetic real-size articles: scale, not accuracy")
    print(f"{'articles':>8s} {'statements':>10s} {'load s':>7s} {'wall s':>7s} {'CPU s':>7s} {'ms/art':>7s} "
          f"{'growth':>7s} {'cached %':>8s} {'1-proc wall':>11s} {'peak MB':>8s} {'worker MB':>9s}")
    prev = None
    for n in (int(x) for x in args.sizes.split(",")):
        synth.real_corpus(n, args.seed)  # written before timing
        cmd = [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)]
        cmd += ["--jobs", str(args.jobs)] if args.jobs else []
        cmd += ["--baseline"] if args.baseline else []
        r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
        full = r["full"]
        growth = f"{(full['cpu'] / prev[1]) ** (1 / math.log2(n / prev[0])):.2f}x" if prev else ""
        one = f"{r['one']['wall']:11.1f}" if "one" in r else f"{'':>11s}"
        print(f"{n:8,d} {r['statements']:10,d} {r['load']['wall']:7.1f} {full['wall']:7.1f} {full['cpu']:7.1f} "
              f"{1000 * full['cpu'] / n:7.1f} {growth:>7s} {100 * r['same']['wall'] / full['wall']:8.0f} {one} "
              f"{r['peak_mb']:8.0f} {r['worker_mb']:9.0f}", flush=True)
        prev = (n, full["cpu"])
    print("wall/CPU: extract_all with an empty cache (CPU: all processes); cached %: again with the cache filled, "
          "share of that wall; 1-proc wall: --baseline, the same work with --jobs 1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
