"""The patterns that propose date expressions: one alternative per kind of expression.

Every alternative is a whole expression ("July 1, 2020", "last week", "on Wednesday", "the
1990s", "in recent years"), so ordinary words never become dates by themselves. The scanner
finds candidates; each kind's parser reads the named groups of one candidate.
"""

from __future__ import annotations

import re
from functools import cache

from generator.stages.dates import starts
from generator.text import calendar_words
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
WEEKDAY_NAMES = {"black", "easter", "good", "cyber", "holy", "ash", "super", "blue", "bloody",
                  "maundy", "whit", "shrove", "palm", "giving"}
WEEKDAY_TITLES = {"Times", "Telegraph", "Express", "Mirror", "Herald", "Post", "Observer", "Mail",
                   "Night", "Independent", "Tribune", "Star", "Sport", "Edition", "Show", "Club"}
# words before a bare month or season that make it a date ("in May", not "May I")
MONTH_CUES = {"in", "since", "until", "till", "by", "from", "of", "during", "before", "after",
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
_MONTH_ANY = f"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?![^\\W\\d_])"  # a month ends its word: not "Mayor", "Marketing"
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
KINDS: list[tuple[str, str]] = [
    ("iso", rf"(?<![\d-])(?P<y>\d{{4}})-(?P<m>0[1-9]|1[0-2])-(?P<d>{_DAYNUM})"
            r"(?:T\d\d:\d\d(?::\d\d)?)?(?![\d-])"),
    ("mdy", rf"(?:{_WEEKDAY_ANY},?\s+)?(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAYNUM}){_ORD}?"
            rf"(?:,?\s+(?P<y>{_YEAR}))?(?![\d:])"),
    ("dmy", rf"(?:{_WEEKDAY_ANY},?\s+)?(?<![\d:])(?:the\s+)?(?P<d>{_DAYNUM}){_ORD}?\s+(?:of\s+)?(?P<mon>{_MONTH_ANY})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\d)"),
    ("my", rf"(?:(?i:(?P<mod>{_MOD}))[\s-]+)?(?P<mon>{_MONTH_ANY}),?\s+(?:(?:of\s+)?(?P<y>{_YEAR})(?![\d%])|"
           rf"(?i:of\s+(?P<yrel>this|last|next|the\s+following|the\s+previous)\s+year)\b)"),
    ("numeric", r"(?<![\d/.])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])"),
    ("century", rf"(?i:(?:the\s+)?(?P<rel>this|last|next|previous|past|current)\s+century|"
                rf"(?:the\s+)?(?:(?P<cn>\d{{1,2}}){_ORD}|"
                rf"(?P<cw>{_ORDINAL_WORD}))[\s-]+century)"),
    ("decade", r"(?<!\w)(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?P<dec>(?:1\d|20)\d0s|['’]?\d0s)\b"),
    ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])"),
    ("quarter", rf"(?i:(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+|"
                rf"financial\s+)?quarter(?:\s+of\s+(?:(?P<qy>{_YEAR})|(?P<qrel>this|last|next|"
                rf"the)\s+year))?|Q(?P<qn>[1-4])(?:\s+(?P<qy2>{_YEAR}))?|(?P<qr>this|next|last|"
                rf"the\s+current|the\s+previous|the\s+last|the\s+next|the\s+coming)\s+quarter)"),
    ("season", rf"(?i:(?:(?P<srel>this|last|next|early|late|the|this\s+past|this\s+coming)\s+)?(?P<s>spring|"
               rf"summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<sy>{_YEAR}))?)\b"),
    ("ago", rf"(?i:(?P<n>{_NUM}|several|a\s+few)\s+(?P<u>day|week|month|year|decade)s?\s+(?P<dir>ago|"
            rf"earlier|later))\b"),
    ("same_period", r"(?i:the\s+same\s+(?P<pu>period|day|week|month|quarter)\s+(?:a\s+year\s+(?:ago|"
                    r"earlier|before)|last\s+year|of\s+last\s+year|the\s+previous\s+year|the\s+year\s+before))\b"),
    ("the_day", r"(?i:(?:later|earlier|late|early)\s+in\s+the\s+day\b|(?:(?:at|by)\s+the\s+(?:start|"
                r"end|close)\s+of|the\s+(?:start|end|beginning|close)\s+of|end|ending|ended|ends|"
                r"finish|finished|finishing|finishes|close|closed|closing|closes|for|during|on|"
                r"over|start|started|starting|began|begin)\s+the\s+day\b(?!['’]s|\s+(?:of|before|"
                r"after|when|that|which|who|the|a|an|he|she|they|it|we|i|you|his|her|their|its|"
                r"our|is|was|will|would|had|has|following|to)\b))"),
    ("the_year", r"(?i:(?:the\s+(?:beginning|start|end|middle)\s+of\s+)?the\s+(?:entire|whole|"
                 r"full)\s+year|the\s+(?:beginning|start|end|middle)\s+of\s+the\s+year|the\s+year\s+(?P<yb>before|"
                 r"previous|earlier))\b(?!\s+(?:of|before|after|when|that|in\s+which)\b)"),
    ("narrative", r"(?i:the\s+(?:next|following|previous|preceding)\s+(?P<nu>day|week|month|year)|"
                  r"the\s+day\s+(?P<ba>before|after)(?=\s*[,.;)]|$)|(?:that|the\s+same)\s+(?P<su>day|"
                  r"week|month|year))\b"),
    ("relday", r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier|later)\s+today|"
               r"last\s+night|(?:today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\s+(?:morning|afternoon|"
               r"evening|night))?|this\s+(?:morning|afternoon|evening))\b"),
    ("relunit", rf"(?i:(?:(?P<pre>earlier|later)\s+)?(?:{_MOD}\s+)?(?P<rel>last|next|this|the\s+coming|"
                rf"the\s+past|the\s+previous|the\s+following|the\s+current|the\s+next|the\s+last|"
                rf"the\s+preceding)\s+(?P<unit>week|weekend|month|year|decade))\b"),
    ("weekend", r"(?i:the\s+weekend)\b"),
    ("weekday", rf"(?:(?i:(?P<wrel>last|next|this|this\s+past|this\s+coming|early|late|the\s+following|"
                rf"the\s+next|the\s+previous|the\s+preceding))\s+)?(?P<wd>{_WEEKDAY})(?:(?i:\s+(?:morning|"
                rf"afternoon|evening|night)))?\b"),
    ("year", rf"(?:(?i:(?P<mod>{_MOD}))[\s-]+)?(?:(?<=\d{{4}}-)|(?<![\d$£€#.,/])(?<!\d-))(?P<y>{_YEAR})(?![\d%]|"
             rf",\d|\.\d|-(?!\d{{4}}\b)\d|s\b|\s?(?i:percent|per\s+cent|km|kilometers|miles|people|"
             rf"units|jobs|employees|workers|troops|soldiers|aircraft|planes|cars|vehicles|shares|"
             rf"tons|tonnes|feet|metres|meters|hours|hrs|votes|GMT|UTC|local\s+time|gmt|utc)\b)"),
    ("bare_month", rf"(?:(?i:(?P<mod>{_MOD}|last|next|this))[\s-]+)?(?P<mon>{_MONTH_FULL})\b"),
    ("past_ref", r"(?i:(?:in\s+)?(?:more\s+)?recent\s+(?:years|months|weeks|days|decades|times|"
                 r"history)|(?:more\s+)?recently|lately|(?:in\s+)?the\s+past(?!\s+(?:\w+\s+)?(?:days?|"
                 r"weeks?|months?|years?|decades?)\b)|formerly|years\s+ago|long\s+ago|decades\s+ago|"
                 r"in\s+the\s+old\s+days)\b"),
    ("present_ref", r"(?i:currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|for\s+the\s+time\s+being|"
                    r"the\s+time\s+being|right\s+now|now)\b"),
    ("future_ref", r"(?i:in\s+the\s+(?:near\s+|distant\s+)?future|the\s+future|in\s+the\s+(?:long|"
                   r"short|near)\s+term|the\s+(?:long|short|near)\s+term|soon|in\s+the\s+coming\s+(?:years|"
                   r"months|weeks|days)|in\s+(?:the\s+)?years\s+to\s+come)\b"),
]

