"""benchmarks/happenings.py: how the grouping of claims into events is scored against gold events."""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks import happenings


def _prepared(labels: dict[str, set[int]], events: list[str]) -> SimpleNamespace:
    return SimpleNamespace(labels={k: frozenset(v) for k, v in labels.items()}, events=events)


def _timeline(*events: list[tuple[str, ...]]) -> SimpleNamespace:
    return SimpleNamespace(events=[SimpleNamespace(claims=[SimpleNamespace(statements=s) for s in claims])
                                   for claims in events])  # fmt: skip


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
