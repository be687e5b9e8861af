"""Claim matching of a +1 rebuild alone: a full match of ``n`` articles, then of ``n + 1`` reading back
what the first kept, against a match of ``n + 1`` with nothing kept. CPU, its share, CPU by step, digests.

Run: ``.venv/bin/python benchmarks/rebuild_claims.py --articles 300 [--profile] [--top 40]``

The inputs (``claims.match``'s arguments) are those of ``claims_real.py`` (``synth.write_real``; made
once and pickled under ``/tmp/claimline-bench``): the corpus of ``n + 1`` articles is that of ``n`` with
article ``n`` added, as ``scale.py``'s +1 rebuild. What is kept between the two matches is held in this
process (``Kept`` below: the same digests as ``reuse.Pairs``, a dict for the ``results`` table), so
only matching is timed, not the cache's SQLite file. Printed: CPU seconds (``time.process_time``) of the
full match, of the +1 match with what the full one kept, and of the +1 match without (the baseline, in
the same process), the +1's share of the full; CPU by step of the +1 match (``claims_real._phases``);
whether the +1 claims are those of the +1 match without cache (the digest); ``--profile``: cProfile's
top functions of the +1 match (``--dump``: its stats to a file).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_real

from generator.stages import claims, reuse


class Kept:
    """``claims.byblock.Kept`` in memory: what one match kept is what the next one reads."""

    def __init__(self) -> None:
        self.stored: dict[str, dict[str, bytes]] = {}
        self.now: dict[str, dict[str, bytes]] = {}
        self.read_back = self.scored = 0

    def digest(self, *inputs: object) -> str:
        return reuse.digest(*inputs)

    def read(self, key: str, stage: str = "pairs") -> bytes | None:
        found = self.stored.get(stage, {}).get(key)
        if stage == "pairs":
            self.scored += found is None
            self.read_back += found is not None
        return found

    def keep(self, key: str, value: bytes, stage: str = "pairs") -> None:
        self.now.setdefault(stage, {})[key] = value

    def next_run(self) -> None:
        """The end of a build: what it kept is what the next one reads (only that, as ``reuse.Results``)."""
        self.stored, self.now = {**self.stored, **self.now}, {}
        self.read_back = self.scored = 0


def _timed(args: tuple, kept: Kept | None, profiler: cProfile.Profile | None = None) -> tuple[float, str]:
    t = time.process_time()
    if profiler:
        profiler.enable()
    found = claims.match(*args, kept=kept)
    if profiler:
        profiler.disable()
    return time.process_time() - t, claims_real.digest(found)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--inputs", default="claims", help="the pickles' prefix (claims_real.inputs): another name "
                    "makes them anew, from this tree's stages")
    ap.add_argument("--dump", help="with --profile: also write the profile's stats to this file (pstats)")
    ap.add_argument("--no-check", action="store_true", help="no +1 match without cache (no baseline, no digest check)")
    a = ap.parse_args()
    full_args, plus_args = (claims_real.inputs(a.articles, a.seed, a.inputs),
                            claims_real.inputs(a.articles + 1, a.seed, a.inputs))
    kept = Kept()
    full, _ = _timed(full_args, kept)
    kept.next_run()
    spent = claims_real._phases()
    profiler = cProfile.Profile() if a.profile else None
    plus, digest = _timed(plus_args, kept, profiler)
    read, scored = kept.read_back, kept.scored
    steps = dict(spent)
    print(f"{a.articles} articles: full match CPU {full:.1f} s; +1 match (kept) {plus:.1f} s = "
          f"{plus / full:.0%} of full; block pairs read {read}, scored {scored}")
    print("+1 steps, CPU s:", {k: round(v, 1) for k, v in steps.items()})
    if not a.no_check:
        spent.clear()
        base, expected = _timed(plus_args, None)
        print(f"+1 match without cache {base:.1f} s ({plus / base:.0%} of it); claims "
              f"{'identical' if digest == expected else 'DIFFER'} ({digest[:16]})")
    if profiler:
        if a.dump:
            profiler.dump_stats(a.dump)
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(a.top)
        pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats("tottime").print_stats(a.top)
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
