"""The statements to match, each with what matching compares: words, names, numbers, days, speaker.

One ``Item`` a statement, held for the whole run (slots: no ``__dict__`` each). Its TF-IDF
vectors (content words and character n-grams) are made when first compared and dropped
when the cache is full (``Vectors``): a large corpus never holds them all.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from operator import mul, truediv
from typing import Any

from rapidfuzz import fuzz

from generator import lexicon
from generator.model import Article, Entity, Mention, Overrides, Statement
from generator.stages.claims import blocks, fields
from generator.stages.claims.reads import Reads
from generator.text import numbers as nums
from generator.text import wording

KINDS = fields.KINDS
_NEGATION = fields.NEGATION  # (``clauses`` reads it here)
# statements whose vectors are kept at once (about 4 KB each, most of it n-grams): enough for those in
# use while blocking's window is scored (``Vectors``), so each statement's vectors are made about once
VECTOR_CACHE = 80_000
_OPENERS = lexicon.words("clause-openers")
# a sentence's clauses are cut before a word that opens a clause and at punctuation that ends one (not at a
# comma: it sets off a name's apposition as often as a clause, "Ranger Tomas Vilk, 41, was ...")
_CLAUSE = re.compile(r"[;:()\u2013\u2014]|\s-\s|\b(?:" + "|".join(sorted(_OPENERS)) + r")\b", re.IGNORECASE)
CLAUSE_WORDS = 3  # content words a piece needs to be a clause of its own; a shorter one joins the one before


def article_order(article: Article) -> tuple:
    """Earliest-published first: calendar day as written, real dates before inferred ones, then path."""
    if article.published is None:
        return (date.max, True, math.inf, article.path)
    return (article.published.date(), article.published_inferred, article.published.timestamp(), article.path)


def day_of(value: str | None) -> int | None:
    """The ordinal of a TIMEX3 day value ("2024-03-04"), None for anything coarser."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return None


@dataclass(slots=True)
class Item:
    stmt: Statement
    article: Article
    index: int  # position in the corpus: article order, then statement order (``rank``)
    day: int | None  # publication day ordinal, None when unknown
    words: tuple[str, ...]  # content words, light-stemmed
    names: frozenset[str]  # names the statement is about (not its speaker's)
    people: frozenset[str]  # ... those of them that name a person (its mentions of person entities)
    entities: frozenset[str]  # entity ids it mentions (not its speaker)
    speaker_words: frozenset[str]  # the words of its speaker's names, folded
    told: int | None  # the day its own words name for its event (a date mention), else None
    dated: int | None  # its event day, told or inherited from the article's narrative
    negated: bool = False
    extends: bool = False  # it tells a measure in place made to reach further or last longer (``fields``)
    future: bool = False  # it tells what is to come: an announced event date, or future tense only
    background: float = 0.0  # how surely it is background (``background.score``), set by the caller
    rarity: float = 0.0  # how few statements share its event day, 0 (all) to 1 (none): an idf of days
    _numbers: list[nums.Number] | None = None
    _plain: list[str] | None = None
    _counted: dict[int, set[str]] | None = None
    _clauses: list[list[str]] | None = None

    @property
    def rank(self) -> int:
        """Position in the corpus: items are made in corpus order (``build``), so it is the index (a
        tuple of article order and statement number each was some 60 bytes a statement)."""
        return self.index

    def forget(self) -> None:
        """Drop what ``numbers``, ``plain``, ``counted`` and ``clauses`` keep: made again when next
        asked (``Vectors`` calls it when a statement leaves its cache, so they stay bounded too)."""
        self._numbers = self._plain = self._counted = self._clauses = None

    def clauses(self) -> list[list[str]]:
        """The content words of each clause (``clause-openers``, ``_CLAUSE``), when there are two or
        more; else none: a sentence may report two claims, and a clause of it one of them."""
        if self._clauses is None:
            pieces: list[list[str]] = []
            for part in _CLAUSE.split(_ACCORDING.sub(" ", self.stmt.text)):
                cw = wording.content_words(part)
                if pieces and (len(cw) < CLAUSE_WORDS or len(pieces[-1]) < CLAUSE_WORDS):
                    pieces[-1].extend(cw)
                elif cw:
                    pieces.append(cw)
            self._clauses = pieces if len(pieces) > 1 else []
        return self._clauses

    def numbers(self) -> list[nums.Number]:
        if self._numbers is None:
            st = self.stmt
            skip = tuple((d.start - st.start, d.end - st.start) for d in st.dates)
            self._numbers = nums.current(st.text, nums.find(st.text, skip))
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
        in blast" -> injured, blast); the one before it when none follows ("... killed 23")."""
        if self._counted is None:
            self._counted = {}
        found = self._counted.get(n.start)
        if found is None:
            text = self.stmt.text
            words = wording.content_words(text[n.end :])[:2] or wording.content_words(text[: n.start])[-1:]
            found = self._counted[n.start] = set(wording.meanings(words))
        return found


