"""Claims that read as sentences: a clause cut from its sentence carries its subject.

A sentence of two claims is split into clauses (``statements``), and the second clause alone
("and stressed the need to confront the sanctions", "and that it had no indication of any
fault") is no sentence a reader can take in out of its article. The statement keeps the
outlet's words (its offsets, the evidence other stages and the gold read); the *claim's* text is
what gets the subject back: the clause's own speaker, else the subject of the sentence's first
clause (a name opening it, or the few words before its reporting verb: "The company said ...").
``headline.with_subject`` writes it; a clause of any other shape keeps its text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from generator import lexicon
from generator.model import Claim, Statement
from generator.text import headline
from generator.text.names import find_names

_ARTICLES = frozenset(["the", "a", "an", "its", "their", "his", "her"])  # what opens a noun phrase
_STOPWORDS = lexicon.words("stopwords")
_JOINING = frozenset(["of", "and"])  # inside a body's name: "The Ministry of Health and Social Care"
_SUBJECT_WORDS = 5  # a subject of more words than this before the reporting verb is no plain subject
_BEFORE_VERB = re.compile(
    r"^((?:" + "|".join(sorted(_ARTICLES)) + r")\s+)?"
    rf"([\w’'.-]+(?:\s+[\w’'.-]+){{0,{_SUBJECT_WORDS - 1}}}?)\s+"
    rf"(?:also\s+)?(?:{lexicon.alternation('reporting-verbs', 'announcing-verbs', 'stance-verbs')})\b",
    re.IGNORECASE,
)
_NAME_BY = 3  # a name opening the first clause starts within its first words (after a title: "Premier Ivana ...")


def as_sentences(claims: Sequence[Claim], stmts_by_article: Mapping[str, Sequence[Statement]]) -> list[Claim]:
    """``claims``, each whose representative statement is a later clause of its sentence written
    with its subject (see the module doc)."""
    by_id = {st.id: st for sts in stmts_by_article.values() for st in sts}
    first = {(st.article, st.sentence): st for sts in stmts_by_article.values() for st in sts
             if st.id.endswith(".1")}  # fmt: skip
    out = []
    for c in claims:
        rep = by_id.get(c.statements[0]) if c.statements else None
        if rep is None or "." not in rep.id.rsplit("#", 1)[-1] or rep.id.endswith(".1"):
            out.append(c)
            continue
        opening = first.get((rep.article, rep.sentence))
        text = headline.with_subject(c.text, rep.speaker_name or subject_of(opening.text if opening else ""))
        out.append(c if text == c.text else replace(c, text=text))
    return out


def subject_of(clause: str) -> str | None:
    """The subject of a sentence's first clause, when plain: a name opening it ("Premier Ivana
    Sedlar visited ..." -> "Ivana Sedlar"), else the few words before its reporting verb ("The
    company said ..." -> "The company"); None when neither."""
    names = find_names(clause)
    if names and names[0].kind == "person" and len(clause[: names[0].written_start].split()) < _NAME_BY:
        return names[0].name
    m = _BEFORE_VERB.match(clause)
    if not m or "," in m.group(0):
        return None
    words = m.group(2).split()
    if m.group(1):  # "The company", "The Ministry of Health": one noun phrase
        plain = not any(w.lower() in _STOPWORDS - _JOINING for w in words)  # not "The agency on Monday"
        return m.group(1) + m.group(2) if plain else None
    # no article: a name or title only ("Police", "Health Minister Simone Achterberg"), not "On Monday the mayor"
    return m.group(2) if all(w[:1].isupper() for w in words) else None
