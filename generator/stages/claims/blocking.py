"""Which pairs of statements are worth scoring: never all pairs, so cost grows with the corpus.

A statement is placed in time at its *anchors*: the day its own words name for its event (a
recap: "the company had said on March 4 ...") and its publication day. Statements are
visited in anchor order; each looks up its ``LOOKUP_WORDS`` rarest words among the
statements anchored in the ``WINDOW_DAYS`` before it (a word in more than ``MAX_POSTINGS``
of them is too common there to tell anything) and keeps the ``TOP_K`` sharing the most idf.
Later statements find it in turn. What the index holds follows the window, not the corpus.

Background (a statement with no event date: "Corvana insures 2.8 million people") and
statements of undated articles belong to no day: they are also put, by their rarest words
only, in one index for the whole corpus, which every statement looks up with its own rarest
words (a word in more than ``GLOBAL_POSTINGS`` of them is skipped). So background that outlets
repeat a week apart still meets, and the cost per statement stays bounded.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from operator import neg

from generator.stages.claims import blocks
from generator.stages.claims.items import Item, idf_of

# Bounds of the search, not of a score: set so that on the dev corpora (benchmarks/fit.py, "blocking")
# no pair of statements that gold says report one claim is left unscored, at a cost per statement
# that stays flat from 1,000 to 50,000 articles (benchmarks/scale.py).
WINDOW_DAYS = 7  # a recap a week later still finds the report ("Ngozi ... who resigned a week ago")
LOOKUP_WORDS = 12  # a statement looks up its rarest words only
MAX_POSTINGS = 80  # a word in more statements than this in the window is too common to look up
GLOBAL_POSTINGS = 200  # ... and in more background statements than this in the whole corpus
TOP_K = 16  # statements kept for scoring, per statement and lookup


def candidates(items: Sequence[Item]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of statements of different articles worth scoring."""
    return sorted(pair for chunk in by_article(items) for pair in chunk)


def by_article(items: Sequence[Item]) -> Iterator[list[tuple[int, int]]]:
    """``candidates``, one sorted list for each article of a pair's first statement, articles in the
    order of their first statement: until its turn an article's pairs are held as 8-byte codes in
    one array, not as a set of tuples (some 28 pairs a statement: millions in a large corpus)."""
    n = len(items)
    found: dict[str, array] = {}
    for k, others, _ in _pairs(items):
        for o in others:
            i, j = (k, o) if k < o else (o, k)
            codes = found.get(items[i].article.id)
            if codes is None:
                codes = found[items[i].article.id] = array("q")
            codes.append(i * n + j)
    for article in sorted(found, key=lambda a: min(found[a])):  # the smallest code: the first statement
        yield [divmod(c, n) for c in sorted(set(found.pop(article)))]


def in_turn(items: Sequence[Item]) -> list[array]:
    """``candidates`` as codes ``i * n + j``, one array for each article's turn, articles in corpus
    order; the pairs between two articles (scored together, ``Scores.score_between``) in the turn of
    the article whose statement looked the other's up: a statement's pairs are then scored while it
    is read anyway, and what it found is of the days before (the window) or one of the few timeless
    statements of the whole corpus, read again and again (so the vector cache keeps them, ``reads``).
    In the first article's turn instead, a statement would be read again in the turn of every
    earlier timeless statement it found, anywhere in the corpus. A statement that found some at a
    day its words name (``Item.told``) is read in their turn."""
    n = len(items)
    place: dict[str, int] = {}
    for it in items:
        place.setdefault(it.article.id, len(place))
    found = [array("q") for _ in place]  # by the first statement's article: code * 2 + (its turn is the later's)
    for k, others, at_found in _pairs(items):
        for o in others:
            i, j = (k, o) if k < o else (o, k)
            found[place[items[i].article.id]].append((i * n + j) * 2 + ((o if at_found else k) == j))
    turns = [array("q") for _ in place]
    for a, codes in enumerate(found):
        later: dict[int, int] = {}  # the later article of a pair of articles -> whether its turn
        pairs: dict[int, int] = {}
        for c in codes:
            code, flag = divmod(c, 2)
            b = place[items[code % n].article.id]
            later[b] = later.get(b, 0) | flag
            pairs[code] = b
        found[a] = array("q")
        for code in sorted(pairs):
            b = pairs[code]
            turns[b if later[b] else a].append(code)
    return [t for t in turns if t]


