"""load.load_corpus: every bad-input case has a fixture folder named after it under
tests/fixtures/content/, and the exact problems (path, line, severity, message) it gives."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.content.load import load_corpus
from generator.content.overrides import timex_precision
from generator.content.published import parse_published
from generator.errors import ClaimlineError, ContentError

from .conftest import CONTENT

FIXTURES = Path(__file__).parent / "fixtures" / "content"
NO_DATE_WARNING = ("no 'published' date: it will be inferred from other outlets' reports of the same events; "
                   "add 'published: 2020-07-08' if you know it, or 'published: null' to say it is unknown")


@pytest.fixture(autouse=True)
def _in_fixtures(monkeypatch):
    # problem paths are the content folder as given: load "case" from here, as a user would
    monkeypatch.chdir(FIXTURES)


def problems_of(case: str) -> list[str]:
    try:
        corpus = load_corpus(Path(case))
    except ContentError as err:
        return [str(p) for p in err.problems]
    return [str(p) for p in corpus.problems]


ERRORS = {
    "no-front-matter": [
        "no-front-matter/articles/plain.md:1: error: has no front matter; start the file with a '---' line, "
        "metadata such as 'source: <outlet id>' and 'published: 2020-07-08', then a '---' line (or put them in "
        "plain.yml beside it)",
    ],
    "yaml-syntax-error": [  # the bad line is line 4 of the file, line 3 of the front matter
        "yaml-syntax-error/articles/bad-yaml.md:4: error: YAML syntax error: mapping values are not allowed "
        "here; put a value that contains ': ' in quotes",
    ],
    "yaml-tab-indent": [
        "yaml-tab-indent/articles/ministers-meet.yml:2: error: YAML syntax error: found character '\\t' that "
        "cannot start any token (while scanning for the next token); indent with spaces: YAML does not allow tabs",
    ],
    "invalid-published": [
        "invalid-published/articles/bad-date.md:4: error: Error reading metadata 'published': '2020-13-01' is "
        "not a date on the calendar: there is no month 13; write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00",
    ],
    "published-without-offset": [
        "published-without-offset/articles/naive.md:3: error: Error reading metadata 'published': "
        "'2021-03-05T10:00:00' has a time but no UTC offset, so its day is ambiguous; add the outlet's offset "
        "(e.g. 2020-07-08T14:47:00+03:00, or Z for UTC) or write the date alone (2020-07-08)",
    ],
    "unknown-source": [
        "unknown-source/articles/who.md:2: error: Error reading metadata 'source': unknown source 'wires'; "
        "did you mean 'wire'? add it to unknown-source/sources.yml or use one of: daily, wire",
    ],
    "duplicate-url": [
        "duplicate-url/articles/trade-deal-again.md:4: error: the same article twice: "
        "duplicate-url/articles/trade-deal.md has the same url https://WIRE.example/trade-deal/; remove one of them",
    ],
    "duplicate-text": [  # same words, other line breaks and spaces
        "duplicate-text/articles/ministers-meet.txt:1: error: the same article twice: its text is the same as "
        "duplicate-text/articles/copy.txt's; remove one of them",
    ],
    "empty-body": [
        "empty-body/articles/empty.md:5: error: has no text after its front matter; write the article below "
        "the closing '---'",
    ],
    "not-utf8": [
        "not-utf8/articles/latin1.txt:2: error: is not UTF-8: byte 0xe9 at byte offset 27 (line 2, column 8) "
        "cannot be decoded; save the file as UTF-8",
    ],
    "utf16": ["utf16/articles/wide.txt:1: error: is UTF-16 text; save it as UTF-8"],
    "binary-file": [
        "binary-file/articles/photo.png: error: is a binary file, not text; content/ holds only UTF-8 text "
        "(articles, sidecars and YAML): move it out of content/",
    ],
    "txt-without-sidecar": [
        "txt-without-sidecar/articles/orphan.txt:1: error: has no metadata; add orphan.yml beside it with at "
        "least 'source: <outlet id>' (claimline import does this for you)",
    ],
    "sidecar-without-article": [
        "sidecar-without-article/articles/ghost.yml: error: is metadata for an article that is not there; "
        "add ghost.txt beside it or remove it",
    ],
    "unclosed-front-matter": [
        "unclosed-front-matter/articles/open.md:1: error: front matter opened by '---' on line 1 is never "
        "closed; add a '---' line after the metadata",
    ],
    "published-out-of-range": [
        "published-out-of-range/articles/far.md:3: error: Error reading metadata 'published': "
        "'9999-12-31T23:00:00-05:00' is out of range; write a year from 1000 to 2100",
        "published-out-of-range/articles/old.md:3: error: Error reading metadata 'published': '0999-12-31' is "
        "out of range; write a year from 1000 to 2100",
    ],
    "overrides-impossible-dates": [
        "overrides-impossible-dates/overrides.yml:3: error: 'events.e1.date': '2020-13-45' is not a date on the "
        "calendar: there is no month 13; write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020",
        "overrides-impossible-dates/overrides.yml:5: error: 'events.e2.date': '2021-W60' is not a date on the "
        "calendar; write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020",
        "overrides-impossible-dates/overrides.yml:7: error: 'dates.trade-deal#s1': '2020-02-30' is not a date on "
        "the calendar: February 2020 has 29 days; write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020",
        "overrides-impossible-dates/overrides.yml:8: error: 'dates.trade-deal#s2.date': '9999-12' is out of "
        "range; write a year from 1000 to 9998",
        "overrides-impossible-dates/overrides.yml:9: error: 'dates.ministers-meet#s2': '5' is not an ISO 8601 "
        "date; write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020",
    ],
    "duplicate-yaml-key": [
        "duplicate-yaml-key/articles/twice.md:4: error: key 'source' appears twice (first on line 2); keep only one",
    ],
    "missing-sources": [
        "missing-sources/sources.yml: error: is missing; create it (one entry per outlet, e.g. "
        "'daily-example: {name: The Daily Example, url: https://news.example.org}')",
    ],
    "sources-yaml-syntax": [
        "sources-yaml-syntax/sources.yml:3: error: YAML syntax error: expected <block end>, but found "
        "'<block mapping start>' (while parsing a block mapping on line 1); check the quoting and indentation of this "
        "line and the one above",
    ],
    "sources-errors": [
        "sources-errors/articles/ministers-meet.yml:1: error: Error reading metadata 'source': unknown source "
        "'daily'; add it to sources-errors/sources.yml or use one of: third, wire",
        "sources-errors/sources.yml:3: error: 'wire.url': 'wire.example' is not valid; expected its home page, "
        "starting with http:// or https://",
        "sources-errors/sources.yml:4: error: 'Daily News' is not a valid key; expected an outlet id: lower "
        "case letters, digits, - and _",
        "sources-errors/sources.yml:7: error: 'third': 'name' is missing; add `name:` with the outlet's name, "
        "e.g. The Jerusalem Post",
        "sources-errors/sources.yml:8: error: 'third': unknown key 'motto'; known keys: country, kind, name, url",
    ],
    "invalid-config-cross-checks": [  # a file that fails its schema still has its ids checked
        "invalid-config-cross-checks/articles/stray.md:2: error: Error reading metadata 'source': unknown source "
        "'zz'; add it to invalid-config-cross-checks/sources.yml or use one of: daily, wire",
        "invalid-config-cross-checks/overrides.yml:2: error: 'hide[0]': 'trade-dela#s1' names an unknown article "
        "'trade-dela'; did you mean 'trade-deal'?",
        "invalid-config-cross-checks/overrides.yml:3: error: 'hide[1]': is a number, expected text (a statement "
        "id: <article id>#s<n>, or <article id>#s<n>.<k> for a clause)",
        "invalid-config-cross-checks/overrides.yml:4: error: unknown key 'hidden'; did you mean 'hide'? known "
        "keys: boilerplate, dates, events, hide, merge, recalls, split",
        "invalid-config-cross-checks/sources.yml:4: error: 'daily': 'name' is missing; add `name:` with the "
        "outlet's name, e.g. The Jerusalem Post",
    ],
    "article-id-with-hash": [
        "article-id-with-hash/articles/council meeting.md: error: the article id 'council meeting' (its file name) "
        "has '#' or a space in it, so statement ids and overrides.yml cannot name it; rename the file, e.g. "
        "council-meeting.md",
        "article-id-with-hash/articles/talks#2.txt: error: the article id 'talks#2' (its file name) has '#' or a "
        "space in it, so statement ids and overrides.yml cannot name it; rename the file, e.g. talks-2.txt",
    ],
    "yaml-python-tag": [
        "yaml-python-tag/articles/tagged.md:3: error: YAML tag !!python/object/apply:os.system: tags are not "
        "allowed in claimline files; remove it and write the plain value",
        "yaml-python-tag/sources.yml:2: error: YAML tag !custom: tags are not allowed in claimline files; remove "
        "it and write the plain value",
    ],
    "yaml-alias-bomb": [  # nine levels of nested aliases ("billion laughs"): refused at once, not expanded
        *(f"yaml-alias-bomb/{path}: error: YAML anchors and aliases are not allowed in claimline files (&l0 here); "
          "write each value out in full"
          for path in ("articles/front.md:4", "articles/raw.yml:2", "entities.yml:6", "overrides.yml:3",
                       "sources.yml:4")),
    ],
    "entities-schema-errors": [
        "entities-schema-errors/entities.yml:2: error: '[0].kind': 'company' is not valid; expected one of "
        "person, body, place, outlet, document, other",
        "entities-schema-errors/entities.yml:3: error: '[1]': 'name' is missing; add `name:` with the canonical "
        "name, shown on the site",
        "entities-schema-errors/entities.yml:5: error: '[2]': unknown key 'tags'; known keys: aliases, kind, "
        "name, role",
    ],
    "entities-alias-twice": [
        "entities-alias-twice/entities.yml:6: error: 'doe' already names 'Jane Doe' (line 2); a name or alias "
        "must name one entity only",
        "entities-alias-twice/entities.yml:7: error: 'jane  doe' already names 'Jane Doe' (line 1); a name or "
        "alias must name one entity only",
    ],
    "overrides-schema-errors": [
        "overrides-schema-errors/overrides.yml:3: error: 'events.trade-deal.date': 'March 2021' is not valid; "
        "expected a TIMEX3 date value: 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3, 2020, 202 (decade), "
        "20 (century)",
        "overrides-schema-errors/overrides.yml:4: error: 'events.trade-deal.status': 'maybe' is not valid; "
        "expected happened, or announced (a future event)",
        "overrides-schema-errors/overrides.yml:6: error: 'hide[0]': 'trade-deal' is not valid; expected a "
        "statement id: <article id>#s<n>, or <article id>#s<n>.<k> for a clause",
        "overrides-schema-errors/overrides.yml:7: error: unknown key 'hidden'; did you mean 'hide'? known keys: "
        "boilerplate, dates, events, hide, merge, recalls, split",
    ],
    "overrides-unknown-article": [
        "overrides-unknown-article/overrides.yml:3: error: 'hide[1]': 'trade-dela#s1' names an unknown article "
        "'trade-dela'; did you mean 'trade-deal'?",
        "overrides-unknown-article/overrides.yml:5: error: 'merge[0][2]': 'gone#s3' names an unknown article "
        "'gone'; an article id is its file name without extension",
        "overrides-unknown-article/overrides.yml:8: warning: 'boilerplate.ministers-meet[0]': 'Not in the text' "
        "is not in the article's text, so it marks nothing; copy the text exactly",
        "overrides-unknown-article/overrides.yml:9: error: 'boilerplate': unknown article 'no-such'; an article "
        "id is its file name without extension",
        "overrides-unknown-article/overrides.yml:12: error: 'dates.nowhere#s4': 'nowhere#s4' names an unknown "
        "article 'nowhere'; an article id is its file name without extension",
    ],
    "every-check-of-a-file": [  # a bad key does not hide a bad date, an empty text or an unknown source
        "every-check-of-a-file/articles/bad-keys-and-date.md:3: error: Error reading metadata 'published': "
        "'2020-02-30' is not a date on the calendar: February 2020 has 29 days; write e.g. 2020-07-08 or "
        "2020-07-08T14:47:00+03:00",
        "every-check-of-a-file/articles/bad-keys-and-date.md:4: error: Error reading metadata 'url': "
        "'wire.example/quake' is not valid; expected the article's address, starting with http:// or https://",
        "every-check-of-a-file/articles/bad-keys-and-date.md:5: error: Error reading metadata 'tags': is text, "
        "expected a list (a list of words, e.g. [Iran, Syria])",
        "every-check-of-a-file/articles/bad-language-and-empty.txt:1: error: is empty; an article needs its text",
        "every-check-of-a-file/articles/bad-language-and-empty.yml:3: error: Error reading metadata 'language': "
        "is a number, expected text (a BCP 47 language tag such as en, fr or pt-BR (default en))",
        "every-check-of-a-file/articles/bad-offset-and-empty.md:3: error: Error reading metadata 'published': "
        "'2021-03-05T10:00:00' has a time but no UTC offset, so its day is ambiguous; add the outlet's offset "
        "(e.g. 2020-07-08T14:47:00+03:00, or Z for UTC) or write the date alone (2020-07-08)",
        "every-check-of-a-file/articles/bad-offset-and-empty.md:5: error: has no text after its front matter; "
        "write the article below the closing '---'",
        "every-check-of-a-file/articles/bad-url-and-unknown-source.md:2: error: Error reading metadata 'source': "
        "unknown source 'wires'; did you mean 'wire'? add it to every-check-of-a-file/sources.yml or use one of: "
        "daily, wire",
        "every-check-of-a-file/articles/bad-url-and-unknown-source.md:3: error: Error reading metadata 'url': is "
        "a list, expected text or null (the article's address, starting with http:// or https://)",
        "every-check-of-a-file/articles/bad-yaml-and-empty.md:3: error: YAML syntax error: mapping values are not "
        "allowed here; put a value that contains ': ' in quotes",
        "every-check-of-a-file/articles/bad-yaml-and-empty.md:5: error: has no text after its front matter; "
        "write the article below the closing '---'",
    ],
    "many-errors": [  # every problem at once, not only the first
        "many-errors/articles/a.md:1: error: has no front matter; start the file with a '---' line, metadata "
        "such as 'source: <outlet id>' and 'published: 2020-07-08', then a '---' line (or put them in a.yml beside it)",
        "many-errors/articles/b.md:2: error: Error reading metadata 'source': unknown source 'nowhere'; add it to "
        "many-errors/sources.yml or use one of: daily, wire",
        "many-errors/articles/b.md:3: error: Error reading metadata 'published': 'yesterday' is not an ISO 8601 "
        "date; write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00",
        "many-errors/articles/c.txt:1: error: is empty; an article needs its text",
        f"many-errors/articles/c.yml:1: warning: {NO_DATE_WARNING}",
    ],
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_bad_content_is_refused_with_every_problem_located(case):
    with pytest.raises(ContentError) as info:
        load_corpus(Path(case))
    assert [str(p) for p in info.value.problems] == ERRORS[case]


WARNINGS = {
    "missing-published": [f"missing-published/articles/undated.md:2: warning: {NO_DATE_WARNING}"],
    "published-null": [],  # an explicit null says "unknown" on purpose
    "published-empty": [  # nothing written after the key: more likely forgotten than meant
        "published-empty/articles/forgotten-date.md:3: warning: 'published:' is empty: the date will be inferred "
        "from other outlets' reports of the same events; write the date after it, e.g. 'published: 2020-07-08', "
        "or 'published: null' to say it is unknown",
    ],
    "unknown-key": [
        "unknown-key/articles/extra.md:4: warning: unknown key 'category' is ignored; known keys: author, "
        "language, published, source, tags, title, url",
        "unknown-key/articles/extra.md:5: warning: unknown key 'publshed_at' is ignored; did you mean "
        "'published'? known keys: author, language, published, source, tags, title, url",
    ],
    "nested-folders": [
        "nested-folders/notes.txt: warning: is not read by claimline (articles are articles/*.md, or "
        "articles/*.txt with a *.yml); move it out of content/",
    ],
    "body-without-words": [
        "body-without-words/articles/figures.md:5: warning: has no words in its text, so no statement or claim "
        "can come of it; check that the file holds the article's text",
    ],
    "good": [],
    "overrides-full": [],
    "bom-and-crlf": [],
}


@pytest.mark.parametrize("case", sorted(WARNINGS))
def test_warnings_do_not_stop_loading(case):
    corpus = load_corpus(Path(case))
    assert [str(p) for p in corpus.problems] == WARNINGS[case]
    assert all(p.severity == "warning" for p in corpus.problems)


def test_good_content_is_read_fully():
    corpus = load_corpus(Path("good"))
    assert [s.id for s in corpus.sources] == ["daily", "wire"]
    wire = corpus.sources[1]
    assert (wire.name, wire.url, wire.country, wire.kind) == ("The Wire", "https://wire.example", "Nowhere",
                                                              "news agency")
    md, txt = sorted(corpus.articles, key=lambda a: a.path, reverse=True)
    assert md.id == "trade-deal" and md.path == "articles/trade-deal.md"
    assert md.source == "wire" and md.title == "Ministers sign a trade deal"
    assert md.published == datetime(2021, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert md.published_text == "2021-03-04T09:30:00+01:00" and md.published_has_time
    assert md.url == "https://wire.example/trade-deal" and md.author == "Staff" and md.tags == ("trade",)
    assert md.language == "en"
    assert md.body == "The ministers signed a trade deal on Thursday.\n\nIt covers steel and grain.\n"
    assert md.body_line == 9
    # a raw dump: the whole file is the body; a bare date is UTC midnight without a time of day
    assert txt.id == "ministers-meet" and txt.body_line == 1
    assert txt.body == (FIXTURES / "good/articles/ministers-meet.txt").read_text(encoding="utf-8")
    assert txt.published == datetime(2021, 3, 3, tzinfo=UTC) and not txt.published_has_time
    assert txt.published_text == "2021-03-03" and txt.title is None
    (jane,) = corpus.entities
    assert (jane.name, jane.aliases, jane.kind, jane.role, jane.line) == (
        "Jane Doe", ("Doe", "Minister Doe"), "person", "Trade Minister", 1)


def test_overrides_are_read_into_their_dataclass():
    o = load_corpus(Path("overrides-full")).overrides
    assert [(e.event, e.title, e.date, e.precision, e.status, e.line) for e in o.events] == [
        ("trade-deal-2021-03-04", "Ministers sign a trade deal", "2021-03-04", "day", "happened", 2),
        ("later", None, "2021-Q3", "quarter", "announced", 6),
    ]
    assert o.merge == (("trade-deal#s1", "ministers-meet#s2"),)
    assert o.split == ("trade-deal#s2",) and o.hide == ("ministers-meet#s3",)
    assert o.boilerplate == (("ministers-meet", "Menu Home"),)
    assert o.dates == (("trade-deal#s2", "2021-03", "month"), ("ministers-meet#s2", "2021-SU", "season"))


def test_bom_and_crlf_front_matter_is_understood():
    corpus = load_corpus(Path("bom-and-crlf"))
    art = next(a for a in corpus.articles if a.id == "windows")
    assert art.body == "Line one.\r\nLine two.\r\n" and art.body_line == 5
    assert art.published == datetime(2021, 3, 5, tzinfo=UTC)


def test_articles_in_subfolders_keep_their_path():
    corpus = load_corpus(Path("nested-folders"))
    deep = next(a for a in corpus.articles if a.id == "deep")
    assert deep.path == "articles/2021/march/deep.md"


def test_a_missing_content_folder_is_a_clear_error():
    with pytest.raises(ClaimlineError, match=r"content folder 'nowhere' does not exist; pass --content DIR"):
        load_corpus(Path("nowhere"))


def test_load_never_writes_into_content(tmp_path):
    import shutil

    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "many-errors", root)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}
    with pytest.raises(ContentError):
        load_corpus(root)
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}
    assert before == after


@pytest.mark.parametrize(("value", "expected", "has_time"), [
    ("2020-07-08", datetime(2020, 7, 8, tzinfo=UTC), False),
    ("2020-07-08T14:47:00+03:00", datetime(2020, 7, 8, 14, 47, tzinfo=timezone(timedelta(hours=3))), True),
    ("2020-07-08T11:47:00Z", datetime(2020, 7, 8, 11, 47, tzinfo=UTC), True),
    ("2020-07-08 14:47+04:30", datetime(2020, 7, 8, 14, 47, tzinfo=timezone(timedelta(hours=4, minutes=30))), True),
    (date(2020, 7, 8), datetime(2020, 7, 8, tzinfo=UTC), False),
    (datetime(2020, 7, 8, 1, 2, tzinfo=UTC), datetime(2020, 7, 8, 1, 2, tzinfo=UTC), True),
])
def test_published_datetime_before_date_always_aware(value, expected, has_time):
    parsed, with_time = parse_published(value)
    assert parsed == expected and parsed.tzinfo is not None and with_time is has_time


@pytest.mark.parametrize("value", ["08/07/2020", "July 8, 2020", "2020-07-08T25:00+00:00", ""])
def test_invalid_published_says_what_to_write(value):
    with pytest.raises(ValueError, match=r"is not an ISO 8601 date; write e\.g\. 2020-07-08 or 2020-07-08T14:47"):
        parse_published(value)


@pytest.mark.parametrize("value", ["0001-01-01", "0999-12-31T00:00:00Z", "9999-12-31", "0001-01-01T00:00+14:00",
                                   "2101-01-01", "2107-01-01", date(1, 1, 1),
                                   datetime(9999, 12, 31, 23, 59, tzinfo=UTC)])
def test_published_years_outside_1000_to_2100_are_refused(value):
    with pytest.raises(ValueError, match=r"is out of range; write a year from 1000 to 2100"):
        parse_published(value)


def test_naive_datetime_is_refused():
    with pytest.raises(ValueError, match="has a time but no UTC offset"):
        parse_published(datetime(2020, 7, 8, 14, 47))  # noqa: DTZ001 - the case under test


@pytest.mark.parametrize(("value", "precision"), [
    ("2020-07-08", "day"), ("2020-W28", "week"), ("2020-07", "month"), ("2020-SU", "season"),
    ("2020-Q3", "quarter"), ("2020", "year"), ("202", "decade"), ("20", "century"), ("PAST_REF", "vague"),
])
def test_timex_precision(value, precision):
    assert timex_precision(value) == precision


def test_the_real_content_loads_without_errors():
    corpus = load_corpus(CONTENT)
    assert [p for p in corpus.problems if p.severity == "error"] == []
    ids = {a.id: a for a in corpus.articles}
    assert set(ids) == {"000_5efe35e3d0ae01af", "003_7ec76ce6e3ea2a69"}
    jpost, iranpress = ids["000_5efe35e3d0ae01af"], ids["003_7ec76ce6e3ea2a69"]
    assert jpost.source == "jpost" and iranpress.source == "iranpress"
    assert jpost.published == datetime(2020, 7, 8, 14, 47, tzinfo=timezone(timedelta(hours=3)))
    assert jpost.title == "Iran commits to improve Syrian air defenses in military cooperation deal"
    assert jpost.author == "Jerusalem Post Staff"
    assert iranpress.published is None and iranpress.title is None
    assert {s.id: s.name for s in corpus.sources} == {"jpost": "The Jerusalem Post", "iranpress": "Iran Press"}


def test_the_seeds_are_in_content_byte_for_byte(shared):
    for name in ("000_5efe35e3d0ae01af.txt", "003_7ec76ce6e3ea2a69.txt"):
        assert (CONTENT / "articles" / name).read_bytes() == (shared / "seeds" / name).read_bytes()


def test_schemas_are_valid_draft_2020_12_and_shipped():
    from jsonschema import Draft202012Validator

    from generator.content import schemas

    for name in schemas.NAMES:
        Draft202012Validator.check_schema(schemas.schema(name))


def test_content_yaml_points_editors_at_existing_schemas():
    import re

    files = [*CONTENT.glob("*.yml"), *CONTENT.glob("articles/*.yml")]
    assert len(files) == 5
    for f in files:
        first = f.read_text(encoding="utf-8").splitlines()[0]
        m = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert m and (f.parent / m[1]).resolve().is_file(), f


def test_the_seed_metadata_agrees_with_the_gold(shared):
    import yaml

    gold = yaml.safe_load((shared / "gold" / "seed-timeline.yml").read_text(encoding="utf-8"))["articles"]
    corpus = load_corpus(CONTENT)
    names = {s.id: s.name for s in corpus.sources}
    for outlet, want in gold.items():
        art = next(a for a in corpus.articles if a.path == "articles/" + Path(want["file"]).name)
        assert art.source == outlet and names[outlet] == want["outlet"]
        assert art.title == want["title"]
        if want.get("published_inferred"):
            assert art.published is None  # left for the pipeline to infer
        else:
            assert art.published == want["published"] and art.published_has_time
            assert art.author == want["byline"]


_PIECES = [*"abc:-[]{}'\"#&*!|>%@`\t\n \\0129.,T+", "source: ", "published: ", "title: ", "wire", "---", "\u00e9"]
_YAMLISH = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=int(os.environ.get("CLAIMLINE_FUZZ", "80")), deadline=None)
@given(front=_YAMLISH, body=st.text(max_size=40), raw=st.binary(max_size=40))
def test_any_input_gives_problems_never_a_traceback(front, body, raw):
    """Whatever an editor saves, load answers with located problems (ContentError) or a corpus."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "articles").mkdir()
        (root / "sources.yml").write_text("wire:\n  name: The Wire\n", encoding="utf-8")
        (root / "articles" / "a.md").write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
        (root / "articles" / "b.txt").write_bytes(raw)
        (root / "articles" / "b.yml").write_text(front, encoding="utf-8")
        (root / "entities.yml").write_text(front, encoding="utf-8")
        (root / "overrides.yml").write_text(front, encoding="utf-8")
        try:
            corpus = load_corpus(root)
        except ContentError as err:
            assert err.problems and all(p.path.startswith(root.as_posix()) for p in err.problems)
            assert all(p.line is None or p.line >= 1 for p in err.problems)
        else:
            assert all(p.severity == "warning" for p in corpus.problems)


