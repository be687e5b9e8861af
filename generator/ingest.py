"""``claimline import``: add a raw article to ``content/`` without touching its text.

The file is copied byte for byte to ``content/articles/<name>.txt`` and its metadata goes in
a sidecar ``<name>.yml`` beside it, so the text stays exactly as it was handed over and
every offset into it stays valid. Everything is checked before anything is written, and
nothing already in ``content/`` is ever replaced.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from . import urls
from .errors import ClaimlineError, ContentError, Problem
from .load import load_corpus, load_sources, normal_url, parse_published, read_text


def slug(stem: str) -> str:
    """A file name safe on every system and in a URL: ASCII letters, digits, - and _ (case kept)."""
    return urls.slugify(stem, keep_case=True, inner="_-", fallback="article")


def import_article(file: Path | str, content: Path | str, source: str, published: str | None = None,
                   url: str | None = None, title: str | None = None) -> list[Path]:
    """Copy ``file`` into ``content/articles/`` with a sidecar; return the paths written.

    Raises ClaimlineError (nothing written) when the source id is unknown, the date does
    not parse, the text is not UTF-8 or is empty, an article of that name exists, or the
    same article (same text once whitespace is folded, or same url) is already there.
    """
    file, content = Path(file), Path(content)
    where = file.as_posix()
    problems: list[Problem] = []
    text = read_text(file, where, problems)
    if text is not None and not text.strip():
        problems.append(Problem(where, None, "is empty; an article needs its text"))
    if problems:
        raise ContentError(problems)

    sources = load_sources(content)
    if source not in sources:
        known = ", ".join(sorted(sources)) or "(none yet)"
        raise ClaimlineError(f"unknown source '{source}'; add it to {(content / 'sources.yml').as_posix()} "
                             f"or use one of: {known}")
    meta: dict[str, object] = {"source": source}
    if title is not None:
        control = next((c for c in title if unicodedata.category(c) in ("Cc", "Zl", "Zp")), None)
        if control is not None:
            raise ClaimlineError(f"--title: has a control character ({control!r}) such as a line break; "
                                 "a headline is one line of plain text")
        if not title.strip():
            raise ClaimlineError("--title: is empty; give the headline, or leave --title out")
        meta["title"] = title
    if published is not None:
        try:
            parse_published(published)
        except ValueError as err:
            raise ClaimlineError(f"--published: {err}") from None
        meta["published"] = published
    if url is not None:
        if not re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", url):
            raise ClaimlineError(f"--url: '{url}' is not a web address; it should start with http:// or https://")
        meta["url"] = url

    _refuse_duplicate(text, url, content)

    name = slug(file.stem)
    articles = content / "articles"
    target, sidecar = articles / f"{name}.txt", articles / f"{name}.yml"
    taken = [p for p in (target, sidecar, articles / f"{name}.md", articles / f"{name}.yaml") if p.exists()]
    if taken:
        raise ClaimlineError(f"{taken[0].as_posix()} already exists; claimline import never replaces an "
                             "article: remove it first, or rename the file you import")

    articles.mkdir(parents=True, exist_ok=True)
    header = f"# Metadata of {target.name} (imported by claimline; its text is kept untouched).\n"
    body = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, default_flow_style=False)
    with target.open("xb") as out:  # "x": fail rather than overwrite, even in a race
        out.write(file.read_bytes())
    try:
        with sidecar.open("x", encoding="utf-8") as out:
            out.write(header + body)
    except OSError:
        target.unlink()
        raise
    return [target, sidecar]


def _refuse_duplicate(text: str, url: str | None, content: Path) -> None:
    """The same article twice would count its claims twice; ``check`` refuses it, so
    refuse it here before anything is written. Content with errors of its own is left to
    ``check``: import still works there."""
    try:
        corpus = load_corpus(content)
    except ContentError:
        return
    folded = " ".join(text.split())
    for article in corpus.articles:
        if " ".join(article.body.split()) == folded:
            raise ClaimlineError(f"{(content / article.path).as_posix()} already has this text; "
                                 "the same article twice would count its claims twice")
        if url and article.url and normal_url(article.url) == normal_url(url):
            raise ClaimlineError(f"{(content / article.path).as_posix()} already has the url {url}; "
                                 "the same article twice would count its claims twice")
