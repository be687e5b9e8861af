"""Which kinds of date expression can start at a word, read off the patterns themselves.

Trying the whole scanner (two dozen alternatives, each with its month and weekday names) at
every word of an article is most of the date stage's time, and most words ("said", "police",
"there") can start no date at all. Each kind's pattern is walked once, at import (the
standard library's own parse of it), to list how its matches can begin: the first word
exactly ("the" followed by a space: the word is "the"), a word's beginning (the word starts
with "q"), a digit, an apostrophe, or anything (something not worked out); after an exact
first word, the same for the word that follows it ("the" then "next", "same", "1990s"...:
"the" is the commonest word of all, and "the police" begins no date). At a word, only the
kinds that can begin with it (and the word after it) are tried, in the scanner's order, so
the match found is the one the whole scanner finds: every kind left out cannot match there.

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
    a digit, one of a few characters that are not a word's (an apostrophe), or anything. Each
    exact first word maps to how the next word can begin (after characters that are not a
    word's), a ``Starts`` whose own words map to None: two words deep, no more."""

    words: dict[str, Starts | None] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    digit: bool = False
    symbols: set[str] = field(default_factory=set)
    anything: bool = False

    def admit(self, token: str, following: str | None = None) -> bool:
        """Whether a match can begin at ``token`` (a run of ASCII word characters, or one other
        character) when the next word is ``following`` ("" for none; None: not looked at)."""
        if self.anything or (self.digit and token[0].isdigit()) or token in self.symbols:
            return True
        low = token.lower()
        if any(low.startswith(p) for p in self.prefixes):
            return True
        if low not in self.words:
            return False
        then = self.words[low]
        if then is None or following is None or then.anything:
            return True
        return bool(following) and (not following.isascii() or then.admit(following))


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
    """Every way a pattern's match can begin. A state: what is left to match (a stack of
    (items, index, ignore case), innermost first), the first word if it has ended (None while
    it is read), and the letters of the word being read."""

    def __init__(self) -> None:
        self.starts = Starts()
        self.steps = 0
        self.seen: set[tuple] = set()
        self.again: dict[tuple, list] = {}  # one list a repeat's remainder: states compare by identity

    def target(self, first: str | None) -> Starts:
        if first is None:
            return self.starts
        then = self.starts.words.get(first)
        if then is None:
            then = self.starts.words[first] = Starts()
        return then

    def open_end(self, first: str | None, prefix: str) -> None:
        """The walk goes no further: the word read so far is only a beginning."""
        if prefix:
            self.target(first).prefixes.add(prefix)
        else:
            self.target(first).anything = True

    def closed(self, here: tuple, first: str | None, prefix: str) -> None:
        """The word read ends here: the first one goes on to the next word, the second is recorded."""
        if first is None:
            self.target(prefix)  # known as a first word, even if nothing is learnt of the next
            self.run(here, prefix, "")
        else:
            self.target(first).words[prefix] = None

    def run(self, stack: tuple, first: str | None, prefix: str) -> None:
        self.steps += 1
        if self.starts.anything:
            return  # tried at every word already: nothing to narrow
        key = (tuple((id(items), i, icase) for items, i, icase in stack), first, prefix)
        if key in self.seen:
            return
        self.seen.add(key)
        if self.steps > _MAX_STEPS or len(prefix) > _MAX_WORD:
            self.open_end(first, prefix)
        elif not stack:
            self.open_end(first, prefix)  # the match may end inside a longer word, or before the next
        else:
            (items, i, icase), rest = stack[0], stack[1:]
            if i >= len(items):
                self.run(rest, first, prefix)
            else:
                op, av = items[i]
                here = ((items, i + 1, icase), *rest) if i + 1 < len(items) else rest  # a state, once
                self.item(op, av, here, icase, first, prefix)

    def digit(self, first: str | None, prefix: str) -> None:
        """Numbers are not spelled out: a word starting with a digit tries the kind, or a word's beginning."""
        if prefix:
            self.open_end(first, prefix)
        else:
            self.target(first).digit = True

    def char(self, ch: str, here: tuple, first: str | None, prefix: str) -> None:
        if not _is_word(ch):
            if prefix:
                self.closed(here, first, prefix)  # a word ends before a character that is not a word's
            elif first is not None:
                self.run(here, first, "")  # between the two words
            else:
                self.starts.symbols.add(ch)
        elif ch.isdigit() and ch.isascii():
            self.digit(first, prefix)
        elif not ch.isascii():
            self.open_end(first, prefix)
        else:
            self.run(here, first, prefix + ch.lower())

    def item(self, op, av, here: tuple, icase: bool, first: str | None, prefix: str) -> None:
        if op is C.LITERAL:
            self.char(chr(av), here, first, prefix)
        elif op is C.AT:
            if av is C.AT_BOUNDARY and prefix:
                self.closed(here, first, prefix)  # after a word character: the word ends here
            else:
                self.run(here, first, prefix)  # zero width: allows more, never less
        elif op in (C.ASSERT, C.ASSERT_NOT):
            self.run(here, first, prefix)
        elif op is C.SUBPATTERN:
            _group, add, remove, sub = av
            inner = (icase or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
            self.run(((sub, 0, inner), *here), first, prefix)
        elif op is C.BRANCH:
            for alt in av[1]:
                self.run(((alt, 0, icase), *here), first, prefix)
        elif op in _REPEATS:
            self.repeat(op, av, here, icase, first, prefix)
        elif op is C.IN:
            self.in_class(av, here, first, prefix)
        else:  # any character, a negated literal, a back reference...: the walk stops here
            self.open_end(first, prefix)

    def repeat(self, op, av, here: tuple, icase: bool, first: str | None, prefix: str) -> None:
        lo, hi, sub = av
        if lo == 0:
            self.run(here, first, prefix)
        if hi != 0:
            left = (op, max(lo - 1, 0), hi if hi == C.MAXREPEAT else hi - 1, id(sub))
            again = self.again.setdefault(left, [(op, (left[1], left[2], sub))])
            self.run(((sub, 0, icase), (again, 0, icase), *here), first, prefix)

    def in_class(self, av, here: tuple, first: str | None, prefix: str) -> None:
        members = _class_members(av)
        if members is not None:
            for ch in members:
                self.char(ch, here, first, prefix)
        elif _class_is_space(av):
            self.char(" ", here, first, prefix)
        elif list(av) == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            self.digit(first, prefix)
        else:
            self.open_end(first, prefix)


def starts(pattern: str) -> Starts:
    """How the matches of ``pattern`` (at a word's start) can begin."""
    parsed = P.parse(pattern)
    walk = _Walk()
    walk.run(((parsed, 0, bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE)),), None, "")
    return walk.starts


