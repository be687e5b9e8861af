"""Claim matching alone on real-size synthetic articles: CPU, peak RSS, work counts, a digest.

Run: ``.venv/bin/python benchmarks/claims_real.py --articles 1000 [--profile] [--counts]``

The stages before claims (load, extract, entities, hiding) run once per size and their output,
``claims.match``'s arguments, is pickled to ``/tmp/claimline-bench/claims-N-sSEED.pickle``;
later runs read it back, so only matching is timed (a 1,000-article export spends some 30 s
of CPU before claims). The corpus is ``synth.write_real`` (as ``scale.py``): scale, not accuracy.

Printed: CPU seconds of ``claims.match`` (``time.process_time``) and, as the ratio against a
baseline in the same process, one pass that reads every statement into content words; the
peak RSS of the process (``VmHWM``, reset before matching, so it is matching's peak over
the inputs'); the claims' SHA-256 (``--digest`` is always on: the check that a change meant
to keep the output keeps it, the same digest before and after). ``--counts`` adds how many
vectors were made (by the end of scoring, and in all) and pairs scored (counting wrappers, a
little slower); ``--profile`` runs under cProfile and prints the top functions; ``--cache N``
sets the vector cache's size (statements), to see a large corpus's pressure on a small one.
Always printed besides: the cyclic collector's collections while matching (by generation, their
CPU from ``gc.callbacks``; matching pauses it, ``--collect`` leaves it running as before) and the
CPU of each step of ``claims.match``; ``--counts`` adds contexts computed, the vector cache's
evictions and the name pairs asked and worked out, and all counts a statement.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import hashlib
import io
import json
import pickle
import pstats
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

from generator.stages import claims
from generator.text import wording


def inputs(n: int, seed: int, name: str = "claims") -> tuple:
    """``claims.match``'s arguments for the ``n``-article corpus, made once and pickled (``name``: the
    pickle's prefix, for inputs made by another tree of the code)."""
    path = Path(f"/tmp/claimline-bench/{name}-{n}-s{seed}.pickle")
    if path.exists():
        return pickle.loads(path.read_bytes())
    from generator import pipeline
    from generator.content.load import load_corpus

    caught: list[tuple] = []

    def catch(*args):
        caught.append(args)
        raise _Caught

    real, claims.match = claims.match, catch
    try:
        pipeline.run(load_corpus(synth.real_corpus(n, seed)), jobs=None)
    except _Caught:
        pass
    finally:
        claims.match = real
    path.write_bytes(pickle.dumps(caught[0], protocol=pickle.HIGHEST_PROTOCOL))
    return caught[0]


class _Caught(Exception):
    pass


def _kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def digest(found) -> str:
    return hashlib.sha256(json.dumps([asdict(c) for c in found], default=str, sort_keys=True).encode()).hexdigest()


def baseline(args: tuple) -> float:
    t = time.process_time()
    for stmts in args[1].values():
        for s in stmts:
            wording.content_words(s.text)
    return time.process_time() - t


def _collections() -> dict:
    """Python's cyclic collector while matching runs: collections by generation and their CPU
    seconds (``gc.callbacks``), to tell its share of the growth from the matching's own."""
    seen: dict = {"collections": [0, 0, 0], "seconds": [0.0, 0.0, 0.0], "collected": 0}
    began = [0.0]

    def on(phase: str, info: dict) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            g = info["generation"]
            seen["collections"][g] += 1
            seen["seconds"][g] += time.process_time() - began[0]
            seen["collected"] += info["collected"]

    gc.callbacks.append(on)
    return seen


