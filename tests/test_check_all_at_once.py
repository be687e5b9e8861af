"""`claimline check` reports every problem of a file in one run: a date an editor mistyped in
overrides.yml was reported only once the file's schema errors were fixed (a new user's report).
Fixture: the fictional port strike of tests/fixtures/multiday."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

STORY = Path(__file__).parent / "fixtures" / "multiday"

OVERRIDES = """merge:
  - [aw-0303#s1]
dates:
  "aw-0303#s2": 2026-13-10
  "aw-0303#s3": {date: 2026-00, precision: month}
events:
  some-event: {date: 2026-02-30}
"""


def test_dates_are_checked_with_the_schema_errors_of_their_file(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(STORY, content)
    (content / "overrides.yml").write_text(OVERRIDES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--content", str(content)])
    assert result.exit_code == 1
    where = str(content / "overrides.yml")
    lines = [ln.replace(where, "overrides.yml") for ln in result.output.splitlines()]
    assert lines[:4] == [
        "overrides.yml:2: error: 'merge[0]': is too short",
        "overrides.yml:4: error: 'dates.aw-0303#s2': '2026-13-10' is not a date on the calendar: there is no month 13; "
        "write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020",
        "overrides.yml:5: error: 'dates.aw-0303#s3.date': '2026-00' is not a date on the calendar: there is no month 0; write "
        "e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020",
        "overrides.yml:7: error: 'events.some-event.date': '2026-02-30' is not a date on the calendar: February 2026 has 28 "
        "days; write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020",
    ]
    assert "Traceback" not in result.output
