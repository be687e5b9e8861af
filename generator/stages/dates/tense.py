"""Tense of the clause around a date: enough to tell "met on Monday" from "will meet on Monday".

A full parser is far more than we need: news clauses mark their tense with a handful of
words (will, is to, plans to, was, had, said, -ed verbs). We collect those markers with their
word positions and let the one nearest the date decide, preferring a marker before it on a
tie ("said on Monday it will close" is about the Monday of the saying).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Literal

from generator import lexicon

Tense = Literal["past", "present", "future", "unknown"]

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

_FUTURE_WORDS = {
    "will", "shall", "'ll", "won't", "would", "upcoming", "forthcoming", "coming",
    "scheduled", "planned", "plans", "plan", "intends", "intend", "expects", "expected",
    "aims", "hopes", "due", "next", "tomorrow", "ahead", "may", "might", "can",
}
# "to be held", "is to visit", "set to", "going to": a marker made of two words
_FUTURE_PAIRS = {("going", "to"), ("set", "to"), ("is", "to"), ("are", "to"), ("to", "be"),
                 ("to", "begin"), ("to", "start"), ("to", "take"), ("to", "hold"), ("to", "meet"),
                 ("to", "visit"), ("to", "vote"), ("to", "open"), ("to", "launch"), ("to", "sign")}
# a bare "to sign" is future only as a headline ("Leaders to meet on Monday") or after a word
# that looks ahead ("was to", "agreed to"); after a finite past verb with words between ("met
# on Monday to sign", "travelled to Moscow to meet") it is the purpose of that past act
_LOOKS_AHEAD = {"is", "are", "am", "was", "were", "be", "been", "agreed", "decided", "planned",
                "promised", "vowed", "pledged", "threatened", "wanted", "hoped", "hope", "offered",
                "prepared", "arranged", "intended", "aimed", "expected", "scheduled", "due", "about",
                "likely", "unlikely", "ready", "wants", "want", "agree", "agrees", "decide", "decides",
                "promise", "promises", "vow", "vows", "pledge", "pledges", "need", "needs", "needed",
                "sought", "seek", "seeks", "tried", "try", "tries", "attempted", "poised", "slated",
                "invited", "urged", "asked", "called", "continue", "continues", "continued"}
_PAST_WORDS = {
    "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "said", "told", "met",
    "held", "took", "made", "came", "went", "gave", "began", "won", "lost", "sold", "bought",
    "fell", "rose", "flew", "left", "saw", "found", "became", "got", "paid", "spent", "struck",
    "led", "brought", "thought", "knew", "chose", "ran", "wrote", "spoke", "broke", "drove",
    "grew", "shot", "sent", "built", "kept", "felt", "heard", "meant", "stood", "understood",
    "fought", "caught", "taught", "sought", "threw", "froze", "hid", "rode", "sank",
    "swore", "woke", "wore", "withdrew", "undertook", "overtook", "forecast", "laid", "hung", "blew",
    "dealt", "fed", "fled", "forgot", "lent", "lit", "rang", "shook", "slept", "slid", "spun", "sprang",
    "stole", "stuck", "swam", "swept", "swung", "tore", "wept", "sat", "sang", "drank", "drew", "ate",
    "overcame", "bore", "dug", "flung", "strode", "crept", "knelt", "ago", "yesterday",
    "earlier", "last", "previously",
}
_FINITE_PAST = {"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "ago", "yesterday",
                "earlier", "last", "previously"}
_VERB_PAST = _PAST_WORDS - {"ago", "yesterday", "earlier", "last", "previously"}
_PRESENT_WORDS = {"is", "are", "am", "says", "say", "has", "have", "does", "do", "isn't", "aren't"}
_BE_HAVE = {"is", "are", "am", "be", "been", "being", "was", "were", "has", "have", "had", "having",
            "get", "gets", "got", "to", "will", "would", "can", "could", "may", "might", "must",
            "should", "the", "a", "an", "this", "that", "these", "those", "its", "their", "our",
            "his", "her", "my", "your", "newly", "not"}
# a quantifier makes the -ed word after it an adjective ("every affected member"), not a past verb;
# an irregular past after it is still one ("Many found their houses intact")
_QUANTIFIERS = {"every", "each", "all", "any", "some", "no", "many", "most", "few", "several", "other", "such"}
_NOT_ED_VERBS = {"need", "feed", "speed", "seed", "bleed", "breed", "weed", "red", "bed", "shed",
                 "hundred", "bred", "led", "fled", "sled", "indeed", "proceed", "succeed", "exceed",
                 "embed", "naked", "sacred", "wicked", "rugged", "ragged", "aged", "beloved",
                 "kindred", "wretched", "united", "limited", "based", "related", "interested"}


def words(text: str) -> list[tuple[int, str]]:
    """(offset, word) pairs; capitalised -ed words are names, not verbs."""
    return [(m.start(), m.group(0)) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1024)
def markers(text: str) -> tuple[tuple[int, Tense], ...]:
    """Tense markers of a clause as (character offset, tense). Kept for the next question
    about the same clause: deciding a statement's date asks several."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    return tuple([(pos, tense) for _, pos, tense in _markers(words(text), breaks)])


