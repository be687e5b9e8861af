"""Statistics per date block: what weighs a statement is counted over the statements near it in
time, never over the whole corpus.

Word and n-gram idf, blocking's word counts, which capitalised words are names, and how rare a
statement's event day is were counted over the whole corpus, so one added article moved every
pair's score a little and no stored score could be read back exactly. Here a statement is
weighed with the statistics of its *scope*: the statements published on the days from
``REACH_DAYS`` before its article's day to that day (blocking's window, so what a statement
finds was counted with it), in fixed calendar blocks of ``BLOCK_DAYS`` from the proleptic epoch
(an added article never moves a block's edges). A pair's features then depend only on the
statements of the blocks its two scopes cover, and a rebuild after an article is added scores
again only the pairs of the blocks whose scope holds it (``stages/reuse.py``, ``Pairs``).

Statements of undated articles have no block: they are weighed over the whole corpus (every
dated block's statements and theirs), as all statements were before; a dated scope leaves them
out unless it is the whole corpus, so an undated article added to a large corpus moves only the
undated statements' pairs. A scope too small for its counts to mean much grows (``MIN_STATEMENTS``):
a corpus smaller than that is weighed whole, as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TypeVar

BLOCK_DAYS = 1  # a block a calendar day: an article added on the newest day moves that day's block only
REACH_DAYS = 7  # blocking.WINDOW_DAYS (a test holds them equal): the days before whose statements weigh a day's
# A scope holds at least this many statements (or the whole corpus): an idf counted over a few articles
# weighs every word of them alike (MEANTIME, a few articles a month, linked more false pairs with blocks
# of a week alone). A newsroom's day holds more (120 articles of some 30 statements), so there a scope
# is the window and an article added on the newest day moves that day's block only.
MIN_STATEMENTS = 1_000

Block = int | None  # a block's number, None for the undated statements
T = TypeVar("T")


def block_of(day: int | None) -> Block:
    """The block of a publication day (a date ordinal), None for an undated article."""
    return None if day is None else day // BLOCK_DAYS


def scope(block: Block, sizes: Mapping[Block, int]) -> list[Block]:
    """The blocks among those present (``sizes``: each one's statements) whose statements weigh a
    statement of ``block``: those blocking's window reaches (``REACH_DAYS``), and, while they hold fewer
    than ``MIN_STATEMENTS``, the nearest earlier blocks, then the nearest later ones, then the undated."""
    dated = sorted(b for b in sizes if b is not None)
    if block is None:
        return [*dated, None]
    reach = -(-REACH_DAYS // BLOCK_DAYS)
    chosen = [b for b in dated if block - reach <= b <= block]
    total = sum(sizes[b] for b in chosen)
    more = [b for b in reversed(dated) if b < block - reach] + [b for b in dated if b > block]
    for b in [*more, None] if None in sizes else more:
        if total >= MIN_STATEMENTS:
            break
        chosen.append(b)
        total += sizes[b]
    return sorted(chosen, key=lambda b: (b is None, b or 0))


def scoped(per_block: Mapping[Block, T], combine: Callable[[list[T]], object],
           sizes: Mapping[Block, int] | None = None) -> dict[Block, object]:
    """For each block present, ``combine`` of what its scope's blocks hold (``per_block``); ``sizes``:
    each block's statements (by default the first of each value: ``by_block``'s count)."""
    sizes = sizes if sizes is not None else {b: v[0] for b, v in per_block.items()}  # type: ignore[index]
    return {b: combine([per_block[x] for x in scope(b, sizes)]) for b in per_block}


def counts(parts: list[tuple[int, Counter]]) -> tuple[int, Counter]:
    """Documents and document frequencies of some blocks, summed (a ``scoped`` combine)."""
    total: Counter = Counter()
    n = 0
    for k, df in parts:
        n += k
        total.update(df)
    return n, total


def by_block(values: Iterable[tuple[Block, Hashable]]) -> dict[Block, tuple[int, Counter]]:
    """Per block, the number of documents and how many of them hold each term (``values``: a
    block and one document's distinct terms, as an iterable)."""
    out: dict[Block, tuple[int, Counter]] = {}
    for b, terms in values:
        n, df = out.get(b, (0, Counter()))
        df.update(terms)
        out[b] = (n + 1, df)
    return out
