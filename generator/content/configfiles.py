"""``sources.yml`` and ``entities.yml``: read, checked against their schemas, and turned into
``Source`` and ``EntityDecl``; the shared reader of the three YAML files of ``content/``."""

from __future__ import annotations

import re
from pathlib import Path

from generator.content import schemas
from generator.content.encoding import read_text
from generator.content.files import display, readable_file
from generator.content.messages import schema_problems
from generator.content.yamlfile import YamlDoc, parse_yaml
from generator.errors import ContentError, Problem
from generator.model import EntityDecl, Source


def load_config(content: Path, name: str, schema_name: str, problems: list[Problem],
                 required: bool) -> tuple[YamlDoc | None, str, bool]:
    """(the parsed file or None, its display path, whether it passed its schema).

    A file that parsed but failed its schema is still returned, so the ids in it can be
    cross-checked in the same run (an editor sees every problem at once)."""
    where = display(content, name)
    path = content / name
    if not (path.exists() or path.is_symlink()):
        if required:
            problems.append(Problem(where, None, f"is missing; create it ({_MISSING_HINT[name]})"))
        return None, where, False
    if not readable_file(content, path, where, problems):
        return None, where, False
    text = read_text(path, where, problems, kind="yaml")
    if text is None:
        return None, where, False
    doc = parse_yaml(text, where, 1, problems)
    if doc is None:
        return None, where, False
    if doc.data is None:  # only comments: nothing declared
        if required:
            problems.append(Problem(where, None, f"declares nothing (it is empty, or only comments); add "
                                                 f"{_MISSING_HINT[name]}"))
        return None, where, False
    found = schema_problems(doc, schema_name, where, metadata=False)
    problems.extend(found)
    return doc, where, not any(p.severity == "error" for p in found)


SOURCE_ID = re.compile(schemas.schema("sources")["propertyNames"]["pattern"])
_MISSING_HINT = {
    "sources.yml": "one entry per outlet, e.g. "
                   "'daily-example: {name: The Daily Example, url: https://news.example.org}'",
}


def load_sources(content: Path | str) -> dict[str, Source]:
    """Just ``sources.yml``, validated, by id (for ``claimline import``)."""
    content = Path(content)
    problems: list[Problem] = []
    doc, _, _valid = load_config(content, "sources.yml", "sources", problems, required=True)
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return {s.id: s for s in sources_of(doc)}


def sources_of(doc: YamlDoc | None) -> tuple[Source, ...]:
    if doc is None:
        return ()
    return tuple(
        Source(id=sid, name=v["name"], url=v.get("url"), country=v.get("country"), kind=v.get("kind"))
        for sid, v in sorted(doc.data.items())
    )


def entities_of(doc: YamlDoc | None, where: str, problems: list[Problem]) -> tuple[EntityDecl, ...]:
    if doc is None:
        return ()
    decls, owner = [], {}
    for i, item in enumerate(doc.data):
        line = doc.line_of([i])
        decl = EntityDecl(name=item["name"], aliases=tuple(item.get("aliases") or ()), kind=item.get("kind"),
                          role=item.get("role"), path="entities.yml", line=line)
        for j, name in enumerate((decl.name, *decl.aliases)):
            key = " ".join(name.casefold().split())
            at = doc.line_of([i, "aliases", j - 1]) if j else doc.line_of([i, "name"])
            if key in owner and owner[key][0] != i:
                _, other, other_line = owner[key]  # the line the name was first written on, not its entry's
                problems.append(Problem(where, at, f"'{name}' already names '{other}' (line {other_line}); "
                                                   "a name or alias must name one entity only"))
            else:
                owner.setdefault(key, (i, decl.name, at))
        decls.append(decl)
    return tuple(decls)
