"""Event ids readers have seen stay theirs: backfills, merges, pins and the previous export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.export import contract
from generator.export import formats as export
from generator.model import Claim, Event, EventOverride
from generator.pipeline import build_timeline
from generator.site import redirects
from generator.stages import permalinks
from generator.stages.permalinks import Published

CONTENT = Path(__file__).resolve().parents[1] / "content"

# A wire report of the seeds' agreement, published hours BEFORE the Jerusalem Post's: found
# and added afterwards, it becomes the earliest report of the event (a backfill).
BACKFILL = """---
title: Syria and Iran sign military cooperation pact in Damascus
source: wire
published: 2020-07-08T09:05:00+03:00
url: https://wire.example/2020/07/08/syria-iran-pact
---
Iran's armed forces chief Mohammad Bagheri and Syria's defense minister Ali Abdullah Ayyoub signed a military cooperation agreement in Damascus on Wednesday, with Iran committing to strengthen Syria's air defense systems.

Ayyoub said the US Caesar Act sanctions were fighting Syrians over their food, medicine and children, and called for confronting the sanctions.
"""

WIRE = """
wire:
  name: Example Wire
  url: https://wire.example
  country: XX
  kind: agency
"""


def _claim(cid: str, *statements: str) -> Claim:
    return Claim(id=cid, text=cid, statements=tuple(statements), sources=("x",))


def _event(eid: str, *claims: Claim) -> Event:
    return Event(id=eid, date="2020-07-08", precision="day", how="", title=eid, claims=claims)


def _content_with_backfill(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "sources.yml").write_text((content / "sources.yml").read_text(encoding="utf-8") + WIRE,
                                         encoding="utf-8")  # fmt: skip
    (content / "articles" / "wire-syria-iran-pact.md").write_text(BACKFILL, encoding="utf-8")
    return content


def _with_overrides(tmp_path: Path, overrides: str) -> Path:
    """The seeds, with this overrides.yml."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "overrides.yml").write_text(overrides, encoding="utf-8")
    return content


def _ids(timeline) -> list[str]:
    return sorted(e.id for e in timeline.events)


# ---------------------------------------------------------------- the whole pipeline


