"""Where each thing lives on the site: one place, so pages, exports and feeds agree.

Ids come from file names and editors, so they are made safe for a path here: kept as they
are when they already are (stable, readable permalinks), otherwise reduced to safe
characters plus a short hash of the original, so two ids never share an address.

Every slug in claimline is made here (``slug`` for ids, ``slugify`` for the file names,
entity ids and event ids made from text), so the rules that turn text into a permalink
live in one place. Each caller's settings are frozen: a slug, once published, is a URL.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

_SAFE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")


def slug(ident: str) -> str:
    """A path segment for an id: the id itself when safe, else a cleaned form + hash.

    Safe means lower case too: "Iran" and "iran" must not share a file on a file system
    that ignores case (macOS, Windows), so an id with capitals gets a hash of its own.
    The cleaned form is not accent-folded ("é" is a break), as it always was.
    """
    if _SAFE.match(ident) and ".." not in ident and not ident.endswith((".md", ".html")):
        return ident
    cleaned = "-".join(words(ident, fold=False, foreign="split", inner="_-")).strip("-")[:60] or "item"
    digest = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned}-{digest}"


def slugify(text: str, *, fold: bool = True, foreign: Literal["drop", "split"] = "drop", keep_case: bool = False,
            inner: str = "", silent: str = "", skip: Callable[[str], bool] | None = None,
            most: int | None = None, fallback: str = "") -> str:
    """The ASCII words of ``text`` joined by hyphens: "Élysée Palace" -> "elysee-palace".

    ``skip`` leaves words out (event ids keep content words only), ``most`` keeps the first
    so many, ``fallback`` stands in for an empty result. The other options are those of
    ``words``; hyphens and ``inner`` characters are trimmed from both ends.
    """
    picked = words(text, fold=fold, foreign=foreign, keep_case=keep_case, inner=inner, silent=silent)
    if skip is not None:
        picked = [w for w in picked if not skip(w)]
    return "-".join(picked[:most]).strip("-" + inner) or fallback


def words(text: str, *, fold: bool = True, foreign: Literal["drop", "split"] = "drop", keep_case: bool = False,
          inner: str = "", silent: str = "") -> list[str]:
    """The runs of ASCII letters and digits (and ``inner`` characters) in ``text``, in order.

    ``fold`` takes accents off first (Unicode NFKD, combining marks dropped: "é" -> "e").
    A character still not ASCII after that (Arabic, "ß", "ø") is dropped, joining the
    letters around it (``foreign="drop"``), or ends a word (``"split"``). ``silent``
    characters are removed before words are found ("O'Brien" -> "obrien", not "o-brien").
    Lower case unless ``keep_case``.
    """
    if fold:
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    if not keep_case:
        text = text.lower()
    if silent:
        text = text.translate(dict.fromkeys(map(ord, silent)))
    if foreign == "drop":
        text = text.encode("ascii", "ignore").decode("ascii")
    return _word_pattern(keep_case, inner).findall(text)


@lru_cache(maxsize=16)
def _word_pattern(keep_case: bool, inner: str) -> re.Pattern[str]:
    letters = "A-Za-z" if keep_case else "a-z"
    return re.compile(f"[{letters}0-9{re.escape(inner)}]+")


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


def tag_src(tag: str) -> str:
    return f"tags/{slug(tag.strip().casefold())}.md"


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
    """A link from the page made from ``from_src`` to a page (``.md``) or a plain file."""
    here = page_url(from_src, use_directory_urls)
    base = here if here.endswith("/") or here == "" else posixpath.dirname(here) + "/"
    target = page_url(to_src_or_file, use_directory_urls) if to_src_or_file.endswith(".md") else to_src_or_file
    rel = posixpath.relpath(target or ".", base.rstrip("/") or ".")
    if rel == ".":
        return "./"
    if target.endswith("/") or target == "":
        rel = rel.rstrip("/") + "/"
    return rel
