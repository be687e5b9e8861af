"""The data that flows between pipeline stages.

Every stage is a pure function from these frozen dataclasses to the next ones, so a stage
can be tested, cached or replaced on its own. Offsets are Python ``str`` indices into
``Article.body`` (the text after the front matter), as the export contract says.

The classes made per sentence, segment, date or name (thousands an article in a large
corpus) have ``__slots__``: no ``__dict__`` each, a third of their memory. Their fields and
behaviour are those of any frozen dataclass (``replace``, equality, hashing, pickling).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from functools import cache
from operator import attrgetter
from typing import Any, Literal, TypeVar, get_args

from generator.errors import Problem

_S = TypeVar("_S")

Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century", "vague"]
_PRECISIONS = get_args(Precision)  # finest first


def fineness(precision: str) -> int:
    """0 for a day, 1 for a week ... (``Precision``'s order, finest first); past the last for anything else."""
    return _PRECISIONS.index(precision) if precision in _PRECISIONS else len(_PRECISIONS)

StatementKind = Literal["headline", "claim", "quote", "context", "boilerplate"]
EntityKind = Literal["person", "body", "place", "outlet", "document", "other"]
Flag = Literal["single_source", "wording_differs", "number_differs", "date_differs", "editor"]
Status = Literal["happened", "announced"]


# ---------------------------------------------------------------- content (load)


@dataclass(frozen=True)
class Source:
    """An outlet, from ``sources.yml``."""

    id: str
    name: str
    url: str | None = None
    country: str | None = None
    kind: str | None = None  # newspaper, agency, broadcaster, state media, blog, ...


@dataclass(frozen=True)
class Article:
    """One article as read from ``content/``: its metadata and its untouched text."""

    id: str  # stable: derived from the file name
    path: str  # relative to the content folder, POSIX separators
    source: str  # a Source.id
    title: str | None
    url: str | None
    published: datetime | None  # always timezone-aware; None when not known (then inferred later)
    published_text: str | None  # as the editor wrote it, e.g. "2020-07-08T14:47:00+03:00"
    published_has_time: bool  # False for a bare date: anchor on the date, not on a time of day
    body: str  # the article text after the front matter (raw dumps: the whole file)
    body_line: int  # 1-based line of the file where ``body`` starts, for messages
    author: str | None = None
    language: str = "en"
    tags: tuple[str, ...] = ()
    published_inferred: bool = False


@dataclass(frozen=True)
class EntityDecl:
    """An editor's entry in ``entities.yml``: it wins over automatic name merging."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    role: str | None = None
    path: str = "entities.yml"
    line: int | None = None


@dataclass(frozen=True)
class EventOverride:
    """What an editor fixed about one event (matched by event id).

    With ``statement``, ``event`` is also pinned: the event holding that statement gets it
    as its id, so the id no longer depends on which report came first.
    """

    event: str
    title: str | None = None
    date: str | None = None  # TIMEX3 value
    precision: Precision | None = None
    status: Status | None = None
    line: int | None = None
    statement: str | None = None  # pins ``event`` as the id of the event holding it


@dataclass(frozen=True)
class Overrides:
    """Editor decisions from ``overrides.yml``. Each is applied at the stage it concerns."""

    events: tuple[EventOverride, ...] = ()
    # statement ids (or claim ids) that must end up in one claim
    merge: tuple[tuple[str, ...], ...] = ()
    # statement ids that must stand as claims of their own
    split: tuple[str, ...] = ()
    # statement ids not to show on the timeline
    hide: tuple[str, ...] = ()
    # (article id, text) pairs: any line of that article containing text is boilerplate
    boilerplate: tuple[tuple[str, str], ...] = ()
    # statement id -> (TIMEX3 value, precision): the statement's event date
    dates: tuple[tuple[str, str, Precision], ...] = ()
    # statement id -> the event id its recall clauses tell again, or None: they recall none
    recalls: tuple[tuple[str, str | None], ...] = ()
    path: str = "overrides.yml"
    # (section, reference) -> its line in the file, for warnings found after the pipeline
    lines: tuple[tuple[str, str, int], ...] = ()

    def line(self, section: str, ref: str) -> int | None:
        return next((n for s, r, n in self.lines if s == section and r == ref), None)


@dataclass(frozen=True)
class Corpus:
    """Everything read from ``content/``, validated. Warnings ride along in ``problems``."""

    root: str  # the content folder, absolute
    sources: tuple[Source, ...]
    articles: tuple[Article, ...]
    entities: tuple[EntityDecl, ...] = ()
    overrides: Overrides = field(default_factory=Overrides)
    problems: tuple[Problem, ...] = ()
    shown_as: str = "content"  # the content folder as the user named it, for messages


# ---------------------------------------------------------------- text held once


class Body:
    """An article's text as the statements and segments cut from it hold it: their ``text`` is
    then ``body[start:end]``, made when read, rather than a copy of those characters each (about
    a third of what the statements of a corpus held, and all of what its segments held)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def _spanned(cls: type[_S]) -> type[_S]:
    """``cls.text`` given as a ``Body``: read as the body's ``[start:end]``; given as a ``str``
    (a headline from the metadata, a clause written otherwise): that string. Everything that
    reads the field (equality, hashing, ``repr``, pickling, ``fields``, ``replace``) sees the
    string; ``replaced`` copies the ``Body`` itself."""
    slot = cls.__dict__["text"]

    def get(self) -> str:
        value = slot.__get__(self, cls)
        return value if type(value) is str else value.text[self.start:self.end]

    def put(self, value: str | Body) -> None:  # only by ``__init__`` and unpickling: the class is frozen
        slot.__set__(self, value)

    cls.text = property(get, put, doc="The words: the body's slice, or as written when not one.")
    cls._held_text = slot
    return cls


# ---------------------------------------------------------------- boilerplate


@_spanned
@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of an article body: either article text or page furniture."""

    start: int
    end: int
    text: str
    boilerplate: bool
    reason: str | None = None  # why it is boilerplate: "navigation", "caption", "photo credit", ...
    editor: bool = False  # an editor marked it in overrides.yml


# ---------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in the text and resolved to a TIMEX3-style value."""

    text: str
    start: int  # offsets into Article.body
    end: int
    value: str  # 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3, 2020, 201, 19, PAST_REF, ...
    precision: Precision
    anchor: str  # how it was resolved, in words, e.g. "weekday of the publication date (Wed 2020-07-08)"
    future: bool = False  # refers to a time after the publication date


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date a statement's main clause is about, and how we know it."""

    value: str
    precision: Precision
    how: str
    status: Status = "happened"
    mention: DateMention | None = None  # None when inherited from the article or narrative
    editor: bool = False


# ---------------------------------------------------------------- statements


@_spanned
@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence, or a clause of one that carries a claim of its own."""

    id: str  # "<article id>#s3", or "#s3.2" for the second clause of sentence 3
    article: str
    start: int
    end: int
    text: str
    kind: StatementKind
    sentence: int  # index of the sentence in the article
    paragraph: int = 0
    quoted: bool = False  # the statement is (mostly) a direct quote
    speaker_name: str | None = None  # the name as written ("Okafor", "he" resolved to a name)
    speaker: str | None = None  # an Entity.id, filled by the entity stage
    attributed_to: str | None = None  # "Radio Kestrel" for "according to Valdoria's Radio Kestrel"
    boilerplate_reason: str | None = None
    dates: tuple[DateMention, ...] = ()
    event_date: EventDate | None = None  # None: undated background
    hidden: bool = False  # an editor hid it


# ---------------------------------------------------------------- entities


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a statement."""

    text: str
    start: int
    end: int
    statement: str
    entity: str | None = None


@dataclass(frozen=True)
class Entity:
    """A person, body, place or outlet, with every name it goes by."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: EntityKind | None = None
    role: str | None = None
    editor: bool = False  # declared in entities.yml
    former_ids: tuple[str, ...] = ()  # ids it was published under before; they redirect here


# ---------------------------------------------------------------- claims and events


@dataclass(frozen=True)
class Claim:
    """One thing reported, with every statement (from every outlet) that reports it."""

    id: str
    text: str
    statements: tuple[str, ...]
    sources: tuple[str, ...]
    speaker: str | None = None
    flags: tuple[Flag, ...] = ()
    date: EventDate | None = None
    numbers: tuple[tuple[str, str], ...] = ()  # (source id, number as written) where they differ
    shared: tuple[str, ...] = ()  # of ``statements``, those another claim holds as its own (a sentence of two claims)


@dataclass(frozen=True)
class Salience:
    """How prominently the articles reported an event: what ranks the story's key events."""

    score: float = 0.0
    outlets: int = 0  # outlets with a claim of the event
    articles: int = 0  # articles with a claim of the event
    leads: int = 0  # of those, articles reporting it in their headline or lead
    days: int = 0  # distinct publication days of those articles
    named: int = 0  # other articles naming its day without a claim of it (a recap, the day's other news)
    recapped: int = 0  # later articles telling it again in words, with no date (``salience._recapping``)


@dataclass(frozen=True)
class Recall:
    """A clause of a statement that tells again a happening of an earlier time ("the insurer, which
    disclosed the breach on Monday, said ..."): no claim of its own, a link to the event it recalls."""

    statement: str  # the Statement.id
    start: int  # offsets into Article.body: the clause
    end: int
    editor: bool = False  # linked by an editor (``overrides.yml`` ``recalls``), not found


@dataclass(frozen=True)
class Event:
    """Claims about one happening on one date, with the background that explains it."""

    id: str
    date: str
    precision: Precision
    how: str
    title: str
    claims: tuple[Claim, ...]
    context: tuple[Claim, ...] = ()
    status: Status = "happened"
    announced_in: str | None = None  # the event at which a future event was announced
    editor: tuple[str, ...] = ()  # which fields an editor decided: "title", "date", ...
    former_ids: tuple[str, ...] = ()  # ids it was published under before; they redirect here
    salience: Salience = Salience()  # filled by stages.salience, after grouping
    recalls: tuple[Recall, ...] = ()  # clauses of other statements that tell it again (``events.recalls``)


@dataclass(frozen=True)
class Timeline:
    """The result of the whole pipeline: what exports and pages are made from."""

    sources: tuple[Source, ...]
    articles: tuple[Article, ...]
    segments: dict[str, tuple[Segment, ...]]  # article id -> its body, cut into segments
    statements: dict[str, tuple[Statement, ...]]  # article id -> its statements, in order
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]  # in timeline order
    problems: tuple[Problem, ...] = ()


# ---------------------------------------------------------------- copies

_T = TypeVar("_T")


@cache
def _layout(cls: type) -> tuple[attrgetter, dict[str, int]]:
    names = [f.name for f in fields(cls)]
    if any(not f.init for f in fields(cls)):
        raise TypeError(f"{cls.__name__} has a field set outside __init__")
    return attrgetter(*names), {name: i for i, name in enumerate(names)}


def replaced(obj: _T, **changes: Any) -> _T:
    """``dataclasses.replace`` for the per-article stages' hot paths (a statement copied with its
    dates, then its event date: tens of thousands a corpus): the same copy, made positionally;
    a text held as its article's ``Body`` stays held so."""
    cls = type(obj)
    values, at = _layout(cls)
    out = list(values(obj))
    held = getattr(cls, "_held_text", None)
    if held is not None and "text" not in changes:
        out[at["text"]] = held.__get__(obj, cls)
    for name, value in changes.items():
        out[at[name]] = value
    return cls(*out)
