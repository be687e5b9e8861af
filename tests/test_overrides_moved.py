"""An editor's decision names a statement by position (``<article>#s3``: its third sentence), so
an article edited above that sentence moves the decision onto another one with no error. With the
published ``timeline.json`` (``--previous``), a named id whose words changed is a warning that
says what it said, what it says now, and the id that says it now (pipeline.moved_overrides).

Fixture: a fictional outlet and town, written here.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

FIRST = "The Orrin council closed the quay road on Saturday after the river rose."
SECOND = "Harbour master Pieter Vann said the barrier had held overnight."
THIRD = "The ferry to Dunmere will run again on Monday, the operator said."
ADDED = "Volunteers filled sandbags at the town hall until late on Friday."


def _content(tmp_path: Path, sentences: list[str], overrides: str) -> Path:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True, exist_ok=True)
    (content / "sources.yml").write_text("orrin-post:\n  name: Orrin Post\n  url: https://orrin-post.example\n",
                                         encoding="utf-8")  # fmt: skip
    (content / "articles" / "op-1.md").write_text(
        '---\ntitle: "Quay road closed"\nsource: orrin-post\npublished: 2025-04-12T18:00:00+00:00\n---\n\n'
        + "\n\n".join(sentences) + "\n", encoding="utf-8")  # fmt: skip
    (content / "overrides.yml").write_text(overrides, encoding="utf-8")
    return content


def _export(content: Path, out: Path, previous: Path | None = None):
    args = ["export", "--no-cache", "--content", str(content), "-o", str(out)]
    return CliRunner().invoke(cli, args + (["--previous", str(previous)] if previous else []), prog_name="claimline")


def _id_of(text: str, export: Path) -> str:
    import json

    (article,) = json.loads(export.read_text(encoding="utf-8"))["articles"]
    return next(s["id"] for s in article["statements"] if s["text"] == text)


def test_a_hidden_sentence_moved_by_an_edit_is_warned_of_with_its_new_id(tmp_path):
    content = _content(tmp_path, [FIRST, SECOND, THIRD], "")
    published = tmp_path / "timeline.json"
    assert _export(content, published).exit_code == 0
    third = _id_of(THIRD, published)
    _content(tmp_path, [FIRST, SECOND, THIRD], f"hide:\n  - {third}\n")
    assert _export(content, published).exit_code == 0  # the site as published, with the decision
    _content(tmp_path, [ADDED, FIRST, SECOND, THIRD], f"hide:\n  - {third}\n")
    result = _export(content, tmp_path / "new.json", previous=published)
    assert result.exit_code == 0
    now = _id_of(THIRD, tmp_path / "new.json")
    assert now != third
    assert (f"{content}/overrides.yml:2: warning: 'hide': '{third}' said \"The ferry to Dunmere will run again on "
            f"Monday, the operator\u2026\" on the published site and now says \"Harbour master Pieter Vann said the "
            f"barrier had held overni\u2026\" (its article changed, and statements are numbered by position); that "
            f"sentence is now '{now}': write that id") in result.stderr


def test_an_unchanged_article_gives_no_warning(tmp_path):
    content = _content(tmp_path, [FIRST, SECOND, THIRD], "")
    published = tmp_path / "timeline.json"
    assert _export(content, published).exit_code == 0
    _content(tmp_path, [FIRST, SECOND, THIRD], f"hide:\n  - {_id_of(THIRD, published)}\n")
    result = _export(content, tmp_path / "new.json", previous=published)
    assert result.exit_code == 0 and "published site" not in result.stderr


def test_a_merge_whose_ids_moved_into_each_other_says_the_chain(tmp_path):
    """A sentence added on top moves every id by one: the merge [B, C] now names the sentences
    that were A and B. "B is now C" alone would lead the editor to write C twice; the notice
    gives the chain B -> C -> D, to be changed at once."""
    content = _content(tmp_path, [FIRST, SECOND, THIRD], "")
    published = tmp_path / "timeline.json"
    assert _export(content, published).exit_code == 0
    second, third = _id_of(SECOND, published), _id_of(THIRD, published)
    _content(tmp_path, [FIRST, SECOND, THIRD], f"merge:\n  - [{second}, {third}]\n")
    assert _export(content, published).exit_code == 0
    _content(tmp_path, [ADDED, FIRST, SECOND, THIRD], f"merge:\n  - [{second}, {third}]\n")
    result = _export(content, tmp_path / "new.json", previous=published)
    assert result.exit_code == 0
    now_third = _id_of(THIRD, tmp_path / "new.json")
    assert _id_of(SECOND, tmp_path / "new.json") == third
    assert (f"{content}/overrides.yml:2: warning: 'merge': '{second}' said \"Harbour master Pieter Vann said the "
            f"barrier had held overni\u2026\" on the published site and now says \"The Orrin council closed the "
            f"quay road on Saturday after th\u2026\" (its article changed, and statements are numbered by "
            f"position); that sentence is now '{third}', which is named here too and moved on in turn ({second} -> "
            f"{third} -> {now_third}): change all of them at once, each to the id after it") in result.stderr
    assert f"that sentence is now '{now_third}': write that id" in result.stderr  # the last of the chain
