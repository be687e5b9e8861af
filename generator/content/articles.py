"""One article: its text, its metadata (front matter or a sidecar), every check of both; each
check reports on its own, so a bad key does not hide a bad date or an empty text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.content import limits
from generator.content.encoding import read_text
from generator.content.files import display
from generator.content.messages import schema_problems, validator
from generator.content.published import future, parse_published
from generator.content.yamlfile import YamlDoc, parse_yaml
from generator.errors import Problem
from generator.model import Article


def split_front_matter(text: str) -> tuple[str, int, str, int] | str | None:
    """(yaml text, its first file line, body, body's first line); None without front
    matter; an error message when it is not closed."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r\n").rstrip() in ("---", "..."):
            return "".join(lines[1:i]), 2, "".join(lines[i + 1:]), i + 2
    return "front matter opened by '---' on line 1 is never closed; add a '---' line after the metadata"


@dataclass
class Draft:
    """An article as read, before cross-checks; keeps where each metadata key is.

    A draft with errors of its own (``ok`` False) is never returned, but it still goes
    through the cross-checks its valid fields allow, so one run reports every problem."""

    article: Article
    where: str  # display path of the text file
    meta_where: str  # display path of the file that holds its metadata
    meta: YamlDoc | None
    ok: bool = True


def read_article(content: Path, text_path: Path, sidecar: Path | None,
                  problems: list[Problem]) -> Draft | None:
    """Every check of one article, each reporting on its own: a bad key does not hide a
    bad date or an empty text. None only when the text itself cannot be found."""
    rel = text_path.relative_to(content).as_posix()
    where = display(content, rel)
    text = read_text(text_path, where, problems)
    if text is None:
        return None
    front = split_front_matter(text) if text_path.suffix == ".md" else None
    if isinstance(front, str):
        problems.append(Problem(where, 1, front))
        return None
    if front is not None and sidecar is not None:
        problems.append(Problem(where, 1, f"has both front matter and a sidecar {sidecar.name}; keep the "
                                          "metadata in one place"))
        return None
    meta_text: str | None
    if front is not None:
        meta_text, first_line, body, body_line = front
        meta_where = where
    elif sidecar is not None:
        meta_where = display(content, sidecar.relative_to(content).as_posix())
        meta_text = read_text(sidecar, meta_where, problems, kind="metadata")
        first_line, body, body_line = 1, text, 1
    else:
        if not text.strip():
            msg = ("is empty; write the article in it (metadata between '---' lines, then its text), or remove "
                   "the file")
        elif text_path.suffix == ".md":
            msg = ("has no front matter; start the file with a '---' line, metadata such as 'source: <outlet id>' "
                   f"and 'published: 2020-07-08', then a '---' line (or put them in {text_path.stem}.yml beside it)")
        else:
            msg = (f"has no metadata; add {text_path.stem}.yml beside it with at least 'source: <outlet id>' "
                   "(claimline import does this for you)")
        problems.append(Problem(where, 1, msg))
        return None

    return _check_article(text_path.stem, rel, where, meta_where, meta_text, first_line, body, body_line,
                          front is not None, problems)


def read_markdown(text: str, where: str, article_id: str, problems: list[Problem]) -> Article | None:
    """The article in the text of a Markdown file, checked as ``check`` checks one in
    ``content/articles/`` (for ``claimline import``); None after recording its errors.
    Cross-checks against other articles and sources.yml are the caller's."""
    front = split_front_matter(text)
    if front is None or isinstance(front, str):
        problems.append(Problem(where, 1, front or "has no front matter"))
        return None
    meta_text, first_line, body, body_line = front
    draft = _check_article(article_id, f"articles/{article_id}.md", where, where, meta_text, first_line, body,
                           body_line, True, problems)
    return draft.article if draft.ok else None


def _check_article(article_id: str, rel: str, where: str, meta_where: str, meta_text: str | None,
                   first_line: int, body: str, body_line: int, is_front: bool,
                   problems: list[Problem]) -> Draft:
    """Every check of one article's metadata and text; each reports on its own."""
    start = len(problems)
    doc, meta = _read_meta(meta_text, meta_where, first_line, is_front, problems)
    published, has_time, published_text = None, False, None
    if meta.get("published") is not None:
        try:
            published, has_time = parse_published(meta["published"])
            published_text = str(meta["published"])
        except ValueError as err:
            problems.append(Problem(meta_where, doc.line_of(["published"]),
                                    f"Error reading metadata 'published': {err}"))
        else:
            ahead = future(published)
            if ahead:
                problems.append(Problem(meta_where, doc.line_of(["published"]),
                                        f"'published: {published_text}' {ahead}", "warning"))
    _check_body(body, body_line, where, is_front, problems)
    article = Article(
        id=article_id,
        path=rel,
        source=meta.get("source") or "",
        title=meta.get("title") or None,
        url=meta.get("url") or None,
        published=published,
        published_text=published_text,
        published_has_time=has_time,
        body=body,
        body_line=body_line,
        author=meta.get("author") or None,
        language=meta.get("language") or "en",
        tags=tuple(meta.get("tags") or ()),
    )
    ok = not any(p.severity == "error" for p in problems[start:]) and "source" in meta
    return Draft(article, where, meta_where, doc, ok)


