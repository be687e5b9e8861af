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
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import Indel

from generator import lexicon
from generator.model import Article, Entity, EntityDecl, Mention, Source, Statement
from generator.text.names import (
    TITLES as TITLE_WORDS,
)
from generator.text.names import (
    Name,
    classify,
    common_place,
    find_names,
    fold,
    initials,
    is_place,
    name_key,
    name_tokens,
    plausible_name,
    same_place,
    skeleton,
    slug,
    strip_corporate,
)

_KINDS = ("person", "body", "place", "outlet", "document", "other")
_AGENCY_HEADS = lexicon.words("agency-heads")
_GENERIC_MODIFIERS = lexicon.words("generic-modifiers")
_PERSONISH = ("person", "other")


@dataclass
class _Form:
    """One spelling of a name (titles stripped), with every occurrence of it."""

    name: str
    key: str  # the spelling, folded: "mohammad baqeri"
    tkey: str  # its transliteration key: "muhamad bakiri"
    written: Counter = field(default_factory=Counter)  # forms as written, with titles
    kinds: Counter = field(default_factory=Counter)
    sources: set = field(default_factory=set)
    count: int = 0
    cued: bool = False
    speaker: bool = False
    outlet: bool = False  # credited with "according to"
    mid_sentence: bool = False  # seen capitalised where a capital proves a name
    roles: Counter = field(default_factory=Counter)
    gendered: str = ""  # a lone surname under a gendered title: "m" (Mr), "f" (Ms), "f!" (Mrs.)
    genders: set = field(default_factory=set)  # "f", "m": what its titles and roles tell

    @property
    def tokens(self) -> list[str]:
        return self.tkey.split()


@dataclass(frozen=True)
class StatementNames:
    """What one statement says about names, before any merging: the article's part of this stage."""

    index: int  # of the statement in its article
    base: int  # where offsets of ``names`` start in the body
    titled: bool  # a Title Case line: its names are looked up once the corpus is read
    names: tuple[Name, ...] = ()
    speaker_kind: str | None = None  # classify(speaker_name)


@dataclass(frozen=True)
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


