"""The per-page render cache: a page whose Markdown and links are the last build's is not converted again.

MkDocs converts every page's Markdown to HTML on every build (``Page.render``) and Material's
search plugin parses every page's HTML into its entries: most of MkDocs' own work, and most
pages are the same after one article is added. What a page's HTML depends on:

- its Markdown, as ``render`` gets it (after the plugins' ``on_page_markdown``);
- its file: source path, URL, destination, inclusion (a draft's link warnings differ);
- the configuration (Markdown extensions and their options, link validation, URLs) and
  everything else ``unchanged.configuration_key`` reads: claimline's code, the installed
  libraries, the docs and theme folders, hooks;
- for each relative link, which file MkDocs finds under each path it tries and that file's
  URL and inclusion: the look-ups are recorded while the page renders, and a stored render
  is used only if every one of them gives the same answer now (a page linking to an event
  whose page is gone, or newly there, is rendered again);
- the level of MkDocs' loggers (what ``render`` keeps for anchor validation, what it logs).

What MkDocs logged while rendering a page (a broken link) is logged again when the render is
reused, so warnings and ``strict`` builds are the same. A page's search entries depend on its
HTML, table of contents, URL, title and metadata and on the search plugin's configuration;
they are kept by a digest of all that. The theme's templates (with the navigation, the page
title and its table of contents) are still rendered for every page.

Stored as JSON (never pickle: reading the cache runs no code) in one SQLite file,
``pages.sqlite3`` in the cache folder, one row per page (the latest), pages that are no
longer built forgotten after a successful build. ``PRAGMA user_version`` holds ``SCHEMA``:
another layout is dropped and rebuilt. A damaged file is replaced, a locked or unwritable
one turns the cache off for the build with a warning; the build goes on either way.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
from pathlib import Path

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.cache import open_db

SCHEMA = 2  # bump when a table's layout or a stored value's shape changes
FILE_NAME = "pages.sqlite3"
FLUSH_EVERY = 200  # pages made between writes (bounds what is held in memory)
_TABLES = ("renders", "search", "pages")

log = logging.getLogger("mkdocs.plugins.claimline")


def _sha(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _levels() -> str:
    """The levels of the loggers a render writes to (what is logged and kept depends on them)."""
    names = ("", "mkdocs", "mkdocs.structure.pages", "MARKDOWN")
    return ",".join(str(logging.getLogger(n).getEffectiveLevel()) for n in names)


def _toc(items) -> list:
    """A table of contents as Markdown's toc tokens (``get_toc`` makes it again)."""
    return [{"name": i.title, "id": i.id, "level": i.level, "children": _toc(i.children)} for i in items]


