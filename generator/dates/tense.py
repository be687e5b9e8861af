"""Tense of the clause around a date: enough to tell "met on Monday" from "will meet on Monday".

A full parser is far more than we need: news clauses mark their tense with a handful of
words (will, is to, plans to, was, had, said, -ed verbs). We collect those markers with their
word positions and let the one nearest the date decide, preferring a marker before it on a
tie ("said on Monday it will close" is about the Monday of the saying).
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "present", "future", "unknown"]

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

_FUTURE_WORDS = {
    "will", "shall", "'ll", "won't", "would", "upcoming", "forthcoming", "coming",
    "scheduled", "planned", "plans", "plan", "intends", "intend", "expects", "expected",
    "aims", "hopes", "due", "next", "tomorrow", "ahead", "may", "might",
}
# "to be held", "is to visit", "set to", "going to": a marker made of two words
_FUTURE_PAIRS = {("going", "to"), ("set", "to"), ("is", "to"), ("are", "to"), ("to", "be"),
                 ("to", "begin"), ("to", "start"), ("to", "take"), ("to", "hold"), ("to", "meet"),
                 ("to", "visit"), ("to", "vote"), ("to", "open"), ("to", "launch"), ("to", "sign")}
_PAST_WORDS = {
    "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "said", "told", "met",
    "held", "took", "made", "came", "went", "gave", "began", "won", "lost", "sold", "bought",
    "fell", "rose", "flew", "left", "saw", "found", "became", "got", "paid", "spent", "struck",
    "led", "brought", "thought", "knew", "chose", "ran", "wrote", "spoke", "broke", "drove",
    "grew", "shot", "sent", "built", "kept", "felt", "heard", "meant", "stood", "understood",
    "fought", "caught", "taught", "sought", "threw", "froze", "hid", "rode", "sank",
    "swore", "woke", "wore", "withdrew", "undertook", "overtook", "forecast", "ago", "yesterday",
    "earlier", "last", "previously",
}
_FINITE_PAST = {"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "ago", "yesterday",
                "earlier", "last", "previously"}
_PRESENT_WORDS = {"is", "are", "am", "says", "say", "has", "have", "does", "do", "isn't", "aren't"}
_BE_HAVE = {"is", "are", "am", "be", "been", "being", "was", "were", "has", "have", "had", "having",
            "get", "gets", "got", "to", "will", "would", "can", "could", "may", "might", "must",
            "should", "the", "a", "an", "this", "that", "these", "those", "its", "their", "our",
            "his", "her", "my", "your", "newly", "not"}
_NOT_ED_VERBS = {"need", "feed", "speed", "seed", "bleed", "breed", "weed", "red", "bed", "shed",
                 "hundred", "bred", "led", "fled", "sled", "indeed", "proceed", "succeed", "exceed",
                 "embed", "naked", "sacred", "wicked", "rugged", "ragged", "aged", "beloved",
                 "kindred", "wretched", "united", "limited", "based", "related", "interested"}


def words(text: str) -> list[tuple[int, str]]:
    """(offset, lower-cased word) pairs; capitalised -ed words are names, not verbs."""
    return [(m.start(), m.group(0)) for m in _WORD.finditer(text)]


def markers(text: str) -> list[tuple[int, Tense]]:
    """Tense markers of a clause as (character offset, tense)."""
    found: list[tuple[int, Tense]] = []
    toks = words(text)
    low = [w.lower() for _, w in toks]
    for i, (pos, raw) in enumerate(toks):
        w = low[i]
        nxt = low[i + 1] if i + 1 < len(low) else ""
        prev = _previous_non_adverb(low, i)
        if (w, nxt) in _FUTURE_PAIRS:
            # "was to be held" is still a future seen from the past: future wins
            found.append((pos, "future"))
        elif w in _FUTURE_WORDS:
            found.append((pos, "future"))
        elif w in _PAST_WORDS and (w in _FINITE_PAST or prev not in _BE_HAVE):
            found.append((pos, "past"))  # "held" after "to be" is a participle, not a past
        elif w in _PRESENT_WORDS:
            found.append((pos, "present"))
        elif (
            w.endswith("ed")
            and len(w) > 4
            and raw[0].islower()
            and w not in _NOT_ED_VERBS
            and prev not in _BE_HAVE
        ):
            found.append((pos, "past"))
    return found


_ADVERBS = {"also", "already", "just", "since", "never", "ever", "long", "still", "yet", "not", "now",
            "once", "again", "often", "always", "recently", "n't"}


def _previous_non_adverb(low: list[str], i: int) -> str:
    j = i - 1
    while j >= 0 and (low[j].endswith("ly") or low[j] in _ADVERBS):
        j -= 1
    return low[j] if j >= 0 else ""


def tense_at(text: str, start: int, end: int, near: int | None = None) -> Tense:
    """The tense governing the span text[start:end]: the nearest marker, counted in words.

    A marker before the date wins a tie ("announced Friday that it will"). With ``near``,
    markers more than ``near`` words away do not count. "since May" is always past and
    "until Friday" (outside a past clause) always future.
    """
    text = _same_side_of_quotes(text, start)
    toks = words(text)
    before = [i for i, (pos, _) in enumerate(toks) if pos < start]
    after = [i for i, (pos, _) in enumerate(toks) if pos >= end]
    first_after = after[0] if after else len(toks)
    last_before = before[-1] if before else -1
    cue = toks[last_before][1].lower() if before else ""
    index_of = {pos: i for i, (pos, _) in enumerate(toks)}
    best: tuple[int, int, Tense] | None = None
    for pos, tense in markers(text):
        if start <= pos < end:
            continue  # words of the date itself ("next", "last") are handled by the grammar
        index = index_of[pos]
        distance = last_before - index + 1 if pos < start else index - first_after + 1
        if near is not None and distance > near:
            continue
        rank = (distance, 0 if pos < start else 1)
        if best is None or rank < best[:2]:
            best = (*rank, tense)
    found: Tense = best[2] if best else "unknown"
    if cue == "since":
        return "past"
    if cue in ("until", "till"):
        # "closed until Friday" is ahead unless a plain past verb says otherwise
        strong = [w for pos, w in toks if pos < start and w.lower() in _PAST_WORDS - {"last", "earlier"}]
        return "past" if strong else "future"
    return found


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")


def _same_side_of_quotes(text: str, pos: int) -> str:
    """The text with blanks over whatever is on the other side of a quotation mark from pos.

    '"We will meet on Monday," he said': the quote's "will" governs Monday, not "said".
    """
    spans = [m.span() for m in _QUOTED.finditer(text)]
    inside = next(((s, e) for s, e in spans if s <= pos < e), None)
    if inside is not None:
        s, e = inside
        return " " * s + text[s:e] + " " * (len(text) - e)
    out = list(text)
    for s, e in spans:
        out[s:e] = " " * (e - s)
    return "".join(out)
