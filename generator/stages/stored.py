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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from operator import attrgetter
from sys import intern

from generator.model import Article, Body, Claim, DateMention, EventDate, Segment, Statement
from generator.once import number, shared
from generator.stages.entities import ArticleNames, StatementNames
from generator.text.names import Name

FORMAT = 2  # 2: the names packed apart


@dataclass(frozen=True, slots=True, eq=False)
class Extracted:
    """What the per-article stages made of one article.

    The names found (``names``) are read once, by the entity stage, and are some 300 bytes a
    statement as objects: read back from a worker or the cache they stay packed (``bytes``, a
    few KB an article) and are unpacked when read, so a corpus' names are never all held."""

    segments: tuple[Segment, ...]
    statements: tuple[Statement, ...]
    found: ArticleNames | bytes  # as made, or packed (``names`` unpacks them)

    @property
    def names(self) -> ArticleNames:
        if type(self.found) is bytes:
            return _unpack_names(self.found)
        return self.found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Extracted):
            return NotImplemented
        return (self.segments, self.statements, self.names) == (other.segments, other.statements, other.names)

    __hash__ = None  # type: ignore[assignment]


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
_READ_ONCE = (Name, StatementNames, ArticleNames)  # read by the entity stage, then dropped: no offsets shared


def _maker(cls):
    """A function (list, body, held) -> ``cls`` instance for one dataclass: positional, nested ones
    made first; ``held``: the article's equal dates, held once."""
    names = _FIELDS[cls]
    nested = [(names.index(n), kind, many) for n, (kind, many) in _NESTED.get(cls, {}).items()]
    tuples = [names.index(n) for n in _TUPLES.get(cls, ())]
    sliced = (names.index("text"), names.index("start"), names.index("end")) if cls in _SLICED else None
    own = tuple(n in _OWN.get(cls, ()) for n in names)
    size, once, kept = len(names), cls in _ONCE, cls not in _READ_ONCE

    def make(data: list, body: Body, held: dict):
        if type(data) is not list or len(data) != size:
            raise ValueError(f"{cls.__name__}: not the {size} fields stored")
        # kinds, "how" notes, names: the same few strings over and over, interned; offsets shared
        if kept:
            data = [(v if o else intern(v)) if type(v) is str else number(v) if type(v) is int and v > 256 else v
                    for v, o in zip(data, own, strict=True)]  # fmt: skip
        else:
            data = [intern(v) if type(v) is str else v for v in data]
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


class Names(Mapping):
    """Each article's names (``Extracted.names``) by article id, unpacked when read: the entity
    stage reads each article's once, so they are held an article at a time."""

    def __init__(self, results: Mapping[str, Extracted]):
        self._found = {aid: r.found for aid, r in results.items()}

    def __getitem__(self, aid: str) -> ArticleNames:
        found = self._found[aid]
        return _unpack_names(found) if type(found) is bytes else found

    def __iter__(self) -> Iterator[str]:
        return iter(self._found)

    def __len__(self) -> int:
        return len(self._found)


def _packed(data) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def encode(result: Extracted, article: Article) -> bytes:
    """Two parts: the segments and statements, then the names (read back only when asked for),
    each compressed; the first part's length leads."""
    body = article.body
    texts = _packed([[_pack(s, body) for s in result.segments], [_pack(s, body) for s in result.statements]])
    found = result.found if type(result.found) is bytes else _packed(_pack(result.found, body))
    return len(texts).to_bytes(4, "big") + texts + found


def decode(blob: bytes, article: Article) -> Extracted:
    """The result ``encode`` stored (its names still packed); ValueError for anything else (a
    damaged or foreign value)."""
    try:
        cut = 4 + int.from_bytes(blob[:4], "big")
        if len(blob) <= cut:
            raise ValueError("not a stored result: cut short")
        segments, statements = json.loads(zlib.decompress(blob[4:cut]))
        body, held = Body(article.body), {}
        found = blob[cut:]
        zlib.decompress(found)  # its checksum: a damaged row is found here, not by the entity stage
        return Extracted(tuple([_MAKE[Segment](s, body, held) for s in segments]),
                         tuple([_MAKE[Statement](s, body, held) for s in statements]), found)  # fmt: skip
    except (zlib.error, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        raise ValueError(f"not a stored result: {err}") from None


def _unpack_names(packed: bytes) -> ArticleNames:
    """The names ``encode`` packed. Read when the result was: a damage shows there (ValueError)."""
    try:
        return _MAKE[ArticleNames](json.loads(zlib.decompress(packed)), Body(""), {})
    except (zlib.error, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        raise ValueError(f"not stored names: {err}") from None


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
