"""A web page's interface is no text of the article: share rows, login bars, reading prompts
(shapes.is_interface, lexicon/interface-words). Lines that only mention the same words in a
sentence of their own stay text.

Fixtures: written here, in the shape of the pages a new user's red-team corpus scraped.
"""

from __future__ import annotations

import pytest

from generator.stages.boilerplate import Outlet, _line_reason

OUTLET = Outlet(names=("courier", "The Callan Courier"))


@pytest.mark.parametrize("line", [
    "Share on Facebook Share on Twitter Share via Email Print this article",
    "Share this: Twitter Facebook Email Like this: Like Loading...",
    "Menu Search Log in Subscribe from €1 a week",
    "Continue reading below",
    "Most popular",
    "Follow me on Twitter @harbournotes",
    "WhatsApp",
])  # fmt: skip
def test_a_line_of_the_pages_interface_is_furniture(line):
    assert _line_reason(line, OUTLET) is not None


@pytest.mark.parametrize("line", [
    "Facebook shares fell sharply on Monday.",
    "Twitter and Facebook removed the posts.",
    "Read more about the fire.",
    "More than 40 people were evacuated.",
    "Most of the residents left.",
    "Like many others, she left.",
    "The story was shared widely.",
])  # fmt: skip
def test_a_sentence_that_uses_the_same_words_is_text(line):
    assert _line_reason(line, OUTLET) is None
