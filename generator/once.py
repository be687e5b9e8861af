"""Values held once: equal numbers and equal records shared rather than copied.

A corpus of thousands of articles holds hundreds of thousands of statements, each with its
offsets, dates and names, for the whole build (claim matching and the pages read them). An
``int`` above 256 is an object of its own (28 bytes) each time one is made (by JSON decoding,
by an addition), so every offset of every statement, segment, date and name was one; equal
dates of one article (the publication date its undated statements inherit, a date mention and
the event date that points at it) were one object each. Shared, each costs a pointer. Safe
because all of them are immutable and nothing here compares them by identity.
"""

from __future__ import annotations

from typing import TypeVar

LIMIT = 1 << 16  # offsets into an article's body: a table of at most this many numbers (a few MB)
_NUMBERS: dict[int, int] = {}
_T = TypeVar("_T")


def number(value: int) -> int:
    """``value``, as the one object of its value (for offsets, not for numbers without bound)."""
    if 256 < value < LIMIT:
        return _NUMBERS.setdefault(value, value)
    return value


def shared(value: _T, held: dict) -> _T:
    """``value``, or the equal one ``held`` holds already (then ``value`` is dropped)."""
    return held.setdefault(value, value)
