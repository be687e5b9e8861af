"""The event date of each statement: what its main clause is about, or none for background.

News states an event's date once, in the lead, then reports the rest in the past tense with
no date ("The two officials discussed ..."): those statements take the article's narrative
date. Background is told differently, in the present perfect ("has provided"), the habitual
present ("are regularly activated") or with only a vague time ("in recent years"), and gets
no date, so it can never become an event of its own.

Not every date in a statement is its event's: "state TV reported Thursday" dates the report
(used only when nothing else dates the statement), and "which took effect in June" or "comes
weeks after ..." dates something else, never the statement's event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache

from generator import lexicon
from generator.model import DateMention, EventDate, Overrides, Statement, fineness, replaced
from generator.stages.dates import appositions, aspect, recalled
from generator.stages.dates.tense import markers, words
from generator.text import timex
from generator.text.calendar_words import WEEKDAYS

_HABITUAL = {"regularly", "usually", "often", "always", "typically", "generally", "frequently",
             "routinely", "sometimes", "normally", "repeatedly", "never"}
# "every year", "each summer": a habit; "every affected member" is no time
_EVERY = re.compile(r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:day|week|month|year|morning|afternoon|evening|"
                    r"night|time|season|summer|winter|spring|autumn|weekend|decade|"
                    + "|".join(WEEKDAYS) + r")s?\b", re.IGNORECASE)
_SPAN_WORDS = {"since", "until", "till", "through", "throughout"}
# the file's name, never where the content folder is: same content, same output, anywhere
# (and no local path in pages, feeds or the search index); as event overrides say it
_EDITED = "set by an editor in overrides.yml"
_LEAD_STATEMENTS = 3  # body statements in which news names its event date
# "X said on Thursday (that) ...", ", state TV reported Thursday": the date of the reporting,
# not of what is reported. Between the verb and the date only the frame's own words
_REPORTING_VERBS = "(?:" + lexicon.alternation("reporting-verbs", "announcing-verbs", "citing-verbs") + ")"
_FRAME_WORDS = {"reporters", "journalists", "the", "a", "an", "in", "at", "to", "on", "with", "statement",
                "press", "news", "conference", "briefing", "interview", "late", "early", "state", "tv",
                "television", "radio", "agency", "his", "her", "its", "their", "website", "channel",
                "parliament", "lawmakers", "officials", "media", "newspaper", "daily", "speech"}
_FRAME_VERB = re.compile(rf"(?<![\w'’]){_REPORTING_VERBS}\b", re.IGNORECASE)
# '"...," the chairman said at the time': the saying is dated by the time its paragraph named last
# ("When it announced the hearing earlier this week, the committee asked ... '...,' he said at the
# time"), not by the report's day; "what it could prove at the time" is no saying, and "at the
# time of" names a time of its own
_SAID_THEN = re.compile(rf"(?<![\w'’]){_REPORTING_VERBS}\s+(?:[\w'’-]+\s+){{0,2}}?at\s+the\s+time\b"
                        r"(?!\s+(?:of|when|in|as|it|he|she|they)\b)", re.IGNORECASE)
_FRAME_GAP = 6  # words at most between the reporting verb and its date
_BE = {"is", "are", "was", "were", "be", "been", "being"}
# a relative clause (", which took effect in June") describes something else
_CLAUSE_REST = r"(?:[^,;–—]|(?<=\d),(?=\d{3}))*"  # to the next comma: "400,000" holds none
_RELATIVE = re.compile(
    rf"(?:,|\s[-–—]{{1,2}})\s*(?:[\w'’-]+\s+){{0,4}}?(?:which|who|whom|whose|where)\b{_CLAUSE_REST}"
    # "the figure of 43 that it published on Wednesday": a clause about the noun before it
    rf"|\b(?:that|which)\s+(?:it|he|she|they|we|you|i)\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|t|n)\b{_CLAUSE_REST}"
    # "the wildfire that has burned in the valley since Monday"
    rf"|\b(?:that|which)\s+(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b{_CLAUSE_REST}"
)
# "comes weeks after ...", "came days before ...": a comparison with background
_COMPARISON = re.compile(
    r"\b(?:comes?|came|coming|follows|followed|following)\s+(?P<aside>(?:just\s+|only\s+|some\s+|about\s+|"
    r"nearly\s+|almost\s+)?(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?"
    r"(?:(?:days?|weeks?|months?|years?|hours?)\s+)?(?:after|before)\b[^;]*)",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"[^\S\n]*(?:\d{4})?[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*[-–—]{1,2}[^\S\n]")
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")


def event_dates(
    statements: tuple[Statement, ...], overrides: Overrides, anchor: datetime | None, inferred: bool = False
) -> tuple[Statement, ...]:
    """The statements with ``event_date`` set; editor overrides (``overrides.dates``) win.

    ``inferred``: ``anchor`` is a publication date the pipeline inferred, and a date resting
    on it says so."""
    edited = {sid: (value, precision) for sid, value, precision in overrides.dates}
    narrative = _narrative_date(statements, anchor, inferred)
    out = []
    sentence_dates: dict[int, EventDate] = {}  # a clause with no date shares its sentence's
    paragraph_dates: dict[int, EventDate] = {}  # a sentence with none, its paragraph's last day
    paragraph_ahead: dict[int, EventDate] = {}  # ... and the last day it announces
    paragraph_named: dict[int, EventDate] = {}  # ... and the last time a sentence of it named, any precision
    for st in statements:
        if st.id in edited:
            value, precision = edited[st.id]
            ev: EventDate | None = EventDate(
                value=value, precision=precision, how=_EDITED, editor=True,
                status="announced" if anchor is not None and timex.is_future(value, anchor.date()) else "happened",
            )
        else:
            shared = sentence_dates.get(st.sentence)
            if shared is not None and not st.dates and st.kind != "boilerplate":
                ev = None if _background(st.text) else shared
            else:
                ev = _from_paragraph(st, _event_date(st, narrative), narrative, paragraph_dates.get(st.paragraph),
                                     paragraph_ahead.get(st.paragraph))
                ev = _said_then(st, ev, paragraph_named.get(st.paragraph))
            if ev is not None and ev.mention is not None and st.kind != "boilerplate":
                sentence_dates[st.sentence] = replace(
                    ev, how=f'{ev.how}, named earlier in the same sentence ("{ev.mention.text}")', mention=None)
                if ev.precision == "day" and ev.status == "happened" and st.kind != "headline" \
                        and "last named" not in ev.mention.anchor:
                    paragraph_dates[st.paragraph] = replace(
                        ev, how=f'{ev.how}, named earlier in the same paragraph ("{ev.mention.text}")', mention=None)
                if ev.precision == "day" and ev.status == "announced" and st.kind != "headline":
                    paragraph_ahead[st.paragraph] = replace(
                        ev, how=f'{ev.how}, announced earlier in the same paragraph ("{ev.mention.text}")',
                        mention=None)
            if ev is not None and ev.mention is not None and st.kind not in ("boilerplate", "headline"):
                paragraph_named[st.paragraph] = ev
        out.append(replaced(st, event_date=ev))
    return tuple(out)


def _said_then(st: Statement, ev: EventDate | None, named: EventDate | None) -> EventDate | None:
    """A sentence said "at the time" with no date of its own takes the time its paragraph named last
    (``_SAID_THEN``); it rests on that sentence's date expression, so a quotation it closes is dated
    with it (``quotations``)."""
    if named is None or ev is None or ev.mention is not None or ev.editor or st.dates or not _SAID_THEN.search(st.text):
        return ev
    return replace(named, how=f'said "at the time" the paragraph named before: {named.how}')


# "asked mourners to wear yellow", "urged residents to stay away": a request for what is to come
_REQUEST = re.compile(r"\b(?:asked|urged|invited|called\s+on|told|advised|encouraged|requested)\s+"
                      r"(?:[\w'’-]+\s+){1,4}?to\s+(?!be\b)[a-z]+", re.IGNORECASE)


def _from_paragraph(st: Statement, ev: EventDate | None, narrative: EventDate | None,
                    told: EventDate | None, ahead: EventDate | None) -> EventDate | None:
    """A sentence with no date of its own, dated only by the article's narrative, takes the day its
    paragraph last named: "... were allowed home on Sunday. Many found their houses intact." A
    request for what is to come takes the day its paragraph announced: "The captain will be buried
    on Tuesday. His crew asked mourners to wear yellow." A present perfect ("It has since
    hired ...") tells the day of the report, and a quote or a speaker the day of the saying."""
    if ev is None and ahead is not None and not st.dates and _to_come(st.text):
        return ahead  # "... will be buried on Wednesday. The Premier is expected to attend."
    if ev is None or ev is not narrative or st.dates or st.quoted or st.speaker_name:
        return ev
    if ahead is not None and _REQUEST.search(st.text):
        return ahead
    if told is not None and told.value != ev.value and not aspect.perfect(_low(st.text)):
        return told
    return ev


