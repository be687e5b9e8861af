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
from collections.abc import Iterable, Sequence


class PairStore:
    """Primed and final scores of pairs ``(i, j)``, ``i < j``, added in increasing order."""

    def __init__(self, n: int):
        self.n = n
        self.begins = array("q")  # where the run of first statement i begins in ``seconds`` (i < len)
        self.seconds = array("i" if n < 2**31 else "q")
        self.firsts = array("d")
        self.finals = array("d")
        self._last = (-1, -1)

    @classmethod
    def planned(cls, n: int, turns: Sequence[Iterable[int]], scored: Sequence[int]) -> PairStore:
        """Room for the pairs of some arrays of codes ``i * n + j`` whose two statements are both
        ``scored`` (1, else 0), their scores 0.0 until ``set``: pairs scored in any order are held
        as if added in increasing order (counted by first statement, each run then sorted)."""
        store = cls(n)
        begins = array("q", bytes(8 * (n + 1)))
        for codes in turns:
            for code in codes:
                i, j = divmod(code, n)
                if scored[i] and scored[j]:
                    begins[i + 1] += 1
        for i in range(n):
            begins[i + 1] += begins[i]
        seconds = array(store.seconds.typecode, bytes(store.seconds.itemsize * begins[n]))
        fill = array("q", begins)
        for codes in turns:
            for code in codes:
                i, j = divmod(code, n)
                if scored[i] and scored[j]:
                    seconds[fill[i]] = j
                    fill[i] += 1
        for i in range(n):
            if begins[i + 1] - begins[i] > 1:
                seconds[begins[i] : begins[i + 1]] = array(seconds.typecode, sorted(seconds[begins[i] : begins[i + 1]]))
        store.begins, store.seconds = begins, seconds
        store.firsts, store.finals = array("d", bytes(8 * len(seconds))), array("d", bytes(8 * len(seconds)))
        store._last = (n, n)  # nothing is added after: ``set`` fills
        return store

    def set(self, i: int, j: int, first: float, final: float) -> None:
        """The scores of a pair ``planned`` for."""
        k = self._find((i, j))
        if k < 0:
            raise ValueError(f"pair ({i}, {j}) not planned for")
        self.firsts[k], self.finals[k] = first, final

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
