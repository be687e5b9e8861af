"""How the site reads: pages cut to a bounded height, the density strip's unit, whole quotes on
person pages, one card an outlet, one tab title, search fed titles, claims and names only."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from markupsafe import Markup

from generator.model import Article, Event, Statement
from generator.present import urls
from generator.site import density, paging, quotes
from generator.site.pages import render_pages

from .timeline_fixture import make_timeline

# ---------------------------------------------------------------- paging


def test_a_list_is_cut_by_entries_and_by_height() -> None:
    budget = paging.Budget(items=3, weight=10)
    assert paging.cut(list(range(7)), budget) == [[0, 1, 2], [3, 4, 5], [6]]
    heavy = [2, 9, 9, 1, 1]  # a 9 and another 9 do not share a page of 10
    assert paging.cut(heavy, budget, weight=lambda x: x) == [[2], [9], [9, 1], [1]]
    assert paging.cut([50], budget, weight=lambda x: x) == [[50]]  # too heavy alone: a page of its own
    assert paging.cut([], budget) == [[]]


def test_page_one_keeps_the_list_address_and_the_rest_follow_it() -> None:
    pages = paging.paginate("events/x.md", list(range(5)), paging.Budget(items=2, weight=99))
    assert [p.src for p in pages] == ["events/x.md", "events/x/page-2.md", "events/x/page-3.md"]
    assert [p.number for p in pages] == [1, 2, 3] and all(p.count == 3 for p in pages)
    assert pages[2].items == [4]


# ---------------------------------------------------------------- density strip


def _at(date: str, precision: str = "day") -> Event:
    return Event(f"e-{date}", date, precision, "test", date, ())


def _bars(events: list[Event]) -> str:
    return str(density.strip(events, lambda e: f"#{e.id}", "en"))


def test_a_story_of_weeks_is_drawn_day_by_day_over_whole_months() -> None:
    svg = _bars([_at("2031-07-01"), _at("2031-07-08")])
    assert "Events per day from July 1, 2031 to July 31, 2031" in svg
    assert svg.count("<rect") == 31  # one bar a day, the empty ones too: never one lonely bar
    assert '<a xlink:href="#e-2031-07-08"><title>July 8, 2031: 1 event</title>' in svg


def test_a_year_is_drawn_week_by_week_and_a_long_story_month_by_month() -> None:
    assert "Events per week" in _bars([_at("2031-01-05"), _at("2031-11-20")])
    svg = _bars([_at("2025-03-02"), _at("2031-11-20"), _at("2031")])  # a year alone is not drawn
    assert "Events per month" in svg and "2 events" in svg
    assert _bars([_at("2031")]) == ""


def test_an_event_known_to_its_month_is_drawn_in_a_week_of_that_month() -> None:
    # 1 September 2024 is a Sunday: the week holding it starts on 26 August
    svg = _bars([_at("2024-03-11"), _at("2024-09", "month")])
    assert "Events per week from March 11, 2024 to September 8, 2024" in svg
    assert "<title>week of September 2, 2024: 1 event</title>" in svg
    assert "week of August 26, 2024: 1 event" not in svg


def test_the_strips_title_ends_on_the_last_day_its_bars_cover() -> None:
    assert "Events per week from January 1, 2029 to November 25, 2029" in _bars([_at("2029-01-05"),
                                                                                _at("2029-11-20")])
    assert "Events per month from January 1, 2025 to December 31, 2031" in _bars([_at("2025-03-02"),
                                                                                 _at("2031-11-20")])


# ---------------------------------------------------------------- quotes on person pages


def _article(body: str) -> tuple[Article, list[Statement]]:
    a = Article("a1", "articles/a1.md", "gazette", "T", None, datetime(2031, 3, 4, tzinfo=UTC), None, False, body, 5)
    stmts, pos = [], 0
    for k, sentence in enumerate(body.split("\n")):
        stmts.append(Statement(f"a1#s{k}", "a1", pos, pos + len(sentence), sentence, "quote", k, speaker="mayor"))
        pos += len(sentence) + 1
    return a, stmts


def test_a_quote_of_several_sentences_is_shown_whole() -> None:
    a, stmts = _article('"We will rebuild the bridge.\nIt will take a year," said Mayor Lind.\nThe council met.')
    said = quotes.passages([stmts[1]], {"a1": a}, lambda _aid: quotes.sentence_spans(stmts))
    assert [s.text for s in said] == ['"We will rebuild the bridge. It will take a year," said Mayor Lind.']


def test_clauses_of_one_sentence_are_shown_once_as_the_sentence() -> None:
    body = "Lind said the bridge would reopen and that tolls would stay."
    a = Article("a1", "p", "gazette", None, None, None, None, False, body, 1)
    cut = body.index(" and that")
    stmts = [Statement("a1#s1.1", "a1", 0, cut, body[:cut], "claim", 1, speaker="mayor"),
             Statement("a1#s1.2", "a1", cut + 1, len(body), body[cut + 1:], "claim", 1, speaker="mayor")]
    said = quotes.passages(stmts, {"a1": a}, lambda _aid: quotes.sentence_spans(stmts))
    assert [s.text for s in said] == [body]


def test_a_quote_never_reaches_into_a_sentence_an_editor_hid() -> None:
    a, stmts = _article('"We will rebuild the bridge.\nIt will take a year," said Mayor Lind.')
    stmts[1] = replace(stmts[1], hidden=True)
    said = quotes.passages([stmts[0]], {"a1": a}, lambda _aid: quotes.sentence_spans(stmts))
    assert "take a year" not in said[0].text and said[0].text.count('"') == 2  # closed, not widened


# ---------------------------------------------------------------- pages


def test_the_home_page_tab_names_the_site_once() -> None:
    pages = render_pages(make_timeline(), {"site_name": "Demo"})
    assert not pages["index.md"].startswith("---\ntitle:")  # Material names the home tab after the site alone
    assert pages["events/2020-07-08-military-agreement.md"].startswith("---\ntitle: ")


def test_search_indexes_titles_claims_and_names_not_lists_or_furniture() -> None:
    pages = render_pages(make_timeline(), {"site_name": "Demo"})
    excluded = [src for src, md in pages.items() if "search:\n  exclude: true" in md.split("\n---\n", 1)[0]]
    assert "index.md" in excluded and "tags/index.md" in excluded and "exports.md" in excluded
    assert not any(src.startswith(("events/", "people/")) for src in excluded)
    article = pages["articles/000_jpost.md"]
    assert '<div class="cl-text" lang="en" data-search-exclude>' in article  # its text: claims are on events
    event = pages["events/2020-07-08-military-agreement.md"]
    assert '{ #who data-search-exclude="" }' in event and '<p class="cl-meta" data-search-exclude>' in event


def test_an_outlet_that_said_a_claim_twice_shows_one_card_and_links_the_other() -> None:
    t = make_timeline()
    event = t.events[1]
    claim = event.claims[0]
    iran = next(s for s in claim.statements if s.startswith("003_"))
    again = next(s for s in t.statements["003_iranpress"] if s.kind == "claim" and s.id != iran)
    twice = replace(claim, statements=(*claim.statements, again.id))
    t = replace(t, events=(t.events[0], replace(event, claims=(twice, *event.claims[1:])), *t.events[2:]))
    page = render_pages(t, {"site_name": "Demo"})["events/2020-07-08-military-agreement.md"]
    box = page[page.index(f'id="c-{claim.id}"'):]
    box = box[: box.index("</section>")]
    assert box.count("<figcaption") == len(set(claim.sources))
    assert "said again in the same article" in box


def test_only_entities_who_said_something_have_a_page() -> None:
    t = make_timeline()
    pages = render_pages(t, {"site_name": "Demo"})
    speakers = urls.speakers(t.statements.values())
    named_only = [e for e in t.entities if e.id not in speakers]
    assert speakers and all(urls.entity_src(e.id) in pages for e in t.entities if e.id in speakers)
    assert all(urls.entity_src(e.id) not in pages for e in named_only)
    if named_only:
        assert f"<li>{Markup.escape(named_only[0].name)}" in pages["people/index.md"]


def test_the_who_reported_what_legend_separates_its_marks_without_a_dot() -> None:
    """The "not reported" mark is a dot: separated by " · ", the legend read "· · not reported"."""
    pages = render_pages(make_timeline(), {"site_name": "Demo"})
    legend = ("● reported by this outlet and others; ◆ reported by this outlet only; · not reported.</caption>")
    for src in ("events/2020-07-08-military-agreement.md", "outlets/index.md"):
        assert legend in pages[src] and "· ·" not in pages[src]
    french = render_pages(make_timeline(), {"site_name": "Demo", "theme": {"language": "fr"}})
    assert "; · non rapporté.</caption>" in french["events/2020-07-08-military-agreement.md"]


def test_no_css_content_loses_its_space_to_an_escape() -> None:
    """In CSS a space right after a hex escape ends the escape: "\\25C6 " is the mark alone, glued to
    the claim it flags; a space meant to be shown must be an escape of its own."""
    from pathlib import Path

    css = (Path(__file__).parent.parent / "site_templates" / "assets" / "claimline.css").read_text(encoding="utf-8")
    contents = re.findall(r'content:\s*"([^"]*)"', css)
    assert contents and not [c for c in contents if re.search(r"\\[0-9A-Fa-f]{1,6} $", c)]
    assert '.cl-single-row th[scope="row"]::before { content: "\\25C6\\00A0";' in css


def test_a_card_leads_with_the_claim_most_outlets_reported() -> None:
    """A live blog's first lines ("That's where we leave our live coverage") come first in the event's
    order; the card, a summary, shows the claim all outlets reported first, then the others."""
    t = make_timeline()
    event = t.events[1]
    wide = next(c for c in event.claims if len(set(c.sources)) > 1)
    alone = [replace(wide, id=f"c-alone-{k}", text=f"One outlet's line number {k}.", sources=("jpost",))
             for k in range(6)]
    t = replace(t, events=(t.events[0], replace(event, claims=(*alone, wide)), *t.events[2:]))
    home = render_pages(t, {"site_name": "Demo"})["index.md"]
    card = home[home.index(f'id="e-{event.id}"'):]
    card = card[: card.index("</article>")].split("<details", 1)[0]  # the claims, not the background
    shown = re.findall(r'<li class="cl-claim[^"]*" id="c-([^"]+)"', card)
    assert shown == [wide.id, "c-alone-0", "c-alone-1", "c-alone-2", "c-alone-3"]
    assert "2 more claims on the event page" in card
