"""The scores of each pair of date blocks, read back from the last build when its inputs are the same.

A pair's scores read only the statistics of its two statements' blocks (``blocks``), the two
statements, those around them in their articles and the candidate pairs between their two
articles (``Scores.context``), all of which lie in the pair's two blocks. So the scores of every
candidate pair between two blocks are a function of: the items of the two blocks (every field
scoring reads), the words of the blocks their scopes reach (the idf), the candidate pairs
between them, the model and the code. Their digest by value keys the stored scores (``Kept``:
``stages/reuse.py``'s ``results`` table); a rebuild reads every block pair whose digest is
unchanged, scores the rest, and clusters all again: its output is that of a build without
cache, since both compute the same statistics and the same floats (stored as their 8 bytes).
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from generator.stages.claims import blocking, blocks
from generator.stages.claims.clustering import DUPLICATE, Scores
from generator.stages.claims.items import Item


class Kept(Protocol):
    """Where block pairs' scores are kept between builds (``reuse.Results.pairs``), and, by ``stage``,
    the repeats of each block and what articles' texts give (``fields``)."""

    def digest(self, *inputs: object) -> str: ...

    def read(self, key: str, stage: str = "pairs") -> bytes | None: ...

    def keep(self, key: str, value: bytes, stage: str = "pairs") -> None: ...


REPEATS = "repeats"  # the stage of a block's repeats in the cache's ``results`` table


def _order(b: blocks.Block) -> tuple[bool, int]:
    return (b is None, b or 0)


def _fields(it: Item) -> tuple:
    """What scoring reads of a statement; sets as sorted tuples (a set's order is not its value)."""
    return (it.stmt, it.article.id, it.article.source, it.day, it.words, sorted(it.names), sorted(it.people),
            sorted(it.entities), sorted(it.speaker_words), it.told, it.dated, it.negated, it.future, it.background,
            it.rarity)  # fmt: skip


def block_keys(items: Sequence[Item], kept: Kept) -> dict[blocks.Block, str]:
    """Each block's digest: its statements' fields and the words of every block its scope reaches."""
    members: dict[blocks.Block, list[Item]] = defaultdict(list)
    for it in items:
        members[blocks.block_of(it.day)].append(it)
    words = {b: kept.digest("words", [it.words for it in its]) for b, its in members.items()}
    sizes = {b: len(its) for b, its in members.items()}
    return {b: kept.digest("block", [_fields(it) for it in its], [words[x] for x in blocks.scope(b, sizes)])
            for b, its in members.items()}  # fmt: skip


