"""Generated pages: what a reader sees, kept inert, deterministic, split when long, and the
seed pages diffed against committed expected Markdown (golden files)."""

from __future__ import annotations

import difflib
import html
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.model import Event, EventDate, Salience
from generator.present import datelabel, urls
from generator.present.escape import safe_url, text
from generator.site import jsonld, paging, worddiff
from generator.site.config import SiteOptions
from generator.site.pages import render_pages
from generator.text import slugs, timex

from .inert_html import scan
from .timeline_fixture import HOSTILE, make_coarse_timeline, make_timeline

EXPECTED = Path(__file__).resolve().parent / "expected"
# a call of _(), n_() or translate() with its message (and n_'s plural)
LABEL_CALL = re.compile(r"""\b(?:_|n_|translate)\((?:[^'"()]*?,\s*)?(['"])((?:\\.|(?!\1).)*)\1"""
                        r"""(?:,\s*(['"])((?:\\.|(?!\3).)*)\3)?""")
EXTENSIONS = ["attr_list", "md_in_html", "toc"]


def to_html(md_text: str) -> str:
    """The page as MkDocs would render it: front matter read apart, then Markdown."""
    body, meta = get_data(md_text)
    title = meta.get("title", "")
    # Material prints the title raw inside <title>: it must hold no markup of its own.
    assert "<" not in title and ">" not in title
    return markdown.markdown(body, extensions=EXTENSIONS)


@pytest.fixture(scope="module")
def pages():
    return render_pages(make_timeline(), {"site_name": "Demo"})


def test_page_set_is_linear_in_the_content(pages):
    t = make_timeline()
    tags = {tag for a in t.articles for tag in a.tags}
    expected = 1 + len(t.events) + 1 + len(t.articles) + 1 + len(t.sources) + 1 + len(t.entities) + 1 + len(tags) + 1
    assert len(pages) == expected
    assert "index.md" in pages and "exports.md" in pages
    assert "events/2020-07-08-military-agreement.md" in pages
    assert "articles/000_jpost.md" in pages and "outlets/jpost.md" in pages
    assert "people/ali-abdullah-ayyoub.md" in pages
    assert all(re.fullmatch(r"[A-Za-z0-9_./-]+\.md", p) for p in pages)


def test_rendering_is_deterministic(pages):
    assert render_pages(make_timeline(), {"site_name": "Demo"}) == pages


@pytest.mark.parametrize("path", [
    "index.md", "events/2020-07-08-military-agreement.md", "events/2020-09-evil.md", "outlets/index.md",
    "outlets/evil.md", "people/index.md", "exports.md", "articles/index.md", "tags/index.md",
])
def test_hostile_text_is_inert_on_every_page(pages, path):
    html = to_html(pages[path])
    problems, visible = scan(html)
    assert problems == []
    assert "49" not in visible.replace("2049", "")  # {{ 7*7 }} never evaluated
    assert "<script" not in html.replace('<script type="application/ld+json">', "")


def test_every_generated_page_is_inert(pages):
    for path, md_text in pages.items():
        problems, visible = scan(to_html(md_text))
        assert problems == [], path
        if "evil" in path or "hostile" in path:
            # the hostile text is shown as the text it is, Markdown and Jinja syntax included
            assert '<script>alert("x")</script>' in visible or "alert(" in visible, path
            assert "{{ 7*7 }}" in visible or "{{" in visible, path


def test_hostile_article_page_shows_the_text_literally(pages):
    src = next(p for p in pages if p.startswith("articles/evil"))
    problems, visible = scan(to_html(pages[src]))
    assert problems == []
    assert HOSTILE.split(" [click]")[0] in visible
    assert "[click](javascript:alert(2))" in visible
    assert "{: onclick=\"alert(3)\" }" in visible
    assert "**bold**" in visible


def test_no_script_url_in_any_href(pages):
    for path, md_text in pages.items():
        for m in re.finditer(r'href="([^"]*)"', to_html(md_text)):
            assert not m.group(1).lower().startswith("javascript"), path


