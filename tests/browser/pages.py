"""Where the main pages of a built site are, read from the site's own ``timeline.json``.

The export gives every event, article, outlet and entity its ``page``, so the tests follow
the site's addresses instead of guessing them.
"""

from __future__ import annotations

import json
from pathlib import Path

KINDS = ("timeline", "event", "article", "outlet", "person")


def _contract(root: Path) -> dict:
    return json.loads((root / "timeline.json").read_text(encoding="utf-8"))


def main_page(root: Path, kind: str) -> str:
    """The site-relative URL of the page of ``kind`` a reader would most likely open: the
    event with the most claims, the first article and outlet, the person quoted most."""
    if kind == "timeline":
        return ""
    data = _contract(root)
    if kind == "event":
        return max(data["events"], key=lambda e: (len(e["claims"]), e["id"]))["page"]
    if kind == "article":
        return data["articles"][0]["page"]
    if kind == "outlet":
        return data["sources"][0]["page"]
    if kind == "person":
        quoted: dict[str, int] = {}
        for article in data["articles"]:
            for st in article["statements"]:
                if st.get("speaker"):
                    quoted[st["speaker"]] = quoted.get(st["speaker"], 0) + 1
        people = [e for e in data["entities"] if e.get("kind") == "person"]
        assert people, f"{root} has no person"
        return max(people, key=lambda e: (quoted.get(e["id"], 0), e["id"]))["page"]
    raise ValueError(kind)


def all_pages(root: Path) -> list[str]:
    """Every HTML page of the site, as site-relative URLs."""
    out = []
    for p in sorted(root.rglob("*.html")):
        rel = p.relative_to(root).as_posix()
        out.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return out


def pages_of_kinds(root: Path) -> list[str]:
    """Every timeline, event, article, outlet and person/body page (not the indexes)."""
    data = _contract(root)
    pages = [p for p in all_pages(root) if p == "" or p.startswith("timeline/")]
    for key in ("events", "articles", "sources", "entities"):
        pages += [item["page"] for item in data[key] if item.get("page")]
    return pages
