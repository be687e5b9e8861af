"""WCAG 2.1 A and AA by axe-core: no serious or critical violation on the main pages.

Moderate and minor findings are printed (``pytest -s``) but do not fail the test.
"""

from __future__ import annotations

import pytest

from .conftest import VIEWPORT, Watched, describe, run_axe, watch
from .pages import KINDS, first_page

BLOCKING = {"serious", "critical"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_no_serious_or_critical_violations(demo_site, browser, axe_source, kind: str, scheme: str) -> None:
    context = browser.new_context(viewport=VIEWPORT, color_scheme=scheme)
    try:
        w: Watched = watch(context)
        path = first_page(demo_site.root, kind)
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
