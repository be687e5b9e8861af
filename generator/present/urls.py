"""Where each thing lives on the site: one place, so pages, exports and feeds agree.

Ids come from file names and editors, so they are made safe for a path here: kept as they
are when they already are (stable, readable permalinks), otherwise reduced to safe
characters plus a short hash of the original, so two ids never share an address.

Slugs themselves are made in ``generator.text.slugs``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable

from generator.model import Statement
from generator.text.slugs import slug, slugify


def statement_anchor(statement_id: str) -> str:
    """The HTML id of a statement on its article's page: "<article>#s3.2" -> "st-s3-2"."""
    tail = statement_id.rsplit("#", 1)[-1]
    return "st-" + slug(tail.replace(".", "-"))


# Markdown source paths (what render_pages returns and the plugin hands to MkDocs).
def event_src(event_id: str) -> str:
    return f"events/{slug(event_id)}.md"


def article_src(article_id: str) -> str:
    return f"articles/{slug(article_id)}.md"


def outlet_src(source_id: str) -> str:
    return f"outlets/{slug(source_id)}.md"


def entity_src(entity_id: str) -> str:
    return f"people/{slug(entity_id)}.md"


def speakers(statements: Iterable[Iterable[Statement]]) -> frozenset[str]:
    """The entities that have a page of their own: those a statement on the site is said by.

    An entity only named (a place, a body mentioned in passing) has nothing to show but its
    names, which the people index lists; a page of its own would be an empty shell, and
    hundreds of them (one per name in a large corpus) would make most of the site's size.
    """
    return frozenset(s.speaker for ss in statements for s in ss
                     if s.speaker and s.kind != "boilerplate" and not s.hidden)


def tag_slug(tag: str) -> str:
    """A tag's readable address and filter id: its words ("Public transport" -> "public-transport"),
    else (no letter or digit of the Latin alphabet) its hashed id. The site gives a hashed id to
    tags whose words are alike (``Site.tag_slugs``), so no two share a page."""
    return slugify(tag.strip().casefold(), foreign="split") or slug(tag.strip().casefold())


def tag_src(tag_key: str) -> str:
    """The page of the tag whose address is ``tag_key`` (``Site.tag_key``)."""
    return f"tags/{tag_key}.md"


def year_src(year: str) -> str:
    return f"timeline/{slug(year)}.md"


def sub_src(src: str, key: str) -> str:
    """A page below another one: ("outlets/jpost.md", "2020") -> "outlets/jpost/2020.md"."""
    return f"{src[: -len('.md')]}/{slug(key)}.md"


def page_url(src: str, use_directory_urls: bool = True) -> str:
    """The site-relative URL MkDocs gives a Markdown source path."""
    stem = src[: -len(".md")]
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative(from_src: str, to_src_or_file: str, use_directory_urls: bool = True) -> str:
    """A link from the page made from ``from_src`` to a page (``.md``) or a plain file.

    Both are site-relative paths without ``.`` or ``..`` parts, so the link is the common
    folders dropped and one ``../`` for each folder of ``from_src``'s left (what
    ``posixpath.relpath`` gives, without its file-system normalisation: pages link to each
    other tens of thousands of times).
    """
    here = page_url(from_src, use_directory_urls)
    base = here if here.endswith("/") or here == "" else posixpath.dirname(here) + "/"
    target = page_url(to_src_or_file, use_directory_urls) if to_src_or_file.endswith(".md") else to_src_or_file
    up = [p for p in base.split("/") if p]
    down = [p for p in target.split("/") if p]
    common = 0
    while common < len(up) and common < len(down) and up[common] == down[common]:
        common += 1
    rel = "/".join([".."] * (len(up) - common) + down[common:])
    if not rel:
        return "./"
    if target.endswith("/") or target == "":
        rel = rel.rstrip("/") + "/"
    return rel
