"""Scoring in turns (claims/blocking.in_turn) with a read plan (claims/reads) for the vector cache:
the same pairs and the same floats as the plain path, whatever the order and the cache's size
(benchmarks/synth.py's corpus, fictional outlets)."""

from __future__ import annotations

import random

import pytest

from generator.stages import claims
from generator.stages.claims import blocking, clustering, items, scorer, store
from generator.stages.claims.reads import NEVER, Reads

from .synthetic_items import synthetic_items


def test_turns_hold_each_candidate_once_and_two_articles_pairs_in_one_turn():
    its = synthetic_items(30)
    n = len(its)
    turns = blocking.in_turn(its)
    pairs = [divmod(c, n) for codes in turns for c in codes]
    assert sorted(pairs) == blocking.candidates(its) and len(pairs) == len(set(pairs))
    turn_of: dict[tuple[str, str], int] = {}
    for t, codes in enumerate(turns):
        assert list(codes) == sorted(codes)
        for i, j in map(divmod, codes, [n] * len(codes)):
            key = (its[i].article.id, its[j].article.id)
            assert turn_of.setdefault(key, t) == t  # all pairs of two articles in one turn
    # each turn is one article's: every pair in it has a statement of that article, the later one's often
    later = 0
    for codes in turns:
        owners = None
        for i, j in map(divmod, codes, [n] * len(codes)):
            both = {its[i].article.id, its[j].article.id}
            owners = both if owners is None else owners & both
        assert owners
        later += all(its[c % n].article.id in owners and its[c // n].article.id not in owners for c in codes)
    assert later


def test_read_plan_gives_each_statements_next_turn():
    plan = Reads(5)
    n = 5
    plan.plan([[0 * n + 1, 0 * n + 2], [1 * n + 2], [0 * n + 4, 3 * n + 4]])
    assert [plan.next(k) for k in range(5)] == [0, 0, 0, 2, 2]
    plan.now = 1
    assert [plan.next(k) for k in range(5)] == [2, 1, 1, 2, 2]
    plan.now = 3
    assert [plan.next(k) for k in range(5)] == [NEVER] * 5


def test_read_plan_of_more_turns_than_two_bytes_count():
    """Turns are held in 2 bytes up to 65,536 of them, in 4 beyond: the next turn is the same."""
    for turns in (2**16, 2**16 + 1, 70_000):
        plan = Reads(3)
        plan.plan([[1]] + [[]] * (turns - 3) + [[0 * 3 + 2, 1 * 3 + 2], [2]])
        assert plan.turns.itemsize == (2 if turns <= 2**16 else 4)
        plan.now = 1
        assert [plan.next(k) for k in range(3)] == [turns - 2, turns - 2, turns - 2]
        plan.now = turns - 1
        assert [plan.next(k) for k in range(3)] == [turns - 1, NEVER, turns - 1]


def test_planned_store_answers_as_pairs_added_in_order():
    rng = random.Random(3)
    n = 40
    pairs = sorted({(i, j) for i, j in ((rng.randrange(n), rng.randrange(n)) for _ in range(300)) if i < j})
    scored = bytes(rng.random() < 0.9 for _ in range(n))
    shuffled = [i * n + j for i, j in pairs]
    rng.shuffle(shuffled)
    planned = store.PairStore.planned(n, [shuffled[:100], shuffled[100:]], scored)
    kept = [(i, j) for i, j in pairs if scored[i] and scored[j]]
    held = {p: (rng.random(), rng.random()) for p in kept}
    for p in reversed(kept):
        planned.set(*p, *held[p])
    plain = store.PairStore(n)
    plain.extend((*p, *held[p]) for p in kept)
    assert len(planned) == len(plain) == len(kept)
    for i in range(n):
        for j in range(i + 1, n):
            assert planned.get((i, j), -1.0) == plain.get((i, j), -1.0)
            assert planned.final((i, j)) == plain.final((i, j))
    with pytest.raises(ValueError, match="not planned"):
        planned.set(*next(p for p in pairs if p not in held), 0.0, 0.0)


@pytest.mark.parametrize("limit", [20, 200])
def test_turns_and_a_small_planned_cache_give_the_plain_floats(limit):
    """Every candidate primed first, then scored in context (the plain path), against matching's
    path: turns, a read plan, a cache far smaller than the statements in use."""
    its = synthetic_items(30)
    idf = items.word_idf(its)
    body = [(i, j) for i, j in blocking.candidates(its) if "headline" not in (its[i].stmt.kind, its[j].stmt.kind)]
    plain = clustering.Scores(its, items.Vectors(its, idf), idf, scorer.MODEL)
    plain.prime(body)
    kept = clustering.Scores(its, items.Vectors(its, idf, limit=limit), idf, scorer.MODEL)
    links, heads = claims._scored(its, kept, set())
    assert kept.vectors.reads is None  # the plan is dropped once pairs are scored
    assert links == sorted(((plain(i, j), i, j) for i, j in body if plain(i, j) >= scorer.MODEL.link),
                           key=lambda x: x[1:])  # fmt: skip
    assert [(h, o) for _, h, o in heads] == sorted(((h, o) for _, h, o in heads), key=lambda x: (min(x), max(x)))
    for i, j in body:
        assert kept(i, j) == plain(i, j) and kept.store.get((i, j)) == plain.primed[(i, j)]


def test_planned_cache_drops_what_is_read_again_farthest_ahead():
    its = synthetic_items(10)
    v = items.Vectors(its, items.word_idf(its), limit=10)
    n = len(its)
    v.reads = Reads(n)
    # statement 0 is read in every turn, statements 1.. once each
    v.reads.plan([[0 * n + k] for k in range(1, 40)])
    for t, k in enumerate(range(1, 40)):
        v.reads.now = t
        v.word(its[0])
        v.word(its[k])
        assert 0 in v.cache and len(v.cache) <= 10
    v.reads = None
    first = v.word(its[0])
    for k in range(1, 30):
        v.word(its[k])
    assert v.word(its[0]) is not first  # without a plan, the least recently read went
