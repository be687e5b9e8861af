"""The demo site as a reader uses it: follow links, search, use the keyboard, turn JS off.

Every test here also fails on any console error, uncaught exception, dialog or request to
another host (``Watched.problems()``): the site must work offline and quietly.
"""

from __future__ import annotations

import re

import pytest

from .conftest import VIEWPORT, Watched, watch
from .pages import KINDS, main_page

CONTENT = ".md-content"


def _open(w: Watched, url: str) -> None:
    w.page.goto(url)
    w.page.wait_for_load_state("networkidle")


def _click_through(w: Watched, folder: str) -> str:
    """Click the first in-content link into ``folder``/ and wait until its page is shown."""
    link = w.page.locator(f'{CONTENT} a[href*="{folder}/"]').first
    assert link.count() == 1, f"no link to a {folder}/ page on {w.page.url}"
    href = link.get_attribute("href")
    before = w.page.locator(f"{CONTENT} h1").inner_text()
    link.click()
    w.page.wait_for_url(re.compile(rf"/{folder}/[^/]+/"))
    w.page.wait_for_function(  # instant navigation: the address changes before the page does
        "before => { const h = document.querySelector('.md-content h1'); return h && h.innerText !== before; }",
        arg=before,
    )
    w.page.wait_for_load_state("networkidle")
    assert w.page.locator(f"{CONTENT} h1").count() == 1, f"{w.page.url} (from {href}) has no title"
    return w.page.url


def test_timeline_to_event_to_article_to_outlet(demo_site, watched: Watched) -> None:
    _open(watched, demo_site.url())
    assert watched.page.locator(f"{CONTENT} h1").count() == 1
    visited = [_click_through(watched, folder) for folder in ("events", "articles", "outlets")]
    assert [re.search(r"/(events|articles|outlets)/", url).group(1) for url in visited] == ["events", "articles", "outlets"]
    assert watched.problems() == []


@pytest.mark.parametrize("kind", KINDS)
def test_main_pages_say_nothing_in_the_console(demo_site, watched: Watched, kind: str) -> None:
    _open(watched, demo_site.url(main_page(demo_site.root, kind)))
    assert watched.page.locator(f"{CONTENT} h1").count() == 1
    assert watched.problems() == []


@pytest.mark.parametrize("phrase", ["Astana understandings", "strengthen Syrian air defense"])
def test_search_finds_a_quote(demo_site, watched: Watched, phrase: str) -> None:
    """Material's search box: type words of a quote, see a result holding them."""
    _open(watched, demo_site.url())
    page = watched.page
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # narrow screens: the search box opens from a header button
        page.locator("label.md-header__button[for='__search']").click()
    box.click()
    box.press_sequentially(phrase, delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=15_000)
    texts = " ".join(results.all_inner_texts())
    assert phrase.split()[0].lower() in texts.lower(), texts
    assert watched.problems() == []


def test_search_result_opens_its_page(demo_site, watched: Watched) -> None:
    _open(watched, demo_site.url())
    page = watched.page
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for='__search']").click()
    box.click()
    box.press_sequentially("Bagheri", delay=20)
    first = page.locator(".md-search-result__item a").first
    first.wait_for(state="visible", timeout=15_000)
    first.click()
    page.wait_for_url(re.compile(r"/(events|articles|people|outlets|timeline)/"))
    page.wait_for_load_state("networkidle")
    assert "Bagheri" in page.locator(CONTENT).inner_text()
    assert watched.problems() == []


def test_filter_by_outlet_hides_the_other_events(demo_site, watched: Watched) -> None:
    """The JavaScript filter: choosing an outlet leaves exactly the events it reported."""
    _open(watched, demo_site.url())
    page = watched.page
    page.locator("details#filters > summary").click()
    select = page.locator("select[data-kind='outlets']")
    options = [v for v in select.locator("option").evaluate_all("os => os.map(o => o.value)") if v]
    assert len(options) >= 2, options
    events = page.locator("article.cl-event")
    total = events.count()
    for outlet in options:
        expected = page.locator(f"article.cl-event[data-outlets~='{outlet}']").count()
        select.select_option(outlet)
        assert page.locator("article.cl-event:visible").count() == expected, outlet
        assert page.locator(".cl-filter-status").inner_text() == f"{expected} of {total} events shown"
    select.select_option("")
    assert page.locator("article.cl-event:visible").count() == total
    assert watched.problems() == []


