"""JSON Schemas (Draft 2020-12) of the content files, shipped with the package.

``load`` validates with them; editors can point their YAML extension at them for
completion and inline errors (e.g. ``# yaml-language-server: $schema=...``).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

NAMES = ("front-matter", "sidecar", "sources", "entities", "overrides")


@cache
def schema(name: str) -> dict:
    """The schema ``<name>.schema.json`` as a dict."""
    return json.loads(files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8"))
