"""A sentence of two claims whose other outlets say only one of them: its own claim, and shared.

"Two crewmates were flown to hospital, where doctors said one was serious" joins the claim of
another outlet's "Two crew members were flown to hospital": that outlet says the first clause
and nothing of the second. Left there, the sentence's second claim (the doctors) is lost: the
claim stands for what both outlets say, and the second clause is this outlet's alone. So when
every statement of other articles in its claim shares words with one clause of it and none with
the rest, the sentence becomes a claim of its own and stands in the other claim as a shared
statement (``shared``: listed, its outlet counted; text, id and date stay the claim's own
members', and the sentence still votes for the claim's date and whether it is background).
No threshold: a word in common with the rest keeps the sentence where it is.

Only sentences the clause split cuts (``Item.clauses``) and claims of two articles or more are
read; a claim is never left without a member of its own. When the words do not decide (a word of
the rest in another outlet's statement, or the rest another time than the day the sentence names),
its clauses are scored (``clauses.unsaid``), and a sentence taken out that way is dated as the
clauses of its own claim tell (``clauses.rest_date``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import islice

from generator.model import Statement
from generator.stages.claims import clauses
from generator.stages.claims.clauses import Views
from generator.stages.claims.clustering import EXEMPLARS, Scores
from generator.stages.claims.items import _ACCORDING, _CLAUSE, CLAUSE_WORDS, Item
from generator.stages.dates import event
from generator.stages.dates.tense import markers
from generator.text import wording

_SAYING = {"that", ":"}  # what opens the clause of what is said after its frame


def split(items: Sequence[Item], groups: list[list[int]], links: list[tuple[float, int, int]], p: Scores,
          skip: set[str], views: Views | None = None,
          dated: dict[int, Statement] | None = None) -> tuple[list[list[int]], dict[int, list[int]]]:  # fmt: skip
    """The groups with each such sentence taken out into a group of its own, and group index ->
    the sentences that stand in it as shared; ``skip``: statement ids an editor placed. A sentence
    linked (``links``) to a statement of another claim that says its other half stays: it stands in
    that claim too (``shared``), and a claim of its own would say nothing new. ``views``: its clauses
    scored (``clauses.unsaid``), asked when the words do not decide; ``dated``: filled with each
    sentence taken out -> itself dated as its own claim's clauses tell (``clauses.rest_date``)."""
    partners: dict[int, list[int]] = defaultdict(list)
    for _, i, j in links:
        partners[i].append(j)
        partners[j].append(i)
    out = [list(g) for g in groups]
    also: dict[int, list[int]] = {}
    for g, members in enumerate(groups):
        if len({items[k].article.id for k in members}) < 2:
            continue
        in_group = set(members)
        for k in members:
            if items[k].stmt.id in skip or items[k].stmt.kind == "headline":
                continue
            # the rest read lazily: only its first EXEMPLARS of other articles are asked, and a
            # list of it made for every member cost the square of a big claim's size
            other = _one_half(items, k, (m for m in out[g] if m != k)) if len(out[g]) > 1 else None
            if other is None or any(y not in in_group and not other.isdisjoint(items[y].words) for y in partners[k]):
                rest = (clauses.unsaid(items, views, k, (m for m in out[g] if m != k), partners[k], in_group)
                        if views is not None and len(out[g]) > 1 and not _framed(items[k]) else None)  # fmt: skip
                if rest is None:
                    continue
                if dated is not None:
                    dated[k] = clauses.rest_date(items[k], rest)
            out[g] = [m for m in out[g] if m != k]
            out.append([k])
            also.setdefault(g, []).append(k)
    return out, also


def _one_half(items: Sequence[Item], k: int, rest: Iterable[int]) -> set[str] | None:
    """The words of the rest of statement ``k`` when the statements of other articles among ``rest``
    (its first ``EXEMPLARS``) each say some clauses of it (share words with them) and none of them
    says anything of the rest; else None."""
    it = items[k]
    clauses = [w for _, _, w in _pieces(it.stmt.text)]
    if not clauses:
        return None
    others = list(islice((m for m in rest if items[m].article.id != it.article.id and items[m].stmt.kind != "headline"),
                         EXEMPLARS))  # fmt: skip
    if not others:
        return None
    said: set[int] = set()
    about = _antecedents(it.stmt.text)
    for m in others:
        theirs = set(items[m].words) - about
        says = {n for n, c in enumerate(clauses) if not theirs.isdisjoint(c)}
        if not says:
            return None  # it says no clause of it: it joined the claim through another statement
        said |= says
    if len(said) == len(clauses) or _kept(it, said):
        return None
    return {w for n, c in enumerate(clauses) if n not in said for w in c} - about


