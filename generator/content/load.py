"""Read and validate ``content/``: sources, entities, overrides and articles.

Everything is checked before anything is returned, and every problem found is collected,
so an editor fixes all of them in one round. Structure is checked with the JSON Schemas in
``generator/schemas`` (the same files an editor's YAML extension can use); cross-references
(source ids, article ids, duplicates) are checked here.

Problem paths are the content folder *as the caller gave it* joined with the file's path
inside it (``content/articles/x.md`` for ``--content content``), so an editor can click
them; line numbers are lines of the file, front-matter offset included. Dataclass ``path``
fields (``Article.path``, ``EntityDecl.path``) stay relative to the content folder.

Nothing under ``content/`` is ever written here.
"""

from __future__ import annotations

import calendar
import difflib
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

from generator.content import schemas
from generator.errors import ClaimlineError, ContentError, Problem
from generator.model import Article, Corpus, EntityDecl, EventOverride, Overrides, Source
from generator.text import timex

ARTICLE_SUFFIXES = (".md", ".txt")
SIDECAR_SUFFIXES = (".yml", ".yaml")
CONFIG_FILES = ("sources.yml", "entities.yml", "overrides.yml")
YEARS = (1000, 9998)  # publication years accepted: relative dates reach a year either side
EXAMPLE_DATES = "write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00"


# ---------------------------------------------------------------- YAML with line numbers


class _Loader(yaml.SafeLoader):
    """YAML 1.2-ish: dates stay strings (we parse them ourselves, keeping what the editor
    wrote) and only true/false are booleans (``language: no`` is Norwegian, not False).
    Anchors and aliases are refused (see ``_AliasError``)."""

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        if event.anchor is not None:  # an alias, or a value that defines an anchor
            sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
            raise _AliasError(problem=f"{sign}{event.anchor}", problem_mark=event.start_mark)
        return super().compose_node(parent, index)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class _AliasError(yaml.MarkedYAMLError):
    """An anchor or alias: refused, since content is untrusted and nested aliases expand
    exponentially ("billion laughs"): nine levels would hang every check and build."""


@dataclass
class YamlDoc:
    """A parsed YAML document with its node tree, to find the line of any value."""

    data: Any
    node: yaml.Node | None
    first_line: int  # the file line of the YAML text's first line

    def line_of(self, path: Iterable[Any], key: bool = False) -> int:
        """File line of the value at ``path`` (or of its key), or of its nearest parent."""
        node, key_node = self.node, None
        for step in path:
            found = None
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(step):
                        found, key_node = v, k
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                found, key_node = node.value[step], None
            if found is None:
                break
            node = found
        target = key_node if key and key_node is not None else node
        if target is None:
            return self.first_line
        return target.start_mark.line + self.first_line

    def key_line(self, path: Iterable[Any], name: str) -> int:
        """File line of the key ``name`` inside the mapping at ``path``."""
        return self.line_of([*path, name], key=True)


_YAML_WORDS = {"quoted scalar": "a quoted text", "flow sequence": "a [...] list",
               "flow mapping": "a {...} mapping"}


