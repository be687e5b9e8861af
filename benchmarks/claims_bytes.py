"""What claim matching holds, by the end of scoring: a vector cache entry by kind, an item by field,
the pair store a statement.

Run: ``.venv/bin/python benchmarks/claims_bytes.py --articles 100``

The inputs are ``claims_real.py``'s (the stages before claims run once a size, pickled). Sizes are
objects walked (``sys.getsizeof``, each object counted once, where first reached), not tracemalloc:
the words' strings are not counted (the corpus's vocabulary, held once by the stemmer's cache). At
100 articles every statement is cached, so an entry's bytes are those of a full cache's entries.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_real import inputs

from generator.stages import claims

KINDS = ("words", "clauses", "grams", "plain", "window", "facts")  # items.WORDS ... items.FACTS
FIELDS = ("words", "names", "people", "entities", "speaker_words", "told", "dated", "rarity", "background",
          "_numbers", "_plain", "_counted", "_clauses")  # fmt: skip


def deep(o, seen: set) -> int:
    """Bytes of ``o`` and what it holds (containers and slotted objects), strings left out."""
    if o is None or id(o) in seen or isinstance(o, str):
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(deep(x, seen) for x in o.values())
    elif isinstance(o, (list, tuple, set, frozenset)):
        size += sum(deep(x, seen) for x in o)
    elif hasattr(o, "__slots__"):
        size += sum(deep(getattr(o, f, None), seen) for f in o.__slots__)
    return size


def sizes(items, p) -> dict:
    entry = dict.fromkeys(("list", *KINDS), 0)
    for vectors in p.vectors.cache.values():
        seen: set = set()
        entry["list"] += sys.getsizeof(vectors)
        for kind, vec in zip(KINDS, vectors, strict=True):
            entry[kind] += deep(vec, seen)
    cached = max(1, len(p.vectors.cache))
    item = dict.fromkeys(("object", "index", *FIELDS), 0)
    seen = set()
    for it in items:
        item["object"] += sys.getsizeof(it)
        item["index"] += sys.getsizeof(it.index) if it.index > 256 else 0
        for f in FIELDS:
            item[f] += deep(getattr(it, f), seen)
    s = p.store
    store = sum(sys.getsizeof(a) for a in (s.begins, s.seconds, s.firsts, s.finals))
    return {"cache entries": len(p.vectors.cache),
            "bytes a cache entry": {k: round(v / cached) for k, v in entry.items()} | {
                "all": round(sum(entry.values()) / cached)},
            "bytes an item (the _ fields: of cached statements, by all items)": {
                k: round(v / len(items), 1) for k, v in item.items()} | {"all": round(sum(item.values()) / len(items))},
            "pairs": len(s), "pair store bytes a statement": round(store / len(items), 1),
            "hot dicts": len(p.vectors.hot), "hot bytes": sum(deep(d, set()) for d in p.vectors.hot.values())}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    found: dict = {}
    scored = claims._scored

    def sized(items, p, split):
        out = scored(items, p, split)
        found.update(sizes(items, p))
        return out

    claims._scored = sized
    claims.match(*inputs(a.articles, a.seed))
    for key, value in found.items():
        print(f"{key}: {json.dumps(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
