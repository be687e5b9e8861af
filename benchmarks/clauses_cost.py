"""What reading sentences clause by clause (``claims.clauses``) costs claim matching.

    .venv/bin/python -m benchmarks.clauses_cost [--sizes 250 500]

On the synthetic corpus (benchmarks/synth.py) and the two dev corpora, ``claims.match`` is run in
one process with the clause reading turned off (no clause candidates, no clause asked whether it
supports a claim or is unsaid: matching as before it) and on, twice each in turn; printed: CPU
seconds per 1,000 statements of each, the ratio on / off, and the clause pairs scored.
"""

from __future__ import annotations

import argparse
import time
from contextlib import contextmanager
from unittest import mock

from benchmarks import gold, synth
from generator.model import Overrides
from generator.stages import claims
from generator.stages.claims import clauses, shared


@contextmanager
def _off():
    with mock.patch.object(clauses, "candidates", lambda *a: []), \
            mock.patch.object(clauses, "unsaid", lambda *a: None), \
            mock.patch.object(shared, "supports", lambda *a: False):  # fmt: skip
        yield


def _cpu(run: tuple, off: bool) -> float:
    t0 = time.process_time()
    if off:
        with _off():
            _match(run)
    else:
        _match(run)
    return time.process_time() - t0


def _match(run: tuple) -> None:
    _, articles, statements, entities, mentions = run
    claims.match(articles, statements, entities, Overrides(), mentions)


def _pairs(run: tuple) -> int:
    """Clause pairs scored in one run (``Views._pair`` calls)."""
    count = 0
    real = clauses.Views._pair

    def counted(self, *args):
        nonlocal count
        count += 1
        return real(self, *args)

    with mock.patch.object(clauses.Views, "_pair", counted):
        _match(run)
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[250, 500])
    args = ap.parse_args()
    runs = []
    for n in args.sizes:
        corpus = synth.generate(n, seed=7)
        runs.append((f"synthetic {n}", corpus.articles, corpus.statements, [], []))
    for c in gold.corpora():
        if c[0] != "seeds":
            p = gold.prepare(*c)
            runs.append((c[0], p.articles, p.stmts, p.ents, p.mentions))
    print(f"{'corpus':16} {'statements':>10} {'off s/1k':>9} {'on s/1k':>8} {'on/off':>7} {'clause pairs':>13}")
    for run in runs:
        n = sum(len(v) for v in run[2].values())
        off = on = 0.0
        for _ in range(2):  # in turn, so a change of the machine's load falls on both
            off += _cpu(run, True)
            on += _cpu(run, False)
        print(f"{run[0]:16} {n:10d} {500 * off / n:9.2f} {500 * on / n:8.2f} {on / off:7.2f} {_pairs(run):13d}")


if __name__ == "__main__":
    main()
