"""The same claim across outlets: statements that say the same thing become one Claim.

How, one module a step:

1. ``items``: each statement that can carry a claim, with its content words, names,
   entities, figures, days and speaker; ``background`` says how surely it is background.
2. ``blocking``: the pairs worth scoring, never all pairs (cost grows with the corpus).
3. ``features`` and ``scorer``: a probability that two statements report one claim, from
   signals weighed by a model fitted on gold (``benchmarks/fit.py``), not by hand.
4. ``clustering``: claims from the links, best first, joined only when they agree.
5. ``headlines``: a headline joins a claim its own text does not carry.
6. ``halves``, ``clauses`` and ``shared``: a sentence of two claims stands in each (a claim of its
   own when no other outlet says its other half); ``clauses`` reads it clause by clause, so a
   clause another outlet reports links it where the whole sentence does not.
7. ``build``: the ``Claim`` (text, outlets, flags, date); editor overrides win.
8. ``sentences``: a claim whose text is a clause cut from its sentence gets its subject back.

Events (``stages.events``) then group claims into happenings.
"""

from __future__ import annotations

import gc
from array import array
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import repeat

from generator.model import Article, Claim, Entity, Mention, Overrides, Statement
from generator.stages.claims import (
    background,
    blocking,
    build,
    clauses,
    clustering,
    halves,
    headlines,
    sentences,
    shared,
)
from generator.stages.claims.build import claim_id
from generator.stages.claims.byblock import ByBlock, Kept, repeats
from generator.stages.claims.items import Item, Vectors, article_order, word_idf
from generator.stages.claims.items import build as build_items
from generator.stages.claims.reads import Reads
from generator.stages.claims.scorer import MODEL, Model
from generator.stages.claims.store import PairStore

__all__ = ["article_order", "claim_id", "match"]


def match(
    articles: Sequence[Article],
    stmts_by_article: Mapping[str, Sequence[Statement]],
    entities: Sequence[Entity],
    overrides: Overrides,
    mentions: Sequence[Mention] = (),
    model: Model = MODEL,
    background_model: background.Model = background.MODEL,
    kept: Kept | None = None,
) -> list[Claim]:
    """Every reportable statement, grouped into claims across outlets (see the module doc); ``kept``:
    where the scores of each pair of date blocks are kept between builds (``byblock``)."""
    with _uncollected():
        return _match(articles, stmts_by_article, entities, overrides, mentions, model, background_model, kept)


