"""Find date expressions in English news text and resolve each to a TIMEX3 value.

One compiled regular expression proposes candidates (every alternative is a whole
expression: "July 1, 2020", "last week", "on Wednesday", "the 1990s", "in recent years"), so
ordinary words never become dates by themselves: "We", "the 37th", "at the 6th", "may",
"march on", "Sun" and "second" match nothing. Each candidate is then parsed by the small
pattern of its kind and resolved against

* the anchor: the publication datetime, in the article's own time zone;
* the tense of its clause (``tense.py``), for weekdays, months, seasons and quarters that do
  not name their year;
* the narrative: the date the article named last, for "the next day", "that week",
  "two days later".

dateparser parses the numeric forms ("7/8/07", "08.07.2020") whose field order is its
business; everything with a month name is parsed here, because the precision a reader sees
("May 2010" is a month, not 2010-05-22) must come from the expression itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from generator.model import DateMention, Precision
from generator.stages.dates.tense import Tense, tense_at
from generator.text import calendar_words, timex
from generator.text.calendar_words import MONTH_ABBR, MONTHS, WEEKDAY_ABBR, WEEKDAYS

# ---------------------------------------------------------------- vocabulary

MONTH_NUMBER = calendar_words.MONTH_NUMBER
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "several": None, "a few": None, "few": None}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                 "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                 "twentieth": 20, "twenty-first": 21, "twenty first": 21, "final": 4, "last": 4}
# a capitalised word before a weekday makes it a name: "Black Monday", "Good Friday"
_WEEKDAY_NAMES = {"black", "easter", "good", "cyber", "holy", "ash", "super", "blue", "bloody",
                  "maundy", "whit", "shrove", "palm", "giving"}
_WEEKDAY_TITLES = {"Times", "Telegraph", "Express", "Mirror", "Herald", "Post", "Observer", "Mail",
                   "Night", "Independent", "Tribune", "Star", "Sport", "Edition", "Show", "Club"}
# words before a bare month or season that make it a date ("in May", not "May I")
_MONTH_CUES = {"in", "since", "until", "till", "by", "from", "of", "during", "before", "after",
               "through", "throughout", "to", "early", "late", "mid", "last", "next", "this",
               "that", "each", "every", "between", "and", "or", "for", "on", "around",
               "about", "end", "start", "beginning", "middle", "as", "coming", "past", "the"}


def _cased(*names: str) -> str:
    """Title case and upper case alternatives of each name (never lower case: "may", "march")."""
    alts: list[str] = []
    for name in sorted(names, key=len, reverse=True):
        alts += [name.title(), name.upper()]
    return "(?:" + "|".join(alts) + ")"


_MONTH_FULL = _cased(*MONTHS)
_MONTH_ABBR = _cased(*MONTH_ABBR) + r"\.?"
_MONTH_ANY = f"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = _cased(*WEEKDAYS)
_WEEKDAY_ANY = f"(?:{_WEEKDAY}|{_cased(*WEEKDAY_ABBR)}\\.?)"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_MOD = r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
_ORDINAL_WORD = "|".join(sorted((k for k in ORDINAL_WORDS if k not in ("final", "last")),
                                key=len, reverse=True))

# kind -> pattern. Named groups serve the parse of one candidate; the big alternation below
# strips them. Order matters: earlier kinds win at the same position.
_KINDS: list[tuple[str, str]] = [
    ("iso", rf"(?<![\d-])(?P<y>\d{{4}})-(?P<m>0[1-9]|1[0-2])-(?P<d>{_DAYNUM})(?:T\d\d:\d\d(?::\d\d)?)?(?![\d-])"),
    ("mdy", rf"(?:{_WEEKDAY_ANY},?\s+)?(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAYNUM}){_ORD}?(?:,?\s+(?P<y>{_YEAR}))?(?![\d:])"),
    ("dmy", rf"(?:{_WEEKDAY_ANY},?\s+)?(?<!\d)(?:the\s+)?(?P<d>{_DAYNUM}){_ORD}?\s+(?:of\s+)?(?P<mon>{_MONTH_ANY})(?:,?\s+(?P<y>{_YEAR}))?(?!\d)"),
    ("my", rf"(?:(?i:(?P<mod>{_MOD}))[\s-]+)?(?P<mon>{_MONTH_ANY}),?\s+(?:(?:of\s+)?(?P<y>{_YEAR})(?![\d%])|(?i:of\s+(?P<yrel>this|last|next|the\s+following|the\s+previous)\s+year)\b)"),
    ("numeric", r"(?<![\d/.])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])"),
    ("century", rf"(?i:(?:the\s+)?(?P<rel>this|last|next|previous|past|current)\s+century|(?:the\s+)?(?:(?P<cn>\d{{1,2}}){_ORD}|(?P<cw>{_ORDINAL_WORD}))[\s-]+century)"),
    ("decade", r"(?<!\w)(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?P<dec>(?:1\d|20)\d0s|['’]?\d0s)\b"),
    ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])"),
    ("quarter", rf"(?i:(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+|financial\s+)?quarter(?:\s+of\s+(?:(?P<qy>{_YEAR})|(?P<qrel>this|last|next|the)\s+year))?|Q(?P<qn>[1-4])(?:\s+(?P<qy2>{_YEAR}))?|(?P<qr>this|next|last|the\s+current|the\s+previous|the\s+last|the\s+next|the\s+coming)\s+quarter)"),
    ("season", rf"(?i:(?:(?P<srel>this|last|next|early|late|the|this\s+past|this\s+coming)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<sy>{_YEAR}))?)\b"),
    ("ago", rf"(?i:(?P<n>{_NUM}|several|a\s+few)\s+(?P<u>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier|later))\b"),
    ("same_period", r"(?i:the\s+same\s+(?P<pu>period|day|week|month|quarter)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|of\s+last\s+year|the\s+previous\s+year|the\s+year\s+before))\b"),
    ("the_day", r"(?i:(?:later|earlier|late|early)\s+in\s+the\s+day\b|(?:(?:at|by)\s+the\s+(?:start|end|close)\s+of|the\s+(?:start|end|beginning|close)\s+of|end|ending|ended|ends|finish|finished|finishing|finishes|close|closed|closing|closes|for|during|on|over|start|started|starting|began|begin)\s+the\s+day\b(?!['’]s|\s+(?:of|before|after|when|that|which|who|the|a|an|he|she|they|it|we|i|you|his|her|their|its|our|is|was|will|would|had|has|following|to)\b))"),
    ("the_year", r"(?i:(?:the\s+(?:beginning|start|end|middle)\s+of\s+)?the\s+(?:entire|whole|full)\s+year|the\s+(?:beginning|start|end|middle)\s+of\s+the\s+year|the\s+year\s+(?P<yb>before|previous|earlier))\b(?!\s+(?:of|before|after|when|that|in\s+which)\b)"),
    ("narrative", r"(?i:the\s+(?:next|following|previous|preceding)\s+(?P<nu>day|week|month|year)|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;)]|$)|(?:that|the\s+same)\s+(?P<su>day|week|month|year))\b"),
    ("relday", r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier|later)\s+today|last\s+night|(?:today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening))\b"),
    ("relunit", rf"(?i:(?:(?P<pre>earlier|later)\s+)?(?:{_MOD}\s+)?(?P<rel>last|next|this|the\s+coming|the\s+past|the\s+previous|the\s+following|the\s+current|the\s+next|the\s+last|the\s+preceding)\s+(?P<unit>week|weekend|month|year|decade))\b"),
    ("weekend", r"(?i:the\s+weekend)\b"),
    ("weekday", rf"(?:(?i:(?P<wrel>last|next|this|this\s+past|this\s+coming|early|late|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+)?(?P<wd>{_WEEKDAY})(?:(?i:\s+(?:morning|afternoon|evening|night)))?\b"),
    ("year", rf"(?:(?i:(?P<mod>{_MOD}))[\s-]+)?(?:(?<=\d{{4}}-)|(?<![\d$£€#.,/])(?<!\d-))(?P<y>{_YEAR})(?![\d%]|,\d|\.\d|-(?!\d{{4}}\b)\d|s\b|\s?(?i:percent|per\s+cent|km|kilometers|miles|people|units|jobs|employees|workers|troops|soldiers|aircraft|planes|cars|vehicles|shares|tons|tonnes|feet|metres|meters|hours|hrs|votes|GMT|UTC|local\s+time|gmt|utc)\b)"),
    ("bare_month", rf"(?:(?i:(?P<mod>{_MOD}|last|next|this))[\s-]+)?(?P<mon>{_MONTH_FULL})\b"),
    ("past_ref", r"(?i:(?:in\s+)?(?:more\s+)?recent\s+(?:years|months|weeks|days|decades|times|history)|(?:more\s+)?recently|lately|(?:in\s+)?the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b)|formerly|years\s+ago|long\s+ago|decades\s+ago|in\s+the\s+old\s+days)\b"),
    ("present_ref", r"(?i:currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|for\s+the\s+time\s+being|the\s+time\s+being|right\s+now|now)\b"),
    ("future_ref", r"(?i:in\s+the\s+(?:near\s+|distant\s+)?future|the\s+future|in\s+the\s+(?:long|short|near)\s+term|the\s+(?:long|short|near)\s+term|soon|in\s+the\s+coming\s+(?:years|months|weeks|days)|in\s+(?:the\s+)?years\s+to\s+come)\b"),
]

# a date never runs across a line break: "until Friday\nSeptember 18, 2008" is two
_KINDS = [(kind, pat.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")) for kind, pat in _KINDS]
_OWN_BOUNDARY = {"short_year", "decade"}  # they start with an apostrophe: no \b before it
_STRIP_NAMES = re.compile(r"\(\?P<\w+>")
_SCANNER = re.compile(
    "|".join(
        rf"(?P<{kind}>{'' if kind in _OWN_BOUNDARY else chr(92) + 'b'}{_STRIP_NAMES.sub('(?:', pat)})"
        for kind, pat in _KINDS
    )
)
_PARSERS = {kind: re.compile(pat) for kind, pat in _KINDS}
# Where a match can start: every alternative opens a word (after \b or (?<!\w)) or with an
# apostrophe ('90s, '08). Trying the scanner only there is the same as ``finditer`` (leftmost
# match first, no overlap) and about twice as fast: most positions are inside words.
_CAN_START = re.compile(r"\b\w|['’]")


def _scan(text: str):
    """``_SCANNER.finditer(text)``, tried only where a date can start."""
    end = 0
    for start in _CAN_START.finditer(text):
        pos = start.start()
        if pos < end:
            continue
        m = _SCANNER.match(text, pos)
        if m is not None:
            end = m.end()
            yield m

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“'(\[]?[A-Z0-9])|\n\s*")


# ---------------------------------------------------------------- context


@dataclass
class Narrative:
    """What the article has named so far: "the next day" counts from the last named day."""

    day: date | None = None
    day_text: str = ""
    month: tuple[int, int] | None = None
    year: int | None = None
    year_last: bool = False  # the date named last was a year (or a month, season): "six years later"

    def note(self, value: str, text: str) -> None:
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
        self.year_last = not (m and m[3])
        if not m:
            if re.match(r"\d{4}-", value):  # a week, season or quarter still names its year
                self.year = int(value[:4])
            return
        self.year = int(m[1])
        if m[2]:
            self.month = (int(m[1]), int(m[2]))
            self.day = None
        if m[3]:
            self.day = date(int(m[1]), int(m[2]), int(m[3]))
            self.day_text = text


@dataclass
class Anchor:
    """The publication datetime in the article's own zone (None: only absolute dates)."""

    when: datetime | None
    has_time: bool = True
    inferred: bool = False  # the date was inferred from other outlets, not published
    today: date | None = field(init=False, default=None)
    pub: str = field(init=False, default="the publication date")  # as the how texts name it

    def __post_init__(self) -> None:
        self.today = self.when.date() if self.when is not None else None
        if self.inferred:
            self.pub = "the inferred publication date"  # a reader must see what the value rests on

    def describe(self) -> str:
        assert self.today is not None
        return f"{self.today:%a} {self.today.isoformat()}"


