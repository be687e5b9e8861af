"""How claim matching scales: time and peak memory on synthetic corpora of growing size.

Run: ``.venv/bin/python benchmarks/claims_scale.py [--sizes 1000 10000 50000] [--no-memory]``
or ``.venv/bin/python benchmarks/claims_scale.py --long 250 500 1000 2000`` (one long article)
or ``.venv/bin/python benchmarks/claims_scale.py --rss --sizes 1000 10000 50000`` (peak RSS)

For each size, ``synth.generate`` makes the corpus (not timed), then ``claims.match`` runs
on it. Printed per size:

- CPU seconds of matching (``time.process_time``: other processes on a busy machine do not
  count), and the same as a ratio to a baseline run in the same process on the same
  corpus: one linear pass that reads every statement into content words (what any
  matcher must at least do), so machine speed cancels out;
- peak memory of matching (``tracemalloc``, in a second run, since tracing slows Python);
- the growth from the previous size, **normalised per doubling**:
  ``(t2 / t1) ** (1 / log2(n2 / n1))``; linear cost gives 2.0, all pairs 4.0. The
  target is at most 2.2;
- the quality on the synthetic truth, to show that speed is not bought by matching less:
  pairwise precision, recall, F1 of links between the *fact* statements of different
  articles (gold: same event, same fact). Headlines are left out (one its own text
  carries joins no claim, by design), and so are background sentences: the same
  background recurs across months of a large corpus, beyond the date window, and its
  pairs would grow quadratically and swamp the figure. A fact wrongly joined with noise
  or background is therefore not counted against precision (a limit of this measure).

``--long N ...`` times instead one article of N statements (``synth.long_article``: facts
of many events, noise, and every 25th statement a claim said again word for word), the
case of a live blog: a claim repeated inside one article must be found without scoring
every pair of its statements. Printed per size: CPU seconds, the ratio to the same
baseline pass, growth per doubling, and how many of the repeats were found.

``--rss`` measures instead the peak resident memory of matching, which ``tracemalloc``
cannot at 50k (tracing would take half an hour) and which it understates anyway (it sees
Python's allocations, not the interpreter, the allocator's slack or C buffers). Each size
runs in a **fresh interpreter** (so no size inherits another's heap): it imports claimline,
makes the corpus, notes its resident memory (``VmRSS``), resets the peak (``5`` to
``/proc/self/clear_refs``), runs ``claims.match`` and reads the peak (``VmHWM``). The
peak is read from ``/proc`` rather than ``getrusage(...).ru_maxrss``: on Linux a child's
``ru_maxrss`` starts at its parent's size at ``exec`` (vfork) and cannot be reset, so it
would measure the making of the corpus as much as the matching; ``ru_maxrss`` is the
fallback where ``/proc`` is missing (then "matching MB" includes making the corpus).
Baseline: a fresh interpreter that only imports claimline, in the same run. Printed per
size: peak MB and its ratio to that baseline, resident MB before matching (interpreter and
corpus), what matching adds on top, and the growth of each from the previous size
(ratio, and per doubling as above: memory that follows the date window, not the corpus,
grows well under 2.0x per doubling).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import subprocess
import sys
import time
import tracemalloc
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

from generator.model import Overrides
from generator.stages import claims
from generator.text import wording


def baseline(corpus: synth.Corpus) -> float:
    t = time.process_time()
    for stmts in corpus.statements.values():
        for s in stmts:
            wording.content_words(s.text)
    return time.process_time() - t


def quality(corpus: synth.Corpus, found) -> tuple[float, float, float]:
    groups = defaultdict(list)
    for sid, g in corpus.gold.items():
        if g.startswith("e") and not sid.endswith("#s0"):  # facts of events (see the docstring)
            groups[g].append(sid)
    gold = {
        p
        for ids in groups.values()
        for p in combinations(sorted(ids), 2)
        if p[0].split("#")[0] != p[1].split("#")[0]
    }
    facts = {s for ids in groups.values() for s in ids}
    pred = {p for c in found for p in combinations(sorted(s for s in c.statements if s in facts), 2)
            if p[0].split("#")[0] != p[1].split("#")[0]}  # fmt: skip
    tp = len(gold & pred)
    pr = tp / len(pred) if pred else 0.0
    rc = tp / len(gold) if gold else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def repeats_found(corpus: synth.Corpus, found) -> tuple[int, int]:
    """Pairs of statements of one claim said twice in the article: (in one claim, all)."""
    groups = defaultdict(list)
    for sid, g in corpus.gold.items():
        groups[g].append(sid)
    gold = {p for ids in groups.values() for p in combinations(sorted(ids), 2)}
    pred = {p for c in found for p in combinations(sorted(c.statements), 2)}
    return len(gold & pred), len(gold)


def long_articles(sizes: list[int]) -> int:
    print(f"{'statements':>10s} {'cpu s':>8s} {'x base':>7s} {'per doubling':>12s} {'repeats found':>14s}")
    prev = None
    worst = 0.0
    for n in sizes:
        corpus = synth.long_article(n)
        base = min(baseline(corpus) for _ in range(5))  # a short pass: the best of five
        gc.collect()
        t = time.process_time()
        found = claims.match(corpus.articles, corpus.statements, [], Overrides())
        seconds = time.process_time() - t
        hit, total = repeats_found(corpus, found)
        growth = ""
        if prev is not None:
            per_doubling = (seconds / prev[1]) ** (1 / math.log2(n / prev[0]))
            worst = max(worst, per_doubling)
            growth = f"{per_doubling:.2f}x"
        print(
            f"{n:10d} {seconds:8.2f} {seconds / base:7.1f} {growth:>12s} {f'{hit}/{total}':>14s}", flush=True
        )
        prev = (n, seconds)
    if worst:
        print(f"worst growth per doubling: {worst:.2f}x (target <= 2.2x)")
    return 0 if worst <= 2.2 else 1


def _proc_kb(field: str) -> int | None:
    """A ``/proc/self/status`` figure in KiB (``VmHWM``, ``VmRSS``), None where there is none."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _peak_kb() -> int:
    hwm = _proc_kb("VmHWM")
    if hwm is not None:
        return hwm
    import resource  # Unix only; KiB on Linux

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_child(n: int) -> int:
    """In a fresh interpreter: peak RSS after import (n = 0), or of matching n articles; one JSON line."""
    out: dict = {"import_kb": _peak_kb()}
    if n:
        corpus = synth.generate(n)
        gc.collect()
        out["statements"] = sum(len(s) for s in corpus.statements.values())
        out["before_kb"] = _proc_kb("VmRSS") or _peak_kb()
        try:
            Path("/proc/self/clear_refs").write_text("5")  # peak := now, so it is matching's own
            out["reset"] = True
        except OSError:
            out["reset"] = False
        t = time.process_time()
        claims.match(corpus.articles, corpus.statements, [], Overrides())
        out["cpu"] = time.process_time() - t
        out["peak_kb"] = _peak_kb()
    print(json.dumps(out))
    return 0


