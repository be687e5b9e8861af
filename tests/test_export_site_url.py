"""Exports that link to the site's pages, with and without its address (``site_url``): absolute
links and JSON Feed's home_page_url/feed_url with it; without it, relative links and one warning
saying how to set it. Fictional address."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli
from generator.export import render_export
from generator.export.common import relative_links_warning

from .timeline_fixture import make_timeline

CONTENT = Path(__file__).resolve().parent.parent / "content"
WARNING = ("warning: site_url is not set, so the links in feed.json are relative to the site's root, which "
           "feed readers and pages embedding the timeline elsewhere cannot follow; set the address the site is "
           "served at in mkdocs.yml, e.g. 'site_url: https://example.org/timeline/'\n")


def _export(tmp_path: Path, monkeypatch, fmt: str, mkdocs: str | None) -> tuple[str, str]:
    shutil.copytree(CONTENT, tmp_path / "content")
    if mkdocs is not None:
        (tmp_path / "mkdocs.yml").write_text(mkdocs, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["export", "--no-cache", "--format", fmt, "-o", "out"])
    assert result.exit_code == 0, result.output
    return (tmp_path / "out").read_text(encoding="utf-8"), result.stderr


def test_export_without_site_url_warns_once_how_to_set_it(tmp_path, monkeypatch):
    out, stderr = _export(tmp_path, monkeypatch, "jsonfeed", None)
    assert stderr.count("site_url is not set") == 1 and stderr.endswith(WARNING + "wrote out\n")
    feed = json.loads(out)
    assert "home_page_url" not in feed and "feed_url" not in feed
    assert all(item["url"].startswith("events/") for item in feed["items"])


def test_export_of_csv_without_site_url_says_nothing_of_it(tmp_path, monkeypatch):
    _out, stderr = _export(tmp_path, monkeypatch, "csv", None)
    assert "site_url" not in stderr


def test_jsonfeed_with_site_url_has_absolute_links_and_its_own_address():
    feed = json.loads(render_export(make_timeline(), "jsonfeed", site_url="https://example.org/quay"))
    assert (feed["home_page_url"], feed["feed_url"]) == ("https://example.org/quay/", "https://example.org/quay/feed.json")
    assert sorted(i["url"] for i in feed["items"]) == [
        "https://example.org/quay/events/2020-07-01-astana-summit/",
        "https://example.org/quay/events/2020-07-08-military-agreement/",
        "https://example.org/quay/events/2020-09-evil/",
    ]


def test_timelinejs_with_site_url_links_absolutely():
    data = json.loads(render_export(make_timeline(), "timelinejs", site_url="https://example.org/quay/"))
    hrefs = [e["text"]["text"].rsplit('<a href="', 1)[1].split('"')[0] for e in data["events"]]
    assert hrefs and all(h.startswith("https://example.org/quay/events/") for h in hrefs)


def test_site_url_warning_names_only_the_linked_exports_asked_for():
    assert relative_links_warning(("json", "csv", "ics"), None) is None
    assert relative_links_warning(("atom", "jsonfeed", "timelinejs"), "https://example.org/") is None
    assert relative_links_warning(("json", "timelinejs", "atom"), None).startswith(
        "warning: site_url is not set, so the links in feed.xml, timelinejs.json are relative to the site's root")


def test_build_without_site_url_warns_once_naming_every_linked_export(tmp_path, monkeypatch):
    from generator.site.build import build_site

    shutil.copytree(CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    report = build_site(Path("content"), progress=False, jobs=1, cache=False)
    said = [str(p) for p in report.problems if "site_url" in str(p)]
    assert said == ["mkdocs: warning: claimline: site_url is not set, so the links in feed.xml, feed.json, "
                    "timelinejs.json are relative to the site's root, which feed readers and pages embedding the "
                    "timeline elsewhere cannot follow; set the address the site is served at in mkdocs.yml, e.g. "
                    "'site_url: https://example.org/timeline/'"]