@contextmanager
def _uncollected() -> Iterator[None]:
    """Python's cyclic collector paused while claims are matched. Matching makes no reference cycles
    (its collections freed no object at 100 and 1,000 synthetic articles; reference counting frees
    what it drops), yet each of them walks the young objects and every full one all objects alive:
    the corpus's statements, the items, the vector cache. That was some 2.4 % of matching's CPU
    (``benchmarks/claims_real.py`` prints it), spent for nothing. Left as the caller had it after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _match(articles: Sequence[Article], stmts_by_article: Mapping[str, Sequence[Statement]],
           entities: Sequence[Entity], overrides: Overrides, mentions: Sequence[Mention], model: Model,
           background_model: background.Model, kept: Kept | None = None) -> list[Claim]:  # fmt: skip
    texts: list = []
    items = build_items(articles, stmts_by_article, overrides, entities, mentions, kept, texts)
    if not items:
        return []
    background.mark(items, background_model, texts)
    del texts
    idf = word_idf(items)
    p = clustering.Scores(items, Vectors(items, idf), idf, model)
    split = set(overrides.split)
    by_block = ByBlock(items, kept, p.model) if kept is not None else None
    links, heads = _scored(items, p, split, by_block)
    dups = [(i, j) for i, j in (by_block.repeats(p) if by_block else repeats(items, p))
            if items[i].stmt.id not in split and items[j].stmt.id not in split]  # fmt: skip
    clusters = clustering.cluster(items, clustering.assign(items, links, p), dups, p)
    carried = headlines.carried(items, idf, p.vectors)
    headlines.attach(items, clusters, [h for h in heads if h[1] not in carried])
    return sentences.as_sentences(_claims(items, clusters, overrides, split, background_model, links, p),
                                  stmts_by_article)


def _scored(items: list[Item], p: clustering.Scores, split: set[str], by_block: ByBlock | None = None):
    """Body links above ``Model.link`` and headline links above ``headlines.THRESHOLD``; every
    body pair's scores kept in ``p`` (``Scores.store``), one article's turn at a time
    (``blocking.in_turn``), the vector cache dropping what is read again farthest ahead (``reads``);
    the pairs of a block pair whose scores were kept are read, not scored (``by_block``).
    Both lists come in the order of the pairs (``i < j``), whatever the turns."""
    n = len(items)
    turns = blocking.in_turn(items)
    scored = bytes(it.stmt.kind != "headline" and it.stmt.id not in split for it in items)
    p.store = PairStore.planned(n, turns, scored)
    links = by_block.read_back(turns, scored, p) if by_block else []
    heads = []
    p.vectors.reads = Reads(n)
    p.vectors.reads.plan(turns)
    for c in range(len(turns)):
        p.vectors.reads.now = c
        body = []
        for i, j in map(divmod, turns[c], repeat(n)):
            if items[i].stmt.id in split or items[j].stmt.id in split:
                continue
            hi, hj = items[i].stmt.kind == "headline", items[j].stmt.kind == "headline"
            if not hi and not hj:
                body.append((i, j))
            elif hi != hj:
                h, other = (i, j) if hi else (j, i)
                s = headlines.score(items[h], items[other], p.idf, p.vectors)
                if s >= headlines.THRESHOLD:
                    heads.append((s, h, other))
        turns[c] = array("q")
        links += _prime_and_score(body, p)
    p.vectors.reads = None  # what is read from now on is not planned: the least recently read goes
    p.kept()
    if by_block:
        by_block.keep_scored(p)
    links.sort(key=lambda x: (x[1], x[2]))
    heads.sort(key=lambda x: (min(x[1], x[2]), max(x[1], x[2])))
    return links, heads


def _prime_and_score(body: list[tuple[int, int]], p: clustering.Scores) -> list[tuple[float, int, int]]:
    """The links among the pairs of one turn (``body``, sorted), primed and scored two articles at a
    time (``Scores.score_between``): the scores are those of priming every pair first (the same
    floats), and the vectors of two articles are at hand while they are read."""
    groups: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for i, j in body:
        groups[(p.items[i].article.id, p.items[j].article.id)].append((i, j))
    links = []
    for pairs in groups.values():
        for i, j, first, final in p.score_between(pairs):
            p.store.set(i, j, first, final)
            if final >= p.model.link:
                links.append((final, i, j))
    return links


def _claims(items: list[Item], clusters: clustering.Clusters, overrides: Overrides, split: set[str],
            background_model: background.Model, links: list[tuple[float, int, int]],
            p: clustering.Scores) -> list[Claim]:  # fmt: skip
    groups, editor = build.apply_merges(items, clusters, overrides, split)
    dated: dict[int, Statement] = {}
    with clauses.Views(items, p) as views:
        groups, halved = halves.split(items, groups, links, p, editor | split, views, dated)
        more = clauses.candidates(items, p, views, editor | split)
        also = shared.shared(items, groups, links + more, p, editor | split, halved, views)
    ranked = []
    for g, members in enumerate(groups):
        lone = items[members[0]].stmt
        if len(members) == 1 and lone.kind == "headline" and lone.id not in editor:
            continue  # a headline that carries no claim reported elsewhere
        its = [items[k] for k in members]
        told = [items[k] for k in halved.get(g, ())]  # taken out of it (``halves``), they still report it
        own = dated.get(members[0]) if len(members) == 1 else None  # a sentence's own claim (``halves``)
        claim = build.claim(its, editor, background.is_background(its + told, background_model),
                            [items[k] for k in also.get(g, ())], told, own)  # fmt: skip
        ranked.append((min(items[k].rank for k in members), claim.id, claim))
    ranked.sort(key=lambda x: x[:2])
    return [c for _, _, c in ranked]
