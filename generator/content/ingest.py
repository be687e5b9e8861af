"""``claimline import``: add an article to ``content/`` without touching its text.

A raw file is copied byte for byte to ``content/articles/<name>.txt`` and its metadata goes
in a sidecar ``<name>.yml`` beside it, so the text stays exactly as it was handed over and
every offset into it stays valid. A Markdown file with front matter keeps it: it goes in as
``<name>.md``, and the options only add the keys it lacks (after its own, before the closing
``---``); an option that says otherwise than the file is refused. Everything is checked
before anything is written, and nothing already in ``content/`` is ever replaced.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from generator.content import dumptitle
from generator.content.articles import normal_url, read_markdown, split_front_matter
from generator.content.configfiles import load_sources
from generator.content.encoding import read_text
from generator.content.load import load_corpus
from generator.content.published import parse_published
from generator.content.yamlfile import parse_yaml
from generator.errors import ClaimlineError, ContentError, Problem
from generator.model import Source
from generator.text import slugs


def slug(stem: str) -> str:
    """A file name safe on every system and in a URL: ASCII letters, digits, - and _ (case kept)."""
    return slugs.slugify(stem, keep_case=True, inner="_-", fallback="article")


_HTML_PAGE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


def import_article(file: Path | str, content: Path | str, source: str | None = None, published: str | None = None,
                   url: str | None = None, title: str | None = None) -> list[Path]:
    """Copy ``file`` into ``content/articles/`` (with a sidecar, or as Markdown with its own
    front matter); return the paths written.

    Raises ClaimlineError (nothing written) when the source id is unknown, the date does
    not parse, the text is not UTF-8 or is empty, an option clashes with the file's front
    matter, an article of that name exists, or the same article (same text once whitespace
    is folded, or same url) is already there.
    """
    file, content = Path(file), Path(content)
    where = file.as_posix()
    problems: list[Problem] = []
    text = read_text(file, where, problems)
    front = split_front_matter(text) if text is not None and file.suffix.lower() == ".md" else None
    if isinstance(front, str):
        problems.append(Problem(where, 1, front))
    elif text is not None and front is None and not text.strip():
        problems.append(Problem(where, None, "is empty; an article needs its text"))
    elif text is not None and front is None and _HTML_PAGE.match(text):
        problems.append(Problem(where, 1, "is an HTML page, not an article's text: its tags and menus would become "
                                          "claims; save the article's text (a browser's reader view, copied) as "
                                          ".txt or .md and import that"))
    if problems:
        raise ContentError(problems)

    sources = load_sources(content)
    options = _checked_options(sources, content, source=source, title=title, published=published, url=url)
    name = slug(file.stem)
    if front is not None:
        return _import_markdown(file, text, options, sources, content, name)
    if "source" not in options:
        raise ClaimlineError("--source: is required; give the outlet id, as in sources.yml")
    _refuse_duplicate(text, url, content)

    articles = content / "articles"
    target, sidecar = articles / f"{name}.txt", articles / f"{name}.yml"
    _refuse_taken(articles, name)
    articles.mkdir(parents=True, exist_ok=True)
    header = f"# Metadata of {target.name} (imported by claimline; its text is kept untouched).\n"
    if "title" not in options:
        found = dumptitle.headline_of(text)
        if found is not None:
            options = {**options, "title": found}
            header += "# title: the text's first line, which reads as its headline (change it here if not).\n"
    body = yaml.safe_dump(options, sort_keys=False, allow_unicode=True, default_flow_style=False)
    with target.open("xb") as out:  # "x": fail rather than overwrite, even in a race
        out.write(file.read_bytes())
    try:
        with sidecar.open("x", encoding="utf-8") as out:
            out.write(header + body)
    except OSError:
        target.unlink()
        raise
    return [target, sidecar]


def _checked_options(sources: dict[str, Source], content: Path, **given: str | None) -> dict[str, str]:
    """The metadata options that were given, each checked, in sidecar order."""
    meta: dict[str, str] = {}
    source, title, published, url = given["source"], given["title"], given["published"], given["url"]
    if source is not None:
        if source not in sources:
            raise ClaimlineError(f"unknown source '{source}'; {_sources_hint(sources, content)}")
        meta["source"] = source
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
    return meta


def _sources_hint(sources: dict[str, Source], content: Path) -> str:
    known = ", ".join(sorted(sources)) or "(none yet)"
    return f"add it to {(content / 'sources.yml').as_posix()} or use one of: {known}"


def _import_markdown(file: Path, text: str, options: dict[str, str], sources: dict[str, Source],
                     content: Path, name: str) -> list[Path]:
    """A Markdown file with front matter goes in as ``<name>.md``: its front matter is kept
    as it is, the options fill only the keys it lacks, and its text is never altered."""
    where = file.as_posix()
    problems: list[Problem] = []
    meta_text, first_line, _body, body_line = split_front_matter(text)
    doc = parse_yaml(meta_text, where, first_line, problems)
    if doc is None:
        raise ContentError(problems)
    have = doc.data if isinstance(doc.data, dict) else {}
    missing = {}
    for key, value in options.items():
        if key not in have:
            missing[key] = value
        elif not _same(key, have[key], value):
            said = "null" if have[key] is None else have[key]
            problems.append(Problem(where, doc.line_of([key]),
                                    f"the file says '{key}: {said}' but --{key} says '{value}'; leave "
                                    f"--{key} out (the file's {key} is kept), or change the file before "
                                    "importing it"))
    if isinstance(doc.data, dict) and "source" not in have and "source" not in options:
        problems.append(Problem(where, first_line, "its front matter names no source; give --source with the "
                                                   "outlet id, or add 'source: <outlet id>' to the front matter"))
    if problems:
        raise ContentError(problems)

    new_text = _with_keys(text, body_line, missing)
    if missing:  # the file's front matter must take the keys as plain lines (not a {...} mapping, say)
        added = split_front_matter(new_text)
        new_doc = parse_yaml(added[0], where, first_line, []) if isinstance(added, tuple) else None
        if new_doc is None or new_doc.data != {**have, **missing}:
            keys = ", ".join(f"'{k}'" for k in missing)
            raise ClaimlineError(f"{where}: {keys} cannot be added to its front matter, which is not written as "
                                 f"'key: value' lines; add {keys} to the file yourself and import it again")
    article = read_markdown(new_text, where, name, problems)
    named = have.get("source")  # an option's source was checked already
    if isinstance(named, str) and named and named not in sources:
        problems.append(Problem(where, doc.line_of(["source"]),
                                f"Error reading metadata 'source': unknown source '{named}'; "
                                f"{_sources_hint(sources, content)}"))
    if any(p.severity == "error" for p in problems) or article is None:
        raise ContentError([p for p in problems if p.severity == "error"])
    _refuse_duplicate(article.body, article.url, content)

    articles = content / "articles"
    target = articles / f"{name}.md"
    _refuse_taken(articles, name)
    articles.mkdir(parents=True, exist_ok=True)
    raw = file.read_bytes()
    data = raw if not missing else raw[:len(raw) - len(text.encode("utf-8"))] + new_text.encode("utf-8")
    with target.open("xb") as out:  # "x": fail rather than overwrite, even in a race
        out.write(data)
    return [target]


def _same(key: str, have: object, given: str) -> bool:
    """Whether the file's value says what the option says (a date however it is written)."""
    if key == "published" and isinstance(have, str):
        try:
            return parse_published(have) == parse_published(given)
        except ValueError:
            return False
    return have == given


def _with_keys(text: str, body_line: int, keys: dict[str, str]) -> str:
    """``text`` with ``keys`` added as the last lines of its front matter, in its line endings."""
    if not keys:
        return text
    lines = text.splitlines(keepends=True)
    closing = body_line - 2  # the index of the closing '---' line
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    dumped = yaml.safe_dump(keys, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10**6)
    added = "".join(line + newline for line in dumped.splitlines())
    return "".join(lines[:closing]) + added + "".join(lines[closing:])


def _refuse_taken(articles: Path, name: str) -> None:
    taken = [articles / f"{name}{suffix}" for suffix in (".txt", ".yml", ".md", ".yaml")]
    taken = [p for p in taken if p.exists()]
    if taken:
        raise ClaimlineError(f"{taken[0].as_posix()} already exists; claimline import never replaces an "
                             "article: remove it first, or rename the file you import")


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