def resolve(
    articles: list[Article],
    stmts_by_article: dict[str, tuple[Statement, ...]],
    decls: tuple[EntityDecl, ...],
    sources: tuple[Source, ...] = (),
    found_in: dict[str, ArticleNames] | None = None,
) -> tuple[list[Entity], list[Mention], dict[str, tuple[Statement, ...]]]:
    """Find names in every statement, merge their variants, and set each statement's speaker.

    ``sources``: the outlets of ``sources.yml``; a name that is one of theirs is an outlet.
    ``found_in``: each article's ``find_in_article``, when it was made already (in another
    process, or by the cache); an article missing there is read here."""
    forms: dict[str, _Form] = {}
    found: list[tuple[str, int, int, str, str]] = []  # (written, start, end, statement id, form key)

    def note(name: str, written: str, kind: str, source: str, **flags) -> str | None:
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
            f = forms[key] = _Form(name, key, name_key(place) if place else name_key(strip_corporate(name)),
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

    titled: list[tuple[Statement, int]] = []  # Title Case lines: names only once the text knows them
    lower_words: set[str] = set()  # words the corpus writes in lower case: "weather", "storms"
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
                key = note(
                    nm.name, nm.written, nm.kind, article.source,
                    cued=nm.cued, mid_sentence=not nm.initial, role=nm.role,
                )
                if key:
                    found.append((nm.written, sn.base + nm.written_start, sn.base + nm.end, st.id, key))
            if st.speaker_name:
                note(st.speaker_name, st.speaker_name, sn.speaker_kind, article.source, speaker=True)
            if st.attributed_to:
                note(st.attributed_to, st.attributed_to, "outlet", article.source, outlet=True,
                     mid_sentence=True)

    for st, base in titled:
        for written, start, end, key in _known_names(st.text, forms):
            found.append((written, base + start, base + end, st.id, key))

    _and_variants(stmts_by_article, forms, found)
    outlet_names = frozenset(fold(n) for src in sources for n in (src.id, src.name, _strip_article(src.name)))
    cluster_of, entities = _cluster(forms, decls, frozenset(lower_words), outlet_names)

    mentions = sorted(
        (Mention(text=w, start=s, end=e, statement=sid, entity=cluster_of.get(k))
         for w, s, e, sid, k in found if cluster_of.get(k)),
        key=lambda m: (m.statement.split("#")[0], m.start, m.end, m.text),
    )

    out: dict[str, tuple[Statement, ...]] = {}
    for aid, stmts in stmts_by_article.items():
        out[aid] = tuple(
            replace(st, speaker=cluster_of.get(spelling_key(st.speaker_name))) if st.speaker_name else st
            for st in stmts
        )
    return entities, mentions, out


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")


def _opens_sentence(st: Statement) -> bool:
    """A headline, a sentence or a sentence's first clause: its first word is capitalised anyway."""
    tail = st.id.rsplit("#", 1)[-1]
    return "." not in tail or tail.endswith(".1")


def _known_names(text: str, forms: dict[str, _Form]):
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


def _and_variants(stmts_by_article, forms: dict[str, _Form], found: list) -> None:
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


# ---------------------------------------------------------------- merging


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # an editor's entry stays the root; else the smaller key: deterministic in any order
            lo, hi = sorted((ra, rb), key=lambda r: (not r.startswith("decl:"), r))
            self.parent[hi] = lo


@lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """One spelling of a name, titles dropped, case and punctuation folded."""
    return " ".join(fold(t) for t in name_tokens(name))


def tokens_match(a: str, b: str) -> bool:
    """Two words of a name are one spelling: same key, or close keys of one skeleton.

    Short words must match exactly (Iran/Iraq); the first letter must agree; Hassan/Hussein
    differ in a vowel that transliteration keeps, so they stay apart.
    """
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or a[0] != b[0] or skeleton(a) != skeleton(b):
        return False
    return Indel.normalized_similarity(a, b) >= 0.8


def _form_kind(f: _Form, outlet_names: frozenset[str] = frozenset()) -> str:
    """What a spelling names. Speaking makes no person: "Boeing said" is a company talking.
    A name of an outlet in ``sources.yml`` is that outlet."""
    if fold(f.name) in outlet_names:
        return "outlet"
    if f.outlet and 2 * f.kinds["outlet"] >= sum(f.kinds.values()):
        return "outlet"  # credited ("according to X") at least as often as named otherwise
    if f.cued:
        votes = f.kinds.most_common()
        strong = [k for k, _ in votes if k not in ("other", "person")]
        if strong and f.kinds[strong[0]] >= f.kinds["person"]:
            return strong[0]
        return "person"
    if is_place(f.name):
        return "place"
    # "other" is the absence of evidence: any kind the text gave wins over it
    total = sum(f.kinds.values())
    specific = {k: n for k, n in f.kinds.items() if k not in ("other", "outlet") and 4 * n >= total} or dict(f.kinds)
    best = sorted(specific.items(), key=lambda kv: (-kv[1], _KINDS.index(kv[0])))
    return best[0][0] if best else "other"


def _cluster(forms: dict[str, _Form], decls: tuple[EntityDecl, ...], lower_words: frozenset[str] = frozenset(),
             outlet_names: frozenset[str] = frozenset()):
    """Merge the spellings into entities, each step a kind of evidence that two are one."""
    uf = _Union()
    kind = {k: _form_kind(f, outlet_names) for k, f in forms.items()}
    decl_of_key, decl_root, decl_people = _bind_declarations(uf, forms, decls)
    _join_same_key(uf, forms)
    _join_squashed(uf, forms, kind)
    people = [f for f in forms.values() if kind[f.key] in _PERSONISH and len(f.tokens) >= 2]
    _join_person_spellings(uf, people, decl_people, decl_root)
    _join_org_spellings(uf, forms, kind)
    _join_translated_bodies(uf, forms, kind)
    _join_partials(uf, forms, kind, people, decls, decl_root, decl_people, decl_of_key)
    _join_short_forms(uf, forms, kind, people, decl_of_key)
    slogans = _join_slogans(uf, forms, kind, lower_words)
    return _entities(uf, forms, kind, decls, decl_root, lower_words, slogans)


def _bind_declarations(uf: _Union, forms: dict[str, _Form], decls: tuple[EntityDecl, ...]):
    """Editors' declarations bind their name and aliases: the spelling first, then its key."""
    decl_of_key: dict[str, int] = {}
    decl_of_tkey: dict[str, set[int]] = defaultdict(set)
    decl_root: dict[int, str] = {}
    for i, d in enumerate(decls):
        root = f"decl:{i:06d}"
        uf.find(root)
        decl_root[i] = root
        for n in (d.name, *d.aliases):
            for m in {n, _strip_article(n)}:
                if spelling_key(m).strip():
                    decl_of_key.setdefault(spelling_key(m), i)
                    decl_of_tkey[name_key(m)].add(i)
    for k, f in forms.items():
        if k in decl_of_key:
            uf.union(decl_root[decl_of_key[k]], k)
        elif len(decl_of_tkey.get(f.tkey, ())) == 1 and not f.gendered:
            uf.union(decl_root[next(iter(decl_of_tkey[f.tkey]))], k)
    decl_people = [(i, name_key(n)) for i, d in enumerate(decls) for n in (d.name, *d.aliases)
                   if len(name_key(n).split()) >= 2 and (d.kind in (None, "person", "other"))]
    return decl_of_key, decl_root, decl_people


def _join_same_key(uf: _Union, forms: dict[str, _Form]) -> None:
    """Spellings with one transliteration key are one name (a gendered title apart)."""
    by_tkey: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, f in sorted(forms.items()):
        by_tkey[(f.tkey, f.gendered)].append(k)
    for ks in by_tkey.values():
        for k in ks[1:]:
            if not _two_decls(uf, ks[0], k):
                uf.union(ks[0], k)


def _join_squashed(uf: _Union, forms: dict[str, _Form], kind: dict[str, str]) -> None:
    """One name written with a hyphen, a space or neither: Adeyemi-Okafor / Adeyemi Okafor,
    GreyHeron / Grey Heron."""
    by_squash: dict[str, list[str]] = defaultdict(list)
    for k, f in sorted(forms.items()):
        if not f.gendered and kind[k] != "place":
            by_squash[f.key.split(":")[-1].replace(" ", "")].append(k)
    for ks in by_squash.values():
        for k in ks[1:]:
            same_kind = (kind[k] in _PERSONISH) == (kind[ks[0]] in _PERSONISH) or "other" in (kind[k], kind[ks[0]])
            if same_kind and not _two_decls(uf, ks[0], k):
                uf.union(ks[0], k)


def _join_person_spellings(uf: _Union, people: list[_Form], decl_people, decl_root) -> None:
    """Full person names: one spelling within a block of the same consonant skeleton."""
    blocks: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)  # -> (key, node)
    for f in people:
        blocks[(skeleton(f.tkey), len(f.tokens))].append((f.tkey, f.key))
    for i, k in decl_people:
        blocks[(skeleton(k), len(k.split()))].append((k, decl_root[i]))
    for members in _small_blocks(blocks.values()):
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                (ka, na), (kb, nb) = members[x], members[y]
                same = all(tokens_match(a, b) for a, b in zip(ka.split(), kb.split(), strict=True))
                if same and not _two_decls(uf, na, nb):
                    uf.union(na, nb)