def _child(n: int) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--rss-child", str(n)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def rss(sizes: list[int]) -> int:
    base = _child(0)["import_kb"] / 1024
    print(f"baseline: a fresh interpreter after importing claimline: {base:.1f} MB peak RSS")
    print(f"{'articles':>8s} {'statements':>10s} {'cpu s':>7s} {'peak MB':>8s} {'x base':>7s} {'before MB':>9s} "
          f"{'matching MB':>11s} {'peak growth':>14s} {'matching growth':>16s}")  # fmt: skip
    prev = None
    for n in sizes:
        r = _child(n)
        peak, before = r["peak_kb"] / 1024, r["before_kb"] / 1024
        own = max(peak - before, 0.0)
        growth = own_growth = ""
        if prev is not None:
            doublings = math.log2(n / prev[0])
            growth = f"{peak / prev[1]:.2f}x ({(peak / prev[1]) ** (1 / doublings):.2f})"
            if prev[2] > 0:
                own_growth = f"{own / prev[2]:.2f}x ({(own / prev[2]) ** (1 / doublings):.2f})"
        print(f"{n:8d} {r['statements']:10d} {r['cpu']:7.1f} {peak:8.1f} {peak / base:7.1f} {before:9.1f} "
              f"{own:11.1f} {growth:>14s} {own_growth:>16s}" + ("" if r["reset"] else "  (peak not reset)"),
              flush=True)  # fmt: skip
        prev = (n, peak, own)
    print("growth: ratio to the previous size (per doubling in brackets)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    ap.add_argument(
        "--long", type=int, nargs="+", metavar="N", help="time one article of N statements instead"
    )
    ap.add_argument(
        "--rss", action="store_true", help="peak RSS of matching per size, each in a fresh interpreter"
    )
    ap.add_argument("--rss-child", type=int, metavar="N", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child is not None:
        return rss_child(args.rss_child)
    if args.long:
        return long_articles(args.long)
    if args.rss:
        return rss(args.sizes)
    print(f"{'articles':>8s} {'events':>7s} {'statements':>10s} {'cpu s':>8s} {'x base':>7s} {'peak MB':>8s} "
          f"{'per doubling':>12s} {'P':>6s} {'R':>6s} {'F1':>6s}")  # fmt: skip
    prev = None
    worst = 0.0
    for n in args.sizes:
        corpus = synth.generate(n)
        n_stmts = sum(len(s) for s in corpus.statements.values())
        base = baseline(corpus)
        gc.collect()
        t = time.process_time()
        found = claims.match(corpus.articles, corpus.statements, [], Overrides())
        seconds = time.process_time() - t
        p, r, f = quality(corpus, found)
        del found
        peak = float("nan")
        if not args.no_memory:
            gc.collect()
            tracemalloc.start()
            claims.match(corpus.articles, corpus.statements, [], Overrides())
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        growth = ""
        if prev is not None:
            per_doubling = (seconds / prev[1]) ** (1 / math.log2(n / prev[0]))
            worst = max(worst, per_doubling)
            growth = f"{per_doubling:.2f}x"
        print(f"{n:8d} {corpus.events:7d} {n_stmts:10d} {seconds:8.2f} {seconds / base:7.1f} {peak:8.1f} "
              f"{growth:>12s} {p:6.3f} {r:6.3f} {f:6.3f}", flush=True)  # fmt: skip
        prev = (n, seconds)
    if worst:
        print(f"worst growth per doubling: {worst:.2f}x (target <= 2.2x)")
    return 0 if worst <= 2.2 else 1


if __name__ == "__main__":
    sys.exit(main())