@pytest.fixture(scope="module")
def seeds_export(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("published") / "timeline.json"
    path.write_text(export.render_export(build_timeline(CONTENT), "json"), encoding="utf-8")
    return path


def test_a_backfilled_report_would_rename_the_event_without_the_previous_export(tmp_path, seeds_export):
    """The case this module exists for: the earliest report moves, so the automatic id does."""
    published = {e["id"] for e in json.loads(seeds_export.read_text(encoding="utf-8"))["events"]}
    timeline = build_timeline(_content_with_backfill(tmp_path))
    agreement = next(e for e in timeline.events if e.date == "2020-07-08")
    assert {s.split("#")[0] for c in agreement.claims for s in c.statements} >= {
        "wire-syria-iran-pact", "000_5efe35e3d0ae01af", "003_7ec76ce6e3ea2a69"}, "the wire report is not linked"
    assert agreement.id not in published


def test_the_previous_export_keeps_every_published_id_after_a_backfill(tmp_path, seeds_export):
    before = json.loads(seeds_export.read_text(encoding="utf-8"))
    timeline = build_timeline(_content_with_backfill(tmp_path), previous=seeds_export)
    assert _ids(timeline) == sorted(e["id"] for e in before["events"])
    assert not any(e.former_ids for e in timeline.events)
    assert not [p for p in timeline.problems if "previous export" in p.message]


def test_the_seeds_keep_their_ids_when_built_against_their_own_export(seeds_export):
    """Same content and same previous export: the same timeline, byte for byte."""
    again = export.render_export(build_timeline(CONTENT, previous=seeds_export), "json")
    assert again == seeds_export.read_text(encoding="utf-8")


def test_an_editor_pin_names_the_event_of_a_statement(tmp_path):
    content = _with_overrides(tmp_path,
        "events:\n  iran-syria-military-agreement:\n    statement: '000_5efe35e3d0ae01af#s9'\n"
        "    title: Iran and Syria sign a military agreement\n")
    timeline = build_timeline(content)
    pinned = next(e for e in timeline.events if e.id == "iran-syria-military-agreement")
    assert any("000_5efe35e3d0ae01af#s9" in c.statements for c in pinned.claims)
    assert pinned.title == "Iran and Syria sign a military agreement"
    assert not [p for p in timeline.problems if "overrides.yml" in p.path]


def test_a_pin_on_a_statement_in_no_event_is_a_warning_with_its_line(tmp_path):
    content = _with_overrides(tmp_path,
        "# pins\nevents:\n  lost:\n    statement: '000_5efe35e3d0ae01af#s13'\n")  # background: in no event
    problems = [p for p in build_timeline(content).problems if p.path.endswith("overrides.yml")]
    assert [(p.line, p.severity) for p in problems] == [(3, "warning")]
    assert "pins the event of statement '000_5efe35e3d0ae01af#s13', which is in no event" in problems[0].message


def test_a_pin_on_a_statement_that_does_not_exist_says_so_at_the_statement_line(tmp_path):
    content = _with_overrides(tmp_path,
        "# pins\nevents:\n  lost:\n    statement: '000_5efe35e3d0ae01af#s999'\n")
    problems = [p for p in build_timeline(content).problems if p.path.endswith("overrides.yml")]
    assert [(p.line, p.severity, p.message) for p in problems] == [
        (4, "warning", "'events': '000_5efe35e3d0ae01af#s999' names no statement; copy the id from the site or "
                       "from `claimline export`")]


@pytest.mark.parametrize(("text", "why"), [
    ("{not json", "the previous export is not JSON (line 1: Expecting property name enclosed in double quotes)"),
    ('{"version": 1}', "the previous export has no 'events' list"),
    ('{"events": [{"title": "x"}]}', "an event of the previous export has no id"),
])  # fmt: skip
def test_an_unusable_previous_export_is_a_warning_and_ids_are_automatic(tmp_path, text, why):
    bad = tmp_path / "timeline.json"
    bad.write_text(text, encoding="utf-8")
    timeline = build_timeline(CONTENT, previous=bad)
    assert _ids(timeline) == _ids(build_timeline(CONTENT))
    [problem] = [p for p in timeline.problems if p.path == str(bad)]
    assert problem.severity == "warning"
    assert problem.message == (f"{why}; event ids are not carried over from it (delete it, "
                               "or pass the timeline.json of the published site)")  # fmt: skip


# ---------------------------------------------------------------- keep(): the rules one by one


def test_no_previous_export_and_no_pin_change_nothing():
    events = [_event("a", _claim("c1", "x#s1")), _event("b", _claim("c2", "y#s1"))]
    assert permalinks.keep(events, (), ()) == events


def test_a_published_id_goes_to_the_event_sharing_most_of_its_statements():
    events = [_event("new-1", _claim("c1", "x#s1")), _event("new-2", _claim("c2", "x#s2", "y#s2"))]
    published = [Published("old", frozenset({"x#s1", "x#s2", "y#s2"}))]
    kept = permalinks.keep(events, published, ())
    assert [e.id for e in kept] == ["new-1", "old"]


def test_two_events_become_one_and_the_other_id_redirects():
    events = [_event("auto", _claim("c1", "x#s1", "y#s1"), _claim("c2", "x#s2"))]
    published = [Published("first", frozenset({"x#s1", "y#s1"})), Published("second", frozenset({"x#s2"}),
                                                                               former_ids=("older",))]
    [merged] = permalinks.keep(events, published, ())
    assert merged.id == "first"
    assert merged.former_ids == ("older", "second")


def test_a_new_event_never_takes_an_id_published_for_another():
    events = [_event("clash", _claim("c1", "z#s1"))]
    published = [Published("clash", frozenset({"gone#s1"}))]
    assert [e.id for e in permalinks.keep(events, published, ())] == ["clash-2"]


def test_a_pin_wins_over_the_previous_export():
    events = [_event("auto", _claim("c1", "x#s1"))]
    pins = [EventOverride(event="pinned", statement="x#s1", line=2)]
    [event] = permalinks.keep(events, [Published("old", frozenset({"x#s1"}))], pins)
    assert (event.id, event.former_ids) == ("pinned", ("old",))


def test_ids_do_not_depend_on_the_order_events_come_in():
    """A tie (the published event split evenly in two) is broken by the automatic ids."""
    events = [_event(f"e{k}", _claim(f"c{k}", f"a{k}#s1", f"b{k}#s1")) for k in range(4)]
    published = [Published("p", frozenset({"a1#s1", "a0#s1"})), Published("q", frozenset({"a3#s1", "b3#s1"}))]
    one = {e.claims[0].id: e.id for e in permalinks.keep(events, published, ())}
    two = {e.claims[0].id: e.id for e in permalinks.keep(events[::-1], published[::-1], ())}
    assert one == two == {"c0": "p", "c1": "e1", "c2": "e2", "c3": "q"}


# ---------------------------------------------------------------- redirects and the export


def test_former_ids_are_exported_and_redirect_to_the_event(tmp_path, seeds_export):
    data = json.loads(seeds_export.read_text(encoding="utf-8"))
    agreement = next(e for e in data["events"] if e["date"] == "2020-07-08")
    # as if the seeds' agreement had been published as two events
    half = dict(agreement, id="2020-07-08-old-half", claims=agreement["claims"][:1])
    rest = dict(agreement, claims=agreement["claims"][1:])
    data["events"] = [e for e in data["events"] if e is not agreement] + [half, rest]
    previous = tmp_path / "timeline.json"
    previous.write_text(json.dumps(data), encoding="utf-8")

    timeline = build_timeline(CONTENT, previous=previous)
    event = next(e for e in timeline.events if e.date == "2020-07-08")
    assert event.former_ids == ("2020-07-08-old-half",) and event.id == agreement["id"]
    exported = json.loads(export.render_export(timeline, "json"))
    assert next(e for e in exported["events"] if e["id"] == event.id)["former_ids"] == ["2020-07-08-old-half"]

    pages = redirects.redirect_pages(timeline)
    tag = "tags/military-cooperation-df8416ff/index.html"  # the seed's tag, once at its hashed id
    assert list(pages) == ["events/2020-07-08-old-half/index.html", tag]
    page = pages["events/2020-07-08-old-half/index.html"]
    assert f'<meta http-equiv="refresh" content="0; url=../{event.id}/">' in page
    assert f'<link rel="canonical" href="../{event.id}/">' in page
    absolute = redirects.redirect_pages(timeline, site_url="https://example.org/timeline/")
    assert (f'<link rel="canonical" href="https://example.org/timeline/events/{event.id}/">'
            in absolute["events/2020-07-08-old-half/index.html"])
    flat = redirects.redirect_pages(timeline, use_directory_urls=False)
    assert list(flat) == ["events/2020-07-08-old-half.html", "tags/military-cooperation-df8416ff.html"]
    assert f'url={event.id}.html"' in flat["events/2020-07-08-old-half.html"]


def test_a_redirect_page_escapes_the_title():
    event = _event("e", _claim("c", "x#s1"))
    event = Event(**{**event.__dict__, "title": '<script>alert(1)</script>"', "former_ids": ("old",)})
    from generator.model import Timeline

    timeline = Timeline(sources=(), articles=(), segments={}, statements={}, entities=(), mentions=(),
                        events=(event,))  # fmt: skip
    page = redirects.redirect_pages(timeline)["events/old/index.html"]
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;&quot;" in page


# ---------------------------------------------------------------- the site


@pytest.mark.slow
def test_a_rebuilt_site_keeps_its_event_addresses_after_a_backfill(tmp_path, monkeypatch):
    """`claimline build` reads the export the last build left in the site folder."""
    from generator.site.build import build_site

    monkeypatch.chdir(tmp_path)
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    site = tmp_path / "site"
    build_site(content, site_dir=site, progress=False)
    before = sorted(p.parent.name for p in (site / "events").glob("*/index.html"))

    backfilled = _content_with_backfill(tmp_path / "later")
    report = build_site(backfilled, site_dir=site, progress=False)
    after = sorted(p.parent.name for p in (site / "events").glob("*/index.html"))
    assert after == before
    assert report.articles == 3
    # and a build from scratch would have moved the agreement: the test can fail
    fresh = build_site(backfilled, site_dir=tmp_path / "fresh", progress=False)
    assert fresh.events == report.events
    assert sorted(p.parent.name for p in (tmp_path / "fresh" / "events").glob("*/index.html")) != before


def test_a_pin_on_an_id_published_for_another_event_is_a_warning(tmp_path, seeds_export):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    astana = next(e["id"] for e in json.loads(seeds_export.read_text(encoding="utf-8"))["events"]
                  if e["date"] == "2020-07-01")  # fmt: skip
    (content / "overrides.yml").write_text(
        f"events:\n  {astana}:\n    statement: '000_5efe35e3d0ae01af#s9'\n", encoding="utf-8")
    timeline = build_timeline(content, previous=seeds_export)
    [problem] = [p for p in timeline.problems if p.path.endswith("overrides.yml")]
    assert (problem.line, problem.severity) == (2, "warning")
    assert problem.message == (f"'events': '{astana}' was published as the id of another event, whose old address "
                               "now shows this one; choose an id the site has not used")


def test_two_pins_on_one_event_say_so(tmp_path):
    content = _with_overrides(tmp_path,
        "events:\n  first-name:\n    statement: '000_5efe35e3d0ae01af#s9'\n"
        "  second-name:\n    statement: '003_7ec76ce6e3ea2a69#s4'\n")
    timeline = build_timeline(content)
    assert "first-name" in _ids(timeline)
    [problem] = [p for p in timeline.problems if p.path.endswith("overrides.yml")]
    assert problem.line == 4
    assert problem.message == ("'events': 'second-name' pins the event of statement '003_7ec76ce6e3ea2a69#s4', "
                               "which is already pinned as 'first-name'; give an event one id")


def test_export_says_when_the_previous_export_is_unusable(tmp_path):
    from click.testing import CliRunner

    from generator.cli import cli

    bad = tmp_path / "timeline.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "--content", str(CONTENT), "--previous", str(bad)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"]
    assert (f"{bad}: warning: the previous export is not JSON (line 1: Expecting property name enclosed in double "
            "quotes); event ids are not carried over from it") in result.stderr


