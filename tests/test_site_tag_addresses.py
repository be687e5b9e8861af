"""A tag's page is at its words ("tags/public-transport/", not "tags/public-transport-1a2b3c4d/"),
and the filter box's id of a tag is that same address (the script's "tags:Tarrow" had been a hashed
id beside a link to "tags/tarrow/"). Two tags whose words are alike ("C++" and "C") keep apart, and
the former hashed address leads to the new one. Fixture: a fictional coast's outlet
(tests/fixtures/tags-readable-addresses)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.pipeline import build_timeline
from generator.site.pages import render_pages
from generator.site.redirects import redirect_pages
from generator.text.slugs import slug

FIXTURE = Path(__file__).parent / "fixtures" / "tags-readable-addresses"
CPP = f"c-{slug('c++')[-8:]}"  # "C++": its words are "c", which the tag "C" has


@pytest.fixture(scope="module")
def timeline():
    return build_timeline(FIXTURE)


@pytest.fixture(scope="module")
def pages(timeline):
    return render_pages(timeline)


def test_tag_pages_are_at_their_words(pages):
    assert sorted(p for p in pages if p.startswith("tags/")) == [
        f"tags/{CPP}.md", "tags/c.md", "tags/cote-marlow.md", "tags/index.md", "tags/public-transport.md",
        "tags/tarrow.md"]


def test_the_filter_id_of_a_tag_is_its_address(pages):
    home = pages["index.md"]
    links = re.findall(r'<a data-filter="tags:([^"]+)" href="tags/([^"]+)/">', home)
    assert links == [("c", "c"), (CPP, CPP), ("cote-marlow", "cote-marlow"),
                     ("public-transport", "public-transport"), ("tarrow", "tarrow")]
    ids = " ".join(re.findall(r'data-tags="([^"]*)"', home)).split()
    assert set(ids) == {key for key, _href in links}


def test_an_article_links_its_tags_at_their_words(pages):
    assert ('<p class="cl-tags" data-search-exclude>Tags: <a href="../../tags/public-transport/">Public transport</a>, '
            '<a href="../../tags/cote-marlow/">Côte Marlow</a>, '
            f'<a href="../../tags/{CPP}/">C&#43;&#43;</a></p>') in pages["articles/ch-ferry.md"]


def test_a_former_hashed_tag_address_leads_to_the_tag(timeline):
    moved = redirect_pages(timeline)
    former = f"tags/{slug('public transport')}/index.html"
    assert former != "tags/public-transport/index.html"
    assert '<meta http-equiv="refresh" content="0; url=../public-transport/">' in moved[former]
    assert "tags/c/index.html" not in moved and "tags/tarrow/index.html" not in moved