def _read_meta(meta_text: str | None, meta_where: str, first_line: int, is_front: bool,
               problems: list[Problem]) -> tuple[YamlDoc | None, dict[str, Any]]:
    """The metadata document and the keys of it that passed their checks (a bad one is
    reported once, and left out)."""
    if meta_text is None:
        return None, {}
    size = len(meta_text.encode("utf-8"))
    if size > limits.METADATA_BYTES:
        limit, what, hint = limits.KINDS["metadata"]
        problems.append(Problem(meta_where, first_line, limits.too_large(size, limit, what, hint)))
        return None, {}
    doc = parse_yaml(meta_text, meta_where, first_line, problems)
    if doc is None:
        return None, {}
    if doc.data is None:
        doc.data = {}
    schema_name = "front-matter" if is_front else "sidecar"
    problems.extend(schema_problems(doc, schema_name, meta_where, metadata=True))
    if not isinstance(doc.data, dict):
        return doc, {}
    bad = {e.absolute_path[0] for e in validator(schema_name).iter_errors(doc.data) if e.absolute_path}
    bad |= _too_long(doc, meta_where, problems)
    if "published" not in doc.data:
        problems.append(Problem(meta_where, doc.line_of([]),
                                "no 'published' date: it will be inferred from other outlets' reports of "
                                "the same events; add 'published: 2020-07-08' if you know it, or "
                                "'published: null' to say it is unknown", "warning"))
    elif _written_empty(doc, "published"):
        problems.append(Problem(meta_where, doc.line_of(["published"], key=True),
                                "'published:' is empty: the date will be inferred from other outlets' reports "
                                "of the same events; write the date after it, e.g. 'published: 2020-07-08', or "
                                "'published: null' to say it is unknown", "warning"))
    return doc, {k: v for k, v in doc.data.items() if k not in bad}


def _written_empty(doc: YamlDoc, key: str) -> bool:
    """``key:`` with nothing after it: YAML reads null, as for ``null``, but an editor who
    writes nothing has more likely forgotten the value than meant "unknown"."""
    if not isinstance(doc.node, yaml.MappingNode):
        return False
    return any(isinstance(k, yaml.ScalarNode) and k.value == key and isinstance(v, yaml.ScalarNode)
               and v.tag == "tag:yaml.org,2002:null" and v.value == "" for k, v in doc.node.value)


def _too_long(doc: YamlDoc, meta_where: str, problems: list[Problem]) -> set[str]:
    """The keys whose value (or an item of its list) is longer than ``limits.FIELD_CHARS``."""
    found = set()
    for key, value in doc.data.items():
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, str) and len(item) > limits.FIELD_CHARS:
                at = [key, i] if isinstance(value, list) else [key]
                problems.append(Problem(meta_where, doc.line_of(at),
                                        f"Error reading metadata '{key}': is {len(item):,} characters long; a "
                                        f"metadata value may be at most {limits.FIELD_CHARS:,}: shorten it"))
                found.add(key)
                break
    return found


def _check_body(body: str, body_line: int, where: str, is_front: bool, problems: list[Problem]) -> None:
    if not body.strip():
        msg = ("has no text after its front matter; write the article below the closing '---'"
               if is_front else "is empty; an article needs its text")
        problems.append(Problem(where, body_line, msg))
    elif not any(c.isalpha() for c in body):  # only figures or punctuation: no statement can come of it
        problems.append(Problem(where, body_line, "has no words in its text, so no statement or claim can come "
                                                  "of it; check that the file holds the article's text", "warning"))


def normal_url(url: str) -> str:
    """A URL as compared for "the same article twice": no fragment, scheme, www. or final /."""
    url = url.split("#", 1)[0].strip()
    _scheme, _, rest = url.partition("://")
    host, slash, tail = rest.partition("/")
    return f"{host.lower().removeprefix('www.')}{slash}{tail}".rstrip("/")
