"""A large corpus as real web collections look: MEANTIME, the dev corpora, and synthetic news
wrapped in page furniture. It is written by this script, never committed.

    .venv/bin/python -m benchmarks.webcorpus OUT [--synthetic 300] [--seed 7] [--build]

``--build`` also builds ``OUT/site`` with ``claimline build`` and prints issue 11's figures:
events, the largest event, the largest page and the page with most claims, the search index
and site sizes, the build time, the key events on the home page.

``OUT/content`` holds (article ids prefixed so none collide):

- ``mt-*``: MEANTIME's 120 English Wikinews articles (``benchmarks/meantime.py``; CC BY 4.0,
  its licence written to ``OUT/LICENSE-MEANTIME.txt``), one outlet, 2003-2013;
- ``wf-*``, ``br-*``: the wildfire and breach dev corpora (``../shared/gold/dev``), copied
  with their outlets (raw ``.txt`` dumps keep their sidecars);
- ``sy-*``: synthetic stories (the fact templates, people and places of ``benchmarks/synth.py``)
  spread over four months, some events covered by many outlets over several days and most
  by one or two, each article wrapped in the furniture of one of four kinds of site: a
  newspaper (menu, byline, dateline, photo credit, "Read more" list, share buttons, a
  comment thread with "Report abuse", "Reply" and votes), a live blog (update stamps with
  a 24-hour clock, timestamps), a broadcaster's transcript (speaker labels in capitals) and
  a blog ("Posted by", an "About me" box, labels).

Everything synthetic is invented (fictional outlets on example.org, names from synth.py's
lists used as story characters); the generator is seeded, so the same arguments give the
same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import meantime, synth

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev"
START = datetime(2021, 3, 1, tzinfo=UTC)
DAYS = 120
OUTLETS = {  # id: (name, kind of site)
    "harbour-times": ("The Harbour Times", "newspaper"),
    "valley-post": ("Valley Post", "newspaper"),
    "metro-live": ("Metro Live", "liveblog"),
    "northwire": ("Northwire Agency", "newspaper"),
    "radio-eastland": ("Radio Eastland", "transcript"),
    "civic-notes": ("Civic Notes (blog)", "blog"),
    "daily-ledger": ("The Daily Ledger", "newspaper"),
    "pulse-news": ("Pulse News", "liveblog"),
}
REPORTERS = ["Jane Roe", "Tomas Fell", "Ana Brisk", "Olu Dane", "Mira Vost", "Karl Henning", "Lena Quist"]
COMMENTERS = ["riverfan77", "J. Smithers", "oldtimer", "skeptic_42", "Marla", "northside_dad"]


def _story_events(rng: random.Random, n_articles: int) -> list[dict]:
    """Events of 12 stories over DAYS days, each with how many articles will report it (Zipf-like)."""
    stories = [synth._story(rng, k) for k in range(12)]
    events = []
    for k in range(max(8, n_articles // 4)):
        story = stories[k % len(stories)]
        day = START + timedelta(days=(k * 7919) % DAYS)
        ev = synth._event(rng, story, day, k)
        ev["reports"] = max(1, int(12 / (1 + k % 17)))  # a few events by many articles, most by one or two
        events.append(ev)
    return events


def _facts(rng: random.Random, ev: dict, name: str, pid: str, n: int) -> list[tuple[str, str | None]]:
    out = []
    for f in rng.sample(ev["facts"], n):
        template = rng.choice(synth.FACTS[f])
        out.append((synth._sentence(rng, template, ev, name, f), pid if "{p}" in template else None))
    return out


def _newspaper(rng: random.Random, outlet: str, city: str, paras: list[str], headline: str) -> str:
    name = OUTLETS[outlet][0]
    lines = [f"{name} | Home | World | Business | Sport | Opinion | Subscribe", "WORLD NEWS",
             f"By {rng.choice(REPORTERS)}", f"{city.upper()} - {paras[0]}",
             f"A crowd gathers in {city} on Monday. (Photo: {rng.choice(REPORTERS)}/{name})", *paras[1:],
             "Share this story: Facebook | Twitter | Email",
             "Read more:", f"{rng.choice(synth.CITIES)} council weighs new budget",
             f"Opinion: what the {rng.choice(synth.THINGS)} deal means"]
    if rng.random() < 0.6:
        lines.append(f"Comments ({rng.randint(2, 40)})")
        for _ in range(rng.randint(1, 3)):
            who = rng.choice(COMMENTERS)
            lines += [f"posted by {who} at {rng.randint(1, 12)}:{rng.randint(10, 59)} PM",
                      f"So the {headline.split()[0].lower()} story again. Nobody asked us.",
                      f"Report abuse | Reply | {rng.randint(0, 30)} people liked this",
                      f"+{rng.randint(0, 9)} -{rng.randint(0, 9)}"]
    return "\n\n".join(lines)


def _liveblog(rng: random.Random, outlet: str, city: str, paras: list[str], headline: str) -> str:
    hour = rng.randint(8, 20)
    lines = [f"{OUTLETS[outlet][0]} | Live | News | Weather",
             f"Live updates · Last updated {hour}:{rng.randint(10, 59)}"]
    for k, p in enumerate(paras):
        h, m = hour - k, rng.randint(10, 59)
        stamp = f"(Updated {h % 12 or 12}:{m} {'p.m.' if h >= 12 else 'a.m.'} ({(h + 2) % 24:02d}{m} in {city}))"
        lines += [f"{h:02d}:{m}", p + (" " + stamp if k == 0 else "")]
    lines += ["Share this live blog", "Sign up for our newsletter"]
    return "\n\n".join(lines)


def _transcript(rng: random.Random, outlet: str, city: str, paras: list[str], headline: str) -> str:
    anchor = rng.choice(REPORTERS)
    lines = [f"{OUTLETS[outlet][0]} | Listen live | Programmes | News",
             f"{anchor.upper()}, HOST:", f"Good evening. Our top story tonight comes from {city}."]
    for p in paras:
        lines += [f"{rng.choice(REPORTERS).upper()}, REPORTER:", p]
    lines += [f"{anchor.upper()}, HOST:", "Thank you. That was our correspondent.",
              "Copyright © 2021 Radio Eastland. All rights reserved. Transcript provided by a third party."]
    return "\n\n".join(lines)


def _blog(rng: random.Random, outlet: str, city: str, paras: list[str], headline: str) -> str:
    author = rng.choice(REPORTERS)
    lines = [f"Posted by {author} at {rng.randint(1, 12)}:{rng.randint(10, 59)} PM", *paras,
             f"Labels: {city}, politics, {rng.choice(synth.THINGS)}", f"{rng.randint(0, 25)} comments:",
             f"{rng.choice(COMMENTERS)} said... Great post, thanks!", "Reply",
             f"About me: I am {author}, a retired teacher who writes about {city} and the region.",
             "View my complete profile", "Blog archive: 2021 (42) 2020 (113)"]
    return "\n\n".join(lines)


WRAP = {"newspaper": _newspaper, "liveblog": _liveblog, "transcript": _transcript, "blog": _blog}


def synthetic(n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` articles as (file name, Markdown with front matter)."""
    rng = random.Random(seed)
    events = _story_events(rng, n)
    queue = [ev for ev in events for _ in range(ev["reports"])]
    out = []
    for a in range(n):
        ev = queue[a % len(queue)]
        outlet = sorted(OUTLETS)[(a * 5 + ev["id"]) % len(OUTLETS)]
        pid, names = synth.PEOPLE[ev["story"]["person"]]
        later = rng.random() < 0.3  # a follow-up days later recalls the event by its date
        published = ev["day"] + timedelta(days=rng.randint(2, 9) if later else 0, hours=rng.randint(6, 20))
        facts = _facts(rng, ev, rng.choice(names), pid, rng.choice([2, 3, 4]))
        paras = [t for t, _ in facts]
        if later:
            paras[0] = f"On {ev['day'].strftime('%B')} {ev['day'].day}, {paras[0][0].lower()}{paras[0][1:]}"
        paras.insert(1, synth._noise(rng))
        headline = paras[-1].rstrip(".")
        body = WRAP[OUTLETS[outlet][1]](rng, outlet, ev["x"], paras, headline)
        front = {"title": headline, "source": outlet, "published": published.isoformat(),
                 "url": f"https://{outlet}.example.org/{published:%Y/%m/%d}/{a}"}
        text = "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items()) + "---\n\n"
        out.append((f"sy-{a:04d}-{outlet}.md", text + body + "\n"))
    return out


