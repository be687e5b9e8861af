"""Adversarial articles through the whole export, against ordinary prose of the same length.

Run: ``.venv/bin/python -m benchmarks.adversarial [--scale 1.0]``

Article text is untrusted, and a pasted page can hold shapes no newsroom writes: tens of thousands
of capitalised words in a row, a paragraph of ten thousand quotes, a sentence with no end. Each
case below is one article of 150-220 kB (``--scale`` multiplies the repetitions) run through
``claimline export`` in this process (load, every stage with one job, the JSON written to
``/dev/null``, no cache); the baseline is the same pipeline on one article of the same length made
of the repository's own article text (``content/articles``), in the same process. Printed: CPU
seconds (``time.process_time``) of each and their ratio. A ratio that grows with ``--scale`` is
a stage worse than linear in an article's length (that is what this is for: the run of
capitalised words took 113 s, x425 prose, until a name rule stopped listing the rest of the run
for each word).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CASES = {
    "one sentence, 20,000 'said'": ("He said, ", 20000, "end."),
    "10,000 'and that'": ("prices rose and that ", 10000, "it ended."),
    "no punctuation at all": ("word ", 40000, ""),
    "10,000 quotes in a paragraph": ('"Yes," he said. ', 10000, ""),
    "a 50,000-word capitalised run": ("Ali ", 50000, "said it."),
    "20,000 group possessives in a run": ("People's ", 20000, "Front said it."),
    "4,000 dated sentences": ("On Monday, March 3, 2020 the council met. ", 4000, ""),
    "4,000 sentences of figures": ("About 300 people and 40 tonnes, 12 per cent. ", 4000, ""),
    "20,000 short lines": ("Short line\n", 20000, ""),
}


def _prose() -> str:
    """The repository's own articles' text: what an ordinary article reads like."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "articles").glob("*.txt"))]
    return "\n\n".join(texts)


def _export_cpu(body: str, work: Path) -> float:
    """CPU seconds of an export of one article whose text is ``body``."""
    from generator.content.load import load_corpus
    from generator.export.formats import write_export
    from generator.pipeline import run

    (work / "articles").mkdir(parents=True, exist_ok=True)
    (work / "sources.yml").write_text("wire:\n  name: Wire Desk\n", encoding="utf-8")
    front = "---\nsource: wire\ntitle: A case\npublished: 2020-03-05\n---\n"
    (work / "articles" / "case.md").write_text(front + body + "\n", encoding="utf-8")
    start = time.process_time()
    timeline = run(load_corpus(work), jobs=1, cache=None)
    with open("/dev/null", "w", encoding="utf-8") as sink:
        write_export(timeline, "json", sink)
    return time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply each case's repetitions")
    args = ap.parse_args()
    prose = _prose()
    print("adversarial articles, whole export (CPU s against prose of the same length, same process):")
    with tempfile.TemporaryDirectory() as tmp:
        for k, (label, (unit, times, end)) in enumerate(CASES.items()):
            body = unit * max(1, round(times * args.scale)) + end
            ordinary = (prose * (len(body) // len(prose) + 1))[: len(body)]
            cpu = _export_cpu(body, Path(tmp) / f"case{k}")
            base = _export_cpu(ordinary, Path(tmp) / f"prose{k}")
            print(f"  {label:36} {len(body):>7} chars: {cpu:6.2f} s, prose {base:5.2f} s, x{cpu / base:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