def _kept(it: Item, said: set[int]) -> bool:
    """Whether the sentence stays in the claim of its clauses ``said``. So it does when the rest is
    the frame of a clause said, or has a day of its own that the claim would not get: the
    day its own words name is in the clauses other outlets say (``said``) and not in the rest, and
    the rest is not a past told beside it ("reopened yesterday, and the planes flew from dawn"
    share the day) but another time ("declared it contained on Saturday, though crews are still
    at work"; "broke out on Monday, and by last night had reached ...")."""
    pieces = _pieces(it.stmt.text)
    if any(pieces[n][1] in _SAYING for n in said):
        # the rest is the frame of what others say ("X told reporters that ...", "X said: ..."): who
        # said it, no claim of its own
        return True
    ed = it.stmt.event_date
    if ed is None or ed.mention is None:
        return False
    named = set(wording.content_words(ed.mention.text))
    rest = " ".join(t for n, (t, _, _) in enumerate(pieces) if n not in said)
    rest_words = set(wording.content_words(rest))
    if not named or not named <= {w for n in said for w in pieces[n][2]} or not named.isdisjoint(rest_words):
        return False
    own_day = any(m is not ed.mention and not event.set_aside(it.stmt, m)
                  and set(wording.content_words(m.text)) <= rest_words for m in it.stmt.dates)
    return own_day or "past" not in {t for _, t in markers(rest)}


def _framed(it: Item) -> bool:
    """Whether the sentence tells what is said after its frame ("X told reporters that ..."): the
    frame is who said it, no claim of its own."""
    return any(o in _SAYING for _, o, _ in _pieces(it.stmt.text))


def _clause_texts(text: str) -> list[tuple[str, str]]:
    """The text of each clause and the word that opens it ("" for the first)."""
    return [(t, o) for t, o, _ in _pieces(text)]


# a relative clause set off by commas inside a sentence: "Governor Ilse Brandvold, who said on Monday
# that ..., declined to comment"; what stands around it is one clause (its subject and its verb)
_EMBEDDED = re.compile(r",\s+(who|whom|whose|which|where)\b[^,;:()\u2013\u2014]*,", re.IGNORECASE)


def _pieces(text: str) -> list[tuple[str, str, list[str]]]:
    """The text, opening word ("" for the first) and content words of each clause, when there are two
    or more: cut and joined as ``Item.clauses`` cuts and joins them, except that a relative clause set
    off by commas, with a clause's worth of words on either side, is one clause of its own and the
    text around it another."""
    cleaned = _ACCORDING.sub(" ", text)
    embedded = []
    for m in reversed(_embedded(cleaned)):
        inner = cleaned[m.start() + 1 : m.end() - 1].strip()
        embedded.insert(0, (inner, m.group(1).lower(), wording.content_words(inner)))
        cleaned = f"{cleaned[: m.start()]} {cleaned[m.end() :]}"
    pieces = _split(cleaned)
    pieces += embedded
    return pieces if len(pieces) > 1 else []


def _embedded(cleaned: str) -> list[re.Match]:
    """The relative clauses set off by commas with a clause's worth of words in them and after them."""
    return [m for m in _EMBEDDED.finditer(cleaned)
            if len(wording.content_words(m.group()[1:-1])) >= CLAUSE_WORDS
            and len(wording.content_words(cleaned[m.end() :])) >= CLAUSE_WORDS]  # fmt: skip


def _antecedents(text: str) -> set[str]:
    """The words of what an embedded relative clause tells about ("The Denby harbour authority, which
    opened an inquiry, said ..."): both that clause and the one around it are about them, so another
    outlet naming them says neither."""
    cleaned = _ACCORDING.sub(" ", text)
    out: set[str] = set()
    for m in _embedded(cleaned):
        before = cleaned[: m.start()]
        cuts = list(_CLAUSE.finditer(before))
        out.update(wording.content_words(before[cuts[-1].end() :] if cuts else before))
    return out


def _split(cleaned: str) -> list[tuple[str, str, list[str]]]:
    """``cleaned`` cut at ``_CLAUSE`` as ``Item.clauses`` cuts it: (text, opening word, content words)."""
    pieces: list[tuple[str, str, list[str]]] = []
    at, opener = 0, ""
    for m in [*_CLAUSE.finditer(cleaned), None]:
        part = cleaned[at : m.start() if m else len(cleaned)]
        cw = wording.content_words(part)
        if pieces and (len(cw) < CLAUSE_WORDS or len(pieces[-1][2]) < CLAUSE_WORDS):
            last = pieces[-1]
            pieces[-1] = (f"{last[0]} {opener} {part}", last[1], last[2] + cw)
        elif cw:
            pieces.append((part, opener, cw))
        at, opener = (m.end(), m.group().lower()) if m else (at, opener)
    return pieces