def write_synthetic(content: Path, n: int, seed: int = 7) -> str:
    """``n`` synthetic articles into ``content/articles``; returns their outlets as sources.yml text."""
    (content / "articles").mkdir(parents=True, exist_ok=True)
    for file_name, text in synthetic(n, seed):
        (content / "articles" / file_name).write_text(text, encoding="utf-8")
    return "".join(f"{k}:\n  name: {json.dumps(v[0])}\n  url: https://{k}.example.org\n  kind: {v[1]}\n"
                   for k, v in sorted(OUTLETS.items()))


def write(out: Path, n_synthetic: int = 300, seed: int = 7, root: Path = meantime.ROOT, dev: Path = DEV) -> int:
    """Write ``out/content`` (and the MEANTIME licence beside it); returns the number of articles."""
    content = out / "content"
    if content.exists():
        shutil.rmtree(content)
    meantime.write_content(meantime.documents(root), content, root, prefix="mt-")
    sources = [meantime.SOURCES_YML]
    for name, prefix in (("wildfire", "wf-"), ("breach", "br-")):
        src = dev / name / "content"
        for f in sorted((src / "articles").iterdir()):
            shutil.copyfile(f, content / "articles" / f"{prefix}{f.name}")
        sources.append((src / "sources.yml").read_text(encoding="utf-8"))
    sources.append(write_synthetic(content, n_synthetic, seed))
    (content / "sources.yml").write_text("\n".join(sources), encoding="utf-8")
    return sum(1 for f in (content / "articles").iterdir() if f.suffix in (".md", ".txt"))


