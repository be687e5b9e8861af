"""The per-article stages over a whole corpus: in worker processes, and from the cache.

Page furniture, statements, dates and the names written in an article depend on that article
alone and on the editor's overrides that name it, so each article is worked on by itself: in
any order, in any process, and its result is stored and reused while neither the article nor
claimline changes. The cross-article stages (merging names, claims, events) run again on these
results (claims are read back when all their inputs are the same: ``reuse``).

Deterministic whatever the scheduling: each result is a pure function of its article, and
results are returned in the corpus' order. Workers are processes (``concurrent.futures``),
forked (or, in a process that runs threads, as ``serve`` does, started by a fork server),
used only when there are enough articles to pay for starting them; should they fail, the
articles left are worked on in this process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import platform
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from generator import __version__
from generator.cache import ArticleCache, fingerprint
from generator.model import Article, Overrides
from generator.stages import boilerplate, dates, entities, statements
from generator.stages.stored import FORMAT, Extracted, decode, encode

STAGES = ("boilerplate", "statements", "dates", "names")
MIN_PARALLEL = 64  # fewer articles to work on than this: in this process (starting workers costs more)
CHUNK = 16  # articles a task: fewer round trips, still an even spread over the workers
# what the per-article results depend on besides the article: these files, and these libraries
CODE = ("model.py", "stages", "text", "lexicon")
LIBRARIES = ("babel", "dateparser", "rapidfuzz")  # libraries the stages call: a new release may read text otherwise

Progress = Callable[[str, int, int], None]
log = logging.getLogger("claimline")


@dataclass
class Stats:
    """How the per-article stages went: CPU seconds per stage (all processes), cache hits."""

    cpu: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    cached: int = 0
    worked: int = 0
    workers: int = 0


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Given:
    """What one article's result depends on besides the article: the editor's decisions that
    name it, and what the page-furniture stage knows of its outlet (names, lines it repeats)."""

    overrides: Overrides
    outlet: boilerplate.Outlet


def own_overrides(overrides: Overrides, article_id: str) -> Overrides:
    """The editor's decisions that concern the per-article stages of one article."""
    return Overrides(boilerplate=tuple(b for b in overrides.boilerplate if b[0] == article_id),
                     dates=tuple(d for d in overrides.dates if d[0].split("#", 1)[0] == article_id))  # fmt: skip


def given(article: Article, overrides: Overrides, outlets: dict[str, boilerplate.Outlet]) -> Given:
    return Given(own_overrides(overrides, article.id), boilerplate.for_article(outlets.get(article.source), article))


def extract(article: Article, given: Given, cpu: dict[str, float] | None = None) -> Extracted:
    """The per-article stages on one article; ``cpu`` collects each stage's CPU seconds."""
    overrides = given.overrides
    clock = time.process_time()

    def tick(stage: str) -> None:
        nonlocal clock
        now = time.process_time()
        if cpu is not None:
            cpu[stage] += now - clock
        clock = now

    segments = boilerplate.separate(article, overrides, given.outlet)
    tick("boilerplate")
    stmts = statements.split(article, segments)
    tick("statements")
    stmts = dates.resolve(article, stmts, overrides)
    tick("dates")
    names = entities.find_in_article(stmts)
    tick("names")
    return Extracted(segments, stmts, names)


_CODE_PRINT: str | None = None


def code_print() -> str:
    """claimline's version, the code of the per-article stages, its libraries, Python: part of every key."""
    global _CODE_PRINT
    if _CODE_PRINT is None:
        libs = []
        for lib in LIBRARIES:
            try:
                libs.append(f"{lib}=={metadata.version(lib)}")
            except metadata.PackageNotFoundError:
                libs.append(f"{lib}==?")
        _CODE_PRINT = fingerprint(Path(__file__).resolve().parents[1], CODE,
                                  [__version__, f"format {FORMAT}", platform.python_version(), *libs])  # fmt: skip
    return _CODE_PRINT