class PageStore:
    """Stored renders and search entries by page, for one build; ``base``: the configuration's key."""

    def __init__(self, folder: Path, base: str):
        self.path = folder / FILE_NAME
        self.base = base
        self.db: sqlite3.Connection | None = None
        self.pending: dict[str, list[tuple[str, str, bytes]]] = {t: [] for t in _TABLES}
        self.built: set[str] = set()
        self.nav_key: str | None = None  # set by ``cache_templates``
        self.volatile: frozenset[str] = frozenset()
        self.hits = 0  # renders read (and made) this build
        self.misses = 0
        self.templates_read = 0  # theme template outputs read (and made) this build
        self.templates_made = 0
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
        except (sqlite3.DatabaseError, OSError) as err:
            if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
                self._replace(err)
            else:
                self._off(f"cannot be opened ({err})")

    def _open(self) -> sqlite3.Connection:
        return open_db(self.path, SCHEMA, {t: "page TEXT PRIMARY KEY, key TEXT NOT NULL, value BLOB NOT NULL"
                                           for t in _TABLES})  # fmt: skip

    def _replace(self, err: Exception) -> None:
        log.warning(f"claimline: the page cache {self.path} is damaged ({err}); it is rebuilt")
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self.db = self._open()
        except (sqlite3.Error, OSError) as again:
            self._off(f"cannot be rebuilt ({again})")

    def _off(self, why: str) -> None:
        log.warning(f"claimline: the page cache {self.path} {why}; building without it")
        self.close(prune=False)

    # -- rows

    def get(self, table: str, page: str, key: str) -> dict | list | None:
        """The value stored for ``page`` under ``key`` (None: none, another key, unreadable)."""
        if self.db is None:
            return None
        try:
            row = self.db.execute(f"SELECT key, value FROM {table} WHERE page = ?", (page,)).fetchone()
        except sqlite3.Error as err:
            self._off(f"could not be read ({err})")
            return None
        if row is None or row[0] != key:
            return None
        with contextlib.suppress(ValueError, AttributeError):
            return json.loads(row[1].decode("utf-8", "surrogatepass"))
        return None  # a damaged row: made again

    def put(self, table: str, page: str, key: str, value: object) -> None:
        if self.db is None:
            return
        try:
            # UTF-8 bytes, lone surrogates passed through: what a page holds comes back the same
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        except (TypeError, ValueError):
            return  # not plain data (a plugin's object in the metadata): not kept
        self.pending[table].append((page, key, text))
        if len(self.pending[table]) >= FLUSH_EVERY:
            self.flush()

    def flush(self, prune: bool = False) -> None:
        """Write what is pending; with ``prune``, forget pages this build did not make."""
        if self.db is None:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            for table, rows in self.pending.items():
                self.db.executemany(f"INSERT OR REPLACE INTO {table} (page, key, value) VALUES (?, ?, ?)", rows)
            if prune:
                self.db.execute("CREATE TEMP TABLE IF NOT EXISTS built (page TEXT PRIMARY KEY)")
                self.db.execute("DELETE FROM built")
                self.db.executemany("INSERT OR IGNORE INTO built VALUES (?)", ((p,) for p in self.built))
                for table in _TABLES:
                    self.db.execute(f"DELETE FROM {table} WHERE page NOT IN (SELECT page FROM built)")
            self.db.execute("COMMIT")
        except sqlite3.Error as err:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            self._off(f"could not be written ({err}); this build's pages were not stored")
        for rows in self.pending.values():
            rows.clear()

    def close(self, prune: bool = True) -> None:
        """Write what is pending (``prune``: the build succeeded) and close."""
        if self.db is not None and prune:
            self.flush(prune=True)
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None

    # -- renders

    def render_key(self, page: Page) -> str:
        f = page.file
        return _sha(self.base, f.src_uri, f.dest_uri, f.url, f.inclusion.name, _levels(), page.markdown or "")

    def restore(self, page: Page, key: str, files) -> bool:
        """Set ``page`` as its stored render left it, if there is one for ``key`` whose links
        still lead where they did; log again what rendering it logged."""
        self.built.add(page.file.src_uri)
        value = self.get("renders", page.file.src_uri, key)
        try:
            if not isinstance(value, dict) or any(_answer(files, path) != was for path, was in value["lookups"]):
                raise ValueError("no stored render fits")
            content, toc, anchors = value["content"], get_toc(value["toc"]), set(value["anchors"])
            links = None if value["links"] is None else {files.get_file_from_path(src): dict(a)
                                                         for src, a in value["links"]}  # fmt: skip
            logs = [(str(name), int(level), str(message)) for name, level, message in value["logs"]]
        except (ValueError, KeyError, TypeError):
            self.misses += 1
            return False
        page.content, page.toc, page.present_anchor_ids = content, toc, anchors
        page._title_from_render = value["title"]
        if links is not None and logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = links
        for name, level, message in logs:
            logging.getLogger(name).log(level, message)
        self.hits += 1
        return True

    def keep(self, page: Page, key: str, lookups: list, logged: list) -> None:
        links = page.links_to_anchors
        self.put("renders", page.file.src_uri, key, {
            "lookups": lookups, "content": page.content, "toc": _toc(page.toc), "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()), "logs": logged,
            "links": None if links is None else [[f.src_uri, sorted(a.items())] for f, a in links.items()]})

    # -- search entries

    def search_key(self, page: Page) -> str:
        meta = json.dumps(page.meta, sort_keys=True, default=repr, ensure_ascii=False)
        toc = json.dumps(_toc(page.toc), ensure_ascii=False)
        return _sha(self.base, page.url, repr(page.title), meta, toc, page.content or "")


