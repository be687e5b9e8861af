"""Near misses of claim matching: two statements alike in words that report two happenings."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from generator.model import DateMention, EventDate, Overrides, Statement
from generator.stages.claims import features, items
from generator.text import numbers as nums

from .test_claims import T0, _pair, art, run, st


def told(aid: str, n: int, text: str, day: str, words: str) -> Statement:
    """A statement whose own words (``words``, in ``text``) name the day of what it tells."""
    at = text.index(words)
    mention = DateMention(words, at, at + len(words), day, "day", "weekday of the publication date")
    return replace(st(aid, n, text), event_date=EventDate(day, "day", f'"{words}"', mention=mention))


def test_two_outlets_naming_two_days_tell_two_happenings():
    # detained on one day, released on another: the same man, the same suspicion, two claims
    wed, fri = art("a", "one", T0), art("b", "two", T0 + timedelta(days=2))
    held = told("a", 1, "Police in Korvel detained a 52-year-old man on Wednesday on suspicion of arson.",
                "2024-03-06", "on Wednesday")  # fmt: skip
    freed = told("b", 1, "Prosecutors in Korvel on Friday released the 52-year-old man held on suspicion of arson.",
                 "2024-03-08", "on Friday")  # fmt: skip
    assert sorted(c.statements for c in run((wed, [held]), (fri, [freed]))) == [("a#s1",), ("b#s1",)]
    # a count on one day and the next day's: two claims, though the words are nearly the same
    first = told("a", 2, "Rescuers in Ardmere pulled 14 survivors from the rubble of the hotel on Monday.",
                 "2024-03-04", "on Monday")  # fmt: skip
    second = told("b", 2, "Rescuers in Ardmere pulled 14 survivors from the rubble of the hotel on Tuesday.",
                  "2024-03-05", "on Tuesday")  # fmt: skip
    x = items.build([wed, fri], {"a": (first,), "b": (second,)}, Overrides())
    idf = items.word_idf(x)
    assert features.never(features.features(x[0], x[1], items.Vectors(x, idf), idf))
    assert len(run((wed, [first]), (fri, [second]))) == 2
    # the same day named by both, or by one only: one claim
    again = told("b", 2, second.text.replace("on Tuesday", "on Monday"), "2024-03-04", "on Monday")
    assert len(run((wed, [first]), (fri, [again]))) == 1
    assert len(run((wed, [first]), (fri, [st("b", 2, second.text.replace(" on Tuesday", ""))]))) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Police in Korvel said 12 protesters were injured in clashes outside the assembly on Monday.",
         "Police in Korvel said 12 protesters were detained in clashes outside the assembly on Monday."),
        ("Police in Ardmere closed the ring road on Monday after a chemical spill at the Pellham depot.",
         "Police in Ardmere reopened the ring road on Monday after a chemical spill at the Pellham depot."),
        ("The council of Ostrel imposed a curfew on the old town on Monday after the riots.",
         "The council of Ostrel lifted the curfew on the old town on Monday after the riots."),
    ],
)  # fmt: skip
def test_a_near_miss_of_another_fate_or_the_reverse_action_is_two_claims(one, other):
    # the injured and the detained; a road closed and reopened; a curfew imposed and lifted
    x, p = _pair(one, other)
    assert features.never(x) and p == 0.0
    assert len(run((art("a", "one"), [st("a", 1, one)]), (art("b", "two"), [st("b", 1, other)]))) == 2


def test_a_small_count_both_give_is_not_as_telling_as_a_large_figure_only_one_gives():
    # "two" is all the figures agree on; the loans' sum is in one statement only
    loans = "The two carmakers of Valdoria have received $13.4 billion in federal loans to keep them operating."
    sales = "Kestrel Motors and Ardmere Autos were two of the few carmakers that reported an increase in sales."
    k = features.FEATURES.index("numbers_agree")
    (x, p), (y, q) = _pair(loans, sales), _pair(sales, loans)
    assert x[k] == y[k] == pytest.approx(features._telling(nums.find("the two")))
    assert p == q and p < 0.5


def test_a_statement_published_long_before_a_happening_does_not_report_it():
    # one outlet's report of an earlier year and a later report sharing a figure and a few words
    early, late = art("a", "one", T0), art("b", "two", T0 + timedelta(days=900))
    old = st("a", 1, "There are 500 Korvel engineers at their largest conference in a decade.", day=None)
    new = st("b", 1, "The Korvel 500 index of engineers was down more than 7% on Monday.", day="2026-08-17")
    x = items.build([early, late], {"a": (old,), "b": (new,)}, Overrides())
    idf = items.word_idf(x)
    f = features.features(x[0], x[1], items.Vectors(x, idf), idf)
    assert f[features.FEATURES.index("reported_before")] == 1.0 and features.never(f)
    # within the window, or when the later one tells of a day still to come, the rule says nothing
    soon = art("b", "two", T0 + timedelta(days=3))
    near = st("b", 1, new.text, day="2024-03-07")
    y = items.build([early, soon], {"a": (old,), "b": (near,)}, Overrides())
    assert features.features(y[0], y[1], items.Vectors(y, idf), idf)[features.FEATURES.index("reported_before")] == 0.0
    plan = replace(st("b", 1, "Korvel engineers will meet at their conference on September 1.", day="2026-09-01"))
    z = items.build([early, soon], {"a": (old,), "b": (plan,)}, Overrides())
    assert features.features(z[0], z[1], items.Vectors(z, idf), idf)[features.FEATURES.index("reported_before")] == 0.0


def test_a_measure_and_its_extension_are_two_claims():
    # a grant offered one week and extended the next: most words alike, two happenings (lexicon/extension-verbs)
    offered = "The council of Ostrel will offer every flooded household a grant for repairs of up to 500 crowns."
    extended = "The council of Ostrel will extend its grant for repairs to every household in the valley."
    k = features.FEATURES.index("extension_differs")
    x, p = _pair(offered, extended)
    assert x[k] == 1.0 and features.never(x) and p == 0.0
    assert len(run((art("a", "one"), [st("a", 1, offered)]), (art("b", "two"), [st("b", 1, extended)]))) == 2
    # both tell the extension: nothing rules them out
    again = "The council of Ostrel has extended its grant for repairs to every household in the valley."
    assert _pair(extended, again)[0][k] == 0.0
    # a form after "to" or a preposition is the aim or the topic of another act, not an extension told
    signed = "The two navies of Ostrel and Pellam signed an agreement on expanding their cooperation on Monday."
    plain = "The two navies of Ostrel and Pellam signed a cooperation agreement on Monday."
    assert _pair(signed, plain)[0][k] == 0.0
    assert _pair(signed.replace("on expanding", "to expand"), plain)[0][k] == 0.0
    # a sentence telling an extension in a clause the other does not say may report its other clause
    left = ("About 900 residents of Harrow Vale had left their homes by Monday evening, after the evacuation "
            "order was extended to Pell.")  # fmt: skip
    assert _pair(left, "About 900 residents of Harrow Vale had left their homes by Monday evening.")[0][k] == 0.0