def test_markdown_and_html_escaping():
    assert str(text("<b>*x*</b> [a](b) {: #id }")) == (
        "&#60;b&#62;&#42;x&#42;&#60;/b&#62; &#91;a&#93;(b) &#123;: &#35;id &#125;")
    assert str(text("line\n# not a heading")) == "line &#35; not a heading"
    assert safe_url("https://example.org/a?b=c") == "https://example.org/a?b=c"
    # a quote cannot end the attribute: it is percent-encoded, and the link kept
    assert safe_url('https://x.org/"onmouseover=1') == "https://x.org/%22onmouseover=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.org", "/local",
                "java\tscript:x", None, 3):
        assert safe_url(bad) is None


def test_timeline_home_groups_by_year_and_month(pages):
    home = pages["index.md"]
    assert "## 2020 { #y2020 }" in home
    assert "### July 2020 { #m2020-07 }" in home
    assert "### September 2020 { #m2020-09 }" in home
    assert home.index("Rouhani condemns") < home.index("Iran and Syria sign")
    html = to_html(home)
    assert 'id="m2020-07"' in html
    # the card names the event's outlets once; a claim says its count only where not all reported it
    assert home.count("3 outlets: ") == 1
    assert "reported by all" not in home and "reported by both" not in home
    assert "reported by 2 of the 3 outlets covering this event" in home
    # badges link to the statement in the in-site article and to the original
    assert 'href="articles/000_jpost/#st-s2"' in home
    assert 'href="https://www.jpost.com/middle-east/a-1"' in home
    # context is folded away, and background says no count of the event's outlets: it reports no part of it
    assert "<details class=\"cl-context\">" in home
    context = [line for line in home.splitlines() if "cl-context-item" in line]
    assert context and not any("outlets covering this event" in line for line in context)
    # the density strip: a story of weeks is drawn day by day, each bar a link to its first event's card
    assert '<a xlink:href="./#e-2020-07-01-astana-summit"><title>July 1, 2020: 1 event</title>' in home
    assert home.count("<rect") > 60  # July to September, a bar a day: never one lonely bar
    # filters work without JavaScript: links to outlet, person and tag pages
    assert 'href="outlets/jpost/"' in home and 'href="people/hassan-rouhani/"' in home
    assert 'href="tags/syria/"' in home


def test_event_page_sets_wordings_side_by_side_with_a_word_diff(pages):
    page = pages["events/2020-07-08-military-agreement.md"]
    assert '<ins class="cl-word">Ayyoub said rebel</ins> groups are part of the Israeli aggression.' in page
    assert '<ins class="cl-word">&#34;Terrorist</ins> groups' in page
    assert "weekday of the publication date" in page
    assert '<script type="application/ld+json">' in page
    ld = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "</" not in ld and "<script" not in ld
    assert '"@type":"Claim"' in ld and '"appearance":[' in ld
    data = json.loads(ld)
    assert data["@type"] == "Event" and data["startDate"] == "2020-07-08"
    signed = next(c for c in data["subjectOf"] if c["text"].startswith("Syria and Iran signed"))
    assert len(signed["appearance"]) == 3  # one per outlet
    assert all("javascript" not in a.get("url", "") for a in signed["appearance"])
    assert "Sources" in page and 'href="../../articles/003_iranpress/"' in page


def test_event_page_has_a_who_reported_what_table(pages):
    page = pages["events/2020-07-08-military-agreement.md"]
    table = page.split("## Who reported what")[1].split("## Claims")[0]
    assert table.count("<tr") == 1 + 3  # the header and one row per claim
    assert '<a href="#c-c-evil">' in table
    assert table.count('class="cl-single-row"') == 1  # the claim only the hostile outlet gave


def test_numbers_that_differ_are_marked(pages):
    html = worddiff.inline_diff("Israel has carried out dozens of airstrikes.", "Israel carried out 12 airstrikes.")
    assert '<ins class="cl-num">12</ins>' in html
    assert worddiff.numbers_differ("12 airstrikes", "dozens of airstrikes")
    assert not worddiff.numbers_differ("12 airstrikes", "12 strikes")
    event = pages["events/2020-07-08-military-agreement.md"]
    assert '<mark class="cl-num">12 airstrikes</mark>' in event  # the figure with what it counts
    assert '<mark class="cl-num">dozens</mark>' in event  # "of" counts nothing