def _join_org_spellings(uf: _Union, forms: dict[str, _Form], kind: dict[str, str]) -> None:
    """Organisations: the same spellings, and a plural's "s" ("General Motor" / "General Motors")."""
    orgs: dict[tuple[str, int], list[str]] = defaultdict(list)
    for f in forms.values():
        if kind[f.key] in ("body", "outlet", "document"):
            orgs[(skeleton(_singular(f.tkey)), len(f.tokens))].append(f.key)
    for keys in _small_blocks(orgs.values()):
        for x in range(len(keys)):
            for y in range(x + 1, len(keys)):
                ta, tb = forms[keys[x]].tokens, forms[keys[y]].tokens
                same = all(tokens_match(_singular(a), _singular(b)) for a, b in zip(ta, tb, strict=True))
                if same and not _two_decls(uf, keys[x], keys[y]):
                    uf.union(keys[x], keys[y])


def _join_translated_bodies(uf: _Union, forms: dict[str, _Form], kind: dict[str, str]) -> None:
    """One public body whose name outlets translate differently: "National Civil Protection
    Agency" / "Civil Protection Administration". The words that say what it does (two or more)
    are the same, its head is a public body's ("agency", "administration", "authority"), and no
    other body of the corpus has those words."""
    by_core: dict[str, set[str]] = defaultdict(set)
    for f in forms.values():
        toks = f.name.split()
        if kind[f.key] not in ("body", "outlet") or len(toks) < 3 or toks[-1].lower() not in _AGENCY_HEADS:
            continue
        core = [fold(t) for t in toks[:-1] if t.lower() not in _GENERIC_MODIFIERS]
        if len(core) >= 2:
            by_core[" ".join(core)].add(uf.find(f.key))
    for roots in by_core.values():
        roots = sorted(roots)
        if len(roots) == 2 and not _two_decls(uf, roots[0], roots[1]):
            uf.union(roots[0], roots[1])


