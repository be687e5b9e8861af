"""Text and values held once (``model.Body``, ``once``): the same values, less memory."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from generator.model import Body, Segment, Statement, replaced
from generator.once import LIMIT, number, shared

BODY = "The harbour of Fennick closed on Monday. Ferries stopped, the port authority said."


def _statement(text) -> Statement:
    return Statement(id="fennick#s2", article="fennick", start=41, end=82, text=text, kind="claim", sentence=2)


def test_a_text_held_as_its_body_reads_as_the_slice_and_equals_the_copy():
    held, copied = _statement(Body(BODY)), _statement(BODY[41:82])
    assert held.text == "Ferries stopped, the port authority said."
    assert held == copied and hash(held) == hash(copied) and repr(held) == repr(copied)
    assert pickle.dumps(held) == pickle.dumps(copied)  # what workers send and reuse.digest hashes
    assert pickle.loads(pickle.dumps(held)) == held


def test_a_text_written_otherwise_stays_as_written():
    headline = Statement(id="fennick#s0", article="fennick", start=0, end=0, text="Fennick harbour shut",
                         kind="headline", sentence=0)  # fmt: skip
    assert headline.text == "Fennick harbour shut"
    assert replaced(headline, kind="claim").text == "Fennick harbour shut"


def test_copies_keep_the_body_or_the_words():
    held = _statement(Body(BODY))
    kept = replaced(held, kind="quote")
    assert isinstance(Statement._held_text.__get__(kept, Statement), Body)
    assert kept.text == held.text and kept.kind == "quote"
    plain = dataclasses.replace(held, kind="quote")  # the standard copy: the words, as a string
    assert plain == kept
    assert replaced(held, text="other words").text == "other words"


def test_a_held_text_cannot_be_set():
    with pytest.raises(dataclasses.FrozenInstanceError):
        _statement(Body(BODY)).text = "changed"


def test_a_segment_holds_its_body_too():
    seg = Segment(0, 40, Body(BODY), False)
    assert seg.text == "The harbour of Fennick closed on Monday."
    assert seg == Segment(0, 40, BODY[:40], False)


def test_equal_numbers_are_one_object_within_the_bound():
    a, b = int("4097"), int("4097")
    assert a is not b  # made apart, as JSON decoding and additions make them
    assert number(a) is number(b) and number(a) == 4097
    big = int(str(LIMIT + 5))
    assert number(big) is big  # beyond the table: left as it is
    assert number(-3) == -3


def test_equal_records_are_held_once():
    held: dict = {}
    first = shared(Segment(0, 3, "abc", False), held)
    again = shared(Segment(0, 3, "abc", False), held)
    assert again is first
    assert shared(Segment(0, 3, "abd", False), held) is not first