# a date never runs across a line break: "until Friday\nSeptember 18, 2008" is two
KINDS = [(kind, pat.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")) for kind, pat in KINDS]
_OWN_BOUNDARY = {"short_year", "decade"}  # they start with an apostrophe: no \b before it
_STRIP_NAMES = re.compile(r"\(\?P<\w+>")
# one alternative a kind, named after it; the scanner tries them in this order
ALTERNATIVES = [
    (kind, rf"(?P<{kind}>{'' if kind in _OWN_BOUNDARY else chr(92) + 'b'}{_STRIP_NAMES.sub('(?:', pat)})")
    for kind, pat in KINDS
]
SCANNER = re.compile("|".join(alt for _, alt in ALTERNATIVES))
PARSERS = {kind: re.compile(pat) for kind, pat in KINDS}
# Where a match can start: every alternative opens a word (after \b or (?<!\w)) or with an
# apostrophe ('90s, '08). Trying the scanner only there, and only its kinds that can begin with
# the word there and the word after it (``starts.py``), is the same as ``finditer`` (leftmost
# match first, no overlap) and some eight times as fast: most positions are inside words, most
# words begin no date.
_CAN_START = re.compile(r"\b\w+|['’]")
_FOLLOWING = re.compile(r"\W*(\w*)")  # the next word, past what is not a word's
_AT: dict = {}  # token, or (token, next word) -> what to try there, filled as they are met
_AT_MAX = 1 << 16  # entries remembered (a corpus' vocabulary); past it, worked out each time
_BY_NEXT = object()  # in _AT: the kinds to try at this word depend on the next one


@cache
def _index() -> starts.Index:
    """Each kind's beginnings, walked once, on the first scan (not on import)."""
    return starts.Index([(kind, starts.starts(alt)) for kind, alt in ALTERNATIVES])


@cache
def _scanner(kinds: tuple[str, ...]) -> re.Pattern[str] | None:
    """The scanner's alternatives of these kinds only, in its order."""
    if len(kinds) == len(ALTERNATIVES):
        return SCANNER
    alts = dict(ALTERNATIVES)
    return re.compile("|".join(alts[kind] for kind in kinds)) if kinds else None


def scanner_at(token: str, following: str | None = None):
    """What to try where ``token`` (a word, or an apostrophe) begins, the next word being
    ``following`` (None: ``_BY_NEXT`` when that matters): the kinds that can begin there
    (``starts.py``), all of them for a word with a character outside ASCII, or None."""
    key = token if following is None else (token, following)
    try:
        return _AT[key]
    except KeyError:
        pass
    if not token.isascii():
        found = SCANNER
    elif following is None and _index().needs_following(token):
        found = _BY_NEXT
    else:
        found = _scanner(_index().kinds(token, following))
    if len(_AT) < _AT_MAX:
        _AT[key] = found
    return found


def scan(text: str):
    """``SCANNER.finditer(text)``, tried only where a date can start, with the kinds that can start there."""
    end = 0
    for start in _CAN_START.finditer(text):
        pos = start.start()
        if pos < end:
            continue
        scanner = scanner_at(start.group())
        if scanner is _BY_NEXT:
            following = _index().following_class(_FOLLOWING.match(text, start.end()).group(1))
            scanner = scanner_at(start.group(), following)
        if scanner is None:
            continue
        m = scanner.match(text, pos)
        if m is not None:
            end = m.end()
            yield m

SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“'(\[]?[A-Z0-9])|\n\s*")