def _join_partials(uf, forms, kind, people, decls, decl_root, decl_people, decl_of_key) -> None:
    """Partial names: "Ayyoub", "Ali Ayyoub" -> the one full name carrying them. A lone surname
    with a gendered title ("Mrs. Marsh") joins only a full name of that gender."""
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first_last: dict[tuple[str, str], set[str]] = defaultdict(set)
    full_nodes = [(f.tkey, f.key) for f in people] + [(k, decl_root[i]) for i, k in decl_people]
    for k, node in full_nodes:
        toks = k.split()
        by_last[skeleton(toks[-1])].add(node)
        by_first_last[(toks[0], toks[-1])].add(node)
    by_root = _cluster_genders(uf, forms)
    gender = {node: by_root.get(uf.find(node), "") for _, node in full_nodes}
    # longer partials first: "Ali Ayyoub" joins its full name before "Ayyoub" looks for one
    for f in sorted(forms.values(), key=lambda f: (-len(f.tokens), f.key)):
        # a lone word taken for a place only by its preposition ("a call from Ayyoub") may be a surname
        guessed_place = kind[f.key] == "place" and len(f.tokens) == 1 and not is_place(f.name)
        if (kind[f.key] not in _PERSONISH and not guessed_place) or f.key in decl_of_key:
            continue
        toks = f.tokens
        cands: set[str] = set()
        if len(toks) == 1:
            for node in by_last.get(skeleton(toks[0]), ()):
                last = _key_of(node, forms, decls, decl_root).split()[-1]
                if tokens_match(toks[0], last) and (not f.gendered or _gender_fits(f.gendered, gender[node])):
                    cands.add(uf.find(node))
        else:
            for node in by_first_last.get((toks[0], toks[-1]), ()):
                longer = _key_of(node, forms, decls, decl_root).split()
                if len(longer) > len(toks) and _subsequence(toks, longer):
                    cands.add(uf.find(node))
        cands.discard(uf.find(f.key))
        if len(cands) == 1 and not (uf.find(f.key).startswith("decl:")):
            uf.union(f.key, cands.pop())


def _cluster_genders(uf: _Union, forms: dict[str, _Form]) -> dict[str, str]:
    """Each cluster's gender as its forms tell it ("Ms", "Mr", "spokeswoman"), by root: "f",
    "m", "fm" when they disagree, "" when nothing tells."""
    out: dict[str, set[str]] = defaultdict(set)
    for f in forms.values():
        if f.gendered and len(f.tokens) == 1:
            continue  # "Mrs. Marsh" alone is the question, not the evidence
        out[uf.find(f.key)] |= f.genders
    return {k: "".join(sorted(v)) for k, v in out.items()}