def test_word_diff_keeps_the_outlets_text_exactly():
    a = 'rebel groups are "part of the Israeli aggression,"'
    b = '"Terrorist groups are part of the Israeli aggression."'
    html = str(worddiff.inline_diff(a, b))
    plain = re.sub(r"<[^>]+>", "", html).replace("&#34;", '"')
    assert plain == b
    assert not worddiff.differs("Terrorist groups", "terrorist  groups!")
    assert worddiff.differs("rebel groups", "Terrorist groups")


def test_article_page_marks_statements_dates_and_boilerplate(pages):
    page = pages["articles/000_jpost.md"]
    assert '<span class="cl-st cl-boilerplate cl-boiler" id="st-s1"' in page
    assert '<span class="cl-st cl-claim" id="st-s2"' in page
    assert 'tabindex="0"' in page and 'role="tooltip"' in page
    assert "weekday of the publication date (Wed 2020-07-08)" in page
    assert '<span class="cl-st cl-context" id="st-s4"' in page
    iran = pages["articles/003_iranpress.md"]
    assert "publication date inferred" in iran
    assert "\n# Syria and Iran signed an agreement" in iran  # no title: its headline stands in


def test_outlet_page_and_coverage_matrix(pages):
    jpost = pages["outlets/jpost.md"]
    assert "Iran commits to improve Syrian air defenses" in jpost
    index = pages["outlets/index.md"]
    assert index.count('<tr class="cl-single-row">') == 1  # Rouhani: one outlet only
    assert '<th scope="col">Iran Press</th>' in index


def test_person_page_lists_quotes_over_time_and_names(pages):
    page = pages["people/ali-abdullah-ayyoub.md"]
    assert "Also written as" in page and "Ali Ayyoub" in page
    assert page.index("rebel groups") < page.index("Terrorist groups")
    assert "direct quote" in page


def test_dates_shown_at_their_precision_and_locale():
    assert datelabel.label("2020-07-08", "day") == "July 8, 2020"
    assert datelabel.label("2020-07", "month") == "July 2020"
    assert datelabel.label("2020-Q3", "quarter") == "Q3 2020"
    assert datelabel.label("2020", "year") == "2020"
    assert datelabel.label("201", "decade") == "the 2010s"
    assert datelabel.label("2020-W28", "week") == "week of July 6, 2020"
    assert datelabel.label("PAST_REF", "vague") == "in the past"
    assert datelabel.label("2020-07-08", "day", "fr") == "8 juillet 2020"
    assert datelabel.label("2020-07", "month", "de") == "Juli 2020"
    assert datelabel.label("2020-07-08", "day", "xx-nonsense") == "July 8, 2020"
    assert datelabel.label("2020-W28-WE", "week") == "weekend of July 11, 2020"
    assert datelabel.label("2020-SU", "season") == "summer 2020"
    # the words around a week, season or decade are the site's language too
    assert datelabel.label("2020-W28", "week", "fr") == "semaine du 6 juillet 2020"
    assert datelabel.label("2020-SU", "season", "de") == "Sommer 2020"
    assert datelabel.label("201", "decade", "es") == "los años 2010"
    assert datelabel.label("PAST_REF", "vague", "fr") == "par le passé"


@pytest.mark.parametrize(("earlier", "later"), [
    ("2020-06-30", "2020-W28"),  # week 28 starts on Monday July 6, not January 1
    ("2020-W28", "2020-07-07"),
    ("2020-05-31", "2020-SU"),  # summer: June to August
    ("2020-SU", "2020-06-02"),
    ("2020-06-30", "2020-Q3"),  # Q3 starts in July
    ("2020-Q3", "2020-07-02"),
    ("2020-07-01", "2020-07"),  # one start: the finer first
    ("2020-07", "2020-Q3"),
    ("2020-06", "2020-SU"),
    ("2020-06-01", "2020-W23"),  # W23 starts on Monday June 1
    ("2019-12-29", "2020-W01"),  # ISO week 1 of 2020 starts on December 30, 2019
    ("2020-01-01", "2020"),
    ("2020", "2020-01-02"),
    ("2010-01-01", "201"),  # the 2010s
    ("2020-12-31", "PAST_REF"),  # undated last
])
def test_every_timex_value_sorts_by_its_real_start(earlier, later):
    assert timex.sort_key(earlier) < timex.sort_key(later)


