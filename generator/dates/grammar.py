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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..model import DateMention, Precision
from . import timex
from .tense import Tense, tense_at

# ---------------------------------------------------------------- vocabulary

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
MONTH_NUMBER = {name: i + 1 for i, name in enumerate(_MONTHS)}
MONTH_NUMBER.update({name[:3]: i + 1 for i, name in enumerate(_MONTHS)})
MONTH_NUMBER.update({"sept": 9, "feburary": 2, "febuary": 2})  # common misspellings in copy
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                "fri": 4, "sat": 5, "sun": 6}
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


_MONTH_FULL = _cased(*_MONTHS, "feburary", "febuary")
_MONTH_ABBR = _cased("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
                     "dec") + r"\.?"
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
    ("my", rf"(?:(?i:(?P<mod>{_MOD}))[\s-]+)?(?P<mon>{_MONTH_ANY}),?\s+(?:of\s+)?(?P<y>{_YEAR})(?![\d%])"),
    ("numeric", r"(?<![\d/.])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])"),
    ("century", rf"(?i:(?:the\s+)?(?P<rel>this|last|next|previous|past|current)\s+century|(?:the\s+)?(?:(?P<cn>\d{{1,2}}){_ORD}|(?P<cw>{_ORDINAL_WORD}))[\s-]+century)"),
    ("decade", r"(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?P<dec>(?:1\d|20)\d0s|['’]?\d0s)\b"),
    ("quarter", rf"(?i:(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+|financial\s+)?quarter(?:\s+of\s+(?:(?P<qy>{_YEAR})|(?P<qrel>this|last|next|the)\s+year))?|Q(?P<qn>[1-4])(?:\s+(?P<qy2>{_YEAR}))?|(?P<qr>this|next|last|the\s+current|the\s+previous|the\s+last|the\s+next|the\s+coming)\s+quarter)"),
    ("season", rf"(?i:(?:(?P<srel>this|last|next|early|late|the|this\s+past|this\s+coming)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<sy>{_YEAR}))?)\b"),
    ("ago", rf"(?i:(?P<n>{_NUM}|several|a\s+few)\s+(?P<u>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier|later))\b"),
    ("narrative", r"(?i:the\s+(?:next|following|previous|preceding)\s+(?P<nu>day|week|month|year)|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;)]|$)|(?:that|the\s+same)\s+(?P<su>day|week|month|year))\b"),
    ("relday", r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier|later)\s+today|last\s+night|(?:today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening))\b"),
    ("relunit", rf"(?i:(?:(?P<pre>earlier|later)\s+)?(?:{_MOD}\s+)?(?P<rel>last|next|this|the\s+coming|the\s+past|the\s+previous|the\s+following|the\s+current|the\s+next|the\s+last|the\s+preceding)\s+(?P<unit>week|weekend|month|year|decade))\b"),
    ("weekend", r"(?i:the\s+weekend)\b"),
    ("weekday", rf"(?:(?i:(?P<wrel>last|next|this|this\s+past|this\s+coming|early|late))\s+)?(?P<wd>{_WEEKDAY})(?:(?i:\s+(?:morning|afternoon|evening|night)))?\b"),
    ("year", rf"(?:(?i:(?P<mod>{_MOD}))[\s-]+)?(?<![\d$£€#.,/-])(?P<y>{_YEAR})(?![\d%]|,\d|\.\d|-\d|s\b|\s?(?i:percent|per\s+cent|km|kilometers|miles|people|units|jobs|employees|workers|troops|soldiers|aircraft|planes|cars|vehicles|shares|tons|tonnes|feet|metres|meters|hours|votes)\b)"),
    ("bare_month", rf"(?:(?i:(?P<mod>{_MOD}|last|next|this))[\s-]+)?(?P<mon>{_MONTH_FULL})\b"),
    ("past_ref", r"(?i:(?:in\s+)?(?:more\s+)?recent\s+(?:years|months|weeks|days|decades|times|history)|(?:more\s+)?recently|lately|in\s+the\s+past|the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b)|formerly|years\s+ago|long\s+ago|decades\s+ago|in\s+the\s+old\s+days)\b"),
    ("present_ref", r"(?i:currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|for\s+the\s+time\s+being|the\s+time\s+being|right\s+now|now)\b"),
    ("future_ref", r"(?i:in\s+the\s+(?:near\s+|distant\s+)?future|the\s+future|in\s+the\s+(?:long|short|near)\s+term|the\s+(?:long|short|near)\s+term|soon|in\s+the\s+coming\s+(?:years|months|weeks|days)|in\s+(?:the\s+)?years\s+to\s+come)\b"),
]

