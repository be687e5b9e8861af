"""One article's per-article results as compact bytes: what the cache stores and workers send back.

JSON (not pickle: a cache file is data, and reading it must never run code), each dataclass
as the list of its fields in declaration order, zlib-compressed. A statement's or segment's
text is left out when it is the body's own slice (it is cut again on reading), so a result
is mostly offsets. ``decode(encode(x)) == x`` for every result (tested on the corpora).
Change ``FORMAT`` when this layout changes: the cache key includes it.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, fields

from generator.model import Article, DateMention, EventDate, Segment, Statement
from generator.stages.entities import ArticleNames, StatementNames
from generator.text.names import Name

FORMAT = 1


@dataclass(frozen=True)
class Extracted:
    """What the per-article stages made of one article."""

    segments: tuple[Segment, ...]
    statements: tuple[Statement, ...]
    names: ArticleNames


_FIELDS = {t: tuple(f.name for f in fields(t))
           for t in (Segment, Statement, DateMention, EventDate, Name, StatementNames, ArticleNames)}  # fmt: skip
# fields holding other dataclasses: (type, many)
_NESTED = {
    Statement: {"dates": (DateMention, True), "event_date": (EventDate, False)},
    EventDate: {"mention": (DateMention, False)},
    StatementNames: {"names": (Name, True)},
    ArticleNames: {"statements": (StatementNames, True)},
}
_SLICED = (Segment, Statement)  # have start, end, text: text is usually body[start:end]


def _pack(obj, body: str) -> list:
    nested = _NESTED.get(type(obj), {})
    out = []
    for name in _FIELDS[type(obj)]:
        value = getattr(obj, name)
        if name in nested and value is not None:
            value = [_pack(v, body) for v in value] if nested[name][1] else _pack(value, body)
        elif name == "text" and type(obj) in _SLICED and value == body[obj.start:obj.end]:
            value = None
        elif isinstance(value, tuple):
            value = list(value)
        out.append(value)
    return out


def _unpack(cls, data: list, body: str):
    nested = _NESTED.get(cls, {})
    names = _FIELDS[cls]
    if len(data) != len(names):
        raise ValueError(f"{cls.__name__}: {len(data)} fields stored, {len(names)} expected")
    values = {}
    for name, value in zip(names, data, strict=True):
        if name in nested and value is not None:
            kind, many = nested[name]
            value = tuple(_unpack(kind, v, body) for v in value) if many else _unpack(kind, value, body)
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    if cls in _SLICED and values["text"] is None:
        values["text"] = body[values["start"]:values["end"]]
    return cls(**values)


def encode(result: Extracted, article: Article) -> bytes:
    body = article.body
    data = [[_pack(s, body) for s in result.segments], [_pack(s, body) for s in result.statements],
            _pack(result.names, body)]  # fmt: skip
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode(blob: bytes, article: Article) -> Extracted:
    """The result ``encode`` stored; ValueError for anything else (a damaged or foreign value)."""
    try:
        segments, statements, names = json.loads(zlib.decompress(blob))
        body = article.body
        return Extracted(tuple(_unpack(Segment, s, body) for s in segments),
                         tuple(_unpack(Statement, s, body) for s in statements),
                         _unpack(ArticleNames, names, body))  # fmt: skip
    except (zlib.error, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        raise ValueError(f"not a stored result: {err}") from None
