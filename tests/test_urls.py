"""Slugs are permalinks: page paths, imported file names, entity ids and event ids.

``fixtures/slugs.yml`` holds what each of the four made of each text before ``urls`` owned
the rule; a change that moves any of them breaks published URLs.
"""

from pathlib import Path

import pytest
import yaml

from generator.content import ingest
from generator.stages import events
from generator.text import names, slugs

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "slugs.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:20] for c in CASES])
def test_every_slug_keeps_its_published_form(case):
    text = case["text"]
    assert slugs.slug(text) == case["page"]
    assert ingest.slug(text) == case["file"]
    assert names.slug(text) == case["entity"]
    assert events.slugify(text) == case["event"]


def test_the_cases_cover_what_breaks_slugs():
    texts = "".join(c["text"] for c in CASES)
    assert {"é", "ß", "’", "'", "\u200c", "ظ"} <= set(texts)  # accents, no ASCII form, apostrophes, Persian
    # and texts of which nothing is left: each caller's fallback
    assert "article" in {c["file"] for c in CASES} and "entity" in {c["entity"] for c in CASES}
    assert "" in {c["event"] for c in CASES} and any(c["page"].startswith("item-") for c in CASES)


def test_words_fold_or_split_what_is_not_ascii():
    assert slugs.words("Élysée Straße") == ["elysee", "strae"]
    assert slugs.words("Élysée Straße", foreign="split") == ["elysee", "stra", "e"]
    assert slugs.words("Élysée", fold=False, foreign="split") == ["lys", "e"]
    assert slugs.words("O'Brien-Smith", keep_case=True, inner="-", silent="'") == ["OBrien-Smith"]


def test_slugify_options():
    assert slugs.slugify("one two three four", most=2) == "one-two"
    assert slugs.slugify("one two three", skip=lambda w: w == "two") == "one-three"
    assert slugs.slugify("!!!", fallback="item") == "item"
    assert slugs.slugify("__a b__", inner="_") == "a-b"