def build(
    articles: Sequence[Article],
    stmts_by_article: Mapping[str, Sequence[Statement]],
    overrides: Overrides,
    entities: Sequence[Entity] = (),
    mentions: Sequence[Mention] = (),
    kept: fields.Kept | None = None,
    texts: list[fields.Text] | None = None,
) -> list[Item]:
    """An item for every statement that can carry a claim, in corpus order; what their texts give
    (``fields``) read back from ``kept`` when it holds it; ``texts``: filled with each item's."""
    hidden = set(overrides.hide)
    # a speaker's own names: the canonical one and aliases that are names ("Maj. Gen. Baqeri"),
    # not descriptions ("the Syrian defense minister", whose "Syrian" is what claims are about)
    aliases = {
        e.id: [w for n in (e.name, *e.aliases) if n.split() and all(p[:1].isupper() for p in n.split())
               for w in wording.words(n)]
        for e in entities
    }  # fmt: skip
    mentioned: dict[str, set[str]] = defaultdict(set)
    person_words: dict[str, set[str]] = defaultdict(set)
    kinds = {e.id: e.kind for e in entities}
    for m in mentions:
        if m.entity:
            mentioned[m.statement].add(m.entity)
            if kinds.get(m.entity) == "person":
                person_words[m.statement].update(wording.words(m.text))
    # equal sets held once: a statement's names, entities and speaker are mostly those of others
    # (a small frozenset is some 220 bytes, an empty one too; a corpus holds hundreds of thousands)
    held: dict[frozenset[str], frozenset[str]] = {}

    def once(values: frozenset[str]) -> frozenset[str]:
        return held.setdefault(values, values)

    days: dict[int | None, int | None] = {None: None}  # ... and equal days (an int of 28 bytes each)

    def day_once(value: str | None) -> int | None:
        d = day_of(value)
        return days.setdefault(d, d)

    items: list[Item] = []
    taught: dict[str, fields.Article] = {}
    for article in sorted(articles, key=article_order):
        day = _day(article)
        stmts = stmts_by_article.get(article.id, ())
        made = taught[article.id] = fields.read(stmts, kept)
        for st, text in zip(stmts, made.texts, strict=True):
            if text is None or st.hidden or st.id in hidden or not text.words:
                continue
            ed = st.event_date
            told = day_once(ed.value) if ed is not None and ed.mention is not None else None
            speaker = once(frozenset(w for w in (*aliases.get(st.speaker or "", ()),
                                                 *wording.words(st.speaker_name or "")) if len(w) > 2))  # fmt: skip
            items.append(Item(
                st, article, len(items), day, text.words, _NONE, _NONE,  # names: once all blocks' sizes are known
                once(frozenset(mentioned.get(st.id, ())) - {st.speaker}), speaker, told,
                day_once(ed.value) if ed is not None else None, negated=text.negated,
                extends=text.extends, future=_future(st, text),
            ))  # fmt: skip
            if texts is not None:
                texts.append(text)
    names = _names(articles, taught, Counter(blocks.block_of(it.day) for it in items))
    del taught
    for it in items:
        it.names = once(_about(names[blocks.block_of(it.day)](it.stmt.text), it.speaker_words))
        it.people = once(it.names & person_words.get(it.stmt.id, set()))
    _rarity(items)
    return items


