"""Counts and amounts in a statement, in digits or in words, with their qualifier.

Outlets disagree on numbers ("12 injured" against "at least 15"); to flag that, a claim
needs each statement's numbers as values it can compare, and as written to show. Dates
are not numbers here: spans of date mentions are skipped, and so are ordinals ("6th").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel.numbers import list_currencies

from generator import lexicon
from generator.text import calendar_words

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
QUALIFIERS = (
    "at least", "at most", "more than", "less than", "fewer than", "up to", "over", "under",
    "about", "around", "nearly", "almost", "some", "roughly", "approximately", "an estimated",
    "above", "below", "just over", "just under", "close to", "as much as", "as many as", "as few as", "as little as",
)  # fmt: skip
# a share as news writes it in words: "nearly a fifth", "two-thirds of", "more than half of" (in percent);
# "a fifth" is an ordinal as often ("for a fifth day", "a fourth village"), so a singular one is a share
# only with a qualifier before it or "of" after it
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
SHARE = "share"  # the kind of a figure in percent ("18 percent", "18%", "nearly a fifth")

_NUMWORD = "|".join(
    sorted([*UNITS, *TENS, *SCALES, "dozen", "dozens", "hundreds", "thousands"], key=len, reverse=True)
)
_QUAL = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
_PATTERN = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+(?:[$\u20ac\u00a3\u00a5]\s?)?)?"  # "more than $30": the qualifier is the figure's
    rf"(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+(?:hundred|thousand|million|billion))?"
    rf"|(?:a\s+)?(?:(?:{_NUMWORD})(?:[\s-]+(?:and\s+)?)?)+)"
    rf"(?!\w)",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?\b(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    rf"(?P<part>{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})\b(?P<of>\s+of\b)?",
    re.IGNORECASE,
)
_IN = re.compile(  # "two in three", "one out of five": a share in words
    rf"(?:\b(?P<qual>{_QUAL})\s+)?\b(?P<count>one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    rf"(?P<den>two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_CLOCK = re.compile(  # 14:10, 6:30 pm, 6.30pm; not 2.50 (a price) or 3:1 (a score: one digit after the colon)
    r"(?<![\d.:,])(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*[ap]\.?m\.?\b|(?![\d.,:]))|\.[0-5]\d\s*[ap]\.?m\.?\b)")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)


def _measures() -> tuple[re.Pattern[str], dict[str, tuple[float, float, str]]]:
    """The units a figure may be given in (``measure-units``): form -> (factor, spread, kind). A unit
    of two sizes ("tons": 907 or 1,016 kg) has their middle as its factor, and the share either
    size is from it as its spread."""
    table: dict[str, tuple[float, float, str]] = {}
    for *forms, spec in lexicon.rows("measure-units"):
        factor, kind = spec.split()
        low, _, high = factor.partition("-")
        middle = (float(low) + float(high or low)) / 2
        table.update({f: (middle, (float(high or low) - float(low)) / 2 / middle, kind) for f in forms})
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(table, key=lambda f: (-len(f), f)))
    # "68 square kilometres", "a three-year term"; not an age ("a 51-year-old", "51 years old")
    return re.compile(rf"(?:\s*|\s*-\s*)(?P<unit>{alternation})(?!\w)(?![\s-]+old\b)", re.IGNORECASE), table


_UNIT, _FACTORS = _measures()
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)  # "four and a half years"
_MONTH_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE
)


@dataclass(frozen=True)
class Number:
    """One number as written, with the value it stands for and its bounds."""

    text: str  # "at least 15"
    value: float  # 15; in the base unit of its kind when a metric unit follows ("68 square kilometres": 6,800 ha)
    low: float  # the range the text allows: at least 15 -> (15, inf)
    high: float
    start: int  # offsets in the text it was found in
    end: int
    kind: str = ""  # "area", "length", "mass" when a unit follows, "share" for a percentage, else ""
    step: float = 1.0  # the unit of its last written digit (``_step``): "18" may be 18.4 rounded
    bound: str = "exact"  # what its words allow: "exact", "approx" (about), "open" (more than), "vague" (dozens)


def words_to_value(text: str) -> float | None:
    """``"twenty-five"`` -> 25, ``"two hundred"`` -> 200, ``"a dozen"`` -> 12, ``"3.5 million"``."""
    parts = [p for p in re.split(r"[\s-]+", text.lower().replace(",", "")) if p and p not in ("a", "and")]
    if not parts:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for p in parts:
        if re.fullmatch(r"\d+(?:\.\d+)?", p):
            current += float(p)
        elif p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p in ("dozen", "dozens"):
            current = (current or 1) * 12
        elif p in ("hundreds", "thousands"):
            current = (current or 1) * (100 if p == "hundreds" else 1000)
        elif p in SCALES:
            scale = SCALES[p]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _bounds(qual: str | None, value: float, vague: bool) -> tuple[float, float]:
    q = re.sub(r"\s+", " ", (qual or "").lower())
    if vague:  # "dozens", "hundreds": at least twice the unit
        return value * 2, value * 10
    if q in ("at least", "more than", "over", "above"):
        return value, float("inf")
    if q in ("at most", "less than", "fewer than", "up to", "under", "below", "as much as", "as many as"):
        return 0.0, value
    if q in ("as few as", "as little as"):
        return value, float("inf")
    if q == "just over":
        return value, value * 1.1
    if q == "just under":
        return value * 0.9, value
    if q:  # about, nearly, some ...
        return value * 0.9, value * 1.1
    return value, value


def _bound(qual: str | None, vague: bool) -> str:
    """``Number.bound`` of a figure with this qualifier."""
    q = re.sub(r"\s+", " ", (qual or "").lower())
    if vague:
        return "vague"
    if q in ("at least", "more than", "over", "above", "at most", "less than", "fewer than", "up to", "under",
             "below", "as much as", "as many as", "as few as", "as little as"):  # fmt: skip
        return "open"
    return "approx" if q else "exact"


def find(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Number]:
    """Numbers in ``text``; spans in ``skip`` (dates, relative to ``text``) are left out."""
    shares = _shares(text, skip)
    found = []
    clocks = [c.span() for c in _CLOCK.finditer(text)] if ":" in text or "." in text else []
    for m in _PATTERN.finditer(text):
        raw = m.group("num").strip().rstrip("-").strip()
        if not raw or raw.lower() in ("a", "and"):
            continue
        start, end = m.start(), m.start("num") + len(m.group("num").rstrip(" -"))
        if _ORDINAL_AFTER.match(text[end:]):
            continue
        if not m.group("qual") and raw.replace(".", "").isdigit() and in_name(text, start):
            continue  # "the S&P 500", "Boeing 787", "A380": a name or a model, not a count
        if any(s < end and start < e for s, e in (*skip, *clocks, *((n.start, n.end) for n in shares))):
            continue  # a date, or a time of day ("at 14:10", "06:00 this morning"): no figure of the claim
        value = words_to_value(raw)
        if value is None:
            continue
        if raw.lower() == "one" and not m.group("qual"):
            continue  # "one of the", "no one": a pronoun far more often than a count
        if not m.group("qual") and (
            re.fullmatch(r"1[89]\d\d|20\d\d", raw) or _MONTH_BEFORE.search(text[max(0, start - 12) : start])
        ):
            continue  # a year or a day of the month that no date mention covered
        vague = raw.lower().endswith(("dozens", "hundreds", "thousands"))
        half = _AND_A_HALF.match(text, end)
        if half:
            value, end = value + 0.5, half.end()
        unit = _UNIT.match(text, end)
        factor, spread, kind = _FACTORS[" ".join(unit.group("unit").lower().split())] if unit else (1.0, 0.0, "")
        if not unit and _PERCENT.match(text, end):
            kind = SHARE
        value = round(value * factor, 6)  # "68 square kilometres" and "6,800 hectares": one figure
        low, high = _bounds(m.group("qual"), value, vague)
        step = (0.5 if half else _step(raw)) * factor + 2 * spread * value  # "40 tons": 36,287 to 40,642 kg
        found.append(Number(text[start:end], value, low, high, start, end, kind, step, _bound(m.group("qual"), vague)))
    return sorted([*found, *shares], key=lambda n: n.start)


def _shares(text: str, skip: tuple[tuple[int, int], ...]) -> list[Number]:
    """Shares written as fractions ("nearly a fifth", "two-thirds of", "more than half of"), in percent."""
    found = []
    for m in _FRACTION.finditer(text):
        count, part = (m.group("count") or "").lower(), m.group("part").lower()
        plural = part.endswith("s")
        if not count and part != "half":
            continue  # "the third of March", "a third": a count of parts is said
        if not (m.group("qual") or m.group("of") or (plural and count not in ("", "a", "one"))):
            continue  # "for a fifth day", "half an hour": an ordinal or a time, not a share
        end = m.end("part")
        if any(s < end and m.start() < e for s, e in skip):
            continue
        found.append(_share(text, m, end, UNITS.get(count, 1) / FRACTIONS[part]))
    for m in _IN.finditer(text):
        count, den = UNITS[m.group("count").lower()], UNITS[m.group("den").lower()]
        if count < den and not any(s < m.end() and m.start() < e for s, e in skip):
            found.append(_share(text, m, m.end(), count / den))
    return sorted(found, key=lambda n: n.start)


def _share(text: str, m: re.Match[str], end: int, fraction: float) -> Number:
    """A share in words, in percent; told in words, it is a round figure: "about" unless a qualifier says more."""
    value, qual = round(fraction * 100, 6), m.group("qual") or "about"
    low, high = _bounds(qual, value, False)
    return Number(text[m.start() : end], value, low, high, m.start(), end, SHARE, 0.0, _bound(qual, False))


def _step(raw: str) -> float:
    """The unit of the last digit a figure is written to: "18" 1, "18.4" 0.1, "1.2 million" 100,000
    (a figure in words, or a whole one, counts to the unit: "400,000" is not "about 400,000")."""
    m = re.fullmatch(r"[\d,]*\.(\d+)(?:\s+(\w+))?", raw.strip())
    if m is None:
        return 1.0
    return 10.0 ** -len(m.group(1)) * SCALES.get((m.group(2) or "").lower(), 1)


_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w&]*)[ \u00a0]$")
_OPENING = ".!?:;\"'“‘(["
# words written before a number that make it a figure, not part of a name: function words ("Only 12"),
# the calendar ("on Monday 40", "Sept 12"), currency codes ("USD 40")
_NOT_NAME = (lexicon.words("stopwords") | frozenset(calendar_words.MONTH_NUMBER) | frozenset(calendar_words.WEEKDAYS)
             | frozenset(calendar_words.WEEKDAY_ABBR) | frozenset(c.lower() for c in list_currencies()))  # fmt: skip


def in_name(text: str, start: int) -> bool:
    """Whether digits at ``start`` are part of a name, not a figure: written after a word
    with a capital inside a sentence ("the S&P 500", "Boeing 787", "the CAC 40 index", "iPhone 4"). A
    capitalised first word of a sentence makes a name only when more than its first letter is a capital
    ("FTSE 100 fell"; not "Another 40 homes"). Digits glued to letters are a code, not a figure either
    ("A380", "G20", "the A3 motorway"): a story about one aircraft would have every statement agree on it."""
    if start and text[start - 1].isalpha():
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group("word")
    if len(word) < 2 or word == word.lower() or word.lower() in _NOT_NAME:
        return False
    head = text[: m.start()].rstrip()
    first = not head or head[-1] in _OPENING
    return not first or word[1:] != word[1:].lower()


# what a figure changed from, beside what it changed to: "raised its count to 64, from 43", "from 43
# to 64", "1.2 million, up from the roughly 400,000"
_FROM = re.compile(r"\b(?P<way>up\s+|down\s+)?from\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_TO = re.compile(r"\bto\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def current(text: str, found: list[Number]) -> list[Number]:
    """The figures a statement gives as they stand: one it says another changed from ("to 64, from
    43", "up from 400,000") is what was, not what it reports."""
    before = [text[max(0, n.start - 16) : n.start] for n in found]
    changed_to = any(_TO.search(b) for b in before)
    was = [i for i, b in enumerate(before) if (m := _FROM.search(b)) and (changed_to or m.group("way"))]
    if not was or len(was) == len(found):
        return found
    return [n for i, n in enumerate(found) if i not in was]


def disagree(a: list[Number], b: list[Number], rounded: bool = False) -> bool:
    """True when two statements' numbers cannot describe the same quantities.

    Both must give numbers; each number of the side with fewer must be one a number of the other
    could be (``could_be``): "12" and "at least 15" disagree; "18 percent" and "nearly a fifth" do
    not, nor do "more than a million" and "1.2 million". ``rounded``: nor do an estimate and a figure
    it may be rounded from ("about 300" and "around 350"): the scorer's question (is this evidence
    against one claim?), where a claim's flag asks whether the outlets' figures differ as told.
    """
    return not _matched(a, b, ROUNDED if rounded else NEAR)


def agree(a: list[Number], b: list[Number]) -> bool:
    """True when both give numbers and each of the side with fewer is one of the other's told alike
    (``could_be`` ``SAME``): "18 percent", "18.4 percent" and "nearly a fifth"; "400,000" and "about
    400,000". A range open at one end ("more than a million") is the same only as the same range."""
    return bool(a and b) and _matched(a, b, SAME)


def _matched(a: list[Number], b: list[Number], least: int) -> bool:
    if not a or not b:
        return True
    if len(a) > len(b):
        a, b = b, a
    used: set[int] = set()
    for x in a:
        match = next((i for i, y in enumerate(b) if i not in used and could_be(x, y) >= least), None)
        if match is None:
            return False
        used.add(match)
    return True


OPEN = 1.5  # "more than X" read as at most this times X, "up to X" as at least X over it (``could_be``)
APPROX = 0.1  # "about X" and X' are told alike when X' is within this share of X
NO, ROUNDED, NEAR, SAME = range(4)


def could_be(x: Number, y: Number) -> int:
    """Whether two figures can be one quantity: ``SAME`` when told alike (exact figures whose rounding
    overlaps, "18" and "18.4"; an approximate one within ``APPROX`` of the other; the same open range),
    ``NEAR`` when a range open at one end, closed at ``OPEN`` times its bound, overlaps what the other
    allows ("more than a million" may be 1.2 million, "more than 40,000" may not), else ``NO``."""
    if x.kind != y.kind:
        return NO
    if x.bound == "vague" or y.bound == "vague" or x.bound == y.bound == "open":
        return SAME if (x.low, x.high, x.bound) == (y.low, y.high, y.bound) else NO
    if x.bound == y.bound == "exact":
        (xl, xh), (yl, yh) = _closed(x), _closed(y)
        return SAME if max(xl, yl) < min(xh, yh) else NO
    if "open" not in (x.bound, y.bound):  # about X, and X' or about X'
        apart = abs(x.value - y.value)
        if apart <= APPROX * max(abs(x.value), abs(y.value)) + (x.step + y.step) / 2:
            return SAME
        return ROUNDED if apart <= max(_roundness(n) for n in (x, y) if n.bound == "approx") / 2 else NO
    (xl, xh), (yl, yh) = _closed(x), _closed(y)
    return NEAR if max(xl, yl) < min(xh, yh) else NO


def _roundness(n: Number) -> float:
    """The place of the last digit an estimate gives that is not a zero, in its base unit: "about
    300" is 100 (it may be any figure from 250 to 350 rounded), "around 350" 10, "some 2.5 million"
    100,000. An estimate is told to its roundness, not to its digits."""
    whole = round(abs(n.value) / n.step) if n.step > 0 else 0
    if whole == 0:
        return 0.0
    place = 1
    while whole % (place * 10) == 0:
        place *= 10
    return place * n.step


def _closed(n: Number) -> tuple[float, float]:
    low, high = n.low, n.high
    if high == float("inf"):
        high = low * OPEN
    elif low == 0.0 < high and n.bound == "open":
        low = high / OPEN
    return low - n.step / 2, high + n.step / 2


def gap(a: list[Number], b: list[Number]) -> float:
    """How far apart two statements' numbers are, 0 (the same) to 1: for each number of the
    side with fewer, the relative difference to the closest of the other; the largest.
    "12" / "at least 15" is 0.2 (outlets disagreeing on one count); "32" / "60" is 0.47."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    worst = 0.0
    for x in a:
        best = min(abs(x.value - y.value) / max(abs(x.value), abs(y.value), 1e-9) for y in b)
        worst = max(worst, best)
    return worst
