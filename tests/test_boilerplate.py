"""boilerplate.separate: page furniture apart from article text, by general rules."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.content.load import load_corpus
from generator.model import Article, Overrides, Segment, Source
from generator.stages.boilerplate import outlets, separate

from .conftest import CONTENT

SEED_IDS = {"jpost": "000_5efe35e3d0ae01af", "iranpress": "003_7ec76ce6e3ea2a69"}


def article(body: str, *, title: str | None = None, source: str = "wire", path: str = "articles/a.txt",
            id: str = "a") -> Article:
    return Article(id=id, path=path, source=source, title=title, url=None, published=None,
                   published_text=None, published_has_time=False, body=body, body_line=1)


def furniture(body: str, **kw) -> list[tuple[str, str | None]]:
    return [(s.text, s.reason) for s in separate(article(body, **kw), Overrides()) if s.boilerplate]


def kept(body: str, **kw) -> list[str]:
    return [s.text for s in separate(article(body, **kw), Overrides()) if not s.boilerplate]


def assert_covers(body: str, segments: tuple[Segment, ...]) -> None:
    """In order, no overlap, exact text, and every non-space character in one segment."""
    pos = 0
    for s in segments:
        assert pos <= s.start < s.end <= len(body)
        assert s.text == body[s.start:s.end]
        assert not body[pos:s.start].strip(), f"uncovered text {body[pos:s.start]!r}"
        assert s.text == s.text.strip()
        pos = s.end
    assert not body[pos:].strip()


# ---------------------------------------------------------------- the seeds and their gold


@pytest.fixture(scope="module")
def seeds():
    corpus = load_corpus(CONTENT)
    return {a.id: (a, separate(a, corpus.overrides)) for a in corpus.articles}


@pytest.fixture(scope="module")
def gold(shared):
    return yaml.safe_load((shared / "gold" / "seed-timeline.yml").read_text(encoding="utf-8"))


def fold(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("outlet", sorted(SEED_IDS))
def test_every_gold_boilerplate_line_is_boilerplate(seeds, gold, outlet):
    art, segments = seeds[SEED_IDS[outlet]]
    assert_covers(art.body, segments)
    for line in gold["boilerplate"][outlet]:
        assert any(fold(line) in fold(s.text) for s in segments if s.boilerplate), line
        assert not any(fold(line) in fold(s.text) for s in segments if not s.boilerplate), line


@pytest.mark.parametrize("outlet", sorted(SEED_IDS))
def test_no_sentence_the_gold_needs_is_boilerplate(seeds, gold, outlet):
    _, segments = seeds[SEED_IDS[outlet]]
    text = [fold(s.text) for s in segments if not s.boilerplate]
    items = [c for e in gold["events"] for c in e["claims"]] + gold["context"]
    wanted = []
    for item in items:
        evidence = item["evidence"].get(outlet)
        if evidence is not None:
            wanted.append(evidence if isinstance(evidence, list) else [evidence])
    assert wanted
    for options in wanted:
        assert any(any(fold(e) in t for t in text) for e in options), options


def test_seed_furniture_is_named_for_what_it_is(seeds):
    jpost = [(s.reason, s.text[:20]) for s in seeds[SEED_IDS["jpost"]][1] if s.reason]
    assert jpost == [
        ("navigation", "date 2020-07-08 The "),
        ("headline", "Iran commits to impr"),
        ("standfirst (repeated below)", "The two officials di"),
        ("byline", "By JERUSALEM POST STA"[:20]),
        ("dateline", "JULY 8, 2020 14:47"),
        ("caption", "A man carries a gian"),
        ("caption", "A man carries a gian"),
        ("photo credit", "(photo credit: RAHEB"),
    ]
    iranpress = [(s.reason, s.text[:20]) for s in seeds[SEED_IDS["iranpress"]][1] if s.reason]
    assert iranpress == [
        ("outlet prefix", "Iran Press/Iran News"),
        ("read more", "Read More:"),
        ("related headline", "Syria PM, Iranian de"),
        ("related headline", "Amir Abdullahian: Ir"),
        ("related headline", "Iran's stance on Syr"),
    ]
    # the headline line repeating the title is text, flagged so statements can use its offsets
    headline = next(s for s in seeds[SEED_IDS["jpost"]][1] if s.reason == "headline")
    assert not headline.boilerplate


def test_meantime_wikinews_text_is_not_taken_for_furniture(shared):
    """120 clean Wikinews articles: title, a date line, then sentences (one per line).
    Every date line is a dateline; at most 2 of 1,670 sentences (tokenisation debris) are not text."""
    root = shared / "eval" / "meantime" / "intra_cross-doc_annotation"
    files = sorted(root.rglob("*.xml"))
    if not files:
        pytest.skip("MEANTIME is absent from ../shared/eval/")
    datelines = wrong = sentences = 0
    for f in files:
        lines: dict[int, list[str]] = {}
        for t in ET.parse(f).getroot().iter("token"):
            lines.setdefault(int(t.get("sentence")), []).append(t.text or "")
        text = [" ".join(v) for _, v in sorted(lines.items())]
        body = "\n".join(text) + "\n"
        segments = separate(article(body, title=text[0]), Overrides())
        assert_covers(body, segments)
        for s in segments:
            line = body.count("\n", 0, s.start)
            if line == 1:
                datelines += s.reason == "dateline"
            elif line > 1:
                sentences += 1
                wrong += s.boilerplate
    assert datelines == len(files) == 120
    assert sentences > 1500 and wrong <= 2


# ---------------------------------------------------------------- rule by rule


def test_navigation_menu_and_breadcrumb():
    body = ("Home | World | Middle East | Iran\n"
            "News Opinion Business Sport Culture Podcasts\n"
            "The talks resumed on Monday.\n")
    assert furniture(body) == [("Home | World | Middle East | Iran", "navigation"),
                               ("News Opinion Business Sport Culture Podcasts", "navigation")]


def test_title_case_headline_is_not_navigation():
    assert furniture("Iran Commits To Improve Syrian Air Defenses In Military Cooperation Deal\n"
                     "Iran will help, officials said.\n") == []


def test_caption_with_credit_its_copy_and_a_lone_credit():
    body = ("Soldiers stand guard in Damascus (Photo credit: AFP)\n"
            "Soldiers stand guard in Damascus\n"
            "Photo: AFP\n"
            "The army said the city was calm.\n")
    assert furniture(body) == [
        ("Soldiers stand guard in Damascus (Photo credit: AFP)", "caption"),
        ("Soldiers stand guard in Damascus", "caption"),
        ("Photo: AFP", "photo credit"),
    ]


@pytest.mark.parametrize("line", ["JULY 8, 2020 14:47", "Published: 08 July 2020, 10:15 GMT", "Wed 8 Jul 2020",
                                  "2020-07-08", "Updated: July 9, 2020 | 9:30 am", "November 03 , 2009"])
def test_datelines(line):
    assert furniture(f"{line}\nThe talks resumed.\n") == [(line, "dateline")]


@pytest.mark.parametrize("line", ["By JERUSALEM POST STAFF", "By Jane Doe and John Smith", "by Meridian Wire",
                                  "Reporting by Jane Doe; Editing by John Smith"])
def test_bylines(line):
    assert furniture(f"{line}\nThe talks resumed.\n") == [(line, "byline")]


@pytest.mark.parametrize("line", [
    "By the end of the day, the army had left the city.",
    "Published reports said the minister had resigned.",
    "On July 8, 2020 the two ministers met.",
    "Photo opportunities were rare, the spokesman said.",
    "Read more about it in the report, he said.",
])
def test_sentences_that_look_like_furniture_stay_text(line):
    assert furniture(f"{line}\n") == []


def test_read_more_list_ends_at_the_next_paragraph():
    body = ("The minister left.\n\nRead More:\n\nSyria PM talks about cooperation\n\n"
            "Ambassador: support to continue\n\nThe talks will resume next week, officials said.\n")
    assert furniture(body) == [("Read More:", "read more"),
                               ("Syria PM talks about cooperation", "related headline"),
                               ("Ambassador: support to continue", "related headline")]
    assert kept(body) == ["The minister left.", "The talks will resume next week, officials said."]


def test_inline_read_more_line():
    assert furniture("Related: Iran and Syria sign deal\nIt was signed today.\n") == [
        ("Related: Iran and Syria sign deal", "read more")]


@pytest.mark.parametrize(("line", "prefix", "source", "reason"), [
    ("Gulf Press/Gulf News:\u00a0The agreement was signed by both ministers on Wednesday.", "Gulf Press/Gulf News:",
     "gulfpress", "outlet prefix"),
    ("TEHRAN (Meridian) - The agreement was signed by both ministers on Wednesday.", "TEHRAN (Meridian) -", "wire",
     "dateline"),
    ("RIVERTON - The agreement was signed by both ministers on Wednesday.", "RIVERTON -", "wire", "dateline"),
    ("Wire Service: The agreement was signed by both ministers on Wednesday.", "Wire Service:", "wire",
     "outlet prefix"),
])
def test_outlet_prefix_is_cut_off_the_line(line, prefix, source, reason):
    segments = separate(article(line + "\n", source=source), Overrides())
    assert [(s.text, s.boilerplate, s.reason) for s in segments] == [
        (prefix, True, reason),
        ("The agreement was signed by both ministers on Wednesday.", False, None),
    ]


def test_a_speaker_before_a_colon_is_not_an_outlet():
    line = "Amir Abdullahian: Iran's support of Syria will continue to the very end, he said."
    assert furniture(line + "\n") == []


def test_standfirst_repeated_below_is_furniture_once():
    body = "The two sides agreed.\n\nBy Staff\nThe ministers met. The two sides agreed.\nThe two sides agreed.\n"
    segments = separate(article(body), Overrides())
    agreed = [s for s in segments if s.text == "The two sides agreed."]
    assert [(s.boilerplate, s.reason) for s in agreed] == [(True, "standfirst (repeated below)"), (False, None)]


def test_repeated_short_line_is_furniture():
    body = "Advertisement\nThe ministers met.\nSponsored links here\nThey agreed.\nSponsored links here\n"
    assert furniture(body) == [("Advertisement", "page furniture"),
                               ("Sponsored links here", "repeated line"), ("Sponsored links here", "repeated line")]


def test_editor_marks_a_line_as_boilerplate():
    body = "The ministers met.\nShare your views with our editors today.\n"
    overrides = Overrides(boilerplate=(("a", "Share your views"), ("other", "The ministers")))
    segments = separate(article(body), overrides)
    assert [(s.text, s.boilerplate, s.reason, s.editor) for s in segments] == [
        ("The ministers met.", False, None, False),
        ("Share your views with our editors today.", True, "editor", True),
    ]


def test_markdown_paragraphs_join_wrapped_lines():
    body = "The ministers met in the capital\nand signed a deal.\nIt covers grain.\n\nA second paragraph.\n"
    assert kept(body, path="articles/a.md") == ["The ministers met in the capital\nand signed a deal.\nIt covers grain.",
                                                "A second paragraph."]


def test_raw_dump_lines_are_paragraphs_unless_visibly_wrapped():
    body = "The ministers met in the capital\nand signed a deal.\nIt covers grain.\n"
    assert kept(body) == ["The ministers met in the capital\nand signed a deal.", "It covers grain."]


def test_crlf_and_nbsp_are_outside_segments():
    body = "\u00a0By Jane Doe \u00a0\r\nThe ministers met.\r\n"
    segments = separate(article(body), Overrides())
    assert [(s.text, s.reason) for s in segments] == [("By Jane Doe", "byline"), ("The ministers met.", None)]
    assert_covers(body, segments)


def test_empty_and_blank_bodies_give_no_segments():
    assert separate(article(""), Overrides()) == ()
    assert separate(article("\n \n\t\n"), Overrides()) == ()


_LINE = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60),
    st.sampled_from(["By Jane Doe", "Read More:", "JULY 8, 2020 14:47", "(photo credit: X/Y)", "Home | News | World",
                     "Iran Press: the agreement was signed today by both ministers.", "", "  ", "The end."]),
)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_LINE, max_size=12), sep=st.sampled_from(["\n", "\r\n", "\n\n"]),
       path=st.sampled_from(["articles/a.txt", "articles/a.md"]))
def test_segments_always_cover_the_body_exactly(lines, sep, path):
    body = sep.join(lines)
    assert_covers(body, separate(article(body, path=path, title="The end"), Overrides()))


def test_no_rule_mentions_a_seed_string():
    for path in sorted((CONTENT.parent / "generator" / "stages" / "boilerplate").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for needle in ("Jerusalem", "JERUSALEM", "HOMAVANDI", "Abdullahian", "Iran News", "flag made of"):
            assert not re.search(re.escape(needle), source.split('"""', 2)[2]), (path.name, needle)