def _gender_fits(title: str, gender: str) -> bool:
    """A lone surname with "Mr" joins a man or someone of unknown gender; with "Ms" or "Miss"
    a woman or someone unknown; with "Mrs." (or "Madam", "Lady") a woman only: "Mrs. Marsh"
    is the wife of Mr. Marsh as often as not."""
    if title == "f!":
        return gender == "f"
    return gender in ("", title)


def _join_short_forms(uf, forms, kind, people, decl_of_key) -> None:
    """A bare word for the one longer name it opens: "GM" is General Motors, "Northrop" is
    Northrop Grumman, "Corvana" is Corvana Health, "Ivana" is Ivana Sedlar, when only one fits.
    A bare word that is also a person's surname ("Ford") is left alone."""
    surnames = {f.tokens[-1] for f in people}
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for f in forms.values():
        if len(f.tokens) < 2 or f.gendered:
            continue
        if kind[f.key] != "place":  # "Qatar" is not Qatar Airways, but "EU" is the European Union
            by_first[f.tokens[0]].add(f.key)
        ini = initials(strip_corporate(f.name))
        if len(ini) >= 2 and kind[f.key] != "person":
            by_initials[ini].add(f.key)
    for f in sorted(forms.values(), key=lambda f: f.key):
        if kind[f.key] == "place" or len(f.tokens) != 1 or f.key in decl_of_key or f.gendered:
            continue
        if kind[f.key] == "person" and (f.cued or f.speaker):
            continue  # "Mr. Marsh" is a surname, not the first word of a firm
        word = f.name.replace(".", "")
        if word.isupper() and 2 <= len(word) <= 6:
            nodes = by_initials.get(word, set())
        else:
            nodes = by_first.get(f.tokens[0], set())
        cands = {uf.find(n) for n in nodes} - {uf.find(f.key)}
        if len(cands) == 1 and f.tokens[0] not in surnames and not uf.find(f.key).startswith("decl:"):
            uf.union(f.key, cands.pop())


def _join_slogans(uf, forms, kind, lower_words) -> set[str]:
    """"Jail Mubarak", "Down Down Mubarak": a chant or a headline's verb before a name is no
    name of its own. A name whose first words the corpus writes in lower case, never
    introduced as a person, is a mention of the rest of it when the rest is a name we know."""
    slogans = set()
    for f in sorted(forms.values(), key=lambda f: f.key):
        words = f.name.split()
        if len(words) < 2 or f.cued or f.speaker or f.outlet or kind[f.key] not in _PERSONISH:
            continue
        n = 0
        while n < len(words) - 1 and words[n].lower() in lower_words:
            n += 1
        rest = spelling_key(" ".join(words[n:]))
        if n and rest in forms and rest != f.key:
            uf.union(rest, f.key) if not uf.find(f.key).startswith("decl:") else None
            slogans.add(f.key)
    return slogans


