"""The steps after scoring (clustering, a claim's flags and date, shared statements) cost the size
of what they join, not its square: each faster form is checked against the plain one it replaced,
on random input (fictional outlets and figures)."""

from __future__ import annotations

import random
from types import SimpleNamespace

from generator.stages.claims import build, clustering
from generator.text import numbers as nums

_FIGURES = ["12", "at least 15", "about 300", "around 350", "18 percent", "nearly a fifth", "more than a million",
            "1.2 million", "400,000", "about 400,000", "dozens", "two", "2", "68 square kilometres", "40,000"]  # fmt: skip


def test_numbers_differ_is_any_two_outlets_whose_figures_disagree():
    rng = random.Random(12)
    found = {text: nums.find(f"Officials counted {text} on the site.") for text in _FIGURES}
    for _ in range(600):
        told = []
        for _ in range(rng.randrange(1, 14)):
            figures = [n for text in rng.sample(_FIGURES, rng.randint(1, 2)) for n in found[text]]
            told.append((rng.choice(["Alder Post", "Brisk Wire", "Cobalt Daily", "Dune Herald"]), figures))
        plain = any(nums.disagree(a, b) for sa, a in told for sb, b in told if sa < sb)
        assert build._numbers_differ(told) == plain


class _Pairs:
    """Stands in for ``clustering.Scores``: ``same`` and the score of a pair, fixed at random, and
    the asymmetric call order recorded (``_agree`` must ask ``same(x, y)`` with ``x`` of the first claim)."""

    def __init__(self, rng: random.Random):
        self.rng, self.fixed, self.model = rng, {}, SimpleNamespace(veto=0.3, join=0.6)

    def _of(self, key: tuple) -> float:
        if key not in self.fixed:
            self.fixed[key] = self.rng.choice([0.2, 0.5, 0.7, 0.9, 0.95, 1.0])
        return self.fixed[key]

    def same(self, x: int, y: int) -> float:
        return self._of(("same", x, y))

    def __call__(self, x: int, y: int) -> float:
        return self._of(("score", min(x, y), max(x, y)))


def _plain_agree(items, xs: list[int], ys: list[int], p, model) -> bool:
    """``clustering._agree`` as first written: every pair of the two claims' members tested for its article."""
    for x in xs:
        for y in ys:
            if items[x].article.id == items[y].article.id and p.same(x, y) < clustering.REPEATED:
                return False
    cross = [p(x, y) for x in xs[: clustering.EXEMPLARS] for y in ys[: clustering.EXEMPLARS]
             if items[x].article.id != items[y].article.id]  # fmt: skip
    return not cross or (min(cross) >= model.veto and sum(cross) / len(cross) >= model.join)


def test_claims_joined_as_members_agree_as_the_plain_member_lists_do():
    rng = random.Random(13)
    items = [SimpleNamespace(article=SimpleNamespace(id=f"a{rng.randrange(12)}")) for _ in range(60)]
    for _ in range(400):
        p = _Pairs(rng)
        ks = rng.sample(range(60), rng.randint(2, 30))
        cut = rng.randint(1, len(ks) - 1)
        xs, ys = sorted(ks[:cut]), sorted(ks[cut:])
        mx, my = _grown(items, xs, rng), _grown(items, ys, rng)
        assert mx.first == xs[: clustering.EXEMPLARS] and mx.size == len(xs)
        assert {a: sorted(v) for a, v in mx.by_article.items()} == _by_article(items, xs)
        assert clustering._agree(items, mx, my, p, p.model) == _plain_agree(items, xs, ys, p, p.model)
        joined = mx.join(my)
        assert joined.first == sorted(xs + ys)[: clustering.EXEMPLARS] and joined.size == len(ks)
        assert dict(joined.by_article) == _by_article(items, xs + ys)


def _grown(items, ks: list[int], rng: random.Random) -> clustering._Members:
    """The members of ``ks`` made as ``cluster`` makes them: small claims joined in a random order."""
    parts = [clustering._Members(items, [k]) for k in rng.sample(ks, len(ks))]
    while len(parts) > 1:
        a = parts.pop(rng.randrange(len(parts)))
        b = parts.pop(rng.randrange(len(parts)))
        parts.append(a.join(b))
    return parts[0]


def _by_article(items, ks: list[int]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k in sorted(ks):
        out.setdefault(items[k].article.id, []).append(k)
    return out


def test_a_cluster_knows_the_articles_of_its_members_after_any_joins():
    rng = random.Random(14)
    items = [SimpleNamespace(article=SimpleNamespace(id=f"a{rng.randrange(25)}")) for _ in range(200)]
    c = clustering.Clusters(items)
    for _ in range(600):
        a, b = rng.randrange(200), rng.randrange(200)
        joined = c.union(a, b, force=rng.random() < 0.5)
        if joined:
            assert c.find(a) == c.find(b)
    for group in c.groups():
        assert c.articles(c.find(group[0])) == {items[k].article.id for k in group}
