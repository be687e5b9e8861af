"""How two outlets' wordings of one claim differ, word by word.

"rebel groups" against "Terrorist groups" is the news: the diff shows each outlet's words
that the other did not use, and numbers that differ are marked apart, since a changed
figure matters more than a changed adjective. Output is HTML built from escaped text.
"""

from __future__ import annotations

import difflib
import re

from markupsafe import Markup

from generator.present.escape import text

_TOKEN = re.compile(r"\w+(?:[’'.,-]\w+)*|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(r"\d")
_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "first", "second", "third", "fourth", "fifth", "sixth",
}


def tokens(s: str) -> list[str]:
    return _TOKEN.findall(s)


def _norm(tok: str) -> str:
    return tok.lower().replace("’", "'")


def is_number(tok: str) -> bool:
    return bool(_NUMBER.search(tok)) or tok.lower() in _NUMBER_WORDS


def numbers(s: str) -> list[str]:
    return [t for t in tokens(s) if is_number(t)]


def differs(a: str, b: str) -> bool:
    """True when the two wordings use different words (case and punctuation aside)."""
    wa = [_norm(t) for t in tokens(a) if t[0].isalnum()]
    wb = [_norm(t) for t in tokens(b) if t[0].isalnum()]
    return wa != wb


def numbers_differ(a: str, b: str) -> bool:
    """Both wordings give figures, and not the same ones ("12" against "dozens").

    A figure only one outlet gives is an extra detail, not a disagreement.
    """
    na, nb = sorted(map(_norm, numbers(a))), sorted(map(_norm, numbers(b)))
    return bool(na) and bool(nb) and na != nb


class _Read:
    """One wording taken apart once: its tokens, where they are, their compared forms, its figures."""

    __slots__ = ("figures", "norms", "spans", "text", "tokens", "words")

    def __init__(self, s: str):
        found = list(_TOKEN.finditer(s))
        self.text = s
        self.tokens = [m.group(0) for m in found]
        self.spans = [m.span() for m in found]
        self.norms = [_norm(t) for t in self.tokens]
        self.words = [n for t, n in zip(self.tokens, self.norms, strict=True) if t[0].isalnum()]
        self.figures = sorted(n for t, n in zip(self.tokens, self.norms, strict=True) if is_number(t))


def _marked(tag: str, chunk: str, toks: list[str], base_numbers: set[str]) -> Markup:
    # a figure is marked apart only when the other outlet gives figures too, and not this one
    cls = "cl-num" if base_numbers and any(is_number(t) and _norm(t) not in base_numbers for t in toks) else "cl-word"
    return Markup(f'<{tag} class="{cls}">{text(chunk)}</{tag}>')


def inline_diff(base: str, other: str) -> Markup:
    """``other`` as HTML, with the words ``base`` does not have marked ``<ins>``.

    Shown beside the first outlet's wording, so each outlet's own words stand out; the
    text between words is kept exactly as the outlet wrote it.
    """
    return _inline(_Read(base), _Read(other))


def _inline(base: _Read, other: _Read) -> Markup:
    base_numbers = set(base.figures)
    sm = difflib.SequenceMatcher(a=base.norms, b=other.norms, autojunk=False)
    parts: list[str] = []
    cur = 0
    s = other.text
    for op, _i1, _i2, j1, j2 in sm.get_opcodes():
        if op == "delete" or j1 == j2:
            continue  # deletions show on the other outlet's side
        start, end = other.spans[j1][0], other.spans[j2 - 1][1]
        if start > cur:
            parts.append(text(s[cur:start]))
        chunk = s[start:end]
        parts.append(text(chunk) if op == "equal" else _marked("ins", chunk, other.tokens[j1:j2], base_numbers))
        cur = end
    if cur < len(s):
        parts.append(text(s[cur:]))
    return Markup("".join(parts))


def _compare(ref: _Read, read: _Read) -> tuple[Markup, bool, bool]:
    numbers_differ = bool(ref.figures) and bool(read.figures) and ref.figures != read.figures
    return _inline(ref, read), ref.words != read.words, numbers_differ


def side_by_side(wordings: list[tuple[str, str]]) -> list[tuple[str, Markup, bool, bool]]:
    """For each (source, text): (source, html with its own words marked, wording differs,
    numbers differ), every outlet compared with the first one (the first with the second)."""
    if not wordings:
        return []
    reads = [_Read(w) for _src, w in wordings]
    out = []
    for i, (source, _w) in enumerate(wordings):
        ref = (reads[1] if len(reads) > 1 else reads[0]) if i == 0 else reads[0]
        out.append((source, *_compare(ref, reads[i])))
    return out