# ---------------------------------------------------------------- pages in three styles

FURNITURE = {
    "agency-style": [
        ("World", "navigation"),
        ("July 8, 2020 / 3:12 PM / Updated 5 years ago", "dateline"),
        ("3 Min Read", "page furniture"),
        ("DUBAI (Agency) -", "dateline"),
        ("Reporting by Jane Roe; Editing by John Doe", "byline"),
    ],
    "broadcaster-style": [
        ("Skip to content", "page furniture"),
        ("Home News Sport Business Innovation Culture Travel Earth Video Live", "navigation"),
        ("8 July 2020", "dateline"),
        ("Share", "page furniture"),
        ("Getty Images", "photo credit"),
        ("Syrian soldiers during a parade in Damascus", "caption"),  # a caption after its credit
        ("Related Topics", "read more"),
        ("Iran", "related headline"),
        ("Syria", "related headline"),
        ("More on this story", "read more"),
        ("Israel strikes Iranian targets in Syria", "related headline"),
        ("Published 3 days ago", "related headline"),
    ],
    "channel-style": [
        ("News|Conflict", "navigation"),
        ("8 Jul 2020", "dateline"),
        ("SOURCE: A News Channel and news agencies", "source credit"),
    ],
}


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_furniture_of_three_page_styles(name):
    corpus = load_corpus(Path(__file__).parent / "fixtures" / "content" / "furniture")
    art = next(a for a in corpus.articles if a.id == name)
    segments = separate(art, corpus.overrides)
    assert_covers(art.body, segments)
    assert [(s.text, s.reason) for s in segments if s.boilerplate] == FURNITURE[name]
    # every sentence of the story itself is kept
    for s in segments:
        if s.text.endswith(".") and not s.boilerplate:
            assert s.reason is None
    assert sum(1 for s in segments if not s.boilerplate and s.reason is None) == {
        "agency-style": 2, "broadcaster-style": 3, "channel-style": 3}[name]


