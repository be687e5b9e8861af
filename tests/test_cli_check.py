"""``claimline check`` and ``claimline import`` through click's CliRunner: exact text, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "content"


@pytest.fixture
def runner(monkeypatch) -> CliRunner:
    monkeypatch.chdir(FIXTURES)
    return CliRunner()


def test_check_good_content_exits_0(runner):
    result = runner.invoke(cli, ["check", "--content", "good"])
    assert result.exit_code == 0
    assert result.stdout == "2 article(s), 2 source(s): OK\n"
    assert result.stderr == ""


def test_check_prints_warnings_and_still_passes(runner):
    result = runner.invoke(cli, ["check", "--content", "unknown-key"])
    assert result.exit_code == 0
    assert result.stderr == (
        "unknown-key/articles/extra.md:4: warning: unknown key 'category' is ignored; known keys: author, "
        "language, published, source, tags, title, url\n"
        "unknown-key/articles/extra.md:5: warning: unknown key 'publshed_at' is ignored; did you mean "
        "'published'? known keys: author, language, published, source, tags, title, url\n"
    )
    assert result.stdout == "3 article(s), 2 source(s): OK\n"


def test_check_reports_every_error_and_exits_1(runner):
    result = runner.invoke(cli, ["check", "--content", "many-errors"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "many-errors/articles/a.md:1: error: has no front matter; start the file with a '---' line, metadata "
        "such as 'source: <outlet id>' and 'published: 2020-07-08', then a '---' line (or put them in a.yml "
        "beside it)\n"
        "many-errors/articles/b.md:2: error: Error reading metadata 'source': unknown source 'nowhere'; add it to "
        "many-errors/sources.yml or use one of: daily, wire\n"
        "many-errors/articles/b.md:3: error: Error reading metadata 'published': 'yesterday' is not an ISO 8601 "
        "date; write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00\n"
        "many-errors/articles/c.txt:1: error: is empty; an article needs its text\n"
        "many-errors/articles/c.yml:1: warning: no 'published' date: it will be inferred from other outlets' "
        "reports of the same events; add 'published: 2020-07-08' if you know it, or 'published: null' to say "
        "it is unknown\n"
        "Error: 4 error(s) found; nothing was built or changed.\n"
    )


@pytest.mark.parametrize(("case", "first_line"), [
    ("yaml-syntax-error", "yaml-syntax-error/articles/bad-yaml.md:4: error: YAML syntax error: mapping values are "
                          "not allowed here; put a value that contains ': ' in quotes"),
    ("not-utf8", "not-utf8/articles/latin1.txt:2: error: is not UTF-8: byte 0xe9 at byte offset 27 (line 2, "
                 "column 8) cannot be decoded; save the file as UTF-8"),
    ("binary-file", "binary-file/articles/photo.png: error: is a binary file, not text; content/ holds only "
                    "UTF-8 text (articles, sidecars and YAML): move it out of content/"),
    ("unknown-source", "unknown-source/articles/who.md:2: error: Error reading metadata 'source': unknown source "
                       "'wires'; did you mean 'wire'? add it to unknown-source/sources.yml or use one of: daily, wire"),
])
def test_check_one_error(runner, case, first_line):
    result = runner.invoke(cli, ["check", "--content", case])
    assert result.exit_code == 1
    assert result.stderr == f"{first_line}\nError: 1 error(s) found; nothing was built or changed.\n"


def test_check_a_missing_folder(runner):
    result = runner.invoke(cli, ["check", "--content", "nowhere"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: content folder 'nowhere' does not exist; pass --content DIR or run "
                             "claimline from the project folder\n")


def test_check_the_real_content(monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    result = CliRunner().invoke(cli, ["check", "--content", "content"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "2 article(s), 2 source(s): OK\n"
    assert " error: " not in result.stderr


# ---------------------------------------------------------------- claimline import


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    shutil.copytree(FIXTURES / "good", tmp_path / "content")
    (tmp_path / "dump.txt").write_bytes(b"TEHRAN (IRNA) - Talks ended.\r\nNo deal yet.\xc2\xa0\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_import_adds_the_file_untouched_and_a_sidecar(project):
    result = CliRunner().invoke(cli, ["import", "dump.txt", "--source", "wire", "--published",
                                      "2021-03-06T08:00:00+01:00", "--url", "https://wire.example/talks"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "added content/articles/dump.txt\nadded content/articles/dump.yml\n"
    assert (project / "content/articles/dump.txt").read_bytes() == (project / "dump.txt").read_bytes()
    check = CliRunner().invoke(cli, ["check"])
    assert check.exit_code == 0 and check.stdout == "3 article(s), 2 source(s): OK\n"


@pytest.mark.parametrize(("args", "message"), [
    (["--source", "wires"],
     "Error: unknown source 'wires'; add it to content/sources.yml or use one of: daily, wire\n"),
    (["--source", "wire", "--published", "2021-02-30"],
     "Error: --published: '2021-02-30' is not a date on the calendar: February 2021 has 28 days; write e.g. "
     "2020-07-08 or 2020-07-08T14:47:00+03:00\n"),
    (["--source", "wire", "--published", "2021-03-06 08:00"],
     "Error: --published: '2021-03-06 08:00' has a time but no UTC offset, so its day is ambiguous; add the "
     "outlet's offset (e.g. 2020-07-08T14:47:00+03:00, or Z for UTC) or write the date alone (2020-07-08)\n"),
    (["--source", "wire", "--title", "x\ny: z"],
     "Error: --title: has a control character ('\\n') such as a line break; a headline is one line of plain text\n"),
    (["--source", "wire", "--title", "tab\there"],
     "Error: --title: has a control character ('\\t') such as a line break; a headline is one line of plain text\n"),
    (["--source", "wire", "--title", "  "], "Error: --title: is empty; give the headline, or leave --title out\n"),
    (["--source", "wire", "--url", "wire.example/x"],
     "Error: --url: 'wire.example/x' is not a web address; it should start with http:// or https://\n"),
])
def test_import_refuses_bad_metadata_and_writes_nothing(project, args, message):
    before = sorted(p.name for p in (project / "content/articles").iterdir())
    result = CliRunner().invoke(cli, ["import", "dump.txt", *args])
    assert result.exit_code == 1
    assert result.stderr == message
    assert sorted(p.name for p in (project / "content/articles").iterdir()) == before


def test_import_never_overwrites(project):
    (project / "ministers-meet.txt").write_text("Something else entirely.\n", encoding="utf-8")
    original = (project / "content/articles/ministers-meet.txt").read_bytes()
    result = CliRunner().invoke(cli, ["import", "ministers-meet.txt", "--source", "wire"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: content/articles/ministers-meet.txt already exists; claimline import never "
                             "replaces an article: remove it first, or rename the file you import\n")
    assert (project / "content/articles/ministers-meet.txt").read_bytes() == original


def test_import_refuses_a_file_that_is_not_utf8(project):
    (project / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    result = CliRunner().invoke(cli, ["import", "latin1.txt", "--source", "wire"])
    assert result.exit_code == 1
    assert result.stderr == ("latin1.txt:1: error: is not UTF-8: byte 0xe9 at byte offset 3 (line 1, column 4) "
                             "cannot be decoded; save the file as UTF-8\n"
                             "Error: 1 error(s) found; nothing was built or changed.\n")


@pytest.mark.parametrize("page", ["<!DOCTYPE html>\n<html><body><p>PORT CALLAN - A blast.</p></body></html>\n",
                                  "<html lang=\"en\"><body>PORT CALLAN - A blast.</body></html>\n"])
def test_import_refuses_an_html_page(project, page):
    """A saved web page became claims and an event named after its tags (a new user's report)."""
    (project / "page.html").write_text(page, encoding="utf-8")
    before = sorted(p.name for p in (project / "content/articles").iterdir())
    result = CliRunner().invoke(cli, ["import", "page.html", "--source", "wire"])
    assert result.exit_code == 1
    assert result.stderr == ("page.html:1: error: is an HTML page, not an article's text: its tags and menus would "
                             "become claims; save the article's text (a browser's reader view, copied) as .txt or "
                             ".md and import that\nError: 1 error(s) found; nothing was built or changed.\n")
    assert sorted(p.name for p in (project / "content/articles").iterdir()) == before


def test_import_of_markdown_reads_its_front_matter(project):
    (project / "quake.md").write_text("---\npublished: 2021-03-07\n---\nA quake hit the city on Sunday.\n"
                                      "published: 2021-01-01 is a line of text\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", "quake.md", "--source", "wire"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "added content/articles/quake.md\n"
    assert (project / "content/articles/quake.md").read_text(encoding="utf-8") == (
        "---\npublished: 2021-03-07\nsource: wire\n---\nA quake hit the city on Sunday.\n"
        "published: 2021-01-01 is a line of text\n")
    check = CliRunner().invoke(cli, ["check"])
    assert check.exit_code == 0 and check.stdout == "3 article(s), 2 source(s): OK\n"


def test_import_of_markdown_refuses_a_clash(project):
    (project / "quake.md").write_text("---\nsource: daily\n---\nA quake hit the city on Sunday.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", "quake.md", "--source", "wire"])
    assert result.exit_code == 1
    assert result.stderr == ("quake.md:2: error: the file says 'source: daily' but --source says 'wire'; leave "
                             "--source out (the file's source is kept), or change the file before importing it\n"
                             "Error: 1 error(s) found; nothing was built or changed.\n")
    assert not (project / "content/articles/quake.md").exists()
    result = CliRunner().invoke(cli, ["import", "quake.md"])
    assert result.exit_code == 0 and result.stdout == "added content/articles/quake.md\n"


def test_import_of_text_needs_a_source(project):
    result = CliRunner().invoke(cli, ["import", "dump.txt"])
    assert result.exit_code == 1
    assert result.stderr == "Error: --source: is required; give the outlet id, as in sources.yml\n"


# ---------------------------------------------------------------- the system refuses a file


def test_export_to_a_missing_folder_is_a_message(runner):
    result = runner.invoke(cli, ["export", "--content", "good", "-o", "/nonexistent/dir/x.json"])
    assert result.exit_code == 1
    assert result.stderr == "Error: /nonexistent/dir/x.json: No such file or directory\n"


def test_new_where_nothing_can_be_written_is_a_message(runner):
    result = runner.invoke(cli, ["new", "/proc/x"])
    assert result.exit_code == 1
    assert result.stderr == "Error: /proc/x: No such file or directory\n"


def test_build_where_nothing_can_be_written_is_a_message(runner):
    result = runner.invoke(cli, ["build", "--content", "good", "-q", "-d", "/proc/site"])
    assert result.exit_code == 1
    # the folder asked for, not the temporary one the site is rendered into beside it
    assert result.stderr == ("Error: /proc/site: the site could not be written there (No such file or directory); "
                             "the previous site was left in place. Check that /proc can be written and the disk "
                             "has room, or choose another folder with --site-dir\n")
    assert result.exception is None or isinstance(result.exception, SystemExit)


# ---------------------------------------------------------------- build -f from another folder


@pytest.fixture
def elsewhere(tmp_path, monkeypatch) -> Path:
    """A project whose mkdocs.yml names its content folder 'news', built from another folder."""
    proj = tmp_path / "proj"
    shutil.copytree(FIXTURES / "good", proj / "news")
    (proj / "docs").mkdir()
    (proj / "mkdocs.yml").write_text("site_name: News\ntheme:\n  name: material\n  font: false\n"
                                     "plugins:\n  - search\n  - claimline:\n      content: news\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    monkeypatch.delenv("CLAIMLINE_CONTENT", raising=False)
    return proj


@pytest.mark.slow
def test_build_reads_the_content_option_of_its_mkdocs_yml(elsewhere):
    result = CliRunner().invoke(cli, ["build", "-q", "-f", str(elsewhere / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Built {elsewhere}/site: 2 article(s), ")
    assert (elsewhere / "site/index.html").is_file()
    # --content wins over the option
    shutil.copytree(FIXTURES / "nested-folders", "other")
    result = CliRunner().invoke(cli, ["build", "-q", "-f", str(elsewhere / "mkdocs.yml"), "--content", "other"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Built {elsewhere}/site: 3 article(s), ")


def test_build_names_the_option_of_a_content_folder_that_is_not_there(elsewhere):
    (elsewhere / "news").rename(elsewhere / "old")
    result = CliRunner().invoke(cli, ["build", "-q", "-f", "../proj/mkdocs.yml"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: ../proj/mkdocs.yml:8: the claimline plugin's content folder 'news' (relative to "
                             "this file) does not exist; create it, set the plugin's 'content:' option to your content "
                             "folder, or pass --content DIR\n")


def test_serve_watches_the_content_option_of_its_mkdocs_yml(elsewhere, monkeypatch):
    import mkdocs.commands.serve

    served = {}
    monkeypatch.setattr(mkdocs.commands.serve, "serve", lambda **kw: served.update(kw))
    result = CliRunner().invoke(cli, ["serve", "-f", "../proj/mkdocs.yml"])
    assert result.exit_code == 0, result.output
    assert served["watch"] == [str((elsewhere / "news").resolve())]


def test_check_export_and_import_read_the_folder_a_build_here_reads(elsewhere, monkeypatch):
    """Run in the project folder without --content, each works on mkdocs.yml's content option ('news'), as
    build does; a check that validated content/ would say OK about a folder the site is not built from."""
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(cli, ["check"])
    assert (result.exit_code, result.stdout) == (0, "2 article(s), 2 source(s): OK\n")
    result = CliRunner().invoke(cli, ["export", "--no-cache", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("event_id,")
    (elsewhere / "dump.txt").write_text("Harbour reopens\n\nThe harbour reopened on Monday.\n", encoding="utf-8")
    source = next(iter(yaml.safe_load((elsewhere / "news/sources.yml").read_text(encoding="utf-8"))))
    result = CliRunner().invoke(cli, ["import", "dump.txt", "--source", source, "--published", "2031-03-12"])
    assert result.exit_code == 0, result.output
    assert (elsewhere / "news/articles/dump.txt").is_file() and not (elsewhere / "content").exists()


def test_check_names_the_option_of_a_content_folder_that_is_not_there(elsewhere, monkeypatch):
    monkeypatch.chdir(elsewhere)
    (elsewhere / "news").rename(elsewhere / "old")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: mkdocs.yml:8: the claimline plugin's content folder 'news' (relative to this "
                             "file) does not exist; create it, set the plugin's 'content:' option to your content "
                             "folder, or pass --content DIR\n")


def test_check_names_the_default_content_folder_at_the_plugin_entry(elsewhere, monkeypatch):
    """mkdocs.yml-config-default-content-missing: no content option, no content/ beside it."""
    monkeypatch.chdir(elsewhere)
    (elsewhere / "mkdocs.yml").write_text("site_name: News\nplugins:\n  - search\n  - claimline\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: mkdocs.yml:4: the content folder 'content' (the claimline plugin's default, "
                             "beside this file) does not exist; create it, set the plugin's 'content:' option to "
                             "your content folder, or pass --content DIR\n")


def test_a_content_folder_named_by_the_environment_is_named_so(elsewhere, monkeypatch):
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("CLAIMLINE_CONTENT", "gone")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: CLAIMLINE_CONTENT: the content folder 'gone' it names does not exist; set "
                             "CLAIMLINE_CONTENT to your content folder, unset it, or pass --content DIR\n")


SEED = Path(__file__).parent.parent / "content"
UNKNOWN_IDS = (
    "events:\n"
    "  pinned-here:\n"
    "    statement: 000_5efe35e3d0ae01af#s98\n"
    "merge:\n"
    "  - [000_5efe35e3d0ae01af#s9, c-003_7ec76ce6e3ea2a69-s3]\n"  # a claim id of a statement merged into another claim
    "  - [000_5efe35e3d0ae01af#s1, c-003_7ec76ce6e3ea2a69-s77]\n"
    "split:\n"
    "  - 003_7ec76ce6e3ea2a69#s60\n"
    "hide:\n"
    "  - 000_5efe35e3d0ae01af#s99\n"
    "dates:\n"
    "  003_7ec76ce6e3ea2a69#s61: 2020-07-01\n"
)
UNKNOWN_IDS_WARNINGS = [
    "content/overrides.yml:3: warning: 'events': '000_5efe35e3d0ae01af#s98' names no statement; copy the id from "
    "the site or from `claimline export`",
    "content/overrides.yml:6: warning: 'merge': 'c-003_7ec76ce6e3ea2a69-s77' names no statement or claim; copy the "
    "id from the site or from `claimline export`",
    "content/overrides.yml:8: warning: 'split': '003_7ec76ce6e3ea2a69#s60' names no statement; copy the id from the "
    "site or from `claimline export`",
    "content/overrides.yml:10: warning: 'hide': '000_5efe35e3d0ae01af#s99' names no statement; copy the id from the "
    "site or from `claimline export`",
    "content/overrides.yml:12: warning: 'dates': '003_7ec76ce6e3ea2a69#s61' names no statement; copy the id from the "
    "site or from `claimline export`",
]


def test_check_warns_of_override_ids_that_name_no_statement_as_a_build_does(tmp_path, monkeypatch):
    shutil.copytree(SEED, tmp_path / "content")
    (tmp_path / "content" / "overrides.yml").write_text(UNKNOWN_IDS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--content", "content"])
    assert result.exit_code == 0  # warnings, as in a build: they stop nothing
    assert result.stderr.splitlines() == UNKNOWN_IDS_WARNINGS
    assert result.stdout == "2 article(s), 2 source(s): OK\n"


@pytest.mark.slow
def test_build_warns_of_the_same_override_ids_as_check(tmp_path, monkeypatch):
    from generator.content.load import load_corpus
    from generator.pipeline import run

    shutil.copytree(SEED, tmp_path / "content")
    (tmp_path / "content" / "overrides.yml").write_text(UNKNOWN_IDS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    timeline = run(load_corpus(Path("content")), jobs=1)
    named = sorted((p for p in timeline.problems if "names no" in p.message), key=lambda p: p.line)
    assert [str(p) for p in named] == UNKNOWN_IDS_WARNINGS


def test_check_says_when_merge_groups_chain_into_one_claim(tmp_path, monkeypatch):
    """[A, B] and [B, C] make one claim of A, B and C; a claim id names its statement (c-X-s4 is X#s4)."""
    shutil.copytree(SEED, tmp_path / "content")
    (tmp_path / "content" / "overrides.yml").write_text(
        "merge:\n"
        "  - [000_5efe35e3d0ae01af#s9, 003_7ec76ce6e3ea2a69#s4]\n"
        "  - [003_7ec76ce6e3ea2a69#s4, 000_5efe35e3d0ae01af#s10.1]\n"
        "  - [000_5efe35e3d0ae01af#s11, 000_5efe35e3d0ae01af#s13]\n"
        "  - [003_7ec76ce6e3ea2a69#s5, c-000_5efe35e3d0ae01af-s13]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--content", "content"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "content/overrides.yml:3: warning: 'merge[1][0]': '003_7ec76ce6e3ea2a69#s4' is also in merge[0] (line 2), so "
        "the groups chain into one claim of 000_5efe35e3d0ae01af#s9, 003_7ec76ce6e3ea2a69#s4, 000_5efe35e3d0ae01af#s10.1: "
        "write them as one group, or name each statement in one group only",
        "content/overrides.yml:5: warning: 'merge[3][1]': 'c-000_5efe35e3d0ae01af-s13' is also in merge[2] (line 4), "
        "so the groups chain into one claim of 000_5efe35e3d0ae01af#s11, 000_5efe35e3d0ae01af#s13, "
        "003_7ec76ce6e3ea2a69#s5: write them as one group, or name each statement in one group only",
    ]


def test_warnings_come_in_the_order_of_the_file(tmp_path, monkeypatch):
    """An editor reads overrides.yml top down: warnings of several stages come by line, in check and export."""
    shutil.copytree(SEED, tmp_path / "content")
    (tmp_path / "content" / "overrides.yml").write_text(
        "hide:\n"
        "  - 000_5efe35e3d0ae01af#s99\n"
        "events:\n"
        "  no-such-event:\n"
        "    title: A title for nothing\n"
        "  pinned-here:\n"
        "    statement: 000_5efe35e3d0ae01af#s98\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    check = CliRunner().invoke(cli, ["check", "--content", "content"])
    assert [line.split(": warning:")[0] for line in check.stderr.splitlines()] == [
        "content/overrides.yml:2", "content/overrides.yml:7"]
    export = CliRunner().invoke(cli, ["export", "--no-cache", "--jobs", "1", "--content", "content", "-o", "x.json"])
    assert [line.split(": warning:")[0] for line in export.stderr.splitlines()[:-1]] == [
        "content/overrides.yml:2", "content/overrides.yml:4", "content/overrides.yml:7"]
    assert export.stderr.splitlines()[-1] == "wrote x.json"


def test_check_warns_of_an_mkdocs_yml_a_build_stops_at(tmp_path, monkeypatch):
    """mkdocs-yml-broken: check reads the content folder alone, but does not say OK over an mkdocs.yml
    that the build will refuse without saying so, at its line."""
    from generator.content.scaffold import new_project

    new_project(tmp_path / "story")
    monkeypatch.chdir(tmp_path / "story")
    Path("mkdocs.yml").write_text("site_name: [Harbour strike\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check"])
    assert (result.exit_code, result.stdout) == (0, "1 article(s), 1 source(s): OK\n")
    assert result.stderr == ("mkdocs.yml:1: warning: YAML syntax error: the file ends inside a [...] list that starts "
                             "on this line; close it (a quote, ] or }) or remove it (a build stops here; check read "
                             "the content folder alone)\n")
