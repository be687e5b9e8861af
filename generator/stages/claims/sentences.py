"""Claims that read as sentences: a clause cut from its sentence carries its subject, and a claim is
shown in the first of its statements that reads as one.

A sentence of two claims is split into clauses (``statements``), and the second clause alone
("and stressed the need to confront the sanctions", "and that it had no indication of any
fault") is no sentence a reader can take in out of its article. The statement keeps the
outlet's words (its offsets, the evidence other stages and the gold read); the *claim's* text is
what gets the subject back: the clause's own speaker, else the subject of the sentence's first
clause (a name opening it, or the few words before its reporting verb: "The company said ...").
``headline.with_subject`` writes it; a clause of any other shape keeps its text.

Then the statement a claim is shown in, named after and credited by (``representative``) is the
first of its own statements, in corpus order, whose words so written read as a sentence: not a
later clause that opens mid-sentence ("including a commitment by Iran to strengthen Syrian air
defense systems, according to Lebanon's Al-Mayadeen news") where another outlet's statement of the
claim reads as one. Its credit is that statement's speaker, or no one when its words cite an outlet
('according to'); only words that credit no one take the speaker most of the claim's statements
credit. The site heads a claim by the same function (``site.claimtext``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
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


def claim_id(statement: Statement) -> str:
    """A claim is named after its representative statement: ``c-<article id>-s<n>``."""
    return "c-" + statement.id.replace("#", "-")


def as_sentences(claims: Sequence[Claim], stmts_by_article: Mapping[str, Sequence[Statement]]) -> list[Claim]:
    """``claims``, each shown in, named after and credited by its ``representative`` statement."""
    by_id = {st.id: st for sts in stmts_by_article.values() for st in sts}
    opening = openings(by_id.values())
    out = []
    for c in claims:
        shared = set(c.shared)
        own = [by_id[s] for s in c.statements if s in by_id and s not in shared]
        if not own:
            out.append(c)
            continue
        rep, text = representative(own, opening)
        shown = replace(c, id=claim_id(rep), text=text, speaker=credit(rep, own))
        out.append(c if shown == c else shown)
    return out


def openings(statements: Iterable[Statement]) -> Callable[[Statement], Statement | None]:
    """The first clause of a statement's sentence, for ``representative`` (None when it is that clause)."""
    first = {(st.article, st.sentence): st for st in statements if st.id.endswith(".1")}
    return lambda st: first.get((st.article, st.sentence)) if _later_clause(st) else None


def _later_clause(st: Statement) -> bool:
    n = st.id.rsplit("#", 1)[-1]
    return "." in n and not n.endswith(".1")


def representative(own: Sequence[Statement], opening: Callable[[Statement], Statement | None]) -> tuple[Statement, str]:
    """The statement a claim is shown in, and its words as shown (see the module doc): ``own``, the
    claim's own statements in corpus order; ``opening``: the first clause of a statement's sentence
    (``openings``). The first body statement whose words read as a sentence, else the first body one."""
    body = [st for st in own if st.kind != "headline"] or list(own)
    shown = []
    for st in body:
        text = words_of(st, opening(st))
        if reads_as_sentence(text):
            return st, text
        shown.append(text)
    return body[0], shown[0]


def words_of(st: Statement, opening: Statement | None) -> str:
    """A statement's words as a claim shows them: one space between words, a clause cut at a comma closed
    with a full stop, a quotation closed, and a later clause of its sentence given its subject."""
    text = re.sub(r"\s+", " ", st.text).strip()
    text = text[:-1].rstrip() + "." if text.endswith((",", ";")) else text
    text = headline.close_quote(text) if st.quoted else text
    if not _later_clause(st):
        return text
    return headline.with_subject(text, st.speaker_name or subject_of(opening.text if opening else ""))


_OPENING = re.compile(r"[\s\"'“‘«(\[—–-]*")


def reads_as_sentence(text: str) -> bool:
    """The words open as a sentence does: a capital letter or a figure after any quotation mark."""
    rest = text[_OPENING.match(text).end():]
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit())


def credit(rep: Statement, own: Sequence[Statement]) -> str | None:
    """Whom a claim shown in ``rep`` credits: whoever its words credit (its speaker; no one when they cite
    an outlet, "according to Al-Mayadeen"), and only when they credit no one, the speaker most of its
    statements credit (ties: the first by name). A claim shows one outlet's words, and 'Said by' must be
    whoever those words credit, not another outlet's speaker (a new user's report)."""
    if rep.speaker or rep.attributed_to:
        return rep.speaker
    speakers = Counter(st.speaker for st in own if st.speaker)
    if not speakers:
        return None
    top = max(speakers.values())
    return min(s for s, n in speakers.items() if n == top)


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
