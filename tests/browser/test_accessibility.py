"""WCAG 2.1 A and AA by axe-core: no serious or critical violation on the main pages.

Moderate and minor findings are printed (``pytest -s``) but do not fail the test.
"""

from __future__ import annotations

import pytest

from .conftest import VIEWPORT, Watched, describe, run_axe, watch
from .pages import KINDS, main_page, pages_of_kinds

BLOCKING = {"serious", "critical"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_serious_or_critical_violations(demo_site, browser, axe_source, kind: str, scheme: str) -> None:
    context = browser.new_context(viewport=VIEWPORT, color_scheme=scheme)
    try:
        w: Watched = watch(context)
        path = main_page(demo_site.root, kind)
        w.page.goto(demo_site.url(path))
        w.page.wait_for_load_state("networkidle")
        violations = run_axe(w.page, axe_source)
        counts = {impact: sum(1 for v in violations if v["impact"] == impact)
                  for impact in ("critical", "serious", "moderate", "minor")}
        print(f"\naxe {kind} ({scheme}) /{path}: {counts}\n{describe(violations)}")
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        assert blocking == [], f"/{path}:\n{describe(blocking)}"
    finally:
        context.close()


def test_every_page_of_those_kinds_passes_in_light_mode(demo_site, watched: Watched, axe_source) -> None:
    """Not only the first of each kind: every event, article, outlet and person/body page."""
    pages = pages_of_kinds(demo_site.root)
    assert len(pages) >= 10, pages
    failures = []
    for path in pages:
        watched.page.goto(demo_site.url(path))
        # "load" (the default) is enough for axe: it waits for styles and images
        blocking = [v for v in run_axe(watched.page, axe_source) if v["impact"] in BLOCKING]
        if blocking:
            failures.append(f"/{path}:\n{describe(blocking)}")
    assert failures == [], "\n".join(failures)
    assert watched.problems() == []
