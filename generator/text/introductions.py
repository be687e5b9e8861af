"""The words around a name that say what it is: a role before it and what the role is of
("Governor of Estmere Tomas Reyvik"), a clock word that is no role ("10 PM Tuesday"), and the
head word that makes a name a company's, an institution's or a venue's ("Harlow Chemicals",
"St. Brigid's Hospital", "Callan Arena"), the place a role is held over ("Mayor of Orrin"), and
the words that make a capitalised run no one's ("Treasury Secretary", "Big Three"). Shared rules of
``names``, kept apart to keep it short.
"""

from __future__ import annotations

import re

from generator import lexicon
from generator.text import numbers
from generator.text.places import demonym_country, is_place

# The head word of a company's or an institution's name, and of a venue's: the name is a body,
# or a place, never a person.
CLUB_HEADS = lexicon.words("club-heads")
ORGANISATION_HEADS = lexicon.words("organisation-heads") | CLUB_HEADS
VENUE_HEADS = lexicon.words("venue-words")
INSTITUTION_HEADS = ORGANISATION_HEADS | VENUE_HEADS
# Roles held over a place: the name after "<role> of" is a place's ("Mayor of Orrin").
PLACE_ROLES = lexicon.words("place-roles")
_ROLES = lexicon.words("roles")
_TITLES = lexicon.words("titles")
_CLOCK_WORDS = lexicon.words("unit-words")
# what a role can be "of" ends in one of these: "Chief Executive of Harlow Chemicals Dana Wirth"
_OBJECT_HEADS = (lexicon.words("body-words") | lexicon.words("body-heads") | INSTITUTION_HEADS
                 | lexicon.words("place-words"))
_POSSESSIVE = re.compile(r"[’']s$")
_FIRST_WORD = re.compile(r"(\S+)\s+")
_AFTER_NUMBER = re.compile(r"\d[ \t\u00a0]*$")


def _bare(tok: str) -> str:
    return tok.rstrip(".").lower()


def named_for(tok: str, toks: list[tuple[str, int]], pos: int) -> bool:
    """"St. Brigid's Hospital", "King's College": a possessive followed by nothing but the head of
    an institution or a venue is part of its name (unlike "Iran's President", "Lisk's Callan Arena")."""
    # ``toks`` is in text order: exactly one token after ``pos`` is the last one, with the one
    # before it at or before ``pos`` (no list of the rest: a run of 50,000 words made this quadratic)
    one_after = toks[-1][1] > pos and (len(toks) < 2 or toks[-2][1] <= pos)
    return one_after and bool(_POSSESSIVE.search(tok)) and _bare(toks[-1][0]) in INSTITUTION_HEADS


def of_object(lowered: list[str], cut: int) -> int:
    """How many words after a name's introduction ``lowered[:cut]`` are still not the name: after a
    role and "of", what the role is of comes first (one word, or up to its head word), then the
    person ("Governor of Estmere Tomas Reyvik"); only when at least two words are left for the name."""
    if not (2 <= cut < len(lowered) and lowered[cut - 1] == "of"
            and (lowered[cut - 2] in _ROLES or lowered[cut - 2] in _TITLES)):
        return 0
    heads = [k for k, w in enumerate(lowered[cut:]) if w in _OBJECT_HEADS]
    skip = heads[-1] + 1 if heads else 1
    return skip if len(lowered) - cut - skip >= 2 else 0


def place_of_role(lowered: list[str]) -> int | None:
    """Where the place a role is held over starts in an introduction ending in it ("Mayor of
    Orrin", "Prime Minister of the Republic of Ostria"): after the last "of" that follows a
    place's role, and a "the"; None when the introduction ends in no such object."""
    for j in range(len(lowered) - 2, 0, -1):
        if lowered[j] == "of":
            if lowered[j - 1] not in PLACE_ROLES:
                return None
            start = j + 1 + (lowered[j + 1] == "the")
            return start if start < len(lowered) else None
    return None


def after_clock(text: str, base: int, run: str) -> tuple[int, str]:
    """A capitalised run of ``text`` at ``base``, less a first word that is both a role and a clock
    word ("PM": prime minister, or post meridiem) standing after a number: "10 PM Tuesday" is a
    time, "PM Havgaard" a prime minister."""
    m = _FIRST_WORD.match(run)
    word = _bare(m.group(1) if m else run)
    if word in _ROLES and word in _CLOCK_WORDS and _AFTER_NUMBER.search(text[max(0, base - 8):base]):
        return (base + m.end(), run[m.end():]) if m else (base + len(run), "")
    return base, run


_SURNAME_ROLES = lexicon.words("surname-roles")
_NUMBER_WORDS = frozenset(numbers.UNITS) | frozenset(numbers.TENS) | frozenset(numbers.SCALES)


def not_a_person(toks: list[str], low: list[str], cued: bool = False) -> bool:
    """What a run of capitals names when it is no one: a job left without its holder ("Treasury
    Secretary", "Chief Operating Officer"), a count ("Big Three"), a national firm or team named
    after its country's people ("Ostrian Air"): a person's name never ends in a role or holds a
    number, and never opens with a demonym (unless a title introduced it)."""
    return ((low[-1] in _ROLES and low[-1] not in _SURNAME_ROLES) or any(t in _NUMBER_WORDS for t in low)
            or (not cued and national(toks[0])))


def national(word: str) -> bool:
    """'Ostrian', 'Valdorese': a demonym (not one ending in -i, as first names do: 'Sami', 'Levi')."""
    return word[-1:].lower() != "i" and demonym_country(word) is not None and not is_place(word)


def place_kind(kind: str) -> str:
    return "place" if kind in ("person", "other") else kind  # a body keeps its kind: "the Bank of Velden"