_STRIP_NAMES = re.compile(r"\(\?P<\w+>")
_SCANNER = re.compile(
    "|".join(rf"(?P<{kind}>\b{_STRIP_NAMES.sub('(?:', pat)})" for kind, pat in _KINDS)
)
_PARSERS = {kind: re.compile(pat) for kind, pat in _KINDS}

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“'(\[]?[A-Z0-9])|\n\s*")


# ---------------------------------------------------------------- context


@dataclass
class Narrative:
    """What the article has named so far: "the next day" counts from the last named day."""

    day: date | None = None
    day_text: str = ""
    month: tuple[int, int] | None = None
    year: int | None = None

    def note(self, value: str, text: str) -> None:
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
        if not m:
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
    today: date | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.today = self.when.date() if self.when is not None else None

    def describe(self) -> str:
        assert self.today is not None
        return f"{self.today:%a} {self.today.isoformat()}"


@dataclass(frozen=True)
class _Found:
    value: str
    precision: Precision
    how: str
    relative: bool = False  # needed the anchor or the narrative


# ---------------------------------------------------------------- public


def find_dates(
    text: str,
    anchor: datetime | None,
    has_time: bool = True,
    narrative: Narrative | None = None,
    offset: int = 0,
) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` (publication datetime).

    With ``anchor=None`` only absolute dates (with their year) are returned. ``narrative``
    carries the last named date across calls (one call per statement of an article);
    ``offset`` is added to the mention offsets (the statement's start in the body).
    """
    ctx = Anchor(anchor, has_time)
    story = narrative if narrative is not None else Narrative()
    sentences = _sentence_spans(text)
    out: list[DateMention] = []
    for m in _SCANNER.finditer(text):
        kind = m.lastgroup
        assert kind is not None
        start, end = m.span()
        s_start, s_end = _sentence_of(sentences, start)
        sentence = text[s_start:s_end]
        found = _resolve(kind, m.group(0), text, start, end, sentence, start - s_start, ctx, story)
        if found is None:
            continue
        if found.value not in timex.VAGUE:
            story.note(found.value, m.group(0))
        out.append(
            DateMention(
                text=m.group(0),
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


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return spans[-1]


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
    found = handler(g, s, text, start, end, sentence, rel, ctx, story)
    if found is not None and found.relative and ctx.today is None:
        return None
    return found


def _tense(sentence: str, rel: int, length: int) -> Tense:
    return tense_at(sentence, rel, rel + length)


def _year_from(ctx: Anchor, story: Narrative) -> tuple[int | None, str]:
    if ctx.today is not None:
        return ctx.today.year, f"the year of the publication date ({ctx.today.year})"
    return None, ""


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
    tense = _tense(sentence, rel, len(s))
    year = ctx.today.year
    candidate = timex.safe_date(year, mon, d) or timex.safe_date(year, mon, 28)
    assert candidate is not None
    how = f'"{s}" in the year of the publication date ({year})'
    if tense == "past" and (candidate - ctx.today).days > 60:
        year -= 1
        how = f'"{s}" in past tense: the last one before the publication date ({ctx.describe()})'
    elif tense == "future" and (ctx.today - candidate).days > 60:
        year += 1
        how = f'"{s}" in future tense: the next one after the publication date ({ctx.describe()})'
    found = timex.safe_date(year, mon, d)
    if found is None:
        return None
    return _Found(timex.day(found), "day", how, relative=True)


def _month_of(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTH_NUMBER[key] if key in MONTH_NUMBER else MONTH_NUMBER[key[:3]]


def _month_year(g, s, text, start, end, sentence, rel, ctx, story):
    return _Found(timex.month(int(g["y"]), _month_of(g["mon"])), "month", f'absolute month "{s}"')


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
        return _Found(f"{c:02d}", "century", f'"{s}" counted from the publication date ({ctx.today.year})',
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
    return _Found(str(year)[:3], "decade", f'decade "{s}", the last one before the publication date',
                  relative=True)


def _quarter(g, s, text, start, end, sentence, rel, ctx, story):
    if g["qr"]:
        if ctx.today is None:
            return None
        shift = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1}.get(
            re.sub(r"\s+", " ", g["qr"].lower()), -1)
        y, q = timex.add_quarters(ctx.today.year, timex.quarter_of(ctx.today), shift)
        return _Found(f"{y}-Q{q}", "quarter", f'"{s}" counted from the publication date ({ctx.describe()})',
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
            return _Found(f"{y}-Q{q}", "quarter", f'"{s}" counted from the publication date ({ctx.describe()})',
                          relative=True)
        if g["q"].lower() in ("last", "final") and not year_text and ctx.today is not None and g["q"].lower() == "last":
            y, q = timex.add_quarters(ctx.today.year, timex.quarter_of(ctx.today), -1)
            return _Found(f"{y}-Q{q}", "quarter", f'"{s}": the quarter before the publication date ({ctx.describe()})',
                          relative=True)
    if year_text:
        return _Found(f"{year_text}-Q{q}", "quarter", f'absolute quarter "{s}"')
    if ctx.today is None:
        return None
    current = timex.quarter_of(ctx.today)
    tense = _tense(sentence, rel, len(s))
    year = ctx.today.year
    if tense == "future":
        if q < current:
            year += 1
    elif q > current:
        year -= 1
    return _Found(f"{year}-Q{q}", "quarter",
                  f'"{s}" in {tense if tense != "unknown" else "reported"} context, the nearest one to the publication date ({ctx.describe()})',
                  relative=True)


def _season(g, s, text, start, end, sentence, rel, ctx, story):
    word = g["s"].lower()
    code = timex.SEASONS[word]
    srel = (g["srel"] or "").lower()
    srel = re.sub(r"\s+", " ", srel)
    if g["sy"]:
        return _Found(f"{g['sy']}-{code}", "season", f'absolute season "{s}"')
    if word == "fall" and srel not in ("this", "last", "next", "the", "this past", "this coming"):
        return None  # "shares fall"
    if not srel:
        prev = _prev_word(text, start).lower()
        if prev not in _MONTH_CUES or (g["s"][0].isupper() and start > 0 and text[start - 2:start].strip() not in ("", ".", ",") and prev not in _MONTH_CUES):
            return None
    if ctx.today is None:
        return None
    y = ctx.today.year
    now_code = timex.SEASON_OF_MONTH[ctx.today.month]
    order = ["WI", "SP", "SU", "FA"]
    # a winter that began in December belongs to that December's year
    current_year = y - 1 if now_code == "WI" and ctx.today.month < 3 else y
    cur_i = order.index(now_code)
    tgt_i = order.index(code)
    if srel in ("last", "this past"):
        tense: Tense = "past"
    elif srel in ("next", "this coming"):
        tense = "future"
    elif srel == "this":
        tense = "present"
    else:
        tense = _tense(sentence, rel, len(s))
    # seasons ordered within a "season year" starting with winter (Dec)
    if tense == "past" or (tense in ("unknown", "present") and tgt_i < cur_i):
        year = current_year if tgt_i < cur_i else current_year - 1
    elif tense == "future":
        year = current_year if tgt_i > cur_i else current_year + 1
    else:
        year = current_year
    if code == "WI" and tgt_i != cur_i:
        year = year  # winter of Dec YEAR
    how = f'"{s}" in {tense} context, counted from the publication date ({ctx.describe()})'
    return _Found(f"{year}-{code}", "season", how, relative=True)


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
        base, base_how = ctx.today, f"the publication date ({ctx.describe()})"
        sign = -1
    else:
        sign = -1 if direction == "earlier" else 1
        if story.day is not None:
            base, base_how = story.day, f'{story.day.isoformat()}, the day last named ("{story.day_text}")'
        elif ctx.today is not None:
            base, base_how = ctx.today, f"the publication date ({ctx.describe()})"
        else:
            return None
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
        base, base_how = ctx.today, f"the publication date ({ctx.describe()})"
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
    how = f'"{s}": {what} the publication date ({ctx.describe()}, local time)'
    return _Found(timex.day(d), "day", how, relative=True)


def _relunit(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None:
        return None
    relword = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower()
    shift = {"last": -1, "the past": -1, "the previous": -1, "the last": -1, "the preceding": -1,
             "next": 1, "the coming": 1, "the following": 1, "the next": 1}.get(relword, 0)
    today = ctx.today
    how = f'"{s}" counted from the publication date ({ctx.describe()})'
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
                  f'"{s}" in {tense} context, the nearest weekend to the publication date ({ctx.describe()})',
                  relative=True)


def _weekday(g, s, text, start, end, sentence, rel, ctx, story):
    prev = _prev_word(text, start)
    if not g["wrel"] and prev and prev[0].isupper() and prev.lower() in _WEEKDAY_NAMES:
        return None
    if ctx.today is None:
        return None
    target = WEEKDAYS.index(g["wd"].lower())
    today = ctx.today
    wrel = re.sub(r"\s+", " ", (g["wrel"] or "").lower())
    name = g["wd"].title()
    if wrel in ("last", "this past"):
        back = (today.weekday() - target) % 7 or 7
        d = today - timedelta(days=back)
        how = f'"{s}": the {name} before the publication date ({ctx.describe()})'
    elif wrel in ("next", "this coming"):
        ahead = (target - today.weekday()) % 7 or 7
        d = today + timedelta(days=ahead)
        how = f'"{s}": the {name} after the publication date ({ctx.describe()})'
    else:
        tense = _tense(sentence, rel, len(s))
        if tense == "future" or (wrel == "this" and tense != "past"):
            d = today + timedelta(days=(target - today.weekday()) % 7)
            how = f"the coming {name}, in a future clause, from the publication date ({ctx.describe()})"
        else:
            d = today - timedelta(days=(today.weekday() - target) % 7)
            how = f"the most recent {name}, in a {tense if tense != 'unknown' else 'reporting'} clause, counted from the publication date ({ctx.describe()})"
        if d == today:
            how = f"weekday of the publication date ({ctx.describe()})"
    return _Found(timex.day(d), "day", how, relative=True)


def _year(g, s, text, start, end, sentence, rel, ctx, story):
    y = int(g["y"])
    prev = _prev_word(text, start).lower()
    # "Boeing 2010", "flight 1549": numbers that name things; years are 1000..2099 and
    # outside 1900..2099 need a cue ("in 1492")
    if y < 1900 and prev not in ("in", "since", "of", "from", "until", "by", "year", "around", "circa", "c"):
        return None
    if prev in ("no", "number", "route", "flight", "model", "version", "room", "page", "item", "code", "article"):
        return None
    if ctx.today is not None and y > ctx.today.year + 60:
        return None
    return _Found(f"{y:04d}", "year", f'absolute year "{s}"')


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
    if mod in ("last", "next"):
        tense: Tense = "past" if mod == "last" else "future"
    elif mod == "this":
        tense = "present"
    else:
        tense = _tense(sentence, rel, len(s))
    year = today.year
    later = mon > today.month + (0 if mod == "last" else 1) or (mod == "last" and mon == today.month)
    earlier = mon < today.month - (0 if mod == "next" else 1) or (mod == "next" and mon == today.month)
    if tense == "past" and later:
        year -= 1
    elif tense == "future" and earlier:
        year += 1
    how = f'"{s}" in {tense if tense != "unknown" else "reported"} context, the nearest one to the publication date ({ctx.describe()})'
    return _Found(timex.month(year, mon), "month", how, relative=True)


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