def _to_come(text: str) -> bool:
    """Told as to come and as nothing else: a future marker, no past one ("is expected to attend")."""
    kinds = {t for _, t in markers(_QUOTE.sub(" ", text))}
    return "future" in kinds and "past" not in kinds


_POSSESSIVE = re.compile(r"[’']s?\b")


def _narrative_date(statements: tuple[Statement, ...], anchor: datetime | None,
                    inferred: bool = False) -> EventDate | None:
    """The date the article's story happens on: its lead's day, else the day its lead says the
    news was reported, else its publication date."""
    if anchor is None:
        return None  # its relative dates are still unread: wait for the inferred date
    body = [st for st in statements if st.kind not in ("boilerplate", "headline")]
    reported: DateMention | None = None
    for st in body[:_LEAD_STATEMENTS]:
        aside = _aside(st.text)
        for m in st.dates:
            if m.precision != "day" or m.future or _in_dateline(st, m) or _inside(aside, offset_in(st, m)):
                continue
            if _previous_word(st.text, offset_in(st, m)) in _SPAN_WORDS:
                continue  # "has burned since Monday": when it began, not what the story is about
            if _PAST_PERFECT.search(st.text[max(0, offset_in(st, m) - 80):offset_in(st, m)]):
                continue  # "said it had detected the attack last Wednesday": a recap of before the story
            if "last named" in m.anchor:
                continue  # "the same day", "the next day": the day of something named before
            if _POSSESSIVE.match(st.text, offset_in(st, m) + len(m.text)):
                continue  # "the toll from Tuesday's explosion has risen": the day of the thing named
            if _in_frame(st.text, offset_in(st, m), m):
                reported = reported or m
                continue
            return EventDate(
                value=m.value, precision="day",
                how=f'narrative date of the article: "{m.text}" in its lead ({m.value}{_resting(m, inferred)})',
            )
    if reported is not None:
        return EventDate(
            value=reported.value, precision="day",
            how=f'narrative date of the article: the day its lead says the news was reported, '
                f'"{reported.text}" ({reported.value}{_resting(reported, inferred)})',
        )
    return EventDate(
        value=anchor.date().isoformat(), precision="day",
        how=f"{'inferred ' if inferred else ''}publication date of the article "
            f"({anchor.date():%a} {anchor.date().isoformat()})",
    )


