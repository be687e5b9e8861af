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


def _spans(s: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(s)]


def _marked(tag: str, chunk: str, toks: list[str], base_numbers: set[str]) -> Markup:
    # a figure is marked apart only when the other outlet gives figures too, and not this one
    cls = "cl-num" if base_numbers and any(is_number(t) and _norm(t) not in base_numbers for t in toks) else "cl-word"
    return Markup('<{tag} class="{cls}">{body}</{tag}>').format(tag=Markup(tag), cls=Markup(cls), body=text(chunk))


def inline_diff(base: str, other: str) -> Markup:
    """``other`` as HTML, with the words ``base`` does not have marked ``<ins>``.

    Shown beside the first outlet's wording, so each outlet's own words stand out; the
    text between words is kept exactly as the outlet wrote it.
    """
    ta, tb = tokens(base), tokens(other)
    base_numbers = {_norm(t) for t in ta if is_number(t)}
    spans = _spans(other)
    sm = difflib.SequenceMatcher(a=[_norm(t) for t in ta], b=[_norm(t) for t in tb], autojunk=False)
    parts: list[Markup] = []
    cur = 0
    for op, _i1, _i2, j1, j2 in sm.get_opcodes():
        if op == "delete" or j1 == j2:
            continue  # deletions show on the other outlet's side
        start, end = spans[j1][0], spans[j2 - 1][1]
        if start > cur:
            parts.append(text(other[cur:start]))
        chunk = other[start:end]
        parts.append(text(chunk) if op == "equal" else _marked("ins", chunk, tb[j1:j2], base_numbers))
        cur = end
    if cur < len(other):
        parts.append(text(other[cur:]))
    return Markup("").join(parts)


def side_by_side(wordings: list[tuple[str, str]]) -> list[tuple[str, Markup, bool, bool]]:
    """For each (source, text): (source, html with its own words marked, wording differs,
    numbers differ), every outlet compared with the first one."""
    if not wordings:
        return []
    base = wordings[0][1]
    out = []
    for i, (source, wording) in enumerate(wordings):
        if i == 0:
            ref = wordings[1][1] if len(wordings) > 1 else wording
            out.append((source, inline_diff(ref, wording), differs(ref, wording), numbers_differ(ref, wording)))
        else:
            out.append((source, inline_diff(base, wording), differs(base, wording), numbers_differ(base, wording)))
    return out
