"""The date scanner tries at each word only the kinds that can begin there, given the word after
it (``dates/starts.py``): what it finds must be exactly what the whole scanner finds, on any text."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.stages.dates import patterns, starts

# words that open date expressions, in every case, next to words that open none, with the
# characters the walk has to be careful about: digits, apostrophes, hyphens, dots, line
# breaks, and letters outside ASCII that case folding maps onto ASCII ones (long s, Kelvin sign)
WORDS = ["the", "The", "THE", "there", "then", "this", "that", "in", "on", "at", "by", "a", "an", "last",
         "Last", "next", "early", "mid", "late", "later", "earlier", "May", "may", "MAY", "March", "march",
         "Jan", "Jan.", "Sept", "Monday", "Mon", "Fri.", "today", "Tonight's", "yesterday", "week", "weeks",
         "weekend", "month", "year", "years", "decade", "decades", "ago", "day", "same", "period", "quarter",
         "Q3", "q3", "Q9", "first", "fourth", "second", "twenty-first", "century", "spring", "Fall", "fall",
         "summer", "recent", "recently", "now", "nowadays", "soon", "future", "past", "term", "2020",
         "1999", "12", "31st", "5th", "90s", "1990s", "'90s", "’08", "'", "’", "7/8/07", "08.07.2020",
         "2020-03-01", "percent", "people", "said", "police", "Kaunas", "laſt", "ſoon", "Kelvin", "\u212aM",
         "the\u00a0next", "ſame", "Same", "following", "preceding", "beginning", "whole", "Dolni", "é", "10:30", "-", ",", ".", "of", "the end of", "this past", "few", "several",
         "two", "Ten", "Good", "Black", "Times"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "-", " (", ") ", "", "'"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts))


@cache
def each_kind() -> list[tuple[str, starts.Starts]]:
    return [(kind, starts.starts(alt)) for kind, alt in patterns.ALTERNATIVES]


def whole_scan(text: str) -> list:
    return [(m.span(), m.lastgroup) for m in patterns.SCANNER.finditer(text)]


def word_scan(text: str) -> list:
    return [(m.span(), m.lastgroup) for m in patterns.scan(text)]


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_trying_only_the_kinds_that_can_begin_at_a_word_finds_what_the_whole_scanner_finds(text):
    assert word_scan(text) == whole_scan(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_on_any_characters_too(text):
    assert word_scan(text) == whole_scan(text)


@settings(max_examples=800, deadline=None)
@given(st.sampled_from([*WORDS, "Q", "q1x", "thereafter", "mid-", "2020s"]),
       st.sampled_from([None, "", *WORDS]))
def test_the_index_looks_up_what_each_kinds_starts_admit(word, following):
    token = patterns._CAN_START.match(word)
    after = patterns._FOLLOWING.match(following).group(1) if following else following
    if token is None or not token.group().isascii():
        return
    want = tuple(kind for kind, can in each_kind() if can.admit(token.group(), after))
    assert patterns._index().kinds(token.group(), after) == want


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(["the", "a", "in", "last", "that", "at", "more", "early", "first"]),
       st.one_of(st.sampled_from(WORDS), st.text(max_size=8)))
def test_a_next_word_stands_for_all_words_of_its_sort(word, following):
    after = patterns._FOLLOWING.match(following).group(1)
    index = patterns._index()
    assert index.kinds(word, index.following_class(after)) == index.kinds(word, after)


def test_a_pattern_of_fixed_words_begins_with_those_words_only():
    can = starts.starts(r"\b(?i:the\s+next|last)\s+(?:week|year)\b")
    assert set(can.words) == {"the", "last"} and not can.prefixes and not can.anything and not can.digit
    assert can.words["the"].words == {"next": None} and can.words["last"].words == {"week": None, "year": None}
    assert can.admit("The", "next") and not can.admit("the", "police") and not can.admit("last", "")
    assert can.admit("the", "ſext") and can.admit("the")  # outside ASCII, or the next word not looked at


def test_a_pattern_that_may_end_after_its_first_word_takes_any_next_word():
    can = starts.starts(r"\b(?i:soon|the\s+future)\b")
    assert can.words["soon"].anything and can.admit("soon", "") and can.admit("Soon", "after")
    assert not can.admit("the", "past")


def test_a_word_the_pattern_may_run_on_from_is_a_beginning_not_a_word():
    can = starts.starts(r"Q[1-4]|half")  # digits are not spelled out: "q" is the beginning kept
    assert can.prefixes == {"q", "half"} and not can.words
    assert can.admit("Q3") and can.admit("halfway") and not can.admit("hal") and not can.admit("R3")


def test_digits_and_apostrophes_are_their_own_beginnings():
    can = starts.starts(r"\d{4}|['’]\d\d")
    assert can.digit and can.symbols == {"'", "’"} and not can.anything
    assert can.admit("2020") and can.admit("’") and not can.admit("twenty")


def test_what_the_walk_cannot_read_is_tried_at_every_word():
    assert starts.starts(r".ab").anything
    assert starts.starts(r"[^a]b").anything
    assert starts.starts(r"(?:\w+)\s+ago").anything


def test_the_scanner_is_not_tried_at_words_no_date_begins_with():
    assert patterns.scanner_at("police") is None
    assert patterns.scanner_at("laſt") is patterns.SCANNER  # outside ASCII: everything is tried
    assert patterns.scanner_at("the") is patterns._BY_NEXT  # it depends on the next word
    assert patterns.scanner_at("the", "police") is None
    assert patterns.scanner_at("the", "next") is not None
