"""YAML as claimline reads it: dates stay text, only true/false are booleans, no anchors or
tags, keys are text; every value keeps its line in the file, and a syntax error is a
``path:line`` problem with what to do."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import yaml

from generator.errors import Problem


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

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        """Keys are text, as written (``123:`` is the id '123'); a list or mapping as a key is refused."""
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _KeyError(problem="a key is a list or a mapping", problem_mark=key_node.start_mark)
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


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


class _KeyError(yaml.MarkedYAMLError):
    """A key that is not plain text (``? [a, b]: x``): no claimline file has one."""


@dataclass
class YamlDoc:
    """A parsed YAML document with its node tree, to find the line of any value."""

    data: Any
    node: yaml.Node | None
    first_line: int  # the file line of the YAML text's first line

    def __post_init__(self) -> None:
        self._keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}

    def _entry(self, node: yaml.MappingNode, step: Any) -> tuple[yaml.Node, yaml.Node] | None:
        """The (key, value) nodes of ``step`` in a mapping (the first, when written twice),
        from an index built once per mapping: a lookup per key stays linear overall."""
        index = self._keys.get(id(node))
        if index is None:
            index = {}
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    index.setdefault(k.value, (k, v))
            self._keys[id(node)] = index
        return index.get(str(step))

    def line_of(self, path: Iterable[Any], key: bool = False) -> int:
        """File line of the value at ``path`` (or of its key), or of its nearest parent."""
        node, key_node = self.node, None
        for step in path:
            found = None
            if isinstance(node, yaml.MappingNode):
                entry = self._entry(node, step)
                if entry is not None:
                    key_node, found = entry
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
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
    loader = None
    try:
        loader = _Loader(text)  # the reader checks every character here
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as err:
        problems.append(_unprintable(err, text, where, first_line))
        return None
    except yaml.MarkedYAMLError as err:
        problems.append(syntax_problem(err, where, first_line))
        return None
    except RecursionError:
        problems.append(Problem(where, first_line, "YAML nested too deeply (lists or mappings inside each other "
                                                   "hundreds of levels down); no claimline file needs that"))
        return None
    finally:
        if loader is not None:
            loader.dispose()
    doc = YamlDoc(data, node, first_line)
    _check_duplicate_keys(doc.node, where, first_line, problems)
    return doc


def _unprintable(err: yaml.reader.ReaderError, text: str, where: str, first_line: int) -> Problem:
    """A character YAML does not allow (a control character such as U+0007 or U+009F), at its line."""
    position = max(0, min(err.position, len(text)))
    line = text.count("\n", 0, position) + first_line
    code = err.character if isinstance(err.character, int) else ord(str(err.character)[:1] or "\0")
    return Problem(where, line, f"holds the control character U+{code:04X}, which YAML does not allow; remove it "
                                "(it is invisible: retype the line if you cannot see it)")


def syntax_problem(err: yaml.MarkedYAMLError, where: str, first_line: int) -> Problem:
    """A YAML syntax error at its file line, in words that say what to do (also for mkdocs.yml)."""
    mark = err.problem_mark or err.context_mark
    line = mark.line + first_line if mark else first_line
    if isinstance(err, _AliasError):
        return Problem(where, line, f"YAML anchors and aliases are not allowed in claimline files ({err.problem} "
                                    "here); write each value out in full")
    if isinstance(err, _KeyError):
        return Problem(where, line, "a key is a list or a mapping; a key in a claimline file is plain text "
                                    "(an id or a name): write it as one")
    what = err.problem or "invalid YAML"
    tag = re.search(r"for the tag '([^']*)'", what)
    if isinstance(err, yaml.constructor.ConstructorError) and tag:
        shown = tag[1].replace("tag:yaml.org,2002:", "!!")
        return Problem(where, line, f"YAML tag {shown}: tags are not allowed in claimline files; remove it and "
                                    "write the plain value")
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
    return Problem(where, line, f"YAML syntax error: {what}; {hint}")


def _check_duplicate_keys(node: yaml.Node | None, where: str, first_line: int,
                          problems: list[Problem]) -> None:
    """Every key written twice in one mapping, at any depth (walked without recursion)."""
    stack = [node]
    while stack:
        node = stack.pop()
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
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
