"""Whole builds: the site is made, the previous one survives a failure, hostile content
stays inert in the HTML MkDocs writes, and two builds give the same bytes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.errors import BuildError, ClaimlineError, ContentError
from generator.export import FILENAMES
from generator.site import swap
from generator.site.build import BuildReport, build_site, default_config_text

from .inert_html import scan

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"


HOSTILE_SOURCES = """\
evil-wire:
  name: "Evil <script>alert('src')</script> Wire {{ 7*7 }}"
  url: "https://example.org/\\"><script>alert('home')</script>"
  country: "<img src=x onerror=alert('country')>"
plain-news:
  name: Plain News
  url: https://example.net
"""
HOSTILE_ARTICLE = """\
---
source: evil-wire
title: "Council </title><svg onload=alert(0)> <script>alert(1)</script> approves {{ 7*7 }} bridge <img src=x onerror=alert(2)> [x](javascript:alert(22))"
published: 2024-03-13T09:30:00+01:00
url: "https://example.org/a\\"><script>alert(3)</script>"
author: "<a href=\\"javascript:alert(4)\\">Staff</a>"
tags: ["<script>alert(5)</script>", "{{ 7*7 }}"]
---
The Riverton council approved a footbridge <script>alert(6)</script> on Tuesday, March 12, 2024.

Councillors voted 9 to 2 for the plan <img src=x onerror=alert(7)>, which will cost {{ 7*7 }} million euros.

"The bridge <b onclick=alert(8)>joins</b> our town," said Mallory Smith on Tuesday. [click me](javascript:alert(9))

Work is due to begin in September 2024 {: onclick="alert(10)" } {% raw %} **not bold** `not code`.
"""
PLAIN_ARTICLE = """\
---
source: plain-news
title: Riverton approves footbridge
published: 2024-03-13T11:00:00+01:00
url: https://example.net/riverton-footbridge
---
The Riverton council approved a footbridge on Tuesday, March 12, 2024.

Councillors voted 9 to 2 for the plan, which will cost 4.2 million euros.

