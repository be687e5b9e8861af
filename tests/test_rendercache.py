"""The page cache (``site/rendercache.py``): a stored render is used only when the page's
Markdown, file and configuration are the same and every link of it leads where it did; what
rendering it logged is logged again; a damaged or foreign cache file is never misread."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from generator.site import rendercache
from generator.site.rendercache import CachedPage, PageStore


@pytest.fixture
def config(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Harbor notes\nmarkdown_extensions: [toc]\n", encoding="utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"))


def _render(config, folder, pages: dict[str, str], base: str = "base") -> tuple[dict[str, CachedPage], PageStore]:
    """Render every page of ``pages`` (path -> Markdown) through a page store in ``folder``."""
    for old in (folder.parent / "docs").glob("*.md"):
        old.unlink()
    for src, text in pages.items():
        (folder.parent / "docs" / src).write_text(text, encoding="utf-8")
    files = Files([File(src, str(folder.parent / "docs"), config.site_dir, True) for src in pages])
    store = PageStore(folder, base)
    made = {}
    for file in files.documentation_pages():
        page = CachedPage(None, file, config)
        page.store = store
        page.read_source(config)
        page.render(config, files)
        made[file.src_uri] = page
    store.close()
    return made, store


def test_a_page_whose_link_target_disappears_or_appears_is_rendered_again(config, tmp_path):
    pages = {"harbor.md": "# Harbor\n\nSee [the ferry](ferry.md#times).\n", "ferry.md": "# Ferry\n\n## Times\n"}
    first, store = _render(config, tmp_path / "cache", pages)
    assert (store.hits, store.misses) == (0, 2) and 'href="../ferry/#times"' in first["harbor.md"].content
    again, store = _render(config, tmp_path / "cache", pages)
    assert (store.hits, store.misses) == (2, 0)
    for src, page in first.items():
        assert (again[src].content, again[src].title, again[src].present_anchor_ids) == (
            page.content, page.title, page.present_anchor_ids)  # fmt: skip
        assert [(t.title, t.id, [c.id for c in t.children]) for t in again[src].toc] == [
            (t.title, t.id, [c.id for c in t.children]) for t in page.toc]  # fmt: skip
    alone, store = _render(config, tmp_path / "cache", {"harbor.md": pages["harbor.md"]})
    assert (store.hits, store.misses) == (0, 1) and 'href="ferry.md#times"' in alone["harbor.md"].content
    back, store = _render(config, tmp_path / "cache", pages)
    assert store.misses >= 1 and back["harbor.md"].content == first["harbor.md"].content


def test_what_a_render_logged_is_logged_again_when_it_is_read(config, tmp_path, caplog):
    pages = {"harbor.md": "# Harbor\n\nSee [the pier](pier.md).\n"}
    with caplog.at_level(logging.WARNING):
        _render(config, tmp_path / "cache", pages)
        first = [r.getMessage() for r in caplog.records if "pier.md" in r.getMessage()]
        caplog.clear()
        _, store = _render(config, tmp_path / "cache", pages)
        again = [r.getMessage() for r in caplog.records if "pier.md" in r.getMessage()]
    assert store.hits == 1 and first and again == first


def test_another_configuration_or_changed_markdown_reads_nothing(config, tmp_path):
    pages = {"harbor.md": "# Harbor\n\nThe pier opens at nine.\n"}
    _render(config, tmp_path / "cache", pages)
    assert _render(config, tmp_path / "cache", pages, base="other")[1].hits == 0
    _render(config, tmp_path / "cache", pages)
    changed, store = _render(config, tmp_path / "cache", {"harbor.md": "# Harbor\n\nThe pier opens at ten.\n"})
    assert store.hits == 0 and "ten" in changed["harbor.md"].content


def test_a_damaged_or_foreign_page_cache_is_rebuilt_not_misread(config, tmp_path, caplog):
    pages = {"harbor.md": "# Harbor\n\nThe pier opens at nine.\n"}
    _render(config, tmp_path / "cache", pages)
    db = sqlite3.connect(tmp_path / "cache" / rendercache.FILE_NAME)
    db.execute("UPDATE renders SET value = '{not json'")
    db.commit()
    db.close()
    made, store = _render(config, tmp_path / "cache", pages)
    assert store.hits == 0 and "nine" in made["harbor.md"].content
    db = sqlite3.connect(tmp_path / "cache" / rendercache.FILE_NAME)
    db.execute(f"PRAGMA user_version={rendercache.SCHEMA + 1}")
    db.commit()
    db.close()
    assert _render(config, tmp_path / "cache", pages)[1].hits == 0
    (tmp_path / "cache" / rendercache.FILE_NAME).write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (tmp_path / "cache" / f"{rendercache.FILE_NAME}{suffix}").unlink(missing_ok=True)
    with caplog.at_level(logging.WARNING):
        made, store = _render(config, tmp_path / "cache", pages)
    assert store.hits == 0 and "nine" in made["harbor.md"].content and "damaged" in caplog.text
    assert _render(config, tmp_path / "cache", pages)[1].hits == 1


def test_stored_text_comes_back_the_same_whatever_its_characters_and_pages_not_built_are_forgotten(tmp_path):
    store = PageStore(tmp_path, "base")
    value = {"content": "Tåg «Malmö» 北京 \ud800 \x00 end", "toc": []}
    store.built.add("harbor.md")  # made by this build (pages not made are forgotten)
    store.put("renders", "harbor.md", "k", value)
    store.close()
    again = PageStore(tmp_path, "base")
    assert again.get("renders", "harbor.md", "k") == value and again.get("renders", "harbor.md", "other") is None
    again.close()  # a build that did not make the page: it is forgotten
    assert PageStore(tmp_path, "base").get("renders", "harbor.md", "k") is None
