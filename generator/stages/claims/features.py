"""What tells whether two statements of different articles report one claim: one number a signal.

Each signal is cheap and general (no word list of a story): how alike the words are (content
words and character n-grams, TF-IDF weighted, and a guarded token-set ratio), whether they
name the same people, places and bodies, whether their figures and days can be the same,
who says it, whether one denies what the other states, and whether one is background where
the other is news. ``scorer`` weighs them with weights fitted on gold (``benchmarks/fit.py``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from generator import lexicon
from generator.stages.claims.blocking import WINDOW_DAYS
from generator.stages.claims.items import Facts, Item, Vectors, idf_of
from generator.text import numbers as nums
from generator.text import wording

FEATURES = (
    "word_cosine",  # cosine of content-word TF-IDF vectors
    "char_cosine",  # cosine of character n-gram TF-IDF vectors (spelling variants, inflections)
    "set_ratio",  # token_set_ratio of the content words, scaled down for short fragments
    "clause_cosine",  # the best word cosine of a clause of one with the whole other (a sentence of two claims)
    "held",  # the idf share of the shorter statement's words that the other holds
    "phrase",  # the longest run of content words both say in one order, as a share of ``PHRASE`` words
    "plain_cosine",  # char cosine with the figures left out and news synonyms made one
    "entities_shared",  # Jaccard of the entities both mention (0 when either names none)
    "names_shared",  # the share of the fewer names the other also names (Drahovych / Dragovic alike)
    "names_apart",  # how far each names what the other lacks, of one kind ("in Tallinn" / "in Harare")
    "numbers_agree",  # both give figures, and they agree: how telling the figure is (2: little, 1,200: much)
    "numbers_differ",  # both give figures that cannot be the same, even rounded ("about 300" / "350" can)
    "numbers_gap",  # how far apart those figures are, 0 to 1
    "counts_differ",  # ... and they count different things ("40 militants" / "12 soldiers")
    "figure_disputed",  # ... or the same thing, on one day, not far apart: outlets disagreeing on one count
    "told_same",  # both name their event's day, the same one: how few statements share it (``Item.rarity``)
    "dated_same",  # their event days (named, or the article's story day) are one: how few share it
    "told_differ",  # both name it, different days
    "dated_differ",  # their event days (named, or the article's story day) differ
    "speaker_same",  # one known speaker (the same entity, or names that are variants of one)
    "speaker_differ",  # two known speakers, not alike
    "negation_differs",  # one denies or negates, the other does not
    "tense_differs",  # one tells what is to come ("will arrive", announced), the other what happened
    "direction_opposed",  # one goes up where the other goes down, or undoes what the other did
    "extension_differs",  # one tells a measure made to reach further or last longer, the other does not
    "toll_differs",  # they count people of different fates: the dead and the injured, the injured and the detained
    "foretold",  # one day for both, told by one before it came and by the other once it had: a plan and its outcome
    "reported_before",  # one was published well before the (past) event day the other tells
    "both_quoted",  # two direct quotes
    "background_differs",  # one reads as background, the other as news (``background``)
    "days_apart",  # publication days apart, as a share of the blocking window
    "same_outlet",  # two articles of one outlet
    "short",  # 1 / content words of the shorter statement
)

# Never one claim whatever else agrees: one counts the dead and the other the injured, or one goes
# up where the other goes down, or one tells of a day before it comes ("residents will be allowed
# home on Sunday", published on Saturday) and the other after ("were allowed home on Sunday"). A
# rule, not a weight: the gold pairs hold no such pair reporting one claim (0 of 377), so a fit
# cannot weigh them, yet they are the near-misses news is full of. Nor when each names the day of
# what it tells and the days differ ("detained on Wednesday" / "released on Friday", a toll on one
# day and the next day's): the gold pairs of one claim that do (32 of 377) all carry it in another
# clause or a recap ("Marek, who was killed last Tuesday, will be buried on Wednesday"), which
# ``halves`` and ``shared`` handle; as a weight it was fitted positive (+0.45) and linked such pairs.
# Nor when one tells a measure made to reach further or last longer and the other, in the words they share,
# tells the measure only ("will offer each member two years of monitoring" on one day, "will extend its
# offer of monitoring to everyone affected" a week later; ``lexicon/extension-verbs``). Of the labelled gold
# pairs it rules out, 1 is of one claim (a participle clause the clause split does not cut: "extended its
# order to a third village, bringing the number forced from their homes to almost 2,000") and 102 are not
# (17 breach, 85 wildfire), a sentence that tells an extension in another clause than the one the other
# says being let be ("..., after the order was extended"); as a weight it was fitted -0.05 (no signal).
# Nor when one was published, telling what had happened, more than the blocking window before the
# other's event day: it cannot report that happening (on MEANTIME, a market report of 2008 was linked
# to a conference report of 2005 sharing one figure, found through the corpus-wide index of undated
# statements; a plan told before its day is ``foretold``'s case).
NEVER = ("toll_differs", "direction_opposed", "extension_differs", "foretold", "told_differ", "reported_before")
_NEVER = tuple(FEATURES.index(f) for f in NEVER)


def never(x: Sequence[float]) -> bool:
    """Whether a pair's features (``FEATURES`` order) rule out one claim (``NEVER``)."""
    return any(x[k] for k in _NEVER)