"The bridge joins our town," said Mallory Smith on Tuesday.
"""


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A project folder with a copy of the demo content, as the current directory."""
    shutil.copytree(CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text(HOSTILE_SOURCES, encoding="utf-8")
    (content / "articles" / "hostile-evil-wire.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (content / "articles" / "plain-news.md").write_text(PLAIN_ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.slow
def test_build_without_mkdocs_yml_uses_the_built_in_default(workdir):
    report = build_site(Path("content"), progress=False)
    assert isinstance(report, BuildReport)
    site = workdir / "site"
    assert report.site_dir == site
    assert (site / "index.html").is_file()
    for name in FILENAMES.values():
        assert (site / name).is_file(), name
    doc = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    assert doc["version"] == 1 and len(doc["articles"]) == 2
    assert report.articles == 2 and report.events >= 2 and report.claims >= 13
    assert "2 article(s)" in report.summary() and "warning(s)" in report.summary()
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "July 8, 2020" in html and "July 1, 2020" in html
    assert "assets/claimline.css" in html
    assert '<link rel="alternate" type="application/atom+xml" title="Timeline" href="feed.xml">' in html
    # JSON-LD sits in <head>: Material's instant navigation would run a script in the content
    event = next((site / "events").glob("*/index.html")).read_text(encoding="utf-8")
    head, body = event.split("</head>", 1)
    assert '<script type="application/ld+json">' in head and "application/ld+json" not in body
    # the content folder is read, never written
    assert sorted(p.name for p in (workdir / "content" / "articles").iterdir()) == sorted(
        p.name for p in (CONTENT / "articles").iterdir())
    # no build folder is left behind
    assert not [p for p in workdir.iterdir() if p.name.startswith(".site-")]


@pytest.mark.slow
def test_a_failed_build_leaves_the_previous_site(workdir):
    build_site(Path("content"), progress=False)
    index = workdir / "site" / "index.html"
    before = index.read_bytes()
    # 1. bad content: the pipeline refuses, nothing is touched
    bad = workdir / "content" / "articles" / "broken.md"
    bad.write_text("---\nsource: jpost\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    with pytest.raises(ContentError):
        build_site(Path("content"), progress=False)
    assert index.read_bytes() == before
    bad.unlink()
    # 2. the renderer fails (a theme that does not exist): the old site stays
    cfg = workdir / "broken.yml"
    cfg.write_text("site_name: x\ndocs_dir: docs\ntheme: {name: no-such-theme}\nplugins: [claimline]\n",
                   encoding="utf-8")
    (workdir / "docs").mkdir()
    with pytest.raises(BuildError):
        build_site(Path("content"), site_dir=workdir / "site", config_file=cfg, progress=False)
    assert index.read_bytes() == before
    assert not [p for p in workdir.iterdir() if p.name.startswith(".site-")]


def test_refuses_a_site_dir_that_would_replace_the_content(workdir):
    with pytest.raises(ClaimlineError, match="refusing to build the site here"):
        build_site(Path("content"), site_dir=workdir, progress=False)
    assert (workdir / "content" / "sources.yml").is_file()


def test_config_without_the_plugin_is_a_clear_error(workdir):
    (workdir / "docs").mkdir()
    cfg = workdir / "mkdocs.yml"
    cfg.write_text("site_name: x\ntheme: {name: material}\n", encoding="utf-8")
    with pytest.raises(ClaimlineError, match="the claimline plugin is not enabled"):
        build_site(Path("content"), config_file=cfg, progress=False)


@pytest.mark.slow
def test_two_builds_give_the_same_bytes(workdir):
    """Every file, the theme's and the sitemap included: the build is dated by the content."""
    build_site(Path("content"), site_dir=workdir / "a", progress=False)
    build_site(Path("content"), site_dir=workdir / "b", progress=False)
    files_a = sorted(p.relative_to(workdir / "a") for p in (workdir / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(workdir / "b") for p in (workdir / "b").rglob("*") if p.is_file())
    assert files_a == files_b and len(files_a) > 30
    for rel in files_a:
        assert (workdir / "a" / rel).read_bytes() == (workdir / "b" / rel).read_bytes(), rel


@pytest.mark.slow
def test_hostile_content_is_inert_in_every_built_page_and_export(hostile):
    report = build_site(Path("content"), progress=False)
    site = hostile / "site"
    pages = list(site.rglob("*.html"))
    assert len(pages) >= 8 and report.articles == 2
    for page in pages:
        problems, visible = scan(page.read_text(encoding="utf-8"), allowed_script_srcs=("assets/",))
        assert problems == [], page
        assert "49 million" not in visible and "approves 49" not in visible, page
    article = next(site.glob("articles/hostile-evil-wire*/index.html")).read_text(encoding="utf-8")
    _problems, visible = scan(article, ("assets/",))
    assert "<script>alert(6)</script>" in visible  # shown as text
    # a Markdown article's own syntax is not shown (its text is), and never made live: no link, no bold
    assert "click me" in visible and "javascript:alert(9)" not in visible and 'href="javascript' not in article
    assert "{: onclick=" in visible and " not bold " in visible and "<strong>not bold" not in article
    # exports: the hostile URL never becomes a link
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "<script" not in feed.split("<title>")[0]
    assert 'href="javascript' not in feed
    assert "<script>alert(3)" not in (site / "claims.csv").read_text(encoding="utf-8")
    for search_index in site.rglob("search_index.json"):
        assert "<script>alert" not in search_index.read_text(encoding="utf-8")


@pytest.mark.slow
def test_cli_build_prints_a_summary(workdir):
    result = CliRunner().invoke(cli, ["build", "--content", "content", "-q"])
    assert result.exit_code == 0, result.output
    assert "article(s)" in result.output and (workdir / "site" / "timeline.json").is_file()


def test_cli_export_writes_the_contract(workdir):
    result = CliRunner().invoke(cli, ["export", "--content", "content", "--format", "ics"])
    assert result.exit_code == 0
    assert result.output.startswith("BEGIN:VCALENDAR")


def test_default_config_is_valid_yaml_naming_the_content(tmp_path):
    import yaml

    cfg = yaml.safe_load(default_config_text(tmp_path))
    assert cfg["theme"]["name"] == "material"
    assert "navigation.instant" in cfg["theme"]["features"]
    assert any(isinstance(p, dict) and p["claimline"]["content"] == str(tmp_path.resolve()) for p in cfg["plugins"])


@pytest.mark.slow
def test_plain_mkdocs_build_uses_the_plugin(tmp_path):
    """`mkdocs build` with the repository's mkdocs.yml makes the same site as `claimline build`."""
    out = tmp_path / "site"
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLINE_CONTENT"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"),
                           "-d", str(out)], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert (out / "index.html").is_file() and (out / "timeline.json").is_file()
    assert (out / "events").is_dir() and (out / "feed.xml").is_file()


def test_plain_mkdocs_build_never_deletes_a_users_file(tmp_path):
    """MkDocs cleans site_dir before it builds: with the plugin, a folder holding a file no
    claimline build wrote is refused, as `claimline build` refuses it; a site it built itself
    is replaced."""
    out = tmp_path / "site"
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLINE_CONTENT"}
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)]
    assert subprocess.run(command, capture_output=True, text=True, env=env, timeout=300).returncode == 0
    assert subprocess.run(command, capture_output=True, text=True, env=env, timeout=300).returncode == 0
    (out / "cv.pdf").write_bytes(b"%PDF my cv")
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 1
    assert "it holds cv.pdf, which no claimline build wrote" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (out / "cv.pdf").read_bytes() == b"%PDF my cv" and (out / "index.html").is_file()