def test_values_start_on_their_first_day():
    assert timex.start("2020-W28") == (2020, 7, 6)
    assert timex.start("2020-SU") == (2020, 6, 1)
    assert timex.start("2020-Q3") == (2020, 7, 1)
    assert timex.start("2020-W01") == (2019, 12, 30)
    assert timex.start("2020") == (2020, None, None)
    assert timex.start("PAST_REF") == (None, None, None)
    assert timex.iso_date("2020-W28") == "2020-07-06"
    assert timex.iso_date("2020-FA") == "2020-09-01"


def test_weeks_seasons_and_quarters_are_filed_by_their_first_day():
    home = render_pages(make_coarse_timeline(), {"site_name": "Demo"})["index.md"]
    headings = [line for line in home.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Sometime in 2020 { #y2020-any }", "### June 2020 { #m2020-06 }",
        "### Summer 2020 { #m2020-06-season }", "### July 2020 { #m2020-07 }",
        "### Q3 2020 { #m2020-07-quarter }", "### September 2020 { #m2020-09 }",
    ]
    order = [home.index(f'href="events/{eid}/"') for eid in (
        "2020-event", "2020-06-15-day", "2020-su-summer", "2020-07-01-astana-summit", "2020-07-july",
        "2020-w28-week", "2020-07-08-military-agreement", "2020-q3-third-quarter", "2020-09-evil")]
    assert order == sorted(order)
    # the week is July's, under its own month; the strip (a bar a week: June to September) links
    # each bar to its first event's card; a year alone is not drawn
    july = home[home.index("### July 2020"):home.index("### Q3 2020")]
    assert "week of July 6, 2020" in july
    assert '<a xlink:href="./#e-2020-06-15-day"><title>week of June 15, 2020: 1 event</title>' in home
    assert '<a xlink:href="./#e-2020-07-01-astana-summit"><title>week of June 29, 2020: 1 event</title>' in home
    # July and Q3 begin on Wednesday 1 July: drawn in the first week that starts in July, not June's
    assert '<a xlink:href="./#e-2020-07-july"><title>week of July 6, 2020: 4 events</title>' in home
    event = render_pages(make_coarse_timeline(), {"site_name": "Demo"})["events/2020-su-summer.md"]
    assert '<a href="../../#e-2020-su-summer">' in event


def test_language_from_the_theme_formats_dates():
    pages = render_pages(make_timeline(), {"site_name": "Demo", "theme": {"language": "fr"}})
    assert "8 juillet 2020" in pages["events/2020-07-08-military-agreement.md"]


def _many(n: int):
    t = make_timeline()
    base = t.events[1]
    events = []
    for i in range(n):
        y, m = 2018 + i // 24, (i % 12) + 1
        day = f"{y}-{m:02d}-{(i % 27) + 1:02d}"
        events.append(replace(base, id=f"ev-{i:04d}", date=day, title=f"Event {i}",
                              claims=tuple(replace(c, id=f"{c.id}-{i}") for c in base.claims),
                              context=(), editor=()))
    return replace(t, events=tuple(events))


@pytest.mark.slow
def test_long_timelines_are_split_so_no_page_grows_without_bound():
    t = _many(120)
    pages = render_pages(t, SiteOptions(site_name="Big", split_after=20, key_events=10))
    periods = [p for p in pages if p.startswith("timeline/")]
    assert periods  # a page per year, or per month where a year is too long
    home = pages["index.md"]
    assert home.count('<article class="cl-event') == 10  # the key events, no more
    assert all(f'href="{urls.page_url(p)}"' in home for p in periods if "/page-" not in p)  # every period
    counts = [pages[p].count('<article class="cl-event') for p in periods]
    assert sum(counts) == 120 and max(counts) <= 20
    # every event page links back to its card on the page that holds it
    ev = pages["events/ev-0000.md"]
    assert re.search(r'href="\.\./\.\./timeline/2018(-01)?/#e-ev-0000"', ev)


def _salient(t, event_id: str, score: float):
    return replace(t, events=tuple(replace(e, salience=Salience(score, 3, 9, 4, 2, 2)) if e.id == event_id else e
                                   for e in t.events))


@pytest.mark.slow
def test_the_home_page_shows_the_most_salient_events_and_why():
    t = _salient(_salient(_many(120), "ev-0077", 40.0), "ev-0003", 20.0)
    home = render_pages(t, SiteOptions(site_name="Big", split_after=20, key_events=2))["index.md"]
    assert home.count('<article class="cl-event') == 2
    assert home.index("Event 3<") < home.index("Event 77<")  # in time order
    assert "Reported by 3 outlets, 9 articles, 4 headlines or leads, on 2 days, 2 other articles naming its day" in home
    assert "## All periods { #periods }" in home


@pytest.mark.slow
def test_no_page_grows_with_the_timeline():
    """Twice the events, the biggest page stays the same size: long lists go to year pages."""
    small = render_pages(_many(60), SiteOptions(split_after=10))
    big = render_pages(_many(120), SiteOptions(split_after=10))
    assert len(big) > len(small)
    assert max(map(len, big.values())) <= 1.1 * max(map(len, small.values()))
    assert "outlets/jpost/2018.md" in big
    assert 'href="2018/#claims"' in big["outlets/jpost.md"]


def _crowded(n_claims: int, n_events: int):
    """Events of ``n_claims`` claims each, all on one day: a catch-all day of a large corpus."""
    t = make_timeline()
    base = t.events[1]
    claims = [replace(base.claims[i % len(base.claims)], id=f"c{i}") for i in range(n_claims)]
    events = [replace(base, id=f"ev-{k}", title=f"Event {k}",
                      claims=tuple(replace(c, id=f"{c.id}-{k}") for c in claims),
                      editor=()) for k in range(n_events)]
    return replace(t, events=tuple(events))


@pytest.mark.slow
def test_an_event_of_many_claims_and_a_crowded_month_are_paginated():
    pages = render_pages(_crowded(400, 60), SiteOptions(split_after=20))
    event_pages = [p for p in pages if p.startswith("events/ev-0")]
    assert "events/ev-0/page-2.md" in event_pages
    assert all(pages[p].count('class="cl-claimbox"') <= paging.EVENT.items for p in event_pages)
    seen = sum(pages[p].count('class="cl-claimbox"') for p in event_pages)
    assert seen == 400 + len(_crowded(1, 1).events[0].context) * len([p for p in event_pages if "Context" in pages[p]])
    assert '<nav class="cl-pager"' in pages["events/ev-0.md"] and 'rel="next"' in pages["events/ev-0.md"]
    # a card shows a few claims and says how many more the event page holds
    month = [p for p in pages if p.startswith("timeline/")]
    assert all(pages[p].count('<li class="cl-claim"') <= 250 for p in month)
    assert "395 more claims on the event page" in pages[month[0]]
    assert max(len(v) for v in pages.values()) < 400_000


def test_announced_event_and_editor_decisions_are_shown(pages):
    assert "announced" in pages["events/2020-09-evil.md"]
    assert "title chosen by an editor" in pages["events/2020-07-08-military-agreement.md"]


def test_relative_links():
    assert urls.relative("index.md", "events/a.md") == "events/a/"
    assert urls.relative("events/a.md", "articles/b.md") == "../../articles/b/"
    assert urls.relative("events/a.md", "index.md") == "../../"
    assert urls.relative("exports.md", "timeline.json") == "../timeline.json"
    assert urls.relative("events/a.md", "articles/b.md", use_directory_urls=False) == "../articles/b.html"
    assert slugs.slug("000_5efe35e3d0ae01af") == "000_5efe35e3d0ae01af"
    assert slugs.slug("a b") != slugs.slug("a-b") and "/" not in slugs.slug("../../etc")


def test_event_date_how_is_shown_when_an_editor_set_it():
    t = make_timeline()
    ev = replace(t.events[0], editor=("date",))
    t2 = replace(t, events=(ev, *t.events[1:]))
    page = render_pages(t2, {})["events/2020-07-01-astana-summit.md"]
    assert "an editor set this date" in page
    assert isinstance(ev, Event) and isinstance(ev.claims[0].date, EventDate)


# ---------------------------------------------------------------- golden files for the seeds


def test_seed_pages_match_the_expected_markdown(seed_timeline):
    """The whole generated Markdown for content/, diffed against tests/expected/.

    Any change to what the seeds' pages say, whether it comes from a stage or a template,
    fails here until it is accepted on purpose: CLAIMLINE_UPDATE_GOLDEN=1 pytest
    tests/test_pages.py, then review and commit the diff of tests/expected/.
    """
    import hashlib

    from generator.export import render_export

    opts = SiteOptions(site_name="Iran–Syria military agreement, July 2020")
    pages = render_pages(seed_timeline, opts)
    fingerprint = hashlib.sha256(render_export(seed_timeline, "json").encode("utf-8")).hexdigest()
    stamp = EXPECTED / "seed-timeline.sha256"
    if os.environ.get("CLAIMLINE_UPDATE_GOLDEN") == "1":
        for old in EXPECTED.rglob("*.md"):
            old.unlink()
        for path, md_text in pages.items():
            dest = EXPECTED / path
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(md_text, encoding="utf-8")
        stamp.write_text(fingerprint + "\n", encoding="utf-8")
    assert stamp.read_text(encoding="utf-8").strip() == fingerprint, (
        "the seed timeline.json differs from the one tests/expected was written from: "
        "CLAIMLINE_UPDATE_GOLDEN=1 pytest tests/test_pages.py, review the diff, commit")
    expected = {p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8") for p in EXPECTED.rglob("*.md")}
    assert sorted(pages) == sorted(expected), "pages added or missing; see the docstring to update"
    for path in pages:
        if pages[path] != expected[path]:
            diff = "".join(difflib.unified_diff(expected[path].splitlines(True), pages[path].splitlines(True),
                                                f"expected/{path}", f"generated/{path}", n=1))
            pytest.fail(f"{path} differs from tests/expected (CLAIMLINE_UPDATE_GOLDEN=1 to accept):\n{diff[:4000]}")


def test_seed_pages_are_inert_and_name_both_events(seed_timeline):
    pages = render_pages(seed_timeline, {})
    home = pages["index.md"]
    assert "July 1, 2020" in home and "July 8, 2020" in home
    for path, md_text in pages.items():
        problems, _ = scan(to_html(md_text))
        assert problems == [], path


def test_an_empty_timeline_still_makes_a_site():
    from generator.export import FORMATS, render_export
    from generator.model import Timeline

    empty = Timeline(sources=(), articles=(), segments={}, statements={}, entities=(), mentions=(), events=())
    pages = render_pages(empty, {})
    assert sorted(pages) == ["articles/index.md", "exports.md", "index.md", "outlets/index.md",
                             "people/index.md", "tags/index.md"]
    assert "No events yet" in pages["index.md"] and "<nav" not in pages["index.md"]
    for fmt in FORMATS:
        assert render_export(empty, fmt)


@pytest.mark.parametrize("live", [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href=" javascript:alert(1)">x</a>',
    '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
    '<script type="application/ld+json">{"a": "</b><img src=x onerror=alert(1)>"}</script>',
    '<iframe src="https://example.org"></iframe>',
])
def test_the_inertness_check_catches_live_markup(live):
    """The checker the safety tests rely on does fail on live markup."""
    problems, _ = scan(f"<p>before</p>{live}<p>after</p>", allowed_script_srcs=("assets/",))
    assert problems


def test_every_label_in_the_templates_is_in_the_catalogue():
    """A label missing from generator/present/labels.py would stay English on a French site."""
    from generator.present import labels
    from generator.site.pages import templates_dir

    root = Path(__file__).resolve().parents[1]
    sources = [p.read_text(encoding="utf-8") for p in templates_dir().glob("*.j2")]
    sources += [p.read_text(encoding="utf-8") for p in sorted((root / "generator" / "site").glob("*.py"))]
    found = set()
    for src in sources:
        for m in LABEL_CALL.finditer(src):
            for msg in (m.group(2), m.group(4)):
                if msg and ("{" in msg or msg[0].isalpha() or msg[0] in "(●"):
                    found.add(msg.replace("\\'", "'"))
    assert len(found) > 60
    missing = sorted(m for m in found if not labels.known(m))
    assert missing == []


def test_a_claim_is_counted_against_the_outlets_of_its_event_not_of_the_site(pages):
    """Rouhani's claim: Iran Press is the one outlet of the Astana event among the site's three,
    so the claim is not "1 of 3", and not flagged as a claim only one outlet gave."""
    home = pages["index.md"]
    rouhani = home[home.index('id="c-c-rouhani"'):]
    rouhani = rouhani[: rouhani.index("</li>")]
    assert "cl-count" not in rouhani  # the card says who covered the event: no count repeated
    assert "one outlet only" not in rouhani  # true of the event, not a mark against the claim
    evil = home[home.index('id="c-c-evil"'):]
    evil = evil[: evil.index("</li>")]
    assert '<span class="cl-count cl-single">reported by 1 of the 3 outlets covering this event</span>' in evil
    assert "one outlet only" not in evil  # the count says it: tests/test_site_claim_counts.py
    assert "reported by 1 of 3" not in home
    # the event card names who reported it, never "1 of 3 outlets" (as if the others missed it)
    assert " of 3 outlets" not in home
    astana = home[home.index('id="e-2020-07-01-astana-summit"'):]
    assert '</time> · Iran Press</p>' in astana[: astana.index("</article>")]
    agreement = home[home.index('id="e-2020-07-08-military-agreement"'):]
    assert "</time> · 3 outlets: Evil " in agreement[: agreement.index("</article>")]
    # the outlet pages say the same: Iran Press alone covered the Astana event
    iranpress = pages["outlets/iranpress.md"]
    astana = iranpress[iranpress.index("Rouhani condemned sanctions on Syria"):]
    assert "only this outlet" not in astana[: astana.index("</li>")]
    evil = next(v for k, v in pages.items() if k.startswith("outlets/evil") and "only this outlet" in v)
    assert "also:" in evil  # its claim the others reported too


def test_the_claim_count_speaks_each_language():
    for lang, phrases in {
        "de": ("von 2 der 3 Medien gemeldet, die über dieses Ereignis berichten", "3 Medien:"),
        "es": ("publicado por 2 de los 3 medios", "3 medios:"),
        "fr": ("rapporté par 2 des 3 médias couvrant cet événement", "3 médias :"),
    }.items():
        home = render_pages(make_timeline(), {"theme": {"language": lang}})["index.md"]
        for phrase in phrases:
            assert phrase in home, (lang, phrase)


def test_a_french_site_speaks_french():
    pages = render_pages(make_timeline(), {"site_name": "Démo", "theme": {"language": "fr"}})
    home = pages["index.md"]
    assert "rapporté par 2 des 3 médias couvrant cet événement" in home
    assert "3 événements tirés de 3 articles de 3 médias." in home
    assert "Filtrer par média, personne ou mot-clé" in home
    assert "8 juillet 2020" in home
    event = pages["events/2020-07-08-military-agreement.md"]
    assert "## Qui a rapporté quoi { #who data-search-exclude=\"\" }" in event and "Dans l&#39;article" in event
    # a language without a catalogue falls back to English labels, with its own dates
    pt = render_pages(make_timeline(), {"theme": {"language": "pt"}})["index.md"]
    assert "reported by 2 of the 3 outlets covering this event" in pt and "8 de julho de 2020" in pt


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_text_comes_out_as_exactly_that_text(s):
    """Whatever an article says, a page shows it as it was written and nothing runs."""
    html = to_html(f'<p class="x">{text(s)}</p>\n\nafter *{text(s)}* [{text(s)}](https://example.org)\n')
    problems, visible = scan(html)
    assert problems == []
    expected = " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", s).split())
    assert " ".join(visible.split()).startswith(expected)