CONTEXT = (
    "support",  # the most probable link (``scorer.PAIR``) between the statements around the two
    "support_second",  # the second most probable: two links around say more than one
    "affinity",  # how many links the two articles share, log-scaled (1: ten or more)
    "around_cosine",  # cosine of the content words of the two statements with those around them
    "support_alike",  # support times how alike the two are: in one happening, a paraphrase is the claim
    "around_alike",  # around_cosine times how alike the two are
)
NEIGHBOURS = 2  # statements either side of a statement in its article that are "around" it


def features(a: Item, b: Item, vectors: Vectors, idf: Mapping[str, float]) -> list[float]:
    """The signals of ``FEATURES`` for one pair, in that order. What a statement gives every pair it
    is in (``items.Facts``) is made once a statement, not once a pair: a pair is the hot path."""
    fa, fb = vectors.facts(a), vectors.facts(b)
    shared = set(a.words).intersection(b.words)
    xs, ys = a.numbers(), b.numbers()
    differ = nums.disagree(xs, ys, rounded=True)
    same_speaker = _same_speaker(a, b)
    char = vectors.char_cosine(a, b)
    word = wording.cosine(vectors.word(a), vectors.word(b))
    da, db = a.dated, b.dated
    short = min(fa.distinct, fb.distinct)
    names_shared, names_agreement = wording.names_compared(a.names, b.names, a.people, b.people)
    return [
        word,
        char,
        wording.joined_ratio(" ".join(a.words), " ".join(b.words), short),
        _clause_cosine(a, b, vectors, word),
        _held_share(*((a, fa) if fa.distinct <= fb.distinct else (b, fb)), shared, idf, vectors),
        _longest_run(a.words, b.words, PHRASE, shared) / PHRASE,
        vectors.char_cosine(a, b, plain=True) if differ else char,
        _jaccard(a.entities, b.entities),
        names_shared,
        1.0 - names_agreement,
        _telling(xs if len(xs) <= len(ys) else ys) if not differ and nums.agree(xs, ys) else 0.0,  # figures both give
        float(differ),
        nums.gap(xs, ys) if differ else 0.0,
        float(differ and counts_differ(a, b)),
        _disputed(a, b, xs, ys) if differ else 0.0,
        a.rarity if a.told is not None and a.told == b.told else 0.0,
        a.rarity if da is not None and da == db else 0.0,
        float(a.told is not None and b.told is not None and a.told != b.told),
        float(da is not None and db is not None and da != db),
        float(same_speaker is True),
        float(same_speaker is False),
        float(a.negated != b.negated),
        float(a.future != b.future),
        float(wording.turned(fa.turns, fb.turns)),
        float(_extended(a, b) or _extended(b, a)),
        float(wording.tolls_differ(fa.fates, fb.fates)),
        float(_foretold(a, b)),
        float(_reported_before(a, b) or _reported_before(b, a)),
        float(a.stmt.quoted and b.stmt.quoted),
        abs(a.background - b.background),
        min(1.0, abs((a.day or 0) - (b.day or 0)) / WINDOW_DAYS) if a.day is not None and b.day is not None else 0.0,
        float(a.article.source == b.article.source),
        1.0 / short,
    ]


def _held_share(short: Item, facts: Facts, shared: set[str], idf: Mapping[str, float], vectors: Vectors) -> float:
    """``held``: the idf share of the shorter statement's words (``short``, its ``facts``) that the other
    holds (``shared``: the words both hold); the shorter's idf total is made once a statement."""
    weights = idf_of(idf, short)
    total = facts.idf_total if idf is vectors.idf else (sum(weights.get(w, 1.0) for w in sorted(set(short.words)))
                                                        or 1.0)
    return sum(weights.get(w, 1.0) for w in sorted(shared)) / total


EXTENDING = frozenset(wording.stem(w) for w in lexicon.words("extension-verbs"))


def _extended(a: Item, b: Item) -> bool:
    """``a`` tells a measure made to reach further or last longer, in the clause of it that says most
    of what ``b`` says, and ``b`` tells no such thing: "It will extend its offer of monitoring to
    everyone" / "will offer each member two years of monitoring" (a sentence that tells an extension in
    one clause and something else in another may report that else: "..., after an order covering two
    villages was extended to a third")."""
    if not a.extends or b.extends:
        return False
    other = set(b.words)
    best = max(a.clauses() or [list(a.words)], key=lambda c: len(other.intersection(c)))
    return not EXTENDING.isdisjoint(best)


