"""The scores of every scored pair, held compactly for the rest of the run.

Matching scores some 33 candidate pairs a statement (``blocking``), millions in a large corpus,
and reads a few of them again after (``clustering``, ``shared``): the primed score that the
context of an unscored pair reads, and the final score. As dicts of tuples that was about 300
bytes a pair; here the pairs of each first statement ``i`` are a run of second statements ``j``
(4 bytes each, sorted) in one array, found by where ``i``'s run begins (8 bytes a statement) and
bisection in it, beside the two scores (8 bytes each, the same floats): 20 bytes a pair.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable


class PairStore:
    """Primed and final scores of pairs ``(i, j)``, ``i < j``, added in increasing order."""

    def __init__(self, n: int):
        self.n = n
        self.begins = array("q")  # where the run of first statement i begins in ``seconds`` (i < len)
        self.seconds = array("i" if n < 2**31 else "q")
        self.firsts = array("d")
        self.finals = array("d")
        self._last = (-1, -1)

    def __len__(self) -> int:
        return len(self.seconds)

    def extend(self, scored: Iterable[tuple[int, int, float, float]]) -> None:
        """``(i, j, primed, final)`` of pairs that come after every pair already held."""
        for i, j, first, final in scored:
            if (i, j) <= self._last or not 0 <= i < j < self.n:
                raise ValueError(f"pair ({i}, {j}) added out of order")
            self._last = (i, j)
            while len(self.begins) <= i:
                self.begins.append(len(self.seconds))
            self.seconds.append(j)
            self.firsts.append(first)
            self.finals.append(final)

    def _find(self, key: tuple[int, int]) -> int:
        i, j = key
        if not 0 <= i < len(self.begins):
            return -1
        lo = self.begins[i]
        hi = self.begins[i + 1] if i + 1 < len(self.begins) else len(self.seconds)
        k = bisect_left(self.seconds, j, lo, hi)
        return k if k < hi and self.seconds[k] == j else -1

    def get(self, key: tuple[int, int], default: float | None = None) -> float | None:
        """The primed score of a held pair (a mapping's ``get``, as ``Scores.context`` reads it)."""
        k = self._find(key)
        return self.firsts[k] if k >= 0 else default

    def final(self, key: tuple[int, int]) -> float | None:
        """The final score of a held pair, None for a pair not held."""
        k = self._find(key)
        return self.finals[k] if k >= 0 else None
