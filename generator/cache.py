"""The per-article cache: one SQLite file of what the per-article stages made of each article.

A rebuild redoes only the articles that changed. The file lives beside the site folder, in
``.claimline-cache/`` (``site/`` -> ``.claimline-cache/articles.sqlite3``), never inside the
site (the site folder is replaced and published as a whole) nor inside ``content/`` (which
is never written). SQLite: one file, atomic transactions, readers that a writer does not
block (WAL), no server.

Never misread, never a failure:

- a row is used only when its key matches, and the key covers everything the result depends
  on (the article's text and metadata, the overrides that name it, claimline's version and a
  fingerprint of the code of the per-article stages: see ``stages/extract.py``);
- ``PRAGMA user_version`` holds ``SCHEMA``: a file of another layout is emptied and rebuilt;
- a file that is not a database, or any other SQLite error, turns the cache off for the run
  (a corrupt file is replaced by a new one); a locked database skips storing; both are logged
  as a warning, and the build goes on without the cache.

The cache keeps one row per article id (the latest result) and forgets articles that are no
longer in the corpus, so it stays about the size of the corpus' results. A second table,
``results``, holds what the last build's cross-article stages made, by the digest of their
inputs (``stages/reuse.py``), one row per call of a stage.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator.errors import ClaimlineError

SCHEMA = 3  # bump when the layout of a table or of a stored value changes (2: ``results``; 3: names apart)
FOLDER = ".claimline-cache"
FILE_NAME = "articles.sqlite3"
BUSY_MS = 2000  # how long to wait for another build's write before giving up on storing

log = logging.getLogger("claimline.cache")


def beside(site_dir: Path) -> Path:
    """The cache folder of a site folder: ``.claimline-cache`` in the folder that holds it."""
    return site_dir.resolve().parent / FOLDER


def cache_folder(choice: Path | str | bool | None, site_dir: Path, content: Path,
                 base: Path | None = None) -> Path | None:  # fmt: skip
    """The cache folder a build uses: ``True`` beside ``site_dir``, a path (relative to ``base``),
    or None for no cache (``False``, ``None``). Never inside ``content`` (which is never written)."""
    if choice is None or choice is False:
        return None
    folder = beside(site_dir) if choice is True else Path(choice)
    if not folder.is_absolute():
        folder = (base or Path.cwd()) / folder
    inside = content.resolve()
    if folder.resolve() == inside or inside in folder.resolve().parents:
        raise ClaimlineError(f"{choice if choice is not True else folder}: the cache folder may not be inside the "
                             f"content folder {content}, which claimline never writes; choose another one")
    return folder


def fingerprint(root: Path, parts: Iterable[str], extra: Iterable[str] = ()) -> str:
    """A hash of the files under ``root / part`` for each part (paths and bytes), and of ``extra``:
    a changed rule, word list or library version gives other keys, so nothing stale is read."""
    h = hashlib.sha256()
    for part in parts:
        base = root / part
        files = sorted(p for p in (base.rglob("*") if base.is_dir() else [base])
                       if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")  # fmt: skip
        for path in files:
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    for item in extra:
        h.update(item.encode() + b"\0")
    return h.hexdigest()


_TABLES = {
    "entries": "article TEXT PRIMARY KEY, key TEXT NOT NULL, value BLOB NOT NULL",
    "results": "stage TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (stage, key)",
}


def open_db(path: Path, schema: int, tables: dict[str, str]) -> sqlite3.Connection:
    """A cache database (one file, WAL, waits ``BUSY_MS`` for another build's write) whose tables
    (name -> columns) are made anew when its schema version is not ``schema``: an old layout is
    rebuilt, never misread. Raises ``sqlite3.DatabaseError`` for a file that is no database."""
    db = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        if db.execute("PRAGMA user_version").fetchone()[0] != schema:
            db.execute("BEGIN IMMEDIATE")
            for name, columns in tables.items():
                db.execute(f"DROP TABLE IF EXISTS {name}")
                db.execute(f"CREATE TABLE {name} ({columns})")
            db.execute(f"PRAGMA user_version={schema}")
            db.execute("COMMIT")
        for name in tables:
            db.execute(f"SELECT count(*) FROM {name}").fetchone()
    except BaseException:
        db.close()
        raise
    return db


class ArticleCache:
    """Stored results by article id, each with the key it was made for."""

    def __init__(self, folder: Path):
        self.path = folder / FILE_NAME
        self.db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
        except (sqlite3.DatabaseError, OSError) as err:
            if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
                self.db = self._replace(err)  # not a database (or a damaged one): start a new one
            else:
                self._off(f"cannot be opened ({err})")

    def _open(self) -> sqlite3.Connection:
        return open_db(self.path, SCHEMA, _TABLES)

    def _replace(self, err: Exception) -> sqlite3.Connection | None:
        log.warning(f"claimline: the cache {self.path} is damaged ({err}); it is rebuilt")
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return self._open()
        except (sqlite3.Error, OSError) as again:
            self._off(f"cannot be rebuilt ({again})")
            return None

    def _off(self, why: str) -> None:
        log.warning(f"claimline: the cache {self.path} {why}; building without it")
        self.close()

    def rows(self, wanted: dict[str, str]) -> Iterator[tuple[str, bytes]]:
        """(article id, stored value) of each article of ``wanted`` (id -> key) stored with that key."""
        if self.db is None:
            return
        try:
            cursor = self.db.execute("SELECT article, key, value FROM entries")
            for article, key, value in cursor:
                if wanted.get(article) == key:
                    yield article, value
        except sqlite3.Error as err:
            self._off(f"could not be read ({err})")

    def store(self, rows: list[tuple[str, str, bytes]], keep: Iterable[str]) -> None:
        """Save (article id, key, value) rows, and forget articles not in ``keep``: one transaction."""
        if self.db is None:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO entries (article, key, value) VALUES (?, ?, ?)", rows)
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (article TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM keep")
            self.db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((a,) for a in keep))
            self.db.execute("DELETE FROM entries WHERE article NOT IN (SELECT article FROM keep)")
            self.db.execute("COMMIT")
        except sqlite3.Error as err:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            self._off(f"could not be written ({err}); this build's results were not stored")

    def result(self, stage: str, key: str) -> bytes | None:
        """What a cross-article stage made of the inputs whose digest is ``key``, if stored."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM results WHERE stage = ? AND key = ?", (stage, key)).fetchone()
        except sqlite3.Error as err:
            self._off(f"could not be read ({err})")
            return None
        return row[0] if row else None

    def store_results(self, stage: str, rows: dict[str, bytes]) -> None:
        """Keep ``rows`` (key -> value) as the results of ``stage``, and only them: one transaction."""
        if self.db is None:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM results WHERE stage = ?", (stage,))
            self.db.executemany("INSERT INTO results (stage, key, value) VALUES (?, ?, ?)",
                                ((stage, k, v) for k, v in rows.items()))  # fmt: skip
            self.db.execute("COMMIT")
        except sqlite3.Error as err:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            self._off(f"could not be written ({err}); this build's results were not stored")

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None