class Index:
    """The kinds that can begin at each word, in the scanner's order, read from their ``Starts``."""

    def __init__(self, kinds: list[tuple[str, Starts]]) -> None:
        self.order = [kind for kind, _ in kinds]
        self.always = {kind for kind, can in kinds if can.anything}
        self.digit = {kind for kind, can in kinds if can.digit}
        self.words: dict[str, dict[str, Starts | None]] = {}  # word -> kind -> how the next word begins
        self.prefixes: dict[str, set[str]] = {}
        self.symbols: dict[str, set[str]] = {}
        self.next_words: set[str] = set()  # every word any kind spells out after its first
        next_prefixes: set[str] = set()
        for kind, can in kinds:
            for word, then in can.words.items():
                self.words.setdefault(word, {})[kind] = None if then is None or then.anything else then
                if then is not None:
                    self.next_words |= set(then.words)
                    next_prefixes |= then.prefixes
            for table, keys in ((self.prefixes, can.prefixes), (self.symbols, can.symbols)):
                for key in keys:
                    table.setdefault(key, set()).add(kind)
        self.next_prefixes = tuple(sorted(next_prefixes))

    def following_class(self, following: str) -> str:
        """A word that stands for ``following`` in ``kinds``: itself when a kind spells it out (lower
        case), else one word for all the others of its sort (a number, a word outside ASCII,
        any other word), which every kind admits or rejects alike."""
        if not following:
            return ""
        if not following.isascii():
            return "\u0100"
        if following[0].isdigit():
            return "0"
        low = following.lower()
        if low in self.next_words or low.startswith(self.next_prefixes):
            return low
        return "\x00"

    def needs_following(self, token: str) -> bool:
        """Whether the kinds that can begin at ``token`` depend on the word after it."""
        return any(then is not None for then in self.words.get(token.lower(), {}).values())

    def kinds(self, token: str, following: str | None = None) -> tuple[str, ...]:
        """The kinds whose match can begin with ``token`` (a run of ASCII word characters, or one
        other character) followed by the word ``following`` ("" for none, None: not looked at),
        in order: ``Starts.admit`` of each kind, by table look-ups."""
        low = token.lower()
        found = self.always | self.symbols.get(token, set())
        if token[0].isdigit():
            found |= self.digit
        for i in range(1, len(low) + 1):
            found |= self.prefixes.get(low[:i], set())
        for kind, then in self.words.get(low, {}).items():
            if then is None or following is None or (
                    following and (not following.isascii() or then.admit(following))):
                found.add(kind)
        return tuple(kind for kind in self.order if kind in found)
