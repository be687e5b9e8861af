"""Rebuilds: what follows from unchanged inputs is not made again (the claims are read from the
cache, the site in place is kept), and the output is byte for byte that of a build without
cache; anything changed (an article, the configuration, the site by hand, claimline's version,
the cache's schema) makes it again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator.content.load import load_corpus
from generator.errors import BuildError
from generator.pipeline import Timings, run
from generator.site import unchanged
from generator.site.build import build_site
from generator.stages import extract, stored
from generator.stages.claims import blocks

from .conftest import CONTENT

ADDED = """\
---
source: jpost
title: Riverton council approves a footbridge
published: 2024-03-13T11:00:00+01:00
---
The Riverton council approved a footbridge on Tuesday, March 12, 2024.

Councillors voted 9 to 2 for the plan, which will cost 4.2 million euros.
"""


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    shutil.copytree(CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(workdir: Path, site: str = "site", **options):
    timings = Timings()
    report = build_site(Path("content"), site_dir=workdir / site, progress=False, timings=timings, **options)
    return report, timings


def test_a_rebuild_with_nothing_changed_keeps_the_site_and_equals_a_build_without_cache(workdir):
    first, _ = _build(workdir)
    made = _files(workdir / "site")
    again, timings = _build(workdir)
    assert again.kept and not first.kept
    assert timings.reused["misses"] == 0 and timings.reused["hits"] >= 1  # claims read, not matched
    assert "site" not in timings.cpu  # MkDocs did not run
    assert (again.pages, again.events, again.claims, again.warnings) == (first.pages, first.events, first.claims,
                                                                          first.warnings)  # fmt: skip
    assert _files(workdir / "site") == made
    plain, _ = _build(workdir, "plain", cache=False)
    assert not plain.kept and _files(workdir / "plain") == made


def test_an_added_article_is_built_again_as_a_build_without_cache_builds_it(workdir, monkeypatch):
    # the seeds are far under a statistics scope's bound (claims.blocks): with small scopes, the
    # added article's day (years after theirs) reaches none of their blocks
    monkeypatch.setattr(blocks, "MIN_STATEMENTS", 5)
    _build(workdir)
    shutil.copy(workdir / "site" / "timeline.json", workdir / "published.json")
    (workdir / "content" / "articles" / "riverton-footbridge.md").write_text(ADDED, encoding="utf-8")
    report, timings = _build(workdir)
    assert not report.kept and timings.reused["misses"] >= 1
    # claims matched again, but the pairs of the old articles' date blocks read back (claims.byblock)
    assert timings.reused["block pairs read"] >= 1 and timings.reused["block pairs scored"] >= 1
    _build(workdir, "plain", cache=False, previous=workdir / "published.json")
    assert _files(workdir / "plain") == _files(workdir / "site")
    assert "riverton-footbridge" in (workdir / "site" / "timeline.json").read_text(encoding="utf-8")


def test_a_site_changed_or_removed_by_hand_is_built_again(workdir):
    _build(workdir)
    made = _files(workdir / "site")
    (workdir / "site" / "index.html").write_text("edited", encoding="utf-8")
    report, _ = _build(workdir)
    assert not report.kept and _files(workdir / "site") == made
    (workdir / "site" / "timeline.json").unlink()
    report, _ = _build(workdir)
    assert not report.kept and _files(workdir / "site") == made
    shutil.rmtree(workdir / "site")
    report, _ = _build(workdir)
    assert not report.kept and _files(workdir / "site") == made


def test_a_changed_configuration_or_docs_page_renders_the_site_again(workdir):
    (workdir / "docs").mkdir()
    config = workdir / "mkdocs.yml"
    config.write_text("site_name: Riverton news\ntheme: {name: material}\nplugins: [search, claimline]\n"
                      "extra_javascript: [extra.js]\nhooks: [hooks.py]\n", encoding="utf-8")
    (workdir / "docs" / "extra.js").write_text("// nothing\n", encoding="utf-8")
    (workdir / "hooks.py").write_text("def on_post_build(config):\n    pass\n", encoding="utf-8")
    _build(workdir, config_file=config)
    assert _build(workdir, config_file=config)[0].kept
    config.write_text(config.read_text(encoding="utf-8").replace("Riverton news", "Harbor news"), encoding="utf-8")
    report, _ = _build(workdir, config_file=config)
    assert not report.kept and "Harbor news" in (workdir / "site" / "index.html").read_text(encoding="utf-8")
    (workdir / "docs" / "about.md").write_text("# About\n\nWho we are.\n", encoding="utf-8")
    report, _ = _build(workdir, config_file=config)
    assert not report.kept and (workdir / "site" / "about" / "index.html").is_file()
    (workdir / "hooks.py").write_text("def on_post_build(config):\n    return None\n", encoding="utf-8")
    assert not _build(workdir, config_file=config)[0].kept
    assert _build(workdir, config_file=config)[0].kept


def test_a_new_claimline_version_or_cache_schema_reads_nothing_stored(workdir, monkeypatch):
    _build(workdir)
    made = _files(workdir / "site")
    monkeypatch.setattr(extract, "_CODE_PRINT", "claimline 99 (another version)")
    monkeypatch.setattr(unchanged, "__version__", "99")
    report, timings = _build(workdir)
    assert not report.kept and timings.reused["hits"] == 0 and timings.extract.cached == 0
    assert _files(workdir / "site") == made
    db = sqlite3.connect(workdir / cache_module.FOLDER / cache_module.FILE_NAME)
    db.execute(f"PRAGMA user_version={cache_module.SCHEMA + 1}")
    db.commit()
    db.close()
    _, timings = _build(workdir)
    assert timings.reused["hits"] == 0 and timings.extract.cached == 0
    assert _files(workdir / "site") == made


def test_a_damaged_record_of_the_last_site_renders_it_again(workdir):
    _build(workdir)
    made = _files(workdir / "site")
    (workdir / cache_module.FOLDER / unchanged.STATE).write_text("{not json", encoding="utf-8")
    report, _ = _build(workdir)
    assert not report.kept and _files(workdir / "site") == made


def test_a_failed_render_leaves_the_previous_site_and_the_next_build_renders(workdir):
    _build(workdir)
    made = _files(workdir / "site")
    (workdir / "content" / "articles" / "riverton-footbridge.md").write_text(ADDED, encoding="utf-8")

    def fails(config):
        from mkdocs.exceptions import Abort

        raise Abort("the renderer failed")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("mkdocs.commands.build.build", fails)
        with pytest.raises(BuildError):
            _build(workdir)
    assert _files(workdir / "site") == made
    report, _ = _build(workdir)
    assert not report.kept and "riverton-footbridge" in (workdir / "site" / "timeline.json").read_text()


def test_stored_claims_read_back_as_they_were_made(workdir):
    timeline = run(load_corpus(workdir / "content"), jobs=1)
    found = [c for e in timeline.events for c in (*e.claims, *e.context)]
    assert found and any(c.date is not None for c in found) and any(c.numbers or c.flags for c in found)
    assert stored.decode_claims(stored.encode_claims(found)) == found
    with pytest.raises(ValueError):
        stored.decode_claims(b"not stored claims")


def test_equal_inputs_give_equal_keys_however_their_objects_are_shared(workdir):
    from generator.stages.reuse import digest

    corpus = load_corpus(workdir / "content")
    a = [s for a in corpus.articles for s in (a.id, a.id)]
    b = [s for a in corpus.articles for s in (a.id, "".join(list(a.id)))]  # equal strings, not the same objects
    assert digest(a) == digest(b) and digest(a) != digest(a[:-1])


# ---------------------------------------------------------------- the page cache (site/rendercache.py)


def _pages(timings) -> tuple[int, int]:
    """(pages whose render was read from the page cache, pages rendered)."""
    return timings.reused.get("pages read", 0), timings.reused.get("pages rendered", 0)


def _templates(timings) -> tuple[int, int]:
    """(pages whose theme template output was read from the page cache, pages whose template ran)."""
    return timings.reused.get("templates read", 0), timings.reused.get("templates rendered", 0)


def test_a_site_rendered_again_reads_every_unchanged_page_from_the_page_cache(workdir):
    _, timings = _build(workdir)
    was_read, was_rendered = _pages(timings)
    assert was_read == 0 and was_rendered > 0
    made = _files(workdir / "site")
    (workdir / "site" / "index.html").write_text("edited", encoding="utf-8")  # MkDocs must run again
    again, timings = _build(workdir)
    read, rendered = _pages(timings)
    assert not again.kept and rendered == 0 and read == was_rendered
    assert _templates(timings) == (was_rendered, 0)
    assert _files(workdir / "site") == made
    _build(workdir, "plain", cache=False)
    assert _files(workdir / "plain") == made


def test_a_changed_article_renders_only_the_pages_it_changed_and_equals_a_build_without_cache(workdir):
    _build(workdir)
    shutil.copy(workdir / "site" / "timeline.json", workdir / "published.json")
    sidecar = workdir / "content" / "articles" / "000_5efe35e3d0ae01af.yml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("air defenses", "air defences"), encoding="utf-8")
    report, timings = _build(workdir)
    read, rendered = _pages(timings)
    assert not report.kept and read > 0 and rendered > 0 and _templates(timings)[0] > 0
    _build(workdir, "plain", cache=False, previous=workdir / "published.json")
    assert _files(workdir / "plain") == _files(workdir / "site")
    assert "air defences" in (workdir / "site" / "articles" / "000_5efe35e3d0ae01af" / "index.html").read_text()


def test_an_added_article_reads_the_pages_it_did_not_change_from_the_page_cache(workdir):
    _build(workdir)
    shutil.copy(workdir / "site" / "timeline.json", workdir / "published.json")
    (workdir / "content" / "articles" / "riverton-footbridge.md").write_text(ADDED, encoding="utf-8")
    report, timings = _build(workdir)
    read, rendered = _pages(timings)
    assert not report.kept and read > 0 and rendered > 0
    _build(workdir, "plain", cache=False, previous=workdir / "published.json")
    assert _files(workdir / "plain") == _files(workdir / "site")
    assert (workdir / "site" / "articles" / "riverton-footbridge" / "index.html").is_file()


def test_a_changed_configuration_or_template_renders_every_page_again(workdir):
    config = workdir / "mkdocs.yml"
    text = ("site_name: Riverton news\ntheme: {name: material, custom_dir: overrides}\nplugins: [search, claimline]\n"
            "markdown_extensions: [attr_list, md_in_html, {toc: {permalink: false}}]\n")  # fmt: skip
    config.write_text(text, encoding="utf-8")
    (workdir / "docs").mkdir()
    (workdir / "overrides").mkdir()
    block = '{% extends "base.html" %}{% block footer %}<p class="mark">MARK</p>{% endblock %}'
    (workdir / "overrides" / "main.html").write_text(block, encoding="utf-8")
    _build(workdir, config_file=config)
    config.write_text(text.replace("permalink: false", "permalink: true"), encoding="utf-8")
    report, timings = _build(workdir, config_file=config)
    assert not report.kept and _pages(timings)[0] == 0
    (workdir / "overrides" / "main.html").write_text(block.replace("MARK", "SIGN"), encoding="utf-8")
    report, timings = _build(workdir, config_file=config)
    assert not report.kept and _pages(timings)[0] == 0
    page = (workdir / "site" / "articles" / "000_5efe35e3d0ae01af" / "index.html").read_text(encoding="utf-8")
    assert "SIGN" in page and 'class="headerlink"' in page
    _build(workdir, "plain", config_file=config, cache=False)
    assert _files(workdir / "plain") == _files(workdir / "site")


def test_a_theme_template_naming_every_page_is_rendered_for_every_page(workdir):
    config = workdir / "mkdocs.yml"
    config.write_text("site_name: Riverton news\ntheme: {name: material, custom_dir: overrides}\n"
                      "plugins: [search, claimline]\n", encoding="utf-8")  # fmt: skip
    (workdir / "docs").mkdir()
    (workdir / "overrides").mkdir()
    block = '{% extends "base.html" %}{% block footer %}<p>{{ pages | length }} pages</p>{% endblock %}'
    (workdir / "overrides" / "main.html").write_text(block, encoding="utf-8")
    _build(workdir, config_file=config)
    shutil.copy(workdir / "site" / "timeline.json", workdir / "published.json")
    (workdir / "content" / "articles" / "riverton-footbridge.md").write_text(ADDED, encoding="utf-8")
    report, timings = _build(workdir, config_file=config)
    assert not report.kept and _pages(timings)[0] > 0 and _templates(timings)[0] == 0
    _build(workdir, "plain", config_file=config, cache=False, previous=workdir / "published.json")
    assert _files(workdir / "plain") == _files(workdir / "site")
    page = (workdir / "site" / "outlets" / "jpost" / "index.html").read_text(encoding="utf-8")
    assert f"{report.pages} pages" in page
