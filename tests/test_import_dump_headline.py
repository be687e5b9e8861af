"""``claimline import`` of a raw text dump without ``--title``: its first line of text is the
title when it reads as a headline (a few words ending no sentence, with text after it), read
past the site's menu above it; a lead sentence standing first leaves the article untitled, and
a menu stays furniture. The text is copied byte for byte either way. Fixtures: one file per
case in tests/fixtures/dump-headlines (a fictional coast)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.content.ingest import import_article
from generator.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "dump-headlines"


@pytest.fixture
def content(tmp_path) -> Path:
    (tmp_path / "content").mkdir()
    shutil.copy(FIXTURES / "sources.yml", tmp_path / "content")
    return tmp_path / "content"


@pytest.mark.parametrize(("case", "title"), [
    ("headline-first", "Harbour crane collapses at Eastport"),
    ("menu-then-headline", "Ferry line to Marlow opens after two-year wait"),
    ("lead-sentence-first", None),
    ("menu-only-then-text", None),  # a sentence of 27 words, no headline
])
def test_the_sidecar_takes_the_dumps_headline(content, case, title):
    text, sidecar = import_article(FIXTURES / f"{case}.txt", content, source="coast-herald", published="2024-05-02")
    assert text.read_bytes() == (FIXTURES / f"{case}.txt").read_bytes()
    written = sidecar.read_text(encoding="utf-8")
    assert yaml.safe_load(written).get("title") == title
    noted = "# title: the text's first line, which reads as its headline (change it here if not).\n"
    assert (noted in written) is (title is not None)


def test_a_given_title_wins(content):
    _text, sidecar = import_article(FIXTURES / "headline-first.txt", content, source="coast-herald",
                                    published="2024-05-02", title="Crane falls")
    assert yaml.safe_load(sidecar.read_text(encoding="utf-8"))["title"] == "Crane falls"


def test_the_headline_line_is_read_as_the_headline_not_a_context_item(content):
    import_article(FIXTURES / "menu-then-headline.txt", content, source="coast-herald", published="2024-05-02")
    timeline = build_timeline(content)
    kinds = {s.text: s.kind for s in timeline.statements["menu-then-headline"]}
    assert kinds["Menu Home News World Politics Business Sport Opinion"] == "boilerplate"
    assert kinds["Ferry line to Marlow opens after two-year wait"] == "headline"
    [event] = timeline.events
    assert event.title == "Ferry line to Marlow opens after two-year wait"
    assert all("two-year wait" not in c.text for c in event.claims + event.context)
