"""The steps of claim matching after scoring, replayed alone: clustering and building the claims.

Run: ``.venv/bin/python benchmarks/claims_steps.py --articles 400``

Matching runs once at ``--articles`` synthetic real-size articles (``claims_real.inputs``: the
same corpus and pickled inputs) while the arguments of ``clustering.cluster`` and ``claims._claims``
are kept and pickled to ``/tmp/claimline-bench/steps-N-sSEED.pickle`` (matching at 800 costs some
400 s of CPU; the replay some 10 s). Then each step runs again alone, its scores' memo emptied, and
prints its CPU (also as the ratio to ``claims_real``'s baseline pass in the same process), the CPU
and calls of its parts (``_agree``, the scores computed for pairs blocking never offered,
``apply_merges``, ``halves``, ``clauses.candidates``, ``shared``, ``build.claim``, ``dating.claim_date``), the largest
claims and a digest of its output: the same digest before and after a change meant to keep it.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_real

from generator.stages import claims
from generator.stages.claims import build, clauses, clustering, dating, halves, shared


def state(n: int, seed: int) -> tuple[dict, dict]:
    """The kept arguments of the two steps at ``n`` articles (matching run once, then read back)."""
    path = Path(f"/tmp/claimline-bench/steps-{n}-s{seed}.pickle")
    if path.exists():
        return pickle.loads(path.read_bytes())
    args = claims_real.inputs(n, seed)
    kept: dict = {}
    for owner, name in ((clustering, "cluster"), (claims, "_claims")):
        _keep(owner, name, kept)
    t = time.process_time()
    found = claims.match(*args)
    print(f"matched once: {time.process_time() - t:.1f} s CPU, {len(found)} claims, "
          f"digest {claims_real.digest(found)[:16]}", flush=True)  # fmt: skip
    for owner, name in ((clustering, "cluster"), (claims, "_claims")):
        setattr(owner, name, kept.pop("real " + name))
    kept["claims"][-1].vectors.reads = None
    out = (kept, dict(args[1]))
    path.write_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
    return out


def _keep(owner, name: str, kept: dict) -> None:
    real = kept["real " + name] = getattr(owner, name)

    def keeping(*a):
        kept[name.strip("_")] = a
        return real(*a)

    setattr(owner, name, keeping)


def _timed(spent: Counter, calls: Counter) -> None:
    """Wrap the parts whose CPU and calls are printed."""
    parts = ((clustering.Scores, "_score", "scores computed"), (clustering.Scores, "same", "same"),
             (clustering, "_agree", "_agree"), (build, "apply_merges", "apply_merges"), (halves, "split", "halves"),
             (clauses, "candidates", "clause candidates"), (shared, "shared", "shared"), (build, "claim", "build.claim"),
             (dating, "claim_date", "claim_date"))  # fmt: skip
    for owner, name, label in parts:
        f = getattr(owner, name)

        def timed(*a, _f=f, _label=label, **k):
            t = time.process_time()
            try:
                return _f(*a, **k)
            finally:
                spent[_label] += time.process_time() - t
                calls[_label] += 1

        setattr(owner, name, timed)


def _digest(x) -> str:
    return hashlib.sha256(repr(x).encode()).hexdigest()[:16]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    kept, _ = state(a.articles, a.seed)
    base = min(claims_real.baseline(claims_real.inputs(a.articles, a.seed)) for _ in range(3))
    items, links, _, p = kept["cluster"]
    spent, calls = Counter(), Counter()
    _timed(spent, calls)
    gc.disable()
    for label, step, args in (("cluster", clustering.cluster, kept["cluster"]), ("claims built", claims._claims, kept["claims"])):
        p.memo = {}
        spent.clear(), calls.clear()
        t = time.process_time()
        out = step(*args)
        cpu = time.process_time() - t
        groups = out.groups() if label == "cluster" else [c.statements for c in out]
        sizes = sorted((len(g) for g in groups), reverse=True)[:4]
        print(f"{a.articles} articles, {label}: {cpu:.2f} s CPU ({cpu / base:.1f}x the baseline pass, {base:.2f} s); "
              f"{len(groups)} groups, the largest {sizes}; digest {_digest(groups)}")  # fmt: skip
        print("  parts, CPU s and calls:", {k: (round(spent[k], 2), calls[k]) for k in spent})
    print(f"links {len(links)}, statements {len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
