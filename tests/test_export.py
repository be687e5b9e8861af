"""Exports: the JSON contract keeps to the shared schema; every format is deterministic and
keeps hostile text inert in its own syntax."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import icalendar
import jsonschema
import pytest

from generator.export import FILENAMES, FORMATS, render_export
from generator.export.common import newest
from generator.export.contract import to_contract
from generator.export.formats import ExportError

from .timeline_fixture import HOSTILE, make_coarse_timeline, make_timeline

LIVE_HANDLER = re.compile(r"<[a-zA-Z][^<>]*\son[a-z]+\s*=", re.IGNORECASE)
SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "contract" / "timeline.schema.json"


@pytest.fixture(scope="module")
def timeline():
    return make_timeline()


def _schema():
    if not SCHEMA.is_file():
        pytest.skip(f"needs ../shared/contract/timeline.schema.json ({SCHEMA} is absent)")
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def test_contract_validates_against_the_shared_schema(timeline):
    doc = json.loads(render_export(timeline, "json"))
    jsonschema.Draft202012Validator(_schema()).validate(doc)
    assert doc["version"] == 1
    ids = [s["id"] for a in doc["articles"] for s in a["statements"]]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for e in doc["events"]:
        for c in e["claims"] + e.get("context", []):
            assert set(c["statements"]) <= known


def test_contract_keeps_offsets_dates_and_pages(timeline):
    doc = to_contract(timeline)
    jpost = next(a for a in doc["articles"] if a["id"] == "000_jpost")
    s2 = next(s for s in jpost["statements"] if s["id"] == "000_jpost#s2")
    body = timeline.articles[0].body
    assert body[s2["start"]:s2["end"]] == s2["text"]
    assert s2["dates"][0]["value"] == "2020-07-08"
    assert s2["dates"][0]["anchor"].startswith("weekday")
    assert jpost["page"] == "articles/000_jpost/"
    assert jpost["published"] == "2020-07-08T14:47:00+03:00"
    iran = next(a for a in doc["articles"] if a["id"] == "003_iranpress")
    assert iran["published"] == "2020-07-08" and iran["published_inferred"] is True
    ev = doc["events"][1]
    assert ev["page"] == "events/2020-07-08-military-agreement/"
    assert ev["how"].startswith("weekday")
    assert [c["id"] for c in ev["context"]] == ["c-strikes"]
    # a hostile id gets a safe page address, never its raw characters
    evil = next(a for a in doc["articles"] if a["source"] == "evil")
    assert "<" not in evil["page"] and " " not in evil["page"]


def test_contract_page_addresses_follow_use_directory_urls(timeline):
    doc = to_contract(timeline, use_directory_urls=False)
    assert doc["events"][0]["page"] == "events/2020-07-01-astana-summit.html"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_byte_for_byte_deterministic(timeline, fmt):
    assert render_export(timeline, fmt) == render_export(make_timeline(), fmt)


def test_no_clock_in_feeds(timeline):
    """"updated" is the newest article's date, not the time of the build."""
    assert newest(timeline).isoformat() == "2020-07-09T09:00:00+00:00"
    atom = render_export(timeline, "atom")
    assert "<updated>2020-07-09T09:00:00Z</updated>" in atom
    assert "DTSTAMP:20200709T090000Z" in render_export(timeline, "ics")


def test_unknown_format_is_a_clear_error(timeline):
    with pytest.raises(ExportError, match="unknown export format 'pdf': use one of json, atom"):
        render_export(timeline, "pdf")