def test_filters_come_back_after_instant_navigation(demo_site, watched: Watched) -> None:
    """Material swaps pages in without reloading; claimline.js must set the filters up again."""
    _open(watched, demo_site.url(main_page(demo_site.root, "event")))
    page = watched.page
    page.evaluate("window.clSamePage = true")
    page.locator(".md-nav--primary a.md-nav__link", has_text="Timeline").first.click()
    page.wait_for_url(demo_site.url())
    assert page.evaluate("window.clSamePage === true"), "the click reloaded the page: no instant navigation"
    page.locator("details#filters > summary").click()
    page.locator("select[data-kind='outlets']").wait_for(state="visible", timeout=5_000)
    assert page.locator("form.cl-filter-js").count() == 1
    assert watched.problems() == []


EXPORTS = {
    "timeline.json": "application/json",
    "feed.xml": "xml",
    "feed.json": "json",
    "timeline.ics": "",
    "timelinejs.json": "json",
    "claims.csv": "",
}


def test_every_export_is_linked_from_the_site_and_served(demo_site, watched: Watched) -> None:
    """From the menu to the Exports page, and each file it links to downloads."""
    _open(watched, demo_site.url())
    page = watched.page
    before = page.locator(f"{CONTENT} h1").inner_text()
    page.locator(".md-nav--primary a.md-nav__link", has_text="Exports").first.click()
    page.wait_for_url(re.compile(r"/exports/$"))
    page.wait_for_function(  # instant navigation: the address changes before the page does
        "before => { const h = document.querySelector('.md-content h1'); return h && h.innerText !== before; }",
        arg=before,
    )
    # An SVG <a> has an SVGAnimatedString href; resolve the attribute itself.
    links = page.locator(f"{CONTENT} a[href]").evaluate_all(
        "as => as.map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
    )
    for name, kind in EXPORTS.items():
        url = next((u for u in links if u.endswith("/" + name)), None)
        assert url, f"the Exports page does not link {name}"
        response = page.request.get(url)
        assert response.ok, f"{url}: {response.status}"
        assert len(response.body()) > 100, url
        assert kind in (response.headers.get("content-type") or ""), (url, response.headers)
    feeds = page.locator("head link[rel=alternate]").evaluate_all("ls => ls.map(l => l.type)")
    assert {"application/atom+xml", "application/feed+json"} <= set(feeds)
    assert watched.problems() == []


def test_dark_mode_toggle_switches_and_is_remembered(demo_site, watched: Watched) -> None:
    _open(watched, demo_site.url())
    page = watched.page
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.get_by_title("Switch to dark mode").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    _click_through(watched, "events")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.reload()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert watched.problems() == []


def test_context_is_folded_away_until_opened(demo_site, watched: Watched) -> None:
    _open(watched, demo_site.url())
    context = watched.page.locator("details.cl-context").first
    assert context.count() == 1, "the demo timeline has no folded context"
    assert context.get_attribute("open") is None
    context.locator("summary").click()
    assert context.get_attribute("open") is not None


def test_focusing_a_date_shows_how_it_was_read(demo_site, watched: Watched) -> None:
    """On an article page, a date reached by keyboard shows its resolution as a tooltip."""
    _open(watched, demo_site.url(main_page(demo_site.root, "article")))
    page = watched.page
    date = page.locator(f"{CONTENT} .cl-date[tabindex='0']").first
    tip = page.locator(f"#{date.get_attribute('aria-describedby')}")
    assert not tip.is_visible()
    date.focus()
    assert tip.is_visible()
    assert re.search(r"\b20\d\d\b", tip.inner_text()), tip.inner_text()
    page.keyboard.press("Tab")
    assert watched.problems() == []


def test_keyboard_reaches_an_event_and_opens_it(demo_site, watched: Watched) -> None:
    """Tab from the top of the timeline reaches an event link, shown focused; Enter opens it."""
    page = watched.page
    _open(watched, demo_site.url())
    for _ in range(200):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement && document.activeElement.getAttribute('href')")
        inside = page.evaluate(f"!!document.activeElement.closest('{CONTENT}')")
        if href and "events/" in href and inside:
            break
    else:
        pytest.fail("200 presses of Tab never reached a link to an event")
    look = ("el => { const s = getComputedStyle(el);"
            " return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.color,"
            " s.backgroundColor, s.textDecorationLine, s.textDecorationThickness]; }")
    focused = page.evaluate(f"({look})(document.activeElement)")
    page.evaluate("document.activeElement.setAttribute('data-cl-focused', '')")
    page.evaluate("document.activeElement.blur()")
    unfocused = page.evaluate(f"({look})(document.querySelector('[data-cl-focused]'))")
    assert focused != unfocused, f"a focused link looks like any other (WCAG 2.4.7): {focused}"
    page.locator("[data-cl-focused]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/events/[^/]+/"))
    assert watched.problems() == []