def cache_key(article: Article, given: Given) -> str:
    """Everything one article's result depends on, hashed: its text and metadata, what it is given, the code."""
    meta = {f: getattr(article, f) for f in article.__dataclass_fields__ if f != "body"}
    meta["published"] = article.published.isoformat() if article.published else None
    data = json.dumps([code_print(), meta, given.overrides.boilerplate, given.overrides.dates, given.outlet.names,
                       sorted(given.outlet.repeated)], sort_keys=True, ensure_ascii=False, default=list)  # fmt: skip
    h = hashlib.sha256(data.encode("utf-8"))
    h.update(article.body.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def extract_all(articles: list[Article], overrides: Overrides, outlets: dict[str, boilerplate.Outlet],
                jobs: int | None = None, cache: Path | None = None, progress: Progress | None = None,
                stats: Stats | None = None) -> dict[str, Extracted]:  # fmt: skip
    """Each article's result, by article id in the order of ``articles``.

    ``outlets``: ``boilerplate.outlets`` of the corpus. ``jobs``: worker
    processes (None: one per core; 1: all in this process). ``cache``: the cache folder, or
    None for none. ``progress("cached", n, n)`` once the cache is read, then
    ``progress("extract", done, total)`` as articles are done.
    """
    stats = stats if stats is not None else Stats()
    own = {a.id: given(a, overrides, outlets) for a in articles}
    store = ArticleCache(cache) if cache is not None else None
    keys = {a.id: cache_key(a, own[a.id]) for a in articles} if store is not None else {}
    by_id = {a.id: a for a in articles}
    done: dict[str, Extracted] = {}
    fresh: list[tuple[str, str, bytes]] = []
    total = len(articles)
    report = progress or (lambda stage, n, of: None)
    try:
        if store is not None:
            for aid, blob in store.rows(keys):
                try:
                    done[aid] = decode(blob, by_id[aid])
                except ValueError:
                    continue  # a row that does not read back is worked on again
            stats.cached = len(done)
            report("cached", len(done), len(done))  # a line in a log: how many were reused
        todo = [a for a in articles if a.id not in done]
        stats.worked = len(todo)
        for aid, result, blob in _work(todo, own, jobs, stats):
            done[aid] = result
            if store is not None:
                fresh.append((aid, keys[aid], blob if blob is not None else encode(result, by_id[aid])))
            report("extract", len(done), total)
        report("extract", len(done), total)  # also when the cache had them all
        if store is not None:
            store.store(fresh, keep=keys)
    finally:
        if store is not None:
            store.close()
    return {a.id: done[a.id] for a in articles}


def _work(todo: list[Article], own: dict[str, Given], jobs: int | None,
          stats: Stats) -> Iterator[tuple[str, Extracted, bytes | None]]:  # fmt: skip
    """(article id, result, its bytes when a worker made them) for each article of ``todo``, as they are done."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if jobs == 1 or len(todo) < MIN_PARALLEL:
        for article in todo:
            yield article.id, extract(article, own[article.id], stats.cpu), None
        return
    chunks = [[(a, own[a.id]) for a in todo[i:i + CHUNK]] for i in range(0, len(todo), CHUNK)]
    stats.workers = min(jobs, len(chunks))
    by_id = {a.id: a for a in todo}
    given: set[str] = set()
    try:
        with ProcessPoolExecutor(stats.workers, mp_context=_context()) as pool:
            for results, cpu in pool.map(_extract_chunk, chunks):
                for stage, seconds in cpu.items():
                    stats.cpu[stage] += seconds
                for aid, blob in results:
                    given.add(aid)
                    yield aid, decode(blob, by_id[aid]), blob
    except (BrokenProcessPool, OSError) as err:  # no processes here (a sandbox, no /dev/shm): one is enough
        log.warning(f"claimline: worker processes failed ({err or type(err).__name__}); going on in one process")
        stats.workers = 0
        for article in todo:
            if article.id not in given:
                yield article.id, extract(article, own[article.id], stats.cpu), None


def _extract_chunk(chunk: list[tuple[Article, Given]]) -> tuple[list[tuple[str, bytes]], dict[str, float]]:
    """In a worker: the results of a few articles, as bytes (smaller to send than objects)."""
    cpu = dict.fromkeys(STAGES, 0.0)
    out = [(a.id, encode(extract(a, o, cpu), a)) for a, o in chunk]
    return out, cpu


def _context():
    """Fork while this process runs no other thread (fast, and nothing is imported again);
    else a fork server (forking a threaded process can deadlock), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload([__name__])  # workers start with the stages imported
    return ctx