def report(content: Path, site: Path) -> None:
    """Build ``content`` into ``site`` with ``claimline build`` and print what issue 11 bounds."""
    import re
    import time

    from generator.site.build import build_site

    cwd = Path.cwd()
    os.chdir(content.parent)  # the built-in configuration, not a mkdocs.yml of wherever this runs
    try:
        t0 = time.perf_counter()
        built = build_site(content.resolve(), site_dir=site.resolve(), progress=False)
        seconds = time.perf_counter() - t0
    finally:
        os.chdir(cwd)
    doc = exported(site) or {}
    events = doc.get("events", [])
    largest = max(events, key=lambda e: len(e["claims"]), default=None)
    pages = list(site.rglob("*.html"))
    biggest = max(pages, key=lambda p: p.stat().st_size)
    claims_on = {p: len(re.findall(r'class="cl-claim[" ]', t)) + t.count('class="cl-claimbox"')
                 for p in pages for t in [p.read_text(encoding="utf-8")]}
    tallest = max(claims_on, key=claims_on.get)
    size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    cards = (site / "index.html").read_text(encoding="utf-8").count('<article class="cl-event')
    print(f"{built.articles} articles, {built.events} events, {built.claims} claims, {len(pages)} HTML pages, "
          f"built in {seconds:.1f} s")
    if largest is not None:
        print(f"largest event: {len(largest['claims'])} claims ({largest['id']})")
    print(f"largest page: {biggest.stat().st_size / 1e6:.2f} MB ({biggest.relative_to(site)}); most claims on a page: "
          f"{claims_on[tallest]} ({tallest.relative_to(site)})")
    print(f"search index: {(site / 'search' / 'search_index.json').stat().st_size / 1e6:.2f} MB; "
          f"site: {size / 1e6:.1f} MB; key events on the home page: {cards}")


def exported(site: Path) -> dict | None:
    """The export the build wrote (timeline.json), read back."""
    path = site / "timeline.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--synthetic", type=int, default=300, help="synthetic articles (default 300)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--build", action="store_true", help="also build OUT/site and print its figures")
    args = ap.parse_args()
    n = write(args.out, args.synthetic, args.seed)
    print(f"wrote {n} articles to {args.out / 'content'} (MEANTIME's licence: {args.out / 'LICENSE-MEANTIME.txt'})")
    if args.build:
        report(args.out / "content", args.out / "site")


if __name__ == "__main__":
    main()