def _resting(m: DateMention, inferred: bool) -> str:
    """", from the inferred publication date" when the lead's date was counted from it."""
    return ", from the inferred publication date" if inferred and "inferred publication date" in m.anchor else ""


def _event_date(st: Statement, narrative: EventDate | None) -> EventDate | None:
    if st.kind == "boilerplate":
        return None
    text = st.text
    aside = _aside(text)
    usable: list[DateMention] = []
    frames: list[DateMention] = []
    spans_only = False
    for m in st.dates:
        if m.precision == "vague":
            continue
        if _in_dateline(st, m):
            continue  # "WASHINGTON, March 13 (Reuters) -": when it was filed, not what happened
        rel = offset_in(st, m)
        if _inside(aside, rel):
            continue  # "which took effect in June", "comes weeks after ...": about something else
        if _of_another_thing(text, rel, m):
            continue  # "evacuated after Monday's fire": the day the fire broke out, not of the return
        if _previous_word(text, rel) in ("every", "each"):
            continue  # "sails every Tuesday": a habit, no day
        if _previous_word(text, rel) in _SPAN_WORDS and not _recent_start(text, rel, m, narrative):
            # "since 2011": a stretch of time, not the day something happened; "had received 300
            # complaints since Monday" is a count up to the saying, which the story dates
            spans_only = spans_only or not _PAST_PERFECT.search(text[max(0, rel - 80):rel])
            continue
        if _in_frame(text, rel, m):
            frames.append(m)  # "state TV reported Thursday": when it was told, not when it happened
            continue
        usable.append(m)
    recaps = [m for m in usable if _PAST_PERFECT.search(text[max(0, offset_in(st, m) - 80):offset_in(st, m)])]
    if frames and usable and len(recaps) == len(usable):
        usable = []  # "said yesterday that the line had been inspected in June": the saying is the news
    if not any(m.precision == "day" for m in usable) and _lasting(_QUOTE.sub(" ", _blank(text, aside))):
        return None  # "has had its wettest June since records began": a month in a lasting state's clause
    if usable:
        best = min(usable, key=lambda m: (fineness(m.precision), m.start))
        if _far_from(best, narrative):
            return None  # "founded in 1439", "600 years ago", "by 2050": background, not an event
        if _said_on_its_day(st, usable, best, narrative):
            return narrative
        return _from_mention(best, best.anchor)
    # only the reporting frame is dated: the report's date, unless the story gives the event's
    fallback = None
    if frames:
        first = min(frames, key=lambda m: (fineness(m.precision), m.start))
        fallback = _from_mention(first, f"{first.anchor}, the day it was reported")
    if narrative is None:
        return fallback
    main = _blank(text, aside)  # the statement without its relative clauses and comparisons
    outside = _QUOTE.sub(" ", main)
    said = outside.strip(" ,.;:") != "" and outside != main and bool(markers(outside))
    # a saying on a day of its own is dated by it ("said on Wednesday that he denied it"); a
    # credit ("state TV reported Thursday") dates only the report of the story's event
    told = fallback if fallback is not None and _days_apart(fallback, narrative) > 0 \
        and not _credited(text, fallback) else None
    if st.quoted or text.lstrip().startswith(('"', "“")) or st.speaker_name or said:
        return told or narrative  # what was said is dated by the saying (a saying days before: its day)
    credited = _credited_now(main)
    if (_background(main) and not (credited and _news_perfect(main))) or _classifying(main) or _REPUTE.search(main):
        return None
    if st.kind == "headline":
        return narrative  # a headline states the story's news
    # "in recent years": told as background. "now" says nothing either way.
    if spans_only and fallback is not None and any(t == "future" for _, t in markers(main)):
        return fallback  # "will stay closed until Friday, the authority said on Tuesday": announced that day
    if any(m.value == "PAST_REF" for m in st.dates) or spans_only:
        return None
    if any(m.value == "FUTURE_REF" for m in st.dates):
        # "will write to every member in the coming days": a plan on the story's own scale of time,
        # announced on the story's day; "soon" or "in the coming years" tells no such day
        near = all(_NEAR.search(m.text) for m in st.dates if m.value == "FUTURE_REF")
        return narrative if near and any(t == "future" for _, t in markers(main)) else None
    if st.attributed_to or _reported_event(main) or _PROGRESSIVE.search(main) or credited:
        return told or narrative  # also "Police are questioning the man": what goes on on the story's day
    return fallback


