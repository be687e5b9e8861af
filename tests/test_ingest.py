"""ingest.import_article: raw text in, byte for byte, with a sidecar that load accepts."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from generator.content.ingest import import_article, slug
from generator.content.load import load_corpus
from generator.errors import ClaimlineError, ContentError

FIXTURES = Path(__file__).parent / "fixtures" / "content"


@pytest.fixture
def content(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "good", tmp_path / "content")
    return tmp_path / "content"


def test_import_copies_bytes_and_writes_a_loadable_sidecar(tmp_path, content):
    raw = b"\xef\xbb\xbfMenu Home News World\r\nThe talks ended.\xc2\xa0\r\n\r\n"
    src = tmp_path / "Talks End (Meridian).txt"
    src.write_bytes(raw)
    written = import_article(src, content, source="wire", published="2021-03-06", url="https://wire.example/t",
                             title="Talks end: no deal")
    assert written == [content / "articles/Talks-End-Meridian.txt", content / "articles/Talks-End-Meridian.yml"]
    assert written[0].read_bytes() == raw
    meta = yaml.safe_load(written[1].read_text(encoding="utf-8"))
    assert meta == {"source": "wire", "title": "Talks end: no deal", "published": "2021-03-06",
                    "url": "https://wire.example/t"}
    art = next(a for a in load_corpus(content).articles if a.id == "Talks-End-Meridian")
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


# ---------------------------------------------------------------- Markdown with front matter


def test_markdown_keeps_its_front_matter_and_its_text(tmp_path, content):
    # a "published:" line in the text is text; the front matter's date is the article's
    raw = (b"\xef\xbb\xbf---\r\ntitle: Quake hits the city\r\npublished: 2021-03-07\r\n---\r\n"
           b"A quake hit the city on Sunday.\r\npublished: this line is text\r\n")
    src = tmp_path / "quake.md"
    src.write_bytes(raw)
    written = import_article(src, content, source="wire", url="https://wire.example/quake")
    assert written == [content / "articles/quake.md"]
    # the options only add what the front matter lacks, as its last lines, in its line endings
    assert written[0].read_bytes() == (b"\xef\xbb\xbf---\r\ntitle: Quake hits the city\r\npublished: 2021-03-07\r\n"
                                       b"source: wire\r\nurl: https://wire.example/quake\r\n---\r\n"
                                       b"A quake hit the city on Sunday.\r\npublished: this line is text\r\n")
    art = next(a for a in load_corpus(content).articles if a.id == "quake")
    assert art.published == datetime(2021, 3, 7, tzinfo=UTC) and art.title == "Quake hits the city"
    assert art.body == "A quake hit the city on Sunday.\r\npublished: this line is text\r\n"
    assert art.source == "wire" and art.url == "https://wire.example/quake"


def test_markdown_that_says_it_all_is_copied_byte_for_byte(tmp_path, content):
    raw = b"---\nsource: daily\npublished: 2021-03-07T08:00:00+02:00\n---\nA quake hit the city on Sunday.\n"
    src = tmp_path / "quake.md"
    src.write_bytes(raw)
    # an option that says the same as the file is no clash (a date however it is written)
    import_article(src, content, source="daily", published="2021-03-07T06:00:00Z")
    assert (content / "articles/quake.md").read_bytes() == raw
    assert not (content / "articles/quake.yml").exists() and not (content / "articles/quake.txt").exists()


def test_markdown_whose_options_clash_is_refused_with_every_clash(tmp_path, content):
    src = tmp_path / "quake.md"
    src.write_text("---\nsource: daily\npublished: 2021-03-07\ntitle: null\n---\nA quake.\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        import_article(src, content, source="wire", published="2021-03-08", title="Quake")
    assert [str(p) for p in info.value.problems] == [
        f"{src.as_posix()}:2: error: the file says 'source: daily' but --source says 'wire'; leave --source out "
        "(the file's source is kept), or change the file before importing it",
        f"{src.as_posix()}:3: error: the file says 'published: 2021-03-07' but --published says '2021-03-08'; leave "
        "--published out (the file's published is kept), or change the file before importing it",
        f"{src.as_posix()}:4: error: the file says 'title: null' but --title says 'Quake'; leave --title out (the "
        "file's title is kept), or change the file before importing it",
    ]
    assert not (content / "articles/quake.md").exists()


def test_markdown_front_matter_is_checked_as_check_does(tmp_path, content):
    src = tmp_path / "quake.md"
    src.write_text("---\nsource: wirez\nurl: ftp://wire.example/q\npublished: 2021-02-30\n---\n\n",
                   encoding="utf-8")
    with pytest.raises(ContentError) as info:
        import_article(src, content)
    where = src.as_posix()
    assert [str(p) for p in info.value.problems] == [
        f"{where}:2: error: Error reading metadata 'source': unknown source 'wirez'; add it to "
        f"{(content / 'sources.yml').as_posix()} or use one of: daily, wire",
        f"{where}:3: error: Error reading metadata 'url': 'ftp://wire.example/q' is not valid; expected the "
        "article's address, starting with http:// or https://",
        f"{where}:4: error: Error reading metadata 'published': '2021-02-30' is not a date on the calendar: "
        "February 2021 has 28 days; write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00",
        f"{where}:6: error: has no text after its front matter; write the article below the closing '---'",
    ]
    assert sorted(p.name for p in (content / "articles").iterdir()) == [
        "ministers-meet.txt", "ministers-meet.yml", "trade-deal.md"]


@pytest.mark.parametrize(("front", "message"), [
    ("---\ntitle: Quake\n---\n", ":2: error: its front matter names no source; give --source with the outlet id, "
                                 "or add 'source: <outlet id>' to the front matter"),
    ("---\ntitle: Quake\n", ":1: error: front matter opened by '---' on line 1 is never closed; add a '---' line "
                            "after the metadata"),
    ("---\nsource: wire\nx: &a [1]\ny: *a\n---\n", ":3: error: YAML anchors and aliases are not allowed in "
                                                   "claimline files (&a here); write each value out in full"),
])
def test_markdown_front_matter_problems(tmp_path, content, front, message):
    src = tmp_path / "quake.md"
    src.write_text(front + "A quake hit the city.\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        import_article(src, content)
    assert [str(p) for p in info.value.problems] == [src.as_posix() + message]


def test_markdown_front_matter_that_cannot_take_a_key(tmp_path, content):
    src = tmp_path / "quake.md"
    src.write_text("---\n{source: wire}\n---\nA quake hit the city.\n", encoding="utf-8")
    with pytest.raises(ClaimlineError, match=r"quake\.md: 'published' cannot be added to its front matter, which is "
                                             r"not written as 'key: value' lines; add 'published' to the file"):
        import_article(src, content, published="2021-03-07")
    assert not (content / "articles/quake.md").exists()


def test_markdown_of_an_article_already_there_is_refused(tmp_path, content):
    src = tmp_path / "again.md"
    src.write_text("---\nsource: wire\n---\nThe ministers signed a trade deal on Thursday.\n\n"
                   "It covers steel and grain.\n", encoding="utf-8")
    with pytest.raises(ClaimlineError, match=r"articles/trade-deal\.md already has this text"):
        import_article(src, content)


def test_a_text_file_needs_a_source(tmp_path, content):
    src = tmp_path / "x.txt"
    src.write_text("---\nsource: wire\n---\nA raw dump is never read for front matter.\n", encoding="utf-8")
    with pytest.raises(ClaimlineError, match=r"^--source: is required; give the outlet id, as in sources\.yml$"):
        import_article(src, content)