def _answer(files, path: str) -> list | None:
    """What MkDocs finds under ``path``: the file's source, URL and inclusion, or None."""
    return _described(files.get_file_from_path(path))


def _described(found) -> list | None:
    return None if found is None else [found.src_uri, found.url, found.inclusion.name]


class _Lookups:
    """``Files`` as a page's render sees it, recording each look-up and its answer."""

    def __init__(self, files) -> None:
        self._files = files
        self.seen: list[list] = []

    def get_file_from_path(self, path: str):
        found = self._files.get_file_from_path(path)
        self.seen.append([path, _described(found)])
        return found

    def __getattr__(self, name: str):
        return getattr(self._files, name)


class _Logged(logging.Handler):
    """What is logged while a page renders: [logger, level, message] (to log again on reuse)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[list] = []
        self._last: logging.LogRecord | None = None
        self._on = [logging.getLogger(), logging.getLogger("mkdocs")]

    def emit(self, record: logging.LogRecord) -> None:
        if record is not self._last:  # one record reaches both loggers' handlers
            self._last = record
            self.records.append([record.name, record.levelno, record.getMessage()])

    def __enter__(self) -> _Logged:
        for logger in self._on:
            logger.addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        for logger in self._on:
            logger.removeHandler(self)


class CachedPage(Page):
    """A page (not in the nav) whose Markdown is converted only when no stored render fits."""

    store: PageStore

    def render(self, config, files) -> None:
        key = self.store.render_key(self)
        if self.store.restore(self, key, files):
            return
        seen = _Lookups(files)
        with _Logged() as logged:
            super().render(config, seen)
        self.store.keep(self, key, seen.seen, logged.records)


def adopt(store: PageStore, nav, files, config) -> int:
    """Make the pages outside the nav ``CachedPage``s (MkDocs made them plain in ``get_navigation``;
    nothing else holds them yet); how many."""
    in_nav = {id(p) for p in nav.pages}
    count = 0
    for file in files.documentation_pages():
        if file.page is not None and type(file.page) is Page and id(file.page) not in in_nav:
            page = CachedPage(None, file, config)  # as get_navigation made it
            page.store = store
            count += 1
    return count


def cache_search(store: PageStore, plugins) -> bool:
    """Let Material's search plugin take a page's entries from the store when its key fits."""
    index = None
    for plugin in plugins.values():
        candidate = getattr(plugin, "search_index", None)
        if type(plugin).__module__.startswith("material.plugins.search") and candidate is not None:
            index = candidate
    if index is None or not isinstance(getattr(index, "entries", None), list):
        return False
    add = index.add_entry_from_context

    def add_entry_from_context(page) -> None:
        store.built.add(page.file.src_uri)
        key = store.search_key(page)
        entries = store.get("search", page.file.src_uri, key)
        if isinstance(entries, list):
            index.entries.extend(entries)
            return
        before = len(index.entries)
        add(page)
        store.put("search", page.file.src_uri, key, index.entries[before:])

    index.add_entry_from_context = add_entry_from_context
    return True


# ---------------------------------------------------------------- the theme's templates

# Template variables that change with any page of the site or with the build's date: where a
# theme template names one, it goes into the key (``pages``: no reuse at all).
_VOLATILE = {"pages": re.compile(r"(?<![\w.])pages\b"), "build_date_utc": re.compile(r"\bbuild_date_utc\b"),
             "update_date": re.compile(r"\bupdate_date\b")}  # fmt: skip


_NOT_TEMPLATES = (".svg", ".js", ".map", ".css", ".yml", ".yaml", ".json", ".png", ".ico", ".woff", ".woff2")


def _volatile(dirs: list[str], static: set[str]) -> frozenset[str]:
    """Which of ``_VOLATILE`` the theme's templates name: every file of its folders but the
    static templates (``sitemap.xml``: not part of a page), icons, scripts, styles, settings."""
    found: set[str] = set()
    for top in dirs:
        for root, _, names in os.walk(top):
            for name in names:
                path = Path(root) / name
                if name.endswith(_NOT_TEMPLATES) or path.relative_to(top).as_posix() in static:
                    continue
                with contextlib.suppress(OSError, UnicodeDecodeError):
                    text = path.read_text(encoding="utf-8")
                    found.update(k for k, pattern in _VOLATILE.items() if pattern.search(text))
    return frozenset(found)


def _nav(items) -> list:
    """The navigation as data: every item's kind, title, URL, state and metadata."""
    out = []
    for item in items or ():
        file = getattr(item, "file", None)
        out.append([type(item).__name__, item.title, getattr(item, "url", None), bool(item.active),
                    file.src_uri if file is not None else None, getattr(item, "meta", None),
                    _nav(getattr(item, "children", None))])  # fmt: skip
    return out


