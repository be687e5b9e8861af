"""The scores of every scored pair, held compactly for the rest of the run.

Matching scores some 28 candidate pairs a statement (``blocking``), millions in a large corpus,
and reads a few of them again after (``clustering``, ``shared``): the primed score that the
context of an unscored pair reads, and the final score. As dicts of tuples that was about 300
bytes a pair; here a pair is one 8-byte code (``i * n + j``) in a sorted array beside its two
scores (8 bytes each, the same floats), found again by bisection.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable


class PairStore:
    """Primed and final scores of pairs ``(i, j)``, ``i < j``, added in increasing order."""

    def __init__(self, n: int):
        self.n = n
        self.codes = array("q")
        self.firsts = array("d")
        self.finals = array("d")

    def __len__(self) -> int:
        return len(self.codes)

    def extend(self, scored: Iterable[tuple[int, int, float, float]]) -> None:
        """``(i, j, primed, final)`` of pairs that come after every pair already held."""
        for i, j, first, final in scored:
            code = i * self.n + j
            if self.codes and code <= self.codes[-1]:
                raise ValueError(f"pair ({i}, {j}) added out of order")
            self.codes.append(code)
            self.firsts.append(first)
            self.finals.append(final)

    def _find(self, key: tuple[int, int]) -> int:
        code = key[0] * self.n + key[1]
        k = bisect_left(self.codes, code)
        return k if k < len(self.codes) and self.codes[k] == code else -1

    def get(self, key: tuple[int, int], default: float | None = None) -> float | None:
        """The primed score of a held pair (a mapping's ``get``, as ``Scores.context`` reads it)."""
        k = self._find(key)
        return self.firsts[k] if k >= 0 else default

    def final(self, key: tuple[int, int]) -> float | None:
        """The final score of a held pair, None for a pair not held."""
        k = self._find(key)
        return self.finals[k] if k >= 0 else None