def test_atom_is_well_formed_and_inert(timeline):
    atom = render_export(timeline, "atom", site_url="https://example.org/tl/")
    root = ET.fromstring(atom.encode("utf-8"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == 3
    titles = [e.find("a:title", ns).text for e in entries]
    assert f"Evil {HOSTILE}" in titles  # the text survives, as text
    links = [e.find("a:link", ns).get("href") for e in entries]
    assert "https://example.org/tl/events/2020-07-08-military-agreement/" in links
    # the HTML content is escaped HTML: no live tag once a reader unescapes it once
    for e in entries:
        content = e.find("a:content", ns).text
        assert "<script" not in content and "<img" not in content
        assert not LIVE_HANDLER.search(content)


def test_jsonfeed_keeps_to_version_1_1(timeline):
    feed = json.loads(render_export(timeline, "jsonfeed", site_url="https://example.org"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://example.org/feed.json"
    assert {i["id"] for i in feed["items"]} == {
        "urn:claimline:event:2020-07-01-astana-summit",
        "urn:claimline:event:2020-07-08-military-agreement",
        "urn:claimline:event:2020-09-evil",
    }
    for item in feed["items"]:
        assert "<script" not in item["content_html"]


def test_ics_all_day_entries_at_their_precision(timeline):
    ics = render_export(timeline, "ics")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    unfolded = ics.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20200708\r\nDTEND;VALUE=DATE:20200709" in unfolded
    # a month-precision event spans its month
    assert "DTSTART;VALUE=DATE:20200901\r\nDTEND;VALUE=DATE:20201001" in unfolded
    assert "STATUS:TENTATIVE" in unfolded
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    # TEXT values escape , ; and newlines so hostile text cannot add properties
    summary = next(line for line in unfolded.split("\r\n") if line.startswith("SUMMARY:Evil"))
    assert "\\;" in summary or ";" not in summary.split(":", 1)[1].replace("\\;", "")
    assert "\nBEGIN:VEVENT" not in summary


def test_weeks_seasons_and_quarters_span_their_real_days_in_the_calendar():
    calendar = icalendar.Calendar.from_ical(render_export(make_coarse_timeline(), "ics"))
    spans = {str(e["summary"]): (f"{e['dtstart'].dt:%Y%m%d}", f"{e['dtend'].dt:%Y%m%d}")
             for e in calendar.walk("VEVENT")}
    assert spans["A week in July"] == ("20200706", "20200713")  # Monday to Sunday
    assert spans["A summer event"] == ("20200601", "20200901")  # June to August, not all of 2020
    assert spans["A third-quarter event"] == ("20200701", "20201001")
    assert spans["An event sometime in 2020"] == ("20200101", "20210101")
    assert spans["A July event"] == ("20200701", "20200801")


def test_timelinejs_gives_weeks_seasons_and_quarters_their_start():
    data = json.loads(render_export(make_coarse_timeline(), "timelinejs"))
    start = {e["text"]["headline"]: e["start_date"] for e in data["events"]}
    assert start["A week in July"] == {"year": 2020, "month": 7, "day": 6, "display_date": "week of July 6, 2020"}
    assert start["A summer event"] == {"year": 2020, "month": 6, "display_date": "summer 2020"}
    assert start["A third-quarter event"] == {"year": 2020, "month": 7, "display_date": "Q3 2020"}
    assert start["An event sometime in 2020"] == {"year": 2020, "display_date": "2020"}


@pytest.mark.parametrize("fmt", ["atom", "jsonfeed"])
def test_feeds_list_events_newest_first_by_their_own_date_then_their_real_start(fmt):
    """The Astana summit of July 1 was first reported on July 8, with the agreement: it comes after
    the agreement (the later event) and before the week of July 6 (an older entry: no report, so
    its start day); weeks, seasons and quarters by their real start."""
    out = render_export(make_coarse_timeline(), fmt)
    order = [out.index(f"urn:claimline:event:{eid}") for eid in (
        "2020-09-evil", "2020-07-08-military-agreement", "2020-07-01-astana-summit", "2020-w28-week",
        "2020-q3-third-quarter", "2020-07-july", "2020-06-15-day", "2020-su-summer", "2020-event")]
    assert order == sorted(order)
    stamps = re.findall(r"<published>([^<]+)</published>" if fmt == "atom" else r'"date_published": "([^"]+)"', out)
    assert stamps == sorted(stamps, reverse=True)  # the order the entries' own dates give


def test_feed_entries_reported_together_keep_one_order_whatever_their_ids(timeline):
    """Two events first reported by one article: the later event first, and with one date, by id
    ascending; the order never depends on the order the events came in."""
    from generator.export.feeds import newest_first

    twin = replace(timeline.events[1], id="2020-07-08-a-twin")
    for events in ((*timeline.events, twin), (twin, *reversed(timeline.events))):
        ids = [e.id for e in newest_first(replace(timeline, events=events))]
        assert ids == ["2020-09-evil", "2020-07-08-a-twin", "2020-07-08-military-agreement", "2020-07-01-astana-summit"]


def test_timelinejs_text_is_escaped_html(timeline):
    data = json.loads(render_export(timeline, "timelinejs"))
    assert len(data["events"]) == 3
    ev = next(e for e in data["events"] if e["unique_id"] == "2020-07-08-military-agreement")
    assert ev["start_date"] == {"year": 2020, "month": 7, "day": 8, "display_date": "July 8, 2020"}
    month = next(e for e in data["events"] if e["unique_id"] == "2020-09-evil")
    assert "day" not in month["start_date"]
    for e in data["events"]:
        assert "<script" not in e["text"]["headline"] + e["text"]["text"]
        assert "javascript:" not in e["text"]["text"].split('href="')[-1].split('"')[0]


def test_csv_has_a_row_per_claim_statement_and_no_formulas(timeline):
    rows = list(csv.DictReader(io.StringIO(render_export(timeline, "csv"))))
    signed = [r for r in rows if r["claim_id"] == "c-signed"]
    assert {r["source"] for r in signed} == {"evil", "iranpress", "jpost"}
    assert {r["claim_kind"] for r in rows if r["claim_id"] == "c-strikes"} == {"context"}
    jpost = next(r for r in signed if r["source"] == "jpost")
    assert jpost["article_url"] == "https://www.jpost.com/middle-east/a-1"
    evil = next(r for r in signed if r["source"] == "evil")
    assert evil["article_url"] == ""  # a javascript: URL is dropped, not exported
    for r in rows:
        for v in r.values():
            assert not v.startswith(("=", "+", "-", "@"))


def test_filenames_cover_every_format():
    assert set(FILENAMES) == set(FORMATS)


def test_seed_export_validates_and_points_at_pages(seed_timeline):
    doc = json.loads(render_export(seed_timeline, "json"))
    jsonschema.Draft202012Validator(_schema()).validate(doc)
    assert all(e["page"].startswith("events/") for e in doc["events"])
    assert {e["date"] for e in doc["events"]} >= {"2020-07-01", "2020-07-08"}


def test_control_characters_never_break_the_xml_feed(timeline):
    from dataclasses import replace

    ev = replace(timeline.events[0], title="Bad \x00\x0b\x1f title")
    t = replace(timeline, events=(ev, *timeline.events[1:]))
    root = ET.fromstring(render_export(t, "atom").encode("utf-8"))
    titles = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Bad  title" in titles


def test_contract_lists_events_by_their_real_start():
    doc = to_contract(make_coarse_timeline())
    assert [e["id"] for e in doc["events"]] == [
        "2020-event", "2020-su-summer", "2020-06-15-day", "2020-07-01-astana-summit", "2020-07-july",
        "2020-q3-third-quarter", "2020-w28-week", "2020-07-08-military-agreement", "2020-09-evil"]


def _project(tmp_path: Path, mkdocs: str | None) -> Path:
    import shutil

    shutil.copytree(Path(__file__).parent.parent / "content", tmp_path / "content")
    if mkdocs is not None:
        (tmp_path / "mkdocs.yml").write_text(mkdocs, encoding="utf-8")
        (tmp_path / "docs").mkdir()
    return tmp_path


HARBOUR_MKDOCS = ("site_name: Harbour strike\nsite_url: https://example.org/strike/\nplugins:\n  - search\n"
                  "  - claimline\n")


def test_export_gives_feeds_the_title_and_address_of_the_site(tmp_path, monkeypatch):
    """``claimline export --format atom`` from a project folder is the feed its site publishes: titled
    after site_name, with absolute links from site_url; not "claimline timeline" with relative links."""
    from click.testing import CliRunner

    from generator.cli import cli

    monkeypatch.chdir(_project(tmp_path, HARBOUR_MKDOCS))
    result = CliRunner().invoke(cli, ["export", "--no-cache", "--format", "atom", "-o", "feed.xml"])
    assert result.exit_code == 0, result.output
    feed = (tmp_path / "feed.xml").read_text(encoding="utf-8")
    assert "  <title>Harbour strike</title>\n  <id>https://example.org/strike/feed.xml</id>\n" in feed
    assert '<link rel="alternate" type="text/html" href="https://example.org/strike/events/2020-07-08-' in feed


def test_export_without_mkdocs_yml_titles_feeds_as_a_default_build_does(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import cli

    monkeypatch.chdir(_project(tmp_path, None))
    result = CliRunner().invoke(cli, ["export", "--no-cache", "--format", "jsonfeed", "-o", "feed.json"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "feed.json").read_text(encoding="utf-8"))["title"] == "Timeline"


@pytest.mark.slow
def test_export_is_byte_for_byte_what_the_build_publishes(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import cli
    from generator.site.build import build_site

    monkeypatch.chdir(_project(tmp_path, HARBOUR_MKDOCS + "use_directory_urls: false\n"))
    build_site(None, tmp_path / "site", progress=False, jobs=1, cache=False)
    for fmt, name in (("atom", "feed.xml"), ("ics", "timeline.ics"), ("json", "timeline.json")):
        result = CliRunner().invoke(cli, ["export", "--no-cache", "--format", fmt, "-o", "out", "--previous",
                                          str(tmp_path / "site" / "timeline.json")])
        assert result.exit_code == 0, result.output
        assert (tmp_path / "out").read_bytes() == (tmp_path / "site" / name).read_bytes(), fmt
