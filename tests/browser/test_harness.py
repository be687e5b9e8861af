"""The harness itself can fail: on a page built to be bad, the watchers and axe-core notice.

Without these, a green browser suite could mean a watcher that never fires.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import Site, describe, run_axe, watch

BAD_PAGE = """<!doctype html>
<html><head><title>bad</title></head>
<body>
<img src="pixel.png">
<p style="color:#aaa;background:#bbb">low contrast</p>
<a href="#">  </a>
<script>console.error("boom"); alert("hi");</script>
<img src="https://example.invalid/tracker.gif" alt="t">
</body></html>
"""

GOOD_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>good</title></head>
<body><main><h1>Fine</h1><p><a href="#x">A link</a> and <a href="#y">another</a></p></main></body></html>
"""


def _serve(tmp_path: Path, html: str) -> Site:
    (tmp_path / "index.html").write_text(html, encoding="utf-8")
    return Site(tmp_path)


def test_watchers_and_axe_catch_a_bad_page(context, axe_source, tmp_path: Path) -> None:
    site = _serve(tmp_path, BAD_PAGE)
    try:
        w = watch(context)
        w.page.goto(site.url())
        w.page.wait_for_load_state("networkidle")
        assert "boom" in " ".join(w.console_errors)
        assert w.dialogs == ["alert: hi"]
        assert w.offsite_requests == ["https://example.invalid/tracker.gif"]
        ids = {v["id"] for v in run_axe(w.page, axe_source)}
        assert {"image-alt", "html-has-lang", "color-contrast", "link-name"} <= ids
    finally:
        site.close()


def test_a_clean_page_is_clean(context, axe_source, tmp_path: Path) -> None:
    site = _serve(tmp_path, GOOD_PAGE)
    try:
        w = watch(context)
        w.page.goto(site.url())
        assert w.problems() == []
        violations = run_axe(w.page, axe_source)
        assert violations == [], describe(violations)
        w.page.keyboard.press("Tab")
        assert w.page.evaluate("document.activeElement.textContent") == "A link"
    finally:
        site.close()
