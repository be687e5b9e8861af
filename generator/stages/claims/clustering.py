"""Claims from scored pairs: best links first, a claim joining another only when they agree.

- **Best-match assignment, not chaining.** Links are taken most probable first; a statement
  links to one statement of any other article, or to several that say one thing between
  them (a lead and its first paragraph), so which links two articles share depends on those
  two articles alone.
- **Cohesion.** Two claims join only if their first ``EXEMPLARS`` members (in corpus order,
  not in order of joining, which a new article changes) agree on average at ``Model.join``
  and no two of them fall below ``Model.veto`` (a paraphrase may chain, a contradiction not),
  and a claim holds two statements of one article only when they repeat each other
  (``Scores.same``, ``REPEATED``). So two claims of one speaker at one press conference are not chained
  into one, nor templated reports of two happenings.

What still lets an added article change a claim: a new statement that joins a claim first,
through a better link, can still disagree with a statement that would have joined it later;
and corpus statistics (TF-IDF weights, blocking's word counts) move a little with every
article, so a pair on the threshold can fall off it (``benchmarks/README.md``).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from generator.stages.claims.features import FEATURES, NEIGHBOURS, features, never
from generator.stages.claims.items import WINDOW, Item, Vectors
from generator.stages.claims.scorer import Model
from generator.stages.claims.store import PairStore

EXEMPLARS = 4  # first members of two claims compared before they join
# A pair the statements alone make this improbable (``Model.pair``) is not read in its context: on the
# gold pairs no pair below it reaches a link in context (benchmarks/fit.py, "floor"), and most
# candidate pairs are below it, so the context's cost is spent where it can matter.
FLOOR = 0.02
# Two statements of one article are not weighed by the outlets' model: an article repeats a claim
# nearly word for word (a standfirst, a live blog's entry said again), while two sentences of it
# that differ in one word ("closed the road" / "closed the railway", 0.7 here) are two claims, and
# a lead and a paragraph that reword each other are two statements of which other outlets' claims
# take one each (the gold counts two claims of one outlet joined as a lump). Hand-set on
# tests/test_claims.py's fixtures: a repeat scores 0.9 and more, a one-word change 0.7 to 0.8.
REPEATED = 0.85  # ``Scores.same`` from which two statements of one article may stand in one claim
DUPLICATE = 0.85  # ... from which they are one claim said twice, whatever other outlets say


class Scores:
    """The probability that two statements report one claim (``scorer``), computed once per pair.

    ``prime`` scores the candidate pairs with ``Model.pair`` first; then a pair's probability
    is ``Model.context``'s, which reads those first scores around the pair. Only the primed
    scores are read, so a pair's probability does not depend on which pairs were asked before.

    ``score_between`` does both for the pairs between two articles at once (a pair's context
    reads only pairs between the same two articles); ``store`` holds the scores compactly
    (``claims._scored`` fills it) and ``kept`` lets it stand for the primed scores once all are in it.
    """

    def __init__(self, items: Sequence[Item], vectors: Vectors, idf: Mapping[str, float], model: Model):
        self.items, self.vectors, self.idf, self.model = items, vectors, idf, model
        self.memo: dict[tuple[int, int], float] = {}  # of pairs not in ``store``
        # first scores read by ``context``: those of ``prime``, or the store once it holds them all
        self.primed: dict[tuple[int, int], float] | PairStore = {}
        self.store = PairStore(len(items))
        self.links: Counter = Counter()  # (article, article) -> primed pairs at least ``Model.link``
        # each article's statements, and each statement's place among them (``around``): some 12 bytes a
        # statement where a list of its neighbours each was some 190
        self._members: dict[str, list[int]] = defaultdict(list)
        self._place = array("i", bytes(4 * len(items)))
        for it in items:
            ks = self._members[it.article.id]
            self._place[it.index] = len(ks)
            ks.append(it.index)

    def features(self, i: int, j: int) -> list[float]:
        return features(self.items[i], self.items[j], self.vectors, self.idf)

    def prime(self, pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], list[float]]:
        """First scores of the candidate pairs (``i < j``); returned: the features of those read
        in context (at least ``FLOOR``), to hand to ``__call__`` so they are not computed twice."""
        kept = {}
        for i, j in pairs:
            x = self.features(i, j)
            p = self.primed[(i, j)] = 0.0 if never(x) else self.model.pair.probability(x)
            if p >= self.model.link:
                self.links[self.article_pair(i, j)] += 1
            if p >= FLOOR:
                kept[(i, j)] = x
        return kept

    def score_between(self, pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int, float, float]]:
        """``(i, j, primed, final)`` of the candidate pairs (``i < j``) between two articles: their
        context reads only first scores of pairs between those two, so they are primed, scored
        and forgotten together, each pair's features computed once."""
        self.primed = {}
        first = self.prime(pairs)
        return [(i, j, self.primed[(i, j)], self._score((i, j), first.get((i, j)))) for i, j in pairs]

    def kept(self) -> None:
        """Every candidate pair is in the store: its primed scores are those ``context`` reads."""
        self.primed = self.store

    def article_pair(self, i: int, j: int) -> tuple[str, str]:
        a, b = self.items[i].article.id, self.items[j].article.id
        return (a, b) if a < b else (b, a)

    def around(self, k: int) -> list[int]:
        """The ``NEIGHBOURS`` statements before and after statement ``k`` in its article."""
        ks, n = self._members[self.items[k].article.id], self._place[k]
        return ks[max(0, n - NEIGHBOURS) : n] + ks[n + 1 : n + 1 + NEIGHBOURS]

    def context(self, i: int, j: int, first: Sequence[float] | None = None) -> list[float]:
        """The signals of ``features.CONTEXT`` for one pair, from the primed scores; ``first``: the
        pair's own ``FEATURES``, when already at hand."""
        around_i, around_j = self.around(i), self.around(j)
        near = sorted((self.primed.get((x, y) if x < y else (y, x), 0.0)
                       for x in around_i for y in around_j if x != y), reverse=True)  # fmt: skip
        near += [0.0, 0.0]
        first = first if first is not None else self.features(i, j)
        alike = max(first[0], first[1])  # word and char cosine
        around = self.vectors.cosine(WINDOW, i, j, self._window(i), self._window(j))
        return [near[0], near[1], min(1.0, math.log1p(self.links[self.article_pair(i, j)]) / math.log1p(10)),
                around, near[0] * alike, around * alike]

    def _window(self, k: int) -> Callable[[], tuple]:
        """What makes the content-word TF-IDF vector of a statement and those around it (compact)."""
        return lambda: self.vectors.compact(self._around_words(k), self.items[k])

    def _around_words(self, k: int) -> Counter:
        words = Counter(self.items[k].words)
        for o in self.around(k):
            words.update(self.items[o].words)
        return words

    def same(self, i: int, j: int) -> float:
        """How surely two statements of one article say one claim twice: the lesser of their word and
        character cosines, 0 when their figures or their polarity differ or a rule rules it out."""
        x = self.features(i, j)
        f = {name: v for name, v in zip(FEATURES, x, strict=True)}
        if never(x) or f["numbers_differ"] or f["negation_differs"] or f["tense_differs"]:
            return 0.0
        return min(f["word_cosine"], f["char_cosine"])

    def __call__(self, i: int, j: int, first: list[float] | None = None) -> float:
        """``first``: the pair's features when at hand (``prime`` returns them)."""
        key = (i, j) if i < j else (j, i)
        p = self.store.final(key) if self.store else None
        if p is None:
            p = self.memo.get(key)
        if p is None:
            p = self.memo[key] = self._score(key, first)
        return p

    def _score(self, key: tuple[int, int], first: list[float] | None) -> float:
        p = self.primed.get(key, 1.0)
        if p < FLOOR:
            return p  # the statements alone rule it out
        first = first if first is not None else self.features(*key)
        return 0.0 if never(first) else self.model.context.probability([*first, *self.context(*key, first)])


