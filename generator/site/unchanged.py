"""Whether the site of the last build already is this build's site, so MkDocs need not run again.

MkDocs renders every page on every build (its search index, sitemap and navigation are made of
all of them), and at a few thousand articles that is most of a rebuild with nothing changed.
What a build writes is a function of the timeline, the configuration (mkdocs.yml as loaded,
the docs folder, the theme's own folder, hooks), the code of claimline and the installed
libraries (theme, plugins, Markdown extensions), and ``SOURCE_DATE_EPOCH``. A build records a
digest of all that, and a digest of the site it wrote, in ``site.json`` in the cache folder;
the next build with the same digest keeps the site in place, after checking that the folder
still holds exactly the files it wrote, byte for byte (a site edited, damaged or replaced by
hand is built again). Anything unreadable or missing is "not the same": MkDocs runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import types
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from generator import __version__
from generator.cache import fingerprint
from generator.model import Timeline
from generator.site.pages import templates_dir
from generator.site.swap import MANIFEST
from generator.stages.reuse import digest

STATE = "site.json"
FORMAT = 1
# configuration items that name where this run happens to put things, not what is built
_PLACES = {"config_file_path", "site_dir"}
_ENVIRON = ("SOURCE_DATE_EPOCH",)


@dataclass
class Built:
    """What the last build recorded: its inputs' digest, the site's digest, the report's figures."""

    key: str
    site: str  # the folder, resolved
    tree: str
    pages: int
    warnings: list[str] = field(default_factory=list)


def _plain(value: object, depth: int = 0) -> object:
    """A configuration value as JSON data. Other objects by their type and attributes, or their
    ``repr``: one that names a memory address only ever makes the site be built again."""
    if depth > 20:
        return "..."
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (Path, types.ModuleType)):
        return str(value)  # a hook's module: its file is read in ``key``
    if hasattr(value, "items"):
        with contextlib.suppress(Exception):
            return {str(k): _plain(v, depth + 1) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v, depth + 1) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if hasattr(value, "__dict__") and not callable(value):
        return {"<type>": f"{type(value).__module__}.{type(value).__qualname__}", **_plain(vars(value), depth + 1)}
    return repr(value)


def _files(folder: Path | None, h) -> None:
    """Every file below ``folder`` (path and bytes, as ``cache.fingerprint`` reads a tree) into ``h``."""
    h.update(fingerprint(folder, ["."]).encode("ascii") if folder is not None and folder.is_dir() else b"-")


def _libraries() -> list[str]:
    return sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())


def key(timeline: Timeline, config, target: Path) -> str:
    """A digest of everything the site at ``target`` is made from (``config``: MkDocs' loaded one)."""
    h = hashlib.sha256()
    data = {"format": FORMAT, "timeline": digest(timeline), "target": str(target),
            "environ": {k: os.environ.get(k) for k in _ENVIRON}}  # fmt: skip
    h.update(json.dumps(data, sort_keys=True).encode("utf-8"))
    h.update(configuration_key(config).encode("ascii"))
    return h.hexdigest()


def configuration_key(config) -> str:
    """A digest of all a site is made from but the timeline and the build's date: the configuration
    as loaded, claimline's code and page templates, the installed libraries, the docs folder, the
    theme's own folder, hooks (``rendercache`` keys every page's render by it)."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    plugins = {name: _plain(getattr(p, "config", None)) for name, p in config["plugins"].items()}
    data = {"format": FORMAT, "version": __version__, "code": fingerprint(package.parent, [package.name]),
            "libraries": _libraries(), "plugins": plugins,
            "config": {k: _plain(v) for k, v in config.items() if k not in _PLACES and k != "plugins"}}  # fmt: skip
    h.update(json.dumps(data, sort_keys=True, default=str).encode("utf-8"))
    _files(templates_dir(), h)
    _files(Path(config["docs_dir"]), h)
    theme_dir = config["theme"].custom_dir if config["theme"] is not None else None
    _files(Path(theme_dir) if theme_dir else None, h)
    for hook in sorted(str(p) for p in (config.get("hooks") or {})):  # the hooks' own files
        with contextlib.suppress(OSError):
            h.update(hook.encode("utf-8", "surrogateescape") + b"\0" + Path(hook).read_bytes())
    return h.hexdigest()


def tree(folder: Path) -> str:
    """A digest of a site folder: each file's path and bytes (dot-files at its top left out, as a
    build keeps them, all but the manifest)."""
    h = hashlib.sha256()
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        rel = Path(root).relative_to(folder)
        if rel == Path("."):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            names = [n for n in names if not n.startswith(".") or n == MANIFEST]
        for name in sorted(names):
            path = Path(root) / name
            h.update((rel / name).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            h.update(os.readlink(path).encode() if path.is_symlink() else hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def load(cache: Path) -> Built | None:
    """The last build's record, or None (none, unreadable, of another format)."""
    try:
        data = json.loads((cache / STATE).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        return Built(data["key"], data["site"], data["tree"], int(data["pages"]), list(data["warnings"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def kept(cache: Path | None, key_now: str, target: Path) -> Built | None:
    """The last build's record when its site at ``target`` is this build's site, whole; else None."""
    if cache is None:
        return None
    built = load(cache)
    if built is None or built.key != key_now or built.site != str(target) or not target.is_dir():
        return None
    try:
        return built if tree(target) == built.tree else None
    except OSError:
        return None


def forget(cache: Path | None) -> None:
    """Drop the record before a new site goes in (a build killed after this keeps no stale one)."""
    if cache is not None:
        with contextlib.suppress(OSError):
            (cache / STATE).unlink(missing_ok=True)


def record(cache: Path | None, built: Built) -> None:
    """Write the record (atomically: a new file renamed over the old one); a failure only costs
    the next build its shortcut."""
    if cache is None:
        return
    data = {"format": FORMAT, "key": built.key, "site": built.site, "tree": built.tree, "pages": built.pages,
            "warnings": built.warnings}  # fmt: skip
    tmp = cache / f".{STATE}.{os.getpid()}"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cache / STATE)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