def _markers(toks: list[tuple[int, str]], breaks: list[int] | None = None) -> list[tuple[int, int, Tense]]:
    """(word index, character offset, tense) of each marker among the words.

    ``breaks``: sorted character offsets where a clause ends (a past verb of the clause
    before does not make "to sign" a purpose)."""
    found: list[tuple[int, int, Tense]] = []
    low = [w.lower() for _, w in toks]
    last_past = -1  # word index of the last finite past verb not yet followed by another marker
    for i, (pos, raw) in enumerate(toks):
        w = low[i]
        nxt = low[i + 1] if i + 1 < len(low) else ""
        prev = _previous_non_adverb(low, i)
        if breaks and last_past >= 0 and bisect_left(breaks, pos) != bisect_left(breaks, toks[last_past][0]):
            last_past = -1  # a clause break lies between
        if raw == "May" and prev in _MONTH_CUES:
            continue  # the month ("met on May 1 to sign", "in May"), not the modal
        if (w, nxt) in _FUTURE_PAIRS:
            if w == "to" and last_past >= 0 and prev not in _LOOKS_AHEAD:
                continue  # "met on Monday to sign the deal": the purpose of a past act
            # "was to be held" is still a future seen from the past: future wins
            found.append((i, pos, "future"))
        elif w in _FUTURE_WORDS:
            found.append((i, pos, "future"))
        elif w in _PAST_WORDS and (w in _FINITE_PAST or prev not in _BE_HAVE):
            found.append((i, pos, "past"))  # "held" after "to be" is a participle, not a past
        elif w in _PRESENT_WORDS:
            found.append((i, pos, "present"))
        elif (
            w.endswith("ed")
            and len(w) > 4
            and raw[0].islower()
            and w not in _NOT_ED_VERBS
            and prev not in _BE_HAVE
            and prev not in _QUANTIFIERS
            and not _possessive(low, i)
        ):
            found.append((i, pos, "past"))
        else:
            continue
        # a past verb ("met", "travelled"), not a past adverb ("last", "ago"), can have a purpose
        last_past = i if found[-1][2] == "past" and (w in _VERB_PAST or w.endswith("ed")) else -1
    return found


def _possessive(low: list[str], i: int) -> bool:
    """Whether the word before word ``i`` is a possessive ("his wife's advanced illness": an adjective
    after it, not a past verb); a curly apostrophe leaves the "s" a word of its own."""
    prev = low[i - 1] if i else ""
    if prev == "s" and i > 1:
        prev = low[i - 2] + "'s"
    return prev.endswith("'s") and prev not in _IS_HAS  # "he's resigned": he has


_IS_HAS = {"it's", "he's", "she's", "that's", "there's", "here's", "what's", "who's", "where's", "let's"}


