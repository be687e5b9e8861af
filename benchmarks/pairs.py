"""Where each gold pair is lost: never a candidate (blocking), scored below the link, or linked and
still put in two claims (clustering). A diagnostic for choosing what to work on, not a score.

    .venv/bin/python -m benchmarks.pairs [--show CLASS]

A gold pair: two body statements of two articles that carry one gold claim (``gold.pair_label``).
Each is counted in one class, with the committed models:

- ``together``: some claim holds both (scored, or joined through a third statement);
- ``linked_apart``: scored at least ``Model.link``, yet in two claims (a better link took one of
  them, or the two claims did not agree: ``clustering``);
- ``below``: a candidate scored below the link;
- ``not_proposed``: never scored, split by why (``_why_not``): ``far`` (no anchors within
  ``blocking.WINDOW_DAYS``) or ``near``, and ``noword`` (no rare word of one is in the other),
  ``common`` (those shared are too common to look up) or ``topk`` (others shared more).

``--show CLASS`` lists that class's pairs with their primed and final scores.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from collections.abc import Iterator

from benchmarks import gold
from generator.stages import claims
from generator.stages.claims import background, blocking, clustering, scorer
from generator.stages.claims.items import Item, Vectors, word_idf
from generator.stages.claims.items import build as build_items

CLASSES = ("together", "linked_apart", "below", "not_proposed")


def gold_pairs(p: gold.Prepared) -> Iterator[tuple[str, float, float, Item, Item]]:
    """``(class, primed, final, a, b)`` of each gold pair of the corpus (scores -1 when not scored)."""
    items = build_items(p.articles, p.stmts, p.corpus.overrides, p.ents, p.mentions)
    background.mark(items, background.MODEL)
    idf = word_idf(items)
    scores = clustering.Scores(items, Vectors(items, idf), idf, scorer.MODEL)
    proposed = set(blocking.candidates(items))
    scores.prime(sorted(proposed))
    found = claims.match(p.articles, p.stmts, p.ents, p.corpus.overrides, p.mentions)
    where: dict[str, set[str]] = {}
    for c in found:
        for sid in c.statements:
            where.setdefault(sid, set()).add(c.id)
    why = _why_not(items)
    bodies = [it for it in items if it.stmt.kind != "headline"]
    for a, b in itertools.combinations(bodies, 2):
        if a.article.id == b.article.id or gold.pair_label(p, a.stmt.id, b.stmt.id) != 1:
            continue
        key = (a.index, b.index)
        primed, final = (scores.primed.get(key, 0.0), scores(*key)) if key in proposed else (-1.0, -1.0)
        if where.get(a.stmt.id, set()) & where.get(b.stmt.id, set()):
            kind = "together"  # a link of each to a third statement may have joined them
        elif key not in proposed:
            kind = f"not_proposed/{why(a, b)}"
        else:
            kind = "linked_apart" if final >= scorer.MODEL.link else "below"
        yield kind, primed, final, a, b


def _why_not(items: list[Item]):
    """Why blocking did not propose a pair: how far apart its anchors are, and what words they share."""
    df: Counter = Counter()
    for it in items:
        df.update(set(it.words))

    def rarest(it: Item) -> set[str]:
        return set(sorted(set(it.words), key=lambda t: (df[t], t))[: blocking.LOOKUP_WORDS])

    def why(a: Item, b: Item) -> str:
        gaps = [abs(x - y) for x in blocking._anchors(a) for y in blocking._anchors(b)]
        far = "far" if not gaps or min(gaps) > blocking.WINDOW_DAYS else "near"
        shared = (rarest(a) & set(b.words)) | (rarest(b) & set(a.words))
        if not shared:
            return f"{far}/noword"
        return f"{far}/common" if all(df[t] > blocking.MAX_POSTINGS for t in shared) else f"{far}/topk"

    return why


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", choices=CLASSES, help="list the pairs of this class")
    args = ap.parse_args()
    found = gold.corpora()
    if not found:
        raise SystemExit(f"needs the gold corpora in {gold.SHARED} (set CLAIMLINE_SHARED)")
    for corpus in found:
        p = gold.prepare(*corpus)
        rows = list(gold_pairs(p))
        count = Counter(kind.split("/")[0] for kind, *_ in rows)
        blocked = Counter(kind.split("/", 1)[1] for kind, *_ in rows if "/" in kind)
        print(
            f"{p.name}: {len(rows)} gold pairs: "
            + ", ".join(f"{k} {count[k]}" for k in CLASSES)
            + (f" (not proposed: {', '.join(f'{k} {n}' for k, n in sorted(blocked.items()))})" if blocked else "")
        )
        for kind, primed, final, a, b in sorted(rows, key=lambda r: (r[0], -r[2])):
            if args.show and kind.split("/")[0] == args.show:
                print(
                    f"  {kind} primed {primed:.2f} final {final:.2f}\n    {a.stmt.text[:110]}\n    {b.stmt.text[:110]}"
                )


if __name__ == "__main__":
    main()
