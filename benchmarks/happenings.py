"""Events as happenings, scored against the gold events: does one event hold one happening?

Run: ``.venv/bin/python -m benchmarks.happenings``

``score_gold.py`` scores claims, not how they are grouped into events, so this scores the grouping:
every pair of event claims (claims under an event, not its context) whose statements carry
claims of gold events is a pair of *one* happening when their gold events meet, and of two
otherwise. Predicted: whether claimline put them under one event. Printed per corpus: pair
precision, recall and F1 (B-cubed style over claim pairs), how many predicted events hold
claims of two gold events or more (catch-alls) and how many gold events are split over more
than one predicted event; of those, how many are split by claims carrying that gold event alone (a
statement telling two happenings, "X, who resigned last week, is due to appear ...", counts in
both gold events wherever it goes: what is left is what grouping and dating split). The
committed models; ``benchmarks.fit`` prints the happenings model's pair figures
leave-one-corpus-out on the candidate pairs it weighs.
"""

from __future__ import annotations

import argparse
import itertools
import sys

from benchmarks import gold
from generator.model import Timeline


def gold_events(p: gold.Prepared, statements: tuple[str, ...]) -> frozenset[str]:
    """The gold events a claim's statements carry claims of."""
    return frozenset(p.events[k] for s in statements for k in p.labels.get(s, ()) if p.events[k])


def _labelled(p: gold.Prepared, tl: Timeline, recalls: bool) -> list[tuple[int, frozenset[str]]]:
    """(event index, gold events) of each event claim; with ``recalls``, a gold claim a statement
    carries only inside a recall clause the pipeline linked to an event (``Event.recalls``: its
    evidence lies within the clause) counts for that event instead, as an item of its own."""
    if not recalls or not any(e.recalls for e in tl.events):
        return [(n, gold_events(p, c.statements)) for n, e in enumerate(tl.events) for c in e.claims]
    text = {s.id: s for ss in tl.statements.values() for s in ss}
    linked: dict[str, list[tuple[str, int]]] = {}  # statement id -> (clause, folded; event index)
    for n, e in enumerate(tl.events):
        for r in e.recalls:
            st = text[r.statement]
            linked.setdefault(r.statement, []).append((gold.fold(st.text[r.start - st.start:r.end - st.start]), n))
    out, seen = [], set()
    for n, e in enumerate(tl.events):
        for c in e.claims:
            kept: set[str] = set()
            for sid in c.statements:
                for k in p.labels.get(sid, ()):
                    where = _recalled_in(p.matched.get((sid, k), ()), linked.get(sid, ()))
                    if p.events[k] is None:
                        continue
                    if where is None:
                        kept.add(p.events[k])
                    elif sid not in seen:
                        out.append((where, frozenset([p.events[k]])))
                seen.add(sid)
            out.append((n, frozenset(kept)))
    return out


def _recalled_in(evidence: tuple[str, ...], clauses: list[tuple[str, int]]) -> int | None:
    """The event a linked clause holding all of a gold claim's evidence in a statement went to."""
    for clause, n in clauses:
        if evidence and all(e in clause for e in evidence):
            return n
    return None


def figures(p: gold.Prepared, tl: Timeline, recalls: bool = True) -> dict[str, float]:
    labelled = [(n, g) for n, g in _labelled(p, tl, recalls) if g]
    tp = fp = fn = 0
    for (ea, ga), (eb, gb) in itertools.combinations(labelled, 2):
        same, truth = ea == eb, bool(ga & gb)
        tp += same and truth
        fp += same and not truth
        fn += truth and not same
    by_event: dict[int, set[str]] = {}
    split: dict[str, set[int]] = {}
    alone: dict[str, set[int]] = {}  # gold event -> the events holding a claim of it and of no other
    for n, g in labelled:
        by_event.setdefault(n, set()).update(g)
        for ge in g:
            split.setdefault(ge, set()).add(n)
            if len(g) == 1:
                alone.setdefault(ge, set()).add(n)
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"P": prec, "R": rec, "F1": 2 * prec * rec / max(1e-9, prec + rec),
            "catchalls": sum(len(g) > 1 for g in by_event.values()),
            "split": sum(len(ns) > 1 for ns in split.values()), "gold": len(split),
            "split_alone": sum(len(ns) > 1 for ns in alone.values())}  # fmt: skip


def _row(f: dict[str, float]) -> str:
    return (f"pairs P {f['P']:.2f} R {f['R']:.2f} F1 {f['F1']:.2f}; events holding two gold events "
            f"{int(f['catchalls'])}; gold events split {int(f['split'])}/{int(f['gold'])} "
            f"({int(f['split_alone'])} by claims of that gold event alone)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.parse_args()
    prepared = [gold.prepare(*c) for c in gold.corpora()]
    if not prepared:
        print("no gold corpora: ../shared is missing", file=sys.stderr)
        return 1
    for p in prepared:
        tl = gold.timeline(p)
        print(f"{p.name:9s} {_row(figures(p, tl))}")
        print(f"{'':9s} claims alone, recall links not counted: {_row(figures(p, tl, recalls=False))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
