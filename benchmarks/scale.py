"""How a whole build scales: time per stage, memory, rebuilds, and the ratio to plain MkDocs.

Run: ``.venv/bin/python benchmarks/scale.py [--sizes 1000,2000,4000,8000] [--jobs N] [--no-site]``
Quick (the machine is shared): ``--sizes 1000,2000``; ``--no-rebuild``: step 1 only; ``--site-sizes 1000`` builds the site
at those sizes only (the site is the slow part).

The corpus is ``synth.write_real`` (about 6 KB of text an article, 7 outlets an event, page
furniture in the raw dumps; written once to ``/tmp/claimline-bench/``). **These figures
measure scale, not accuracy**: the texts are templated, and what claimline finds in them
means nothing.

Each size runs in a fresh interpreter (so no size inherits another's heap or caches), on a
copy of the corpus, in this order:

1. ``pipeline``: load, the pipeline (``--jobs`` workers, an empty cache that it fills) and the
   JSON export, i.e. ``claimline export``: wall and CPU per stage (the per-article stages'
   CPU is summed over the worker processes), peak RSS of this process and of the largest
   worker (``VmHWM`` reset before, ``ru_maxrss`` of the children).
2. ``rebuild``: the same again with the cache filled (nothing changed), then after adding one
   article: wall as a share of step 1 (target <= 40 %), and whether the export is
   byte-identical to step 1's (it must be).
3. ``site`` (sizes in ``--site-sizes``): ``build_site`` from scratch (pipeline, pages,
   MkDocs), then a rebuild with nothing changed and one after adding an article; and the
   baseline: the same generated pages written out once as a plain MkDocs project (Material,
   search, the short nav, no claimline plugin: MkDocs' best case) and built by
   ``mkdocs build`` in the same process. Printed: the build's wall, the ratio to that
   baseline (target <= 1.3), the rebuild shares.

Growth per doubling of a figure from size n1 to n2: ``(f2 / f1) ** (1 / log2(n2 / n1))``
(linear = 2.0; the target for CPU is <= 2.1).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

STAGES = ("load", "extract", "entities", "claims", "events", "json")


# ---------------------------------------------------------------- in the child (one size)


def _kb(field: str) -> int:
    """A ``/proc/self/status`` figure in KiB (``VmHWM``: peak resident memory)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _export(content: Path, cache: Path | None, jobs: int | None) -> tuple[str, dict]:
    """``claimline export --format json`` with timings: (text, figures)."""
    from generator.content.load import load_corpus
    from generator.export.formats import render_export
    from generator.pipeline import Timings, run

    timings = Timings()
    with timings.stage("load"):
        corpus = load_corpus(content)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    timeline = run(corpus, jobs=jobs, cache=cache, timings=timings)
    with timings.stage("json"):
        text = render_export(timeline, "json")
    wall = sum(timings.wall.values())
    extract_cpu = sum(timings.extract.cpu.values())
    cpu = dict(timings.cpu)
    if timings.extract.workers:
        cpu["extract"] = cpu.get("extract", 0.0) + extract_cpu  # the workers' share
    figures = {"wall": wall, "stage_wall": timings.wall, "stage_cpu": cpu, "extract_cpu": timings.extract.cpu,
               "cached": timings.extract.cached, "worked": timings.extract.worked,
               "workers": timings.extract.workers, "pipeline_wall": time.perf_counter() - wall0 - timings.wall["json"],
               "pipeline_cpu": time.process_time() - cpu0}  # fmt: skip
    return text, figures


