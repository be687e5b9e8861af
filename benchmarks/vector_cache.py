"""How often claim matching would make each statement's vectors again, for a vector cache of a given size.

Run: ``.venv/bin/python benchmarks/vector_cache.py --articles 2000 --sizes 60000,80000,100000``

Scoring reads the vectors of both statements of each candidate pair, one article's pairs at a time
(``claims._scored``, ``blocking.by_article``'s order, pairs grouped by the later article as
``Scores.score_between`` takes them). This replays those reads (statement ids only, no vectors
are made, so it takes blocking's time, not matching's) against caches of statements:

- ``lru``: ``items.Vectors``' policy, the least recently read goes;
- ``farthest``: the one whose next read is farthest goes (Belady's rule, the best any cache of that
  size can do; it needs the future, which blocking knows);
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


def reads(n: int, seed: int) -> tuple[list[array], int, list[int]]:
    """The statements read, chunk by chunk (an article's pairs), the number of statements, and
    each pair's distance in articles."""
    args = claims_real.inputs(n, seed)
    its = build(args[0], args[1], args[3], args[2], args[4])  # match's (articles, statements, entities, overrides, mentions)
    place = {}
    for it in its:
        place.setdefault(it.article.id, len(place))
    chunks, apart = [], []
    for chunk in blocking.by_article(its):
        groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, j in chunk:
            groups[its[j].article.id].append((i, j))
            apart.append(place[its[j].article.id] - place[its[i].article.id])
        seq = array("i")
        for pairs in groups.values():
            for i, j in pairs:
                seq.extend((i, j))
        chunks.append(seq)
    return chunks, len(its), apart


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
    a = ap.parse_args()
    chunks, n, apart = reads(a.articles, a.seed)
    apart.sort()
    quart = [apart[int(q * (len(apart) - 1))] for q in (0.5, 0.9, 0.99)]
    print(f"{a.articles} articles, {n} statements, {len(apart)} pairs; articles apart in a pair: "
          f"median {quart[0]}, 90 % {quart[1]}, 99 % {quart[2]}, most {apart[-1]}")  # fmt: skip
    used = uses(chunks)
    print(f"max in use: {in_use(used, len(chunks))} statements")
    for size in (int(s) for s in a.sizes.split(",")):
        print(f"cache of {size}: admissions a statement, lru {lru(chunks, size) / n:.2f}, "
              f"farthest {farthest(chunks, used, size) / n:.2f}", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