def _pairs(items: Sequence[Item]) -> Iterator[tuple[int, list[int], bool]]:
    """Each statement, the statements it finds (in the window and in the timeless index), and whether
    it found them at a day its words name other than its publication day (``Item.told``)."""
    per = blocks.by_block((blocks.block_of(it.day), set(it.words)) for it in items)
    scoped = blocks.scoped(per, blocks.counts)  # the counts of each block's scope (``blocks``)
    idfs = {b: {t: math.log(1 + m / c) for t, c in df.items()} for b, (m, df) in scoped.items()}
    n = len(items)
    idf = [idfs[blocks.block_of(it.day)] for it in items]  # the idf of each statement's scope
    # each statement's rarest words (in its scope), made once (each is read two or three times) and dropped after
    rarest = [_rarest(it.words, scoped[blocks.block_of(it.day)][1]) for it in items]
    article = [it.article.id for it in items]
    everywhere: dict[str, list[int]] = defaultdict(list)
    timeless: dict[str, list[int]] = defaultdict(list)  # an article's timeless statements
    for it in items:
        if _timeless(it):
            timeless[it.article.id].append(it.index)
            for t in rarest[it.index]:
                everywhere[t].append(it.index)
    yield from _in_window(items, rarest, idf, article)
    for k in range(n):
        weight: dict[int, float] = defaultdict(float)
        for t in rarest[k]:
            postings = everywhere.get(t, ())
            if len(postings) > GLOBAL_POSTINGS:
                continue
            w = idf[k][t]
            for o in postings:
                weight[o] += w
        for o in timeless.get(article[k], ()):  # its own article's are not candidates: dropped after
            weight.pop(o, None)  # (the others' sums are the same floats, added in the same order)
        yield k, _top(weight), False


def _rarest(words: Sequence[str], df: Counter) -> list[str]:
    return sorted(set(words), key=lambda t: (df[t], t))[:LOOKUP_WORDS]


def _timeless(it: Item) -> bool:
    return it.stmt.event_date is None or (it.day is None and it.told is None)


def _anchors(it: Item) -> list[int]:
    return sorted({d for d in (it.told, it.day) if d is not None})


def _in_window(items: Sequence[Item], rarest: list[list[str]], idf: list[dict[str, float]], article: list[str]
               ) -> Iterator[tuple[int, list[int], bool]]:  # fmt: skip
    visits = sorted((day, it.index) for it in items for day in _anchors(it))
    index: dict[str, deque[tuple[int, int]]] = defaultdict(deque)
    words_of_day: dict[int, list[str]] = defaultdict(list)
    for day, k in visits:
        for d in [d for d in words_of_day if d < day - WINDOW_DAYS]:
            for t in words_of_day.pop(d):
                postings = index.get(t)
                while postings and postings[0][0] < day - WINDOW_DAYS:
                    postings.popleft()
                if postings is not None and not postings:
                    del index[t]
        it, own, since = items[k], article[k], day - WINDOW_DAYS
        weight: dict[int, float] = defaultdict(float)
        for t in rarest[k]:
            postings = index.get(t)
            if not postings or len(postings) > MAX_POSTINGS:
                continue
            w = idf[k][t]
            for d, o in postings:
                if d >= since and article[o] != own:
                    weight[o] += w
        for t in sorted(set(it.words)):
            postings = index[t]
            if not postings or postings[-1][0] != day:
                words_of_day[day].append(t)
            postings.append((day, k))
        yield k, _top(weight), day != it.day


def _top(weight: dict[int, float]) -> list[int]:
    """The ``TOP_K`` statements of most weight, the earlier first among equals: by ``(weight, -o)``
    as tuples compared in C (a key function called for each was a third of blocking's CPU)."""
    return [-m for _, m in heapq.nlargest(TOP_K, zip(weight.values(), map(neg, weight), strict=True))]


def repeat_candidates(items: Sequence[Item], idf, among: Iterable[Item] | None = None) -> Iterator[tuple[int, int]]:
    """Pairs within one article worth scoring as a claim repeated in it, blocked like
    ``candidates``, never all pairs (an article may run to thousands of sentences).

    A repeat shares nearly all its words with the statement it repeats, so a statement
    looks up its ``LOOKUP_WORDS`` rarest words (fewest statements of the article, then
    rarest in the corpus) among the article's earlier statements, skipping a word that is
    in only one statement or in more than ``MAX_POSTINGS``, and keeps the ``TOP_K`` sharing
    the most idf. Yields ``(earlier, later)``; ``among``: the items whose articles to search (by
    default all).
    """
    by_article: dict[str, list[int]] = defaultdict(list)
    for it in items if among is None else among:
        if it.stmt.kind != "headline":
            by_article[it.article.id].append(it.index)
    for ks in by_article.values():
        count: Counter = Counter()
        for k in ks:
            count.update(set(items[k].words))
        index: dict[str, list[int]] = defaultdict(list)
        weights = idf_of(idf, items[ks[0]])  # one article, one block
        for k in ks:
            toks = sorted((t for t in set(items[k].words) if 1 < count[t] <= MAX_POSTINGS),
                          key=lambda t: (count[t], -weights[t], t))  # fmt: skip
            weight: dict[int, float] = defaultdict(float)
            for t in toks[:LOOKUP_WORDS]:
                for other in index.get(t, ()):
                    weight[other] += weights[t]
            for t in toks:
                index[t].append(k)
            for other in sorted(_top(weight)):
                yield other, k
