"""How a whole build scales: time per stage, memory, rebuilds, and the ratio to plain MkDocs.

Run: ``.venv/bin/python benchmarks/scale.py [--sizes 1000,2000,4000,8000] [--jobs N] [--no-site]``
Quick (the machine is shared): ``--sizes 100,200``; ``--no-rebuild``: the full runs only; ``--site-sizes 1000``
builds the site at those sizes only (the site is the slow part); ``--no-export``: where the site is built, no
separate export run (the stages are timed in the build); ``--no-check``: the +1 rebuild is not compared with a
run without cache (one whole run less a size).

The corpus is ``synth.write_real`` (about 6 KB of text an article, 7 outlets an event, page
furniture in the raw dumps; written once to ``/tmp/claimline-bench/``). **These figures
measure scale, not accuracy**: the texts are templated, and what claimline finds in them
means nothing.

Each size runs in a fresh interpreter (so no size inherits another's heap or caches), on a
copy of the corpus, in this order:

1. ``pipeline`` (unless ``--no-export`` where the site is built): load, the pipeline (``--jobs``
   workers, an empty cache that it fills) and the JSON export streamed to a file, i.e.
   ``claimline export -o``: wall and CPU per stage (the per-article stages' CPU is summed over
   the worker processes), peak RSS of this process (also as it stood at the end of each stage)
   and of the largest worker (``VmHWM`` reset before, ``ru_maxrss`` of the children). Where no
   site is built, the rebuilds below are export runs (compared by the files' SHA-256).
2. ``site`` (sizes in ``--site-sizes``): ``build_site`` from scratch (pipeline, pages, MkDocs),
   then with nothing changed (the cache filled), the baseline (the same generated pages
   written out once as a plain MkDocs project: Material, search, the short nav, no claimline
   plugin, MkDocs' best case, built by ``mkdocs build`` in the same process), then after
   adding one article, and (unless ``--no-check``) a build of that without cache, from the
   same published ``timeline.json``, compared file for file.

Printed: CPU per stage of the full run and its growth; each rebuild's CPU (this process and its
workers) by part (load, extract, entities, claims, events, json or site key, pages, exports,
MkDocs' own) and as a share of the full run in the same process (target <= 40 %), whether its
output is the same bytes, how many claim matchings were read from the cache; the build's ratio
to plain MkDocs (target <= 1.3).

Growth per doubling of a figure from size n1 to n2: ``(f2 / f1) ** (1 / log2(n2 / n1))``
(linear = 2.0; the target for CPU is <= 2.1).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
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

PARTS = ("load", "extract", "entities", "claims", "events", "json", "site key", "pages", "exports", "mkdocs")


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


def _parts(timings) -> dict[str, float]:
    """CPU seconds of each part of a run (the per-article stages': all processes)."""
    cpu = dict(timings.cpu)
    if timings.extract.workers:
        cpu["extract"] = cpu.get("extract", 0.0) + sum(timings.extract.cpu.values())  # the workers' share
    return _mkdocs_own(cpu)


def _mkdocs_own(parts: dict[str, float]) -> dict[str, float]:
    """``site`` (MkDocs' build, our pages and exports included) as ``mkdocs``: MkDocs' own share."""
    parts = dict(parts)
    if "site" in parts:
        parts["mkdocs"] = parts.pop("site") - parts.get("pages", 0.0) - parts.get("exports", 0.0)
    return parts


def _peak_timings():
    """``Timings`` that also note the peak RSS so far (``VmHWM``, MB) at the end of each stage (``peaks``)."""
    from generator.pipeline import Timings

    class Peaks(Timings):
        @contextlib.contextmanager
        def stage(self, name: str):
            with Timings.stage(self, name):
                yield
            self.peaks[name] = _kb("VmHWM") / 1024

    timings = Peaks()
    timings.peaks = {}
    return timings


def _export(content: Path, cache: Path | None, jobs: int | None, out: Path) -> tuple[str, dict]:
    """``claimline export --format json -o out`` with timings (the JSON streamed to the file, as the
    command writes it, never held as one string): (the file's SHA-256, figures)."""
    from generator.content.load import load_corpus
    from generator.export.formats import write_export
    from generator.pipeline import run

    timings = _peak_timings()
    wall, cpu = time.perf_counter(), _cpu()
    with timings.stage("load"):
        corpus = load_corpus(content)
    timeline = run(corpus, jobs=jobs, cache=cache, timings=timings)
    with timings.stage("json"), out.open("w", encoding="utf-8") as fh:
        write_export(timeline, "json", fh)
    del timeline, corpus
    figures = {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "stage_wall": timings.wall,
               "stage_cpu": _parts(timings), "extract_cpu": timings.extract.cpu, "cached": timings.extract.cached,
               "worked": timings.extract.worked, "workers": timings.extract.workers,
               "reused": timings.reused, "stage_peak_mb": timings.peaks}  # fmt: skip
    with out.open("rb") as fh:  # (read in blocks: the file is not held)
        return hashlib.file_digest(fh, "sha256").hexdigest(), figures


def _plus_one(content: Path, n: int, seed: int, add: bool) -> None:
    """Add article ``n`` (the next of the synthetic corpus) to ``content``, or take it away."""
    if add:
        synth.write_real(n + 1, content, seed, start=n)
        return
    (content / synth.real_path(seed, n)).unlink()
    (content / synth.real_path(seed, n)).with_suffix(".yml").unlink(missing_ok=True)


def _pipeline(n: int, seed: int, jobs: int | None, work: Path, rebuild: bool = True, check: bool = True) -> dict:
    content = work / "content"
    out: dict = {}
    _reset_peak()
    text, out["full"] = _export(content, work / "cache", jobs, work / "full.json")
    out["full"]["peak_mb"] = _kb("VmHWM") / 1024
    out["full"]["children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["articles"], out["json_mb"] = n, (work / "full.json").stat().st_size / 1e6
    if not rebuild:
        return out
    again, out["same"] = _export(content, work / "cache", jobs, work / "same.json")
    out["same"]["identical"] = again == text
    _plus_one(content, n, seed, True)
    plus, out["plus1"] = _export(content, work / "cache", jobs, work / "plus1.json")
    if check:  # the same without cache
        out["plus1"]["identical"] = plus == _export(content, None, jobs, work / "plus1-nocache.json")[0]
    _plus_one(content, n, seed, False)
    return out


def _build(content: Path, site: Path, jobs: int | None, **options) -> dict:
    from generator.pipeline import Timings
    from generator.site.build import build_site

    timings = Timings()
    wall, cpu = time.perf_counter(), _cpu()
    report = build_site(content, site_dir=site, progress=False, jobs=jobs, timings=timings, **options)
    return {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu, "pages": report.pages, "kept": report.kept,
            "stage_wall": _mkdocs_own(timings.wall), "stage_cpu": _parts(timings), "reused": timings.reused}  # fmt: skip


def _tree(folder: Path) -> str:
    from generator.site.unchanged import tree

    return tree(folder)


def _site(n: int, seed: int, jobs: int | None, work: Path, rebuild: bool = True, check: bool = True) -> dict:
    """``claimline build`` from scratch, then (``rebuild``) with nothing changed and after adding
    an article; ``check``: that one compared with a build without cache, file for file."""
    content, site, cache = work / "content", work / "out" / "site", work / "out" / "cache"
    out: dict = {"full": _build(content, site, jobs, cache=cache)}
    made = _tree(site)
    out["site_mb"] = sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6
    if rebuild:
        out["same"] = _build(content, site, jobs, cache=cache)
        out["same"]["identical"] = _tree(site) == made
    out["mkdocs"] = _plain_mkdocs(content, work / "plain", jobs, cache)  # (the cache holds this corpus' claims)
    if rebuild:
        published = work / "published.json"
        shutil.copy(site / "timeline.json", published)
        _plus_one(content, n, seed, True)
        out["plus1"] = _build(content, site, jobs, cache=cache)
        if check:
            _build(content, work / "plain-out" / "site", jobs, cache=False, previous=published)
            out["plus1"]["identical"] = _tree(site) == _tree(work / "plain-out" / "site")
            shutil.rmtree(work / "plain-out")
        _plus_one(content, n, seed, False)
    return out


def _plain_mkdocs(content: Path, folder: Path, jobs: int | None, cache: Path | None = None) -> dict:
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

    timeline = run(load_corpus(content), jobs=jobs, cache=cache)  # (the cache: not timed, claims not matched again)
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


def child(n: int, seed: int, jobs: int | None, site: bool, rebuild: bool = True, export: bool = True,
          check: bool = True) -> int:  # fmt: skip
    """One size: the export run (rebuilds too when the site is not built), then the site's."""
    source = synth.real_corpus(n, seed)
    with tempfile.TemporaryDirectory(prefix=f"claimline-scale-{n}-") as tmp:
        work = Path(tmp)
        shutil.copytree(source, work / "content")
        out = {}
        if export or not site:
            out["pipeline"] = _pipeline(n, seed, jobs, work, rebuild and not site, check)
        if site:
            out["site"] = _site(n, seed, jobs, work, rebuild, check)
    print(json.dumps(out))
    return 0


# ---------------------------------------------------------------- in the parent: one child per size


def _run_child(n: int, args) -> dict:
    cmd = [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    if n in args.site_sizes:
        cmd.append("--site")
    for flag in ("no_rebuild", "no_export", "no_check"):
        if getattr(args, flag):
            cmd.append("--" + flag.replace("_", "-"))
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"size {n} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _growth(prev: tuple[int, float] | None, n: int, value: float) -> str:
    if prev is None or prev[1] <= 0 or value <= 0:
        return ""
    return f"{(value / prev[1]) ** (1 / math.log2(n / prev[0])):.2f}x"


def _full(result: dict) -> dict:
    """The full run of one size: the export's, else the site build's."""
    return result["pipeline"]["full"] if "pipeline" in result else result["site"]["full"]


def _print_stages(results: dict[int, dict]) -> None:
    print("\nper stage, full run (empty cache; the export's, else the site build's): wall s / CPU s (CPU of the "
          "per-article stages: all processes); growth per doubling of CPU")
    sizes = sorted(results)
    print(f"{'stage':<10s}" + "".join(f"{n:>22,d}" for n in sizes) + "   growth per doubling (CPU)")
    for stage in PARTS:
        if not any(stage in _full(results[n])["stage_cpu"] for n in sizes):
            continue
        cells, growth, prev = [], [], None
        for n in sizes:
            full = _full(results[n])
            wall, cpu = full["stage_wall"].get(stage, 0.0), full["stage_cpu"].get(stage, 0.0)
            cells.append(f"{wall:10.1f} / {cpu:8.1f}")
            growth.append(_growth(prev, n, cpu))
            prev = (n, cpu)
        print(f"{stage:<10s}" + "".join(f"{c:>22s}" for c in cells) + "   " + " ".join(g for g in growth if g))
    for n in sizes:
        if "pipeline" in results[n]:
            cpu = results[n]["pipeline"]["full"]["extract_cpu"]
            print(f"  per-article stages at {n:,}: " + ", ".join(
                f"{k} {v:.1f} s CPU ({1000 * v / n:.1f} ms an article)" for k, v in cpu.items()))  # fmt: skip


def _print_totals(results: dict[int, dict]) -> None:
    sized = [n for n in sorted(results) if "pipeline" in results[n]]
    if not sized:
        return
    print(f"\n{'articles':>8s} {'wall s':>8s} {'CPU s':>8s} {'growth':>7s} {'extract s':>9s} {'peak MB':>8s} "
          f"{'worker MB':>9s} {'json MB':>7s}")
    prev = None
    for n in sized:
        p = results[n]["pipeline"]
        full = p["full"]
        print(f"{n:8,d} {full['wall']:8.1f} {full['cpu']:8.1f} {_growth(prev, n, full['cpu']):>7s} "
              f"{full['stage_wall']['extract']:9.1f} {full['peak_mb']:8.0f} {full['children_mb']:9.0f} "
              f"{p['json_mb']:7.0f}")
        prev = (n, full["cpu"])
    print("wall/CPU: load + pipeline + JSON export (CPU: all processes); extract: wall of the per-article stages; "
          "peak MB: this process, worker MB: the largest worker")
    for n in sized:
        peaks = results[n]["pipeline"]["full"].get("stage_peak_mb", {})
        print(f"  peak RSS (MB) of this process by the end of each stage at {n:,}: "
              + ", ".join(f"{k} {v:.0f}" for k, v in peaks.items()))


def _print_rebuilds(results: dict[int, dict]) -> None:
    """Each rebuild's CPU, part by part, and its share of the full run in the same process."""
    rows = [(n, kind, results[n][key]) for n in sorted(results) for kind, key in (("export", "pipeline"),
            ("build", "site")) if key in results[n] and "same" in results[n][key]]  # fmt: skip
    if not rows:
        return
    print(f"\nrebuilds: CPU s (all processes) and share of the full run of the same size in the same process "
          f"(target <= 40 %)\n{'articles':>8s} {'run':<12s} {'CPU s':>8s} {'share':>6s} {'identical':>9s}  "
          "CPU s by part")
    for n, kind, runs in rows:
        for name in ("full", "same", "plus1"):
            r = runs[name]
            share = f"{100 * r['cpu'] / runs['full']['cpu']:5.0f}%"
            ok = {True: "yes", False: "NO", None: "-"}[r.get("identical")] if name != "full" else ""
            parts = ", ".join(f"{k} {r['stage_cpu'][k]:.1f}" for k in PARTS if r["stage_cpu"].get(k, 0) >= 0.05)
            other = r["cpu"] - sum(v for v in r["stage_cpu"].values())
            label = {"full": "full", "same": "unchanged", "plus1": "+1 article"}[name]
            print(f"{n:8,d} {kind + ' ' + label:<12s} {r['cpu']:8.1f} {share:>6s} {ok:>9s}  {parts}, other {other:.1f}"
                  + (" (site kept)" if r.get("kept") else "") + _reused(r))
    print("export: load, pipeline, JSON export; build: claimline build (the site too). unchanged: the same content "
          "again with the cache filled; +1 article: one synthetic article added; identical: the same bytes as the "
          "full run (unchanged) or as a run without cache (+1, `--no-check`: not compared); claims calls: matched "
          "/ read from the cache")


def _reused(r: dict) -> str:
    reused = r.get("reused") or {}
    pages = (f"; pages {reused['pages rendered']} rendered / {reused['pages read']} read from the page cache"
             f" (theme templates {reused.get('templates rendered', 0)} / {reused.get('templates read', 0)})"
             if "pages read" in reused else "")
    blocks = (f"; block pairs {reused['block pairs scored']} scored / {reused['block pairs read']} read back"
              if reused.get("block pairs read") or reused.get("block pairs scored") else "")
    rows = "".join(f"; {stage} rows {reused[stage + ' made']} made / {reused[stage + ' read']} read back"
                   for stage in ("repeats", "fields") if stage + " made" in reused)
    return (f"; claims calls {reused.get('misses', 0)} matched / {reused.get('hits', 0)} read" + blocks + rows + pages
            if reused else "")


def _print_site(results: dict[int, dict]) -> None:
    sized = [n for n in sorted(results) if "site" in results[n]]
    if not sized:
        return
    print(f"\n{'articles':>8s} {'pages':>7s} {'site MB':>8s} {'build s':>14s} {'mkdocs s':>14s} {'x mkdocs':>12s}")
    for n in sized:
        s = results[n]["site"]
        full, base = s["full"], s["mkdocs"]
        print(f"{n:8,d} {full['pages']:7,d} {s['site_mb']:8.0f} {full['wall']:6.1f} / {full['cpu']:5.1f} "
              f"{base['wall']:6.1f} / {base['cpu']:5.1f} {full['wall'] / base['wall']:5.2f} / "
              f"{full['cpu'] / base['cpu']:4.2f}")
    print("build: claimline build from scratch (pipeline, pages, MkDocs), wall / CPU s (CPU: all processes); mkdocs: "
          "plain `mkdocs build` of the same pages written out once (Material, search, short nav); x mkdocs: wall / "
          "CPU ratio, target <= 1.3")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,2000,4000,8000", help="comma-separated numbers of articles")
    ap.add_argument("--site-sizes", default=None, help="sizes at which to build the site too (default: all)")
    ap.add_argument("--no-site", action="store_true", help="no site builds (pipeline and export only)")
    ap.add_argument("--no-rebuild", action="store_true", help="the full runs only (no rebuilds: quicker)")
    ap.add_argument("--no-export", action="store_true", help="no export run where the site is built (its "
                    "stages are timed in the site build; no peak RSS of the pipeline alone)")
    ap.add_argument("--no-check", action="store_true", help="do not compare the +1 rebuild with a run without "
                    "cache (saves a whole run a size)")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--site", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        return child(args.child, args.seed, args.jobs, args.site, not args.no_rebuild, not args.no_export,
                     not args.no_check)
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
    _print_rebuilds(results)
    _print_site(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
