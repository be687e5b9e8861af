"""A web-like corpus builds into a site within issue 11's bounds (scaled to its size).

The corpus is ``benchmarks/webcorpus.py``'s synthetic part: stories reported by eight
fictional outlets over four months, some events by many articles over several days, each
article wrapped in real-web furniture (menus, comment threads, live-blog stamps, transcript
labels, blog boxes). The bounds are issue 11's for 400 articles, scaled to this corpus: no
HTML page over 1 MB, none holding more than a few hundred claims, the search index at most
5 MB and the site at most 60 MB per 400 articles; and the home page shows the key events.
The full 442-article corpus is measured by the benchmarks (``benchmarks/README.md``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks import webcorpus
from generator.site.build import build_site

ARTICLES = 160
PER_400 = ARTICLES / 400


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("webcorpus")
    content = root / "content"
    (content / "sources.yml").parent.mkdir(parents=True)
    (content / "sources.yml").write_text(webcorpus.write_synthetic(content, ARTICLES), encoding="utf-8")
    (root / "docs").mkdir()
    (root / "mkdocs.yml").write_text("site_name: Web-like corpus\nuse_directory_urls: true\ntheme:\n  name: material\n"
                                     "plugins:\n  - search\n  - claimline:\n      content: content\n"
                                     "      split_after: 20\n      key_events: 12\n", encoding="utf-8")
    build_site(content, site_dir=root / "site", config_file=root / "mkdocs.yml", progress=False)
    return root / "site"


@pytest.mark.slow
def test_no_page_over_1_mb_or_a_few_hundred_claims(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > ARTICLES
    assert max(p.stat().st_size for p in pages) < 1_000_000
    for p in pages:
        html = p.read_text(encoding="utf-8")
        claims = len(re.findall(r'class="cl-claim[" ]', html)) + html.count('class="cl-claimbox"')
        assert claims <= 300, p


@pytest.mark.slow
def test_search_index_and_site_size_within_the_bounds(site: Path) -> None:
    index = site / "search" / "search_index.json"
    assert index.stat().st_size <= 5_000_000 * PER_400
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    assert size <= 60_000_000 * PER_400
    docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    text = " ".join(d["title"] + " " + d["text"] for d in docs)
    for furniture in ("Report abuse", "Filter by outlet", "how we know", "reported by", "Share this"):
        assert furniture not in text, furniture
    assert not re.search(r"\d{4}-\d\d-\d\d[A-Z][a-z]+ \d", text)  # no tooltip run into its date


@pytest.mark.slow
def test_the_home_page_shows_the_key_events_and_every_period(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'id="key-events"' in home
    assert 0 < home.count('<article class="cl-event') <= 12
    periods = sorted(p.parent.name for p in (site / "timeline").glob("*/index.html"))
    assert periods and all(f'href="timeline/{name}/"' in home for name in periods)
