"""Which kinds of date expression can start at a word, read off the patterns themselves.

Trying the whole scanner (two dozen alternatives, each with its month and weekday names) at
every word of an article is most of the date stage's time, and most words ("said", "police",
"there") can start no date at all. Each kind's pattern is walked once, at import (the
standard library's own parse of it), to list how its matches can begin: the first word
exactly ("the" followed by a space: the word is "the"), a word's beginning (the word starts
with "q1"), or anything (a digit class, an apostrophe, something not worked out). At a word,
only the kinds that can begin with it are tried, in the scanner's order, so the match found
is the one the whole scanner finds: every kind left out cannot match there.

The walk over-approximates wherever it is unsure (a lookaround is skipped, an unknown
construct allows anything), and a word with a character outside ASCII tries every kind (case
folding outside ASCII is the regular expression engine's business, not guessed here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

try:  # the standard library's parser of regular expressions (``sre_parse`` before Python 3.11)
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover - older Python
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

ANY = "*"  # a beginning the walk cannot narrow: the kind is tried at every word
_WORD = re.compile(r"\w")
_MAX_CLASS = 32  # a character class with more members than this is not spelled out
_MAX_STEPS = 20000  # a pattern whose walk is longer than this allows anything
_MAX_WORD = 40  # a first word spelled out to this length, then only its beginning is kept
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT) + ((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ())


@dataclass
class Starts:
    """How one kind's matches can begin: exact first words (lower case), first words' beginnings,
    a digit, one of a few characters that are not a word's (an apostrophe), or anything."""

    words: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    digit: bool = False
    symbols: set[str] = field(default_factory=set)
    anything: bool = False

    def admit(self, token: str) -> bool:
        """Whether a match can begin at ``token`` (a run of ASCII word characters, or one other character)."""
        if self.anything or (self.digit and token[0].isdigit()) or token in self.symbols:
            return True
        low = token.lower()
        return low in self.words or any(low.startswith(p) for p in self.prefixes)


def _is_word(ch: str) -> bool:
    return _WORD.match(ch) is not None


def _class_members(items) -> list[str] | None:
    """The characters a class ``[...]`` matches when it lists a few (no category, no negation)."""
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            out += [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return None
    return out if len(out) <= _MAX_CLASS else None


def _class_is_space(items) -> bool:
    """``\\s`` or ``[^\\S\\n]``: whitespace only, never a word character."""
    ops = [(op, av) for op, av in items]
    if ops == [(C.CATEGORY, C.CATEGORY_SPACE)]:
        return True
    return bool(ops and ops[0][0] is C.NEGATE and (C.CATEGORY, C.CATEGORY_NOT_SPACE) in ops[1:])


class _Walk:
    """Every way a pattern's match can begin, as (word so far, whether the word ends there)."""

    def __init__(self) -> None:
        self.starts = Starts()
        self.steps = 0

    def end(self, prefix: str, closed: bool) -> None:
        if not prefix:
            self.starts.anything = True
        elif closed:
            self.starts.words.add(prefix)
        else:
            self.starts.prefixes.add(prefix)

    def run(self, stack: tuple, prefix: str) -> None:
        """``stack``: what is left to match, innermost first, each (items, index, ignore case)."""
        self.steps += 1
        if self.starts.anything:
            return  # tried at every word already: nothing to narrow
        if self.steps > _MAX_STEPS or len(prefix) > _MAX_WORD:
            self.end(prefix, closed=False)
            return
        if not stack:
            self.end(prefix, closed=False)  # the match may end inside a longer word
            return
        (items, i, icase), rest = stack[0], stack[1:]
        if i >= len(items):
            self.run(rest, prefix)
            return
        op, av = items[i]
        here = ((items, i + 1, icase), *rest)
        self.item(op, av, here, icase, prefix)

    def digit(self, prefix: str) -> None:
        """Numbers are not spelled out: a word starting with a digit tries the kind, or a word's beginning."""
        if prefix:
            self.end(prefix, closed=False)
        else:
            self.starts.digit = True

    def char(self, ch: str, here: tuple, prefix: str) -> None:
        if not _is_word(ch):
            if prefix:
                self.end(prefix, closed=True)  # a word ends before a character that is not a word's
            else:
                self.starts.symbols.add(ch)
        elif ch.isdigit() and ch.isascii():
            self.digit(prefix)
        elif not ch.isascii():
            self.end(prefix, closed=False)
        else:
            self.run(here, prefix + ch.lower())

    def item(self, op, av, here: tuple, icase: bool, prefix: str) -> None:
        if op is C.LITERAL:
            self.char(chr(av), here, prefix)
        elif op is C.AT:
            if av is C.AT_BOUNDARY and prefix:
                self.end(prefix, closed=True)  # after a word character: the word ends here
            else:
                self.run(here, prefix)  # zero width: allows more, never less
        elif op in (C.ASSERT, C.ASSERT_NOT):
            self.run(here, prefix)
        elif op is C.SUBPATTERN:
            _group, add, remove, sub = av
            inner = (icase or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
            self.run(((list(sub), 0, inner), *here), prefix)
        elif op is C.BRANCH:
            for alt in av[1]:
                self.run(((list(alt), 0, icase), *here), prefix)
        elif op in _REPEATS:
            lo, hi, sub = av
            if lo == 0:
                self.run(here, prefix)
            if hi != 0:
                again = [(op, (max(lo - 1, 0), hi if hi == C.MAXREPEAT else hi - 1, sub))]
                self.run(((list(sub), 0, icase), (again, 0, icase), *here), prefix)
        elif op is C.IN:
            members = _class_members(av)
            if members is not None:
                for ch in members:
                    self.char(ch, here, prefix)
            elif _class_is_space(av):
                self.end(prefix, closed=True) if prefix else self.end("", closed=False)
            elif list(av) == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
                self.digit(prefix)
            else:
                self.end(prefix, closed=False)
        else:  # any character, a negated literal, a back reference...: the walk stops here
            self.end(prefix, closed=False)


def starts(pattern: str) -> Starts:
    """How the matches of ``pattern`` (at a word's start) can begin."""
    parsed = P.parse(pattern)
    walk = _Walk()
    walk.run(((list(parsed), 0, bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE)),), "")
    return walk.starts


class Index:
    """The kinds that can begin at each word, in the scanner's order, read from their ``Starts``."""

    def __init__(self, kinds: list[tuple[str, Starts]]) -> None:
        self.order = [kind for kind, _ in kinds]
        self.always = {kind for kind, can in kinds if can.anything}
        self.digit = {kind for kind, can in kinds if can.digit}
        self.words: dict[str, set[str]] = {}
        self.prefixes: dict[str, set[str]] = {}
        self.symbols: dict[str, set[str]] = {}
        for kind, can in kinds:
            for table, keys in ((self.words, can.words), (self.prefixes, can.prefixes), (self.symbols, can.symbols)):
                for key in keys:
                    table.setdefault(key, set()).add(kind)

    def kinds(self, token: str) -> tuple[str, ...]:
        """The kinds whose match can begin with ``token`` (a run of ASCII word characters, or one
        other character), in order; ``Starts.admit`` of each kind, by table look-ups."""
        low = token.lower()
        found = self.always | self.words.get(low, set()) | self.symbols.get(token, set())
        if token[0].isdigit():
            found |= self.digit
        for i in range(1, len(low) + 1):
            found |= self.prefixes.get(low[:i], set())
        return tuple(kind for kind in self.order if kind in found)