_CITING = frozenset(lexicon.words("citing-verbs"))
# "..., the agency says", "The health centre says ...": the verbs of saying par excellence, in the present
_SAYS = {"say", "says", "tell", "tells"}


def _credited_now(main: str) -> bool:
    """Credited to someone saying it now ("About 3,400 people are still out of their homes, the
    agency says"): what a report tells of the moment it is written, like "according to"."""
    return not _SAYS.isdisjoint(_low(_QUOTE.sub(" ", main)))


def _credited(text: str, ev: EventDate) -> bool:
    """The frame verb before the date is a credit to a medium ("reported", "quoted")."""
    rel = ev.mention.start if ev.mention is not None else 0
    rel = text.find(ev.mention.text) if ev.mention is not None and text.find(ev.mention.text) >= 0 else rel
    verbs = list(_FRAME_VERB.finditer(text[:rel]))
    return bool(verbs) and verbs[-1].group().lower() in _CITING


def _days_apart(a: EventDate, b: EventDate) -> int:
    """Days between two day-precision dates (0 when either is coarser)."""
    try:
        return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days)
    except ValueError:
        return 0


_NEAR = re.compile(r"\bcoming\s+(?:days|weeks)\b", re.IGNORECASE)
# "Police are questioning the man", "Traffic is being sent over the pass": what goes on as it is told
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:still\s+|now\s+|also\s+)?(?:[a-z]{3,}ing|being\s+[a-z]{3,})\b")
_FAR_PAST_YEARS = 1  # a date before the year before publication is history: background
_FAR_FUTURE_YEARS = 2  # a target years ahead ("by 2050") is no event of the story either


