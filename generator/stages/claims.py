"""The same claim across outlets: statements that say the same thing become one Claim.

How, and why this way:

1. **Candidates by blocking, never all pairs.** Statements are visited in publication
   order and indexed by their content words per publication day. A statement looks up
   its ``LOOKUP_WORDS`` rarest words on the days from ``WINDOW_DAYS`` before its own (a
   word in more than ``MAX_POSTINGS`` statements of one day is too common to tell
   anything) and keeps the ``TOP_K`` earlier statements sharing the most idf with it;
   later statements find it in turn. Cost grows with the number of statements times a
   constant, so about linearly with the corpus (``benchmarks/scale.py`` measures it).
   TF-IDF vectors are made when needed and dropped once out of the window (at most
   ``VECTOR_CACHE`` once statements are visited out of date order), and so are the
   blocking postings when no article is undated: what grows with the corpus is each
   statement's own words, names and scored pairs (``scale.py --rss`` measures it).
   Statements of undated articles look on every day.
2. **A score chosen by measurement** (``wording.similarity``): char-n-gram TF-IDF cosine
   blended with a length-guarded token_set_ratio, lowered when the two statements have
   different known speakers, when one is dated news and the other undated background,
   when they give different days, numbers that cannot agree, opposite directions
   ("rose" / "fell") or names with nothing in common: templated reports ("The Dow Jones
   was down 2.62%" / "was up 3.10%" on two days; "a bridge collapsed in Tallinn" /
   "in Harare") share most words but are two claims (measured on MEANTIME and the
   synthetic corpus). Figures that disagree do not keep apart two statements of one day
   that agree on all the rest, numbers left out (``_restated``): "12 injured in blast" /
   "At least 15 people were wounded in an explosion" is one claim, flagged
   ``number_differs``.
3. **Best-match assignment, not chaining.** Pairs above ``THRESHOLD`` are taken best
   first; a statement links to one statement of any other article, or to several that
   say the same thing as one another (``REPEATED``: a lead and the first paragraph), so
   which links two articles share depends on those two articles alone. Two claims join
   only if each of their first ``EXEMPLARS`` statements (in corpus order) agrees with
   each of the other's, and a claim holds two statements of one article only when they
   repeat each other (near-identical repeats, like a standfirst repeated as the first
   paragraph, are found by blocking within the article as well: ``_repeat_candidates``).
   So two claims of one speaker at one press conference cannot be chained into one, nor
   can templated reports of different happenings. **Adding an article should only add
   to claims** (``tests/test_claims.py`` adds a Reuters, an AP, an Al-Monitor report and
   an unrelated story to the seeds): what still breaks this is in ``_cluster``.
4. **Editor overrides win**: ``hide`` drops a statement, ``split`` makes it a claim of its
   own, ``merge`` joins statements (or claims) whatever the score; such claims are
   flagged ``editor``.

A headline joins a claim of other outlets only when it carries it and its own article's
text does not; a headline that joins no claim is not a claim of its own.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from generator.model import Article, Claim, Entity, EventDate, Flag, Overrides, Statement
from generator.text import headline, wording
from generator.text import numbers as nums

KINDS = frozenset({"claim", "quote", "headline", "context"})
THRESHOLD = 0.5  # a pair scoring at least this says the same thing (seed pairs, MEANTIME)
HEADLINE_THRESHOLD = 0.4  # a headline carries a claim when headline_score reaches this
HEADLINE_OWN = 0.3  # ... a statement of its own article, written from the same text, needs less
DUPLICATE = 0.9  # two statements of one article this alike are one claim repeated
SPEAKER_PENALTY = 0.8  # factor on the score when both statements have known, different speakers
BACKGROUND_PENALTY = 0.8  # factor when one statement is dated and the other, in a dated article, is not
DATE_PENALTY = 0.85  # ... when both give a day and the days differ
NUMBER_PENALTY = 0.85  # ... when their numbers cannot be the same but are close (12 / at least 15)
FAR_NUMBER_PENALTY = 0.6  # ... and when they are far apart (32 / 60): two reports, not one disputed
FAR_NUMBERS = 0.3  # relative gap from which numbers are far apart
DIRECTION_PENALTY = 0.8  # ... when one goes up where the other goes down
TOLL_PENALTY = 0.6  # ... when one counts only the dead and the other only the injured: two tolls
RESTATED = 0.7  # numbers left out, two statements this alike (and agreeing on all else) are one claim
RESTATED_GAP = 0.4  # ... unless their figures are further apart than this (73 / 26 families: two floods)
WINDOW_DAYS = 3
MAX_POSTINGS = 60  # a word in more statements than this on one day is too common to block on
LOOKUP_WORDS = 12  # a statement looks up its rarest words only
UNDATED_MAX_DF = 300  # ... and, undated, only words this rare in the whole corpus
TOP_K = 12
EXEMPLARS = 4  # first members (in corpus order) of two claims that must agree for them to join
COHESION = 0.9  # ... at this fraction of THRESHOLD
REPEATED = 0.75  # two statements of one article this alike say one claim twice (lead and first paragraph)
VECTOR_CACHE = 20_000  # vectors kept once statements are no longer visited in date order


def article_order(article: Article) -> tuple:
    """Earliest-published first: calendar day as written, real dates before inferred ones, then path."""
    if article.published is None:
        return (date.max, True, math.inf, article.path)
    return (article.published.date(), article.published_inferred, article.published.timestamp(), article.path)


@dataclass(slots=True)  # one per statement, held for the whole run: no __dict__ each
class _Item:
    stmt: Statement
    article: Article
    rank: tuple  # position in the corpus: article order, then statement order
    day: int | None  # publication day ordinal, None when unknown
    words: list[str]
    index: int = 0
    names: frozenset[str] = frozenset()
    _numbers: list[nums.Number] | None = None
    _plain: list[str] | None = None

    def numbers(self) -> list[nums.Number]:
        if self._numbers is None:
            self._numbers = _numbers(self.stmt)
        return self._numbers

    def plain(self) -> list[str]:
        """Content words with the numbers (and their "at least") left out, synonyms made one."""
        if self._plain is None:
            text = self.stmt.text
            for n in reversed(self.numbers()):
                text = text[: n.start] + " " + text[n.end :]
            self._plain = wording.meanings(wording.content_words(text))
        return self._plain

    def counted(self, n: nums.Number) -> set[str]:
        """What a number counts: the two content words after it, synonyms made one ("12 injured
        in blast" -> injured, blast; "at least 15 people were wounded" -> people, injured); the
        one before it when none follows ("... killed 23")."""
        text = self.stmt.text
        words = wording.content_words(text[n.end :])[:2] or wording.content_words(text[: n.start])[-1:]
        return set(wording.meanings(words))


def match(
    articles: Sequence[Article],
    stmts_by_article: Mapping[str, Sequence[Statement]],
    entities: Sequence[Entity],
    overrides: Overrides,
) -> list[Claim]:
    """Every reportable statement, grouped into claims across outlets (see the module doc)."""
    items = _items(articles, stmts_by_article, overrides, entities)
    if not items:
        return []
    idf = _word_idf(items)
    vectors = _Vectors(items)
    split = set(overrides.split)
    body, heads = [], []
    for k, others in _candidates(items, vectors):
        if items[k].stmt.id in split:
            continue
        hk = items[k].stmt.kind == "headline"
        for o in others:
            if items[o].stmt.id in split:
                continue
            ho = items[o].stmt.kind == "headline"
            if not hk and not ho:
                s = score(items[k], items[o], vectors, THRESHOLD)
                if s >= THRESHOLD:
                    body.append((s, o, k))
            elif hk != ho:
                h, other = (k, o) if hk else (o, k)
                s = headline_score(items[h], items[other], idf, vectors)
                if s >= HEADLINE_THRESHOLD:
                    heads.append((s, h, other))
    dups = [
        (s, i, j)
        for i, j in _repeat_candidates(items, idf)
        if items[i].stmt.id not in split and items[j].stmt.id not in split
        for s in (score(items[i], items[j], vectors, DUPLICATE),)
        if s >= DUPLICATE
    ]
    vectors.limit = VECTOR_CACHE  # from here on statements are visited out of date order
    clusters = _cluster(items, _assign(items, body, vectors), dups, vectors)
    carried = _carried_headlines(items, idf, vectors)
    _attach_headlines(items, clusters, [h for h in heads if h[1] not in carried])
    groups, editor = _apply_merges(items, clusters, overrides, split)
    ranked = []
    for members in groups:
        lone = items[members[0]].stmt
        if len(members) == 1 and lone.kind == "headline" and lone.id not in editor:
            continue  # a headline that carries no claim reported elsewhere
        claim = _claim([items[k] for k in members], editor)
        ranked.append((min(items[k].rank for k in members), claim.id, claim))
    ranked.sort(key=lambda x: x[:2])
    return [c for _, _, c in ranked]


def score(a: _Item, b: _Item, vectors: _Vectors, floor: float = 0.0) -> float:
    """How surely two statements say the same thing, in [0, 1].

    Below ``floor`` the exact value does not matter: the cheap factors come first and the
    cosine (the costly part) is skipped when even a perfect one could not reach it.
    """
    f = 1.0
    if a.stmt.speaker and b.stmt.speaker and a.stmt.speaker != b.stmt.speaker:
        f *= SPEAKER_PENALTY
    da, db = a.stmt.event_date, b.stmt.event_date
    if a.day is not None and b.day is not None and (da is None) != (db is None):
        f *= BACKGROUND_PENALTY  # background ("in recent years") is not the news of the day
    if da and db and da.precision == db.precision == "day" and da.value != db.value:
        f *= DATE_PENALTY
    if wording.opposed(a.words, b.words):
        f *= DIRECTION_PENALTY
    if wording.other_toll(a.words, b.words):
        f *= TOLL_PENALTY  # "12 people were killed in a blast" / "15 people were injured in a blast"
    f *= wording.names_agreement(a.names, b.names)  # "in Tallinn" / "in Harare"
    ratio = wording.set_ratio(a.words, b.words)
    w = wording.COSINE_WEIGHT
    restated = 0.0
    one_day = f == 1.0 and da and db and da.value == db.value and a.article.id != b.article.id
    if one_day and nums.disagree(a.numbers(), b.numbers()):
        restated = _restated(a, b, vectors)
    if f * (w + (1 - w) * ratio) < max(floor, restated):
        return restated
    if nums.disagree(a.numbers(), b.numbers()):
        far = nums.gap(a.numbers(), b.numbers()) > FAR_NUMBERS
        f *= FAR_NUMBER_PENALTY if far else NUMBER_PENALTY
    return max(restated, f * (w * wording.cosine(vectors.get(a), vectors.get(b)) + (1 - w) * ratio))


def _restated(a: _Item, b: _Item, vectors: _Vectors) -> float:
    """The score of two statements that give other figures for one thing, else 0.

    Outlets disagree on a toll and word it apart too ("12 injured in blast in Kabul" /
    "At least 15 people were wounded in an explosion in Kabul"): the number penalty and the
    figures' own words would keep them apart, yet they are one claim to flag
    ``number_differs``. So, for two statements of other articles and of one day that agree
    on all the rest (speaker, names, direction, dated: the caller checks), the similarity
    with the numbers left out and synonyms made one, if it reaches ``RESTATED`` (times
    ``NUMBER_PENALTY``, so that a statement whose figures agree is preferred), provided
    that the figures are at most ``RESTATED_GAP`` apart, that each counts what a figure of
    the other counts (``_counts_alike``: not "3 rockets" / "2 people", nor "25 new
    bridges" / "102 new ports") and that one is not a toll of the dead where the other is
    one of the injured.
    """
    if wording.other_toll(a.plain(), b.plain()) or nums.gap(a.numbers(), b.numbers()) > RESTATED_GAP:
        return 0.0
    xs, ys = a.numbers(), b.numbers()
    if len(xs) > len(ys):
        a, b, xs, ys = b, a, ys, xs
    if not all(any(_counts_alike(a, x, b, y) for y in ys) for x in xs):
        return 0.0
    ratio = wording.set_ratio(a.plain(), b.plain())
    w = wording.COSINE_WEIGHT
    if w + (1 - w) * ratio < RESTATED:
        return 0.0
    s = w * wording.cosine(vectors.get(a, plain=True), vectors.get(b, plain=True)) + (1 - w) * ratio
    return s * NUMBER_PENALTY if s >= RESTATED else 0.0  # below a match whose figures agree


def _counts_alike(a: _Item, x: nums.Number, b: _Item, y: nums.Number) -> bool:
    """Whether number ``x`` of ``a`` and ``y`` of ``b`` count one thing: what they count shares a
    word, and it is not that each counts something the other statement never mentions (a word
    added, "15 people were wounded" for "12 injured", is fine; one replaced is another count)."""
    cx, cy = a.counted(x), b.counted(y)
    if not cx & cy:
        return False
    return not (cx - set(b.plain()) and cy - set(a.plain()))


def headline_score(head: _Item, other: _Item, idf: Mapping[str, float], vectors: _Vectors) -> float:
    """How surely a headline carries the claim of a body statement of another article.

    A headline is terse and worded apart from the text ("commits to improve" for "will
    strengthen"), so whole-statement similarity undersells it; what tells is how much of
    the headline (idf-weighted) the statement holds, blended with the char-n-gram cosine.
    """
    words = set(head.words)
    total = math.fsum(idf.get(w, 1.0) for w in words) or 1.0
    held = math.fsum(idf.get(w, 1.0) for w in words & set(other.words))  # fsum: order-free, so seed-free
    return 0.5 * held / total + 0.5 * wording.cosine(vectors.get(head), vectors.get(other))


# ---------------------------------------------------------------- the statements to match


def _items(
    articles: Sequence[Article],
    stmts_by_article: Mapping[str, Sequence[Statement]],
    overrides: Overrides,
    entities: Sequence[Entity] = (),
) -> list[_Item]:
    hidden = set(overrides.hide)
    names = wording.NameFinder(st.text for a in articles for st in stmts_by_article.get(a.id, ()))
    # a speaker's own names: the canonical one and aliases that are names ("Maj. Gen. Baqeri"),
    # not descriptions ("the Syrian defense minister", whose "Syrian" is what claims are about)
    aliases = {
        e.id: [w for n in (e.name, *e.aliases) if n.split() and all(p[:1].isupper() for p in n.split())
               for w in wording.words(n)]
        for e in entities
    }  # fmt: skip
    items = []
    for article in sorted(articles, key=article_order):
        day = article.published.date().toordinal() if article.published else None
        order = article_order(article)
        for n, st in enumerate(stmts_by_article.get(article.id, ())):
            if st.kind not in KINDS or st.hidden or st.id in hidden:
                continue
            cw = wording.content_words(st.text)
            if not cw:
                continue
            items.append(
                _Item(st, article, (order, n), day, cw, len(items), _about(names(st.text), st, aliases))
            )
    return items


def _about(names: frozenset[str], st: Statement, aliases: Mapping[str, list[str]]) -> frozenset[str]:
    """The names a statement is about: the speaker's own name is who says it, not what about."""
    speaker = [*aliases.get(st.speaker or "", ()), *wording.words(st.speaker_name or "")]
    if not speaker:
        return names
    return frozenset(n for n in names if not any(n == w or fuzz.ratio(n, w) >= 85 for w in speaker))


def _word_idf(items: list[_Item]) -> dict[str, float]:
    df: Counter = Counter()
    for it in items:
        df.update(set(it.words))
    n = len(items)
    return {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}


# ---------------------------------------------------------------- blocking


class _Vectors:
    """Char-n-gram TF-IDF vectors, made when first needed, dropped when out of the date window.

    Statements are visited in publication order and only compared within ``WINDOW_DAYS``,
    so only a window's worth of vectors is ever held (a vector is a dict of ~200 floats:
    all of them for a large corpus would not fit in memory).
    """

    def __init__(self, items: list[_Item]):
        self.tfidf = wording.TfIdf.fit(it.words for it in items)
        self.cache: dict[int, dict[str, float]] = {}
        self.by_day: dict[int | None, list[int]] = defaultdict(list)
        self.limit: int | None = None

    def get(self, it: _Item, plain: bool = False) -> dict[str, float]:
        """The statement's vector; ``plain``: of its words without numbers (``_Item.plain``)."""
        key = ~it.index if plain else it.index
        vec = self.cache.get(key)
        if vec is None:
            if self.limit is not None and len(self.cache) >= self.limit:
                for k in list(itertools.islice(self.cache, self.limit // 10 + 1)):
                    del self.cache[k]  # the oldest tenth
            vec = self.cache[key] = self.tfidf.vector(wording.char_grams(it.plain() if plain else it.words))
            self.by_day[it.day].append(key)
        return vec

    def forget_before(self, day: int) -> None:
        for d in [d for d in self.by_day if d is not None and d < day]:
            for k in self.by_day.pop(d):
                self.cache.pop(k, None)


def _candidates(items: list[_Item], vectors: _Vectors) -> Iterator[tuple[int, list[int]]]:
    """Each statement with the earlier statements of other articles worth scoring against it.

    Never all pairs: a statement looks up its ``LOOKUP_WORDS`` rarest words, on the days
    from ``WINDOW_DAYS`` before its own (later statements find it in turn), skipping a
    word that is in more than ``MAX_POSTINGS`` statements of a day, and keeps the
    ``TOP_K`` statements sharing the most idf with it. A statement of an undated article
    (they come last) looks on every day.

    Statements come day by day, so word counts per day are made for one day at a time,
    and, when no article is undated, the postings of a day are dropped once it is out of
    the window: what blocking holds follows the window, not the corpus.
    """
    df: Counter = Counter()
    for it in items:
        df.update(set(it.words))
    n = len(items)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    index: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    days_of: dict[str, set[int | None]] = defaultdict(set)
    words_of_day: dict[int | None, list[str]] = defaultdict(list)  # the words indexed on a day
    prune = items[-1].day is not None  # no undated statements, which look on every day
    per_day: Counter = Counter()  # of the current day
    current = None
    start = 0  # first statement of the current article
    for k, it in enumerate(items):
        if k and it.article.id != items[k - 1].article.id:
            start = k
        if k == 0 or it.day != items[k - 1].day:
            per_day = _day_counts(items, k)
        if it.day is not None and it.day != current:
            current = it.day
            vectors.forget_before(current - WINDOW_DAYS)
            for d in [d for d in words_of_day if prune and d is not None and d < current - WINDOW_DAYS]:
                for t in words_of_day.pop(d):
                    del index[(t, d)]
                    days_of[t].discard(d)
        toks = sorted(set(it.words), key=lambda t: (df[t], t))
        weight: dict[int, float] = defaultdict(float)
        for t in toks[:LOOKUP_WORDS]:
            if it.day is None:
                if df[t] > UNDATED_MAX_DF:
                    continue
                keys = [(t, d) for d in sorted(days_of[t], key=_day_key)]
            elif len(days_of[t]) > WINDOW_DAYS:
                keys = [(t, d) for d in range(it.day - WINDOW_DAYS, it.day + 1)]
            else:
                keys = [
                    (t, d)
                    for d in sorted(days_of[t], key=_day_key)
                    if d is not None and it.day - WINDOW_DAYS <= d <= it.day
                ]
            w = idf[t]
            for key in keys:
                postings = index.get(key)
                if not postings:
                    continue
                # postings ascend, and this article's statements are the last ones indexed
                for other in postings[: bisect.bisect_left(postings, start)]:
                    weight[other] += w
        for t in toks:
            if per_day[t] <= MAX_POSTINGS:
                postings = index[(t, it.day)]
                if not postings:
                    words_of_day[it.day].append(t)
                postings.append(k)
                days_of[t].add(it.day)
        yield k, heapq.nlargest(TOP_K, weight, key=lambda o: (weight[o], -o))


def _day_counts(items: list[_Item], k: int) -> Counter:
    """In how many statements each word is, among those of the day of ``items[k]`` (from k on)."""
    counts: Counter = Counter()
    day = items[k].day
    while k < len(items) and items[k].day == day:
        counts.update(set(items[k].words))
        k += 1
    return counts


def _day_key(day: int | None) -> tuple[bool, int]:
    return (day is None, day or 0)


def _repeat_candidates(items: list[_Item], idf: Mapping[str, float]) -> Iterator[tuple[int, int]]:
    """Pairs within one article worth scoring as a claim repeated in it, blocked like
    ``_candidates``, never all pairs (an article may run to thousands of sentences).

    A repeat shares nearly all its words with the statement it repeats, so a statement
    looks up its ``LOOKUP_WORDS`` rarest words (fewest statements of the article, then
    rarest in the corpus) among the article's earlier statements, skipping a word that is
    in only one statement or in more than ``MAX_POSTINGS``, and keeps the ``TOP_K`` sharing
    the most idf. Yields ``(earlier, later)``.
    """
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, it in enumerate(items):
        if it.stmt.kind != "headline":
            by_article[it.article.id].append(k)
    for ks in by_article.values():
        count: Counter = Counter()
        for k in ks:
            count.update(set(items[k].words))
        index: dict[str, list[int]] = defaultdict(list)
        for k in ks:
            toks = sorted((t for t in set(items[k].words) if 1 < count[t] <= MAX_POSTINGS),
                          key=lambda t: (count[t], -idf[t], t))  # fmt: skip
            weight: dict[int, float] = defaultdict(float)
            for t in toks[:LOOKUP_WORDS]:
                for other in index.get(t, ()):
                    weight[other] += idf[t]
            for t in toks:
                index[t].append(k)
            for other in sorted(heapq.nlargest(TOP_K, weight, key=lambda o: (weight[o], -o))):
                yield other, k


# ---------------------------------------------------------------- assignment and clusters


def _assign(
    items: list[_Item], scored: list[tuple[float, int, int]], vectors: _Vectors
) -> list[tuple[float, int, int]]:
    """Best first, each statement linked to one statement of any other article, or to
    several that say the same thing as each other (a claim the article repeats).

    Which statements link depends only on the two articles' own statements, never on a
    third: so a new article cannot take a link away from two others. A link refused only
    because the statement already links to another statement of that article is kept when
    the two agree (``score`` at least ``THRESHOLD``): where the best of two near-equal
    partners would be, a small change of corpus statistics cannot swap one for the other.
    """
    scored.sort(key=lambda x: (-x[0], items[x[1]].stmt.id, items[x[2]].stmt.id))
    taken: dict[tuple[int, str], list[int]] = {}
    links = []
    for s, i, j in scored:
        ai, aj = items[i].article.id, items[j].article.id
        if not all(_repeats(items, vectors, taken.get(key, ()), k) for key, k in (((i, aj), j), ((j, ai), i))):
            continue
        taken.setdefault((i, aj), []).append(j)
        taken.setdefault((j, ai), []).append(i)
        links.append((s, i, j))
    return links


def _repeats(items: list[_Item], vectors: _Vectors, linked: Sequence[int], k: int) -> bool:
    """Whether statement ``k`` says what each of ``linked`` (statements of its article) says."""
    return all(score(items[k], items[o], vectors, REPEATED) >= REPEATED for o in linked)


class _Clusters:
    """Union-find that knows which articles each cluster holds."""

    def __init__(self, items: list[_Item]):
        self.items = items
        self.parent = list(range(len(items)))
        # of clusters of more than one statement only: most statements stay alone, and a
        # set for each of them would be much of the memory of a large corpus
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
        if len(aa) < len(ab):
            ra, rb, aa, ab = rb, ra, ab, aa
        self.parent[rb] = ra
        self._articles[ra] = aa | ab
        self._articles.pop(rb, None)
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for k in range(len(self.parent)):
            out[self.find(k)].append(k)
        return sorted(out.values())


def _cluster(items: list[_Item], links: list[tuple[float, int, int]], dups, vectors: _Vectors) -> _Clusters:
    """Claims from the links, best first: two clusters join when each of the first
    ``EXEMPLARS`` members of one (in corpus order, not in order of joining, which a new
    article changes) agrees with each of the other's at ``COHESION`` times the threshold,
    or repeats it (``REPEATED``) when both are of one article; every pair of statements
    of one article in them must repeat each other.

    Why members of one article may repeat: an article's lead and its first paragraph often
    say one claim twice, and either may be the best partner of another outlet's sentence;
    which one wins then turns on the corpus's statistics, so a story added on another
    subject could take the lead's place and drop the paragraph from the claim.

    What still lets an added article change a claim (``benchmarks/README.md``, "Adding
    articles"): a new statement that joins a claim first, through a better link, can still
    disagree with a statement that would have joined it later; and the corpus statistics
    (TF-IDF weights, blocking's word counts) move a little with every article, so a pair
    on the threshold can fall off it. Joining by connected components of links, which
    cannot remove anything, was measured and chains templated reports of different
    happenings together (synthetic precision 0.23).
    """
    c = _Clusters(items)
    for _, i, j in dups:
        c.union(i, j, force=True)
    members = {c.find(g[0]): g for g in c.groups() if len(g) > 1}  # a claim repeated in one article

    def agree(x: int, y: int) -> bool:
        return score(items[x], items[y], vectors, THRESHOLD * COHESION) >= THRESHOLD * COHESION

    def repeats(x: int, y: int) -> bool:
        return score(items[x], items[y], vectors, REPEATED) >= REPEATED

    for _, i, j in links:  # best first
        ri, rj = c.find(i), c.find(j)
        if ri == rj:
            continue
        xs, ys = members.get(ri, [ri]), members.get(rj, [rj])
        if len(xs) > 1 or len(ys) > 1:
            ok = all(repeats(x, y) if items[x].article.id == items[y].article.id else agree(x, y)
                     for x in xs[:EXEMPLARS] for y in ys[:EXEMPLARS])
            same = [(x, y) for x in xs[EXEMPLARS:] for y in ys if items[x].article.id == items[y].article.id]
            same += [(x, y) for x in xs[:EXEMPLARS] for y in ys[EXEMPLARS:] if items[x].article.id == items[y].article.id]
            if not ok or not all(repeats(x, y) for x, y in same):
                continue
        c.union(i, j, force=True)
        r = c.find(i)
        members[r] = sorted(members.pop(ri, [ri]) + members.pop(rj, [rj]))
    return c


def _pair(items: list[_Item], i: int, j: int) -> tuple[str, str]:
    a, b = items[i].article.id, items[j].article.id
    return (a, b) if a < b else (b, a)


def _carried_headlines(items: list[_Item], idf: Mapping[str, float], vectors: _Vectors) -> set[int]:
    """Headlines that their own article's text carries: the text's claim stands for them."""
    body: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        if it.stmt.kind != "headline":
            body[it.article.id].append(it)
    return {
        k
        for k, it in enumerate(items)
        if it.stmt.kind == "headline"
        and any(headline_score(it, o, idf, vectors) >= HEADLINE_OWN for o in body[it.article.id])
    }


def _attach_headlines(items: list[_Item], clusters: _Clusters, heads: list[tuple[float, int, int]]) -> None:
    """A headline its own text does not carry joins the claim of another outlet it carries best.

    A headline carried by its own article's text adds nothing: that text's claim already
    brings the outlet in, and a headline often touches two claims at once ("Iran commits to
    improve Syrian air defenses in military cooperation deal"), so letting it choose would
    join them. Two headlines never make a claim by themselves, for the same reason.
    """
    heads.sort(key=lambda x: (-x[0], items[x[1]].stmt.id, items[x[2]].stmt.id))
    placed: set[int] = set()
    for _, h, o in heads:
        if h in placed:
            continue
        if clusters.union(h, o):
            placed.add(h)


def _apply_merges(
    items: list[_Item], clusters: _Clusters, overrides: Overrides, split: set[str]
) -> tuple[list[list[int]], set[str]]:
    """Editor merges, then editor splits; returns the groups and the statement ids an editor touched."""
    by_id = {it.stmt.id: k for k, it in enumerate(items)}
    # a merge may name claims too, by the id a claim gets from its representative statement
    by_ref = {**{claim_id(it.stmt): k for k, it in enumerate(items)}, **by_id}
    editor: set[str] = set()
    for group in overrides.merge:
        ks = [by_ref[ref] for ref in group if ref in by_ref]
        for k in ks[1:]:
            clusters.union(ks[0], k, force=True)
        for k in ks:
            editor.add(items[k].stmt.id)
    groups = clusters.groups()
    touched = {clusters.find(by_id[s]) for s in editor}
    editor = {items[k].stmt.id for g in groups if clusters.find(g[0]) in touched for k in g}
    out = []
    for g in groups:
        alone = [k for k in g if items[k].stmt.id in split]
        rest = [k for k in g if items[k].stmt.id not in split]
        out.extend([k] for k in alone)
        if rest:
            out.append(rest)
    editor |= {s for s in split if s in by_id}
    return sorted(out), editor


# ---------------------------------------------------------------- one claim


def claim_id(statement: Statement) -> str:
    """A claim is named after its representative statement: ``c-<article id>-s<n>``."""
    return "c-" + statement.id.replace("#", "-")


def _claim(members: list[_Item], editor: set[str]) -> Claim:
    members.sort(key=lambda it: it.rank)
    body = [it for it in members if it.stmt.kind != "headline"]
    rep = (body or members)[0]
    sources = tuple(sorted({it.article.source for it in members}))
    speakers = Counter(it.stmt.speaker for it in members if it.stmt.speaker)
    speaker = None
    if speakers:
        top = max(speakers.values())
        speaker = (
            rep.stmt.speaker
            if speakers.get(rep.stmt.speaker) == top
            else min(s for s, c in speakers.items() if c == top)
        )
    flags: list[Flag] = []
    if len(sources) == 1:
        flags.append("single_source")
    per_outlet = _first_per_outlet(body or members)
    if any(wording.differs_materially(rep.stmt.text, it.stmt.text) for it in per_outlet if it is not rep):
        flags.append("wording_differs")
    found_numbers = {it.stmt.id: it.numbers() for it in body}
    numbers: tuple[tuple[str, str], ...] = ()
    with_numbers = [it for it in body if found_numbers[it.stmt.id]]
    if any(
        nums.disagree(found_numbers[x.stmt.id], found_numbers[y.stmt.id])
        for x in with_numbers
        for y in with_numbers
        if x.article.source < y.article.source
    ):
        flags.append("number_differs")
        numbers = tuple(
            sorted({(it.article.source, n.text) for it in with_numbers for n in found_numbers[it.stmt.id]})
        )
    when = _date(members, rep)
    values = {(it.article.source, it.stmt.event_date.value) for it in members if it.stmt.event_date}
    if len({v for _, v in values}) > 1 and len({s for s, _ in values}) > 1:
        flags.append("date_differs")
    if any(it.stmt.id in editor for it in members):
        flags.append("editor")
    return Claim(
        id=claim_id(rep.stmt),
        text=headline.close_quote(_clean(rep.stmt.text)) if rep.stmt.quoted else _clean(rep.stmt.text),
        statements=tuple(it.stmt.id for it in members),
        sources=sources,
        speaker=speaker,
        flags=tuple(flags),
        date=when,
        numbers=numbers,
    )


def _first_per_outlet(members: list[_Item]) -> list[_Item]:
    seen: dict[str, _Item] = {}
    for it in members:
        seen.setdefault(it.article.source, it)
    return list(seen.values())


def _numbers(st: Statement) -> list[nums.Number]:
    skip = tuple((d.start - st.start, d.end - st.start) for d in st.dates)
    return nums.find(st.text, skip)


def _date(members: list[_Item], rep: _Item) -> EventDate | None:
    """The claim's date: the one most of its statements give, the representative's on a tie."""
    dated = [it for it in members if it.stmt.event_date]
    if not dated:
        return None
    votes = Counter(it.stmt.event_date.value for it in dated)
    top = max(votes.values())
    if rep.stmt.event_date and votes[rep.stmt.event_date.value] == top:
        return rep.stmt.event_date
    return next(it.stmt.event_date for it in dated if votes[it.stmt.event_date.value] == top)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
