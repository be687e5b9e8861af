"""The per-article stages in worker processes and from the cache: the same output, byte for byte."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from benchmarks import synth
from generator import cache as cache_module
from generator.content.load import load_corpus
from generator.export.formats import render_export
from generator.pipeline import Timings, run
from generator.stages import boilerplate, extract, stored

from .conftest import CONTENT


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """The seeds and 14 synthetic articles of real size (raw dumps with furniture, Markdown)."""
    out = tmp_path_factory.mktemp("extract") / "content"
    synth.write_real(14, out, seed=3)
    sources = (out / "sources.yml").read_text(encoding="utf-8")
    shutil.copytree(CONTENT / "articles", out / "articles", dirs_exist_ok=True)
    own = (CONTENT / "sources.yml").read_text(encoding="utf-8")
    (out / "sources.yml").write_text(own + sources, encoding="utf-8")
    shutil.copy(CONTENT / "overrides.yml", out / "overrides.yml")
    return out


@pytest.fixture(scope="module")
def plain(corpus_dir) -> str:
    """The export made in this process, without cache: what every other way must give."""
    return render_export(run(load_corpus(corpus_dir), jobs=1), "json")


def _export(content: Path, **options) -> tuple[str, Timings]:
    timings = Timings()
    return render_export(run(load_corpus(content), timings=timings, **options), "json"), timings


@pytest.fixture
def always_parallel(monkeypatch):
    monkeypatch.setattr(extract, "MIN_PARALLEL", 1)
    monkeypatch.setattr(extract, "CHUNK", 3)


def test_worker_processes_give_the_same_export(corpus_dir, plain, always_parallel):
    text, timings = _export(corpus_dir, jobs=2)
    assert timings.extract.workers == 2
    assert text == plain


def test_cold_and_warm_cache_give_the_same_export(corpus_dir, plain, tmp_path, always_parallel):
    cold, first = _export(corpus_dir, jobs=2, cache=tmp_path / "c")
    warm, second = _export(corpus_dir, jobs=1, cache=tmp_path / "c")
    assert (first.extract.cached, first.extract.worked) == (0, 16)
    assert (second.extract.cached, second.extract.worked) == (16, 0)
    assert cold == plain and warm == plain


def test_every_result_reads_back_as_it_was_made(corpus_dir, shared):
    for content in (corpus_dir, shared / "gold" / "dev" / "wildfire" / "content",
                    shared / "gold" / "dev" / "breach" / "content"):  # fmt: skip
        corpus = load_corpus(content)
        outlets = boilerplate.outlets(corpus.sources, corpus.articles)
        for article in corpus.articles:
            made = extract.extract(article, extract.given(article, corpus.overrides, outlets))
            assert stored.decode(stored.encode(made, article), article) == made, article.id


def test_a_changed_article_alone_is_worked_on_again(corpus_dir, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(corpus_dir, content)
    _export(content, jobs=1, cache=tmp_path / "c")
    path = sorted((content / "articles").glob("*.md"))[0]
    path.write_text(path.read_text(encoding="utf-8").replace(" said", " stated", 1), encoding="utf-8")
    text, timings = _export(content, jobs=1, cache=tmp_path / "c")
    assert (timings.extract.cached, timings.extract.worked) == (15, 1)
    assert text == _export(content, jobs=1)[0]


def test_an_added_article_is_worked_on_and_the_others_mostly_read(corpus_dir, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(corpus_dir, content)
    _export(content, jobs=1, cache=tmp_path / "c")
    synth.write_real(15, content, seed=3, start=14)
    text, timings = _export(content, jobs=1, cache=tmp_path / "c")
    assert timings.extract.cached + timings.extract.worked == 17 and timings.extract.cached >= 12
    assert text == _export(content, jobs=1)[0]


def test_a_line_an_outlet_comes_to_repeat_re_runs_the_articles_that_carry_it(corpus_dir, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(corpus_dir, content)
    _export(content, jobs=1, cache=tmp_path / "c")
    first = sorted((content / "articles").glob("*.md"))[0]
    source = next(ln for ln in first.read_text(encoding="utf-8").splitlines() if ln.startswith("source: "))
    line = next(ln for ln in first.read_text(encoding="utf-8").split("---\n", 2)[2].splitlines() if ln.strip())
    (content / "articles" / "zz-copy.md").write_text(f"---\n{source}\npublished: 2021-01-05\n---\n{line}\n\n"
                                                     "A sentence of its own about something else.\n", encoding="utf-8")
    text, timings = _export(content, jobs=1, cache=tmp_path / "c")
    assert (timings.extract.cached, timings.extract.worked) == (15, 2)  # the new article and the first
    assert text == _export(content, jobs=1)[0]


def test_an_override_naming_an_article_invalidates_that_article_only(corpus_dir, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(corpus_dir, content)
    _export(content, jobs=1, cache=tmp_path / "c")
    with (content / "overrides.yml").open("a", encoding="utf-8") as fh:
        fh.write("boilerplate:\n  000000-outlet01:\n    - \"Residents of\"\n")
    text, timings = _export(content, jobs=1, cache=tmp_path / "c")
    assert (timings.extract.cached, timings.extract.worked) == (15, 1)
    assert text == _export(content, jobs=1)[0]


def test_a_changed_rule_invalidates_every_article(corpus_dir, tmp_path, monkeypatch):
    _export(corpus_dir, jobs=1, cache=tmp_path / "c")
    monkeypatch.setattr(extract, "_CODE_PRINT", "another version of the rules")
    _, timings = _export(corpus_dir, jobs=1, cache=tmp_path / "c")
    assert (timings.extract.cached, timings.extract.worked) == (0, 16)


def test_a_cache_of_another_schema_is_rebuilt_not_read(corpus_dir, plain, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    db = sqlite3.connect(folder / cache_module.FILE_NAME)
    db.execute("CREATE TABLE entries (article TEXT PRIMARY KEY, key TEXT, value BLOB)")
    db.execute("INSERT INTO entries VALUES ('000000-outlet01', 'x', x'00')")
    db.execute(f"PRAGMA user_version={cache_module.SCHEMA + 1}")
    db.commit()
    db.close()
    text, timings = _export(corpus_dir, jobs=1, cache=folder)
    assert timings.extract.cached == 0 and text == plain
    assert _export(corpus_dir, jobs=1, cache=folder)[1].extract.cached == 16


def test_a_corrupt_cache_file_is_replaced_and_the_build_goes_on(corpus_dir, plain, tmp_path, caplog):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / cache_module.FILE_NAME).write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="claimline.cache"):
        text, _ = _export(corpus_dir, jobs=1, cache=folder)
    assert text == plain
    assert "is damaged" in caplog.text
    assert _export(corpus_dir, jobs=1, cache=folder)[1].extract.cached == 16


def test_a_damaged_row_is_worked_on_again(corpus_dir, plain, tmp_path):
    folder = tmp_path / "c"
    _export(corpus_dir, jobs=1, cache=folder)
    db = sqlite3.connect(folder / cache_module.FILE_NAME)
    db.execute("UPDATE entries SET value = x'789c03000000000001' WHERE article = '000000-outlet01'")
    db.commit()
    db.close()
    text, timings = _export(corpus_dir, jobs=1, cache=folder)
    assert (timings.extract.cached, timings.extract.worked) == (15, 1)
    assert text == plain


def test_a_locked_cache_is_no_failure(corpus_dir, plain, tmp_path, monkeypatch, caplog):
    folder = tmp_path / "c"
    _export(corpus_dir, jobs=1, cache=folder)
    (folder / cache_module.FILE_NAME).unlink()
    monkeypatch.setattr(cache_module, "BUSY_MS", 50)
    (folder / cache_module.FILE_NAME).touch()
    other = sqlite3.connect(folder / cache_module.FILE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another build holds it
    try:
        with caplog.at_level(logging.WARNING, logger="claimline.cache"):
            text, timings = _export(corpus_dir, jobs=1, cache=folder)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert text == plain and timings.extract.cached == 0
    assert "building without it" in caplog.text


def test_an_unwritable_cache_folder_is_no_failure(corpus_dir, plain, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    text, timings = _export(corpus_dir, jobs=1, cache=blocker / "c")
    assert text == plain and timings.extract.cached == 0


def test_failing_worker_processes_leave_the_work_to_this_one(corpus_dir, plain, always_parallel, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    class Broken:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            raise BrokenProcessPool("no processes here")

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(extract, "ProcessPoolExecutor", Broken)
    text, timings = _export(corpus_dir, jobs=2)
    assert text == plain and timings.extract.workers == 0


def test_the_cache_folder_sits_beside_the_site(tmp_path):
    assert cache_module.beside(tmp_path / "site") == tmp_path / ".claimline-cache"



def test_the_date_scan_from_word_starts_finds_what_a_full_scan_finds(corpus_dir, shared):
    from generator.stages.dates import patterns

    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus_dir / "articles").iterdir())]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "gold" / "dev").rglob("*.md"))]
    texts += ["'90s and ’08, 2019-2020, 12/05/2020, abc12 May, mid-March, Q3 2021, the 1990s, early 2000s"]
    for text in texts:
        full = [(m.span(), m.lastgroup) for m in patterns.SCANNER.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in patterns.scan(text)] == full


def test_a_result_read_back_holds_its_text_and_equal_values_once(corpus_dir):
    corpus = load_corpus(corpus_dir)
    outlets = boilerplate.outlets(corpus.sources, corpus.articles)
    article = max(corpus.articles, key=lambda a: len(a.body))
    made = extract.extract(article, extract.given(article, corpus.overrides, outlets))
    back = stored.decode(stored.encode(made, article), article)
    assert back == made
    spans = [*back.statements, *back.segments]
    bodies = {id(type(s)._held_text.__get__(s, type(s))) for s in spans if s.text == article.body[s.start:s.end]}
    assert len(bodies) == 1  # one Body for the article: no statement or segment holds a copy of its words
    dates = [s.event_date for s in back.statements if s.event_date is not None]
    assert len(dates) > len(set(dates)) and len({id(d) for d in dates}) == len(set(dates))
    offsets = [n for s in spans for n in (s.start, s.end)]
    assert len({id(n) for n in offsets}) == len(set(offsets))


def test_names_read_back_stay_packed_until_read_and_a_damaged_part_is_found_on_reading(corpus_dir):
    corpus = load_corpus(corpus_dir)
    outlets = boilerplate.outlets(corpus.sources, corpus.articles)
    article = corpus.articles[0]
    made = extract.extract(article, extract.given(article, corpus.overrides, outlets))
    blob = stored.encode(made, article)
    back = stored.decode(blob, article)
    assert type(back.found) is bytes and back.names == made.names
    assert stored.Names({article.id: back})[article.id] == made.names
    assert stored.encode(back, article) == blob  # stored again as it was read
    with pytest.raises(ValueError):
        stored.decode(blob[:-3] + bytes(3), article)  # the names' checksum
    with pytest.raises(ValueError):
        stored.decode(blob[:20], article)
