"""When each statement's vectors are next read while pairs are scored: what the vector cache drops.

Blocking finds every candidate pair before the first is scored, and pairs are scored one article's
turn at a time (``blocking.in_turn``). So the turns that read each statement are known in advance,
and a full cache can drop the statements read again farthest ahead (Belady's rule) instead of the
least recently read. That matters because the statements in use are not only blocking's window:
the corpus-wide index of timeless statements (``blocking``) pairs a few statements with statements
of every day, and a least-recently-read cache drops those between two of their reads once the
corpus outgrows it (``benchmarks/vector_cache.py``).

Held as two arrays: where each statement's turns begin (8 bytes a statement) and the turns, in
order (2 bytes a turn that reads a statement up to 65,536 turns, else 4: fewer than two a candidate
pair).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence

NEVER = 2**31 - 1  # the next read of a statement that is not read again while pairs are scored


class Reads:
    """The turns reading each statement, and the turn being scored (``now``)."""

    def __init__(self, n: int):
        self.n = n
        self.now = 0
        self.starts = array("q", bytes(8 * (n + 1)))
        self.turns = array("i")

    def plan(self, turns: Sequence[Iterable[int]]) -> None:
        """The candidate pairs of each turn, in scoring order, as codes ``i * n + j``."""
        n, starts = self.n, self.starts
        for codes in turns:
            for k in _read(codes, n):
                starts[k + 1] += 1
        for k in range(n):
            starts[k + 1] += starts[k]
        code = "H" if len(turns) <= 2**16 else "i"  # 2 bytes a read up to 65,536 turns (articles)
        self.turns = array(code, bytes(array(code).itemsize * starts[n]))
        fill = array("q", starts)
        for c, codes in enumerate(turns):
            for k in _read(codes, n):
                self.turns[fill[k]] = c
                fill[k] += 1

    def next(self, k: int) -> int:
        """The first turn from ``now`` on that reads statement ``k``; ``NEVER`` when none does."""
        hi = self.starts[k + 1]
        x = bisect_left(self.turns, self.now, self.starts[k], hi)
        return self.turns[x] if x < hi else NEVER


def _read(codes: Iterable[int], n: int) -> set[int]:
    """The statements of some pairs (codes ``i * n + j``)."""
    found = set()
    for code in codes:
        found.update(divmod(code, n))
    return found
