"""Shared test fixtures: where the repository, its content and ../shared/ are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
# beside the repository; a git worktree elsewhere names it with CLAIMLINE_SHARED
SHARED = Path(os.environ.get("CLAIMLINE_SHARED") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared/``, the material the project was given; tests needing it skip without it."""
    if not (SHARED / "gold" / "seed-timeline.yml").is_file():
        pytest.skip(f"needs ../shared/ beside the repository ({SHARED} is absent)")
    return SHARED


@pytest.fixture(scope="session")
def seed_timeline():
    """The pipeline run once on the real content/ folder."""
    from generator.pipeline import build_timeline

    return build_timeline(CONTENT)


def one_article(folder: Path, body: str, title: str = "Plant blast", published: str = "2026-03-12T18:00:00+00:00") -> Path:
    """A content folder of one fictional outlet and one article ``a`` (its Markdown body), for
    tests of what the pipeline makes of a few sentences."""
    content = folder / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text("orrin-post:\n  name: Orrin Post\n  url: https://orrin-post.example\n",
                                         encoding="utf-8")  # fmt: skip
    (content / "articles" / "a.md").write_text(
        f'---\ntitle: "{title}"\nsource: orrin-post\npublished: {published}\n---\n\n{body}', encoding="utf-8")
    return content


def event_of(timeline, statement: str):
    """The event one of whose claims holds ``statement``."""
    return next(e for e in timeline.events if any(statement in c.statements for c in e.claims))
