"""How many events happened when: a strip of bars, each a link into the timeline.

Made at build time as SVG (no script); every bar is a link with a text alternative. The
bar's unit follows the story's span, so a strip is never one lonely bar: a story of a few
weeks is drawn day by day (whole months, so the empty days show), one of a year or so week
by week, a longer one month by month, with months merged into wider bars past 240 bars.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from markupsafe import Markup

from generator.model import Event
from generator.present import datelabel, labels
from generator.present.escape import text, url_attr
from generator.text import timex

MAX_BARS = 240
DAY_SPAN = 62  # days: up to this span, one bar a day
WEEK_SPAN = 550  # days: up to this span, one bar a week
WIDTH, GAP, HEIGHT, AXIS = 640, 2, 40, 14


def _first_day(e: Event) -> date | None:
    """The day an event starts, when it is known to the month at least (a year alone is not drawn)."""
    if timex.kind(e.date) in ("year", "decade", "century", "vague") or e.precision in ("year", "decade", "century",
                                                                                        "vague"):
        return None
    y, m, d = timex.start(e.date)
    if not (y and m):
        return None
    return timex.safe_date(y, m, d or 1)


def _units(first: date, last: date) -> tuple[str, list[date]]:
    """The bar unit for a span, and the first day of every bar from ``first`` to ``last``."""
    span = (last - first).days
    if span <= DAY_SPAN:
        start, end = first.replace(day=1), timex.add_months(last.year, last.month, 1)
        stop = date(end[0], end[1], 1)
        return "day", [start + timedelta(days=i) for i in range((stop - start).days)]
    if span <= WEEK_SPAN:
        start = first - timedelta(days=first.weekday())
        return "week", [start + timedelta(weeks=i) for i in range((last - start).days // 7 + 1)]
    months = [(y, m) for y in range(first.year, last.year + 1) for m in range(1, 13)]
    return "month", [date(y, m, 1) for y, m in months]


def _key(unit: str, d: date, months: bool = False) -> date:
    """The first day of the bar ``d`` falls in. An event known to its month, season or quarter only
    (``months``) goes, in a week strip, to the first week that starts in its first month: the week
    holding the 1st may start in the month before, and its bar would read "week of August 26" for
    a September event."""
    if unit == "day":
        return d
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return monday + timedelta(weeks=1) if months and monday.month != d.month else monday
    return d.replace(day=1)


def _in_months(e: Event) -> bool:
    """Known to a month, season or quarter, not to a day or week."""
    return timex.kind(e.date) in _MONTHS or e.precision in _MONTHS


_MONTHS = ("month", "season", "quarter")


def _last_day(unit: str, start: date) -> date:
    """The last day of the bar that starts on ``start``."""
    if unit == "week":
        return start + timedelta(days=6)
    if unit == "month":
        y, m = timex.add_months(start.year, start.month, 1)
        return date(y, m, 1) - timedelta(days=1)
    return start


def strip(events: list[Event], link: Callable[[Event], str], language: str) -> Markup:
    """The strip for ``events`` (in time order); ``link`` gives the address of an event's card."""
    days = [(d, e) for e in events if (d := _first_day(e)) is not None]
    if not days:
        return Markup("")
    unit, starts = _units(min(d for d, _ in days), max(d for d, _ in days))
    keyed = [(_key(unit, d, _in_months(e)), e) for d, e in days]
    while max(k for k, _ in keyed) > starts[-1]:  # an event known to its months only, moved a week on
        starts.append(starts[-1] + timedelta(weeks=1))
    counts: Counter = Counter()
    first_of: dict[date, Event] = {}
    for k, e in keyed:
        counts[k] += 1
        first_of.setdefault(k, e)
    per_bar = 1
    while len(starts) / per_bar > MAX_BARS:
        per_bar *= 2
    bars = [starts[i:i + per_bar] for i in range(0, len(starts), per_bar)]
    top = max(sum(counts[k] for k in b) for b in bars)
    width = max(4, min(36, WIDTH // len(bars) - GAP))
    total_w = len(bars) * (width + GAP)
    _, n_ = labels.translator(language), labels.plural_translator(language)
    title = _("Events per {unit} from {a} to {b}: {count}. Each bar links to the first of them.", unit=_(unit),
              a=datelabel.label(starts[0].isoformat(), "day", language),
              b=datelabel.label(_last_day(unit, starts[-1]).isoformat(), "day", language),
              count=n_(len(days), "{n} event", "{n} events"))
    parts = [Markup(
        '<svg class="cl-density" aria-labelledby="cl-density-title" width="{w}" height="{h}" '
        'viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="cl-density-title">{title}</title>').format(w=total_w, h=HEIGHT + AXIS, title=text(title))]
    previous_label = None
    for i, bar in enumerate(bars):
        x = i * (width + GAP)
        tick = _tick(unit, bar[0], language)
        if tick and tick != previous_label:
            parts.append(Markup('<text x="{x}" y="{y}" class="cl-axis" aria-hidden="true">{t}</text>').format(
                x=x, y=HEIGHT + AXIS - 2, t=tick))
            previous_label = tick
        parts.append(_bar(unit, bar, counts, first_of, top, x, width, link, language))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _tick(unit: str, d: date, language: str) -> str | None:
    """The axis label under a bar: the year in month strips, the month in day and week strips."""
    if unit == "month":
        return str(d.year) if d.month == 1 else None
    if unit == "day" and d.day != 1:
        return None
    return datelabel.month_label(d.year, d.month, language)


def _bar(unit: str, bar: list[date], counts: Counter, first_of: dict, top: int, x: int, width: int,
         link: Callable[[Event], str], language: str) -> Markup:
    n = sum(counts[k] for k in bar)
    if not n:
        return Markup('<rect class="cl-empty" x="{x}" y="{y}" width="{w}" height="1"/>').format(
            x=x, y=HEIGHT - 1, w=width)
    first = next(k for k in bar if counts[k])
    bh = max(4, round(HEIGHT * n / top))
    if unit == "month":
        lab = datelabel.month_label(first.year, first.month, language)
    else:
        lab = datelabel.label(first.isoformat(), "day", language)
        lab = lab if unit == "day" else datelabel.label(f"{first.isocalendar()[0]}-W{first.isocalendar()[1]:02d}",
                                                         "week", language)
    return Markup(
        # xlink:href, not href: Material's instant navigation assigns el.href on every
        # [href] element, which throws on an SVG <a> (its href is read-only).
        '<a xlink:href="{u}"><title>{t}</title>'
        '<rect x="{x}" y="{y}" width="{w}" height="{bh}" rx="1"/></a>').format(
        u=url_attr(link(first_of[first])),
        t=text(labels.translator(language)("{label}: {detail}", label=lab,
                                           detail=labels.plural_translator(language)(n, "{n} event", "{n} events"))),
        x=x, y=HEIGHT - bh, w=width, bh=bh)
