"""Merging spellings into entities, one kind of evidence a step: an editor's declaration, one
transliteration key, one squashed spelling, one consonant skeleton, a partial name, a short
form, a translated agency name, a slogan around a name."""

from __future__ import annotations

from collections import defaultdict

from generator import lexicon
from generator.model import EntityDecl
from generator.stages.entities.forms import (
    AGENCY_HEADS,
    GENERIC_MODIFIERS,
    PERSONISH,
    Form,
    Union,
    form_kind,
    key_of,
    singular,
    small_blocks,
    spelling_key,
    strip_article,
    subsequence,
    tokens_match,
    two_decls,
)
from generator.stages.entities.naming import build_entities
from generator.text.introductions import CLUB_HEADS
from generator.text.names import initials, name_key, strip_corporate
from generator.text.places import is_place
from generator.text.spelling import fold, skeleton


def cluster(forms: dict[str, Form], decls: tuple[EntityDecl, ...], lower_words: frozenset[str] = frozenset(),
             outlet_names: frozenset[str] = frozenset()):
    """Merge the spellings into entities, each step a kind of evidence that two are one."""
    uf = Union()
    kind = {k: form_kind(f, outlet_names) for k, f in forms.items()}
    _brand_names(forms, kind)
    decl_of_key, decl_root, decl_people = _bind_declarations(uf, forms, decls)
    _join_same_key(uf, forms)
    _join_squashed(uf, forms, kind)
    people = [f for f in forms.values() if kind[f.key] in PERSONISH and len(f.tokens) >= 2]
    _join_person_spellings(uf, people, decl_people, decl_root)
    _join_surname_endings(uf, people)
    _join_org_spellings(uf, forms, kind)
    _join_translated_bodies(uf, forms, kind)
    _join_partials(uf, forms, kind, people, decls, decl_root, decl_people, decl_of_key)
    _join_short_forms(uf, forms, kind, people, decl_of_key)
    slogans = _join_slogans(uf, forms, kind, lower_words)
    return build_entities(uf, forms, kind, decls, decl_root, lower_words, slogans)


def _brand_names(forms: dict[str, Form], kind: dict[str, str]) -> None:
    """"Halvik Foods Australia", "Halvik Taurus": two capitalised words are taken for a person's
    first name and surname only for want of a better reading; when the corpus also names the
    first word alone, and not as a person ("Halvik said its profits ..."), at least as often as
    the longer name, that name is the firm's branch or product, not someone called Halvik: news
    names a person in full more often than by a first name alone ("Tim and Steve"), and a word that
    opens a name a title or role introduced is a first name, whatever else it opens."""
    first_names = {f.tokens[0] for k, f in forms.items() if len(f.tokens) >= 2 and f.cued and kind[k] == "person"}
    alone = {f.tokens[0]: f for k, f in forms.items()
             if len(f.tokens) == 1 and not (f.gendered or f.cued) and f.mid_sentence and kind[k] in ("other", "body")
             and f.tokens[0] not in first_names}  # "Steve" opens "CEO Steve Lind": a first name
    for k, f in forms.items():
        brand = alone.get(f.tokens[0]) if kind[k] == "person" and len(f.tokens) >= 2 and not f.cued else None
        if brand and brand.count >= max(2, f.count):  # "Tim and Steve": a first name alone, but seldom
            kind[k] = kind[brand.key]


def _bind_declarations(uf: Union, forms: dict[str, Form], decls: tuple[EntityDecl, ...]):
    """Editors' declarations bind their name and aliases: the spelling first, then its key."""
    decl_of_key: dict[str, int] = {}
    decl_of_tkey: dict[str, set[int]] = defaultdict(set)
    decl_root: dict[int, str] = {}
    for i, d in enumerate(decls):
        root = f"decl:{i:06d}"
        uf.find(root)
        decl_root[i] = root
        for n in (d.name, *d.aliases):
            for m in {n, strip_article(n)}:
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


def _join_same_key(uf: Union, forms: dict[str, Form]) -> None:
    """Spellings with one transliteration key are one name (a gendered title apart)."""
    by_tkey: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, f in sorted(forms.items()):
        by_tkey[(f.tkey, f.gendered)].append(k)
    for ks in by_tkey.values():
        for k in ks[1:]:
            if not two_decls(uf, ks[0], k):
                uf.union(ks[0], k)


