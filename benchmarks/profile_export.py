"""Where the time of ``claimline export`` goes: cProfile on real-size synthetic articles.

Run: ``.venv/bin/python benchmarks/profile_export.py [--articles 2000] [--top 25] [--jobs 1] [--no-cache]``

The corpus is ``synth.write_real`` (about 6 KB an article, seven outlets an event, page
furniture in raw dumps), written once to ``/tmp/claimline-bench/real-N-sSEED`` and reused.
The figures measure scale, not accuracy: the texts are templated.

What runs under the profiler is what ``claimline export --format json`` does: load the
content, run the pipeline, render the JSON. With ``--jobs 1`` (the default here) every
stage runs in this process, so the profile sees all of it; with more jobs the per-article
stages run in worker processes the profiler does not see (their time shows up as waiting).
The cache is off unless ``--cache DIR`` is given.

Printed: wall and CPU seconds of the whole run, the cumulative seconds of each stage's
entry point, and the top functions by own time (``tottime``) and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

# each stage's entry point: (module file tail, function name)
STAGES = [
    ("load", "content/load.py", "load_corpus"),
    ("boilerplate", "stages/boilerplate/__init__.py", "separate"),
    ("statements", "stages/statements.py", "split"),
    ("dates", "stages/dates/__init__.py", "resolve"),
    ("names in text", "stages/entities/__init__.py", "find_in_article"),
    ("entities", "stages/entities/__init__.py", "resolve"),
    ("claims", "stages/claims/__init__.py", "match"),
    ("events", "stages/events/__init__.py", "group"),
    ("salience", "stages/salience.py", "rank"),
    ("export json", "export/formats.py", "render_export"),
]


def stage_seconds(stats: pstats.Stats) -> list[tuple[str, float]]:
    out = []
    for label, tail, name in STAGES:
        cum = sum(v[3] for (file, _, func), v in stats.stats.items() if func == name and file.endswith(tail))
        out.append((label, cum))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--cache", type=Path, default=None, help="use (and fill) the per-article cache in this folder")
    ap.add_argument("--save", type=Path, default=None, help="also write the raw profile here (pstats format)")
    args = ap.parse_args()

    from generator.content.load import load_corpus
    from generator.export.formats import render_export
    from generator.pipeline import run

    content = synth.real_corpus(args.articles, args.seed)
    options = _options(args)

    def export() -> str:
        return render_export(run(load_corpus(content), **options), "json")

    profiler = cProfile.Profile()
    wall, cpu = time.perf_counter(), time.process_time()
    profiler.enable()
    text = export()
    profiler.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"export of {args.articles} synthetic real-size articles ({content}); scale, not accuracy")
    print(f"wall {wall:.1f} s, CPU {cpu:.1f} s (this process; under the profiler), json {len(text) / 1e6:.1f} MB")
    if args.save:
        profiler.dump_stats(str(args.save))
    stats = pstats.Stats(profiler)
    total = max(v[3] for v in stats.stats.values())
    print("\nstage (entry point)          cumulative s   share")
    for label, seconds in stage_seconds(stats):
        print(f"  {label:<26s} {seconds:10.1f}   {seconds / total:6.1%}")
    for key, title in (("tottime", "own time"), ("cumulative", "cumulative time")):
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats(key).print_stats(args.top)
        body = buf.getvalue()
        print(f"\ntop {args.top} functions by {title}:")
        print(body[body.find("   ncalls"):].rstrip())
    return 0


def _options(args) -> dict:
    """The pipeline's options this checkout knows (``jobs``, ``cache``): older ones have neither."""
    import inspect

    from generator.pipeline import run

    params = inspect.signature(run).parameters
    options = {}
    if "jobs" in params:
        options["jobs"] = args.jobs
    if "cache" in params:
        options["cache"] = args.cache
    return options


if __name__ == "__main__":
    sys.exit(main())
