"""Untrusted text (article bodies, titles, names, URLs) made inert for Markdown pages.

Every generated page is Markdown that may carry small HTML, and Markdown is a second
language hiding inside the first: ``[x](javascript:...)`` or ``{: onclick=...}`` (attr_list)
turn plain characters into live markup even when ``<`` and ``>`` are escaped. So text is
HTML-escaped *and* every character that Markdown, its common extensions or a template
engine treat as syntax becomes a numeric character reference, which renders as the same
character in a browser and is left alone by every Markdown renderer.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Markdown (CommonMark + Python-Markdown + pymdownx + attr_list) and Jinja/Liquid syntax.
_SYNTAX = "\\`*_{}[]#+!|~^=<>&\"'$@"
_ENTITY = {ord(c): f"&#{ord(c)};" for c in _SYNTAX}
# Line breaks inside untrusted text would start Markdown blocks (lists, headings, code);
# collapse them into plain spaces wherever text is inline.
_WS = re.compile(r"\s+")
# C0 controls other than white space have no business in a page (and break XML feeds).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder the text shown
# after them ("Trojan source"): an article could make a page read otherwise than its text. They
# are dropped; the marks LRM, RLM and ALM, which right-to-left writing needs and which reorder
# nothing beyond a neutral character, stay.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Anything ``text`` drops or folds: white space other than one plain space, controls, bidi controls.
_TO_CLEAN = re.compile("[^\\S ]| {2}|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# Characters a URL cannot carry as they are into an attribute, Markdown or a template: percent-encoded.
_URL_UNSAFE = re.compile("[\x00-\x20\x7f<>\"'`\\\\\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def text(value: object) -> Markup:
    """Inline text: every HTML and Markdown special character as a character reference."""
    return Markup(escaped(value))


def escaped(value: object) -> str:
    """``text`` as a plain string, for building a larger piece that is made ``Markup`` once."""
    if value is None:
        return ""
    s = str(value)
    if _TO_CLEAN.search(s):  # one pass tells; most text has nothing to drop or fold
        s = _WS.sub(" ", BIDI_CONTROLS.sub("", _CONTROL.sub("", s)))
    return s.translate(_ENTITY)


def attr(value: object) -> Markup:
    """A value for an HTML attribute (quoted by the caller with double quotes)."""
    return text(value)


def safe_url(url: object) -> str | None:
    """The URL when it is an absolute http(s) address, else None: never a script URL.

    A character that could end an attribute or start markup (a quote, ``<``, a space, a
    control or bidi character) is percent-encoded, as a browser would send it: the link
    is kept (``.../Airbus_launches_world's_largest_plane`` becomes ``...world%27s...``)."""
    if not isinstance(url, str):
        return None
    candidate = _URL_UNSAFE.sub(lambda m: quote(m.group(), safe=""), url.strip())
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def href(url: object) -> Markup | None:
    """An http(s) URL escaped for an ``href`` attribute, or None when it is not one."""
    ok = safe_url(url)
    return None if ok is None else url_attr(ok)


def url_attr(url: str) -> Markup:
    """A URL we made (or checked) for an attribute: HTML-escaped, kept readable.

    Markdown leaves the inside of an HTML tag alone, so only HTML escaping is needed here.
    """
    return Markup(html.escape(url, quote=True))


def json_for_script(data: object) -> Markup:
    """JSON safe inside ``<script type="application/ld+json">``: no ``</script>``, no comments."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    s = s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(s)


def plain_html(value: object) -> str:
    """HTML-escaped text for formats that are HTML but not Markdown (feeds, TimelineJS)."""
    return html.escape("" if value is None else BIDI_CONTROLS.sub("", str(value)), quote=True)
