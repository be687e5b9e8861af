"""benchmarks/happenings.py: how the grouping of claims into events is scored against gold events."""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks import happenings
from generator.model import Recall


def _prepared(labels: dict[str, set[int]], events: list[str], matched: dict | None = None) -> SimpleNamespace:
    return SimpleNamespace(labels={k: frozenset(v) for k, v in labels.items()}, events=events, matched=matched or {})


def _timeline(*events: list[tuple[str, ...]], recalls: dict[int, tuple[Recall, ...]] | None = None,
              statements: dict | None = None) -> SimpleNamespace:  # fmt: skip
    return SimpleNamespace(events=[SimpleNamespace(claims=[SimpleNamespace(statements=s) for s in claims],
                                                   recalls=(recalls or {}).get(n, ()))
                                   for n, claims in enumerate(events)], statements=statements or {})  # fmt: skip


# gold: claims 0 and 1 belong to the strike, claim 2 to the fire
GOLD = _prepared({"a#s1": {0}, "b#s1": {1}, "c#s1": {2}, "c#s2": set()}, ["strike", "strike", "fire"])


def test_one_event_a_happening_scores_perfect():
    f = happenings.figures(GOLD, _timeline([("a#s1",), ("b#s1",)], [("c#s1",)]))
    assert (f["P"], f["R"], f["catchalls"], f["split"], f["gold"]) == (1.0, 1.0, 0, 0, 2)


def test_catch_all_day_event_loses_precision():
    f = happenings.figures(GOLD, _timeline([("a#s1",), ("b#s1",), ("c#s1",)]))
    assert (f["P"], f["R"], f["catchalls"], f["split"]) == (1 / 3, 1.0, 1, 0)


def test_happening_split_over_two_events_loses_recall():
    f = happenings.figures(GOLD, _timeline([("a#s1",)], [("b#s1",)], [("c#s1",)]))
    assert (f["P"], f["R"], f["split"]) == (0.0, 0.0, 1)


def test_claims_no_gold_claim_annotates_are_left_out():
    f = happenings.figures(GOLD, _timeline([("a#s1",), ("c#s2",)], [("b#s1",)]))
    assert (f["P"], f["R"], f["split"]) == (0.0, 0.0, 1)


def test_a_claim_of_two_gold_events_splits_only_counting_every_claim():
    # claim 3 tells the strike and the fire in one statement; it stands with the fire
    gold = _prepared({"a#s1": {0}, "b#s1": {1}, "c#s1": {2}, "d#s1": {0, 2}}, ["strike", "strike", "fire"])
    f = happenings.figures(gold, _timeline([("a#s1",), ("b#s1",)], [("c#s1",), ("d#s1",)]))
    assert (f["split"], f["split_alone"]) == (1, 0)


def test_a_recap_clause_linked_to_its_event_counts_there_not_with_its_claim():
    # "d#s1": "The union, which called the strike on Monday, said the fire was put out": its claim
    # (the fire) stands with the fire; its clause, evidence of the strike, is linked to the strike
    text = "The union, which called the strike on Monday, said the fire was put out"
    clause = text.index(", which"), text.index(", said")
    st = SimpleNamespace(id="d#s1", start=0, text=text)
    gold = _prepared({"a#s1": {0}, "b#s1": {1}, "c#s1": {2}, "d#s1": {0, 2}}, ["strike", "strike", "fire"],
                     {("d#s1", 0): ("which called the strike on Monday",), ("d#s1", 2): ("the fire was put out",)})
    linked = _timeline([("a#s1",), ("b#s1",)], [("c#s1",), ("d#s1",)],
                       recalls={0: (Recall("d#s1", *clause),)}, statements={"d": (st,)})
    f = happenings.figures(gold, linked)
    assert (f["P"], f["R"], f["split"], f["catchalls"]) == (1.0, 1.0, 0, 0)
    unlinked = happenings.figures(gold, _timeline([("a#s1",), ("b#s1",)], [("c#s1",), ("d#s1",)]))
    assert unlinked["split"] == 1  # no link: the statement's claim carries both, as before
    wrong = _timeline([("a#s1",), ("b#s1",)], [("c#s1",), ("d#s1",)],
                      recalls={1: (Recall("d#s1", *clause),)}, statements={"d": (st,)})
    assert happenings.figures(gold, wrong)["split"] == 1  # linked to the wrong event: still split