def test_a_wrong_plugin_option_is_reported_by_name(workdir):
    (workdir / "docs").mkdir()
    cfg = workdir / "mkdocs.yml"
    cfg.write_text("site_name: x\ntheme: {name: material}\nplugins:\n  - claimline:\n      split_after: 0\n"
                   "      exports: [json, pdf]\n", encoding="utf-8")
    with pytest.raises(BuildError) as info:
        build_site(Path("content"), config_file=cfg, progress=False)
    message = str(info.value)
    assert "mkdocs.yml" in message
    assert "split_after" in message or "exports" in message
    assert not (workdir / "site").exists()


def test_serve_watches_the_content_folder(workdir):
    from mkdocs.config import load_config

    from generator.site.plugin import ClaimlinePlugin

    (workdir / "docs").mkdir()
    (workdir / "mkdocs.yml").write_text("site_name: x\nplugins: [claimline]\n", encoding="utf-8")
    config = load_config("mkdocs.yml")
    plugin = next(p for p in config.plugins.values() if isinstance(p, ClaimlinePlugin))
    plugin.on_config(config)
    watched = []

    class Server:
        def watch(self, path):
            watched.append(path)

    plugin.on_serve(Server(), config=config, builder=None)
    assert watched == [str((workdir / "content").resolve())]
    assert config.nav[0] == {"Timeline": "index.md"}
    assert "assets/claimline.css" in [str(x) for x in config.extra_css]


def _internal_links(site: Path):
    """(page, href) of every relative link in the pages claimline generated."""
    import re

    ours = ("index.html", "events", "articles", "outlets", "people", "tags", "timeline", "exports")
    for page in site.rglob("*.html"):
        rel = page.relative_to(site)
        if rel.parts[0] not in ours and rel.name != "index.html":
            continue
        html = page.read_text(encoding="utf-8")
        main = html.split('<article class="md-content__inner', 1)[-1]
        for href in re.findall(r'href="([^"#:?]+)(?:#[^"]*)?"', main):
            if not href.startswith(("/", "http")):
                yield page, href


@pytest.mark.slow
@pytest.mark.parametrize(("directory_urls", "split_after"), [(True, 150), (False, 150), (True, 1), (False, 1)])
def test_every_internal_link_resolves(workdir, directory_urls, split_after):
    """Both URL styles, and a timeline split into periods (split_after: 1) as a long one is."""
    (workdir / "docs").mkdir()
    cfg = workdir / "mkdocs.yml"
    cfg.write_text(f"site_name: x\nuse_directory_urls: {str(directory_urls).lower()}\n"
                   "theme: {name: material}\nplugins:\n  - search\n  - claimline:\n"
                   f"      split_after: {split_after}\n", encoding="utf-8")
    build_site(Path("content"), config_file=cfg, progress=False)
    site = workdir / "site"
    links = list(_internal_links(site))
    assert len(links) > 50
    for page, href in links:
        target = (page.parent / href).resolve()
        if href.endswith("/"):
            target = target / "index.html"
        assert target.exists(), f"{page.relative_to(site)} links to {href}, which is not in the site"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=2) as r:  # a server of ours on 127.0.0.1
            return r.read().decode("utf-8")
    except OSError:
        return None