class ByBlock:
    """The candidate pairs of one run by pair of blocks, and in it by pair of articles: an article
    pair's scores are read back when its blocks' digests and its own candidate pairs are unchanged
    (blocking's corpus-wide index of timeless statements may give an article pair other candidates
    when an article is added elsewhere: only that article pair is scored again), else scored; every
    block pair's row is kept again whole."""

    def __init__(self, items: Sequence[Item], kept: Kept, model: object):
        self.items, self.kept, self.model = items, kept, model
        self.rows: dict[str, list[tuple[str, str, str, array]]] = {}  # block pair -> its article pairs
        self.read = 0  # pairs read back
        self._keys: dict[blocks.Block, str] | None = None

    @property
    def keys(self) -> dict[blocks.Block, str]:
        """Each block's digest (``block_keys``), made once a run."""
        if self._keys is None:
            self._keys = block_keys(self.items, self.kept)
        return self._keys

    def repeats(self, p: Scores) -> list[tuple[int, int]]:
        """``repeats`` of every block, read back for a block whose digest is the same (a repeat's score
        reads only its article and its block's statistics), else found; kept again, block by block."""
        members: dict[blocks.Block, list[Item]] = defaultdict(list)
        for it in self.items:
            members[blocks.block_of(it.day)].append(it)
        out = []
        for b, its in members.items():
            key = self.kept.digest(REPEATS, self.keys[b])
            found = _repeats_read(self.kept.read(key, REPEATS), its)
            if found is None:
                found = repeats(self.items, p, its)
            self.kept.keep(key, json.dumps([(self.items[i].stmt.id, self.items[j].stmt.id) for i, j in found],
                                           separators=(",", ":")).encode("utf-8"), REPEATS)  # fmt: skip
            out += found
        return sorted(out, key=lambda x: (x[1], x[0]))  # the order of ``blocking.repeat_candidates``

    def read_back(self, turns: list[array], scored: bytes, p: Scores) -> list[tuple[float, int, int]]:
        """Set the stored scores of every article pair read back (``p.store``, the articles' links
        ``p.links``) and take its pairs out of ``turns``; returned: their links."""
        items, n = self.items, len(self.items)
        block = [blocks.block_of(it.day) for it in items]
        rank = {b: k for k, b in enumerate(sorted(set(block), key=_order))}
        place = [rank[b] for b in block]
        groups: dict[tuple, dict[tuple[str, str], array]] = defaultdict(dict)
        for codes in turns:
            for code in codes:
                i, j = divmod(code, n)
                if scored[i] and scored[j]:
                    ab = (block[i], block[j]) if place[i] <= place[j] else (block[j], block[i])
                    groups[ab].setdefault(p.article_pair(i, j), array("q")).append(code)
        keys = self.keys
        links, done = [], set()  # done: the pairs read back
        for (a, b), pairs in sorted(groups.items(), key=lambda g: (rank[g[0][0]], rank[g[0][1]])):
            key = self.kept.digest("pairs", self.model, keys[a], keys[b])
            stored = _decode(self.kept.read(key))
            row = self.rows[key] = []
            for ab in sorted(pairs):
                codes = array("q", sorted(pairs[ab]))
                which = _which(items, codes, n)
                scores = stored.get((*ab, which))
                row.append((*ab, which, codes))
                if scores is None or len(scores) != 2 * len(codes):
                    continue
                for k, code in enumerate(codes):
                    i, j = divmod(code, n)
                    first, final = scores[k], scores[len(codes) + k]
                    p.store.set(i, j, first, final)
                    if first >= p.model.link:
                        p.links[ab] += 1
                    if final >= p.model.link:
                        links.append((final, i, j))
                done.update(codes)
                self.read += len(codes)
        if done:
            for c, codes in enumerate(turns):
                turns[c] = array("q", (code for code in codes if code not in done))
        return links

    def keep_scored(self, p: Scores) -> None:
        """Keep every block pair's row: its article pairs' scores, read or scored in this run (once all
        are in ``p.store``)."""
        n = len(self.items)
        for key, row in self.rows.items():
            head, scores = [], array("d")
            for a, b, which, codes in row:
                pairs = [divmod(code, n) for code in codes]
                head.append([a, b, which, len(codes)])
                scores.extend(p.store.get(pair, 0.0) for pair in pairs)
                scores.extend(p.store.final(pair) for pair in pairs)
            self.kept.keep(key, json.dumps(head, separators=(",", ":")).encode("utf-8") + b"\n" + scores.tobytes())


def repeats(items: Sequence[Item], p: Scores, among: Iterable[Item] | None = None) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of one article's statements that say one claim twice (``Scores.same`` at least
    ``clustering.DUPLICATE``: ``blocking.repeat_candidates``), of the items ``among`` (by default all)."""
    return [(i, j) for i, j in blocking.repeat_candidates(items, p.idf, among) if p.same(i, j) >= DUPLICATE]


def _repeats_read(blob: bytes | None, its: Sequence[Item]) -> list[tuple[int, int]] | None:
    """A block's repeats as stored (pairs of statement ids), None when there is no such row or it
    cannot be read (found again)."""
    if not blob:
        return None
    where = {it.stmt.id: it.index for it in its}
    try:
        return [(where[a], where[b]) for a, b in json.loads(blob)]
    except (ValueError, TypeError, KeyError):
        return None


def _which(items: Sequence[Item], codes: array, n: int) -> str:
    """The digest of an article pair's candidate pairs (``codes``, sorted): their statements' ids."""
    h = hashlib.sha256()
    for code in codes:
        i, j = divmod(code, n)
        h.update(f"{items[i].stmt.id}\0{items[j].stmt.id}\0".encode())
    return h.hexdigest()


def _decode(blob: bytes | None) -> dict[tuple[str, str, str], array]:
    """A block pair's row: (article, article, candidates' digest) -> the pairs' primed then final
    scores. A row that cannot be read is no row (its pairs are scored again)."""
    if not blob:
        return {}
    head, _, body = blob.partition(b"\n")
    try:
        groups = json.loads(head)
        scores = array("d")
        scores.frombytes(body)
    except ValueError:
        return {}
    out, at = {}, 0
    for group in groups:
        if not (isinstance(group, list) and len(group) == 4 and isinstance(group[3], int)):
            return {}
        a, b, which, count = group
        out[(a, b, which)] = scores[at : at + 2 * count]
        at += 2 * count
    return out if at == len(scores) else {}
