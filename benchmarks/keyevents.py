"""Key events: do the dates of the top-ranked events match the dates the annotators gave?

    .venv/bin/python -m benchmarks.keyevents [--meantime DIR] [--verbose] [--why]

What it measures. MEANTIME (``benchmarks/meantime.py``; 120 Wikinews articles in 4 topics,
CC BY 4.0) annotates the events its articles report, each with a time anchor. For each topic,
the reference timeline is every day an annotated event is anchored to ("all"), and the
days anchored to by events that two or more of the topic's articles report ("2+ docs": what
the story keeps coming back to). Each topic is built as its own claimline content folder
(one outlet, Wikinews) and run through the whole pipeline. A method proposes k days, k the
size of the reference (as in timeline-summarisation evaluations: Timeline17, news-tls), and
scores date P/R/F1 against it (equal sizes: P = R = F1 unless a method runs out of days):

- ``claimline salience``: events in the home page's order (``salience.ranked``: by
  ``Event.salience.score``, equal scores by outlets, then claims), best first; each event of
  day precision gives its day, until k distinct days.
- ``articles only``: the same events by the number of articles that report them (salience
  without headlines, leads and days; equal counts in the home page's order), to show what
  those add.
- ``DATEWISE-style``: days by how many articles mention them (news-tls's date-ranking
  baseline without its learned weights), from the same date stage's day-precision mentions;
  ``+ publication days`` also counts each article's own day as a mention. Both variants are
  printed; the better is the baseline to beat.

Reading the figures: the better DATEWISE-style variant is picked after the fact for each
reference, which favours the baseline; k is the reference's size for every method (an oracle
length, as Timeline17 evaluations give it); "2+ docs" holds 22 days in all (5-6 a topic), so one
day moves a topic by 0.17-0.20 and the mean by about 0.05. News-tls's DATEWISE proper weighs
these counts with a model learned on Timeline17; that is not rebuilt here.

``--why`` prints, for each "2+ docs" day, where salience ranks it and what the pipeline made of
its reports: the articles of its best event, the articles that date a statement to that day,
and the articles the annotators say report it; then how many of the days two articles reach at
all (in one event, or dated to the day), which no ranking can do better than.

All methods run in this process on the same pipeline output. MEANTIME annotates only the
title and first sentences of each article, so the reference favours what articles lead
with; that is the prominence salience rewards too, which is a reason to read these figures
as development figures, not a held-out score.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks import meantime
from generator.model import Timeline
from generator.pipeline import build_timeline
from generator.stages import salience
from generator.text import timex


def _is_day(value: str) -> bool:
    return timex.kind(value) == "day"


def by_salience(t: Timeline, key: Callable | None = None) -> list[str]:
    """The days of the events of day precision, best first: in the home page's order
    (``salience.ranked``), or by ``key`` with equal keys ordered as the home page orders equal scores."""
    days = [e for e in t.events if _is_day(e.date)]
    events = salience.ranked(days) if key is None else salience.ranked(days, key)
    return list(dict.fromkeys(e.date for e in events))


def datewise(t: Timeline, with_published: bool) -> list[str]:
    """Days by how many articles mention them (ties: more mentions, then earlier)."""
    articles: Counter = Counter()
    mentions: Counter = Counter()
    for a in t.articles:
        days = [d.value for s in t.statements.get(a.id, ()) for d in s.dates if d.precision == "day"
                and _is_day(d.value)]
        if with_published and a.published is not None:
            days.append(a.published.date().isoformat())
        articles.update(set(days))
        mentions.update(days)
    return sorted(articles, key=lambda d: (-articles[d], -mentions[d], d))


def prf(pred: list[str], gold: set[str], k: int) -> tuple[float, float, float]:
    top = set(pred[:k])
    tp = len(top & gold)
    p = tp / len(top) if top else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


METHODS: dict[str, Callable[[Timeline], list[str]]] = {
    "claimline salience": lambda t: by_salience(t),
    "articles only": lambda t: by_salience(t, lambda e: e.salience.articles),
    "DATEWISE-style": lambda t: datewise(t, False),
    "DATEWISE-style + publication days": lambda t: datewise(t, True),
}


def why(t: Timeline, days: list[str], reported: dict[str, list[str]]) -> tuple[int, int]:
    """Prints each day's rank and reports (see the module doc); (days whose best event holds two
    articles or more, days two articles or more date a statement to)."""
    published = {a.id: a.published.date().isoformat() if a.published else "?" for a in t.articles}
    ranked = by_salience(t)
    in_event = dated = 0
    for day in sorted(reported):
        events = sorted((e for e in t.events if e.date == day), key=lambda e: -e.salience.score)
        best = events[0] if events else None
        ours = sorted({s.split("#")[0] for c in best.claims for s in c.statements}) if best else []
        naming = sorted({a for a, ss in t.statements.items() for s in ss
                         if s.event_date is not None and s.event_date.value == day})  # fmt: skip
        in_event += len(ours) >= 2
        dated += len(naming) >= 2
        rank = ranked.index(day) if day in ranked else None
        print(f"  {day}: rank {rank} of {len(days)} proposed, salience {best.salience.score if best else 0}; its event's "
              f"articles {[published[a] for a in ours]}; dating a statement to it {[published[a] for a in naming]}; "
              f"annotated reports {sorted(reported[day])}")  # fmt: skip
    return in_event, dated


def run(root: Path, verbose: bool, explain: bool = False) -> dict[str, dict[str, list[float]]]:
    docs = meantime.documents(root)
    ref = meantime.reference_days(docs, root)
    scores: dict[str, dict[str, list[float]]] = {"all": {m: [] for m in METHODS}, "2+ docs": {m: [] for m in METHODS}}
    reached = [0, 0, 0]  # days, of which two articles are in one event, of which two date a statement to
    with tempfile.TemporaryDirectory(prefix="claimline-keyevents-") as tmp:
        for topic in sorted(ref):
            content = Path(tmp) / topic / "content"
            meantime.write_content([d for d in docs if d.topic == topic], content, root)
            t = build_timeline(content)
            ranked = {m: f(t) for m, f in METHODS.items()}
            for name, gold in (("all", set(ref[topic])), ("2+ docs", {d for d, n in ref[topic].items() if n >= 2})):
                for m, days in ranked.items():
                    scores[name][m].append(prf(days, gold, len(gold))[2])
                if verbose:
                    print(f"{topic} [{name}] reference ({len(gold)}): {sorted(gold)}")
                    for m, days in ranked.items():
                        print(f"  {m:36s} {sorted(days[:len(gold)])}")
            print(f"{topic}: {sum(d.topic == topic for d in docs)} articles, {len(t.events)} events, reference "
                  f"{len(ref[topic])} days (2+ docs: {sum(n >= 2 for n in ref[topic].values())})")
            if explain:
                reported = meantime.reporting(docs, topic, {d for d, n in ref[topic].items() if n >= 2}, root)
                a, b = why(t, ranked["claimline salience"], reported)
                reached = [reached[0] + len(reported), reached[1] + a, reached[2] + b]
    if explain:
        print(f"2+ docs days: {reached[0]}; of those, two articles or more in the day's best event: {reached[1]}; "
              f"two articles or more dating a statement to the day: {reached[2]}")
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--meantime", type=Path, default=meantime.ROOT)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--why", action="store_true", help="what the pipeline made of each 2+ docs day")
    args = ap.parse_args()
    if not (args.meantime / meantime.CROSS_DOC).is_dir():
        print(f"MEANTIME not found at {args.meantime}; pass --meantime DIR", file=sys.stderr)
        return 2
    scores = run(args.meantime, args.verbose, args.why)
    topics = len(next(iter(scores["all"].values())))
    print(f"\ndate F1 of the top-k days (k = reference size), per topic and mean over the {topics} topics")
    for name, by_method in scores.items():
        print(f"reference: {name}")
        base = max(sum(v) / len(v) for m, v in by_method.items() if m.startswith("DATEWISE"))
        for m, v in by_method.items():
            mean = sum(v) / len(v)
            print(f"  {m:36s} " + " ".join(f"{x:.3f}" for x in v)
                  + f"   mean {mean:.3f}   x{mean / base:.2f} of the best DATEWISE-style")
    return 0


if __name__ == "__main__":
    sys.exit(main())
