"""The development corpora, end to end: content -> timeline.json, scored against their gold.

Two corpora and the scorer live in ../shared/ (given, not ours); two more, ``benchmarks/corpora/rovers``
(sport) and ``benchmarks/corpora/verdict`` (courts), written by us and never fitted on (see their
README), are ours. Two bounds per
corpus: what the pipeline reaches today, so that a change making it worse fails here, and the
issue's targets (issue 10, "Done when"), not yet reached: a strict xfail that says by how much.
The figures, leave-one-corpus-out as well, are printed by ``python -m benchmarks.fit``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.export.contract import to_contract
from generator.pipeline import build_timeline

# today's figures, as score_gold.py bounds (recall, linked, false merges, lumps, dates, context); wildfire's
# recall went from 0.79 to 0.78 and linked from 0.66 to 0.64 when a code ("the A3 motorway") stopped counting
# as a figure two statements agree on: one pair of outlets had been linked on it; breach's went from 0.8 to 0.82
# and 0.69 to 0.71 when a figure told two ways ("nearly a fifth" / "18 percent") became one figure. Wildfire's
# recall went to 0.83, linked to 0.69 and context to 0.89 when sentences of several claims were read clause by
# clause (claims/clauses.py), and dates from 0.98 to 0.97: of the four claims found, one ("crews are still
# dousing hot spots", told on the Tuesday) is dated by its article's day where gold puts it in Monday's event
REACHED = {
    "wildfire": ("0.83", "0.69", "1", "0", "0.97", "0.88"),
    "breach": ("0.81", "0.7", "1", "0", "0.95", "0.88"),
    # first contact (lead, tenth session): 18/28 claims, 12/17 linked, 1 false merge, dates 14/18, context 2/4;
    # then one caption fewer among its 60 statements moved it to 16/28, 11/17, 4 false merges: a corpus this
    # small is noisy, so its bound guards against a collapse and is no target to fit
    "rovers": ("0.5", "0.6", "4", "1", "0.75", "0.5"),
    # first contact (lead, tenth session): 13/21 claims, 8/15 linked, 0 false merges, dates 12/13, context 2/3;
    # as small as rovers, so the same margin
    "verdict": ("0.5", "0.4", "3", "1", "0.8", "0.6"),
}
OURS = Path(__file__).resolve().parents[2] / "benchmarks" / "corpora"
TARGET = ("0.9", "0.85", "1", "2", "0.95", "0.8")


@pytest.fixture(scope="module", params=sorted(REACHED))
def corpus(request, shared, tmp_path_factory):
    name = request.param
    folder = OURS / name if (OURS / name).is_dir() else shared / "gold" / "dev" / name
    path = tmp_path_factory.mktemp("export") / f"{name}.json"
    timeline = build_timeline(folder / "content")
    path.write_text(json.dumps(to_contract(timeline), ensure_ascii=False), encoding="utf-8")
    return name, path, folder / "gold.yml", shared / "tools" / "score_gold.py"


def _score(corpus, bounds) -> subprocess.CompletedProcess[str]:
    _, export, gold, scorer = corpus
    recall, linked, merges, lumps, dates, context = bounds
    return subprocess.run(
        [sys.executable, str(scorer), str(export), str(gold), "--min-recall", recall, "--min-linked", linked,
         "--max-false-merges", merges, "--max-lumps", lumps, "--min-date-acc", dates, "--min-context", context],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_a_dev_corpus_keeps_the_figures_reached(corpus):
    done = _score(corpus, REACHED[corpus[0]])
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="not yet: issue 10's recall (90%) and two-outlet (85%) targets are above "
                   "what the pipeline reaches on each corpus (on rovers and verdict, dates and context too); "
                   "see benchmarks/README.md")
def test_a_dev_corpus_meets_the_issue_targets(corpus):
    done = _score(corpus, TARGET)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", ["rovers", "verdict"])
def test_our_corpus_gold_agrees_with_its_text(name):
    """Our gold's own checker: every evidence string in its article, every date recomputed."""
    folder = OURS / name
    done = subprocess.run([sys.executable, str(OURS / "check_gold.py"), str(folder / "gold.yml")],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0 and done.stdout.endswith("All checks passed.\n"), done.stdout + done.stderr
