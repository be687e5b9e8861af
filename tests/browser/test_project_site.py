"""The demo site served the way GitHub Pages serves a project: under /claimline/.

Every link must be relative or carry the prefix; a link written as "/events/..." works on a
laptop and breaks on Pages. Instant navigation and search must also work there.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

from .conftest import Watched
from .pages import all_pages

CONTENT = ".md-content"


def test_click_through_under_a_prefix_without_reloading(project_site, watched: Watched) -> None:
    page = watched.page
    page.goto(project_site.url())
    page.evaluate("window.clSamePage = true")
    for folder in ("events", "articles", "outlets"):
        before = page.locator(f"{CONTENT} h1").inner_text()
        page.locator(f'{CONTENT} a[href*="{folder}/"]').first.click()
        page.wait_for_url(re.compile(rf"/claimline/{folder}/[^/]+/"))
        page.wait_for_function(  # the address changes before the new page is swapped in
            "before => { const h = document.querySelector('.md-content h1'); return h && h.innerText !== before; }",
            arg=before,
        )
    assert page.evaluate("window.clSamePage === true"), "a click reloaded the page: no instant navigation"
    assert watched.problems() == []


def test_search_under_a_prefix(project_site, watched: Watched) -> None:
    page = watched.page
    page.goto(project_site.url())
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Astana", delay=20)
    result = page.locator(".md-search-result__item a").first
    result.wait_for(state="visible", timeout=15_000)
    assert result.get_attribute("href").startswith(project_site.base), result.get_attribute("href")
    assert watched.problems() == []


def test_no_link_leaves_the_prefix(project_site, watched: Watched) -> None:
    """On every page, every same-host link and asset stays under /claimline/ and is served."""
    page = watched.page
    host = project_site.base.split("/claimline/")[0]
    checked: set[str] = set()
    broken = []
    for path in all_pages(project_site.root):
        moved = _redirect_target(project_site.root, path)
        if moved is not None:  # a former address (a tag's hashed id): it leaves at once, to a served page
            target = urljoin(project_site.url(path), moved)
            if not target.startswith(project_site.base) or not page.request.get(target).ok:
                broken.append(f"/{path}: redirects to {target}, not served under /claimline/")
            continue
        page.goto(project_site.url(path))
        urls = page.evaluate("""() => [
            ...[...document.querySelectorAll('a[href]')].map(a => a.href),
            ...[...document.querySelectorAll('link[href], script[src], img[src]')].map(e => e.href || e.src),
        ]""")
        for url in urls:
            url = url.split("#")[0]
            if not url.startswith(host) or url in checked:
                continue
            checked.add(url)
            if not url.startswith(project_site.base):
                broken.append(f"/{path}: {url} is outside /claimline/")
            elif not page.request.get(url).ok:
                broken.append(f"/{path}: {url} is not served")
    assert len(checked) > 20
    assert broken == [], "\n".join(broken[:20])
    assert watched.problems() == []


def _redirect_target(root: Path, path: str) -> str | None:
    """Where a redirect page (``generator.site.redirects``) sends the reader, or None for a page."""
    file = root / (path + "index.html" if path == "" or path.endswith("/") else path)
    found = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', file.read_text(encoding="utf-8"))
    return found.group(1) if found else None
