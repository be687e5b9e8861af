"""The spellings of names the entity stage gathers, and how two spellings are compared."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel

from generator import lexicon
from generator.text.names import name_key, name_tokens
from generator.text.places import is_place
from generator.text.spelling import fold, skeleton

KINDS = ("person", "body", "place", "outlet", "document", "other")
AGENCY_HEADS = lexicon.words("agency-heads")
GENERIC_MODIFIERS = lexicon.words("generic-modifiers")
PERSONISH = ("person", "other")


@dataclass
class Form:
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
    determined: int = 0  # times written right after "the": "the Hang Seng", "the White House"

    @property
    def tokens(self) -> list[str]:
        return self.tkey.split()


class Union:
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


def form_kind(f: Form, outlet_names: frozenset[str] = frozenset()) -> str:
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
    if f.kinds["body"] and f.kinds["person"]:
        return "body"  # read once as a body (an employer before a role: "Harlow Vance CEO Dana Wirth"),
        # elsewhere as two capitals only: the reading the text proved wins over the default one
    # "other" is the absence of evidence: any kind the text gave wins over it
    total = sum(f.kinds.values())
    specific = {k: n for k, n in f.kinds.items() if k not in ("other", "outlet") and 4 * n >= total} or dict(f.kinds)
    best = sorted(specific.items(), key=lambda kv: (-kv[1], KINDS.index(kv[0])))
    if best and best[0][0] == "person" and 2 * f.determined > f.count:
        return "other"  # two capitals read as a first name and a surname, but mostly "the ...": no one's
    return best[0][0] if best else "other"


_BLOCK = 200  # spellings compared pairwise at most; a bigger block is cut by its first letters


def small_blocks(blocks):
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


def singular(key: str) -> str:
    return " ".join(t[:-1] if len(t) > 4 and t.endswith("s") else t for t in key.split())


def two_decls(uf: Union, a: str, b: str) -> bool:
    return uf.find(a).startswith("decl:") and uf.find(b).startswith("decl:") and uf.find(a) != uf.find(b)


def key_of(node: str, forms, decls, decl_root) -> str:
    if node.startswith("decl:"):
        return name_key(decls[int(node[5:])].name)
    return forms[node].tkey


def subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(tokens_match(s, x) for x in it) for s in short)


def strip_article(n: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", n)
