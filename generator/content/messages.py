"""JSON Schema validation with problems an editor can act on: each error at its file line,
in words ("is a number, expected text"), with a "did you mean" for a mistyped key."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

from generator.content import schemas
from generator.content.yamlfile import YamlDoc
from generator.errors import Problem


def _registry() -> Registry:
    resources = []
    for name in schemas.NAMES:  # by file name: "$ref": "front-matter.schema.json" works here and in editors
        resources.append((f"{name}.schema.json", Resource.from_contents(schemas.schema(name))))
    return Registry().with_resources(resources)


_VALIDATORS: dict[str, Draft202012Validator] = {}


def validator(name: str) -> Draft202012Validator:
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


def dotted(path: Iterable[Any]) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def schema_problems(doc: YamlDoc, schema_name: str, where: str, *, metadata: bool) -> list[Problem]:
    """Validate ``doc.data`` against a schema; one Problem per error, at its file line.

    ``metadata``: article front matter / sidecar: unknown keys are warnings there (they are
    ignored), and messages read "Error reading metadata 'key': ..." like Material's blog.
    """
    out: list[Problem] = []
    errors = sorted(validator(schema_name).iter_errors(doc.data), key=lambda e: (list(map(str, e.path)), e.message))
    for err in errors:
        out.extend(_explain(err, doc, where, metadata))
    return out


def _explain(err: ValidationError, doc: YamlDoc, where: str, metadata: bool) -> list[Problem]:
    path = list(err.absolute_path)
    subject = dotted(path)

    def say(at: list[Any], text: str) -> str:
        name = dotted(at)
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
