"""A new user's site shows only the people of their own articles: ``claimline new`` writes an
example article and an ``entities.yml`` entry for its mayor; once the user replaces the example
article with theirs, the mayor (named by no article) is not on ``people/``. Fixture: a
fictional harbour town (tests/fixtures/scaffold-example-replaced)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.content.scaffold import new_project
from generator.pipeline import build_timeline
from generator.site.pages import render_pages

FIXTURE = Path(__file__).parent / "fixtures" / "scaffold-example-replaced"


def _people_index(content: Path) -> str:
    return render_pages(build_timeline(content))["people/index.md"]


def test_the_example_mayor_is_listed_while_the_example_article_names_her(tmp_path: Path) -> None:
    new_project(tmp_path)
    index = _people_index(tmp_path / "content")
    assert "Maria Lind" in index


def test_the_example_mayor_leaves_with_the_example_article(tmp_path: Path) -> None:
    new_project(tmp_path)
    articles = tmp_path / "content" / "articles"
    (articles / "example-gazette-footbridge.md").unlink()
    shutil.copy(FIXTURE / "eastport-crane.md", articles)
    index = _people_index(tmp_path / "content")
    assert "Maria Lind" not in index
    assert "Mayor of Riverton" not in index
    people = index.split("## People", 1)[1].split("## ", 1)[0]
    # the harbour master is credited with his quote ('... said harbour master Tomas Brenner'): his page
    brenner = '<li><a href="tomas-brenner/">Tomas Brenner</a><span data-search-exclude> · 1 statement</span></li>'
    assert people.split("\n") == [" { #k-1 }", "", '<ul class="cl-people">', brenner, "</ul>", "", ""]
