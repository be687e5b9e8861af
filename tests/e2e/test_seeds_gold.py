"""The seeds, end to end: content/ -> timeline.json, scored against the editor's gold.

The gold and its scorer live in ../shared/ (given, not ours): the export must validate
against the contract and score perfectly.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from generator.export.contract import to_contract


@pytest.fixture(scope="module")
def export_file(seed_timeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "timeline.json"
    path.write_text(json.dumps(to_contract(seed_timeline), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False)


def test_export_keeps_to_the_contract(shared, export_file):
    done = _run(str(shared / "tools" / "validate.py"), str(export_file))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK: export schema, 0 problems" in done.stdout


def test_seed_export_scores_perfectly_on_the_gold(shared, export_file):
    done = _run(
        str(shared / "tools" / "score_gold.py"), str(export_file), str(shared / "gold" / "seed-timeline.yml"),
        "--verbose", "--min-recall", "1", "--min-linked", "1", "--max-false-merges", "0", "--max-lumps", "0",
        "--min-date-acc", "1", "--max-leaks", "0", "--min-context", "1", "--min-alias", "1",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "claims found: 13/13 (100%)" in done.stdout
    assert "context kept apart: 3/3" in done.stdout
    assert "false merges: 0; lumps: 0; boilerplate leaks: 0" in done.stdout


def test_both_event_dates_at_day_precision(seed_timeline):
    dated = [(e.date, e.precision, e.status) for e in seed_timeline.events]
    assert dated == [("2020-07-01", "day", "happened"), ("2020-07-08", "day", "happened")]


def test_iran_press_publication_date_is_inferred(seed_timeline):
    iranpress = next(a for a in seed_timeline.articles if a.source == "iranpress")
    assert iranpress.published_inferred
    assert iranpress.published is not None
    assert iranpress.published.date().isoformat() == "2020-07-08"


def test_every_claim_links_each_outlet_to_its_article(seed_timeline):
    article_of = {s.id: s.article for stmts in seed_timeline.statements.values() for s in stmts}
    source_of = {a.id: a.source for a in seed_timeline.articles}
    for event in seed_timeline.events:
        for claim in (*event.claims, *event.context):
            assert tuple(sorted({source_of[article_of[s]] for s in claim.statements})) == tuple(
                sorted(claim.sources)
            ), claim.id
