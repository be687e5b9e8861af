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

import json
from array import array
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from generator.stages.claims import blocks
from generator.stages.claims.clustering import Scores
from generator.stages.claims.items import Item


class Kept(Protocol):
    """Where block pairs' scores are kept between builds (``reuse.Results.pairs``)."""

    def digest(self, *inputs: object) -> str: ...

    def read(self, key: str) -> bytes | None: ...

    def keep(self, key: str, value: bytes) -> None: ...


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

    def read_back(self, turns: list[array], scored: bytes, p: Scores) -> list[tuple[float, int, int]]:
        """Set the stored scores of every article pair read back (``p.store``, the articles' links
        ``p.links``) and take its pairs out of ``turns``; returned: their links."""
        items, n = self.items, len(self.items)
        groups: dict[tuple, dict[tuple[str, str], array]] = defaultdict(dict)
        for codes in turns:
            for code in codes:
                i, j = divmod(code, n)
                if scored[i] and scored[j]:
                    a, b = sorted((blocks.block_of(items[i].day), blocks.block_of(items[j].day)), key=_order)
                    groups[(a, b)].setdefault(p.article_pair(i, j), array("q")).append(code)
        keys = block_keys(items, self.kept)
        links, done = [], set()  # done: the article pairs read back
        for (a, b), pairs in sorted(groups.items(), key=lambda g: (_order(g[0][0]), _order(g[0][1]))):
            key = self.kept.digest("pairs", self.model, keys[a], keys[b])
            stored = _decode(self.kept.read(key))
            row = self.rows[key] = []
            for ab in sorted(pairs):
                codes = array("q", sorted(pairs[ab]))
                which = self.kept.digest([(items[c // n].stmt.id, items[c % n].stmt.id) for c in codes])
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
                done.add(ab)
                self.read += len(codes)
        if done:
            for c, codes in enumerate(turns):
                turns[c] = array("q", (code for code in codes if not self._read(code, scored, done, p)))
        return links

    def _read(self, code: int, scored: bytes, done: set[tuple[str, str]], p: Scores) -> bool:
        i, j = divmod(code, len(self.items))
        return bool(scored[i] and scored[j]) and p.article_pair(i, j) in done

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
