"""An editor's date on a statement is its claim's date, whatever its precision: a week or a
month set in overrides.yml moved the statement but left its claim and event on the day its words
named (a new user's report). Fixture: the fictional port strike of tests/fixtures/multiday."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import build_timeline

STORY = Path(__file__).parent / "fixtures" / "multiday"


@pytest.mark.parametrize(("override", "value", "precision"), [
    ("{date: 2025-W09, precision: week}", "2025-W09", "week"),
    ("{date: 2025-02, precision: month}", "2025-02", "month"),
    ("{date: 2025-02-27, precision: day}", "2025-02-27", "day"),
])
def test_an_editors_date_is_the_claims_and_its_events(tmp_path, override, value, precision):
    content = tmp_path / "content"
    shutil.copytree(STORY, content)
    (content / "overrides.yml").write_text(f'dates:\n  "aw-0303#s1": {override}\n', encoding="utf-8")
    t = build_timeline(content)
    event = next(e for e in t.events if any("aw-0303#s1" in c.statements for c in e.claims))
    claim = next(c for c in event.claims if "aw-0303#s1" in c.statements)
    assert claim.date is not None and (claim.date.value, claim.date.precision, claim.date.editor) == (
        value, precision, True)
    assert (event.date, event.precision) == (value, precision)