def test_a_statement_an_editor_hid_is_no_quote_anywhere_and_greyed_in_its_article(tmp_path):
    import shutil

    from generator.content.load import load_corpus
    from generator.export import render_export
    from generator.pipeline import run

    from .conftest import CONTENT

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    hidden = "003_7ec76ce6e3ea2a69#s12"  # Baqeri: "The people and countries of the region do not welcome ..."
    (content / "overrides.yml").write_text(f"hide:\n  - '{hidden}'\n", encoding="utf-8")
    timeline = run(load_corpus(content))
    quote = next(s for s in timeline.statements["003_7ec76ce6e3ea2a69"] if s.id == hidden)
    assert quote.hidden and quote.speaker == "mohammad-baqeri"
    words = "do not welcome the presence"
    pages = render_pages(timeline, {"site_name": "Demo"})
    for path, page in pages.items():
        if not path.startswith("articles/003_"):
            assert words not in page, path  # not a quote on Baqeri's page, nor a claim on any event
    article = pages[next(p for p in pages if p.startswith("articles/003_"))]
    assert '<span class="cl-st cl-hidden cl-boiler" id="st-s12"' in article  # greyed like page furniture
    after = article[article.index('id="st-s12"'):]  # and said in words, right after it
    assert after.index('<span class="cl-flag cl-flag-hidden">hidden by an editor</span>') < after.index('id="st-s13"')
    assert words not in render_export(timeline, "csv")


