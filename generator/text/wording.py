"""How alike two statements are worded, and whether their wording differs materially.

Claim matching needs a similarity that survives paraphrase, translation and spelling
variants (Bagheri / Baqeri, defense / defenses) yet keeps apart two different claims
of one speaker. Measured on the seed pairs and on MEANTIME (see ``python -m benchmarks.claims``),
a blend of two cheap signals does that:

- cosine of TF-IDF vectors over character n-grams inside words (sklearn's ``char_wb``),
  hand-rolled so the default install stays light (``claims.items`` holds the vectors, their
  terms as ints, and makes a word's n-grams once);
- rapidfuzz ``token_set_ratio`` over content words, with a length guard: for a short
  fragment every word is "in the intersection" and the ratio says nothing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import compress, repeat
from operator import mul, truediv

from rapidfuzz import fuzz

from generator import lexicon
from generator.text.spelling import token_key

NGRAMS = (3, 4, 5)
# token_set_ratio is trusted fully only when the shorter side has this many content words
GUARD_WORDS = 6

# function words and the verbs that only report speech: neither says what a claim is about
STOPWORDS = lexicon.words("stopwords") | lexicon.words("reporting-verbs")

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents, curly quotes made straight: the form words are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def words(text: str) -> list[str]:
    """Every word of ``text``, folded; possessive 's dropped."""
    out = []
    for w in _WORD.findall(fold(text)):
        if w.endswith("'s"):
            w = w[:-2]
        out.extend(p for p in w.split("'") if p)
    return out


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix strip (Porter's step 1a and b, then a final e) so that defense/defenses
    and sign/signed meet; not a real stemmer, on purpose: it must never join two words."""
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Words that carry meaning: stopwords and attribution verbs out, light stem applied."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def word_grams(word: str) -> tuple[str, ...]:
    """The character n-grams of one word within its boundaries (sklearn ``char_wb``), repeats kept."""
    padded = f" {word} "
    grams = []
    for n in NGRAMS:
        if len(padded) < n:
            continue
        grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return tuple(grams)


def smoothed_idf(df: int, n: int) -> float:
    """sklearn's smoothed idf of a term in ``df`` of ``n`` documents."""
    return math.log((1 + n) / (1 + df)) + 1.0


def weigh(counts: Counter, idf: Mapping[str, float]) -> dict[str, float]:
    """Sublinear tf times idf (1.0 for a term idf lacks), L2-normalised (``weights``)."""
    return dict(zip(counts, weights(counts.values(), map(idf.get, counts, repeat(1.0))), strict=True))


def document_idf(docs: Iterable[Iterable[str]]) -> dict[str, float]:
    """The smoothed idf (``smoothed_idf``) of each term over the documents, each a bag of terms."""
    df: Counter = Counter()
    n = 0
    for doc in docs:
        df.update(set(doc))
        n += 1
    return {w: smoothed_idf(k, n) for w, k in df.items()}


def tfidf(counts: list[Counter]) -> list[dict[str, float]]:
    """Each bag of words weighed (``weigh``) by a smoothed idf over the bags themselves: the
    vectors of a few documents compared among themselves (the claims of events, of a day)."""
    idf = document_idf(counts)
    return [weigh(count, idf) for count in counts]


def weights(counts: Iterable[int], idfs: Iterable[float]) -> list[float]:
    """Sublinear tf times idf, L2-normalised: the weights of terms counted ``counts`` times whose
    idfs are ``idfs``, in that order.

    A hot path (a vector a statement and kind, made again when the cache has dropped it), so
    it runs in C-level maps: a term counted once weighs its idf exactly (``1.0 + log(1)`` is
    1.0), and only terms counted more are weighed in Python; the floats are those of
    ``(1.0 + log(c)) * idf / norm`` term by term."""
    vec, norm = scaled(counts, idfs)
    return list(map(truediv, vec, repeat(norm)))


def scaled(counts: Iterable[int], idfs: Iterable[float]) -> tuple[list[float], float]:
    """``weights`` before the division: each term's sublinear tf times idf, and the L2 norm they
    are divided by (a term counted once is its idf, so its weight is ``idf / norm``: a compact
    vector need not hold it, ``claims.items.Terms``)."""
    counts = list(counts)
    vec = list(idfs)
    for k in compress(range(len(counts)), map((1).__lt__, counts)):
        vec[k] = (1.0 + math.log(counts[k])) * vec[k]
    return vec, math.sqrt(math.fsum(map(mul, vec, vec))) or 1.0


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two normalised vectors, over the terms they share (a C-level set
    intersection first: most n-grams of two statements are not shared).

    ``math.fsum``: the exact sum, whatever order the set yields the terms in (a plain sum
    over a set depends on PYTHONHASHSEED in its last bits, and a pair on a threshold with it).
    """
    shared = a.keys() & b.keys()  # iterated twice in one order: a set unchanged between the two
    return math.fsum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def set_ratio(a: list[str], b: list[str]) -> float:
    """token_set_ratio in [0, 1] over content words, scaled down for short fragments."""
    if not a or not b:
        return 0.0
    return joined_ratio(" ".join(a), " ".join(b), min(len(set(a)), len(set(b))))


def joined_ratio(a: str, b: str, short: int) -> float:
    """``set_ratio`` of content words already joined by spaces; ``short``: the fewer distinct words of
    the two (what a statement's words give every pair it is in, made once a statement)."""
    return fuzz.token_set_ratio(a, b) / 100.0 * min(1.0, short / GUARD_WORDS)


COSINE_WEIGHT = 0.5


def similarity(vec_a: dict[str, float], vec_b: dict[str, float], cw_a: list[str], cw_b: list[str]) -> float:
    """The matching score: char-n-gram cosine blended with guarded token_set_ratio."""
    return COSINE_WEIGHT * cosine(vec_a, vec_b) + (1 - COSINE_WEIGHT) * set_ratio(cw_a, cw_b)


def differs_materially(a: str, b: str) -> bool:
    """True when two wordings of one claim substitute content words for others.

    Words added or dropped around the claim (attribution, "according to", the speaker's
    title) do not count; a word replaced by a different word does ("rebel groups" /
    "terrorist groups"), unless the two are spelling variants of each other
    (Bagheri / Baqeri, defense / defence).
    """
    wa, wb = content_words(a), content_words(b)
    ops = SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag != "replace":
            continue
        left, right = wa[i1:i2], wb[j1:j2]
        if all(any(fuzz.ratio(x, y) >= 70 for y in right) for x in left) and all(
            any(fuzz.ratio(x, y) >= 70 for x in left) for y in right
        ):
            continue
        return True
    return False


# Words that turn a report around (``lexicon/movement-verbs``): "the FTSE dropped 2.36%" and "the FTSE
# rose 8.04%" share a template and most of their words, yet are two reports (usually of two days).
RISE, FALL = (frozenset(stem(w) for w in row) for row in lexicon.rows("movement-verbs"))


def opposed(a: list[str], b: list[str]) -> bool:
    """True when one statement moves up where the other moves down (content words, stemmed)."""
    return _one_each(set(a), set(b), RISE, FALL)


def _one_each(sa: set[str], sb: set[str], x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether one of the word sets holds words of ``x`` and none of ``y``, the other the reverse."""
    a_x, a_y, b_x, b_y = bool(sa & x), bool(sa & y), bool(sb & x), bool(sb & y)
    return (a_x and not a_y and b_y and not b_x) or (a_y and not a_x and b_x and not b_y)


# an action and the one that undoes it ("closed" / "reopened", "detained" / "released"), stemmed
REVERSES = tuple(tuple(frozenset(stem(w) for w in side.split()) for side in row)
                 for row in lexicon.rows("reversive-verbs"))  # fmt: skip


def undone(a: list[str], b: list[str]) -> bool:
    """True when one statement tells an action and the other only its reverse (content words,
    stemmed; ``lexicon/reversive-verbs``): "police closed the road" / "the road reopened"."""
    sa, sb = set(a), set(b)
    return any(_one_each(sa, sb, x, y) for x, y in REVERSES)


# Words outlets use for one another in reports of a toll (``lexicon/news-synonyms``): the figures are where
# they differ, and the wording with them ("12 injured in blast" / "15 people were wounded in an explosion").
# Used only to compare two statements with their numbers left out (``claims``); one meaning a row.
SAME_MEANING = {stem(w): stem(row[0]) for row in lexicon.rows("news-synonyms") for w in row}
# ... and tolls that are two claims however alike the rest: the dead and the injured, the injured and
# the detained (``lexicon/fates``), each fate as the stems of its forms
FATES = tuple(frozenset(stem(w) for w in row) for row in lexicon.rows("fates"))


def meanings(words: Iterable[str]) -> list[str]:
    """Content words with news synonyms made one (wounded -> injured, blast / explosion)."""
    return [SAME_MEANING.get(w, w) for w in words]


# ``opposed`` and ``undone`` at once, from two bits a row of ``TURNS`` (its first side named, its second)
TURNS = ((RISE, FALL), *REVERSES)
_FIRSTS = sum(1 << (2 * r) for r in range(len(TURNS)))


def turn_marks(words: Iterable[str]) -> int:
    """The sides of ``TURNS`` that content words (stemmed) name, as bits: compared by ``turned``."""
    found = set(words)
    return sum((not x.isdisjoint(found)) << (2 * r) | (not y.isdisjoint(found)) << (2 * r + 1)
               for r, (x, y) in enumerate(TURNS))  # fmt: skip


def turned(a: int, b: int) -> bool:
    """``opposed(a, b) or undone(a, b)`` of two statements, from their ``turn_marks``: some row where
    one names only its first side and the other only its second."""
    ax, ay, bx, by = a & _FIRSTS, (a >> 1) & _FIRSTS, b & _FIRSTS, (b >> 1) & _FIRSTS
    return bool((ax & ~ay & by & ~bx) | (ay & ~ax & bx & ~by))


def fate_marks(words: Iterable[str]) -> int:
    """The ``FATES`` that content words name, as bits: compared by ``tolls_differ``."""
    found = set(words)
    return sum((not f.isdisjoint(found)) << k for k, f in enumerate(FATES))


def tolls_differ(a: int, b: int) -> bool:
    """``other_toll`` of two statements, from their ``fate_marks``."""
    return bool(a and b) and not a & b


def other_toll(a: list[str], b: list[str]) -> bool:
    """True when the two statements count people of different fates (``FATES``): one only the dead
    and the other only the injured, or the injured and the detained; not when a fate is in both."""
    fa = {k for k, words in enumerate(FATES) if not words.isdisjoint(a)}
    fb = {k for k, words in enumerate(FATES) if not words.isdisjoint(b)}
    return bool(fa and fb) and fa.isdisjoint(fb)


_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")
_MID_CAPITALISED = re.compile(r"(?<=[A-Za-z0-9,;] )[A-Z][\w'\u2019-]*")
_LOWER = re.compile(r"\b[a-z][\w'\u2019-]*")
_ACCORDING = re.compile(r",?\s+according to\s", re.IGNORECASE)
_NOT_NAMES = """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december mr mrs ms dr maj gen general col lt sgt adm
    brig capt president minister prime chancellor sen rep gov king queen prince sheikh pope"""
_CALENDAR = frozenset(_NOT_NAMES.split())  # days, months and titles: capitalised, yet not names


def _key(word: str) -> str:
    low = fold(word)
    return low[:-2] if low.endswith("'s") else low


class NameFinder:
    """Finds the names a statement is about (Tallinn, Baqeri, FTSE), from the corpus itself.

    A name is a capitalised word that the corpus also capitalises inside a sentence (so not
    just a sentence's first word, "Referring ...") and never writes in lower case (so not
    "The" or "Floods"); days and months are dates, and titles (Maj., President) are not names.
    """

    def __init__(self, texts: Iterable[str]):
        self.common: set[str] = set()
        self.capitalised: set[str] = set()
        for t in texts:
            self.common.update(_LOWER.findall(t))
            self.capitalised.update(_key(w) for w in _MID_CAPITALISED.findall(t))

    def __call__(self, text: str) -> frozenset[str]:
        out = set()
        text = _ACCORDING.split(text)[0]  # the source cited is not what the claim is about
        for w in _CAPITALISED.findall(text):
            k = _key(w)
            if (
                k in self.capitalised
                and k not in self.common
                and k not in _CALENDAR
                and k not in STOPWORDS
                and len(k) > 1
            ):
                out.add(k)
        return frozenset(out)


TRANSLITERATED = 5  # letters a name needs for its transliteration key to join it (shorter keys meet by chance)
_SAME_NAME = {"american": "us", "america": "us", "usa": "us", "british": "uk", "britain": "uk"}


@lru_cache(maxsize=200_000)
def _same_name(x: str, y: str) -> bool:
    """Spelling variants (Bagheri / Baqeri), demonyms (Iran / Iranian), US / American. Symmetric, so
    its callers ask with ``x < y``: one cache entry a pair of names, not two."""
    x, y = _SAME_NAME.get(x, x), _SAME_NAME.get(y, y)
    if x == y:
        return True
    if min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)):
        return True
    if min(len(x), len(y)) >= TRANSLITERATED and x[0] == y[0] and token_key(x) == token_key(y):
        return True  # one name romanised two ways: Dragović / Drahovych, Kovalik / Kovalyk
    return fuzz.ratio(x, y) >= 75


def same_name(x: str, y: str) -> bool:
    """Whether two folded name words are variants of one name (Horbach / Gorbac)."""
    return _same_name(x, y) if x < y else _same_name(y, x)



def names_shared(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the fewer names that the other statement also names, variants counted as one."""
    return names_compared(a, b)[0]


def names_agreement(a: frozenset[str], b: frozenset[str]) -> float:
    """How far two statements name the same places, people and bodies, as a factor in [0.4, 1].

    Variants of one name count as the same (``_same_name``). Only names each side has and
    the other lacks lower it, by the smaller of the two unmatched shares: "in Tallinn" /
    "in Harare" gives 0.4, "relations of Peru and Chile" / "of Peru and Togo" 0.7, while
    one statement naming more than the other (a title, a place added) gives 1.0.
    """
    return names_compared(a, b)[1]


def names_compared(a: frozenset[str], b: frozenset[str], people_a: frozenset[str] = frozenset(),
                   people_b: frozenset[str] = frozenset()) -> tuple[float, float]:
    """``names_shared`` and ``names_agreement`` at once (a hot path, once a candidate pair): each
    name of one that the other lacks is compared with the other's names once, for both.

    ``people_a`` / ``people_b``: those of the names that name a person. A name one lacks sets the
    two apart only against a name of its kind the other lacks: "in Tallinn" / "in Harare", "Smith
    said" / "Jones said", but not "in the valley" / "the volunteer Marek" (one tells where, the
    other who: on the wildfire corpus, 28 of the 64 gold pairs with names apart were a person
    against a place or a body)."""
    if not a or not b:
        return 0.0, 1.0
    only_a = [x for x in a - b if not any(_same_name(x, y) if x < y else _same_name(y, x) for y in b)]
    only_b = [y for y in b - a if not any(_same_name(x, y) if x < y else _same_name(y, x) for x in a)]
    shared = (len(a) - len(only_a)) / len(a) if len(a) <= len(b) else (len(b) - len(only_b)) / len(b)
    if only_a and only_b:
        kinds_b = {y in people_b for y in only_b}
        kinds_a = {x in people_a for x in only_a}
        only_a = [x for x in only_a if (x in people_a) in kinds_b]
        only_b = [y for y in only_b if (y in people_b) in kinds_a]
    return shared, 1.0 - 0.6 * min(len(only_a) / len(a), len(only_b) / len(b))


def names_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of name words share a name, variants counted as one (``names_shared`` > 0)."""
    return not a.isdisjoint(b) or any(_same_name(x, y) if x < y else _same_name(y, x) for x in a for y in b)
