"""`claimline build --content OTHER` in a folder whose mkdocs.yml builds its own content: the
theme and settings of that mkdocs.yml apply, but its site_name is the title of another story,
so the site (and an export's feeds) takes the built-in default title, with a warning saying how
to keep it (`--config-file`, naming the configuration on purpose). Fictional outlets and places.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site.build import build_site, feed_settings, foreign_content
from generator.site.pages import templates_dir

ARTICLE = """\
---
source: harbour-times
title: Orrin port closes after storm
published: 2024-03-04
---
The port of Orrin closed on Monday after a storm damaged the northern quay.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project with its own content/ and an mkdocs.yml titled after it, and another folder."""
    for name in ("content", "other"):
        (tmp_path / name / "articles").mkdir(parents=True)
        (tmp_path / name / "sources.yml").write_text("harbour-times:\n  name: The Harbour Times\n")
        (tmp_path / name / "articles" / "a1.md").write_text(ARTICLE)
    (tmp_path / "mkdocs.yml").write_text(f"site_name: The Velden floods, 2023\ndocs_dir: {templates_dir() / 'docs'}\n"
                                         "plugins: [search, claimline]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_another_content_folder_is_foreign_to_the_mkdocs_yml(project):
    assert foreign_content(Path("mkdocs.yml"), Path("other"))
    assert not foreign_content(Path("mkdocs.yml"), Path("content"))
    assert not foreign_content(Path("mkdocs.yml"), project / "content")


def test_an_export_of_another_folder_is_not_titled_after_the_project(project):
    assert feed_settings(None, Path("other"))["title"] == "Timeline"
    assert feed_settings(None, Path("content"))["title"] == "The Velden floods, 2023"


@pytest.mark.slow
def test_a_build_of_another_folder_takes_the_default_title_and_says_so(project):
    report = build_site(Path("other"), site_dir=project / "out", progress=False, cache=False)
    assert "<title>Timeline</title>" in (project / "out" / "index.html").read_text()
    assert any("site_name 'The Velden floods, 2023'" in p.message and "--config-file" in p.message
               for p in report.problems)


@pytest.mark.slow
def test_a_named_config_file_keeps_its_title_for_any_content(project):
    report = build_site(Path("other"), site_dir=project / "out", config_file=Path("mkdocs.yml"), progress=False,
                        cache=False)
    assert "<title>The Velden floods, 2023</title>" in (project / "out" / "index.html").read_text()
    assert not any("site_name" in p.message for p in report.problems)


def test_serving_another_folder_takes_the_default_title(project, monkeypatch):
    import mkdocs.commands.serve

    from generator.site.build import serve_site

    seen = {}
    monkeypatch.setattr(mkdocs.commands.serve, "serve", lambda **kw: seen.update(kw))
    serve_site(Path("other"))
    assert seen["site_name"] == "Timeline"
    seen.clear()
    serve_site(Path("content"))
    assert "site_name" not in seen
