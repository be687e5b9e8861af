"""One article's per-article results, and the claims of a corpus, as compact bytes: what the cache
stores and workers send back.

JSON (not pickle: a cache file is data, and reading it must never run code), each dataclass
as the list of its fields in declaration order, zlib-compressed. A statement's or segment's
text is left out when it is the body's own slice (read back, it is held as the article's
``Body``: one string for all of them), so a result is mostly offsets; the numbers and dates
read back are held once (``once``). ``decode(encode(x)) == x`` for every result (tested on the corpora).
Change ``FORMAT`` when this layout changes: the cache key includes it.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, fields
from operator import attrgetter
from sys import intern

from generator.model import Article, Body, Claim, DateMention, EventDate, Segment, Statement
from generator.once import number, shared
from generator.stages.entities import ArticleNames, StatementNames
from generator.text.names import Name

FORMAT = 1


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the per-article stages made of one article."""

    segments: tuple[Segment, ...]
    statements: tuple[Statement, ...]
    names: ArticleNames


_FIELDS = {t: tuple(f.name for f in fields(t))
           for t in (Segment, Statement, DateMention, EventDate, Name, StatementNames, ArticleNames,
                     Claim)}  # fmt: skip
# fields holding other dataclasses: (type, many)
_NESTED = {
    Statement: {"dates": (DateMention, True), "event_date": (EventDate, False)},
    EventDate: {"mention": (DateMention, False)},
    StatementNames: {"names": (Name, True)},
    ArticleNames: {"statements": (StatementNames, True)},
    Claim: {"date": (EventDate, False)},
}
_SLICED = (Segment, Statement)  # have start, end, text: text is usually body[start:end]


def _packer(cls):
    """A function ``cls`` instance -> list for one dataclass: its fields read at once
    (``attrgetter``), nested ones packed, a text that is the body's own slice left out.
    Tuples stay tuples: JSON writes them as lists."""
    names = _FIELDS[cls]
    values = attrgetter(*names)
    nested = [(names.index(n), kind, many) for n, (kind, many) in _NESTED.get(cls, {}).items()]
    sliced = (names.index("text"), names.index("start"), names.index("end")) if cls in _SLICED else None

    def pack(obj, body: str) -> list:
        out = list(values(obj))
        for i, kind, many in nested:
            value = out[i]
            if value is not None:
                out[i] = [_PACK[kind](v, body) for v in value] if many else _PACK[kind](value, body)
        if sliced is not None and out[sliced[0]] == body[out[sliced[1]]:out[sliced[2]]]:
            out[sliced[0]] = None
        return out

    return pack


_PACK = {cls: _packer(cls) for cls in _FIELDS}


def _pack(obj, body: str) -> list:
    return _PACK[type(obj)](obj, body)


# tuple fields of plain values, or of tuples of them (JSON gives lists)
_TUPLES = {ArticleNames: ("lower_words",), Claim: ("statements", "sources", "flags", "numbers", "shared")}


def _tuple(values: list) -> tuple:
    return tuple([_tuple(v) if type(v) is list else intern(v) if type(v) is str else v for v in values])


# strings of one statement or segment alone: not interned (the table would hold each for nothing)
_OWN = {Statement: ("id", "text"), Segment: ("text",)}
_ONCE = (DateMention, EventDate)  # equal ones of one article held once (``once.shared``)


def _held(value, own: bool):
    """Kinds, "how" notes, names: the same few strings over and over, interned; offsets shared."""
    if type(value) is str:
        return value if own else intern(value)
    return number(value) if type(value) is int else value


def _maker(cls):
    """A function (list, body, held) -> ``cls`` instance for one dataclass: positional, nested ones
    made first; ``held``: the article's equal dates, held once."""
    names = _FIELDS[cls]
    nested = [(names.index(n), kind, many) for n, (kind, many) in _NESTED.get(cls, {}).items()]
    tuples = [names.index(n) for n in _TUPLES.get(cls, ())]
    sliced = (names.index("text"), names.index("start"), names.index("end")) if cls in _SLICED else None
    own = tuple(n in _OWN.get(cls, ()) for n in names)
    size, once = len(names), cls in _ONCE

    def make(data: list, body: Body, held: dict):
        if type(data) is not list or len(data) != size:
            raise ValueError(f"{cls.__name__}: not the {size} fields stored")
        data = [_held(v, o) for v, o in zip(data, own, strict=True)]
        for i, kind, many in nested:
            value = data[i]
            if value is not None:
                sub = _MAKE[kind]
                data[i] = tuple([sub(v, body, held) for v in value]) if many else sub(value, body, held)
        for i in tuples:
            data[i] = _tuple(data[i])
        if sliced is not None and data[sliced[0]] is None:
            data[sliced[0]] = body  # its article's text, read as body[start:end]
        return shared(cls(*data), held) if once else cls(*data)

    return make


_MAKE = {cls: _maker(cls) for cls in _FIELDS}


def encode(result: Extracted, article: Article) -> bytes:
    body = article.body
    data = [[_pack(s, body) for s in result.segments], [_pack(s, body) for s in result.statements],
            _pack(result.names, body)]  # fmt: skip
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode(blob: bytes, article: Article) -> Extracted:
    """The result ``encode`` stored; ValueError for anything else (a damaged or foreign value)."""
    try:
        segments, statements, names = json.loads(zlib.decompress(blob))
        body, held = Body(article.body), {}
        return Extracted(tuple([_MAKE[Segment](s, body, held) for s in segments]),
                         tuple([_MAKE[Statement](s, body, held) for s in statements]),
                         _MAKE[ArticleNames](names, body, held))  # fmt: skip
    except (zlib.error, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        raise ValueError(f"not a stored result: {err}") from None


def encode_claims(claims: list[Claim]) -> bytes:
    """The claims of a corpus (``claims.match``), as the cache stores them."""
    data = [_pack(c, "") for c in claims]
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def decode_claims(blob: bytes) -> list[Claim]:
    """The claims ``encode_claims`` stored; ValueError for anything else."""
    try:
        held: dict = {}
        return [_MAKE[Claim](c, Body(""), held) for c in json.loads(zlib.decompress(blob))]
    except (zlib.error, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        raise ValueError(f"not stored claims: {err}") from None