def test_a_credit_never_takes_a_sentence_for_its_caption():
    body = "The deal was signed in Damascus on Wednesday.\nPhoto: AFP\nThe ministers then left.\n"
    assert furniture(body) == [("Photo: AFP", "photo credit")]


# ---------------------------------------------------------------- one fixture a pattern (tests/fixtures/furniture)

FURNITURE_CASES = sorted((Path(__file__).parent / "fixtures" / "furniture").glob("*.yml"))


@pytest.mark.parametrize("path", FURNITURE_CASES, ids=[p.stem for p in FURNITURE_CASES])
def test_furniture_pattern(path):
    """Each pattern of page furniture, on fictional outlets: exactly its furniture is set apart."""
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = case.get("source", "wire")
    suffix = "md" if case.get("markdown") else "txt"
    main = article(case["body"], source=source, path=f"articles/a.{suffix}")
    others = [article(b, source=source, path=f"articles/o{i}.{suffix}", id=f"o{i}")
              for i, b in enumerate(case.get("others", []))]
    outlet = outlets([Source(source, case.get("outlet", source))], [main, *others])[source]
    segments = separate(main, Overrides(), outlet)
    assert_covers(case["body"], segments)
    assert [(s.text, s.reason) for s in segments if s.boilerplate] == [tuple(f) for f in case["furniture"]]
    text = [s.text for s in segments if not s.boilerplate]
    for line in case["kept"]:
        assert any(line in t for t in text), f"{line!r} was taken for furniture"


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["wildfire", "breach"])
def test_no_furniture_in_the_claims_of_a_dev_corpus(shared, corpus, tmp_path):
    """The two multi-outlet dev corpora (captions, credits, live blogs, prompts, tickers,
    corrections, related headlines): no claim holds a line their gold calls furniture."""
    folder = shared / "gold" / "dev" / corpus
    if not (folder / "gold.yml").is_file():
        pytest.skip(f"the {corpus} dev corpus is absent from ../shared/gold/dev/")
    out = tmp_path / "timeline.json"
    subprocess.run([sys.executable, "-m", "generator.cli", "export", "--content", str(folder / "content"),
                    "--format", "json", "-o", str(out)], check=True, capture_output=True)
    run = subprocess.run([sys.executable, str(shared / "tools" / "score_gold.py"), str(out), str(folder / "gold.yml"),
                          "--max-leaks", "0"], capture_output=True, text=True, check=False)
    assert "boilerplate leaks: 0;" in run.stdout, run.stdout


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_every_reason_the_furniture_fixtures_give_is_translated(language):
    """A site in another language explains each kind of furniture in it, not in English."""
    import generator.present

    strings = Path(generator.present.__file__).parent / "strings" / f"{language}.yml"
    catalogue = yaml.safe_load(strings.read_text(encoding="utf-8"))
    reasons = {f[1] for p in FURNITURE_CASES for f in yaml.safe_load(p.read_text(encoding="utf-8"))["furniture"]}
    assert sorted(reasons - set(catalogue)) == []