_NONE: frozenset[str] = frozenset()


def _day(article: Article) -> int | None:
    return article.published.date().toordinal() if article.published else None


def _names(articles: Sequence[Article], taught: Mapping[str, fields.Article],
           sizes: Mapping[blocks.Block, int]) -> dict:
    """A ``wording.NameFinder`` for each block, taught by the statements of its scope (``blocks``;
    ``taught``: what each article's statements teach, ``fields.Article``; ``sizes``: each block's items)."""
    found: dict[blocks.Block, wording.NameFinder] = {}
    for a in articles:
        b = blocks.block_of(_day(a))
        finder = found.get(b)
        if finder is None:
            finder = found[b] = wording.NameFinder(())
        finder.common |= taught[a.id].common
        finder.capitalised |= taught[a.id].capitalised
    return blocks.scoped(found, _joined, {b: sizes.get(b, 0) for b in found})


def _joined(finders: list[wording.NameFinder]) -> wording.NameFinder:
    joined = wording.NameFinder(())
    for f in finders:
        joined.common |= f.common
        joined.capitalised |= f.capitalised
    return joined


def _rarity(items: list[Item]) -> None:
    """``Item.rarity``: how few statements of its scope (``blocks``) share its event day."""
    per = blocks.by_block((blocks.block_of(it.day), () if it.dated is None else (it.dated,)) for it in items)
    days = blocks.scoped(per, blocks.counts)
    for it in items:
        if it.dated is not None:
            n, count = days[blocks.block_of(it.day)]
            it.rarity = math.log((1 + n) / (1 + count[it.dated])) / math.log1p(n)


_ACCORDING = fields.ACCORDING


def _future(st: Statement, text: fields.Text) -> bool:
    if st.event_date is not None and st.event_date.status == "announced":
        return True
    return "future" in text.tenses and "past" not in text.tenses


def _about(names: frozenset[str], speaker: frozenset[str]) -> frozenset[str]:
    """The names a statement is about: the speaker's own name is who says it, not what about."""
    if not speaker:
        return names
    return frozenset(n for n in names if not any(n == w or fuzz.ratio(n, w) >= 85 for w in sorted(speaker)))


class BlockIdf:
    """The smoothed idf of each content word (sklearn's formula) over the statements of each
    block's scope (``blocks``): ``of(item)`` is the one that weighs a statement."""

    def __init__(self, items: Sequence[Item]):
        self._per = blocks.by_block((blocks.block_of(it.day), set(it.words)) for it in items)
        self.by_block: dict[blocks.Block, dict[str, float]] = {
            b: self._idf(n, df) for b, (n, df) in blocks.scoped(self._per, blocks.counts).items()
        }

    @staticmethod
    def _idf(n: int, df: Counter) -> dict[str, float]:
        return {w: wording.smoothed_idf(c, n) for w, c in df.items()}

    def of(self, it: Item) -> dict[str, float]:
        """The idf of the statement's block; of the whole corpus for a statement of a block it was
        not counted over (another corpus's, as a test may ask)."""
        found = self.by_block.get(blocks.block_of(it.day))
        if found is None:
            found = self.by_block[blocks.block_of(it.day)] = self._idf(*blocks.counts(list(self._per.values())))
        return found


def idf_of(idf: BlockIdf | Mapping[str, float], it: Item) -> Mapping[str, float]:
    """The idf weighing statement ``it``: its block's, or ``idf`` itself when one for all."""
    return idf.of(it) if isinstance(idf, BlockIdf) else idf


def word_idf(items: Sequence[Item]) -> BlockIdf:
    """The word idf of each block's scope (``BlockIdf``)."""
    return BlockIdf(items)


# a statement's vectors (and ``Facts``), by place in its cache entry
WORDS, CLAUSES, GRAMS, PLAIN, WINDOW, FACTS = range(6)
# ... those held compactly (``Terms.vector``: term ids, and the weights only of terms counted more
# than once; these are the large ones: some 140 n-grams a statement); compared with ``Vectors.cosine``
COMPACT = frozenset({GRAMS, PLAIN, WINDOW})
HOT = 2_000  # compact vectors also kept as dicts, the recently read (those of the article being scored)


