"""Every slug in claimline is made here: ``slug`` for ids, ``slugify`` for file names,
entity ids and event ids made from text. The rules that turn text into a permalink live in one
place, and each caller's settings are frozen: a slug, once published, is a URL.
"""

from __future__ import annotations

import hashlib
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
