"""How a claim one outlet alone reported is marked: once ("reported by 1 of the 2 outlets
covering this event", not that and "one outlet only" too), and apart from the claim's text by
a space, which is how screen readers and text views read it. Fictional outlets and town."""

from __future__ import annotations

import re
from html import unescape

from generator.model import Article, Claim, Event, EventDate, Source, Statement, Timeline
from generator.site.pages import render_pages

TIMES = "The quay at Orrin closed on Monday.\nThe ferry stopped at the harbour.\nThe quay was built in 1901.\n"
COURIER = "Orrin closed its quay on Monday.\n"
DAY = EventDate("2024-03-04", "day", "publication date")


def _stmt(article: str, body: str, n: int, text: str, kind: str = "claim") -> Statement:
    start = body.index(text)
    return Statement(id=f"{article}#s{n}", article=article, start=start, end=start + len(text), text=text,
                     kind=kind, sentence=n, event_date=DAY if kind == "claim" else None)


def _article(aid: str, source: str, body: str) -> Article:
    return Article(id=aid, path=f"articles/{aid}.txt", source=source, title=None, url=None, published=None,
                   published_text=None, published_has_time=False, body=body, body_line=1)


def _pages() -> dict[str, str]:
    closed = Claim("c-closed", "The quay at Orrin closed.", ("times#s1", "courier#s1"), ("courier", "times"),
                   date=DAY)
    ferry = Claim("c-ferry", "The ferry stopped at the harbour.", ("times#s2",), ("times",),
                  flags=("single_source",), date=DAY)
    built = Claim("c-built", "The quay was built in 1901.", ("times#s3",), ("times",), flags=("single_source",))
    t = Timeline(
        sources=(Source("courier", "Valley Courier"), Source("times", "Orrin Times")),
        articles=(_article("courier", "courier", COURIER), _article("times", "times", TIMES)),
        segments={},
        statements={"times": (_stmt("times", TIMES, 1, "The quay at Orrin closed on Monday."),
                              _stmt("times", TIMES, 2, "The ferry stopped at the harbour."),
                              _stmt("times", TIMES, 3, "The quay was built in 1901.", "context")),
                    "courier": (_stmt("courier", COURIER, 1, "Orrin closed its quay on Monday."),)},
        entities=(),
        mentions=(),
        events=(Event("2024-03-04-quay", "2024-03-04", "day", DAY.how, "The quay at Orrin closes",
                      (closed, ferry), (built,)),),
    )
    return render_pages(t)


def _item(page: str, cid: str) -> str:
    item = page[page.rindex("<li", 0, page.index(f'id="{cid}"')):]
    return item[: item.index("</li>")]


def _as_text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def test_single_outlet_claim_says_so_once():
    home = _pages()["index.md"]
    ferry = _item(home, "c-c-ferry")
    assert '<span class="cl-count cl-single">reported by 1 of the 2 outlets covering this event</span>' in ferry
    assert "one outlet only" not in ferry


def test_single_outlet_background_keeps_its_flag():
    """Background shows no count (it is no report of the event's), so the flag is what says it."""
    home = _pages()["index.md"]
    built = _item(home, "c-c-built")
    assert "cl-count" not in built
    assert '<span class="cl-flag cl-flag-single-source">one outlet only</span>' in built


def test_count_span_is_apart_from_the_claim_text():
    ferry = _item(_pages()["index.md"], "c-c-ferry")
    assert 'harbour.</span> <span class="cl-meta" data-search-exclude>' in ferry
    assert _as_text(ferry) == "The ferry stopped at the harbour. reported by 1 of the 2 outlets covering this event Orrin Times"