def _join_squashed(uf: Union, forms: dict[str, Form], kind: dict[str, str]) -> None:
    """One name written with a hyphen, a space or neither: Ilori-Bassey / Ilori Bassey,
    RedKite / Red Kite."""
    by_squash: dict[str, list[str]] = defaultdict(list)
    for k, f in sorted(forms.items()):
        if not f.gendered and kind[k] != "place":
            by_squash[f.key.split(":")[-1].replace(" ", "")].append(k)
    for ks in by_squash.values():
        for k in ks[1:]:
            same_kind = (kind[k] in PERSONISH) == (kind[ks[0]] in PERSONISH) or "other" in (kind[k], kind[ks[0]])
            if same_kind and not two_decls(uf, ks[0], k):
                uf.union(ks[0], k)


def _join_person_spellings(uf: Union, people: list[Form], decl_people, decl_root) -> None:
    """Full person names: one spelling within a block of the same consonant skeleton."""
    blocks: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)  # -> (key, node)
    for f in people:
        blocks[(skeleton(f.tkey), len(f.tokens))].append((f.tkey, f.key))
    for i, k in decl_people:
        blocks[(skeleton(k), len(k.split()))].append((k, decl_root[i]))
    for members in small_blocks(blocks.values()):
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                (ka, na), (kb, nb) = members[x], members[y]
                same = all(tokens_match(a, b) for a, b in zip(ka.split(), kb.split(), strict=True))
                if same and not two_decls(uf, na, nb):
                    uf.union(na, nb)


SURNAME_STEM = 4  # letters a surname keeps without its last one for the two to be one name (Varga / Vargas)


def _join_surname_endings(uf: Union, people: list[Form]) -> None:
    """Full person names, one's surname the other's with one letter more at its end, the rest the
    same: "Elena Varga" / "Elena Vargas", "Tomas Ruda" / "Tomas Rudas". An ending dropped or added
    (a plural's s, a case ending) is a slip of one outlet's copy far more often than a second person
    of the same first name in one story; the consonant blocks of ``_join_person_spellings`` never
    meet them, since the added letter is a consonant as often as not."""
    by_name: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for f in sorted(people, key=lambda f: f.key):
        by_name[tuple(f.tokens)].append(f.key)
    for toks, keys in sorted(by_name.items()):
        if len(toks[-1]) <= SURNAME_STEM:
            continue
        for other in by_name.get((*toks[:-1], toks[-1][:-1]), ()):
            if not two_decls(uf, keys[0], other):
                uf.union(keys[0], other)


def _join_org_spellings(uf: Union, forms: dict[str, Form], kind: dict[str, str]) -> None:
    """Organisations: the same spellings, and a plural's "s" ("General Motor" / "General Motors")."""
    orgs: dict[tuple[str, int], list[str]] = defaultdict(list)
    for f in forms.values():
        if kind[f.key] in ("body", "outlet", "document"):
            orgs[(skeleton(singular(f.tkey)), len(f.tokens))].append(f.key)
    for keys in small_blocks(orgs.values()):
        for x in range(len(keys)):
            for y in range(x + 1, len(keys)):
                ta, tb = forms[keys[x]].tokens, forms[keys[y]].tokens
                same = all(tokens_match(singular(a), singular(b)) for a, b in zip(ta, tb, strict=True))
                if same and not two_decls(uf, keys[x], keys[y]):
                    uf.union(keys[x], keys[y])