def _entities(uf, forms, kind, decls, decl_root, lower_words, slogans):
    """The entities from the clusters: canonical name, id, aliases, kind and role."""
    def real(f: _Form) -> bool:
        # a sentence-initial word seen nowhere else is not proof of a name ("Air defenses ...")
        # nor is a common word the corpus also writes in lower case ("Weather officials said ...")
        if len(f.tokens) == 1 and not (f.mid_sentence or f.outlet) and f.name.lower() in lower_words:
            return False
        return f.mid_sentence or f.cued or f.speaker or f.outlet or len(f.tokens) > 1 or is_place(f.name)

    members: dict[str, list[_Form]] = defaultdict(list)
    for k, f in forms.items():
        members[uf.find(k)].append(f)
    for i in range(len(decls)):
        members.setdefault(uf.find(decl_root[i]), [])
    named = []
    for root, fs in members.items():
        decl = decls[int(root[5:])] if root.startswith("decl:") else None
        own = [f for f in fs if f.key not in slogans]
        if decl is None and not any(real(f) for f in own):
            continue
        ekind = (decl.kind if decl and decl.kind in _KINDS else None) or _cluster_kind(own or fs, kind)
        name = decl.name if decl else _canonical(own or fs, ekind)
        named.append((slug(name), name, root, decl, fs, own, ekind))
    entities: list[Entity] = []
    cluster_of: dict[str, str] = {}
    taken: Counter = Counter()
    for base, name, _root, decl, fs, own, ekind in sorted(named, key=lambda x: (x[0], x[1], x[2])):
        taken[base] += 1
        eid = base if taken[base] == 1 else f"{base}-{taken[base]}"
        aliases = {w for f in own for w in f.written if w}
        if decl:
            aliases.update(decl.aliases)
        aliases.discard(name)
        role = decl.role if decl and decl.role else _role(own or fs, ekind)
        entities.append(
            Entity(id=eid, name=name, aliases=tuple(sorted(aliases, key=lambda a: (a.lower(), a))),
                   kind=ekind, role=role, editor=decl is not None)
        )
        for f in fs:
            cluster_of[f.key] = eid
    return cluster_of, entities


_BLOCK = 200  # spellings compared pairwise at most; a bigger block is cut by its first letters


def _small_blocks(blocks):
    """Each block sorted, and none so big that comparing its pairs would cost the square of the corpus.

    A block this big is no family of spellings but many names with the same consonants; cutting
    it by the first two letters of each word keeps every real variant pair (they share those)
    except ones like Mohammad/Muhammad, which their transliteration key has already joined."""
    for block in blocks:
        block = sorted(block)
        if len(block) <= _BLOCK:
            yield block
            continue
        parts = defaultdict(list)
        for item in block:
            key = item[0] if isinstance(item, tuple) else item
            parts[" ".join(t[:2] for t in key.split())].append(item)
        yield from (sorted(p) for _, p in sorted(parts.items()))


def _singular(key: str) -> str:
    return " ".join(t[:-1] if len(t) > 4 and t.endswith("s") else t for t in key.split())


def _two_decls(uf: _Union, a: str, b: str) -> bool:
    return uf.find(a).startswith("decl:") and uf.find(b).startswith("decl:") and uf.find(a) != uf.find(b)


def _key_of(node: str, forms, decls, decl_root) -> str:
    if node.startswith("decl:"):
        return name_key(decls[int(node[5:])].name)
    return forms[node].tkey


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(tokens_match(s, x) for x in it) for s in short)


def _strip_article(n: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", n)


def _canonical(fs: list[_Form], ekind: str) -> str:
    """The longest full form, then the one most outlets use, then the most frequent, then A-Z.

    A place goes by its common English name ("Russia", not "Russian Federation")."""
    best = sorted(
        fs,
        key=lambda f: (
            ekind == "place" and not common_place(f.name),
            -len(name_tokens(f.name)), -len(f.sources), -f.count, f.name.lower(), f.name,
        ),
    )
    if best[0].gendered:  # "Mrs. Veldt" alone: the title is what tells her apart
        return sorted(best[0].written.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return best[0].name


def _cluster_kind(fs: list[_Form], kind: dict[str, str]) -> str:
    """The kind most of a cluster's mentions give it; "other" only when none gives one."""
    votes: Counter = Counter()
    for f in fs:
        votes[kind[f.key]] += max(f.count, 1)
    specific = {k: n for k, n in votes.items() if k != "other"} or dict(votes)
    best = sorted(specific.items(), key=lambda kv: (-kv[1], _KINDS.index(kv[0])))
    return best[0][0] if best else "other"


def _role(fs: list[_Form], ekind: str) -> str | None:
    if ekind != "person":
        return None
    roles = Counter()
    for f in fs:
        roles.update(f.roles)
    if not roles:
        return None
    return sorted(roles.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
