"""Spelling keys of names: one key for the spellings of one name (romanisations, accents,
hyphens), compared by the entities stage. Pure string functions, no knowledge of titles or roles
(those are ``names``')."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator import lexicon


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case, no accents, hyphens and apostrophes dropped: 'Ben-Dovan' -> 'bendovan'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\s'’`\-.]+", "", s.lower())


# Romanisations of one sound, folded to one letter. Arabic and Persian: q/gh/k, ou/u, ee/i;
# Slavic: š is "sh" in English copy, ć and č "ch" ("-ović" / "-ovych"), Ukrainian h for
# Russian and Serbian g (Bohdan / Bogdan, Horbach / Gorbač).
_TRANSLIT = [
    ("sch", "sh"), ("sh", "s"), ("kh", "x"), ("gh", "k"), ("ck", "k"), ("ch", "C"), ("q", "k"), ("c", "k"),
    ("ph", "f"), ("th", "t"), ("dh", "d"), ("zh", "j"), ("dj", "j"), ("w", "v"),
    ("ou", "u"), ("oo", "u"), ("o", "u"), ("ee", "i"), ("ei", "i"), ("ey", "i"), ("ai", "i"), ("ay", "i"),
    ("y", "i"), ("e", "i"),
]
_FINAL_CH = re.compile(r"(?<=[iy])ch$")  # "-ich", "-ych" end a name as "-ić" does


_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az)[-‑]", re.IGNORECASE)


@lru_cache(maxsize=65536)
def token_key(tok: str) -> str:
    """A transliteration key for one word: spellings of one Arabic or Persian name meet.

    Bagheri/Baqeri -> 'bakiri'; Mansour/Mansur/Mansoor -> 'mansur'; Ayyoub/Ayoub -> 'iub';
    Hussein/Husayn/Hussain -> 'husin'.
    Vowel a stays apart from i/u so that Hassan and Hussein keep distinct keys.
    """
    s = fold(tok)
    article = _ARTICLE.match(tok)
    if article and len(tok) - article.end() >= 3:
        s = fold(tok[article.end() :])  # al-Assad / Assad, el-Sisi / Sisi: the article is optional
    s = _FINAL_CH.sub("c", s)
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = s[:1] + s[1:].replace("h", "g")  # an h inside a name: Ukrainian for g (Bohdan / Bogdan)
    s = re.sub(r"(.)\1+", r"\1", s)  # double letters: Hassan/Hasan, Mohammad/Mohamad
    return s


_DIGRAPHS = lexicon.mapping("transliteration-digraphs")
_DIGRAPH = re.compile("|".join(sorted(_DIGRAPHS, key=len, reverse=True)))


def skeleton(key: str) -> str:
    """Consonants only, with the letter groups romanisations write differently made one
    ("tomasz" / "tomas"), a doubled letter single: the block in which spellings are compared."""
    key = _DIGRAPH.sub(lambda m: _DIGRAPHS[m.group()], key)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aiuy ]", "", key))