def _far_from(m: DateMention, narrative: EventDate | None) -> bool:
    """A date far from the story (measured from its narrative date, the publication's as a rule)."""
    if narrative is None or not narrative.value[:4].isdigit():
        return False
    now = int(narrative.value[:4])
    digits = re.match(r"\d+", m.value)
    if digits is None:
        return False
    lead = digits.group()
    first = int(lead.ljust(4, "0"))  # "201" (the 2010s) starts in 2010, "19" (the 1900s) in 1900
    last = int(lead.ljust(4, "9"))
    return last < now - _FAR_PAST_YEARS or first > now + _FAR_FUTURE_YEARS


def _recent_start(text: str, rel: int, m: DateMention, narrative: EventDate | None) -> bool:
    """"have been allowed home since Sunday": a state that began on a day of the story, which is
    the day of the happening; "since 2011" is a stretch of background."""
    if m.precision != "day" or narrative is None or _previous_word(text, rel) != "since":
        return False
    if _PAST_PERFECT.search(text[max(0, rel - 80):rel]):
        return False  # "had received 300 complaints since Monday": a count up to the saying
    if not aspect.perfect(_low(text[:rel])):
        return False  # "for the first time since Monday": no state that began then
    try:
        gap = (date.fromisoformat(narrative.value) - date.fromisoformat(m.value)).days
    except ValueError:
        return False
    return 0 <= gap <= _RECENT_DAYS


_RECENT_DAYS = 14  # a start within two weeks of the story is one of its events


def _from_mention(m: DateMention, how: str) -> EventDate:
    return EventDate(value=m.value, precision=m.precision, how=how,
                     status="announced" if m.future else "happened", mention=m)


# cheap tests first: every alternative of _RELATIVE holds "wh..." or "that" as written (it ignores
# no case), every comparison ends in "after" or "before" (matched here as _COMPARISON matches them)
_RELATIVE_CUES = ("wh", "that")
_COMPARISON_CUE = re.compile(r"after|before", re.IGNORECASE)


_AUXILIARY = {"had", "has", "have", "having", "been", "being", "be", "was", "were", "is", "are", "am",
              "not", "never", "also", "already", "just"}


def _relatives(text: str) -> list[tuple[int, int]]:
    """The relative clauses; one with no comma to close it runs to the main clause's verb, not to the
    end: "In the afternoon, the skipper who had been held since Wednesday walked out" (the verb is the
    last one that opens a verb group of its own, after the clause's own)."""
    spans = [m.span() for m in _RELATIVE.finditer(text)]
    if not spans or markers(_blank(text, spans)):
        return spans  # the main clause keeps a verb outside them
    a, b = spans[-1]
    heads = [at for at, _ in markers(text) if a < at < b and _previous_word(text, at) not in _AUXILIARY]
    if len(heads) > 1:
        spans[-1] = (a, heads[-1])
    return spans


def relative_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the text's relative clauses (", which took effect in June"), as dating sets them aside."""
    return _relatives(text) if any(c in text for c in _RELATIVE_CUES) else []


def _aside(text: str) -> list[tuple[int, int]]:
    """Spans of the text that tell of something other than the statement's event: relative
    clauses (", which took effect in June"), appositions with a participle (", elected on Monday,",
    ``appositions``), background comparisons ("comes weeks after") and days counted back or on
    (", four days after police closed it", ``recalled``)."""
    spans = _relatives(text) if any(c in text for c in _RELATIVE_CUES) else []
    spans += appositions.spans(text)  # "Petra Lindqvist, elected on Monday, opened ..."
    if _COMPARISON_CUE.search(text):
        spans += [m.span("aside") for m in _COMPARISON.finditer(text)]
        spans += recalled.spans(text)  # ", four days after police closed it"
    return sorted(set(spans))  # an apposition may be a relative clause's span too


