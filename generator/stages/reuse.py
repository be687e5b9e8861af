"""The cross-article stages' results, reused while every input they read is the same.

Claim matching reads the whole corpus (its word weights are corpus-wide), so no part of it can
be kept when one article changes; but a rebuild with nothing changed (a CI run on a push that
touched no article, ``serve`` reloading on a theme edit) gives it the very same inputs, and
then its result is the one stored. The key is a digest of the inputs themselves (articles,
statements, entities, mentions, overrides), not of what they were made from, plus the code
fingerprint of the per-article cache (claimline's version, the code of the stages, the
libraries, Python): so a result is read only for inputs equal, value for value, to those it
was made from, whatever made them (the per-article cache or a fresh extraction, an earlier
build's ids kept or not). The digest is of a pickle stream with the pickler's memo off
(``fast``), so it depends on values, never on which objects happen to be shared. Stored
values are JSON (``stored.encode_claims``), never pickles: reading the cache runs no code.

One row per call of a stage in the last build is kept (``ArticleCache.store_results``). When the
inputs differ (an article added), claim matching still reads back the scores of every pair of
date blocks whose inputs are the same (``Pairs``, ``claims.byblock``): stage ``pairs``, a row a
block pair, its value the scores' 8-byte floats; stage ``repeats``, a row a block, its repeated
statements' ids (JSON); stage ``fields``, a row an article, what its texts give (``claims.fields``).
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path

from generator.cache import ArticleCache
from generator.model import Claim
from generator.stages.extract import code_print
from generator.stages.stored import decode_claims, encode_claims


class _Digest:
    """A file-like sink for the pickler that hashes what it is given."""

    def __init__(self) -> None:
        self.hash = hashlib.sha256()

    def write(self, data) -> int:
        self.hash.update(data)
        return len(data)


def digest(*inputs: object) -> str:
    """A digest of ``inputs`` by value (and of the code that reads them)."""
    sink = _Digest()
    sink.hash.update(code_print().encode("ascii"))
    pickler = pickle.Pickler(sink, protocol=5)
    pickler.fast = True  # no memo: equal values give equal bytes, shared objects or not
    pickler.dump(inputs)
    return sink.hash.hexdigest()


class Results:
    """Results of the cross-article stages by the digest of their inputs, for one run.

    ``cache`` None: nothing is read or stored (every call computes). ``hits`` and ``misses``
    count the calls, for benchmarks and tests."""

    def __init__(self, cache: Path | None):
        self.folder = cache
        self.kept: dict[str, dict[str, bytes]] = {}  # stage -> key -> value, to store at the end
        self.hits = 0
        self.misses = 0
        self.pairs = Pairs(self)
        self._store: ArticleCache | None = None

    def claims(self, match: Callable[..., list[Claim]], *inputs: object) -> list[Claim]:
        """``match(*inputs)``, or what it gave for equal inputs in the last build."""
        if self.folder is None:
            return match(*inputs)
        key = digest("claims", *inputs)
        blob = self._open().result("claims", key)
        if blob is not None:
            try:
                found = decode_claims(blob)
            except ValueError:
                found = None  # a damaged row: made again
            if found is not None:
                self.hits += 1
                self.kept.setdefault("claims", {})[key] = blob
                return found
        self.misses += 1
        found = match(*inputs, kept=self.pairs)
        self.kept.setdefault("claims", {})[key] = encode_claims(found)
        return found

    def _open(self) -> ArticleCache:
        if self._store is None:
            assert self.folder is not None
            self._store = ArticleCache(self.folder)
        return self._store

    def close(self, keep: bool = True) -> None:
        """Store this run's results (and only them) when ``keep``, and close the file."""
        if self.folder is None:
            return
        if keep:
            store = self._open()
            for stage, rows in self.kept.items():
                store.store_results(stage, rows)
        if self._store is not None:
            self._store.close()
            self._store = None


class Pairs:
    """The scores of claim matching's block pairs (``claims.byblock.Kept``), in ``results``: those
    read or scored in this run are stored at its end, and only they; a run that matched nothing
    (its claims read back whole) leaves the stored ones as they are. So are, as stages of their own,
    each block's repeats and what each article's texts give (``claims.fields``)."""

    def __init__(self, results: Results):
        self.results = results
        self.read_back = 0  # block pairs read
        self.scored = 0  # ... and not found
        self.rows: dict[str, list[int]] = {}  # stage other than "pairs" -> [rows read, rows made]

    def digest(self, *inputs: object) -> str:
        return digest(*inputs)

    def read(self, key: str, stage: str = "pairs") -> bytes | None:
        found = self.results._open().result(stage, key)
        if stage != "pairs":
            self.rows.setdefault(stage, [0, 0])[found is None] += 1
        elif found is None:
            self.scored += 1
        else:
            self.read_back += 1
        return found

    def keep(self, key: str, value: bytes, stage: str = "pairs") -> None:
        self.results.kept.setdefault(stage, {})[key] = value