def _pipeline(n: int, seed: int, jobs: int | None, work: Path, rebuild: bool = True) -> dict:
    content = work / "content"
    out: dict = {}
    _reset_peak()
    text, out["full"] = _export(content, work / "cache", jobs)
    out["full"]["peak_mb"] = _kb("VmHWM") / 1024
    out["full"]["children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["articles"], out["json_mb"] = n, len(text) / 1e6
    if not rebuild:
        return out
    again, out["same"] = _export(content, work / "cache", jobs)
    out["same"]["identical"] = again == text
    del again
    synth.write_real(n + 1, content, seed, start=n)
    plus, out["plus1"] = _export(content, work / "cache", jobs)
    out["plus1"]["identical"] = plus == _export(content, None, jobs)[0]  # the same without cache
    (content / synth.real_path(seed, n)).unlink()
    (content / synth.real_path(seed, n)).with_suffix(".yml").unlink(missing_ok=True)
    return out


def _site(n: int, seed: int, jobs: int | None, work: Path) -> dict:
    from generator.site.build import build_site

    content, site, cache = work / "content", work / "out" / "site", work / "out" / "cache"
    out: dict = {}
    for name in ("full", "same", "plus1"):
        if name == "plus1":
            synth.write_real(n + 1, content, seed, start=n)
        wall, cpu = time.perf_counter(), _cpu()
        report = build_site(content, site_dir=site, progress=False, jobs=jobs, cache=cache)
        out[name] = {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "pages": report.pages}
    out["site_mb"] = sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6
    out["mkdocs"] = _plain_mkdocs(content, work / "plain", jobs)
    return out


def _plain_mkdocs(content: Path, folder: Path, jobs: int | None) -> dict:
    """The baseline: the generated pages as a plain MkDocs project, built by ``mkdocs build``."""
    import yaml
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.content.load import load_corpus
    from generator.export.formats import FILENAMES, FORMATS, render_export
    from generator.pipeline import run
    from generator.site.build import DEFAULT_CONFIG
    from generator.site.pages import render_pages, templates_dir
    from generator.site.plugin import ASSETS, NAV

    timeline = run(load_corpus(content), jobs=jobs)
    docs = folder / "docs"
    for src, markdown in render_pages(timeline, {"site_name": "Timeline"}).items():
        (docs / src).parent.mkdir(parents=True, exist_ok=True)
        (docs / src).write_text(markdown, encoding="utf-8")
    for fmt in FORMATS:
        (docs / FILENAMES[fmt]).write_text(render_export(timeline, fmt), encoding="utf-8")
    for asset in ASSETS:
        (docs / asset).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(templates_dir() / asset, docs / asset)
    del timeline
    config = dict(DEFAULT_CONFIG, docs_dir=str(docs), site_dir=str(folder / "site"), plugins=["search"], nav=NAV,
                  extra_css=[a for a in ASSETS if a.endswith(".css")],
                  extra_javascript=[a for a in ASSETS if a.endswith(".js")])  # fmt: skip
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    wall, cpu = time.perf_counter(), _cpu()
    build(load_config(str(folder / "mkdocs.yml")))
    return {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu}


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the worker processes)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child(n: int, seed: int, jobs: int | None, site: bool, rebuild: bool = True) -> int:
    source = synth.real_corpus(n, seed)
    with tempfile.TemporaryDirectory(prefix=f"claimline-scale-{n}-") as tmp:
        work = Path(tmp)
        shutil.copytree(source, work / "content")
        out = {"pipeline": _pipeline(n, seed, jobs, work, rebuild)}
        if site:
            out["site"] = _site(n, seed, jobs, work)
    print(json.dumps(out))
    return 0


# ---------------------------------------------------------------- in the parent: one child per size