def test_json_ld_headline_is_cut_between_words():
    from generator.site.jsonld import headline

    long = ("Syrian Defense Minister and the Chief of Staff of the Armed Forces of the Islamic Republic of Iran "
            "signed an agreement")
    cut = headline(long)
    assert len(cut) <= 110 and cut.endswith("…")
    assert long.startswith(cut[:-1]) and long[len(cut) - 1] == " "  # the word before the ellipsis is whole
    assert headline("Short and whole") == "Short and whole"
    assert headline("x" * 200) == "x" * 109 + "…"  # one long word: cut, but still marked


def test_json_ld_gives_an_untitled_article_the_title_its_page_has(seed_timeline):
    pages = render_pages(seed_timeline, {"site_name": "Demo"})
    untitled = next(a for a in seed_timeline.articles if not a.title)
    page_title = pages[urls.article_src(untitled.id)].split("\n# ", 1)[1].split("\n", 1)[0]
    seen = 0
    for path, page in pages.items():
        if not path.startswith("events/"):
            continue
        data = json.loads(page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0])
        for claim in data["subjectOf"]:
            for ap in claim["appearance"]:
                assert len(ap["headline"]) <= 110
                if ap["publisher"]["name"] == "Iran Press":  # the article page's own title, cut to 110
                    assert text(ap["headline"]) == text(jsonld.headline(html.unescape(page_title)))
                    seen += 1
    assert seen


def test_a_person_with_no_role_and_an_outlet_with_no_country_have_no_stray_separator():
    from pathlib import Path

    from generator.pipeline import build_timeline

    pages = render_pages(build_timeline(Path(__file__).parent / "fixtures" / "clause-subjects"), {"site_name": "Flood"})
    heads = [next((line for line in text.splitlines() if line.startswith('<p class="cl-meta"')), None)
             for src, text in pages.items() if src.startswith(("people/", "outlets/"))]  # each page's own line
    metas = [m for m in heads if m is not None]
    assert metas and not any(re.search(r'cl-meta"[^>]*>\s*·', m) for m in metas), metas
    assert all("data-search-exclude" in m for m in metas)  # " · person" is no text to search
