"""How often claim matching would make each statement's vectors again, for a vector cache of a given size.

Run: ``.venv/bin/python benchmarks/vector_cache.py --articles 2000 --sizes 60000,80000 [--order article]``

Scoring reads the vectors of both statements of each candidate pair, one article's turn at a time
(``claims._scored``, ``blocking.in_turn``; ``--order article``: the pairs of each first article,
``blocking.by_article``, as before), pairs grouped by their two articles as
``Scores.score_between`` takes them. This replays those reads (statement ids only, no vectors
are made, so it takes blocking's time, not matching's) against caches of statements:

- ``lru``: the least recently read goes (``items.Vectors`` before the read plan);
- ``farthest``: the one whose next read is farthest goes (Belady's rule, the best any cache of that
  size can do; it needs the future, which blocking knows);
- ``planned``: ``items.Vectors``' policy: the tenth read again farthest ahead goes when full
  (``reads.Reads``, at the grain of a turn), the least recently read first among equals;
- ``max in use``: the most statements between their first and last read at once: a cache that
  size never makes a vector twice under ``farthest``.

Printed: admissions a statement (1.0: each statement's vectors made once) and how far apart in
articles the two statements of a pair are. Inputs as ``claims_real.py`` (``synth.write_real``
articles, the stages before claims run once a size and pickled).
"""

from __future__ import annotations

import argparse
import heapq
import sys
from array import array
from collections import OrderedDict, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_real

from generator.stages.claims import blocking
from generator.stages.claims.items import build
from generator.stages.claims.reads import Reads


def reads(n: int, seed: int, order: str = "turn") -> tuple[list[array], int, list[int]]:
    """The statements read, chunk by chunk (an article's turn, ``blocking.in_turn``, or with
    ``order="article"`` the pairs of each first article, ``blocking.by_article``, as scored before),
    pairs grouped by their two articles as ``Scores.score_between`` takes them; the number of
    statements, and each pair's distance in articles."""
    args = claims_real.inputs(n, seed)
    its = build(args[0], args[1], args[3], args[2], args[4])  # match's (articles, statements, entities, overrides, mentions)
    place = {}
    for it in its:
        place.setdefault(it.article.id, len(place))
    if order == "article":
        turns = blocking.by_article(its)
    else:
        turns = ([divmod(c, len(its)) for c in codes] for codes in blocking.in_turn(its))
    chunks, apart = [], []
    for chunk in turns:
        groups: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for i, j in chunk:
            groups[(its[i].article.id, its[j].article.id)].append((i, j))
            apart.append(place[its[j].article.id] - place[its[i].article.id])
        seq = array("i")
        for pairs in groups.values():
            for i, j in pairs:
                seq.extend((i, j))
        chunks.append(seq)
    return chunks, len(its), apart


def planned(chunks: list[array], n: int, size: int) -> int:
    """``items.Vectors``' policy: when full, the tenth read again farthest ahead goes (``reads.Reads``,
    planned at the grain of a chunk), the least recently read first among equals."""
    plan = Reads(n)
    plan.plan([array("q", (i * n + j for i, j in zip(seq[::2], seq[1::2], strict=True))) for seq in chunks])
    cache: dict[int, None] = {}
    made = 0
    for c, seq in enumerate(chunks):
        plan.now = c
        for k in seq:
            if cache.pop(k, 0) is None:
                cache[k] = None
                continue
            made += 1
            if len(cache) >= size:
                for x in heapq.nlargest(size // 10 + 1, cache, key=plan.next):
                    del cache[x]
            cache[k] = None
    return made


def lru(chunks: list[array], size: int) -> int:
    cache: OrderedDict[int, None] = OrderedDict()
    made = 0
    for seq in chunks:
        for k in seq:
            if k in cache:
                cache.move_to_end(k)
            else:
                made += 1
                cache[k] = None
                if len(cache) > size:
                    cache.popitem(last=False)
    return made


def uses(chunks: list[array]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for c, seq in enumerate(chunks):
        for k in sorted(set(seq)):
            found[k].append(c)
    return found


def in_use(used: dict[int, list[int]], chunks: int) -> int:
    starts, ends = [0] * (chunks + 1), [0] * (chunks + 1)
    for u in used.values():
        starts[u[0]] += 1
        ends[u[-1]] += 1
    live = most = 0
    for c in range(chunks):
        live += starts[c]
        most = max(most, live)
        live -= ends[c]
    return most


def farthest(chunks: list[array], used: dict[int, list[int]], size: int) -> int:
    """Belady's rule at the grain of a chunk: a statement's next read is the next chunk reading it;
    a statement read for the last time is dropped."""
    cache: set[int] = set()
    nxt = dict.fromkeys(used, 0)
    heap: list[tuple[int, int]] = []  # (-next chunk, statement), stale entries skipped
    made = 0
    for c, seq in enumerate(chunks):
        for k in seq:
            if k in cache:
                continue
            made += 1
            cache.add(k)
            while len(cache) > size and heap:
                neg, x = heapq.heappop(heap)
                u = used[x]
                if x in cache and nxt[x] < len(u) and u[nxt[x]] == -neg and -neg > c:
                    cache.discard(x)
        for k in set(seq):
            u = used[k]
            while nxt[k] < len(u) and u[nxt[k]] <= c:
                nxt[k] += 1
            if nxt[k] >= len(u):
                cache.discard(k)
            else:
                heapq.heappush(heap, (-u[nxt[k]], k))
    return made


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sizes", default="40000,60000,80000")
    ap.add_argument("--order", choices=("turn", "article"), default="turn")
    ap.add_argument("--policies", default="lru,farthest,planned")
    a = ap.parse_args()
    chunks, n, apart = reads(a.articles, a.seed, a.order)
    apart.sort()
    quart = [apart[int(q * (len(apart) - 1))] for q in (0.5, 0.9, 0.99)]
    print(f"{a.articles} articles, {n} statements, {len(apart)} pairs; articles apart in a pair: "
          f"median {quart[0]}, 90 % {quart[1]}, 99 % {quart[2]}, most {apart[-1]}")  # fmt: skip
    used = uses(chunks)
    print(f"max in use: {in_use(used, len(chunks))} statements")
    policies = {"lru": lambda size: lru(chunks, size), "farthest": lambda size: farthest(chunks, used, size),
                "planned": lambda size: planned(chunks, n, size)}  # fmt: skip
    for size in (int(s) for s in a.sizes.split(",")):
        print(f"order {a.order}, cache of {size}: admissions a statement, "
              + ", ".join(f"{p} {policies[p](size) / n:.2f}" for p in a.policies.split(",")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
