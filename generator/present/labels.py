"""The site's own words, in the language ``theme.language`` names.

Material translates its own interface (search, navigation); dates go through babel; this
catalogue covers the words claimline adds around the articles' text. A language or a
phrase missing here falls back to English. Every label reaches a page through the same
escaping as any other text, so a catalogue entry can never add markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib.resources import files

import yaml

_STRINGS = "strings"  # one <language>.yml per language: English text -> its translation, with its source


@cache
def _catalogue(code: str) -> dict[str, str]:
    """The strings of language ``code`` (``strings/<code>.yml``), {} for English or a language without a file."""
    if code == "en" or not code.isalpha():
        return {}
    path = files(__package__).joinpath(_STRINGS, f"{code}.yml")
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@cache
def _patterns(code: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...]:
    """The catalogue's texts with fields, as patterns matching English text that other stages write
    ("weekday of {pub} ({date})"), the most literal first, so the most precise one reads a text."""
    out = []
    for english, translated in _catalogue(code).items():
        fields = tuple(re.findall(r"{(\w+)}", english))
        if not fields:
            continue
        parts = re.split(r"{\w+}", english)
        rx = "(.+?)".join(re.escape(p) for p in parts)
        out.append((len("".join(parts)), re.compile(rx, re.DOTALL), fields, translated))
    out.sort(key=lambda t: -t[0])
    return tuple((rx, fields, translated) for _n, rx, fields, translated in out)


def language_code(language: str | None) -> str:
    """"fr", "fr_CA" and "fr-CA" all use the French labels."""
    return (language or "en").replace("-", "_").split("_")[0].lower()


def translator(language: str | None) -> Callable[..., str]:
    """``_(message, **fields)`` in the site's language, English when it has no entry."""
    table = _catalogue(language_code(language))

    def _(message: str, **fields: object) -> str:
        return table.get(message, message).format(**fields) if fields else table.get(message, message)

    return _


def text_translator(language: str | None) -> Callable[[str], str]:
    """English text another stage wrote (how a date was read, why a line is furniture) in the
    site's language: an entry of the catalogue, or a text matching an entry's pattern, its
    fields translated in turn; what no entry reads stays English."""
    code = language_code(language)
    if not _catalogue(code):
        return lambda text: text
    return lambda text: _translate(code, text)


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


_QUOTED = re.compile(r"[\"'“‘«„][^\"”’»]*[\"'”’»]")  # a field that is a quotation of the article


@cache
def _translate(code: str, text: str, depth: int = 0) -> str:
    table = _catalogue(code)
    if text in table or depth > 4:
        return table.get(text, text)
    for rx, fields, translated in _patterns(code):
        m = rx.fullmatch(text)
        if m and all(_balanced(v) for v in m.groups()):  # "(Mon 2024-03-04), named ... (" is no field
            values = {f: v if _QUOTED.fullmatch(v) else _translate(code, v, depth + 1)  # the article's words stay
                      for f, v in zip(fields, m.groups(), strict=True)}
            return translated.format(**values)
    return text


def plural_translator(language: str | None) -> Callable[..., str]:
    """``n_(n, singular, plural, **fields)``: French counts 0 and 1 as singular."""
    _ = translator(language)
    french = language_code(language) == "fr"

    def n_(n: int, singular: str, plural: str, **fields: object) -> str:
        one = n in (0, 1) if french else n == 1
        return _(singular if one else plural, n=n, **fields)

    return n_


def known(message: str) -> bool:
    """Whether the catalogue has an entry for ``message`` (for tests of the templates): the French
    file holds every text."""
    return message in _catalogue("fr")
