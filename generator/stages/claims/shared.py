"""A statement that reports several claims stands in each: "The council declared an emergency on
Friday after a ranger was killed" reports the emergency and the death, and each outlet that says
either one apart is linked to it.

Clustering puts every statement in one claim (its own). A link it could not take (the statement
was already in a claim that does not agree with the other's) is read again here: the statement
also stands in the other claim when it agrees with that claim's first members as well as a member
would (``Model.share`` on average, none below ``Model.veto``), and that claim holds no statement of
its article yet. Such a statement is *shared*: listed by the claim, but the claim's text, date and
id come from its own members (``build.claim``), and the statement keeps its own claim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import islice

from generator.stages.claims.clauses import Views, supports
from generator.stages.claims.clustering import EXEMPLARS, Scores
from generator.stages.claims.items import Item

MOST = 2  # claims a statement may stand in besides its own (a sentence rarely reports more than three)


def shared(items: Sequence[Item], groups: Sequence[list[int]], links: list[tuple[float, int, int]],
           p: Scores, skip: set[str], given: dict[int, list[int]] | None = None,
           views: Views | None = None) -> dict[int, list[int]]:  # fmt: skip
    """Group index -> the statements that also stand in it, best link first; ``skip``: statement
    ids an editor placed (split or merged), which stay where the editor put them; ``given``: those
    already standing in a group (``halves``), whose own claims take no statement of another: they
    hold what the others do not say; ``views``: the clauses of sentences of several, of which one
    agreeing with a claim lets its sentence stand in it (``clauses``; ``links`` then holds their
    links too)."""
    given = given or {}
    if p.model.share > 1.0:
        return {g: sorted(ks) for g, ks in given.items()}
    group_of = {k: g for g, members in enumerate(groups) for k in members}
    articles = [{items[k].article.id for k in members} for members in groups]
    extra: dict[int, list[int]] = defaultdict(list)
    count: dict[int, int] = defaultdict(int)
    closed = {group_of[k] for ks in given.values() for k in ks}
    for g, ks in given.items():
        extra[g].extend(ks)
        articles[g].update(items[k].article.id for k in ks)
        for k in ks:
            count[k] += 1
    order = sorted(links, key=lambda x: (-round(x[0], 2), items[x[1]].stmt.id, items[x[2]].stmt.id))
    for _, i, j in order:
        for k, other in ((i, j), (j, i)):
            g = group_of.get(other)
            it = items[k]
            if (g is None or g in closed or g == group_of.get(k) or count[k] >= MOST or it.stmt.id in skip
                    or it.article.id in articles[g] or it.stmt.kind == "headline"):  # fmt: skip
                continue
            if _supports(items, k, groups[g], p, views):
                extra[g].append(k)
                articles[g].add(it.article.id)
                count[k] += 1
    return {g: sorted(ks) for g, ks in extra.items()}


def _supports(items: Sequence[Item], k: int, members: list[int], p: Scores, views: Views | None = None) -> bool:
    """Whether statement ``k``, or one of its clauses (``views``), agrees with the first members of a
    claim as a member would."""
    # its first EXEMPLARS only read: a list of all made for each statement asked cost the square of a big claim's size
    body = list(islice((m for m in members if items[m].stmt.kind != "headline"), EXEMPLARS))
    cross = [p(k, m) for m in body]
    if cross and min(cross) >= p.model.veto and sum(cross) / len(cross) >= p.model.share:
        return True
    return views is not None and supports(views, k, body)