def _page_fields(page: Page, context: dict, volatile: frozenset[str]) -> dict | None:
    """All a template can read of a page outside the nav and of its context (None: a page
    with a parent or neighbours, which are not keyed)."""
    if page.parent is not None or page.previous_page is not None or page.next_page is not None or page.children:
        return None
    f = page.file
    skip = {"page", "nav", "pages", "config"} | ({"build_date_utc"} - volatile)
    return {"url": page.url, "abs_url": page.abs_url, "canonical": page.canonical_url, "edit": page.edit_url,
            "title": page.title, "home": page.is_homepage, "index": page.is_index, "meta": page.meta,
            "toc": _toc(page.toc), "file": [f.src_uri, f.dest_uri, f.url, f.inclusion.name, f.abs_src_path],
            "update_date": page.update_date if "update_date" in volatile else None,
            "context": {k: v for k, v in context.items() if k not in skip}}  # fmt: skip


def cache_templates(store: PageStore, env, nav, config, name: str = "main.html") -> bool:
    """Let the theme's page template take the HTML of a page outside the nav from the store when
    the page, the navigation and the configuration are those it was made with.

    The template's output is kept without the page's content (put back in its place)."""
    store.volatile = _volatile(list(config.theme.dirs), set(config.theme.static_templates))
    if "pages" in store.volatile:
        return False
    store.nav_key = _sha(store.base, json.dumps(_nav(nav.items), sort_keys=True, default=repr),
                         ",".join(sorted(store.volatile)))  # fmt: skip
    template = env.get_template(name)
    render = template.render

    def cached_render(*args, **kwargs) -> str:
        context = dict(*args, **kwargs)
        page = context.get("page")
        fields = _page_fields(page, context, store.volatile) if isinstance(page, CachedPage) else None
        if fields is None:
            return render(*args, **kwargs)
        content = page.content or ""
        key = _sha(store.nav_key, json.dumps(fields, sort_keys=True, default=repr, ensure_ascii=False), content)
        parts = store.get("pages", page.file.src_uri, key)
        if isinstance(parts, list) and len(parts) == 2 and all(isinstance(p, str) for p in parts):
            store.templates_read += 1
            return parts[0] + content + parts[1]
        store.templates_made += 1
        output = render(*args, **kwargs)
        if content and output.count(content) == 1:
            head, _, tail = output.partition(content)
            store.put("pages", page.file.src_uri, key, [head, tail])
        return output

    template.render = cached_render
    return True