# ---------------------------------------------------------------- people and bodies


def test_a_person_keeps_the_address_readers_know_when_another_spelling_comes_to_lead(tmp_path, seeds_export):
    """The wire writes "Bagheri": on its own that would move Baqeri's page."""
    content = _content_with_backfill(tmp_path)
    fresh = {e.id for e in build_timeline(content).entities}
    assert "mohammad-bagheri" in fresh and "mohammad-baqeri" not in fresh  # the case is real
    kept = build_timeline(content, previous=seeds_export)
    ids = {e.id for e in kept.entities}
    assert "mohammad-baqeri" in ids and "mohammad-bagheri" not in ids
    speakers = {s.speaker for sts in kept.statements.values() for s in sts if s.speaker}
    assert "mohammad-baqeri" in speakers and "mohammad-bagheri" not in speakers
    assert {c.speaker for e in kept.events for c in e.claims} - {None} <= ids


def test_two_people_becoming_one_leave_a_redirect():
    from generator.model import Entity, Mention, Statement, Timeline

    ents = [Entity(id="mohammad-bagheri", name="Mohammad Bagheri", aliases=("Baqeri", "Mohammad Baqeri"))]
    mentions = [Mention(text="Baqeri", start=0, end=6, statement="a#s1", entity="mohammad-bagheri")]
    stmts = {"a": (Statement(id="a#s1", article="a", start=0, end=6, text="Baqeri", kind="claim", sentence=1,
                             speaker="mohammad-bagheri"),)}  # fmt: skip
    published = [Published("mohammad-baqeri", frozenset({"mohammad baqeri", "baqeri"})),
                 Published("bagheri", frozenset({"mohammad bagheri"}), former_ids=("m-bagheri",))]
    [person], [mention], out = permalinks.keep_entities(ents, mentions, stmts, published)
    assert person.id == "mohammad-baqeri" and person.former_ids == ("bagheri", "m-bagheri")
    assert mention.entity == out["a"][0].speaker == "mohammad-baqeri"
    timeline = Timeline(sources=(), articles=(), segments={}, statements={}, entities=(person,), mentions=(),
                        events=())  # fmt: skip
    assert sorted(redirects.redirect_pages(timeline)) == ["people/bagheri/index.html", "people/m-bagheri/index.html"]
    assert contract.to_contract(timeline)["entities"][0]["former_ids"] == ["bagheri", "m-bagheri"]


