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