class Facts:
    """What every pair a statement is in reads of its content words, made once a statement (held in
    its ``Vectors`` entry, not for the whole run): how many differ, the idf they sum to
    (``features._held_share``), and the turns and fates they name (``wording``). Not their set: some
    700 bytes a statement, where a pair makes one in a microsecond; nor their text joined by spaces
    (``wording.joined_ratio``): some 150 bytes, where a pair joins it in a fraction of one."""

    __slots__ = ("distinct", "fates", "idf_total", "turns")

    def __init__(self, words: list[str], idf: Mapping[str, float]):
        distinct = sorted(set(words))
        self.distinct = len(distinct)
        self.idf_total = sum(idf.get(w, 1.0) for w in distinct) or 1.0
        self.turns = wording.turn_marks(distinct)
        self.fates = wording.fate_marks(distinct)


class Terms:
    """Terms (content words, or character n-grams) as ints, with their idf by id: a compact vector
    holds 4-byte ids, not references to strings, and n-grams are counted as ints.

    A compact vector (``vector``) is ``(ids, held)``: the ids of the terms counted more than once,
    then of those counted once (``array("i")``), and the weights of the first (``array("d")``)
    followed by the norm. A term counted once weighs ``idf / norm`` (``wording.scaled``), worked out
    when read with the idf of the terms that made it (``weighed``, ``Vectors.cosine``): the same float
    as held, in 4 bytes a term instead of 12 (some 800 bytes a statement's n-grams instead of 1,900)."""

    def __init__(self, idf: Mapping[str, float], shared: Terms | None = None):
        """``shared``: another block's terms, whose ids (and words' n-grams) these share: vectors
        weighed by two blocks' idf are compared term by term."""
        self.ids: dict[str, int] = shared.ids if shared is not None else {}
        self._grams: dict[str, tuple[int, ...]] = shared._grams if shared is not None else {}  # word -> n-gram ids
        self.idf = array("d")
        for t, v in idf.items():
            k = self.id(t)
            self.idf[k] = v

    @classmethod
    def grams_of(cls, docs: Iterable[Sequence[str]]) -> Terms:
        """The character n-grams of the documents' words, weighed by their smoothed idf over the documents."""
        return cls.grams_by_block((None, words) for words in docs)[None]

    @classmethod
    def grams_by_block(cls, docs: Iterable[tuple[blocks.Block, Sequence[str]]]) -> dict[blocks.Block, Terms]:
        """The character n-grams of the documents' words (each with its block), weighed by their
        smoothed idf over the documents of each block's scope (``blocks``); one id space."""
        ids = cls({})
        per = blocks.by_block((b, {k for w in dict.fromkeys(words) for k in ids.word_grams(w)}) for b, words in docs)
        out = {}
        for b, (n, df) in blocks.scoped(per, blocks.counts).items():
            terms = out[b] = cls({}, ids)
            terms.idf = array("d", repeat(1.0, max(df, default=-1) + 1))
            for k, c in df.items():
                terms.idf[k] = wording.smoothed_idf(c, n)
        return out

    def id(self, term: str) -> int:
        """A term's id; one the idf lacks is added, weighing 1.0 (as ``wording.weigh``)."""
        k = self.ids.get(term)
        if k is None:
            k = self.ids[term] = len(self.ids)
        if k >= len(self.idf):
            self.idf.extend(repeat(1.0, k + 1 - len(self.idf)))
        return k

    def word_grams(self, word: str) -> tuple[int, ...]:
        """The ids of a word's character n-grams (``wording.word_grams``), made once a word."""
        found = self._grams.get(word)
        if found is None:
            found = self._grams[word] = tuple(self.id(g) for g in wording.word_grams(word))
        return found

    def char_grams(self, words: Iterable[str]) -> Counter:
        """The n-gram ids of some words, counted."""
        counts: Counter = Counter()
        for w in words:
            counts.update(self.word_grams(w))
        return counts

    def vector(self, counts: Mapping[int, int]) -> tuple[array, array]:
        """The compact vector (``ids``, ``held``: see the class doc) of the terms counted ``counts``."""
        if counts and max(counts) >= len(self.idf):  # a term another block's terms added
            self.idf.extend(repeat(1.0, max(counts) + 1 - len(self.idf)))
        vec, norm = wording.scaled(counts.values(), map(self.idf.__getitem__, counts))
        ones, more, held = [], [], []
        for k, c, v in zip(counts, counts.values(), vec, strict=True):
            if c == 1:
                ones.append(k)
            else:
                more.append(k)
                held.append(v / norm)
        held.append(norm)
        return array("i", more + ones), array("d", held)

    def weighed(self, vec: tuple[array, array]) -> Iterator[tuple[int, float]]:
        """A compact vector's terms and weights (``wording.weights``' floats)."""
        ids, held = vec
        more = len(held) - 1  # ``held`` ends with the norm
        yield from zip(itertools.islice(ids, more), held, strict=False)
        ones = ids[more:] if more else ids
        yield from zip(ones, map(truediv, map(self.idf.__getitem__, ones), repeat(held[-1])), strict=True)