@pytest.mark.parametrize("text", [
    '{"events": [{"id": "x", "claims": 5}]}',
    '{"events": [{"id": "x", "claims": [{"statements": 7}], "former_ids": "zz"}], "entities": 5}',
    '{"events": [], "entities": [{"id": "p", "aliases": "Baqeri", "former_ids": 3}]}',
])  # fmt: skip
def test_a_previous_export_of_the_wrong_shape_is_read_as_far_as_it_goes(tmp_path, text):
    odd = tmp_path / "timeline.json"
    odd.write_text(text, encoding="utf-8")
    previous, problems = permalinks.read_previous(odd)
    assert problems == []
    assert all(p.former_ids == () for p in (*previous.events, *previous.entities))
    assert _ids(build_timeline(CONTENT, previous=odd)) == _ids(build_timeline(CONTENT))


def test_a_previous_export_nested_too_deeply_is_a_warning(tmp_path):
    deep = tmp_path / "timeline.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    previous, [problem] = permalinks.read_previous(deep)
    assert previous == permalinks.Previous()
    assert problem.message.startswith("the previous export is nested too deeply")


@pytest.mark.slow
def test_export_shows_the_ids_of_the_site_built_before(tmp_path, monkeypatch):
    """After a backfill, `claimline export` says the ids the site shows, as a build keeps them."""
    from click.testing import CliRunner

    from generator.cli import cli
    from generator.site.build import build_site

    monkeypatch.chdir(tmp_path)
    shutil.copytree(CONTENT, tmp_path / "content")
    build_site(Path("content"), site_dir=Path("site"), progress=False)
    site_ids = sorted(e["id"] for e in json.loads((tmp_path / "site" / "timeline.json").read_text())["events"])
    backfilled = _content_with_backfill(tmp_path / "later")
    result = CliRunner().invoke(cli, ["export", "--content", str(backfilled)])
    assert result.exit_code == 0, result.stderr
    assert sorted(e["id"] for e in json.loads(result.stdout)["events"]) == site_ids


