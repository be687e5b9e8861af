"""benchmarks/pairs.py: each gold pair counted where it is lost (blocking, score, clustering)."""

from __future__ import annotations

from benchmarks import gold, pairs


def test_the_seed_gold_pairs_are_all_together(shared):
    seeds = next(c for c in gold.corpora() if c[0] == "seeds")
    rows = list(pairs.gold_pairs(gold.prepare(*seeds)))
    assert rows and {kind for kind, *_ in rows} == {"together"}
    assert all(final >= 0.5 for _, _, final, _, _ in rows)  # two outlets: together only by a link


def test_a_pair_blocking_never_proposes_is_told_why():
    from generator.model import Overrides
    from generator.stages.claims.items import build

    from .test_claims import T0, art, st

    a, b = art("a", "one", T0), art("b", "two", T0)
    found = build([a, b], {"a": (st("a", 1, "Ferrymen in Oskarby walked out over pay."),),
                           "b": (st("b", 1, "Harbour staff at Lenmouth struck for wages."),)}, Overrides())  # fmt: skip
    assert pairs._why_not(found)(found[0], found[1]) == "near/noword"
