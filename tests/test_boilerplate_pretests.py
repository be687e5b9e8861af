"""Page-furniture tests that try a cheap check before a pattern: the answer must be the pattern's."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.stages.boilerplate import shapes

WORDS = ["Correction", "correction:", "Editor's note:", "This article", "this story", "has been", "was", "updated",
         "Updated", "corrected", "An", "the", "earlier", "previous", "version", "VERSION", "of this", "article",
         "report", "(", ")", "[", "]", "Posted", "12:21", "p.m.", "1921", "in Egypt", "Harbour", "Mira", "said",
         "ferry", "contains", "produced", "ｖersion", "(Updated 12:21 p.m.)"]
SEPARATORS = [" ", " ", ", ", ". ", ": ", "", "("]
lines = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=16).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=1500, deadline=None)
@given(st.one_of(lines, st.text(max_size=80)))
def test_an_editors_note_is_what_the_whole_pattern_finds(text):
    assert shapes.is_editors_note(text) == (shapes._CORRECTION.search(text) is not None)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(lines, st.text(max_size=80)))
def test_an_update_stamp_is_what_the_whole_pattern_finds(text):
    m = shapes._UPDATE_TAIL.search(text)
    want = None
    if m and re.search(r"\d", m.group()) and m.start() >= 10:
        want = m.start() + (len(m.group()) - len(m.group().lstrip()))
    assert shapes.update_suffix(text) == want


def test_an_earlier_version_noted_mid_line_is_still_found():
    assert shapes.is_editors_note("We fixed it. An earlier version of this article misspelled a name.")
    assert not shapes.is_editors_note("The ferry resumed service on Monday.")
