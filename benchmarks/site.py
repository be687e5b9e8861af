"""The site part of a build against a plain MkDocs build of the same pages, and how it grows.

    .venv/bin/python -m benchmarks.site [--sizes 300,1200] [--content DIR] [--demo]

For each size N (a synthetic timeline of N events made straight from the model: each event
reported by two or three of four outlets in three claims, a day in ten with a catch-all
event of N/10 claims, as large real corpora have) and for ``--content DIR`` (its pipeline
run first and timed), in this process:

* ``markdown``: ``pages.render_pages``, all Markdown, in ms a page;
* ``claimline``: MkDocs with Material and the claimline plugin on that timeline (the
  built-in configuration), i.e. a build after the pipeline: Markdown, exports, redirects,
  every page rendered, compacted and written;
* ``plain``: the baseline: the same files (the Markdown, exports, redirect pages, assets)
  written once into a docs folder and built by plain MkDocs with the same theme, nav,
  Markdown extensions and search, no claimline plugin.

Times are CPU seconds of this process (``time.process_time``: other processes on a busy
machine do not count; MkDocs and claimline's page writing run on one core). Each build is
timed twice, plain and claimline in turns, and the better time kept: a process warming up
(templates compiled, caches filled) would otherwise favour whichever runs second.

It prints the ratio claimline / plain (target <= 1.3) and, from the smallest size to each
larger one, the growth of the Markdown's ms a page (linear: about 1.0x). With ``--content``
the full build (pipeline included) is also put against the plain build. ``--demo`` builds
the demo site in content/ and prints its pages, size on disk and build time.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml

from generator.export import FORMATS, render_export
from generator.export.formats import FILENAMES
from generator.model import Article, Claim, Entity, Event, EventDate, Source, Statement, Timeline
from generator.site.build import DEFAULT_CONFIG, build_site, default_config_text
from generator.site.config import SiteOptions
from generator.site.pages import render_pages, templates_dir
from generator.site.plugin import ASSETS, NAV, ClaimlinePlugin
from generator.site.redirects import redirect_pages

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = {"alpha": "Alpha Daily", "beta": "Beta Wire", "gamma": "Gamma News", "delta": "Delta Post"}
PLACES = ["Riverton", "Lakeside", "Hillford", "Northgate", "Eastbrook", "Millbank", "Stonebridge", "Westmoor"]
THINGS = ["bridge", "school", "hospital", "railway", "port", "library", "stadium", "power plant"]


def _event(rnd: random.Random, i: int, n_claims: int, people: tuple[Entity, ...]):
    """One synthetic event of ``n_claims`` claims, with its articles and statements."""
    y, m, d = 2015 + i // 336, 1 + (i // 28) % 12, 1 + i % 28
    when = EventDate(f"{y}-{m:02d}-{d:02d}", "day", "absolute date in text")
    place, thing = rnd.choice(PLACES), rnd.choice(THINGS)
    speaker = rnd.choice(people).id
    outlets = rnd.sample(sorted(OUTLETS), rnd.choice([2, 3]))
    claims: list[list[str]] = [[] for _ in range(n_claims)]
    articles, statements = [], {}
    for o in outlets:
        aid = f"{i:05d}-{o}"
        lines = [f"The {place} council approved the {thing} on {y}-{m:02d}-{d:02d}.",
                 f"It will cost {rnd.randint(2, 90)} million euros.",
                 f'"The {thing} is for everyone," said Person {speaker[1:]}.']
        lines += [f"Item {k} of the {thing} plan in {place} was agreed." for k in range(3, n_claims)]
        body = "\n\n".join(lines) + "\n"
        stmts, pos = [], 0
        for k, line in enumerate(lines):
            start = body.index(line, pos)
            pos = start + len(line)
            stmts.append(Statement(f"{aid}#s{k + 1}", aid, start, pos, line, "quote" if k == 2 else "claim", k + 1,
                                   speaker=speaker if k == 2 else None, event_date=when))
            claims[k].append(stmts[-1].id)
        statements[aid] = tuple(stmts)
        articles.append(Article(aid, f"articles/{aid}.md", o, f"{place} approves {thing}",
                                f"https://{o}.example.org/{i}",
                                datetime(y, m, d, 18, tzinfo=UTC), None, True, body, 5, tags=(place,)))
    made = tuple(Claim(f"e{i}-c{k}", f"claim {k} of event {i}", tuple(ids),
                       tuple(sorted(sid.split("#")[0].split("-", 1)[1] for sid in ids)),
                       speaker=speaker if k == 2 else None, date=when) for k, ids in enumerate(claims))
    event = Event(f"{y}-{m:02d}-{d:02d}-{place.lower()}-{i}", when.value, "day", when.how,
                  f"{place} approves the {thing}",
                  made)
    return event, articles, statements


def synthetic(n_events: int, seed: int = 7) -> Timeline:
    """A timeline of ``n_events`` events; every tenth a catch-all of ``n_events // 10`` claims."""
    rnd = random.Random(seed)
    sources = tuple(Source(k, v, f"https://{k}.example.org") for k, v in sorted(OUTLETS.items()))
    people = tuple(Entity(f"p{i}", f"Person {i}", (f"P. {i}",), "person") for i in range(40))
    articles, statements, events = [], {}, []
    for i in range(n_events):
        event, arts, stmts = _event(rnd, i, max(3, n_events // 10) if i % 10 == 0 else 3, people)
        events.append(event)
        articles += arts
        statements.update(stmts)
    return Timeline(sources=sources, articles=tuple(sorted(articles, key=lambda a: a.path)), segments={},
                    statements=statements, entities=people, mentions=(), events=tuple(events))


def _plain_docs(timeline: Timeline, pages: dict[str, str], docs: Path) -> None:
    """What the plugin hands MkDocs, written as files: pages, exports, redirects, assets, about."""
    for src, text in pages.items():
        (docs / src).parent.mkdir(parents=True, exist_ok=True)
        (docs / src).write_text(text, encoding="utf-8")
    for fmt in FORMATS:
        (docs / FILENAMES[fmt]).write_text(render_export(timeline, fmt), encoding="utf-8")
    for path, page in redirect_pages(timeline).items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(page, encoding="utf-8")
    for asset in ASSETS:
        (docs / asset).parent.mkdir(parents=True, exist_ok=True)
        (docs / asset).write_bytes((templates_dir() / asset).read_bytes())
    (docs / "about.md").write_bytes((templates_dir() / "docs" / "about.md").read_bytes())


def measure(timeline: Timeline, rounds: int = 2) -> dict[str, float]:
    """Times of one timeline's Markdown, claimline build and plain build (each the best of
    ``rounds`` runs, taken in turns so neither gains from running second on a warm process)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    t0 = time.process_time()
    pages = render_pages(timeline, SiteOptions())
    markdown = time.process_time() - t0
    with tempfile.TemporaryDirectory(prefix="claimline-bench-") as tmp:
        cfg = Path(tmp) / "mkdocs.yml"
        (Path(tmp) / "content").mkdir()  # the timeline is handed over; the plugin wants a folder all the same
        cfg.write_text(default_config_text(Path(tmp) / "content"), encoding="utf-8")
        docs = Path(tmp) / "docs"
        _plain_docs(timeline, pages, docs)
        plain_cfg = dict(DEFAULT_CONFIG, docs_dir=str(docs), plugins=["search"], extra_css=[ASSETS[0]],
                         extra_javascript=[ASSETS[1]], nav=[*NAV, {"About": "about.md"}])
        (Path(tmp) / "plain.yml").write_text(yaml.safe_dump(plain_cfg, allow_unicode=True), encoding="utf-8")
        best = {"claimline": float("inf"), "plain": float("inf")}
        for _round in range(rounds):
            for kind in ("plain", "claimline"):
                config = load_config(str(cfg if kind == "claimline" else Path(tmp) / "plain.yml"),
                                     site_dir=str(Path(tmp) / f"{kind}-site"))
                for plugin in config.plugins.values():
                    if isinstance(plugin, ClaimlinePlugin):
                        plugin.timeline = timeline
                t0 = time.process_time()
                mkdocs_build(config)
                best[kind] = min(best[kind], time.process_time() - t0)
    return {"pages": len(pages), "articles": len(timeline.articles), "events": len(timeline.events),
            "claims": sum(len(e.claims) for e in timeline.events), "markdown": markdown, **best}


def _row(name: str, r: dict[str, float], base: dict[str, float]) -> str:
    per_page = 1000 * r["markdown"] / r["pages"]
    base_page = 1000 * base["markdown"] / base["pages"]
    return (f"{name:>16} {r['events']:>6} {r['claims']:>7} {r['pages']:>6} {per_page:>8.2f} ms"
            f" {r['claimline']:>8.1f} s {r['plain']:>7.1f} s   x{r['claimline'] / r['plain']:.2f}"
            f"   x{per_page / base_page:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="300,1200", help="comma-separated event counts (default 300,1200)")
    ap.add_argument("--content", type=Path, help="also a real content folder (its pipeline timed too)")
    ap.add_argument("--demo", action="store_true", help="also build the demo site and report its size")
    args = ap.parse_args()
    rows = [(f"synthetic {n}", measure(synthetic(int(n)))) for n in args.sizes.split(",") if n]
    print(f"{'timeline':>16} {'events':>6} {'claims':>7} {'pages':>6} {'markdown':>11} {'claimline':>10}"
          f" {'plain':>9}   claimline/plain   markdown ms a page vs the first")
    for name, r in rows:
        print(_row(name, r, rows[0][1]))
    if args.content:
        from generator.pipeline import build_timeline

        t0 = time.process_time()
        timeline = build_timeline(args.content)
        pipeline = time.process_time() - t0
        r = measure(timeline)
        print(_row(args.content.name, r, r))
        print(f"{'':>16} pipeline {pipeline:.1f} s; full build (pipeline + claimline) / plain: "
              f"x{(pipeline + r['claimline']) / r['plain']:.2f}")
    if args.demo:
        with tempfile.TemporaryDirectory(prefix="claimline-demo-") as tmp:
            t0 = time.perf_counter()
            report = build_site(ROOT / "content", site_dir=Path(tmp) / "site", progress=False)
            seconds = time.perf_counter() - t0
            files = [p for p in (Path(tmp) / "site").rglob("*") if p.is_file()]
            size = sum(p.stat().st_size for p in files)
            print(f"demo site (content/): {report.pages} pages, {len(files)} files, {size / 1024:.0f} KiB, "
                  f"built in {seconds:.2f} s")



if __name__ == "__main__":
    main()
