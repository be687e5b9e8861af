"""Whether a clause holds a present perfect ("has provided", "have been activated"), and which.

A present perfect ties what it tells to the moment of speaking, never to a day an earlier
sentence named: "It has since hired a firm" is the news of the report's day, and "Residents
have been allowed home since Sunday" a state begun on the day it names. The continuative and
experiential perfects tell a state up to now or a life's experience ("has led the firm since
2019", "has never lost a case"): background (Quirk et al., A Comprehensive Grammar of the English
Language, 4.20-4.22).
"""

from __future__ import annotations

import re

from generator import lexicon

_HAVE = {"has", "have", "'ve", "hasn't", "haven't"}
_BETWEEN = {"also", "already", "not", "just", "never", "ever", "long", "since", "now", "often", "always",
            "previously", "repeatedly", "recently", "still", "yet", "only", "n't"}
_PARTICIPLES = frozenset(lexicon.words("past-participles"))  # the irregular ones; -ed and -en are read as such
_FREQUENCY = frozenset(lexicon.words("frequency-adverbs"))
# "has long accused": "long" right after the auxiliary is an adverb of all time
_LONG = re.compile(r"\b(?:has|have|'ve)\s+long\b", re.IGNORECASE)
# a stretch of time: "for years", "for 12 years", "for two decades", "all his life", "since 2019",
# "since a 2021 reform", "since records began", "over the years", "in recent years"
_STRETCH = re.compile(
    r"\bfor\s+(?:(?:many|several|some|a\s+few|\d+|[a-z]+)\s+)?(?:years|decades|centuries|generations|ages)\b(?!\s+of\b)"
    r"|\ball\s+(?:his|her|their|its|my|our|your)\s+(?:life|lives|career|careers)\b"
    r"|\bsince\s+(?:(?:a|the|its|his|her|their)\s+)?(?:\d{4}s?\b|records\b|(?:its|his|her|their)\s+\w+ing\b)"
    r"|\bover\s+the\s+(?:past\s+|last\s+)?(?:years|decades)\b",
    re.IGNORECASE,
)
# a subject that ranges over all time: "No storm on record has done more damage"
_NONE_SUBJECT = re.compile(r"^\W*(?:no|none\s+of)\b", re.IGNORECASE)


_COPULAS = frozenset(lexicon.words("copular-verbs"))


def _participles(low: list[str]):
    """(index, word) of the participle of each present perfect in the words (lower-cased)."""
    for i, w in enumerate(low[:-1]):
        if w in _HAVE:
            j = i + 1
            while j < len(low) and (low[j].endswith("ly") or low[j] in _BETWEEN):
                j += 1
            if j < len(low) and (low[j].endswith(("ed", "en")) or low[j] in _PARTICIPLES):
                yield j, low[j]


def perfect(low: list[str]) -> bool:
    """Whether the words (lower-cased) hold a present perfect: a form of have, adverbs, a participle."""
    return next(_participles(low), None) is not None


def state(low: list[str]) -> bool:
    """A present perfect of a copula: "have become a growing worry", "has remained shut", "has been
    a member" (be with no participle after it: "has been closed" is a passive, something done). It
    tells a state, the background of a story (``lexicon/copular-verbs``)."""
    for j, w in _participles(low):
        if w in _COPULAS:
            return True
        if w == "been":
            k = j + 1
            while k < len(low) and (low[k].endswith("ly") or low[k] in _BETWEEN):
                k += 1
            nxt = low[k] if k < len(low) else ""
            if not (nxt.endswith(("ed", "en", "ing")) or nxt in _PARTICIPLES):
                return True
    return False


def may_be_perfect(text: str) -> bool:
    """A cheap test first: ``perfect`` of the text's words (lower-cased) can only hold when the
    text holds a form of have, so a text without one needs no splitting into words."""
    low = text.lower()
    return any(h in low for h in _HAVE)


def of_the_day(low: list[str]) -> bool:
    """"has since hired", "has just announced", "has now informed": a perfect that says it is the day's news."""
    return any(w in _HAVE and low[i + 1] in ("just", "now", "since") for i, w in enumerate(low[:-1]))


def lasting(text: str, low: list[str]) -> bool:
    """A present perfect of a state that lasts or of all time, not of the day's news: an adverb
    of frequency or of all time ("has never imposed", "has long argued"), a stretch of time ("for
    years", "since 2011", "all his life") or a subject that ranges over all time ("No storm on
    record has done more damage"). English gives the perfect of the day's news no such word."""
    if not perfect(low) or of_the_day(low):
        return False
    if any(w in _FREQUENCY and w != "yet" for w in low):  # "has not yet said" waits for the day's news
        return True
    return bool(_LONG.search(text) or _STRETCH.search(text) or _NONE_SUBJECT.search(text))