def _foretold(a: Item, b: Item) -> bool:
    """One event day for both, published before it by one and on or after it by the other."""
    if a.dated is None or a.dated != b.dated or a.day is None or b.day is None:
        return False
    return (a.day < a.dated) != (b.day < b.dated)


def _reported_before(a: Item, b: Item) -> bool:
    """``a`` was published more than ``WINDOW_DAYS`` before the day on which ``b`` says its happening came
    (a day already past when ``b`` was published): ``a`` cannot report it, and a plan ``a`` told is not
    its outcome either (``foretold``). ``b`` telling of a day still to come is left to the scorer."""
    if a.day is None or b.dated is None or (b.day is not None and b.dated > b.day):
        return False
    return a.day < b.dated - WINDOW_DAYS


def _clause_cosine(a: Item, b: Item, vectors: Vectors, whole: float) -> float:
    """The best word cosine of one statement, whole, with the other or a clause of it: the part of a
    sentence of two claims that says what the other statement says. ``whole``: the two whole
    statements' cosine, already computed for ``word_cosine``."""
    if not a.clauses() and not b.clauses():
        return whole
    xs, ys = vectors.clauses(a), vectors.clauses(b)
    return max([whole, *(wording.cosine(xs[0], y) for y in ys[1:]), *(wording.cosine(x, ys[0]) for x in xs[1:])])


DISPUTED_GAP = 0.5  # figures further apart than this (relative) are two counts, not one disputed


def _disputed(a: Item, b: Item, xs: list[nums.Number], ys: list[nums.Number]) -> float:
    """1 - gap / ``DISPUTED_GAP`` for figures that disagree about one count of one day, else 0
    ("12 injured" / "at least 15 wounded" on Monday: one claim, its figure disputed)."""
    gap = nums.gap(xs, ys)
    if a.dated is None or a.dated != b.dated or gap > DISPUTED_GAP or counts_differ(a, b):
        return 0.0
    return 1.0 - gap / DISPUTED_GAP


def counts_differ(a: Item, b: Item) -> bool:
    """Whether a figure of the statement with fewer counts nothing a figure of the other counts."""
    xs, ys = a.numbers(), b.numbers()
    if len(xs) > len(ys):
        a, b, xs, ys = b, a, ys, xs
    return not all(any(_counts_alike(a, x, b, y) for y in ys) for x in xs)


def _counts_alike(a: Item, x: nums.Number, b: Item, y: nums.Number) -> bool:
    """Whether number ``x`` of ``a`` and ``y`` of ``b`` count one thing: what they count shares a
    word, and it is not that each counts something the other statement never mentions (a word
    added, "15 people were wounded" for "12 injured", is fine; one replaced is another count)."""
    cx, cy = a.counted(x), b.counted(y)
    if not cx & cy:
        return False
    return not (cx - set(b.plain()) and cy - set(a.plain()))


def _same_speaker(a: Item, b: Item) -> bool | None:
    """True: one speaker; False: two; None: either is unknown."""
    if not (a.stmt.speaker or a.speaker_words) or not (b.stmt.speaker or b.speaker_words):
        return None
    if a.stmt.speaker and a.stmt.speaker == b.stmt.speaker:
        return True
    return wording.names_alike(a.speaker_words, b.speaker_words)


def _telling(found: list[nums.Number]) -> float:
    """How little two statements' figures agree by chance: the largest, log-scaled (2 -> 0.1, 1,200 -> 1)."""
    return min(1.0, max(math.log10(max(abs(n.value), 1.0)) for n in found) / 3)


PHRASE = 5  # content words in a row that two statements rarely share by chance


def _phrase(a: list[str], b: list[str]) -> float:
    return _longest_run(a, b, PHRASE) / PHRASE


def _longest_run(a: list[str], b: list[str], cap: int, shared: AbstractSet[str] | None = None) -> int:
    """The most words in a row ``a`` and ``b`` both say, counted up to ``cap``: the size of
    ``difflib.SequenceMatcher(a=a, b=b, autojunk=False).find_longest_match()`` (its run lengths
    by position of ``b``, without building its matcher: a hot path, once a candidate pair).
    ``shared``: the words both say, when at hand (only they can be in a run)."""
    if shared is not None and not shared:
        return 0
    where: dict[str, list[int]] = {}
    for j, w in enumerate(b):
        if shared is None or w in shared:
            where.setdefault(w, []).append(j)
    best, before, last = 0, {}, -2
    for i, w in enumerate(a):
        if w not in where:
            continue
        runs = {}
        prior = before if i == last + 1 else {}
        for j in where[w]:
            n = runs[j] = prior.get(j - 1, 0) + 1
            best = max(best, n)
        if best >= cap:
            return cap
        before, last = runs, i
    return best


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
