"""An editor corrects the recall links (``overrides.yml`` ``recalls``) as any other automatic decision:
a statement's recall clauses go to the event named, or to none (``null``); a statement in which no
clause was found recalls the event as a whole; a link an editor made is marked in the export and on
the event's page. A reference that names nothing is a ``path:line`` warning, an unknown article an
error, a value that is no event id a schema error at its line.

Fixture: the fictional mountain town of ``tests/fixtures/recalls`` (``tests/test_recalls.py``): the
landslide of Monday is recalled by the reopening report's relative clause (``#s1``) and its days
counted back (``#s2``); the school board's election by the new chair's apposition.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli
from generator.pipeline import build_timeline
from generator.site.pages import render_pages

WEEK = Path(__file__).parent / "fixtures" / "recalls"
LANDSLIDE = "2025-06-02-landslide-blocked-vell-road"
SCHOOL = "2025-06-02-tarrow-school-board-elected"
RELATIVE = "vn-0604-reopened#s1"  # "..., which was blocked by a landslide near the old quarry on Monday, ..."
COUNTED = "vn-0604-reopened#s2"  # "One lane opened at noon, two days after the boulders cut off ..."
COORDINATED = "vn-0604-reopened#s3"  # "..., and drivers who waited since Monday cheered the crews." (no recall)


def _week(tmp_path: Path, overrides: str) -> Path:
    shutil.copytree(WEEK, tmp_path / "week")
    (tmp_path / "week" / "overrides.yml").write_text(overrides, encoding="utf-8")
    return tmp_path / "week"


def _recalls(timeline) -> dict[str, list[tuple[str, bool]]]:
    return {e.id: [(r.statement, r.editor) for r in e.recalls] for e in timeline.events}


def test_without_overrides_the_links_are_the_found_ones():
    found = _recalls(build_timeline(WEEK))
    assert found[LANDSLIDE] == [(RELATIVE, False), (COUNTED, False)]
    assert found[SCHOOL] == [("tc-0605-board#s1", False)]


def test_an_editor_removes_moves_and_adds_recall_links(tmp_path):
    content = _week(tmp_path, f"recalls:\n  {RELATIVE}: null\n  {COUNTED}: {SCHOOL}\n  {COORDINATED}: {LANDSLIDE}\n")
    timeline = build_timeline(content)
    found = _recalls(timeline)
    assert found[LANDSLIDE] == [(COORDINATED, True)]  # the relative clause unlinked, the counted days moved
    assert found[SCHOOL] == [("tc-0605-board#s1", False), (COUNTED, True)]
    assert not timeline.problems
    body = next(a.body for a in timeline.articles if a.id == "vn-0604-reopened")
    coordinated = next(s for s in timeline.statements["vn-0604-reopened"] if s.id == COORDINATED)
    (told,) = next(e for e in timeline.events if e.id == LANDSLIDE).recalls
    # no clause was found in it: the whole statement tells the event again
    assert body[told.start:told.end] == coordinated.text
    counted = next(r for r in next(e for e in timeline.events if e.id == SCHOOL).recalls if r.statement == COUNTED)
    assert body[counted.start:counted.end] == "two days after the boulders cut off the households beyond the quarry."


def test_an_editors_link_is_marked_in_the_export_and_on_the_page(tmp_path):
    content = _week(tmp_path, f"recalls:\n  {COORDINATED}: {LANDSLIDE}\n")
    out = tmp_path / "timeline.json"
    result = CliRunner().invoke(cli, ["export", "--no-cache", "--content", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = {e["id"]: e for e in json.loads(out.read_text(encoding="utf-8"))["events"]}
    marked = [r for r in events[LANDSLIDE]["recalls"] if r.get("editor")]
    assert [r["statement"] for r in marked] == [COORDINATED]
    assert all("editor" not in r for r in events[SCHOOL]["recalls"])  # found links keep their keys
    page = render_pages(build_timeline(content))[f"events/{LANDSLIDE}.md"]
    assert "cheered the crews.</mark>" in page
    assert page.count('<span class="cl-flag cl-flag-editor">linked by an editor</span>') == 1


def test_bad_recall_overrides_are_reported_at_their_line(tmp_path):
    content = _week(tmp_path, "# editor's links\nrecalls:\n"
                              f"  {COUNTED}: 2025-06-02-no-such-event\n"
                              "  vn-0604-reopened#s40: null\n"
                              f"  {RELATIVE}: {LANDSLIDE}\n")  # fmt: skip
    result = CliRunner().invoke(cli, ["export", "--no-cache", "--content", str(content), "-o",
                                      str(tmp_path / "t.json")])  # fmt: skip
    assert result.exit_code == 0, result.output
    where = f"{content}/overrides.yml"
    assert (f"{where}:3: warning: 'recalls.{COUNTED}': '2025-06-02-no-such-event' names no event; copy the id from "
            "the site or from `claimline export`") in result.output
    assert f"{where}:4: warning: 'recalls': 'vn-0604-reopened#s40' names no statement" in result.output
    assert f"{where}:5" not in result.output  # a link the pipeline found anyway is no problem


def test_an_unknown_article_or_a_value_that_is_no_event_id_is_an_error(tmp_path):
    content = _week(tmp_path, "recalls:\n  vn-0604-reopend#s1: null\n  vn-0604-reopened#s2: [a, b]\n")
    result = CliRunner().invoke(cli, ["check", "--content", str(content)])
    assert result.exit_code == 1
    where = f"{content}/overrides.yml"
    assert (f"{where}:2: error: 'recalls.vn-0604-reopend#s1': 'vn-0604-reopend#s1' names an unknown article "
            "'vn-0604-reopend'; did you mean 'vn-0604-reopened'?") in result.output
    assert f"{where}:3: error:" in result.output
    assert "Traceback" not in result.output