@dataclass(frozen=True)
class _Found:
    value: str
    precision: Precision
    how: str
    relative: bool = False  # needed the anchor or the narrative
    trim: int = 0  # characters of the match before the expression proper ("ending| the day")


# ---------------------------------------------------------------- public


def find_dates(
    text: str,
    anchor: datetime | None,
    has_time: bool = True,
    narrative: Narrative | None = None,
    offset: int = 0,
    inferred: bool = False,
) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` (publication datetime).

    With ``anchor=None`` only absolute dates (with their year) are returned. ``narrative``
    carries the last named date across calls (one call per statement of an article);
    ``offset`` is added to the mention offsets (the statement's start in the body).
    ``inferred``: the anchor is a publication date inferred by the pipeline, and each value
    resting on it says so.
    """
    ctx = Anchor(anchor, has_time, inferred)
    story = narrative if narrative is not None else Narrative()
    sentences = _sentence_spans(text)
    sentence_starts = [s for s, _ in sentences]
    sentence_text: dict[int, str] = {}  # one string per sentence: the tense reader keeps it
    out: list[DateMention] = []
    for m in _scan(text):
        kind = m.lastgroup
        assert kind is not None
        start, end = m.span()
        s_start, s_end = sentences[max(bisect_right(sentence_starts, start) - 1, 0)]
        if s_start not in sentence_text:
            sentence_text[s_start] = text[s_start:s_end]
        sentence = sentence_text[s_start]
        found = _resolve(kind, m.group(0), text, start, end, sentence, start - s_start, ctx, story)
        if found is None:
            continue
        start += found.trim
        if found.value not in timex.VAGUE:
            story.note(found.value, text[start:end])
        out.append(
            DateMention(
                text=text[start:end],
                start=start + offset,
                end=end + offset,
                value=found.value,
                precision=found.precision,
                anchor=found.how,
                future=timex.is_future(found.value, ctx.today),
            )
        )
    return out


# ---------------------------------------------------------------- resolution


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[^A-Za-z\n]*$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"[\s,]*([A-Za-z']+)", text[end:end + 30])
    return m.group(1) if m else ""


def _resolve(kind: str, s: str, text: str, start: int, end: int, sentence: str, rel: int,
             ctx: Anchor, story: Narrative) -> _Found | None:
    g = _PARSERS[kind].fullmatch(s)
    if g is None:  # the scanner's \b made a match the parser does not (cannot happen)
        return None
    handler = _HANDLERS[kind]
    try:
        found = handler(g, s, text, start, end, sentence, rel, ctx, story)
    except (OverflowError, ValueError):
        return None  # "yesterday" published on 0001-01-01: before the calendar begins
    if found is not None and found.relative and ctx.today is None:
        return None
    if found is not None and not timex.in_calendar(found.value):
        return None  # "next year" published in 9999: no year 10000 to name
    return found


def _tense(sentence: str, rel: int, length: int, near: int | None = None) -> Tense:
    return tense_at(sentence, rel, rel + length, near=near)


def _iso(g, s, text, start, end, sentence, rel, ctx, story):
    d = timex.safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if d is None:
        return None
    return _Found(timex.day(d), "day", f'absolute date "{s}"')


def _month_day(g, s, text, start, end, sentence, rel, ctx, story):
    mon = _month_of(g["mon"])
    d = int(g["d"])
    if g["y"]:
        found = timex.safe_date(int(g["y"]), mon, d)
        if found is None:
            return None
        return _Found(timex.day(found), "day", f'absolute date "{s}"')
    if g["mon"].lower() in ("may", "march") and _prev_word(text, start).lower() in ("i", "you", "we", "they"):
        return None
    if ctx.today is None:
        return None
    tense = _tense(sentence, rel, len(s), near=_NEAR)
    today = ctx.today
    options = [c for c in (timex.safe_date(today.year + k, mon, d) for k in (-1, 0, 1)) if c is not None]
    if not options:
        return None
    # like a month: a past clause never points after publication, a future one never before
    # it ("will take place on Dec. 30" published on 5 January is the coming December)
    ordinal = _pick([c.toordinal() for c in options], today.toordinal(), tense)
    if ordinal is None:
        return None
    pick = date.fromordinal(ordinal)
    how = _how_tensed(s, tense, ctx)
    return _Found(timex.day(pick), "day", how, relative=True)


_NEAR = 8  # words: a tense marker further from a date than this says nothing about it


def _how_tensed(s: str, tense: Tense, ctx: Anchor) -> str:
    which = {"past": "in a past-tense clause: the last one up to",
             "future": "in a future-tense clause: the next one from"}.get(tense, "with no tense to go by: the one nearest")
    return f'"{s}" {which} {ctx.pub} ({ctx.describe()})'


def _pick(options: list[int], now: int, tense: Tense) -> int | None:
    """Of the candidate positions (ordinal days, month or quarter counts) the one the tense
    points to: the last one up to now in the past, the next one from now in the future, else
    the nearest. None when the calendar has no candidate on that side ("ended on 3 January"
    published on 0001-01-01)."""
    if tense == "past":
        return max((p for p in options if p <= now), default=None)
    if tense == "future":
        return min((p for p in options if p >= now), default=None)
    return min(options, key=lambda p: (abs(p - now), p > now), default=None)


def _month_of(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTH_NUMBER[key] if key in MONTH_NUMBER else MONTH_NUMBER[key[:3]]


def _month_year(g, s, text, start, end, sentence, rel, ctx, story):
    if g["yrel"]:
        if ctx.today is None:
            return None
        shift = {"this": 0}.get(g["yrel"].lower(), -1 if g["yrel"].lower() in ("last", "the previous") else 1)
        return _Found(timex.month(ctx.today.year + shift, _month_of(g["mon"])), "month",
                      f'"{s}" counted from {ctx.pub} ({ctx.describe()})', relative=True)
    return _Found(timex.month(int(g["y"]), _month_of(g["mon"])), "month", f'absolute month "{s}"')


def _short_year(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None or _prev_word(text, start).lower() not in _MONTH_CUES | {"class", "season"}:
        return None  # without "in '82" the apostrophe may just open a quote: '20 people died'

    yy = int(g["yy"])
    year = 2000 + yy if 2000 + yy <= ctx.today.year + 5 else 1900 + yy
    return _Found(f"{year:04d}", "year", f'"{s}": the year ending in {g["yy"]} nearest {ctx.pub}',
                  relative=True)


def _same_period(g, s, text, start, end, sentence, rel, ctx, story):
    unit = g["pu"].lower()
    if unit == "day" and story.day is not None:
        base = story.day
    elif story.month is not None and unit != "day":
        base = date(*story.month, 1)
    elif ctx.today is not None:
        base = ctx.today
    else:
        return None
    how = f'"{s}": a year before {base.isoformat()}, the date last named or published'
    if unit == "day":
        d = timex.safe_date(base.year - 1, base.month, base.day) or base - timedelta(days=365)
        return _Found(timex.day(d), "day", how, relative=True)
    if unit == "week":
        return _Found(timex.week(base - timedelta(weeks=52)), "week", how, relative=True)
    if unit == "quarter":
        return _Found(f"{base.year - 1}-Q{timex.quarter_of(base)}", "quarter", how, relative=True)
    return _Found(timex.month(base.year - 1, base.month), "month", how, relative=True)


def _story_day(ctx: Anchor, story: Narrative) -> tuple[date, str] | None:
    """The day the story is on, and how we know: the day it named last, else the publication
    date (None without either). "Two days later" and "ended the day" count from it."""
    if story.day is not None:
        return story.day, f'{story.day.isoformat()}, the day last named ("{story.day_text}")'
    if ctx.today is not None:
        return ctx.today, f"{ctx.pub} ({ctx.describe()})"
    return None


_THE_DAY_PROPER = re.compile(
    r"(?i)(?:(?:later|earlier|late|early)\s+in\s+|the\s+(?:start|end|beginning|close)\s+of\s+)?the\s+day$")


def _the_day(g, s, text, start, end, sentence, rel, ctx, story):
    """"ended the day", "later in the day": market and news shorthand for the day of the story."""
    on = _story_day(ctx, story)
    if on is None:
        return None
    base, how = on[0], f'"the day" of the story: {on[1]}'
    proper = _THE_DAY_PROPER.search(s)
    return _Found(timex.day(base), "day", how, relative=True, trim=proper.start() if proper else 0)


def _the_year(g, s, text, start, end, sentence, rel, ctx, story):
    if story.year is not None:
        base, how = story.year, f"{story.year}, the year last named"
    elif ctx.today is not None:
        base, how = ctx.today.year, f"the year of {ctx.pub} ({ctx.today.year})"
    else:
        return None
    shift = -1 if g["yb"] else 0
    return _Found(f"{base + shift:04d}", "year", f'"{s}" counted from {how}', relative=True)


def _numeric(g, s, text, start, end, sentence, rel, ctx, story):
    return _parse_numeric(s)


@lru_cache(maxsize=1024)
def _parse_numeric(s: str) -> _Found | None:
    """dateparser decides the field order of a numeric date ("7/8/07" is July 8 in US copy)."""
    import dateparser  # imported here: it costs ~0.3 s and most texts have no numeric dates

    order = "DMY" if "." in s else "MDY"
    parsed = dateparser.parse(
        s, languages=["en"], settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
    )
    if parsed is None:
        return None
    return _Found(timex.day(parsed.date()), "day", f'numeric date "{s}" read as {order}')


def _century(g, s, text, start, end, sentence, rel, ctx, story):
    if g["rel"]:
        if ctx.today is None:
            return None
        c = ctx.today.year // 100 + {"last": -1, "previous": -1, "past": -1, "next": 1}.get(g["rel"].lower(), 0)
        return _Found(f"{c:02d}", "century", f'"{s}" counted from {ctx.pub} ({ctx.today.year})',
                      relative=True)
    n = int(g["cn"]) if g["cn"] else ORDINAL_WORDS[g["cw"].lower()]
    if not 1 <= n <= 21:
        return None
    return _Found(f"{n - 1:02d}", "century", f'century "{s}"')


def _decade(g, s, text, start, end, sentence, rel, ctx, story):
    digits = g["dec"].lstrip("'’")[:-1]  # "1990s" -> "1990", "'90s" -> "90"
    if len(digits) == 4:
        return _Found(digits[:3], "decade", f'decade "{s}"')
    if ctx.today is None:
        return None
    tens = int(digits)
    year = 2000 + tens if 2000 + tens <= ctx.today.year else 1900 + tens
    return _Found(str(year)[:3], "decade", f'decade "{s}", the last one before {ctx.pub}',
                  relative=True)


def _quarter(g, s, text, start, end, sentence, rel, ctx, story):
    if g["qr"]:
        if ctx.today is None:
            return None
        shift = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1}.get(
            re.sub(r"\s+", " ", g["qr"].lower()), -1)
        y, q = timex.add_quarters(ctx.today.year, timex.quarter_of(ctx.today), shift)
        return _Found(f"{y}-Q{q}", "quarter", f'"{s}" counted from {ctx.pub} ({ctx.describe()})',
                      relative=True)
    if g["qn"]:
        q = int(g["qn"])
        year_text = g["qy2"]
    else:
        word = g["q"].lower()
        q = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(word) or ORDINAL_WORDS[word]
        year_text = g["qy"]
        if g["qrel"] and ctx.today is not None:
            shift = {"this": 0, "the": 0, "last": -1, "next": 1}[g["qrel"].lower()]
            y = ctx.today.year + shift
            return _Found(f"{y}-Q{q}", "quarter", f'"{s}" counted from {ctx.pub} ({ctx.describe()})',
                          relative=True)
        if g["q"].lower() in ("last", "final") and not year_text and ctx.today is not None and g["q"].lower() == "last":
            y, q = timex.add_quarters(ctx.today.year, timex.quarter_of(ctx.today), -1)
            return _Found(f"{y}-Q{q}", "quarter", f'"{s}": the quarter before {ctx.pub} ({ctx.describe()})',
                          relative=True)
    if year_text:
        return _Found(f"{year_text}-Q{q}", "quarter", f'absolute quarter "{s}"')
    if ctx.today is None:
        return None
    tense = _tense(sentence, rel, len(s), near=_NEAR)
    now = ctx.today.year * 4 + timex.quarter_of(ctx.today) - 1
    pick = _pick([(ctx.today.year + k) * 4 + q - 1 for k in (-1, 0, 1)], now, tense)
    if pick is None:
        return None
    return _Found(f"{pick // 4}-Q{pick % 4 + 1}", "quarter",
                  _how_tensed(s, tense, ctx),
                  relative=True)


def _season(g, s, text, start, end, sentence, rel, ctx, story):
    word = g["s"].lower()
    code = timex.SEASONS[word]
    srel = re.sub(r"\s+", " ", (g["srel"] or "").lower())
    if g["sy"]:
        return _Found(f"{g['sy']}-{code}", "season", f'absolute season "{s}"')
    if word == "fall" and srel not in ("this", "last", "next", "the", "this past", "this coming"):
        return None  # "shares fall"
    prev = _prev_word(text, start)
    if not srel and prev[:1].isupper() and prev.lower() not in _MONTH_CUES:
        return None  # a name: "Arab Spring", "Prague Spring"
    if ctx.today is None:
        return None
    order = ["SP", "SU", "FA", "WI"]  # a season year runs from March; January is last year's winter
    season_year = ctx.today.year - 1 if ctx.today.month < 3 else ctx.today.year
    now = season_year * 4 + order.index(timex.SEASON_OF_MONTH[ctx.today.month])
    options = [(season_year + k) * 4 + order.index(code) for k in (-1, 0, 1)]
    if srel in ("last", "this past"):
        tense: Tense = "past"
        pick = max(p for p in options if p < now)
    elif srel in ("next", "this coming"):
        tense = "future"
        pick = min(p for p in options if p > now)
    else:
        tense = "present" if srel == "this" else _tense(sentence, rel, len(s))
        if tense == "past":
            pick = max(p for p in options if p <= now)
        elif tense == "future":
            pick = min(p for p in options if p >= now)
        else:
            pick = options[1]
    how = f'"{s}" in {tense} context, counted from {ctx.pub} ({ctx.describe()})'
    return _Found(f"{pick // 4}-{code}", "season", how, relative=True)


def _count(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _ago(g, s, text, start, end, sentence, rel, ctx, story):
    n = _count(g["n"])
    unit = g["u"].lower()
    direction = g["dir"].lower()
    if n is None:
        return _Found("PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF", "vague", f'vague "{s}"')
    if direction == "ago":
        if ctx.today is None:
            return None
        base, base_how = ctx.today, f"{ctx.pub} ({ctx.describe()})"
        sign = -1
    elif unit in ("year", "decade") and story.year_last and story.year is not None:
        # "In 1975 ... Six years later": from the year the text is about, not the publication
        sign = -1 if direction == "earlier" else 1
        base, base_how = date(story.year, 1, 1), f"{story.year}, the year last named"
    else:
        sign = -1 if direction == "earlier" else 1
        on = _story_day(ctx, story)
        if on is None:
            return None
        base, base_how = on
    how = f'"{s}" counted from {base_how}'
    if unit == "day":
        return _Found(timex.day(base + timedelta(days=sign * n)), "day", how, relative=True)
    if unit == "week":
        return _Found(timex.day(base + timedelta(weeks=sign * n)), "day", how, relative=True)
    if unit == "month":
        y, mo = timex.add_months(base.year, base.month, sign * n)
        return _Found(timex.month(y, mo), "month", how, relative=True)
    if unit == "year":
        return _Found(f"{base.year + sign * n:04d}", "year", how, relative=True)
    return _Found(f"{(base.year + sign * 10 * n) // 10:03d}", "decade", how, relative=True)


def _narrative(g, s, text, start, end, sentence, rel, ctx, story):
    unit = (g["nu"] or g["su"] or "day").lower()
    low = s.lower()
    if g["ba"]:
        shift = -1 if g["ba"].lower() == "before" else 1
    elif g["nu"]:
        shift = -1 if ("previous" in low or "preceding" in low) else 1
    else:
        shift = 0
    if story.day is not None:
        base, base_how = story.day, f'{story.day.isoformat()}, the day last named ("{story.day_text}")'
    elif unit == "month" and story.month is not None:
        base, base_how = date(*story.month, 1), f"{timex.month(*story.month)}, the month last named"
    elif unit == "year" and story.year is not None:
        base, base_how = date(story.year, 1, 1), f"{story.year}, the year last named"
    elif ctx.today is not None:
        base, base_how = ctx.today, f"{ctx.pub} ({ctx.describe()})"
    else:
        return None
    how = f'"{s}" counted from {base_how}'
    if unit == "day":
        return _Found(timex.day(base + timedelta(days=shift)), "day", how, relative=True)
    if unit == "week":
        return _Found(timex.week(base + timedelta(weeks=shift)), "week", how, relative=True)
    if unit == "month":
        y, mo = timex.add_months(base.year, base.month, shift)
        return _Found(timex.month(y, mo), "month", how, relative=True)
    return _Found(f"{base.year + shift:04d}", "year", how, relative=True)


def _relday(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None:
        return None
    low = re.sub(r"\s+", " ", s.lower().replace("’", "'"))
    if "before yesterday" in low:
        shift, what = -2, "two days before"
    elif "after tomorrow" in low:
        shift, what = 2, "two days after"
    elif low.startswith(("yesterday", "last night")):
        shift, what = -1, "the day before"
    elif low.startswith("tomorrow"):
        shift, what = 1, "the day after"
    else:
        shift, what = 0, "the day of"
    d = ctx.today + timedelta(days=shift)
    when = f", {ctx.when:%H:%M} {_offset(ctx.when)} local time" if ctx.has_time and ctx.when else ""
    how = f'"{s}": {what} {ctx.pub} ({ctx.describe()}{when})'
    return _Found(timex.day(d), "day", how, relative=True)


def _offset(when: datetime) -> str:
    """"+02:00" rather than strftime's "+0200", as editors write it."""
    z = when.strftime("%z")
    return f"{z[:3]}:{z[3:]}" if z else ""


def _relunit(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None:
        return None
    relword = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower()
    shift = {"last": -1, "the past": -1, "the previous": -1, "the last": -1, "the preceding": -1,
             "next": 1, "the coming": 1, "the following": 1, "the next": 1}.get(relword, 0)
    today = ctx.today
    how = f'"{s}" counted from {ctx.pub} ({ctx.describe()})'
    if unit in ("week", "weekend"):
        d = today + timedelta(weeks=shift)
        return _Found(timex.week(d, weekend=unit == "weekend"), "week", how, relative=True)
    if unit == "month":
        y, mo = timex.add_months(today.year, today.month, shift)
        return _Found(timex.month(y, mo), "month", how, relative=True)
    if unit == "year":
        return _Found(f"{today.year + shift:04d}", "year", how, relative=True)
    return _Found(f"{today.year // 10 + shift:03d}", "decade", how, relative=True)


def _weekend(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None:
        return None
    tense = _tense(sentence, rel, len(s))
    today = ctx.today
    if tense == "future":
        d = today + timedelta(days=(5 - today.weekday()) % 7)
    else:
        back = (today.weekday() - 5) % 7  # days since the last Saturday
        d = today - timedelta(days=back)
    return _Found(timex.week(d, weekend=True), "week",
                  f'"{s}" in {tense} context, the nearest weekend to {ctx.pub} ({ctx.describe()})',
                  relative=True)


def _weekday(g, s, text, start, end, sentence, rel, ctx, story):
    prev = _prev_word(text, start)
    if not g["wrel"] and prev and prev[0].isupper() and prev.lower() in _WEEKDAY_NAMES:
        return None
    if _next_word(text, end) in _WEEKDAY_TITLES and text[end:end + 1] not in (",", "."):
        return None  # "the Sunday Times", "Monday Night Football"
    if ctx.today is None:
        return None
    target = WEEKDAYS.index(g["wd"].lower())
    today = ctx.today
    wrel = re.sub(r"\s+", " ", (g["wrel"] or "").lower())
    name = g["wd"].title()
    if wrel in ("the following", "the next", "the previous", "the preceding") and story.day is not None:
        base = story.day
        if wrel in ("the following", "the next"):
            d = base + timedelta(days=(target - base.weekday()) % 7 or 7)
        else:
            d = base - timedelta(days=(base.weekday() - target) % 7 or 7)
        how = f'"{s}" counted from {base.isoformat()}, the day last named ("{story.day_text}")'
    elif wrel in ("last", "this past", "the previous", "the preceding"):
        back = (today.weekday() - target) % 7 or 7
        d = today - timedelta(days=back)
        how = f'"{s}": the {name} before {ctx.pub} ({ctx.describe()})'
    elif wrel in ("next", "this coming", "the following", "the next"):
        ahead = (target - today.weekday()) % 7 or 7
        d = today + timedelta(days=ahead)
        how = f'"{s}": the {name} after {ctx.pub} ({ctx.describe()})'
    else:
        tense = _tense(sentence, rel, len(s))
        if tense == "future" or (wrel == "this" and tense != "past"):
            d = today + timedelta(days=(target - today.weekday()) % 7)
            how = f"the coming {name}, in a future clause, from {ctx.pub} ({ctx.describe()})"
        else:
            d = today - timedelta(days=(today.weekday() - target) % 7)
            how = f"the most recent {name}, in a {tense if tense != 'unknown' else 'reporting'} clause, counted from {ctx.pub} ({ctx.describe()})"
        if d == today:
            how = f"weekday of {ctx.pub} ({ctx.describe()})"
    return _Found(timex.day(d), "day", how, relative=True)


def _year(g, s, text, start, end, sentence, rel, ctx, story):
    y = int(g["y"])
    prev = _prev_word(text, start).lower()
    # "Boeing 2010", "flight 1549": numbers that name things; years are 1000..2099 and
    # outside 1900..2099 need a cue ("in 1492")
    if y < 1900 and prev not in ("in", "since", "of", "from", "until", "by", "year", "around", "circa", "c"):
        return None
    if prev in ("no", "number", "route", "flight", "model", "version", "room", "page", "item", "code", "article",
                "resolution", "section", "bill", "at", "highway", "interstate", "unit", "platform", "gate"):
        return None
    if ctx.today is not None and y > ctx.today.year + 60:
        return None
    if _CLOCK_BEFORE.search(text[max(0, start - 16):start]) or _CLOCK_AFTER.match(text, end):
        return None  # "1:19 p.m. (2047 in Riverton)", "at 2047 hrs": a 24-hour clock, not a year
    return _Found(f"{y:04d}", "year", f'absolute year "{s}"')


# a clock time just before ("1:19 p.m. (2047 ...") or a clock's words just after ("2047 in Cairo)")
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?\s?[mM]\.?)?\s*[(\[/]\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:hrs|hours|h\b|local\b|in\s+[A-Z][\w'’ -]{1,30}\s*[)\]])")


def _bare_month(g, s, text, start, end, sentence, rel, ctx, story):
    name = g["mon"]
    mon = _month_of(name)
    mod = re.sub(r"\s+", " ", (g["mod"] or "").lower())
    prev = _prev_word(text, start).lower()
    nxt = _next_word(text, end)
    if not mod:
        if name.lower() in ("may", "march", "june", "august", "april") and prev not in _MONTH_CUES:
            return None  # "May I", "March on", "June Carter", "August body"
        if nxt[:1].isupper() and nxt.lower() not in ("i", "the", "and", "but") and prev not in _MONTH_CUES:
            return None  # a name: "April Smith"
    if ctx.today is None:
        return None
    today = ctx.today
    now = today.year * 12 + today.month - 1
    options = [(today.year + k) * 12 + mon - 1 for k in (-1, 0, 1)]
    how = f'"{s}" counted from {ctx.pub} ({ctx.describe()})'
    if mod == "last":
        pick = max(p for p in options if p < now)
    elif mod == "next":
        pick = min(p for p in options if p > now)
    elif mod == "this":
        pick = options[1]
    else:
        tense = _tense(sentence, rel, len(s), near=_NEAR)
        pick = _pick(options, now, tense)
        if pick is None:
            return None
        how = _how_tensed(s, tense, ctx)
    return _Found(timex.month(pick // 12, pick % 12 + 1), "month", how, relative=True)


def _vague(value: str):
    def handler(g, s, text, start, end, sentence, rel, ctx, story):
        low = s.lower()
        if value == "PRESENT_REF" and low == "now":
            nxt = _next_word(text, end).lower()
            if nxt in ("that", "on") or _prev_word(text, start).lower() in ("from", "until", "till", "just", "by"):
                return None
        return _Found(value, "vague", f'vague expression "{s}"')

    return handler


_HANDLERS = {
    "iso": _iso,
    "mdy": _month_day,
    "dmy": _month_day,
    "my": _month_year,
    "short_year": _short_year,
    "same_period": _same_period,
    "the_day": _the_day,
    "the_year": _the_year,
    "numeric": _numeric,
    "century": _century,
    "decade": _decade,
    "quarter": _quarter,
    "season": _season,
    "ago": _ago,
    "narrative": _narrative,
    "relday": _relday,
    "relunit": _relunit,
    "weekend": _weekend,
    "weekday": _weekday,
    "year": _year,
    "bare_month": _bare_month,
    "past_ref": _vague("PAST_REF"),
    "present_ref": _vague("PRESENT_REF"),
    "future_ref": _vague("FUTURE_REF"),
}