def set_aside(st: Statement, m: DateMention) -> bool:
    """Whether a date mention lies in a relative clause, a comparison, a quote or a possessive after a
    preposition ("after Monday's fire"): of something else,
    or what was said. claims/dating gives such a day no vote for a claim's day (the statement's own
    date has weighed it already)."""
    at = offset_in(st, m)
    return _inside(_aside(st.text), at) or _inside([q.span() for q in _QUOTE.finditer(st.text)], at) \
        or _of_another_thing(st.text, at, m)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _in_frame(text: str, rel: int, m: DateMention) -> bool:
    """The date belongs to a reporting frame: "X said on Thursday (that) <clause>", "told
    reporters on Thursday <clause>", or a trailing ", X reported Thursday." A report with no
    clause of its own ("The deal was announced on Thursday.") is the statement's event."""
    before = text[max(0, rel - 80):rel]
    verbs = list(_FRAME_VERB.finditer(before))
    if not verbs:
        return False
    frame = verbs[-1]  # the reporting verb nearest the date
    gap = before[frame.end():]
    words = re.findall(r"[\w'’.-]+", gap)
    if re.search(r"[.!?;:](?:\s|$)", gap) or len(words) > _FRAME_GAP:
        return False
    if not all(w.lower() in _FRAME_WORDS or w[:1].isupper() for w in words):
        return False  # "said the ministers met on Monday": the date is in what was said
    head = before[:frame.start()]
    if _previous_word(head, len(head)) in _BE:
        return False  # "was reported on Thursday": the report is the news
    after = text[rel + len(m.text):]
    if re.match(r"\s*(?:morning|afternoon|evening|night)?\s*,?\s*(?:that\b|[\"“'‘]?[A-Za-z])", after):
        return True  # a clause follows: what was said
    # nothing follows: a trailing frame after the statement proper
    return re.fullmatch(r"[\s.!?\"”'’)]*", after) is not None and re.search(r"[,\"”]\s*\S", head) is not None


_PHRASE_PREPOSITIONS = lexicon.words("phrase-prepositions")
_OWNED = re.compile(r"[’']s?\s+\w")  # "Monday's fire", "two weeks' delay"


def _of_another_thing(text: str, rel: int, m: DateMention) -> bool:
    """A day written as a possessive in a prepositional phrase ("after Monday's warehouse fire",
    "until Friday after last week's storm") dates the noun it qualifies, not the statement's verb.
    At a clause's start ("Monday's fire destroyed the depot") it dates the subject, whose event it is."""
    if not _OWNED.match(text, rel + len(m.text)):
        return False
    words = re.findall(r"[\w'’]+", text[max(0, rel - 30):rel])
    return bool(words) and words[-1].lower() in _PHRASE_PREPOSITIONS


def offset_in(st: Statement, m: DateMention) -> int:
    """Where the mention starts in the statement's text (a title headline has empty spans)."""
    return m.start - st.start if m.end > m.start else max(st.text.find(m.text), 0)


def _in_dateline(st: Statement, m: DateMention) -> bool:
    rel = offset_in(st, m)
    return rel < 60 and _DATELINE.match(st.text, rel + len(m.text)) is not None


def _previous_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\W*$", text[max(0, pos - 20):pos])
    return m.group(1).lower() if m else ""


_LASTED = re.compile(r"\bhad\b.{0,60}\bfor\s+(?:\d+|[a-z]+)\s+(?:years|decades|months)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _background(text: str) -> bool:
    """Present perfect or habitual present with no simple past, or a past perfect that lasted
    ("had served for 12 years"): background, not an event."""
    if _LASTED.search(text):
        return True
    kinds = [t for _, t in markers(text)]
    low = _low(text)
    if "past" in kinds:
        return False
    if any(w in _HABITUAL for w in low) or _EVERY.search(text) or _generic(text, kinds, low):
        return True
    return aspect.perfect(low) and not aspect.of_the_day(low)


def _news_perfect(text: str) -> bool:
    """A present perfect of something done ("14 people have been treated"), not of a state ("has
    become", "has been a member"), of all time or a stretch of it ("has never", "for years") or a habit."""
    low = _low(text)
    return (aspect.perfect(low) and not aspect.lasting(text, low) and not aspect.state(low)
            and not _LASTED.search(text) and not any(w in _HABITUAL for w in low) and not _EVERY.search(text))


# "Most of the country's ferries are run by the state": a share of a whole kind, in the present
# simple, says how things are, not what happened; "still", "now" make it the state of the day
_SHARE = re.compile(r"^\W*(?:according\s+to\s+[^,]{1,80},\s*)?(?:most|many|more\s+than\s+half|half|"
                    r"(?:a|one|two)[\s-](?:third|quarter|thirds|quarters)|the\s+majority)\s+of\b", re.IGNORECASE)
_NOW = {"still", "now", "currently", "already", "today", "tonight"}


def _generic(text: str, kinds: list[str], low: list[str]) -> bool:
    """A share of a kind told in the present simple; "Most of them are spending the night in the
    school" (a progressive) is what goes on as it is told."""
    return (_SHARE.search(text) is not None and set(kinds) == {"present"} and _NOW.isdisjoint(low)
            and _PROGRESSIVE.search(text) is None)  # fmt: skip


# "had detected", "had been held": the lexicon's irregular participles end as no regular one does
_IRREGULAR = "|".join(sorted(lexicon.words("past-participles") - {"been"}))
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|also|just)\s+)?(?:been\s+)?"
                           rf"(?:[a-z]+(?:ed|en|t|wn)|{_IRREGULAR})\b[^.;]*$")


