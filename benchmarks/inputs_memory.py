"""Memory of what the stages before claim matching hand on: peak RSS and bytes by field.

Run: ``.venv/bin/python benchmarks/inputs_memory.py [--sizes 1000,4000] [--jobs N] [--digest]``

At 4,000 real-size articles the export's peak RSS is bounded (1 GiB), and what the stages
before claims hold (segments, statements with their dates and event dates, mentions, the
articles) is carried through claim matching to the end. This runs a build up to there, as
``pipeline._run`` does (Markdown read, ``extract.extract_all`` with no cache, then
``entities.resolve`` and ``permalinks.keep_entities``), each size in a fresh interpreter, and
prints: wall and CPU (all processes), peak RSS (``VmHWM``) by the end of extraction and of
entities, RSS once the names are dropped (what claims start from), and the bytes those results
hold, walked object by object (each object counted once, where first reached: a string or
tuple shared by many statements counts once), by the field that holds them, per statement.
``--digest``: a SHA-256 of the statements, segments and mentions (every field, in order), so a
change meant to hold the same values otherwise is checked to keep them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import fields, is_dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth


def _kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _names(obj) -> tuple[str, ...]:
    return tuple(f.name for f in fields(obj))


class Sizes:
    """Bytes of every object reachable from the roots, each counted once, by the field holding it."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.bytes: Counter[str] = Counter()
        self.count: Counter[str] = Counter()

    def walk(self, obj, label: str) -> None:
        stack = [(obj, label)]
        while stack:
            obj, label = stack.pop()
            if id(obj) in self.seen or obj is None or type(obj) in (bool, type):
                continue
            self.seen.add(id(obj))
            if is_dataclass(obj):
                label = type(obj).__name__
                self.count[label] += 1
                stack.extend((getattr(obj, n), f"{label}.{n}") for n in _names(obj))
            elif isinstance(obj, dict):
                stack.extend((v, label) for kv in obj.items() for v in kv)
            elif isinstance(obj, (tuple, list, frozenset, set)):
                stack.extend((v, label) for v in obj)
            elif hasattr(obj, "__slots__") or hasattr(obj, "__dict__"):  # a class of our own, not a dataclass
                label = type(obj).__name__
                self.count[label] += 1
                for n in _slot_names(obj):
                    if hasattr(obj, n):
                        stack.append((getattr(obj, n), f"{label}.{n}"))
            self.bytes[label] += sys.getsizeof(obj)


def _slot_names(obj) -> list[str]:
    out = []
    for cls in type(obj).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        out += [slots] if isinstance(slots, str) else list(slots)
    return out + list(getattr(obj, "__dict__", {}))


def _digest(segments, stmts, mentions) -> str:
    h = hashlib.sha256()
    for aid in stmts:
        for s in segments[aid]:
            h.update(repr([getattr(s, n) for n in _names(s)]).encode())
        for s in stmts[aid]:
            h.update(repr([getattr(s, n) for n in _names(s)]).encode())
    for m in mentions:
        h.update(repr([getattr(m, n) for n in _names(m)]).encode())
    return h.hexdigest()


def child(n: int, seed: int, jobs: int | None, digest: bool, trace: int = 0) -> dict:
    import gc
    import tracemalloc

    from generator.content.load import load_corpus
    from generator.pipeline import read_markdown
    from generator.stages import boilerplate, entities, extract, permalinks, stored

    content = synth.real_corpus(n, seed)
    corpus = load_corpus(content)
    articles = read_markdown(corpus.articles)
    out: dict = {"load_mb": _kb("VmRSS") / 1024}
    if trace:
        tracemalloc.start()
    wall, cpu = time.perf_counter(), _cpu()
    outlets = boilerplate.outlets(corpus.sources, articles)
    done = extract.extract_all(articles, corpus.overrides, outlets, jobs=jobs)
    out["extract"] = {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "peak_mb": _kb("VmHWM") / 1024}
    segments = {aid: r.segments for aid, r in done.items()}
    stmts = {aid: r.statements for aid, r in done.items()}
    names = stored.Names(done)  # as pipeline._run
    del done
    wall, cpu = time.perf_counter(), _cpu()
    ents, mentions, stmts = entities.resolve(articles, stmts, corpus.entities, corpus.sources, names)
    ents, mentions, stmts = permalinks.keep_entities(ents, mentions, stmts, {})
    out["entities"] = {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "peak_mb": _kb("VmHWM") / 1024}
    del names
    gc.collect()
    out["rss_mb"] = _kb("VmRSS") / 1024
    if trace:
        snap = tracemalloc.take_snapshot()
        tracemalloc.stop()
        out["trace"] = [(str(s.traceback), s.size) for s in snap.statistics("lineno")[:trace]]
    out["statements"] = sum(len(ss) for ss in stmts.values())
    out["mentions"] = len(mentions)
    sizes = Sizes()
    sizes.walk(articles, "articles")
    sizes.walk(segments, "segments")
    sizes.walk(stmts, "statements (dict and tuples)")
    sizes.walk(mentions, "mentions (list)")
    sizes.walk(ents, "entities")
    out["bytes"], out["count"] = dict(sizes.bytes), dict(sizes.count)
    if digest:
        out["digest"] = _digest(segments, stmts, mentions)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--digest", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--trace", type=int, default=0, help="also the top N lines by bytes held (tracemalloc, this process)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.seed, args.jobs, args.digest, args.trace)))
        return 0
    for n in (int(x) for x in args.sizes.split(",")):
        synth.real_corpus(n, args.seed)  # written before measuring
        cmd = [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)]
        cmd += ["--jobs", str(args.jobs)] if args.jobs else []
        cmd += ["--digest"] if args.digest else []
        cmd += ["--trace", str(args.trace)] if args.trace else []
        r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
        st, ex, en = r["statements"], r["extract"], r["entities"]
        total = sum(r["bytes"].values())
        print(f"{n:,} articles, {st:,} statements, {r['mentions']:,} mentions: extract {ex['wall']:.1f} s wall "
              f"{ex['cpu']:.1f} s CPU, entities {en['wall']:.1f} / {en['cpu']:.1f} s; RSS after loading "
              f"{r['load_mb']:.0f} MB, peak by the end of extract {ex['peak_mb']:.0f} MB, of entities "
              f"{en['peak_mb']:.0f} MB, RSS after (names dropped) {r['rss_mb']:.0f} MB")
        print(f"  held: {total / 1e6:.1f} MB, {total / st:.0f} bytes a statement; by field (bytes a statement, objects):")
        for label, b in sorted(r["bytes"].items(), key=lambda kv: -kv[1])[:args.top]:
            print(f"    {label:40s} {b / st:8.1f} {r['count'].get(label, ''):>10}")
        for where, b in r.get("trace", []):
            print(f"    traced {b / st:8.1f}  {where}")
        if "digest" in r:
            print("  digest", r["digest"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