def parse_yaml(text: str, where: str, first_line: int, problems: list[Problem]) -> YamlDoc | None:
    """Parse ``text``; on a syntax error record it at its file line and return None."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + first_line if mark else first_line
        if isinstance(err, _AliasError):
            problems.append(Problem(where, line, f"YAML anchors and aliases are not allowed in claimline files "
                                                 f"({err.problem} here); write each value out in full"))
            return None
        what = err.problem or "invalid YAML"
        tag = re.search(r"for the tag '([^']*)'", what)
        if isinstance(err, yaml.constructor.ConstructorError) and tag:
            shown = tag[1].replace("tag:yaml.org,2002:", "!!")
            problems.append(Problem(where, line, f"YAML tag {shown}: tags are not allowed in claimline files; "
                                                 "remove it and write the plain value"))
            return None
        hint = "check the quoting and indentation of this line and the one above"
        ctx = err.context_mark
        if err.context and ctx and "end of stream" in what.replace("stream end", "end of stream"):
            # the file ended inside something: point at where that something began
            line = ctx.line + first_line
            inside = re.sub(r"^while (?:scanning|parsing) (?:an? )?", "", err.context)
            inside = _YAML_WORDS.get(inside, inside)
            what = f"the file ends inside {inside} that starts on this line"
            hint = "close it (a quote, ] or }) or remove it"
        elif err.context:
            at = f" on line {ctx.line + first_line}" if ctx and mark and ctx.line != mark.line else ""
            what = f"{what} ({err.context}{at})"
        if "mapping values are not allowed" in what:
            hint = "put a value that contains ': ' in quotes"
        elif "'\\t'" in what:
            hint = "indent with spaces: YAML does not allow tabs"
        problems.append(Problem(where, line, f"YAML syntax error: {what}; {hint}"))
        return None
    except yaml.YAMLError as err:  # e.g. a reader error on a control character
        problems.append(Problem(where, first_line, f"YAML error: {err}"))
        return None
    finally:
        loader.dispose()
    doc = YamlDoc(data, node, first_line)
    _check_duplicate_keys(doc.node, where, first_line, problems)
    return doc


def _check_duplicate_keys(node: yaml.Node | None, where: str, first_line: int,
                          problems: list[Problem]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                line = k.start_mark.line + first_line
                if k.value in seen:
                    problems.append(Problem(where, line, f"key '{k.value}' appears twice (first on line "
                                                         f"{seen[k.value]}); keep only one"))
                else:
                    seen[k.value] = line
            _check_duplicate_keys(v, where, first_line, problems)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_duplicate_keys(item, where, first_line, problems)


# ---------------------------------------------------------------- JSON Schema with line numbers


def _registry() -> Registry:
    resources = []
    for name in schemas.NAMES:  # by file name: "$ref": "front-matter.schema.json" works here and in editors
        resources.append((f"{name}.schema.json", Resource.from_contents(schemas.schema(name))))
    return Registry().with_resources(resources)


_VALIDATORS: dict[str, Draft202012Validator] = {}


def _validator(name: str) -> Draft202012Validator:
    if name not in _VALIDATORS:
        _VALIDATORS[name] = Draft202012Validator(schemas.schema(name), registry=_registry())
    return _VALIDATORS[name]


_TYPE_NAMES = {"string": "text", "object": "a mapping (key: value)", "array": "a list", "null": "null",
               "integer": "a whole number", "number": "a number", "boolean": "true or false"}


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _dotted(path: Iterable[Any]) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _schema_problems(doc: YamlDoc, schema_name: str, where: str, *, metadata: bool) -> list[Problem]:
    """Validate ``doc.data`` against a schema; one Problem per error, at its file line.

    ``metadata``: article front matter / sidecar: unknown keys are warnings there (they are
    ignored), and messages read "Error reading metadata 'key': ..." like Material's blog.
    """
    out: list[Problem] = []
    errors = sorted(_validator(schema_name).iter_errors(doc.data), key=lambda e: (list(map(str, e.path)), e.message))
    for err in errors:
        out.extend(_explain(err, doc, where, metadata))
    return out


def _explain(err: ValidationError, doc: YamlDoc, where: str, metadata: bool) -> list[Problem]:
    path = list(err.absolute_path)
    subject = _dotted(path)

    def say(at: list[Any], text: str) -> str:
        name = _dotted(at)
        if metadata:
            return f"Error reading metadata '{name}': {text}" if name else f"Error reading metadata: {text}"
        return f"'{name}': {text}" if name else text

    desc = err.schema.get("description") if isinstance(err.schema, dict) else None
    hint = f"; expected {desc}" if desc else ""
    v = err.validator
    if v == "required":
        props = err.schema.get("properties", {})
        missing = [k for k in err.validator_value if isinstance(err.instance, dict) and k not in err.instance]
        return [Problem(where, doc.line_of(path), say(path, f"'{k}' is missing; add `{k}:` with "
                                                            f"{props.get(k, {}).get('description', 'a value')}"))
                for k in missing]
    if v == "additionalProperties" and isinstance(err.instance, dict):
        known = sorted(err.schema.get("properties", {}))
        problems = []
        for k in sorted((k for k in err.instance if k not in known), key=str):
            guess = difflib.get_close_matches(str(k), known, n=1)
            did = f"did you mean '{guess[0]}'? " if guess else ""
            if metadata:
                msg = (f"unknown key '{k}' is ignored; {did}known keys: {', '.join(known)}")
                problems.append(Problem(where, doc.key_line(path, k), msg, "warning"))
            else:
                msg = f"unknown key '{k}'; {did}known keys: {', '.join(known)}"
                problems.append(Problem(where, doc.key_line(path, k), say(path, msg)))
        return problems
    if "propertyNames" in err.schema_path:  # the error is about a key, not a value
        key = err.instance
        return [Problem(where, doc.key_line(path, key), say(path, f"'{key}' is not a valid key{hint}"))]
    if v == "type":
        types = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        want = " or ".join(_TYPE_NAMES.get(t, t) for t in types)
        return [Problem(where, doc.line_of(path), say(path, f"is {_kind(err.instance)}, expected {want}"
                                                            + (f" ({desc})" if desc else "")))]
    if v == "oneOf" and desc is None:
        # the alternatives' descriptions say what would do
        alts = [s.get("description") for s in err.validator_value if isinstance(s, dict)]
        hint = "; expected " + " or ".join(a for a in alts if a) if any(alts) else ""
    value = err.instance
    shown = repr(value) if isinstance(value, str | int | float) else _kind(value)
    if v in ("uniqueItems",):
        text = f"has an item twice{hint}"
    elif v in ("minItems", "minProperties"):
        text = f"is too short{hint}"
    elif v == "minLength":
        text = f"is empty{hint}"
    else:
        text = f"{shown} is not valid{hint}"
    del subject
    return [Problem(where, doc.line_of(path), say(path, text))]


# ---------------------------------------------------------------- reading files


def _display(content: Path, rel: str) -> str:
    return (PurePosixPath(content.as_posix()) / rel).as_posix()


def read_text(path: Path, where: str, problems: list[Problem]) -> str | None:
    """The file as text, or None after recording why it is not UTF-8 text (a UTF-8
    byte-order mark is dropped: it is not part of the text)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        problems.append(Problem(where, None, f"cannot be read: {err.strerror}"))
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(Problem(where, 1, "is UTF-16 text; save it as UTF-8"))
        return None
    if _looks_binary(data):
        problems.append(Problem(where, None, "is a binary file, not text; content/ holds only UTF-8 text "
                                             "(articles, sidecars and YAML): move it out of content/"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        problems.append(Problem(where, line, f"is not UTF-8: byte 0x{data[err.start]:02x} at byte offset "
                                             f"{err.start} (line {line}, column {column}) cannot be decoded; "
                                             "save the file as UTF-8"))
        return None
    return text.removeprefix("\ufeff")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    head = data[:4096]
    if not head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.1


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


# ---------------------------------------------------------------- published dates

_DATE_ONLY = re.compile(r"\d{4}-?\d{2}-?\d{2}")


def parse_published(value: str | date | datetime) -> tuple[datetime, bool]:
    """A publication date as (timezone-aware datetime, has a time of day).

    A datetime is checked before a date (a datetime is a date too); a bare date is UTC
    midnight with ``has_time`` False. A time without a UTC offset is refused: read in the
    wrong zone it can move the date by a day, and every relative date with it.
    Raises ValueError with a message meant for the editor.
    """
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(_no_offset(value.isoformat()))
        return _in_range(value, value.isoformat()), True
    if isinstance(value, date):
        return _in_range(datetime(value.year, value.month, value.day, tzinfo=UTC), value.isoformat()), False
    text = str(value).strip()
    date_only = bool(_DATE_ONLY.fullmatch(text))
    try:
        if date_only:
            d = date.fromisoformat(text)
            parsed = datetime(d.year, d.month, d.day, tzinfo=UTC)
        else:
            parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(_impossible_day(text) or f"'{text}' is not an ISO 8601 date; {EXAMPLE_DATES}") from None
    if date_only:
        return _in_range(parsed, text), False
    if parsed.tzinfo is None:
        raise ValueError(_no_offset(text))
    return _in_range(parsed, text), True


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _impossible_day(text: str) -> str | None:
    """Why a well-written date is not on the calendar (``2020-02-30``), or None."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?![\d])", text)
    if not m or not 1 <= int(m[2]) <= 12 or int(m[1]) == 0:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    return f"'{text}' is not a date on the calendar: {_MONTHS[month - 1]} {year} has {days} days; {EXAMPLE_DATES}"


def _in_range(value: datetime, text: str) -> datetime:
    """Refuse years the date stage cannot count from: a year either side must still be a date."""
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValueError(f"'{text}' is out of range; write a year from {YEARS[0]} to {YEARS[1]}")
    return value


def _no_offset(text: str) -> str:
    return (f"'{text}' has a time but no UTC offset, so its day is ambiguous; add the outlet's offset "
            "(e.g. 2020-07-08T14:47:00+03:00, or Z for UTC) or write the date alone (2020-07-08)")


# ---------------------------------------------------------------- sources, entities, overrides


def _load_config(content: Path, name: str, schema_name: str, problems: list[Problem],
                 required: bool) -> tuple[YamlDoc | None, str, bool]:
    """(the parsed file or None, its display path, whether it passed its schema).

    A file that parsed but failed its schema is still returned, so the ids in it can be
    cross-checked in the same run (an editor sees every problem at once)."""
    where = _display(content, name)
    path = content / name
    if not path.is_file():
        if required:
            problems.append(Problem(where, None, f"is missing; create it ({_MISSING_HINT[name]})"))
        return None, where, False
    text = read_text(path, where, problems)
    if text is None:
        return None, where, False
    doc = parse_yaml(text, where, 1, problems)
    if doc is None:
        return None, where, False
    if doc.data is None:  # only comments: nothing declared
        return None, where, False
    found = _schema_problems(doc, schema_name, where, metadata=False)
    problems.extend(found)
    return doc, where, not any(p.severity == "error" for p in found)


_SOURCE_ID = re.compile(schemas.schema("sources")["propertyNames"]["pattern"])
_MISSING_HINT = {
    "sources.yml": "one entry per outlet, e.g. 'jpost: {name: The Jerusalem Post, url: https://www.jpost.com}'",
}


def load_sources(content: Path | str) -> dict[str, Source]:
    """Just ``sources.yml``, validated, by id (for ``claimline import``)."""
    content = Path(content)
    problems: list[Problem] = []
    doc, _, _valid = _load_config(content, "sources.yml", "sources", problems, required=True)
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    return {s.id: s for s in _sources(doc)}


def _sources(doc: YamlDoc | None) -> tuple[Source, ...]:
    if doc is None:
        return ()
    return tuple(
        Source(id=sid, name=v["name"], url=v.get("url"), country=v.get("country"), kind=v.get("kind"))
        for sid, v in sorted(doc.data.items())
    )


def _entities(doc: YamlDoc | None, where: str, problems: list[Problem]) -> tuple[EntityDecl, ...]:
    if doc is None:
        return ()
    decls, owner = [], {}
    for i, item in enumerate(doc.data):
        line = doc.line_of([i])
        decl = EntityDecl(name=item["name"], aliases=tuple(item.get("aliases") or ()), kind=item.get("kind"),
                          role=item.get("role"), path="entities.yml", line=line)
        for j, name in enumerate((decl.name, *decl.aliases)):
            key = " ".join(name.casefold().split())
            if key in owner and owner[key][0] != i:
                _, other, other_line = owner[key]
                at = doc.line_of([i, "aliases", j - 1]) if j else doc.line_of([i, "name"])
                problems.append(Problem(where, at, f"'{name}' already names '{other}' (line {other_line}); "
                                                   "a name or alias must name one entity only"))
            else:
                owner.setdefault(key, (i, decl.name, line))
        decls.append(decl)
    return tuple(decls)


_TIMEX_PRECISION = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}-W\d{2}"), "week"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"\d{4}-Q[1-4]"), "quarter"),
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{3}"), "decade"),
    (re.compile(r"\d{2}"), "century"),
)


def timex_precision(value: str) -> str:
    """The precision a TIMEX3 date value is written at (``2020-07`` -> month)."""
    for rx, precision in _TIMEX_PRECISION:
        if rx.fullmatch(value):
            return precision
    return "vague"


def timex_problem(value: str) -> str | None:
    """Why ``value`` is not a TIMEX3 date on the calendar (``2020-13-45``, ``2020-02-30``), or None."""
    if value in timex.VAGUE:
        return None
    if not timex.VALUE_RE.fullmatch(value):
        return f"'{value}' is not a TIMEX3 date value; {_TIMEX_EXAMPLES}"
    if value[:4].isdigit() and not YEARS[0] <= int(value[:4]) <= YEARS[1]:
        return f"'{value}' is out of range; write a year from {YEARS[0]} to {YEARS[1]}"
    try:
        timex.span(value)
    except (ValueError, OverflowError):
        return f"'{value}' is not a date on the calendar; {_TIMEX_EXAMPLES}"
    return None


_TIMEX_EXAMPLES = "write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020"


def _overrides(doc: YamlDoc | None, where: str, article_ids: set[str], bodies: dict[str, str],
               problems: list[Problem], valid: bool = True) -> Overrides:
    if doc is None:
        return Overrides()
    data = doc.data

    def check_statement(sid: str, path: list[Any], key: bool = False) -> None:
        if "#" not in sid:
            return  # a claim id in merge: checked by the claims stage
        art = sid.split("#", 1)[0]
        if art not in article_ids:
            line = doc.line_of(path, key=key)
            problems.append(Problem(where, line, f"'{_dotted(path)}': '{sid}' names an unknown article "
                                                 f"'{art}'{_id_hint(art, article_ids)}"))

    if not valid:  # the schema errors are reported; still name every unknown article in one run
        _override_refs(data, check_statement, where, doc, article_ids, problems)
        return Overrides()

    def check_date(value: str, path: list[Any]) -> None:
        why = timex_problem(value)
        if why:
            problems.append(Problem(where, doc.line_of(path), f"'{_dotted(path)}': {why}"))

    events = []
    for eid, spec in (data.get("events") or {}).items():
        value = None if spec.get("date") is None else str(spec["date"])
        if value is not None:
            check_date(value, ["events", eid, "date"])
        precision = spec.get("precision") or (timex_precision(value) if value else None)
        if spec.get("statement"):
            check_statement(spec["statement"], ["events", eid, "statement"])
        events.append(EventOverride(event=str(eid), title=spec.get("title"), date=value, precision=precision,
                                    status=spec.get("status"), line=doc.line_of(["events", eid], key=True),
                                    statement=spec.get("statement")))
    merge = []
    lines: list[tuple[str, str, int]] = []

    def line(section: str, ref: str, path: list[Any], key: bool = False) -> None:
        n = doc.line_of(path, key=key)
        if n is not None:
            lines.append((section, ref, n))

    for i, group in enumerate(data.get("merge") or ()):
        for j, sid in enumerate(group):
            check_statement(sid, ["merge", i, j])
            line("merge", sid, ["merge", i, j])
        merge.append(tuple(group))
    for field in ("split", "hide"):
        for i, sid in enumerate(data.get(field) or ()):
            check_statement(sid, [field, i])
            line(field, sid, [field, i])
    boiler = []
    for art, texts in (data.get("boilerplate") or {}).items():
        if art not in article_ids:
            problems.append(Problem(where, doc.line_of(["boilerplate", art], key=True),
                                    f"'boilerplate': unknown article '{art}'{_id_hint(art, article_ids)}"))
            continue
        for i, text in enumerate(texts):
            if text not in bodies[art]:
                problems.append(Problem(where, doc.line_of(["boilerplate", art, i]),
                                        f"'boilerplate.{art}[{i}]': '{text}' is not in the article's text, "
                                        "so it marks nothing; copy the text exactly", "warning"))
            boiler.append((art, text))
    dates = []
    for sid, spec in (data.get("dates") or {}).items():
        check_statement(sid, ["dates", sid], key=True)
        line("dates", sid, ["dates", sid], key=True)
        value = str(spec["date"] if isinstance(spec, dict) else spec)
        check_date(value, ["dates", sid, "date"] if isinstance(spec, dict) else ["dates", sid])
        precision = (spec.get("precision") if isinstance(spec, dict) else None) or timex_precision(value)
        dates.append((sid, value, precision))
    return Overrides(events=tuple(events), merge=tuple(merge), split=tuple(data.get("split") or ()),
                     hide=tuple(data.get("hide") or ()), boilerplate=tuple(boiler), dates=tuple(dates),
                     path=where, lines=tuple(lines))


def _override_refs(data: Any, check_statement, where: str, doc: YamlDoc, article_ids: set[str],
                   problems: list[Problem]) -> None:
    """The article references of an overrides.yml that failed its schema, read defensively."""
    def items(value: Any) -> list[Any]:
        return list(value) if isinstance(value, list | dict) else []

    data = data if isinstance(data, dict) else {}
    for i, group in enumerate(items(data.get("merge"))):
        for j, sid in enumerate(group if isinstance(group, list) else []):
            if isinstance(sid, str):
                check_statement(sid, ["merge", i, j])
    for field in ("split", "hide"):
        for i, sid in enumerate(items(data.get(field))):
            if isinstance(sid, str):
                check_statement(sid, [field, i])
    boiler = data.get("boilerplate")
    for art in boiler if isinstance(boiler, dict) else ():
        if str(art) not in article_ids:
            problems.append(Problem(where, doc.line_of(["boilerplate", art], key=True),
                                    f"'boilerplate': unknown article '{art}'{_id_hint(str(art), article_ids)}"))
    dates = data.get("dates")
    for sid in dates if isinstance(dates, dict) else ():
        check_statement(str(sid), ["dates", sid], key=True)


def _id_hint(art: str, article_ids: set[str]) -> str:
    guess = difflib.get_close_matches(art, sorted(article_ids), n=1)
    if guess:
        return f"; did you mean '{guess[0]}'?"
    return "; an article id is its file name without extension"


# ---------------------------------------------------------------- articles


@dataclass
class _Draft:
    """An article as read, before cross-checks; keeps where each metadata key is.

    A draft with errors of its own (``ok`` False) is never returned, but it still goes
    through the cross-checks its valid fields allow, so one run reports every problem."""

    article: Article
    where: str  # display path of the text file
    meta_where: str  # display path of the file that holds its metadata
    meta: YamlDoc | None
    ok: bool = True


def _read_article(content: Path, text_path: Path, sidecar: Path | None,
                  problems: list[Problem]) -> _Draft | None:
    """Every check of one article, each reporting on its own: a bad key does not hide a
    bad date or an empty text. None only when the text itself cannot be found."""
    rel = text_path.relative_to(content).as_posix()
    where = _display(content, rel)
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
        meta_where = _display(content, sidecar.relative_to(content).as_posix())
        meta_text = read_text(sidecar, meta_where, problems)
        first_line, body, body_line = 1, text, 1
    else:
        if text_path.suffix == ".md":
            msg = ("has no front matter; start the file with a '---' line, metadata such as 'source: jpost' "
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
                   problems: list[Problem]) -> _Draft:
    """Every check of one article's metadata and text; each reports on its own."""
    errors_before = sum(1 for p in problems if p.severity == "error")
    doc = parse_yaml(meta_text, meta_where, first_line, problems) if meta_text is not None else None
    meta: dict[str, Any] = {}
    if doc is not None:
        if doc.data is None:
            doc.data = {}
        schema_name = "front-matter" if is_front else "sidecar"
        problems.extend(_schema_problems(doc, schema_name, meta_where, metadata=True))
        if isinstance(doc.data, dict):
            # the keys that passed their schema are read on; a bad one was reported once, above
            bad = {e.absolute_path[0] for e in _validator(schema_name).iter_errors(doc.data) if e.absolute_path}
            meta = {k: v for k, v in doc.data.items() if k not in bad}
            if "published" not in doc.data:
                problems.append(Problem(meta_where, doc.line_of([]),
                                        "no 'published' date: it will be inferred from other outlets' reports of "
                                        "the same events; add 'published: 2020-07-08' if you know it, or "
                                        "'published: null' to say it is unknown", "warning"))

    published, has_time, published_text = None, False, None
    if meta.get("published") is not None:
        try:
            published, has_time = parse_published(meta["published"])
            published_text = str(meta["published"])
        except ValueError as err:
            problems.append(Problem(meta_where, doc.line_of(["published"]),
                                    f"Error reading metadata 'published': {err}"))

    if not body.strip():
        msg = ("has no text after its front matter; write the article below the closing '---'"
               if is_front else "is empty; an article needs its text")
        problems.append(Problem(where, body_line, msg))
    elif not any(c.isalpha() for c in body):  # only figures or punctuation: no statement can come of it
        problems.append(Problem(where, body_line, "has no words in its text, so no statement or claim can come "
                                                  "of it; check that the file holds the article's text", "warning"))

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
    ok = sum(1 for p in problems if p.severity == "error") == errors_before and "source" in meta
    return _Draft(article, where, meta_where, doc, ok)


def normal_url(url: str) -> str:
    """A URL as compared for "the same article twice": no fragment, scheme, www. or final /."""
    url = url.split("#", 1)[0].strip()
    _scheme, _, rest = url.partition("://")
    host, slash, tail = rest.partition("/")
    return f"{host.lower().removeprefix('www.')}{slash}{tail}".rstrip("/")


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def require_folder(content: Path) -> None:
    """Raise the one message every command gives for a content folder that is not there."""
    if content.exists() and not content.is_dir():
        raise ClaimlineError(f"'{content.as_posix()}' is a file; --content takes the content folder")
    if not content.is_dir():
        raise ClaimlineError(f"content folder '{content.as_posix()}' does not exist; "
                             "pass --content DIR or run claimline from the project folder")


def load_corpus(content: Path | str) -> Corpus:
    """Read and validate the content folder; raise ContentError listing every error.

    Warnings (unknown metadata keys, a missing publication date, ...) come back in
    ``Corpus.problems``.
    """
    content = Path(content)
    require_folder(content)
    problems: list[Problem] = []

    sources_doc, _, sources_ok = _load_config(content, "sources.yml", "sources", problems, required=True)
    entities_doc, entities_where, entities_ok = _load_config(content, "entities.yml", "entities", problems,
                                                             required=False)
    overrides_doc, overrides_where, overrides_ok = _load_config(content, "overrides.yml", "overrides", problems,
                                                                required=False)
    sources = _sources(sources_doc) if sources_ok else ()
    # the ids are the keys, whatever the entries hold: check articles against them even when an entry is wrong
    source_ids = ({str(k) for k in sources_doc.data if _SOURCE_ID.fullmatch(str(k))}
                  if sources_doc is not None and isinstance(sources_doc.data, dict) else None)

    # every file in content/: articles and their sidecars, the three YAML files; nothing else
    articles_dir = content / "articles"
    if not articles_dir.is_dir():
        problems.append(Problem(_display(content, "articles"), None,
                                "is missing; create it and put the articles in it (*.md, or *.txt with a *.yml)"))
    groups: dict[Path, dict[str, Path]] = {}
    for path in sorted(content.rglob("*")):
        rel = path.relative_to(content)
        if _is_hidden(rel):
            continue
        if path.is_symlink() and not path.exists():  # dangling, or a loop of links
            problems.append(Problem(_display(content, rel.as_posix()), None,
                                    f"is a link to {os.readlink(path)}, which does not exist or links back to "
                                    "itself; it is skipped: fix the link or remove it", "warning"))
            continue
        if not path.is_file():
            continue
        if rel.as_posix() in CONFIG_FILES:
            continue
        in_articles = rel.parts[0] == "articles" and len(rel.parts) > 1
        if in_articles and path.suffix in ARTICLE_SUFFIXES + SIDECAR_SUFFIXES:
            groups.setdefault(path.with_suffix(""), {})[path.suffix] = path
            continue
        where = _display(content, rel.as_posix())
        text = read_text(path, where, problems)
        if text is not None:
            problems.append(Problem(where, None, "is not read by claimline (articles are articles/*.md, or "
                                                 "articles/*.txt with a *.yml); move it out of content/",
                                    "warning"))

    drafts: list[_Draft] = []
    for stem_path, files in sorted(groups.items()):
        texts = [files[s] for s in ARTICLE_SUFFIXES if s in files]
        sidecars = [files[s] for s in SIDECAR_SUFFIXES if s in files]
        shown = _display(content, stem_path.relative_to(content).as_posix())
        if len(texts) > 1:
            problems.append(Problem(shown + ".txt", None, f"{stem_path.name}.md and {stem_path.name}.txt share "
                                                          "one article id; rename one of them"))
            continue
        if len(sidecars) > 1:
            problems.append(Problem(shown + ".yaml", None, f"{stem_path.name}.yml and {stem_path.name}.yaml "
                                                           "are both metadata for one article; keep one"))
            continue
        if re.search(r"[#\s]", stem_path.name):
            first = (texts or sidecars)[0]
            better = re.sub(r"[#\s]+", "-", stem_path.name) + first.suffix
            problems.append(Problem(_display(content, first.relative_to(content).as_posix()), None,
                                    f"the article id '{stem_path.name}' (its file name) has '#' or a space in it, "
                                    f"so statement ids and overrides.yml cannot name it; rename the file, e.g. {better}"))
            continue
        if not texts:
            problems.append(Problem(_display(content, sidecars[0].relative_to(content).as_posix()), None,
                                    f"is metadata for an article that is not there; add {stem_path.name}.txt "
                                    "beside it or remove it"))
            continue
        draft = _read_article(content, texts[0], sidecars[0] if sidecars else None, problems)
        if draft is not None:
            drafts.append(draft)

    # cross-checks: source ids, one id per article, the same article twice
    kept: list[_Draft] = []
    by_id: dict[str, _Draft] = {}
    by_url: dict[str, _Draft] = {}
    by_text: dict[str, _Draft] = {}
    for draft in drafts:
        a = draft.article
        ok = draft.ok
        if source_ids is not None and a.source and a.source not in source_ids:
            guess = difflib.get_close_matches(a.source, sorted(source_ids), n=1)
            did = f"did you mean '{guess[0]}'? " if guess else ""
            problems.append(Problem(draft.meta_where, draft.meta.line_of(["source"]),
                                    f"Error reading metadata 'source': unknown source '{a.source}'; {did}add it "
                                    f"to {_display(content, 'sources.yml')} or use one of: "
                                    f"{', '.join(sorted(source_ids)) or '(none yet)'}"))
            ok = False
        if a.id in by_id:
            problems.append(Problem(draft.where, None, f"has the article id '{a.id}' of "
                                                       f"{by_id[a.id].where}; rename one of them"))
            ok = False
        if a.url and normal_url(a.url) in by_url:
            first = by_url[normal_url(a.url)]
            problems.append(Problem(draft.meta_where, draft.meta.line_of(["url"]),
                                    f"the same article twice: {first.where} has the same url {a.url}; "
                                    "remove one of them"))
            ok = False
        text_key = hashlib.sha256(" ".join(a.body.split()).encode()).hexdigest() if a.body.strip() else None
        if text_key in by_text:
            first = by_text[text_key]
            problems.append(Problem(draft.where, a.body_line,
                                    f"the same article twice: its text is the same as {first.where}'s; "
                                    "remove one of them"))
            ok = False
        by_id.setdefault(a.id, draft)
        if a.url:
            by_url.setdefault(normal_url(a.url), draft)
        if text_key is not None:
            by_text.setdefault(text_key, draft)
        if ok:
            kept.append(draft)

    entities = _entities(entities_doc if entities_ok else None, entities_where, problems)
    articles = tuple(d.article for d in kept)
    overrides = _overrides(overrides_doc, overrides_where, {d.article.id for d in drafts},
                           {d.article.id: d.article.body for d in drafts}, problems, valid=overrides_ok)

    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    if not articles and articles_dir.is_dir():
        problems.append(Problem(_display(content, "articles"), None,
                                "has no articles yet; add *.md files or use claimline import", "warning"))
    return Corpus(
        shown_as=content.as_posix(),
        root=str(content.resolve()),
        sources=sources,
        articles=articles,
        entities=entities,
        overrides=overrides,
        problems=tuple(sorted(problems, key=_problem_key)),
    )


def _problem_key(p: Problem) -> tuple:
    return (p.path, p.line or 0, p.severity, p.message)
