"""The pipeline as a whole: what only a full run can tell."""

from __future__ import annotations

import shutil

from generator.content.load import load_corpus
from generator.pipeline import run

from .conftest import CONTENT


def test_overrides_that_name_nothing_are_warned_of(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "overrides.yml").write_text(
        "events:\n"
        "  no-such-event:\n"
        "    title: A title for nothing\n"
        "hide:\n"
        "  - 000_5efe35e3d0ae01af#s99\n"
        "  - 000_5efe35e3d0ae01af#s1\n",
        encoding="utf-8",
    )
    timeline = run(load_corpus(content))
    warnings = [str(p) for p in timeline.problems if p.severity == "warning"]
    assert [w.split(": ", 1)[1] for w in warnings if "names no" in w] == [
        "warning: 'events': 'no-such-event' names no event; copy the id from the site or from `claimline export`, "
        "and add `statement:` with one of the event's statement ids so the fix holds when the id changes",
        "warning: 'hide': '000_5efe35e3d0ae01af#s99' names no statement; copy the id from the site or "
        "from `claimline export`",
    ]
    assert any(w.startswith(f"{content}/overrides.yml:2: warning: 'events': 'no-such-event'") for w in warnings)
    assert any(w.startswith(f"{content}/overrides.yml:5: warning: 'hide': '000_5efe35e3d0ae01af#s99'")
               for w in warnings)  # fmt: skip


def test_merge_split_and_date_overrides_naming_nothing_give_their_line(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "overrides.yml").write_text(
        "merge:\n"
        "  - [000_5efe35e3d0ae01af#s1, 003_7ec76ce6e3ea2a69#s77]\n"
        "split:\n"
        "  - 000_5efe35e3d0ae01af#s88\n"
        "dates:\n"
        "  003_7ec76ce6e3ea2a69#s99: 2020-07-01\n",
        encoding="utf-8",
    )
    where = [(p.line, p.message.split(":", 1)[0]) for p in run(load_corpus(content)).problems
             if "names no" in p.message]  # fmt: skip
    assert where == [(2, "'merge'"), (4, "'split'"), (6, "'dates'")]


def test_the_seed_overrides_name_only_what_exists():
    timeline = run(load_corpus(CONTENT))
    assert [p for p in timeline.problems if "names no" in p.message] == []


def test_an_article_whose_date_cannot_be_inferred_is_named(tmp_path):
    """Its claims are on no event: the build says which article and what to do, not nothing."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "articles" / "no-date.md").write_text(
        "---\nsource: jpost\ntitle: Floods in the north\npublished: null\n---\n"
        "Heavy rain flooded three villages in the north of the country on Monday.\n\n"
        "The governor said that the army would help to rebuild the roads.\n", encoding="utf-8")
    timeline = run(load_corpus(content))
    [problem] = [p for p in timeline.problems if p.path.endswith("no-date.md") and "on no event" in p.message]
    assert problem.path == f"{content.as_posix()}/articles/no-date.md"
    assert problem.message == ("no publication date, and none could be inferred (no dated article reports the same "
                               "claims): its 2 statement(s) are on no event of the timeline; add "
                               "'published: 2020-07-08' (its date) to its metadata")
    # the seeds' undated article borrows its date, so it is not named
    assert not [p for p in timeline.problems if "003_7ec76ce6e3ea2a69" in p.path and "on no event" in p.message]