def test_a_broken_or_looping_link_in_articles_is_named(tmp_path):
    import shutil

    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "good", root)
    (root / "articles" / "gone.md").symlink_to("/nonexistent/gone.md")
    (root / "articles" / "loop.md").symlink_to("loop.md")
    corpus = load_corpus(root)
    shown = root.as_posix()
    assert [str(p) for p in corpus.problems] == [
        f"{shown}/articles/gone.md: warning: is a link to /nonexistent/gone.md, which does not exist or links back "
        "to itself; it is skipped: fix the link or remove it",
        f"{shown}/articles/loop.md: warning: is a link to loop.md, which does not exist or links back to itself; "
        "it is skipped: fix the link or remove it",
    ]
    assert len(corpus.articles) == 2


@pytest.mark.parametrize(("value", "reason"), [
    ("2020-13-01", "there is no month 13"),
    ("2020-00-10", "there is no month 0"),
    ("2021-02-29", "February 2021 has 28 days"),
])
def test_an_impossible_date_is_told_alike_in_front_matter_and_overrides(value, reason):
    """One wording for one mistake: 'published: 2020-13-01' and an overrides.yml date '2020-13-01'."""
    from generator.content.overrides import timex_problem

    with pytest.raises(ValueError) as info:
        parse_published(value)
    assert str(info.value) == (f"'{value}' is not a date on the calendar: {reason}; write e.g. 2020-07-08 or "
                               "2020-07-08T14:47:00+03:00")
    assert timex_problem(value) == (f"'{value}' is not a date on the calendar: {reason}; write e.g. 2020-07-08, "
                                    "2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020")
