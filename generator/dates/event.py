"""The event date of each statement: what its main clause is about, or none for background.

News states an event's date once, in the lead, then reports the rest in the past tense with
no date ("The two officials discussed ..."): those statements take the article's narrative
date. Background is told differently, in the present perfect ("has provided"), the habitual
present ("are regularly activated") or with only a vague time ("in recent years"), and gets
no date, so it can never become an event of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from ..model import DateMention, EventDate, Overrides, Statement
from . import timex
from .tense import markers, words

_FINE: dict[str, int] = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 4, "year": 5,
                         "decade": 6, "century": 7, "vague": 8}
_HABITUAL = {"regularly", "usually", "often", "always", "typically", "generally", "frequently",
             "routinely", "sometimes", "normally", "repeatedly", "every", "each", "never"}
_PARTICIPLES = {"been", "had", "done", "made", "given", "taken", "seen", "known", "gone", "come",
                "become", "held", "met", "told", "said", "sold", "bought", "built", "sent", "paid",
                "won", "lost", "led", "brought", "kept", "left", "found", "shown", "grown", "begun",
                "written", "spoken", "broken", "chosen", "fallen", "risen", "flown", "struck", "put",
                "set", "cut", "hit", "spent", "fought", "sought", "withdrawn", "undertaken"}
_SPAN_WORDS = {"since", "until", "till", "through", "throughout"}
_LEAD_STATEMENTS = 3  # body statements in which news names its event date
_DATELINE = re.compile(r"[^\S\n]*(?:\d{4})?[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*[-–—]{1,2}[^\S\n]")
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")


def event_dates(
    statements: tuple[Statement, ...], overrides: Overrides, anchor: datetime | None
) -> tuple[Statement, ...]:
    """The statements with ``event_date`` set; editor overrides (``overrides.dates``) win."""
    edited = {sid: (value, precision) for sid, value, precision in overrides.dates}
    narrative = _narrative_date(statements, anchor)
    out = []
    sentence_dates: dict[int, EventDate] = {}  # a clause with no date shares its sentence's
    for st in statements:
        if st.id in edited:
            value, precision = edited[st.id]
            ev: EventDate | None = EventDate(
                value=value, precision=precision, how=f"set by an editor in {overrides.path}", editor=True,
                status="announced" if anchor is not None and timex.is_future(value, anchor.date()) else "happened",
            )
        else:
            shared = sentence_dates.get(st.sentence)
            if shared is not None and not st.dates and st.kind != "boilerplate":
                ev = None if _background(st.text) else shared
            else:
                ev = _event_date(st, narrative)
            if ev is not None and ev.mention is not None and st.kind != "boilerplate":
                sentence_dates[st.sentence] = replace(
                    ev, how=f'{ev.how}, named earlier in the same sentence ("{ev.mention.text}")', mention=None)
        out.append(replace(st, event_date=ev))
    return tuple(out)


def _narrative_date(statements: tuple[Statement, ...], anchor: datetime | None) -> EventDate | None:
    """The date the article's story happens on: its lead's day, else its publication date."""
    if anchor is None:
        return None  # its relative dates are still unread: wait for the inferred date
    body = [st for st in statements if st.kind not in ("boilerplate", "headline")]
    for st in body[:_LEAD_STATEMENTS]:
        for m in st.dates:
            if m.precision == "day" and not m.future and not _in_dateline(st, m):
                return EventDate(
                    value=m.value, precision="day",
                    how=f'narrative date of the article: "{m.text}" in its lead ({m.value})',
                )
    return EventDate(
        value=anchor.date().isoformat(), precision="day",
        how=f"publication date of the article ({anchor.date():%a} {anchor.date().isoformat()})",
    )


def _event_date(st: Statement, narrative: EventDate | None) -> EventDate | None:
    if st.kind == "boilerplate":
        return None
    text = st.text
    usable: list[DateMention] = []
    spans_only = False
    for m in st.dates:
        if m.precision == "vague":
            continue
        if _in_dateline(st, m):
            continue  # "WASHINGTON, March 13 (Reuters) -": when it was filed, not what happened
        if _previous_word(text, _offset_in(st, m)) in _SPAN_WORDS:
            spans_only = True  # "since 2011": a stretch of time, not the day something happened
            continue
        usable.append(m)
    if usable:
        best = min(usable, key=lambda m: (_FINE[m.precision], m.start))
        return EventDate(
            value=best.value, precision=best.precision, how=best.anchor,
            status="announced" if best.future else "happened", mention=best,
        )
    if narrative is None:
        return None
    outside = _QUOTE.sub(" ", text)
    said = outside.strip(" ,.;:") != "" and outside != text and bool(markers(outside))
    if st.quoted or text.lstrip().startswith(('"', "“")) or st.speaker_name or said:
        return narrative  # what was said is dated by the saying
    if _background(text):
        return None
    if st.kind == "headline":
        return narrative  # a headline states the story's news
    # "in recent years", "soon": told as background. "now" says nothing either way.
    if any(m.value in ("PAST_REF", "FUTURE_REF") for m in st.dates) or spans_only:
        return None
    if st.attributed_to or _reported_event(text):
        return narrative
    return None


def _offset_in(st: Statement, m: DateMention) -> int:
    """Where the mention starts in the statement's text (a title headline has empty spans)."""
    return m.start - st.start if m.end > m.start else max(st.text.find(m.text), 0)


def _in_dateline(st: Statement, m: DateMention) -> bool:
    rel = _offset_in(st, m)
    return rel < 60 and _DATELINE.match(st.text, rel + len(m.text)) is not None


def _previous_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\W*$", text[max(0, pos - 20):pos])
    return m.group(1).lower() if m else ""


def _background(text: str) -> bool:
    """Present perfect or habitual present with no simple past: background, not an event."""
    kinds = [t for _, t in markers(text)]
    low = [w.lower() for _, w in words(text)]
    if "past" in kinds:
        return False
    if any(w in _HABITUAL for w in low):
        return True
    return _present_perfect(low)


def _present_perfect(low: list[str]) -> bool:
    for i, w in enumerate(low[:-1]):
        if w in ("has", "have", "'ve", "hasn't", "haven't"):
            j = i + 1
            while j < len(low) and (low[j].endswith("ly") or low[j] in ("also", "already", "not", "just", "never")):
                j += 1
            if j < len(low) and (low[j].endswith(("ed", "en")) or low[j] in _PARTICIPLES):
                return True
    return False


def _reported_event(text: str) -> bool:
    """A clause reporting something that happened: simple past, or an attributed claim."""
    if _background(text):
        return False
    kinds = {t for _, t in markers(text)}
    if "past" in kinds:
        return True
    low = text.lower()
    return "according to" in low or ("future" in kinds and bool(re.search(r"\b(?:said|says|told)\b", low)))