def _run_child(n: int, args) -> dict:
    cmd = [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    if n in args.site_sizes:
        cmd.append("--site")
    if args.no_rebuild:
        cmd.append("--no-rebuild")
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"size {n} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _growth(prev: tuple[int, float] | None, n: int, value: float) -> str:
    if prev is None or prev[1] <= 0 or value <= 0:
        return ""
    return f"{(value / prev[1]) ** (1 / math.log2(n / prev[0])):.2f}x"


def _print_stages(results: dict[int, dict]) -> None:
    print("\nper stage, full pipeline (empty cache): wall s / CPU s (CPU of the per-article stages: all processes); "
          "growth per doubling of CPU")
    sizes = sorted(results)
    print(f"{'stage':<10s}" + "".join(f"{n:>22,d}" for n in sizes) + "   growth per doubling (CPU)")
    for stage in STAGES:
        cells, growth, prev = [], [], None
        for n in sizes:
            full = results[n]["pipeline"]["full"]
            wall, cpu = full["stage_wall"].get(stage, 0.0), full["stage_cpu"].get(stage, 0.0)
            cells.append(f"{wall:10.1f} / {cpu:8.1f}")
            growth.append(_growth(prev, n, cpu))
            prev = (n, cpu)
        print(f"{stage:<10s}" + "".join(f"{c:>22s}" for c in cells) + "   " + " ".join(g for g in growth if g))
    for n in sizes:
        cpu = results[n]["pipeline"]["full"]["extract_cpu"]
        print(f"  per-article stages at {n:,}: " + ", ".join(f"{k} {v:.1f} s CPU ({1000 * v / n:.1f} ms an article)"
                                                         for k, v in cpu.items()))  # fmt: skip


def _print_totals(results: dict[int, dict]) -> None:
    print(f"\n{'articles':>8s} {'wall s':>8s} {'CPU s':>8s} {'growth':>7s} {'extract s':>9s} {'peak MB':>8s} "
          f"{'worker MB':>9s} {'json MB':>7s} {'same %':>7s} {'+1 %':>6s} {'identical':>9s}")
    prev = None
    for n in sorted(results):
        p = results[n]["pipeline"]
        full = p["full"]
        cpu = sum(full["stage_cpu"].values())
        if "same" in p:
            same, plus = p["same"]["wall"] / full["wall"], p["plus1"]["wall"] / full["wall"]
            ok = "yes" if p["same"]["identical"] and p["plus1"]["identical"] else "NO"
        else:
            same, plus, ok = math.nan, math.nan, "-"
        print(f"{n:8,d} {full['wall']:8.1f} {cpu:8.1f} {_growth(prev, n, cpu):>7s} "
              f"{full['stage_wall']['extract']:9.1f} {full['peak_mb']:8.0f} {full['children_mb']:9.0f} "
              f"{p['json_mb']:7.0f} {100 * same:7.0f} {100 * plus:6.0f} {ok:>9s}")
        prev = (n, cpu)
    print("wall/CPU: load + pipeline + JSON export; extract: wall of the per-article stages; peak MB: this process, "
          "worker MB: the largest worker; same %, +1 %: a rebuild with the cache filled (nothing changed, one "
          "article added) as a share of the full run's wall (target <= 40); identical: the exports with and "
          "without cache are the same bytes")


def _print_site(results: dict[int, dict]) -> None:
    sized = [n for n in sorted(results) if "site" in results[n]]
    if not sized:
        return
    print(f"\n{'articles':>8s} {'pages':>7s} {'site MB':>8s} {'build s':>14s} {'mkdocs s':>14s} "
          f"{'x mkdocs':>12s} {'same %':>7s} {'+1 %':>6s}")
    for n in sized:
        s = results[n]["site"]
        full, base = s["full"], s["mkdocs"]
        print(f"{n:8,d} {full['pages']:7,d} {s['site_mb']:8.0f} {full['wall']:6.1f} / {full['cpu']:5.1f} "
              f"{base['wall']:6.1f} / {base['cpu']:5.1f} {full['wall'] / base['wall']:5.2f} / "
              f"{full['cpu'] / base['cpu']:4.2f} {100 * s['same']['wall'] / full['wall']:7.0f} "
              f"{100 * s['plus1']['wall'] / full['wall']:6.0f}")
    print("build: claimline build from scratch (pipeline, pages, MkDocs), wall / CPU s (CPU: all processes); mkdocs: "
          "plain `mkdocs build` of the same pages written out once (Material, search, short nav); x mkdocs: wall / "
          "CPU ratio, target <= 1.3")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,2000,4000,8000", help="comma-separated numbers of articles")
    ap.add_argument("--site-sizes", default=None, help="sizes at which to build the site too (default: all)")
    ap.add_argument("--no-site", action="store_true", help="no site builds (pipeline and export only)")
    ap.add_argument("--no-rebuild", action="store_true", help="the full pipeline run only (no rebuilds: quicker)")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--site", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        return child(args.child, args.seed, args.jobs, args.site, not args.no_rebuild)
    sizes = [int(x) for x in args.sizes.split(",")]
    args.site_sizes = set() if args.no_site else set(int(x) for x in (args.site_sizes or args.sizes).split(","))
    print(f"synthetic real-size articles (synth.write_real, seed {args.seed}): these figures measure scale, "
          f"not accuracy; {os.cpu_count()} cores, jobs {args.jobs or 'one per core'}")
    results = {}
    for n in sizes:
        synth.real_corpus(n, args.seed)  # written before timing
        results[n] = _run_child(n, args)
        print(f"  {n:,} articles done", flush=True)
    _print_stages(results)
    _print_totals(results)
    _print_site(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
