"""The per-article stages in one process: CPU per article by stage, a cProfile, a digest of the output.

Run: ``.venv/bin/python benchmarks/extract_profile.py [--articles 300] [--profile] [--digest] [--content DIR]``

What ``extract_scale.py`` measures over processes, here in this process so the profiler sees
it: ``extract.extract_all(..., jobs=1)`` over ``synth.write_real``'s corpus (or ``--content``).
Printed: CPU ms an article by stage (``extract.Stats``, ``time.process_time``), with
``--profile`` the top functions by own and by cumulative time, with ``--digest`` a SHA-256 of
every article's result (``stored.encode``, in corpus order) so that a change meant to keep the
output the same is checked byte for byte against the digest printed before it.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--content", type=Path, help="a content folder instead of the synthetic corpus")
    ap.add_argument("--profile", action="store_true", help="under cProfile; print the top functions")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--save", type=Path, help="with --profile: also write the raw profile (pstats) here")
    ap.add_argument("--digest", action="store_true", help="print a SHA-256 of the results")
    args = ap.parse_args()

    from generator.content.load import load_corpus
    from generator.stages import boilerplate, extract
    from generator.stages.stored import encode

    content = args.content or synth.real_corpus(args.articles, args.seed)
    corpus = load_corpus(content)
    articles = list(corpus.articles)
    outlets = boilerplate.outlets(corpus.sources, articles)
    stats = extract.Stats()
    prof = cProfile.Profile() if args.profile else None
    cpu = time.process_time()
    if prof:
        prof.enable()
    results = extract.extract_all(articles, corpus.overrides, outlets, jobs=1, stats=stats)
    if prof:
        prof.disable()
    cpu = time.process_time() - cpu
    n = len(articles)
    note = " (under the profiler)" if prof else ""
    print(f"{n} articles, {sum(len(r.statements) for r in results.values())} statements, "
          f"{cpu:.2f} s CPU{note}, {1000 * cpu / n:.1f} ms an article")
    print("  ".join(f"{s} {1000 * stats.cpu[s] / n:.1f}" for s in extract.STAGES), "(ms CPU an article)")
    if args.digest:
        h = hashlib.sha256()
        for a in articles:
            h.update(a.id.encode())
            h.update(encode(results[a.id], a))
        print("digest", h.hexdigest())
    if prof and args.save:
        prof.dump_stats(args.save)
    if prof:
        for key in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats(key).print_stats(args.top)
            print(out.getvalue().strip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
