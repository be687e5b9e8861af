"""Time and size the load + boilerplate stages on a large synthetic content folder.

    .venv/bin/python benchmarks/load.py [--articles N]

Builds N raw articles with sidecars in a temporary folder (the two seeds in turn, each made
unique by a numbered closing line, so the duplicate check passes) and measures, in this
process:

* ``load_corpus`` (read, decode, parse YAML, validate with the JSON Schemas, cross-check),
  against a baseline that only reads every file and ``yaml.safe_load``s every sidecar, the
  least any loader must do (ratio = claimline / baseline);
* ``boilerplate.separate`` over every article, per article;
* peak memory of ``load_corpus`` (tracemalloc) as a multiple of the bytes of text read;
* how ``load_corpus`` scales with one hostile article: front matter of 10,000 then 20,000 unknown
  keys (each a warning at its line), and a 0.5 then 1 MB body; linear reads about 2x.

Exit status 0 after printing figures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.content.load import load_corpus  # noqa: E402
from generator.stages.boilerplate import separate  # noqa: E402


def make_content(root: Path, n: int) -> int:
    seeds = sorted((ROOT / "content" / "articles").glob("*.txt"))
    metas = [yaml.safe_load(p.with_suffix(".yml").read_text(encoding="utf-8")) for p in seeds]
    (root / "articles").mkdir(parents=True)
    (root / "sources.yml").write_bytes((ROOT / "content" / "sources.yml").read_bytes())
    size = 0
    for i in range(n):
        seed, meta = seeds[i % len(seeds)], dict(metas[i % len(seeds)])
        text = seed.read_bytes() + f"\nThis is copy number {i} of the article.\n".encode()
        meta["url"] = None if meta.get("url") is None else f"{meta['url']}?copy={i}"
        (root / "articles" / f"a{i:06d}.txt").write_bytes(text)
        (root / "articles" / f"a{i:06d}.yml").write_text(yaml.safe_dump(meta), encoding="utf-8")
        size += len(text)
    return size


def baseline(root: Path) -> None:
    for p in sorted((root / "articles").iterdir()):
        data = p.read_bytes().decode("utf-8")
        if p.suffix == ".yml":
            yaml.safe_load(data)


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def _one_article(root: Path, text: str) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "sources.yml").write_text("meridian:\n  name: Meridian Wire\n", encoding="utf-8")
    (root / "articles" / "b.md").write_text(text, encoding="utf-8")
    return root


def scaling(tmp: Path) -> list[str]:
    """Time of twice the hostile input over the time of once (2.0 is linear)."""
    def keys(n: int) -> str:
        return "---\nsource: meridian\n" + "".join(f"extra{i}: x\n" for i in range(n)) + "---\nSome words.\n"

    def body(n: int) -> str:
        return "---\nsource: meridian\n---\n" + "The council met on Monday. " * (n // 27)

    out = []
    for name, make, small in (("unknown front-matter keys", keys, 10_000), ("body bytes", body, 500_000)):
        one = _one_article(tmp / f"{name}-1".replace(" ", "-"), make(small))
        two = _one_article(tmp / f"{name}-2".replace(" ", "-"), make(2 * small))
        t1, t2 = best_of(3, lambda r=one: load_corpus(r)), best_of(3, lambda r=two: load_corpus(r))
        out.append(f"load_corpus, {2 * small:,} / {small:,} {name}: {t2 / t1:.2f}x ({t1:.2f} s, {t2:.2f} s)")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        size = make_content(root, args.articles)
        baseline(root)  # warm the file cache and both code paths
        corpus = load_corpus(root)
        t_base = best_of(3, lambda: baseline(root))
        t_load = best_of(3, lambda: load_corpus(root))
        t_sep = best_of(3, lambda: [separate(a, corpus.overrides) for a in corpus.articles])
        tracemalloc.start()
        load_corpus(root)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        scaled = scaling(Path(tmp))
    n = len(corpus.articles)
    print(f"articles: {n} ({size / 1e6:.1f} MB of text)")
    print(f"load_corpus / read+yaml baseline: {t_load / t_base:.2f}x "
          f"({t_load * 1e3 / n:.2f} ms vs {t_base * 1e3 / n:.2f} ms per article)")
    print(f"separate (boilerplate) / read+yaml baseline: {t_sep / t_base:.2f}x ({t_sep * 1e3 / n:.2f} ms per article)")
    print(f"load_corpus peak memory: {peak / size:.1f}x the text read ({peak / 1e6:.1f} MB)")
    print("\n".join(scaled))
    return 0


if __name__ == "__main__":
    sys.exit(main())
