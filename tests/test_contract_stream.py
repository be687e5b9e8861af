"""The JSON contract written in pieces is the same bytes as encoding the whole contract at once."""

from __future__ import annotations

import io
import json

import pytest

from generator.content.load import load_corpus
from generator.export import contract, write_export
from generator.model import Timeline
from generator.pipeline import run

from .conftest import CONTENT


def _whole(timeline: Timeline) -> str:
    return json.dumps(contract.to_contract(timeline), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_the_seed_contract_in_pieces_is_the_whole_contract(seed_timeline):
    assert contract.render(seed_timeline) == _whole(seed_timeline)
    out = io.StringIO()
    write_export(seed_timeline, "json", out)
    assert out.getvalue() == _whole(seed_timeline)


@pytest.mark.parametrize("corpus", ["wildfire", "breach"])
def test_a_dev_corpus_contract_in_pieces_is_the_whole_contract(shared, corpus):
    timeline = run(load_corpus(shared / "gold" / "dev" / corpus / "content"), jobs=1)
    assert contract.render(timeline, use_directory_urls=False) == _whole_flat(timeline)


def _whole_flat(timeline: Timeline) -> str:
    doc = contract.to_contract(timeline, use_directory_urls=False)
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_an_empty_timeline_and_line_breaks_inside_strings_keep_their_bytes(seed_timeline):
    from dataclasses import replace

    empty = replace(seed_timeline, articles=(), statements={}, entities=(), events=(), segments={})
    assert contract.render(empty) == _whole(empty)
    article = replace(seed_timeline.articles[0], title="Line one\nline two\u2028three \"quoted\"")
    odd = replace(seed_timeline, articles=(article, *seed_timeline.articles[1:]))
    assert contract.render(odd) == _whole(odd)


def test_the_cli_writes_the_same_bytes_as_the_library(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import cli

    monkeypatch.chdir(tmp_path)  # no site/timeline.json here whose ids the export would keep
    out = tmp_path / "t.json"
    done = CliRunner().invoke(cli, ["export", "--content", str(CONTENT), "-o", str(out), "--no-cache"])
    assert done.exit_code == 0, done.output
    assert json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert out.read_text(encoding="utf-8") == contract.render(run(load_corpus(CONTENT)))