def test_on_a_phone_the_menu_and_search_work(demo_site, browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        w = watch(context)
        _open(w, demo_site.url())
        page = w.page
        page.locator("label.md-header__button[for='__drawer']").click()
        outlets = page.locator(".md-nav--primary a.md-nav__link", has_text="Outlets").first
        outlets.wait_for(state="visible")
        outlets.click()
        page.wait_for_url(re.compile(r"/outlets/$"))
        page.locator("label.md-header__button[for='__search']").click()
        box = page.locator("input.md-search__input")
        box.wait_for(state="visible")
        box.press_sequentially("Astana", delay=20)
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=15_000)
        assert w.problems() == []
    finally:
        context.close()


MARK_FOCUSABLE = """() => {
    const sel = 'a[href], summary, select, input, button, [tabindex]:not([tabindex="-1"])';
    const els = [...document.querySelector('.md-content').querySelectorAll(sel)]
        .filter(el => el.checkVisibility({visibilityProperty: true}));  // not in a closed <details>
    els.forEach((el, i) => el.setAttribute('data-cl-k', String(i)));
    return els.length;
}"""


@pytest.mark.parametrize("kind", KINDS)
def test_every_control_in_the_page_is_reached_by_tab(demo_site, watched: Watched, kind: str) -> None:
    """Tab walks through every visible link, date and control of the content, none skipped."""
    page = watched.page
    _open(watched, demo_site.url(main_page(demo_site.root, kind)))
    total = page.evaluate(MARK_FOCUSABLE)
    assert total > 3
    reached: set[str] = set()
    for _ in range(total * 3 + 100):
        page.keyboard.press("Tab")
        k = page.evaluate("document.activeElement && document.activeElement.getAttribute('data-cl-k')")
        if k is not None:
            reached.add(k)
        if len(reached) == total:
            break
    missed = sorted(set(map(str, range(total))) - reached, key=int)
    names = [page.locator(f"[data-cl-k='{k}']").evaluate("el => el.outerHTML.slice(0, 120)") for k in missed[:5]]
    assert missed == [], f"{len(missed)} of {total} never reached by Tab, e.g. {names}"
    assert watched.problems() == []


def test_timeline_reads_without_javascript(demo_site, browser) -> None:
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=False)
    try:
        w = watch(context)
        w.page.goto(demo_site.url())
        content = w.page.locator(CONTENT)
        assert content.locator("h1").count() == 1
        events = content.locator('a[href*="events/"]')
        assert events.count() >= 1, "no event on the timeline without JavaScript"
        assert events.first.is_visible()
        text = content.inner_text()
        assert re.search(r"\b20\d\d\b", text), "no date on the timeline without JavaScript"
        href = events.first.get_attribute("href")
        events.first.click()
        w.page.wait_for_url(re.compile(r"/events/[^/]+/"))
        assert w.page.locator(f"{CONTENT} h1").count() == 1, f"event page {href} unreadable without JS"
        assert w.problems() == []
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["event", "article", "outlet", "person"])
def test_main_pages_read_without_javascript(demo_site, browser, kind: str) -> None:
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=False)
    try:
        w = watch(context)
        w.page.goto(demo_site.url(main_page(demo_site.root, kind)))
        content = w.page.locator(CONTENT)
        assert content.locator("h1").count() == 1
        assert len(content.inner_text()) > 300, f"the {kind} page is nearly empty without JavaScript"
        assert content.locator("a[href]").count() >= 2
        if kind == "article":  # the dates still explain themselves on focus: CSS, not script
            date = content.locator(".cl-date[tabindex='0']").first
            date.focus()
            assert w.page.locator(f"#{date.get_attribute('aria-describedby')}").is_visible()
        assert w.problems() == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_main_pages(demo_site, browser, screenshots, scheme: str) -> None:
    """The pictures in the README, taken from the built demo site."""
    context = browser.new_context(viewport=VIEWPORT, color_scheme=scheme)
    try:
        w = watch(context)
        for kind in KINDS if scheme == "light" else ("timeline", "event"):
            _open(w, demo_site.url(main_page(demo_site.root, kind)))
            name = kind if scheme == "light" else f"{kind}-dark"
            w.page.screenshot(path=str(screenshots / f"{name}.png"), animations="disabled", caret="hide")
            assert (screenshots / f"{name}.png").stat().st_size > 10_000
            if kind == "event" and scheme == "light":  # and its claims: each outlet's wording side by side
                w.page.evaluate("document.getElementById('claims').scrollIntoView()")
                w.page.screenshot(path=str(screenshots / "event-claims.png"), animations="disabled", caret="hide")
                assert (screenshots / "event-claims.png").stat().st_size > 10_000
        assert w.problems() == []
    finally:
        context.close()