class Clusters:
    """Union-find that knows which articles each cluster holds."""

    def __init__(self, items: Sequence[Item]):
        self.items = items
        self.parent = list(range(len(items)))
        # of clusters of more than one statement only: most statements stay alone
        self._articles: dict[int, set[str]] = {}

    def articles(self, root: int) -> set[str]:
        return self._articles.get(root) or {self.items[root].article.id}

    def find(self, k: int) -> int:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: int, b: int, force: bool = False) -> bool:
        """Join the clusters of ``a`` and ``b``; unless ``force``, not two holding one article."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        aa, ab = self.articles(ra), self.articles(rb)
        if not force and not aa.isdisjoint(ab):
            return False
        if len(aa) < len(ab) or (len(aa) == len(ab) and rb < ra):
            ra, rb, aa, ab = rb, ra, ab, aa
        self.parent[rb] = ra
        # the smaller set added into the larger, not both copied into a new one: a claim of
        # thousands of statements took each one joining it at the cost of its size
        aa |= ab
        self._articles[ra] = aa
        self._articles.pop(rb, None)
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for k in range(len(self.parent)):
            out[self.find(k)].append(k)
        return sorted(out.values())


def assign(items: Sequence[Item], links: list[tuple[float, int, int]], p: Scores) -> list[tuple[float, int, int]]:
    """Best first, each statement linked to one statement of any other article, or to several
    that say the same thing as each other (a claim the article repeats)."""
    # probabilities to two decimals: two near-equal partners (a lead and the paragraph saying it
    # again, both 0.997) are ordered by their ids, not by a last digit that another article moves
    links = sorted(links, key=lambda x: (-round(x[0], 2), items[x[1]].stmt.id, items[x[2]].stmt.id))
    taken: dict[tuple[int, str], list[int]] = {}
    out = []
    for s, i, j in links:
        ai, aj = items[i].article.id, items[j].article.id
        if not all(_repeats(p, taken.get(key, ()), k) for key, k in (((i, aj), j), ((j, ai), i))):
            continue
        taken.setdefault((i, aj), []).append(j)
        taken.setdefault((j, ai), []).append(i)
        out.append((s, i, j))
    return out


def _repeats(p: Scores, linked: Sequence[int], k: int) -> bool:
    return all(p.same(k, o) >= REPEATED for o in linked)


def cluster(items: Sequence[Item], links: list[tuple[float, int, int]], dups: list[tuple[int, int]],
            p: Scores) -> Clusters:  # fmt: skip
    """Claims from the links, best first (see the module doc)."""
    c = Clusters(items)
    for i, j in dups:
        c.union(i, j, force=True)
    # a claim repeated in one article
    members = {c.find(g[0]): _Members(items, g) for g in c.groups() if len(g) > 1}
    model = p.model
    for _, i, j in links:  # best first
        ri, rj = c.find(i), c.find(j)
        if ri == rj:
            continue
        xs, ys = members.get(ri) or _Members(items, [ri]), members.get(rj) or _Members(items, [rj])
        if (xs.size > 1 or ys.size > 1) and not _agree(items, xs, ys, p, model):
            continue
        c.union(i, j, force=True)
        members.pop(ri, None), members.pop(rj, None)
        members[c.find(i)] = xs.join(ys)
    return c


class _Members:
    """What ``cluster`` asks of a claim's members: its first ``EXEMPLARS`` (corpus order), and its
    members by article. Two claims joined cost the smaller's size, not both (a claim of thousands of
    statements, each joining it, took the square of its size as one sorted list of all)."""

    __slots__ = ("by_article", "first", "size")

    def __init__(self, items: Sequence[Item], ks: list[int]):
        self.first = sorted(ks)[:EXEMPLARS]
        self.size = len(ks)
        self.by_article: dict[str, list[int]] = defaultdict(list)
        for k in sorted(ks):
            self.by_article[items[k].article.id].append(k)

    def join(self, other: _Members) -> _Members:
        big, small = (self, other) if len(self.by_article) >= len(other.by_article) else (other, self)
        big.first = sorted(big.first + small.first)[:EXEMPLARS]
        big.size += small.size
        for a, ks in small.by_article.items():
            big.by_article[a] = sorted(big.by_article[a] + ks) if a in big.by_article else ks
        return big


def _agree(items: Sequence[Item], xs: _Members, ys: _Members, p: Scores, model: Model) -> bool:
    """Whether two claims may become one: their first members agree on average, and each two
    statements of one article in them repeat each other (read through the articles of the claim
    holding fewer, each in the other's)."""
    fewer, more = (xs, ys) if len(xs.by_article) <= len(ys.by_article) else (ys, xs)
    for a, ks in fewer.by_article.items():
        others = more.by_article.get(a, ())
        for x in ks:
            for y in others:
                if (p.same(x, y) if fewer is xs else p.same(y, x)) < REPEATED:
                    return False
    cross = [p(x, y) for x in xs.first for y in ys.first if items[x].article.id != items[y].article.id]
    return not cross or (min(cross) >= model.veto and sum(cross) / len(cross) >= model.join)
