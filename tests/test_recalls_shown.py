"""Recalls reach the reader: ``timeline.json`` lists, on each event, the clauses of other statements
that tell it again, and the event's page shows each such statement with its clause marked, linked to
it in its article. Article text is untrusted, so the statement is escaped around the mark.

Fixture: the fictional mountain town of ``tests/fixtures/recalls`` (see ``tests/test_recalls.py``):
"The Vell road, which was blocked by a landslide near the old quarry on Monday, reopened ...".
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.export.contract import to_contract
from generator.pipeline import build_timeline
from generator.site.pages import render_pages

WEEK = Path(__file__).parent / "fixtures" / "recalls"
CLAUSE = ", which was blocked by a landslide near the old quarry on Monday"


def _landslide(contract: dict) -> dict:
    return next(e for e in contract["events"] if any("landslide" in c["text"] for c in e["claims"]))


def test_the_export_lists_the_clauses_that_recall_an_event():
    contract = to_contract(build_timeline(WEEK))
    recalls = _landslide(contract)["recalls"]
    assert {"statement": "vn-0604-reopened#s1", "start": 14, "end": 14 + len(CLAUSE), "text": CLAUSE} in recalls
    body = next(a for a in contract["articles"] if a["id"] == "vn-0604-reopened")
    assert all(r["statement"].startswith(body["id"] + "#") for r in recalls)
    # an event nothing recalls has no such key: exports without recalls keep their bytes
    assert any("recalls" not in e for e in contract["events"])


def test_the_event_page_shows_the_statement_with_its_clause_marked():
    timeline = build_timeline(WEEK)
    pages = render_pages(timeline)
    page = next(text for src, text in pages.items() if src.startswith("events/") and "{ #recalled" in text)
    assert f"The Vell road<mark>{CLAUSE}</mark>, reopened to traffic on Wednesday." in page
    assert '<a href="../../articles/vn-0604-reopened/#st-s1">Vell Valley News</a>' in page


def test_a_recalled_statement_is_escaped_around_its_mark(tmp_path):
    shutil.copytree(WEEK, tmp_path / "week")
    path = tmp_path / "week" / "articles" / "vn-0604-reopened.md"
    path.write_text(path.read_text(encoding="utf-8").replace("The Vell road,", "The <b>Vell</b> road,"),
                    encoding="utf-8")
    pages = render_pages(build_timeline(tmp_path / "week"))
    page = next(text for src, text in pages.items() if src.startswith("events/") and "{ #recalled" in text)
    assert "The &#60;b&#62;Vell&#60;/b&#62; road<mark>" in page
    assert "<b>" not in page