def test_a_pin_on_an_address_that_redirects_to_another_event_is_a_warning(tmp_path, seeds_export):
    data = json.loads(seeds_export.read_text(encoding="utf-8"))
    astana = next(e for e in data["events"] if e["date"] == "2020-07-01")
    astana["former_ids"] = ["2020-07-01-old-astana"]
    previous = tmp_path / "timeline.json"
    previous.write_text(json.dumps(data), encoding="utf-8")
    content = _with_overrides(tmp_path, "events:\n  2020-07-01-old-astana:\n    statement: '000_5efe35e3d0ae01af#s9'\n")
    [problem] = [p for p in build_timeline(content, previous=previous).problems if p.path.endswith("overrides.yml")]
    assert problem.message.startswith("'events': '2020-07-01-old-astana' was published as the id of another event")


def test_on_a_tie_an_entity_keeps_the_published_id_of_its_own_name():
    """An editor makes "Astana" an alias of "Astana peace process": both published pages fit."""
    from generator.model import Entity

    ents = [Entity(id="astana-peace-process", name="Astana peace process", aliases=("Astana",))]
    published = [Published("astana", frozenset({"astana"})),
                 Published("astana-peace-process", frozenset({"astana peace process"}))]
    [entity], _, _ = permalinks.keep_entities(ents, [], {}, published)
    assert (entity.id, entity.former_ids) == ("astana-peace-process", ("astana",))


def test_a_merge_undone_gives_the_event_its_address_back(tmp_path):
    """An editor dates the Astana claim to July 8 (one event, Astana's id redirects), then
    takes that back: Astana is at its old address again, and nothing redirects any more."""
    first = build_timeline(CONTENT)
    astana = next(e.id for e in first.events if e.date == "2020-07-01")
    exported = tmp_path / "one.json"
    exported.write_text(export.render_export(first, "json"), encoding="utf-8")

    merged_content = _with_overrides(tmp_path / "m", "dates:\n  003_7ec76ce6e3ea2a69#s14: 2020-07-08\n")
    merged = build_timeline(merged_content, previous=exported)
    [event] = merged.events
    assert astana in event.former_ids
    exported.write_text(export.render_export(merged, "json"), encoding="utf-8")

    again = build_timeline(CONTENT, previous=exported)
    assert _ids(again) == _ids(first)
    assert not any(e.former_ids for e in again.events)
