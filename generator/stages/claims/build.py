"""One ``Claim`` from the statements grouped for it, and the editor's merges and splits.

Editor overrides win: ``split`` makes a statement a claim of its own, ``merge`` joins
statements (or claims) whatever the score; such claims are flagged ``editor``.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Claim, Flag, Overrides, Statement
from generator.stages.claims import dating, sentences
from generator.stages.claims.clustering import Clusters
from generator.stages.claims.items import Item
from generator.stages.claims.sentences import claim_id
from generator.text import numbers as nums
from generator.text import wording


def apply_merges(
    items: Sequence[Item], clusters: Clusters, overrides: Overrides, split: set[str]
) -> tuple[list[list[int]], set[str]]:
    """Editor merges, then editor splits; returns the groups and the statement ids an editor touched."""
    by_id = {it.stmt.id: k for k, it in enumerate(items)}
    # a merge may name claims too, by the id a claim gets from its representative statement
    by_ref = {**{claim_id(it.stmt): k for k, it in enumerate(items)}, **by_id}
    editor: set[str] = set()
    for group in overrides.merge:
        ks = [by_ref[ref] for ref in group if ref in by_ref]
        for k in ks[1:]:
            clusters.union(ks[0], k, force=True)
        for k in ks:
            editor.add(items[k].stmt.id)
    groups = clusters.groups()
    touched = {clusters.find(by_id[s]) for s in editor}
    editor = {items[k].stmt.id for g in groups if clusters.find(g[0]) in touched for k in g}
    out = []
    for g in groups:
        alone = [k for k in g if items[k].stmt.id in split]
        rest = [k for k in g if items[k].stmt.id not in split]
        out.extend([k] for k in alone)
        if rest:
            out.append(rest)
    editor |= {s for s in split if s in by_id}
    return sorted(out), editor


# ---------------------------------------------------------------- one claim


def claim(members: list[Item], editor: set[str], background: bool = False, also: Sequence[Item] = (),
          told: Sequence[Item] = (), dated_by: Statement | None = None) -> Claim:  # fmt: skip
    """The claim of ``members``; ``background``: it tells the story's context, so it has no date;
    ``also``: statements of other claims that report this one too (``shared``): listed with their
    outlets, while the text, id, speaker and date come from the members; ``told``: those of them
    taken out of this claim (``halves``), which vote for its date after the members; ``dated_by``:
    its one member dated as the clauses of it that make this claim tell (``clauses.rest_date``)."""
    members.sort(key=lambda it: it.rank)
    body = [it for it in members if it.stmt.kind != "headline"]
    rep = (body or members)[0]  # its first statement; ``sentences`` then shows it in its representative
    sources = tuple(sorted({it.article.source for it in (*members, *also)}))
    speaker = sentences.credit(rep.stmt, [it.stmt for it in members])
    flags: list[Flag] = []
    if len(sources) == 1:
        flags.append("single_source")
    per_outlet = _first_per_outlet(body or members)
    if any(wording.differs_materially(rep.stmt.text, it.stmt.text) for it in per_outlet if it is not rep):
        flags.append("wording_differs")
    found_numbers = {it.stmt.id: it.numbers() for it in body}
    numbers: tuple[tuple[str, str], ...] = ()
    with_numbers = [it for it in body if found_numbers[it.stmt.id]]
    if _numbers_differ([(it.article.source, found_numbers[it.stmt.id]) for it in with_numbers]):
        flags.append("number_differs")
        numbers = tuple(
            sorted({(it.article.source, n.text) for it in with_numbers for n in found_numbers[it.stmt.id]})
        )
    ordered = [dated_by or rep.stmt, *(it.stmt for it in members if it is not rep), *(it.stmt for it in told)]
    reports = [it.day for it in (*members, *told) if it.day is not None]
    when = None if background else dating.claim_date(ordered, min(reports, default=None))
    values = {(it.article.source, it.stmt.event_date.value) for it in members if it.stmt.event_date}
    if len({v for _, v in values}) > 1 and len({s for s, _ in values}) > 1:
        flags.append("date_differs")
    if any(it.stmt.id in editor for it in members):
        flags.append("editor")
    return Claim(
        id=claim_id(rep.stmt),
        text=sentences.words_of(rep.stmt, None),
        statements=tuple(it.stmt.id for it in (*members, *sorted(also, key=lambda it: it.rank))),
        sources=sources,
        speaker=speaker,
        flags=tuple(flags),
        date=when,
        numbers=numbers,
        shared=tuple(it.stmt.id for it in sorted(also, key=lambda it: it.rank)),
    )


def _numbers_differ(told: list[tuple[str, list[nums.Number]]]) -> bool:
    """Whether two outlets' statements give figures that disagree (``numbers.disagree``). Statements
    giving the same figures (the same values, bounds and kinds, in the same order) are asked once, with
    the first and last of the outlets giving them: some pair of outlets ``s < t`` of two sets exists
    when the first of one is before the last of the other. Each pair of statements was asked, the
    square of a claim's size; a claim of many outlets mostly repeats a few figures."""
    outlets: dict[tuple, list[str]] = {}  # the figures as compared -> first and last outlet giving them
    figures: dict[tuple, list[nums.Number]] = {}
    for source, found in told:
        key = tuple((n.value, n.low, n.high, n.kind, n.step, n.bound) for n in found)
        seen = outlets.get(key)
        if seen is None:
            outlets[key], figures[key] = [source, source], found
        else:
            seen[0], seen[1] = min(seen[0], source), max(seen[1], source)
    return any(outlets[a][0] < outlets[b][1] and nums.disagree(figures[a], figures[b])
               for a in outlets for b in outlets)


def _first_per_outlet(members: list[Item]) -> list[Item]:
    seen: dict[str, Item] = {}
    for it in members:
        seen.setdefault(it.article.source, it)
    return list(seen.values())