_MONTH_CUES = {"in", "on", "of", "since", "by", "until", "till", "from", "through", "during", "before",
               "after", "early", "late", "mid", "last", "next", "this", "that"}
# "last" after these is the verb ("could last until March 31"), not the adverb of "last week";
# after a modal it points ahead whatever the saying around it
_MODALS = {"will", "would", "shall", "'ll", "won't", "wouldn't", "can", "could", "couldn't", "may", "might",
           "must", "should"}
_BEFORE_A_VERB = _MODALS | {"to", "not", "did", "does", "do", "didn't", "doesn't", "don't"}
_ADVERBS = {"also", "already", "just", "since", "never", "ever", "long", "still", "yet", "not", "now",
            "once", "again", "often", "always", "recently", "n't", "well"}


def _previous_non_adverb(low: list[str], i: int) -> str:
    j = i - 1
    while j >= 0 and (low[j].endswith("ly") or low[j] in _ADVERBS):
        j -= 1
    return low[j] if j >= 0 else ""


def tense_at(text: str, start: int, end: int, near: int | None = None) -> Tense:
    """The tense governing the span text[start:end]: the nearest marker, counted in words.

    A marker before the date wins a tie ("announced Friday that it will"). With ``near``,
    markers more than ``near`` words away do not count. A marker in the date's own clause
    wins over a nearer one across ", and", ", but", ", while", ";" or a dash ("leaders will
    meet in July, and cases fell in April"); only a clause with none looks beyond ("will open
    on Monday, and close on Friday"). "since May" is always past and "until Friday" (outside
    a past clause) always future.

    Each text is read once (words, markers, clauses) and kept for the next date in it, so a
    run-on line of many dates costs a look-up per date, not a new reading.
    """
    return _governing(text, start, end, near)[0]


def future_in_past(text: str, start: int, end: int, near: int | None = None) -> bool:
    """The future that governs text[start:end] is seen from a past saying: "would" after a past
    marker ("said the bridge would reopen on March 20", "said it would last until March 31").
    It points ahead of the saying, not of publication: a calendar date is then the one nearest
    publication, on either side (a weekday keeps the coming one: the saying was days ago)."""
    tense, index, view = _governing(text, start, end, near)
    return tense == "future" and index is not None and view.low[index] == "would" and view.first_past < index


def _governing(text: str, start: int, end: int, near: int | None) -> tuple[Tense, int | None, _View]:
    """``tense_at``'s tense, with the word index of the marker that decided it (None: no one word)."""
    view = _reading(text).view(start)
    toks = view.starts
    last_before = bisect_left(toks, start) - 1
    first_after = bisect_left(toks, end)
    cue = view.low[last_before] if last_before >= 0 else ""
    clause = view.clause(start, end)
    best = view.nearest(start, end, last_before, first_after, clause)
    if best is None:  # nothing in its own clause: the sentence's
        best = view.nearest(start, end, last_before, first_after, None)
    if cue == "since":
        return "past", None, view
    if cue in ("until", "till"):
        # "closed until Friday" is ahead unless a plain past verb of its clause says otherwise;
        # the verb the "until" hangs on decides first: "said it would last until March 31" and
        # "said the ban is in force until March 31" point ahead of the saying, not a year back
        lo = clause[0]
        own = view.last_marker(last_before, lo)
        if own is not None and own[0] in ("future", "present"):
            return "future", own[1], view
        strong = view.strong[last_before + 1] - view.strong[lo] if last_before + 1 > lo else 0
        return ("past" if strong else "future"), None, view
    if best is not None and (near is None or best[0] <= near):
        return best[1], best[2], view
    return "unknown", None, view


# a clause ends at ", and", ";", a dash, and before a trailing attribution (", Stanek said."):
# the saying's tense is not the tense of what was said
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while)\b|;|\s(?:[—–]|--)\s"
    rf"|,(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}(?:{lexicon.alternation('reporting-verbs')})\b[^,;]{{0,40}}$)"
)
_STRONG_PAST = _PAST_WORDS - {"last", "earlier"}


