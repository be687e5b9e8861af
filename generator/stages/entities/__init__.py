"""Entities: the people, bodies, places and outlets named in the corpus, one per real thing.

Outlets spell one man two ways (Bagheri / Baqeri), add titles ("Maj. Gen."), and shorten names
("Ayyoub" for Ali Abdullah Ayyoub). Names are merged by a transliteration key, then by
rapidfuzz similarity inside blocks of the same consonant skeleton (so the cost grows with the
corpus, not with its square), then partial names join the one full name that carries them:
a person's surname, a company's first word or its initials ("GM"), never when two fit.
An editor's ``entities.yml`` wins: its name is canonical and its aliases bind.

The canonical name is the longest full form, then the spelling most outlets use, then the most
frequent, then A-Z (a place goes by its common English name); the id is its slug, so it stays
while no longer form of the name turns up, and an editor's entry fixes it for good.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator import lexicon
from generator.model import Article, Entity, EntityDecl, Mention, Source, Statement, replaced
from generator.once import number
from generator.stages.entities import firms
from generator.stages.entities.forms import Form, spelling_key, strip_article, tokens_match
from generator.stages.entities.merge import cluster
from generator.text.names import TITLES as TITLE_WORDS
from generator.text.names import Name, classify, find_names, name_key, plausible_name, strip_corporate
from generator.text.places import same_place
from generator.text.spelling import fold

__all__ = ["ArticleNames", "StatementNames", "find_in_article", "resolve", "spelling_key", "title_case", "tokens_match"]

def resolve(
    articles: list[Article],
    stmts_by_article: dict[str, tuple[Statement, ...]],
    decls: tuple[EntityDecl, ...],
    sources: tuple[Source, ...] = (),
    found_in: Mapping[str, ArticleNames] | None = None,
) -> tuple[list[Entity], list[Mention], dict[str, tuple[Statement, ...]]]:
    """Find names in every statement, merge their variants, and set each statement's speaker.

    ``sources``: the outlets of ``sources.yml``; a name that is one of theirs is an outlet.
    ``found_in``: each article's ``find_in_article``, when it was made already (in another
    process, or by the cache); an article missing there is read here."""
    forms: dict[str, Form] = {}
    found: list[tuple[str, int, int, str, str]] = []  # (written, start, end, statement id, form key)
    lower_words = _gather(articles, stmts_by_article, forms, found, found_in)
    _and_variants(stmts_by_article, forms, found)
    outlet_names = frozenset(fold(n) for src in sources for n in (src.id, src.name, strip_article(src.name)))
    cluster_of, entities = cluster(forms, decls, frozenset(lower_words), outlet_names)

    mentions = _mentions(found, cluster_of)
    out: dict[str, tuple[Statement, ...]] = {}
    for aid, stmts in stmts_by_article.items():
        out[aid] = tuple(_spoken(st, cluster_of) for st in stmts)
    return entities, mentions, out


def _mentions(found: list[tuple[str, int, int, str, str]], cluster_of: dict[str, str]) -> list[Mention]:
    """The names found that name an entity, by article, then place, then spelling (``found`` is
    emptied as they are made). Sorted an article at a time, in the order of a sort of all of them
    (stable: an article's own in the order found), with no key held for the whole corpus."""
    by_article: dict[str, list[tuple[str, int, int, str, str]]] = {}
    for entry in found:
        by_article.setdefault(entry[3].split("#")[0], []).append(entry)
    found.clear()
    mentions: list[Mention] = []
    for aid in sorted(by_article):
        made = [Mention(text=w, start=number(s), end=number(e), statement=sid, entity=cluster_of[k])
                for w, s, e, sid, k in by_article.pop(aid) if cluster_of.get(k)]  # fmt: skip
        made.sort(key=lambda m: (m.start, m.end, m.text))
        mentions += made
    return mentions


def _spoken(st: Statement, cluster_of: dict[str, str]) -> Statement:
    """A statement with its speaker's entity; itself when that changes nothing (no copy)."""
    if not st.speaker_name:
        return st
    speaker = cluster_of.get(spelling_key(st.speaker_name))
    return st if speaker == st.speaker else replaced(st, speaker=speaker)


def _note(forms: dict[str, Form], name: str, written: str, kind: str, source: str, **flags) -> str | None:
    """Count one occurrence of a name as written; its form's key (None: no name)."""
    name = _POSSESSIVE.sub("", name)
    key = spelling_key(name)
    if not key.strip() or not plausible_name(name):
        return None
    gendered = _title_gender(written) if len(name.split()) == 1 else ""
    if gendered:
        key = f"{gendered}:{key}"  # "Mrs. Marsh" may be another Marsh than "Marsh"
    f = forms.get(key)
    if f is None:
        place = same_place(name)
        f = forms[key] = Form(name, key, name_key(place) if place else name_key(strip_corporate(name)),
                              gendered=gendered)
    f.genders |= _genders(written, flags.get("role") or "")
    f.written[written] += 1
    if not gendered:
        f.written[name] += 0  # the bare name is an alias too: "Baqeri" when written "Maj. Gen. Baqeri"
    f.kinds[kind] += 1
    f.sources.add(source)
    f.count += 0 if (flags.get("speaker") or flags.get("outlet")) else 1  # count what is written
    for flag, value in flags.items():
        if flag == "role":
            if value:
                f.roles[value] += 1
        elif value:
            setattr(f, flag, True)
    return key


@dataclass(frozen=True, slots=True)
class StatementNames:
    """What one statement says about names, before any merging: the article's part of this stage."""

    index: int  # of the statement in its article
    base: int  # where offsets of ``names`` start in the body
    titled: bool  # a Title Case line: its names are looked up once the corpus is read
    names: tuple[Name, ...] = ()
    speaker_kind: str | None = None  # classify(speaker_name)


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """The names found in one article's text: a pure function of the article, so it runs in
    any process and is cached with the other per-article stages."""

    statements: tuple[StatementNames, ...] = ()
    lower_words: tuple[str, ...] = ()  # words the article writes in lower case, sorted


def find_in_article(statements: tuple[Statement, ...]) -> ArticleNames:
    """The names in one article's statements (boilerplate left out), as ``resolve`` reads them."""
    lower_words: set[str] = set()
    out = []
    for i, st in enumerate(statements):
        if st.kind == "boilerplate":
            continue
        lower_words.update(_LOWER_WORD.findall(st.text))
        base = 0 if (st.kind == "headline" and st.start == st.end) else st.start
        if (st.kind == "headline" or st.text[-1:] not in ".!?\"”") and title_case(st.text):
            out.append(StatementNames(i, base, True))
            continue
        names = tuple(find_names(st.text, sentence_start=_opens_sentence(st)))
        speaker_kind = classify(st.speaker_name) if st.speaker_name else None
        if names or speaker_kind or st.attributed_to:
            out.append(StatementNames(i, base, False, names, speaker_kind))
    return ArticleNames(tuple(out), tuple(sorted(lower_words)))


def _gather(articles, stmts_by_article, forms: dict[str, Form], found: list,
            found_in: Mapping[str, ArticleNames] | None = None) -> set[str]:
    """Every name of every statement into ``forms`` and ``found``; the words the corpus writes
    in lower case ("weather", "storms"), returned. ``found_in``: articles read already."""
    titled: list[tuple[Statement, int]] = []  # Title Case lines: names only once the text knows them
    lower_words: set[str] = set()
    for article in sorted(articles, key=lambda a: a.id):
        stmts = stmts_by_article.get(article.id, ())
        got = (found_in or {}).get(article.id) or find_in_article(stmts)
        lower_words.update(got.lower_words)
        for sn in got.statements:
            st = stmts[sn.index]
            if sn.titled:
                titled.append((st, sn.base))
                continue
            for nm in sn.names:
                firm = nm.kind == "person" and not nm.cued and firms.described(st.text, nm.end)
                key = _note(forms, nm.name, nm.written, "body" if firm else nm.kind, article.source,
                            cued=nm.cued, mid_sentence=not nm.initial, role=nm.role)
                if key and _THE_BEFORE.search(st.text, max(0, nm.written_start - 5), nm.written_start):
                    forms[key].determined += 1
                if key:
                    found.append((nm.written, sn.base + nm.written_start, sn.base + nm.end, st.id, key))
            if st.speaker_name:
                _note(forms, st.speaker_name, st.speaker_name, sn.speaker_kind, article.source, speaker=True)
            if st.attributed_to:
                _note(forms, st.attributed_to, st.attributed_to, "outlet", article.source, outlet=True,
                      mid_sentence=True)
    for st, base in titled:
        for written, start, end, key in _known_names(st.text, forms):
            found.append((written, base + start, base + end, st.id, key))
    return lower_words


_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+$")  # a person is never "the Ada Lunde"; "the Hang Seng" is no one
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")


def _opens_sentence(st: Statement) -> bool:
    """A headline, a sentence or a sentence's first clause: its first word is capitalised anyway."""
    tail = st.id.rsplit("#", 1)[-1]
    return "." not in tail or tail.endswith(".1")


def _known_names(text: str, forms: dict[str, Form]):
    """Names the rest of the corpus knows, found in a Title Case line, longest first, left to right."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[\w’'.-]+", text)]
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            start, end = words[i][1], words[i + n - 1][2]
            written = text[start:end].rstrip(".")
            key = spelling_key(written)
            if key in forms and written[:1].isupper():
                yield written, start, start + len(written), key
                i += n
                break
        else:
            i += 1


def title_case(text: str) -> bool:
    """'Iran Commits To Improve Syrian Air Defenses': every word capitalised, so no capital is a clue.

    Asked of headlines and unpunctuated lines only: a sentence full of names looks the same."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _and_variants(stmts_by_article, forms: dict[str, Form], found: list) -> None:
    """"Harrow and Lyle" where the corpus also writes "Harrow & Lyle": the same firm."""
    amp = {f.name.replace(" & ", " and "): k for k, f in forms.items() if " & " in f.name}
    if not amp:
        return
    rx = re.compile("|".join(re.escape(n) for n in sorted(amp, key=lambda n: (-len(n), n))))
    for aid in sorted(stmts_by_article):
        for st in stmts_by_article[aid]:
            if st.kind == "boilerplate":
                continue
            base = 0 if (st.kind == "headline" and st.start == st.end) else st.start
            for m in rx.finditer(st.text):
                f = forms[amp[m.group()]]
                f.written[m.group()] += 1
                f.count += 1
                found.append((m.group(), base + m.start(), base + m.end(), st.id, f.key))


_POSSESSIVE = re.compile(r"[’']s?$")
_GENDER_WORDS = lexicon.mapping("gender-words")
_MARRIED = frozenset(["mrs", "madam", "madame", "mme", "lady"])  # a wife's title as often as her own


def _title_gender(written: str) -> str:
    """The gender a courtesy title before a lone surname tells: "f!" for "Mrs." (a woman, maybe
    the wife of a man of that name), "f" for "Ms", "m" for "Mr", "" for none."""
    first = written.split()[0].rstrip(".").lower() if written.split() else ""
    if first in _MARRIED:
        return "f!"
    return _GENDER_WORDS.get(first, "") if first in TITLE_WORDS else ""


def _genders(written: str, role: str) -> set[str]:
    return {_GENDER_WORDS[w] for w in re.findall(r"[a-z]+", f"{written} {role}".lower()) if w in _GENDER_WORDS}
