"""The words of a Markdown article without its inline syntax, at the same offsets.

A Markdown article's reader sees "the port authority", not "[port authority](https://...)",
"**Bold claim**" or "`code`"; its statements, claims, event titles and addresses must say the
same words. Every stage works on offsets into ``Article.body``, so the syntax is not cut out
but blanked: ``read`` keeps the length, and moves a construct's words to its end ("**x**:" reads
"    x:"), so no blank stands between them and the punctuation after them. The article page
and the pipeline read the same text, so what a page marks is what was read.

Python-Markdown (a dependency, through MkDocs) renders HTML and gives no offsets into the
source, so the few inline constructs are matched here: code spans, emphasis with ``*`` or
``_`` (never inside snake_case), links and images (whose address is dropped). Block markers
("## ", "> ", "- ") are left: the statement stage reads them as layout. A raw dump (``.txt``)
is not Markdown and is never read this way.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"(`+)[^`\n]+?\1")
_EMPHASIS = (
    re.compile(r"(?<![\\*])(\*\*?)(?=[^\s*])[^\n*]*?[^\s*\\]\1(?!\*)"),  # *x*, **x**: also inside a word
    re.compile(r"(?<![\w\\])(__?)(?=[^\s_])[^\n_]*?[^\s_\\]\1(?!\w)"),  # _x_, __x__: never in snake_case
)
# each part stops at the next bracket or space, so a line of unclosed "[a](b" stays linear; an
# address may hold one level of parentheses (wiki/Foo_(bar), javascript:alert(9))
_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\((?:[^()\[\]\s]|\([^()\[\]\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)")


def is_markdown(path: str) -> bool:
    """An article file read as Markdown (a ``.txt`` raw dump is not)."""
    return path.lower().endswith((".md", ".markdown"))


def read(body: str, fill: str = " ") -> str:
    """``body`` with its inline Markdown syntax replaced by ``fill``, the same length: each
    construct's words moved to its end, the syntax before them. Code spans first (what is inside
    one is not emphasis), then emphasis (which may hold a link), then links and images."""
    chars = list(body)
    code = [m.span() for m in _CODE.finditer(body)]
    for m in _CODE.finditer(body):
        mark = len(m.group(1))
        _keep(chars, m.start(), m.end(), m.start() + mark, m.end() - mark, fill)
    for rx in _EMPHASIS:
        for m in rx.finditer("".join(chars)):
            if not _inside(m.span(), code):
                mark = len(m.group(1))
                _keep(chars, m.start(), m.end(), m.start() + mark, m.end() - mark, fill)
    for m in _LINK.finditer("".join(chars)):
        if not _inside(m.span(), code):
            _keep(chars, m.start(), m.end(), m.start(1), m.end(1), fill)
    return "".join(chars)


def _keep(chars: list[str], start: int, end: int, word_start: int, word_end: int, fill: str) -> None:
    """``chars[start:end]`` as ``chars[word_start:word_end]`` at its end, ``fill`` before it."""
    words = chars[word_start:word_end]
    chars[start:end] = [fill] * (end - start - len(words)) + words


def _inside(span: tuple[int, int], code: list[tuple[int, int]]) -> bool:
    return any(cs < span[1] and span[0] < ce for cs, ce in code)
