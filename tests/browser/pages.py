"""Where the main pages of a built site are, found from the files the build wrote."""

from __future__ import annotations

from pathlib import Path

# kind of page -> the folder its pages live in ("" = the home page, which is the timeline)
KINDS = {
    "timeline": "",
    "event": "events",
    "article": "articles",
    "outlet": "outlets",
    "person": "people",
}


def pages_of(root: Path, folder: str) -> list[str]:
    """Site-relative URLs of the pages under ``folder``, sorted (directory URLs)."""
    if not folder:
        return [""]
    base = root / folder
    return sorted(
        p.parent.relative_to(root).as_posix() + "/"
        for p in base.glob("*/index.html")
    )


def first_page(root: Path, kind: str) -> str:
    found = pages_of(root, KINDS[kind])
    assert found, f"the site has no {kind} page under {root / KINDS[kind]}"
    return found[0]


def all_pages(root: Path) -> list[str]:
    """Every HTML page of the site, as site-relative URLs."""
    out = []
    for p in sorted(root.rglob("*.html")):
        rel = p.relative_to(root).as_posix()
        out.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return out
