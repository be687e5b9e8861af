"""Background or news: how surely a statement tells the context of a story rather than its happenings.

News reports what happened, mostly in the simple past, dated by its lead ("The authority
opened an investigation on Wednesday"). Background is told as a state or a habit ("Corvana
insures about 2.8 million people", "The authority has never imposed the maximum penalty"),
in the present perfect, with a modal ("could be liable"), or dated far before the story
("was privatised in 2011", "first appeared last year"). The date stage already says which
statements have no event date; this model weighs that with the tense, the age of a named
date and the place in the article, with weights fitted on the gold files' context items
(``benchmarks/fit.py``). A claim is background when its statements mostly are (``Model.threshold``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model import Statement
from generator.stages.claims import fields
from generator.stages.claims.items import Item
from generator.stages.dates.tense import markers
from generator.text import timex

FEATURES = (
    "undated",  # the date stage gave it no event date
    "told",  # its own words name its event's date
    "age",  # how long before publication that date ends, log-scaled: 0 today, 1 ten years
    "coarse",  # that date is a year or coarser ("in 2011", "last year")
    "announced",  # its event is to come
    "past",  # a simple past marker
    "present_only",  # present tense markers and no past one
    "perfect",  # present perfect ("has informed", "have been possible")
    "stative",  # a form of be or have as the verb, not an auxiliary ("is the main road", "was a carpenter")
    "frequency",  # an adverb of frequency or of all time ("never", "usually", "ever")
    "modal",  # could, would, may, might, can
    "quoted",  # a direct quote (dated by its saying)
    "said",  # a speaker or an outlet is credited
    "position",  # how far into its article, in sentences: 0 the lead, 1 the twentieth and after
)
_DECADE = math.log1p(3650)
POSITION = 20  # sentences into an article from which a statement is as deep as it gets
HISTORY = 365  # days before publication from which a dated happening is history (a rule: see ``historical``)


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    threshold: float  # a claim whose statements are on average this surely background is context

    def probability(self, x: Sequence[float]) -> float:
        z = self.bias + math.fsum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


# fitted by `python -m benchmarks.fit --write` on the context items and event claims of the gold
# files (wildfire + breach + seeds); leave-one-corpus-out figures: benchmarks/README.md
MODEL = Model(
    weights=tuple({
        "undated": 1.626, "told": -0.581, "age": 0.563, "coarse": 1.124, "announced": -0.252,
        "past": -1.019, "present_only": -0.960, "perfect": 0.145, "stative": 0.559, "frequency": 1.464,
        "modal": 0.558, "quoted": -0.025, "said": -0.607, "position": 0.933,
    }[f] for f in FEATURES),
    bias=-1.951,
    threshold=0.35,
)


def features(st: Statement, published: int | None, text: fields.Text | None = None) -> list[float]:
    """The signals of ``FEATURES`` for one statement; ``published``: its article's day ordinal; ``text``:
    what its text gives (``fields.of_text``), when at hand."""
    ed = st.event_date
    told = ed is not None and ed.mention is not None
    age = 0.0
    if told and published is not None:
        covered = timex.span(ed.value)
        if covered is not None:
            age = min(1.0, math.log1p(max(0, published - covered[1].toordinal())) / _DECADE)
    kinds = text.tenses if text is not None else {t for _, t in markers(st.text)}
    perfect, stative, frequency, modal = text.signals if text is not None else fields.text_signals(st.text)
    return [
        float(ed is None),
        float(told),
        age,
        float(told and ed.precision in ("year", "decade", "century")),
        float(ed is not None and ed.status == "announced"),
        float("past" in kinds),
        float("present" in kinds and "past" not in kinds),
        float(perfect),
        float(stative),
        float(frequency),
        float(modal),
        float(st.quoted),
        float(bool(st.speaker or st.speaker_name or st.attributed_to)),
        min(1.0, st.sentence / POSITION),
    ]


def mark(items: Sequence[Item], model: Model = MODEL, texts: Sequence[fields.Text] | None = None) -> None:
    """Set ``Item.background`` on every item (equal ones one float: most statements share their features);
    ``texts``: each item's ``fields.Text``, when at hand (``items.build``)."""
    held: dict[float, float] = {}
    for k, it in enumerate(items):
        p = model.probability(features(it.stmt, it.day, texts[k] if texts is not None else None))
        it.background = held.setdefault(p, p)


def is_background(members: Sequence[Item], model: Model = MODEL) -> bool:
    """A claim is background when its body statements (headlines are news) mostly are, or when
    its own words date it to history (``historical``)."""
    body = [it for it in members if it.stmt.kind != "headline"]
    if not body or any(it.stmt.event_date is not None and it.stmt.event_date.status == "announced" for it in body):
        return False  # an announced event is an event of its own, to come
    return sum(it.background for it in body) / len(body) >= model.threshold or all(historical(it) for it in body)


def historical(it: Item) -> bool:
    """Its own words date it to a year (or longer) that ended before its article was published
    ("was privatised in 2011", "first appeared last year"), or to a day more than ``HISTORY`` days
    before: a reference to the past, the background of the story, not one of its happenings."""
    ed = it.stmt.event_date
    if ed is None or ed.mention is None or ed.status != "happened" or it.day is None:
        return False
    covered = timex.span(ed.value)
    if covered is None:
        return False
    end = covered[1].toordinal()
    return end < it.day - HISTORY or (ed.precision in ("year", "decade", "century") and end < it.day)