class Vectors:
    """Word and character n-gram TF-IDF vectors of the items, made when first needed.

    One cache entry a statement holds all its vectors (words, clauses, n-grams, n-grams
    without figures, the window of ``Scores.context``), the large ones compactly
    (``COMPACT``: term ids, ``Terms``). At most ``limit`` statements are kept; when full, a
    tenth goes: while pairs are scored those read again farthest ahead (``reads``, planned from
    blocking's pairs), after it the least recently read. Pairs are scored in the turn of the
    article whose statements looked the others up (``blocking.in_turn``), so the statements in
    use are those of the days before it (blocking's window: some 60,000 statements for a newsroom
    of 120 articles a day) and the few timeless ones every day finds; a larger corpus never
    holds them all.
    """

    def __init__(self, items: Sequence[Item], idf: BlockIdf | Mapping[str, float], limit: int | None = None):
        self.items = items
        self.idf = idf  # each block's (``BlockIdf``), or one for all
        self.grams = Terms.grams_by_block((blocks.block_of(it.day) if isinstance(idf, BlockIdf) else None, it.words)
                                          for it in items)  # fmt: skip
        self._terms: dict[blocks.Block, Terms] = {}  # the word terms of each block, made when first used
        self.limit = VECTOR_CACHE if limit is None else limit
        self.cache: dict[int, list[Any]] = {}  # statement -> its vectors (None: not made), least recently read first
        self.hot: dict[tuple[int, int], dict[int, float]] = {}  # (statement, kind) -> a compact vector as a dict
        self.made = 0  # vectors made, again after the cache dropped them included
        self.reads: Reads | None = None  # while pairs are scored: when each statement is read next

    def kept(self, k: int, kind: int, make: Callable[[], Any]) -> Any:
        """Vector ``kind`` (``WORDS`` ...) of statement ``k``, made by ``make`` unless cached; a
        ``COMPACT`` kind as ``Terms.vector``."""
        entry = self.cache.pop(k, None)
        if entry is None:
            if len(self.cache) >= self.limit:
                for x in self._going():
                    del self.cache[x]
                    self.items[x].forget()
            entry = [None, None, None, None, None, None]
        self.cache[k] = entry
        vec = entry[kind]
        if vec is None:
            vec = entry[kind] = make()
            self.made += 1
        return vec

    def _going(self) -> list[int]:
        """The tenth of a full cache to drop: read again farthest ahead (``reads``), the least recently
        read first among equals (all of them once pairs are scored)."""
        drop = self.limit // 10 + 1
        if self.reads is None:
            return list(itertools.islice(self.cache, drop))
        return heapq.nlargest(drop, self.cache, key=self.reads.next)

    def cosine(self, kind: int, a: int, b: int, make_a: Callable[[], Any], make_b: Callable[[], Any]) -> float:
        """``wording.cosine`` of the ``COMPACT`` vectors ``kind`` of statements ``a`` and ``b``, the same
        float: one read as a dict (``HOT``), the other's weights times its over the terms they share
        (those counted once by the other weigh ``idf / norm`` by its terms' idf, ``Terms``; a term the
        first lacks adds ``0.0`` to ``math.fsum``'s exact sum; a product is the same float either way
        round). The one already a dict, else the later: pairs are scored in the turn of the later
        article mostly (``blocking.in_turn``), whose statements are read again and again."""
        a_hot, b_hot = (a, kind) in self.hot, (b, kind) in self.hot
        if (b_hot and not a_hot) or (a_hot == b_hot and b > a):
            a, b, make_a, make_b = b, a, make_b, make_a
        ids, held = self.kept(b, kind, make_b)
        first = self._dict(a, kind, make_a)
        more = len(held) - 1  # ``held`` ends with the norm
        shared = first.keys() & (ids[more:] if more else ids)  # iterated twice in one order: a set unchanged
        once = map(truediv, map(self._terms_of(kind, b).idf.__getitem__, shared), repeat(held[-1]))
        counted = map(first.get, itertools.islice(ids, more), repeat(0.0))
        return math.fsum(itertools.chain(map(mul, map(first.__getitem__, shared), once), map(mul, counted, held)))

    def _terms_of(self, kind: int, k: int) -> Terms:
        """The terms whose idf weighed statement ``k``'s compact vector ``kind``."""
        b = self._block(self.items[k])
        return self._terms[b] if kind == WINDOW else self.grams[b]

    def _dict(self, k: int, kind: int, make: Callable[[], Any]) -> dict[int, float]:
        key = (k, kind)
        vec = self.hot.pop(key, None)
        if vec is None:
            if len(self.hot) >= HOT:
                for x in list(itertools.islice(self.hot, HOT // 10 + 1)):
                    del self.hot[x]
            compact = self.kept(k, kind, make)  # (first: making it makes its block's terms)
            vec = dict(self._terms_of(kind, k).weighed(compact))
        self.hot[key] = vec
        return vec

    def char_cosine(self, a: Item, b: Item, plain: bool = False) -> float:
        """Cosine of the character n-gram vectors; ``plain``: of the words without numbers (``Item.plain``)."""
        return self.cosine(PLAIN if plain else GRAMS, a.index, b.index, self._grams(a, plain), self._grams(b, plain))

    def _grams(self, it: Item, plain: bool) -> Callable[[], tuple[array, array]]:
        grams = self.grams[self._block(it)]
        return lambda: grams.vector(grams.char_grams(it.plain() if plain else it.words))

    def _block(self, it: Item) -> blocks.Block:
        return blocks.block_of(it.day) if isinstance(self.idf, BlockIdf) else None

    def compact(self, counts: Mapping[str, int], it: Item) -> tuple[array, array]:
        """The compact TF-IDF vector of some content words, counted (``Scores.context``'s window around
        statement ``it``, weighed by its block's idf)."""
        b = self._block(it)
        terms = self._terms.get(b)
        if terms is None:
            terms = self._terms[b] = Terms(idf_of(self.idf, it), next(iter(self._terms.values()), None))
        return terms.vector(dict(zip(map(terms.id, counts), counts.values(), strict=True)))

    def clauses(self, it: Item) -> list[dict[str, float]]:
        """Content-word vectors of the statement and of each of its clauses (``Item.clauses``)."""
        idf = idf_of(self.idf, it)
        return self.kept(it.index, CLAUSES, lambda: [self.word(it), *(wording.weigh(Counter(c), idf)
                                                                      for c in it.clauses())])  # fmt: skip

    def facts(self, it: Item) -> Facts:
        """The ``Facts`` of a statement's content words."""
        return self.kept(it.index, FACTS, lambda: Facts(it.words, idf_of(self.idf, it)))

    def word(self, it: Item) -> dict[str, float]:
        """Content-word vector (sublinear tf times idf, L2-normalised)."""
        return self.kept(it.index, WORDS, lambda: wording.weigh(Counter(it.words), idf_of(self.idf, it)))