def _join_translated_bodies(uf: Union, forms: dict[str, Form], kind: dict[str, str]) -> None:
    """One public body whose name outlets translate differently: "National Civil Protection
    Agency" / "Civil Protection Administration". The words that say what it does (two or more)
    are the same, its head is a public body's ("agency", "administration", "authority"), and no
    other body of the corpus has those words."""
    by_core: dict[str, set[str]] = defaultdict(set)
    for f in forms.values():
        toks = f.name.split()
        if kind[f.key] not in ("body", "outlet") or len(toks) < 3 or toks[-1].lower() not in AGENCY_HEADS:
            continue
        core = [fold(t) for t in toks[:-1] if t.lower() not in GENERIC_MODIFIERS]
        if len(core) >= 2:
            by_core[" ".join(core)].add(uf.find(f.key))
    for roots in by_core.values():
        roots = sorted(roots)
        if len(roots) == 2 and not two_decls(uf, roots[0], roots[1]):
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
        if (kind[f.key] not in PERSONISH and not guessed_place) or f.key in decl_of_key:
            continue
        toks = f.tokens
        cands: set[str] = set()
        if len(toks) == 1:
            for node in by_last.get(skeleton(toks[0]), ()):
                last = key_of(node, forms, decls, decl_root).split()[-1]
                if tokens_match(toks[0], last) and (not f.gendered or _gender_fits(f.gendered, gender[node])):
                    cands.add(uf.find(node))
        else:
            for node in by_first_last.get((toks[0], toks[-1]), ()):
                longer = key_of(node, forms, decls, decl_root).split()
                if len(longer) > len(toks) and subsequence(toks, longer):
                    cands.add(uf.find(node))
        cands.discard(uf.find(f.key))
        if len(cands) == 1 and not (uf.find(f.key).startswith("decl:")):
            uf.union(f.key, cands.pop())


def _cluster_genders(uf: Union, forms: dict[str, Form]) -> dict[str, str]:
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
    Northrop Grumman, "Halvik" is Halvik Foods, "Marta" is Marta Vrana, when only one fits.
    A bare word that is also a person's surname ("Ford") is left alone. A club goes by the word
    closing its name: "Rovers" is Harlow Rovers when only one club's name ends in it."""
    surnames = {f.tokens[-1] for f in people}
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    by_club_head: dict[str, set[str]] = defaultdict(set)
    for f in forms.values():
        if len(f.tokens) < 2 or f.gendered:
            continue
        if kind[f.key] != "place":  # "Qatar" is not Qatar Airways, but "EU" is the European Union
            by_first[f.tokens[0]].add(f.key)
        if kind[f.key] == "body" and f.name.split()[-1].casefold() in CLUB_HEADS:
            by_club_head[f.tokens[-1]].add(f.key)
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
        elif word.casefold() in CLUB_HEADS:  # "Rovers": the one club whose name it closes
            nodes = by_club_head.get(f.tokens[0], set())
        else:
            nodes = by_first.get(f.tokens[0], set())
        cands = {uf.find(n) for n in nodes} - {uf.find(f.key)}
        if len(cands) == 1 and f.tokens[0] not in surnames and not uf.find(f.key).startswith("decl:"):
            uf.union(f.key, cands.pop())


_FUNCTION_WORDS = lexicon.words("stopwords")


def _join_slogans(uf, forms, kind, lower_words) -> set[str]:
    """"Jail Mubarak", "Down Down Mubarak": a chant or a headline's verb before a name is no
    name of its own. A name whose first words the corpus writes in lower case, never
    introduced as a person, is a mention of the rest of it when the rest is a name we know."""
    slogans = set()
    for f in sorted(forms.values(), key=lambda f: f.key):
        words = f.name.split()
        if len(words) < 2 or f.cued or f.outlet or kind[f.key] not in PERSONISH:
            continue
        if f.speaker and words[0].lower() not in _FUNCTION_WORDS:
            continue  # a speaker is someone, unless the name opens with "With" ("Down With X: ...")
        n, end = 0, len(words)
        while n < end - 1 and (words[n].lower() in lower_words or words[n].lower() in _FUNCTION_WORDS):
            n += 1
        while n and end - 1 > n and words[end - 1].lower() in lower_words:
            end -= 1  # "Shut Harlow Down"
        rest = _named(" ".join(words[n:end]), forms, kind, f.key) if n else None
        if rest is not None:
            uf.union(rest, f.key) if not uf.find(f.key).startswith("decl:") else None
            slogans.add(f.key)
    return slogans


def _named(rest: str, forms, kind, own: str) -> str | None:
    """The known name ``rest`` stands for: itself, or the one person whose name ends with it
    ("With Reyvik" of "Tomas Reyvik", when no 'Reyvik' was written alone)."""
    key = spelling_key(rest)
    if key in forms and key != own:
        return key
    tail = f" {key}"
    ends = [k for k, g in forms.items() if k != own and k.endswith(tail) and kind[k] in PERSONISH and not g.outlet]
    return ends[0] if len(ends) == 1 else None