@pytest.mark.slow
def test_serve_rebuilds_when_content_changes(workdir):
    """`claimline serve` serves the site and rebuilds it when an article changes."""
    import time

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLINE_CONTENT"}
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--content", "content",
                             "-a", f"127.0.0.1:{port}"], cwd=workdir, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/articles/index.html"
        deadline = time.monotonic() + 60
        page = None
        while page is None and time.monotonic() < deadline:
            time.sleep(0.5)
            page = _get(url)
        assert page is not None, "the server did not answer"
        assert "Renamed by the test" not in page
        sidecar = workdir / "content" / "articles" / "000_5efe35e3d0ae01af.yml"
        text = sidecar.read_text(encoding="utf-8")
        sidecar.write_text(text.replace("title: ", "title: Renamed by the test ", 1), encoding="utf-8")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.5)
            page = _get(url) or ""
            if "Renamed by the test" in page:
                break
        assert "Renamed by the test" in page
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_theme_language_sets_the_language_of_dates(workdir):
    (workdir / "docs").mkdir()
    cfg = workdir / "mkdocs.yml"
    cfg.write_text("site_name: x\ntheme: {name: material, language: fr}\nplugins: [search, claimline]\n",
                   encoding="utf-8")
    build_site(Path("content"), config_file=cfg, progress=False)
    html = (workdir / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in html
    assert "8 juillet 2020" in html and "1 juillet 2020" in html
    assert "Chronologie" in html and "éléments de fond" in html  # the nav and the labels too


@pytest.mark.parametrize("inside", ["articles", "out"])
def test_refuses_a_site_dir_inside_the_content(workdir, inside):
    before = {p.relative_to(workdir): p.read_bytes() for p in (workdir / "content").rglob("*") if p.is_file()}
    result = CliRunner().invoke(cli, ["build", "--content", "content", "-d", f"content/{inside}", "-q"])
    assert result.exit_code == 1
    content = (workdir / "content").resolve()
    assert result.stderr == (f"Error: {content / inside}: refusing to build the site here: it is inside the "
                             f"content folder {content}; choose a site folder outside it\n")
    after = {p.relative_to(workdir): p.read_bytes() for p in (workdir / "content").rglob("*") if p.is_file()}
    assert after == before


def test_build_and_check_say_the_same_of_a_missing_content_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    built = CliRunner().invoke(cli, ["build", "--content", "nowhere", "-q"])
    checked = CliRunner().invoke(cli, ["check", "--content", "nowhere"])
    assert built.exit_code == checked.exit_code == 1
    assert built.stderr == checked.stderr == ("Error: content folder 'nowhere' does not exist; pass --content DIR "
                                              "or run claimline from the project folder\n")


def _refuse_writes(monkeypatch, error):
    """MkDocs' build fails as the file system would, given the folder it writes to."""
    import mkdocs.commands.build

    def build(config, **kwargs):
        (Path(config.site_dir) / "assets").mkdir()  # something written before the failure
        raise error(config.site_dir)

    monkeypatch.setattr(mkdocs.commands.build, "build", build)


def test_a_site_folder_that_cannot_be_written_is_named_not_the_build_folder(workdir, monkeypatch):
    old = workdir / "public" / "index.html"
    old.parent.mkdir()
    old.write_text("the previous site", encoding="utf-8")
    (old.parent / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    swap.write_manifest(old.parent)  # as a build leaves it
    _refuse_writes(monkeypatch, lambda tmp: OSError(28, "No space left on device", f"{tmp}/index.html"))
    result = CliRunner().invoke(cli, ["build", "--content", "content", "-d", "public", "-q"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {workdir / 'public'}: the site could not be written there (No space left on "
                             f"device); the previous site was left in place. Check that {workdir} can be written "
                             "and the disk has room, or choose another folder with --site-dir\n")
    assert old.read_text(encoding="utf-8") == "the previous site"
    assert not [p for p in workdir.iterdir() if p.name.startswith(".site-")]


def test_a_file_read_elsewhere_keeps_its_own_name(workdir, monkeypatch):
    theme_file = workdir / "theme" / "main.html"
    _refuse_writes(monkeypatch, lambda tmp: PermissionError(13, "Permission denied", str(theme_file)))
    result = CliRunner().invoke(cli, ["build", "--content", "content", "-d", "public", "-q"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {theme_file}: Permission denied\n"
    assert not [p for p in workdir.iterdir() if p.name.startswith(".site-")]


def test_refuses_a_folder_of_other_files_and_keeps_them(workdir):
    """The site folder is replaced whole: a folder that is not a site built before is never taken."""
    (workdir / "mine").mkdir()
    (workdir / "mine" / "notes.txt").write_text("my notes", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--content", "content", "-d", "mine", "-q"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {(workdir / 'mine').resolve()}: refusing to build the site here: it holds "
                             "notes.txt, which no claimline build wrote (the folder has no .claimline-manifest.json "
                             "listing them), and building replaces the whole folder; move them out, or choose a new "
                             "or empty folder with --site-dir\n")
    assert (workdir / "mine" / "notes.txt").read_text(encoding="utf-8") == "my notes"


@pytest.mark.slow
def test_an_empty_folder_and_a_site_built_before_are_replaced(workdir):
    (workdir / "empty").mkdir()
    build_site(Path("content"), site_dir=workdir / "empty", progress=False)
    build_site(Path("content"), site_dir=workdir / "empty", progress=False)  # now a site built before
    assert (workdir / "empty" / "timeline.json").is_file()


def test_refuses_the_docs_folder_of_mkdocs_yml(workdir):
    """A `claimline new` project: building into docs/ would delete the editor's about.md."""
    (workdir / "docs").mkdir()
    (workdir / "docs" / "about.md").write_text("# About\n", encoding="utf-8")
    (workdir / "mkdocs.yml").write_text("site_name: x\ndocs_dir: docs\nplugins: [search, claimline]\n",
                                        encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(cli, ["build", "--content", "content", "-d", "docs", "-q"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {(workdir / 'docs').resolve()}: refusing to build the site here: it would "
                             f"replace {(workdir / 'docs').resolve()}\n")
    assert (workdir / "docs" / "about.md").is_file()


@pytest.mark.slow
def test_a_site_folder_keeps_its_dot_files_and_may_hold_just_the_published_export(workdir):
    """Like MkDocs' own clean: a .git (a gh-pages checkout) stays. A folder holding only the
    published timeline.json (where the ids to keep are looked for) is built into."""
    site = workdir / "public"
    site.mkdir()
    (site / "timeline.json").write_text('{"version": 1, "events": []}', encoding="utf-8")
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    build_site(Path("content"), site_dir=site, progress=False)
    assert (site / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages\n"
    assert (site / "index.html").is_file()
    build_site(Path("content"), site_dir=site, progress=False)
    assert (site / ".git" / "HEAD").is_file()


@pytest.mark.slow
def test_plain_mkdocs_build_is_dated_by_the_content_not_the_clock(workdir, monkeypatch):
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (workdir / "docs").mkdir()
    (workdir / "mkdocs.yml").write_text("site_name: x\nsite_url: https://example.org/\n"
                                        "plugins: [search, claimline]\n", encoding="utf-8")  # fmt: skip
    mkdocs_build(load_config(str(workdir / "mkdocs.yml"), site_dir=str(workdir / "out")))
    sitemap = (workdir / "out" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2020-07-08</lastmod>" in sitemap
    assert "SOURCE_DATE_EPOCH" not in os.environ  # given back as it was


@pytest.mark.slow
def test_a_site_without_timeline_json_says_ids_cannot_be_kept(workdir):
    (workdir / "docs").mkdir()
    (workdir / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - search\n  - claimline:\n"
                                        "      exports: [atom]\n", encoding="utf-8")  # fmt: skip
    report = build_site(Path("content"), site_dir=workdir / "out", config_file=workdir / "mkdocs.yml",
                        progress=False)  # fmt: skip
    assert ("claimline: 'exports' leaves out json, so the site has no timeline.json and the next build cannot "
            "keep its event ids; add json to exports, or set 'previous' to a copy") in [p.message for p in report.problems]
    assert not (workdir / "out" / "timeline.json").exists()
