"""How the site part of a build grows with the content: pages, exports, and MkDocs.

    .venv/bin/python benchmarks/site.py [--sizes 40,160] [--demo]

For each size N it makes a synthetic timeline of N events (each reported by two or three of
four outlets, three claims each, so articles, claims and people grow with N) straight from
the model, then times in this process:

* ``render+export``: ``pages.render_pages`` (all Markdown) + every export format;
* ``mkdocs``: MkDocs with Material and the claimline plugin on that timeline (the built-in
  default configuration: short nav, search), writing the whole site.

Figures are printed as ratios against the smallest size, next to the ratio of the content: a ratio of times close to the ratio of sizes means the stage grows linearly;
close to its square, quadratically. ``--demo`` also builds the demo site in content/ and
prints its page count, size on disk and build time.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from datetime import UTC, datetime  # noqa: E402

from generator.export import FORMATS, render_export  # noqa: E402
from generator.model import Article, Claim, Entity, Event, EventDate, Source, Statement, Timeline  # noqa: E402
from generator.site.build import build_site  # noqa: E402
from generator.site.config import SiteOptions  # noqa: E402
from generator.site.pages import render_pages  # noqa: E402

OUTLETS = {"alpha": "Alpha Daily", "beta": "Beta Wire", "gamma": "Gamma News", "delta": "Delta Post"}
PLACES = ["Riverton", "Lakeside", "Hillford", "Northgate", "Eastbrook", "Millbank", "Stonebridge", "Westmoor"]
THINGS = ["bridge", "school", "hospital", "railway", "port", "library", "stadium", "power plant"]


def synthetic(n_events: int, seed: int = 7) -> Timeline:
    """A timeline of ``n_events`` events, each reported by 2-3 of 4 outlets in 3 claims.

    Made directly from the model, so the site's share of a build is timed apart from the
    pipeline's (whose own benchmarks are beside this one).
    """
    rnd = random.Random(seed)
    sources = tuple(Source(k, v, f"https://{k}.example.org") for k, v in sorted(OUTLETS.items()))
    people = tuple(Entity(f"p{i}", f"Person {i}", (f"P. {i}",), "person") for i in range(40))
    articles, statements, events = [], {}, []
    for i in range(n_events):
        y, m, d = 2015 + i // 336, 1 + (i // 28) % 12, 1 + i % 28
        when = EventDate(f"{y}-{m:02d}-{d:02d}", "day", "absolute date in text")
        place, thing = rnd.choice(PLACES), rnd.choice(THINGS)
        speaker = rnd.choice(people).id
        outlets = rnd.sample(sorted(OUTLETS), rnd.choice([2, 3]))
        claims: list[list[str]] = [[], [], []]
        for o in outlets:
            aid = f"{i:05d}-{o}"
            lines = [f"The {place} council approved the {thing} on {y}-{m:02d}-{d:02d}.",
                     f"It will cost {rnd.randint(2, 90)} million euros.",
                     f'"The {thing} is for everyone," said Person {speaker[1:]}.']
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
                                    f"https://{o}.example.org/{i}", datetime(y, m, d, 18, tzinfo=UTC), None, True,
                                    body, 5, tags=(place,)))
        made = tuple(Claim(f"e{i}-c{k}", f"claim {k} of event {i}", tuple(ids),
                           tuple(sorted(sid.split("#")[0].split("-", 1)[1] for sid in ids)),
                           speaker=speaker if k == 2 else None, date=when) for k, ids in enumerate(claims))
        events.append(Event(f"{y}-{m:02d}-{d:02d}-{place.lower()}-{i}", when.value, "day", when.how,
                            f"{place} approves the {thing}", made))
    return Timeline(sources=sources, articles=tuple(sorted(articles, key=lambda a: a.path)), segments={},
                    statements=statements, entities=people, mentions=(), events=tuple(events))


def measure(n: int) -> dict[str, float]:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from generator.site.build import default_config_text
    from generator.site.plugin import ClaimlinePlugin

    timeline = synthetic(n)
    t0 = time.perf_counter()
    pages = render_pages(timeline, SiteOptions())
    for fmt in FORMATS:
        render_export(timeline, fmt)
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="claimline-bench-") as tmp:
        cfg = Path(tmp) / "mkdocs.yml"
        cfg.write_text(default_config_text(Path(tmp)), encoding="utf-8")
        config = load_config(str(cfg), site_dir=str(Path(tmp) / "site"))
        plugin = next(p for p in config.plugins.values() if isinstance(p, ClaimlinePlugin))
        plugin.timeline = timeline
        t2 = time.perf_counter()
        mkdocs_build(config)
        t3 = time.perf_counter()
    return {"articles": len(timeline.articles), "events": n, "site_pages": len(pages),
            "pages": t1 - t0, "build": t3 - t2}


def site_size(site: Path) -> tuple[int, int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    return len(list(site.rglob("*.html"))), len(files), sum(p.stat().st_size for p in files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="50,200", help="comma-separated event counts (default 50,200)")
    ap.add_argument("--demo", action="store_true", help="also build the demo site and report its size")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = [measure(n) for n in sizes]
    base = rows[0]
    print(f"{'events':>6} {'articles':>8} {'pages':>6}   {'render+export':>14} {'mkdocs':>10}"
          f"   ratios vs {base['events']} events: size, render+export, mkdocs")
    for r in rows:
        print(f"{r['events']:>6} {r['articles']:>8} {r['site_pages']:>6}   {r['pages']:>12.3f} s {r['build']:>8.2f} s"
              f"   x{r['events'] / base['events']:.1f}, x{r['pages'] / base['pages']:.1f},"
              f" x{r['build'] / base['build']:.1f}")
    if args.demo:
        with tempfile.TemporaryDirectory(prefix="claimline-demo-") as tmp:
            t0 = time.perf_counter()
            report = build_site(ROOT / "content", site_dir=Path(tmp) / "site", progress=False)
            seconds = time.perf_counter() - t0
            html, files, size = site_size(Path(tmp) / "site")
            print(f"demo site (content/): {html} HTML pages ({report.pages} Markdown pages), {files} files, "
                  f"{size / 1024:.0f} KiB, built in {seconds:.2f} s")


if __name__ == "__main__":
    main()