def _said_on_its_day(st: Statement, usable: list[DateMention], best: DateMention,
                     narrative: EventDate | None) -> bool:
    """A quote is dated by what it says when that names one time; by its saying when it names a
    period the saying's day lies in ("for the first time this week I slept") or contrasts days
    ("help on Monday night, not on Tuesday night"): neither is the day of the saying's news."""
    if narrative is None or not (st.quoted or st.text.lstrip().startswith(('"', "“"))):
        return False
    if len({m.value for m in usable if m.precision == "day"}) > 1:
        return True
    covered, day = timex.span(best.value), timex.span(narrative.value)
    return best.precision != "day" and covered is not None and day is not None \
        and covered[0] <= day[0] and day[1] <= covered[1]


@lru_cache(maxsize=1024)
def _low(text: str) -> tuple[str, ...]:
    """The words of a text, lower-cased: what ``aspect`` reads (kept: one text is asked several questions)."""
    return tuple([w.lower() for _, w in words(text)])


def _lasting(text: str) -> bool:
    return aspect.may_be_perfect(text) and aspect.lasting(text, _low(text))  # no perfect: nothing lasting


# "The old keeper was a carpenter by trade", "The road is the town's only link to the coast": what
# someone or something is, told with be and a noun phrase (indefinite, or in the present a definite
# one that is not news: "is the new chief") and no other verb in its clause: a description
_CLASSIFYING = re.compile(r"^[^,;]*?\b(?:(?:is|are|was|were)\s+(?:not\s+|also\s+|still\s+)?(?:a|an)"
                          r"|(?:is|are)\s+(?:not\s+|also\s+)?(?:the|its|their|his|her|[\w-]+['’]s?)"
                          r"(?!\s+(?:new|interim|acting|first|latest|current|next|only)\b))\s+[^,;]*$")


# "was widely credited with ...", "is generally regarded as ...": a standing opinion of someone, no happening
_REPUTE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely|generally|long|often|highly)\s+"
                     r"(?:credited|regarded|seen|considered|known|respected|thought\s+of|viewed)\b", re.IGNORECASE)


def _classifying(text: str) -> bool:
    """The statement's first clause says what its subject is ("X was a carpenter"), and nothing else;
    no one is credited with saying so (a perfect's "had added" is no saying)."""
    if any(_previous_word(text, m.start()) not in ("had", "has", "have") for m in _FRAME_VERB.finditer(text)):
        return False
    clauses = [c for c in re.split(r"[,;]|\s[-–—]\s", text.strip()) if c.strip()]
    # "Like most of the crew, he was a fisherman": a clause with no verb opens it, the next says it
    first = next((c for c in clauses if markers(c)), "")
    if not _CLASSIFYING.match(first):
        return False
    verbs = [t for _, t in markers(first)]
    return len(verbs) == 1


def _reported_event(text: str) -> bool:
    """A clause reporting something that happened: simple past, or an attributed claim."""
    if _background(text):
        return False
    kinds = {t for _, t in markers(text)}
    if "past" in kinds or aspect.of_the_day(_low(text)):
        return True  # also "has since hired", "has just announced": the day's news
    low = text.lower()
    return "according to" in low or ("future" in kinds and _FRAME_VERB.search(low) is not None)