class _View:
    """The words, markers and clause breaks of a text as seen from one side of its quotes."""

    def __init__(self, text: str, offset: int) -> None:
        toks = [(pos + offset, w) for pos, w in words(text)]
        breaks = [(m.start() + offset, m.end() + offset) for m in _CLAUSE_BREAK.finditer(text)]
        self.starts = [pos for pos, _ in toks]
        self.low = [w.lower() for _, w in toks]
        self.marks = _markers(toks, [b for b, _ in breaks])
        self.mark_pos = [pos for _, pos, _ in self.marks]
        self.tense_of = {index: tense for index, _, tense in self.marks}
        self.first_past = min((index for index, _, tense in self.marks if tense == "past"), default=len(self.low))
        self.strong = [0]  # strong[i]: plain past verbs among the first i words
        for w in self.low:
            self.strong.append(self.strong[-1] + (w in _STRONG_PAST))
        self.break_starts = [b for b, _ in breaks]
        self.break_ends = [e for _, e in breaks]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Word indices [lo, hi) of the clause holding text[start:end]."""
        i = bisect_right(self.break_ends, start) - 1
        lo_char = self.break_ends[i] if i >= 0 else 0
        j = bisect_left(self.break_starts, end)
        hi_char = self.break_starts[j] if j < len(self.break_starts) else None
        lo = bisect_left(self.starts, lo_char)
        hi = bisect_left(self.starts, hi_char) if hi_char is not None else len(self.starts)
        return lo, hi

    def last_marker(self, last: int, lo: int) -> tuple[Tense, int] | None:
        """The tense (and index) of the verb words [lo, last] end on: a modal points ahead ("could remain until"),
        else the last marker; "last" after a modal, "to" or "not" is the verb ("would last until"),
        not the past adverb of "last week", and does not count."""
        tenses = self.tense_of
        for index in range(last, lo - 1, -1):
            w = self.low[index]
            if w in _MODALS:
                return "future", index
            if index in tenses and not (w == "last" and index > 0 and self.low[index - 1] in _BEFORE_A_VERB):
                return tenses[index], index
        return None

    def nearest(self, start: int, end: int, last_before: int, first_after: int,
                clause: tuple[int, int] | None) -> tuple[int, Tense, int] | None:
        """(distance in words, tense) of the marker nearest the date (before it on a tie),
        within the clause if given."""
        best: tuple[int, int, Tense, int] | None = None
        b = bisect_left(self.mark_pos, start) - 1  # the last marker before the date
        if b >= 0 and (clause is None or self.marks[b][0] >= clause[0]):
            index, _, tense = self.marks[b]
            best = (last_before - index + 1, 0, tense, index)
        a = bisect_left(self.mark_pos, end)  # the first after it (the date's own words do not count)
        if a < len(self.marks) and (clause is None or self.marks[a][0] < clause[1]):
            index, _, tense = self.marks[a]
            rank = (index - first_after + 1, 1, tense, index)
            if best is None or rank[:2] < best[:2]:
                best = rank
        return (best[0], best[2], best[3]) if best is not None else None


class _Reading:
    """A text's quotations, and a view of it from outside them or from inside each one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = [m.span() for m in _QUOTED.finditer(text)]
        self.quote_starts = [s for s, _ in self.quotes]
        self.views: dict[tuple[int, int] | None, _View] = {}

    def view(self, pos: int) -> _View:
        """'"We will meet on Monday," he said': the quote's "will" governs Monday, not "said"."""
        i = bisect_right(self.quote_starts, pos) - 1
        key = self.quotes[i] if i >= 0 and pos < self.quotes[i][1] else None
        if key not in self.views:
            if key is None:
                out = list(self.text)
                for s, e in self.quotes:
                    out[s:e] = " " * (e - s)
                self.views[key] = _View("".join(out), 0)
            else:
                self.views[key] = _View(self.text[key[0]:key[1]], key[0])
        return self.views[key]


@lru_cache(maxsize=16)
def _reading(text: str) -> _Reading:
    return _Reading(text)


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")
