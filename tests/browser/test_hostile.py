"""Untrusted text stays text: a site built from ``hostile_content/`` runs none of it.

Every field of that content (outlet name and URL, headline, byline, tags, body, quotes,
entity names and roles) carries a script, an event handler, a ``javascript:`` link or
Markdown/Jinja syntax, each with its own ``alert(n)`` so a failure names the field. Every
page of the built site is opened; no dialog may open, no element may carry an inline event
handler or a ``javascript:`` address, and the text must read literally.
"""

from __future__ import annotations

import pytest

from .conftest import Watched
from .pages import all_pages, main_page

INJECTED = """() => {
    const bad = [];
    for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
            const n = a.name.toLowerCase(), v = a.value.trim().toLowerCase();
            if (n.startsWith('on') && /alert/.test(v)) bad.push(`${el.tagName} ${n}=${a.value}`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(n) && v.startsWith('javascript:'))
                bad.push(`${el.tagName} ${n}=${a.value}`);
        }
    }
    for (const s of document.querySelectorAll('script')) {
        if (/alert\\(/.test(s.textContent) && s.type !== 'application/ld+json' && s.type !== 'application/json')
            bad.push('SCRIPT ' + s.textContent.slice(0, 80));
    }
    return bad;
}"""


TOUCH_EVERYTHING = """() => {
    for (const el of document.querySelectorAll('main a, main [title], main [tabindex], main img, main svg *')) {
        el.focus();
        for (const type of ['mouseover', 'mouseenter', 'mousemove'])
            el.dispatchEvent(new MouseEvent(type, {bubbles: true}));
    }
}"""


def test_no_page_runs_injected_code(hostile_site, watched: Watched) -> None:
    pages = all_pages(hostile_site.root)
    assert len(pages) >= 5, pages
    page = watched.page
    for path in pages:
        page.goto(hostile_site.url(path))
        page.wait_for_load_state("networkidle")  # let Material's scripts settle before touching
        # focus and hover everything that takes it, for handlers that wait for a reader
        page.evaluate(TOUCH_EVERYTHING)
        assert page.evaluate(INJECTED) == [], f"/{path}"
    assert watched.dialogs == []
    assert watched.page_errors == []


@pytest.mark.parametrize("kind", ["timeline", "event", "article", "outlet", "person"])
def test_hostile_text_reads_literally(hostile_site, watched: Watched, kind: str) -> None:
    path = main_page(hostile_site.root, kind)
    watched.page.goto(hostile_site.url(path))
    watched.page.wait_for_load_state("networkidle")
    text = watched.page.locator(".md-content").inner_text()
    assert "<script>alert(" in text, f"/{path} lost the literal <script> text"
    assert "{{ 7*7 }}" in text, f"/{path} lost the literal {{{{ 7*7 }}}}"
    assert watched.dialogs == []


def test_the_article_keeps_every_trick_as_text(hostile_site, watched: Watched) -> None:
    path = next(p for p in all_pages(hostile_site.root) if p.startswith("articles/hostile-evil-wire"))
    watched.page.goto(hostile_site.url(path))
    text = watched.page.locator(".md-content").inner_text()
    for literal in (
        "<script>alert(6)</script>",
        "<img src=x onerror=alert(7)>",
        '{: onclick="alert(10)" }',
        "{% raw %}",
        "{{ 7*7 }}",
    ):
        assert literal in text, f"/{path} does not show {literal!r} as text"
    # the article's own Markdown (a link, bold, code) shows its words, not its syntax, and is never made live
    for words in ("click me", " not bold ", " not code."):
        assert words in text, f"/{path} does not show {words!r}"
    assert "javascript:alert(9)" not in text
    assert watched.page.locator(".md-content a[href^='javascript']").count() == 0
    assert watched.page.locator(".md-content strong:text('not bold')").count() == 0
    assert watched.page.locator(".md-content code:text('not code')").count() == 0
    assert watched.dialogs == []
