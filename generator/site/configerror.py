"""A broken ``mkdocs.yml`` told as ``path:line: message``, like a problem in ``content/``: MkDocs
names the setting it refuses but not its line, and a YAML syntax error comes in PyYAML's words,
over several lines."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.content.yamlfile import syntax_problem
from generator.errors import Problem

_SETTING = re.compile(r"Config value '([^']+)'")
_PLUGIN_OPTION = re.compile(r"Plugin '([^']+)' option '([^']+)'")
_PYTHON_TYPE = re.compile(r"<class '(\w+)'>")


def located(config_file: Path, detail: str) -> str:
    """``detail`` (MkDocs' message) prefixed with the file and the line of the setting it names."""
    shown = config_file.as_posix()
    try:
        text = config_file.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=yaml.SafeLoader)  # nodes only: MkDocs' own tags (!ENV) need no meaning
    except yaml.MarkedYAMLError as err:
        problem = syntax_problem(err, shown, 1)
        return f"{problem.path}:{problem.line}: {problem.message}"
    except (OSError, UnicodeError, yaml.YAMLError):
        return f"{shown}: {detail}"
    detail = _PYTHON_TYPE.sub(r"\1", detail)  # "Expected type: <class 'int'>" -> "Expected type: int"
    line = _line(root, detail)
    detail += _what_to_do(detail)
    return f"{shown}:{line}: {detail}" if line else f"{shown}: {detail}"


def _what_to_do(detail: str) -> str:
    """MkDocs says what it refuses, not where the settings are told: say where."""
    option = _PLUGIN_OPTION.search(detail)
    if option and option[1] == "claimline":
        return "; correct it (the claimline plugin's options are listed in claimline's README, under 'Plugin options')"
    return "; correct it (MkDocs' settings: https://www.mkdocs.org/user-guide/configuration/)"


def plugin_option_line(config_file: Path, plugin: str, option: str) -> int | None:
    """The line of ``option`` of ``plugin`` in ``config_file``, else of the plugin's entry, else None."""
    try:
        root = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeError, yaml.YAMLError):
        return None
    plugins = _value(root, "plugins")
    entries = plugins.value if isinstance(plugins, yaml.SequenceNode) else [plugins]
    for entry in entries:
        found = _key(_value(entry, plugin), option)
        if found is not None:
            return found.start_mark.line + 1
        named = entry if isinstance(entry, yaml.ScalarNode) and entry.value == plugin else _key(entry, plugin)
        if named is not None:
            return named.start_mark.line + 1
    return None


def syntax_warning(config_file: Path) -> Problem | None:
    """A YAML syntax error of ``config_file`` as a warning for ``claimline check``: it reads only
    the content folder, but said OK over an mkdocs.yml the build then stops at."""
    try:
        yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        found = syntax_problem(err, config_file.as_posix(), 1)
        return Problem(found.path, found.line, f"{found.message} (a build stops here; check read "
                                               "the content folder alone)", "warning")
    except (OSError, UnicodeError, yaml.YAMLError):
        return None
    return None


def _line(root: yaml.Node | None, detail: str) -> int | None:
    setting = _SETTING.search(detail)
    key = _key(root, setting[1]) if setting else None
    option = _PLUGIN_OPTION.search(detail)
    if key is not None and option and setting[1] == "plugins":
        plugins = _value(root, "plugins")
        entries = plugins.value if isinstance(plugins, yaml.SequenceNode) else [plugins]
        for entry in entries:
            found = _key(_value(entry, option[1]), option[2])
            if found is not None:
                return found.start_mark.line + 1
    return key.start_mark.line + 1 if key is not None else None


def _key(node: yaml.Node | None, name: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((k for k, _v in node.value if isinstance(k, yaml.ScalarNode) and k.value == name), None)
    return None


def _value(node: yaml.Node | None, name: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == name), None)
    return None
