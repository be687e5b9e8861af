"""ingest.import_article: raw text in, byte for byte, with a sidecar that load accepts."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from generator.errors import ClaimlineError, ContentError
from generator.ingest import import_article, slug
from generator.load import load_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "content"


@pytest.fixture
def content(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "good", tmp_path / "content")
    return tmp_path / "content"


def test_import_copies_bytes_and_writes_a_loadable_sidecar(tmp_path, content):
    raw = b"\xef\xbb\xbfMenu Home News World\r\nThe talks ended.\xc2\xa0\r\n\r\n"
    src = tmp_path / "Talks End (Reuters).txt"
    src.write_bytes(raw)
    written = import_article(src, content, source="wire", published="2021-03-06", url="https://wire.example/t",
                             title="Talks end: no deal")
    assert written == [content / "articles/Talks-End-Reuters.txt", content / "articles/Talks-End-Reuters.yml"]
    assert written[0].read_bytes() == raw
    meta = yaml.safe_load(written[1].read_text(encoding="utf-8"))
    assert meta == {"source": "wire", "title": "Talks end: no deal", "published": "2021-03-06",
                    "url": "https://wire.example/t"}
    art = next(a for a in load_corpus(content).articles if a.id == "Talks-End-Reuters")
    assert art.title == "Talks end: no deal" and art.published == datetime(2021, 3, 6, tzinfo=UTC)
    assert art.published_text == "2021-03-06"


def test_import_without_date_leaves_it_to_inference(tmp_path, content):
    src = tmp_path / "undated.txt"
    src.write_text("Officials met on Wednesday.\n", encoding="utf-8")
    import_article(src, content, source="daily")
    corpus = load_corpus(content)
    assert next(a for a in corpus.articles if a.id == "undated").published is None
    assert [p.severity for p in corpus.problems] == ["warning"]


@pytest.mark.parametrize(("stem", "expected"), [
    ("plain", "plain"), ("Café au lait", "Cafe-au-lait"), ("003_7ec76ce6e3ea2a69", "003_7ec76ce6e3ea2a69"),
    ("  --  ", "article"), ("a/b", "a-b"),
])
def test_slug(stem, expected):
    assert slug(stem) == expected


def test_import_refuses_an_unknown_source(tmp_path, content):
    src = tmp_path / "x.txt"
    src.write_text("Text.\n", encoding="utf-8")
    with pytest.raises(ClaimlineError, match=r"unknown source 'nope'; add it to .*sources\.yml or use one of: "
                                             r"daily, wire"):
        import_article(src, content, source="nope")
    assert not (content / "articles/x.txt").exists()


def test_import_refuses_to_overwrite_even_a_markdown_article(tmp_path, content):
    src = tmp_path / "trade-deal.txt"
    src.write_text("Other text.\n", encoding="utf-8")
    with pytest.raises(ClaimlineError, match=r"trade-deal\.md already exists; claimline import never replaces"):
        import_article(src, content, source="wire")
    assert not (content / "articles/trade-deal.txt").exists()


def test_import_refuses_empty_and_binary_files(tmp_path, content):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        import_article(empty, content, source="wire")
    assert [p.message for p in info.value.problems] == ["is empty; an article needs its text"]
    binary = tmp_path / "pic.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(ContentError, match="is a binary file"):
        import_article(binary, content, source="wire")
    assert sorted(p.name for p in (content / "articles").iterdir()) == [
        "ministers-meet.txt", "ministers-meet.yml", "trade-deal.md"]


def test_import_with_a_broken_sources_file_says_where(tmp_path, content):
    (content / "sources.yml").write_text("wire:\n  name: [unclosed\n", encoding="utf-8")
    src = tmp_path / "x.txt"
    src.write_text("Text.\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        import_article(src, content, source="wire")
    (problem,) = info.value.problems
    assert problem.path.endswith("content/sources.yml") and problem.line == 2
    assert problem.message == ("YAML syntax error: the file ends inside a [...] list that starts on this line; "
                               "close it (a quote, ] or }) or remove it")


def test_import_refuses_the_same_article_twice(tmp_path, content):
    same_text = tmp_path / "again.txt"
    same_text.write_text("Menu Home News World Politics Business Sport Opinion\r\n"
                         "The two ministers met in the capital   on Wednesday.\nThey talked about grain.",
                         encoding="utf-8")
    with pytest.raises(ClaimlineError, match=r"articles/ministers-meet\.txt already has this text; the same "
                                             r"article twice would count its claims twice"):
        import_article(same_text, content, source="daily")
    other = tmp_path / "other.txt"
    other.write_text("Another text.\n", encoding="utf-8")
    with pytest.raises(ClaimlineError, match=r"articles/trade-deal\.md already has the url "
                                             r"http://wire\.example/trade-deal/"):
        import_article(other, content, source="wire", url="http://wire.example/trade-deal/")
    assert not (content / "articles/again.txt").exists() and not (content / "articles/other.txt").exists()