def _phases() -> dict:
    """CPU seconds of each step of ``claims.match`` (wrappers on the module functions it calls; a
    generator is timed while it makes each value), to see which step grows faster than the corpus."""
    from generator.stages.claims import background, blocking, clustering, headlines, reads, sentences

    spent: dict = {}

    def plain(owner, name, label):
        f = getattr(owner, name)

        def timed(*a, **k):
            t = time.process_time()
            try:
                return f(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t

        setattr(owner, name, timed)

    def lazily(owner, name, label):
        f = getattr(owner, name)

        def timed(*a, **k):
            made = f(*a, **k)
            while True:
                t = time.process_time()
                try:
                    x = next(made)
                except StopIteration:
                    return
                finally:
                    spent[label] = spent.get(label, 0.0) + time.process_time() - t
                yield x

        setattr(owner, name, timed)

    for owner, name, label in ((claims, "build_items", "items"), (background, "mark", "background"),
                               (claims, "Vectors", "vectors' terms"), (claims, "_scored", "scored (all)"),
                               (blocking, "in_turn", "blocking: in_turn (all)"), (reads.Reads, "plan", "read plan"),
                               (claims, "_prime_and_score", "scored: body pairs"), (headlines, "score", "scored: headlines"),
                               (clustering, "assign", "assign"), (clustering, "cluster", "cluster"),
                               (headlines, "carried", "headlines carried"), (claims, "_claims", "claims built"),
                               (sentences, "as_sentences", "as sentences")):  # fmt: skip
        plain(owner, name, label)
    lazily(blocking, "_in_window", "blocking: window")
    lazily(blocking, "_pairs", "blocking: window and timeless")
    lazily(blocking, "repeat_candidates", "repeats blocked")
    return spent


def _counting() -> dict:
    """Wrap what is worth counting: vectors made (by kind), pairs featured."""
    from generator.stages.claims import clustering, items

    counts: dict = {"vectors made": {}, "vector reads": 0, "features": 0}
    kept = items.Vectors.kept
    kinds = ("words", "clauses", "grams", "plain", "window", "facts")  # items.WORDS ... items.FACTS

    def counted_kept(self, k, kind, make):
        counts["vector reads"] += 1

        def made():
            name = kinds[kind]
            counts["vectors made"][name] = counts["vectors made"].get(name, 0) + 1
            return make()

        return kept(self, k, kind, made)

    feats = clustering.features

    def counted_features(*a):
        counts["features"] += 1
        return feats(*a)

    context = clustering.Scores.context

    def counted_context(*a):
        counts["contexts"] = counts.get("contexts", 0) + 1
        return context(*a)

    going = items.Vectors._going

    def counted_going(self):
        dropped = going(self)
        counts["cache evictions"] = counts.get("cache evictions", 0) + 1
        counts["statements dropped"] = counts.get("statements dropped", 0) + len(dropped)
        return dropped

    items.Vectors._going = counted_going
    clustering.Scores.context = counted_context
    scored = claims._scored

    def counted_scored(*a):
        found = scored(*a)
        counts["vectors made while scoring"] = dict(counts["vectors made"])
        return found

    items.Vectors.kept = counted_kept
    clustering.features = counted_features
    claims._scored = counted_scored
    return counts


def _flat(counts: dict) -> dict:
    out = {}
    for k, v in counts.items():
        if isinstance(v, dict):
            out.update({f"{k}: {kk}": vv for kk, vv in v.items()})
        else:
            out[k] = v
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--counts", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--collect", action="store_true",
                    help="leave Python's cyclic collector running while matching (claims pauses it)")
    ap.add_argument("--cache", type=int, help="statements the vector cache holds (items.VECTOR_CACHE)")
    a = ap.parse_args()
    if a.cache:
        from generator.stages.claims import items

        items.Vectors.__init__.__defaults__ = (a.cache,)  # its ``limit``
    if a.collect:
        claims._uncollected = contextlib.nullcontext
    args = inputs(a.articles, a.seed)
    statements = sum(len(s) for s in args[1].values())
    base = min(baseline(args) for _ in range(3))
    counts = _counting() if a.counts else None
    spent = _phases()
    collector = _collections()
    Path("/proc/self/clear_refs").write_text("5")
    before = _kb("VmRSS")
    profiler = cProfile.Profile() if a.profile else None
    t = time.process_time()
    if profiler:
        profiler.enable()
    found = claims.match(*args)
    if profiler:
        profiler.disable()
    cpu = time.process_time() - t
    gc.callbacks.clear()
    peak = _kb("VmHWM")
    print(f"{a.articles} articles, {statements} statements: claims.match CPU {cpu:.1f} s "
          f"({cpu / base:.0f}x the baseline pass, {base:.2f} s), {cpu / statements * 1e3:.2f} ms a statement; "
          f"peak RSS {peak / 1024:.0f} MB ({before / 1024:.0f} MB before matching); "
          f"{len(found)} claims, digest {digest(found)[:16]}")  # fmt: skip
    print(f"gc: collections by generation {collector['collections']}, CPU s {[round(x, 1) for x in collector['seconds']]} "
          f"({sum(collector['seconds']) / statements * 1e3:.2f} ms a statement), {collector['collected']} objects freed; "
          f"{len(gc.get_objects())} objects tracked after")  # fmt: skip
    print("steps, CPU s:", json.dumps({k: round(v, 1) for k, v in spent.items()}))
    if counts:
        counts["name pairs asked"] = wording._same_name.cache_info().hits + wording._same_name.cache_info().misses
        counts["name pairs worked out"] = wording._same_name.cache_info().misses
        print("counts:", json.dumps(counts))
        print("a statement:", json.dumps({k: round(v / statements, 3) for k, v in _flat(counts).items()}))
    if profiler:
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats("tottime").print_stats(a.top)
        print(buf.getvalue()[buf.getvalue().find("   ncalls"):].rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
