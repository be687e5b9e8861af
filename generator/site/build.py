"""``claimline build`` and ``claimline serve``: the pipeline, then MkDocs, then a safe swap.

A build renders into a fresh folder beside the target and only replaces the previous site
once everything succeeded, so a failed build leaves the published site as it was. Without
an ``mkdocs.yml`` a built-in default configuration is used (Material, dark-mode toggle,
instant navigation, search, claimline).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from jinja2 import TemplateNotFound

from generator.cache import cache_folder
from generator.errors import BuildError, ClaimlineError, Problem
from generator.export.common import newest
from generator.model import Timeline
from generator.progress import Display
from generator.site import configerror, swap
from generator.site.pages import templates_dir
from generator.site.plugin import (
    CACHE_ENV,
    CONTENT_ENV,
    JOBS_ENV,
    PREVIOUS_ENV,
    ClaimlinePlugin,
    previous_export,
)
from generator.stages.permalinks import EXPORT_NAME

if TYPE_CHECKING:  # annotations only (the pipeline is imported when a build runs)
    from generator.pipeline import Timings
    from generator.site.unchanged import Built

DEFAULT_CONFIG = {
    "site_name": "Timeline",
    "use_directory_urls": True,
    "theme": {
        "name": "material",
        "language": "en",
        # no Google Fonts: the site loads nothing from another host (offline, private)
        "font": False,
        "features": ["navigation.instant", "navigation.top", "search.highlight"],
        "palette": [
            {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "indigo",
             "accent": "indigo", "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"}},
            {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "indigo",
             "accent": "indigo", "toggle": {"icon": "material/weather-sunny", "name": "Switch to light mode"}},
        ],
    },
    "markdown_extensions": ["attr_list", "md_in_html", "toc"],
    "plugins": ["search", "claimline"],
}


@dataclass
class BuildReport:
    """What a build made and what it noticed."""

    site_dir: Path
    articles: int = 0
    events: int = 0
    claims: int = 0
    pages: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    kept: bool = False  # the last build's site was this one, and was left in place (``unchanged``)

    @property
    def warnings(self) -> int:
        return len(self.problems)

    def summary(self) -> str:
        return (f"Built {self.site_dir}: {self.articles} article(s), {self.events} event(s), "
                f"{self.claims} claim(s), {self.pages} page(s), {self.warnings} warning(s) "
                f"in {self.seconds:.1f} s" + (" (nothing changed: the site in place was kept)" if self.kept else ""))


class _Collect(logging.Handler):
    """MkDocs' warnings, kept for the report instead of lost in a log."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def default_config_text(content: Path) -> str:
    """The built-in mkdocs.yml, pointing at ``content`` (used when there is none)."""
    cfg = dict(DEFAULT_CONFIG)
    cfg["docs_dir"] = str(templates_dir() / "docs")
    cfg["plugins"] = ["search", {"claimline": {"content": str(content.resolve())}}]
    return yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True)


def _config_file(config_file: Path | None) -> Path | None:
    if config_file is not None:
        if not config_file.is_file():
            raise ClaimlineError(f"{config_file}: no such configuration file")
        return config_file
    here = Path("mkdocs.yml")
    return here if here.is_file() else None


def _mkdocs_yml(config_file: Path) -> tuple[dict, dict]:
    """``config_file`` as a mapping, and the claimline plugin's options in it ({} when unreadable:
    a broken mkdocs.yml is reported by MkDocs itself, with its own message)."""
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open(encoding="utf-8") as fh:
            data = yaml_load(fh) or {}
        plugins = data.get("plugins") or {}
        if isinstance(plugins, list):  # [search, {claimline: {content: news}}]
            plugins = dict(next(iter(p.items())) if isinstance(p, dict) else (p, None) for p in plugins)
        options = plugins.get("claimline")
        return data, options if isinstance(options, dict) else {}
    except Exception:
        return {}, {}


def configured_content(config_file: Path | None) -> Path:
    """The content folder when ``--content`` is not given: the claimline plugin's ``content``
    option of ``config_file``, relative to it (as the plugin reads it), else ``content``."""
    if config_file is None:
        return Path("content")
    option = _mkdocs_yml(config_file)[1].get("content")
    content = config_file.parent / (os.environ.get(CONTENT_ENV) or option or "content")
    if not content.is_dir():
        raise ClaimlineError(_no_content(config_file, content, option))
    return content


def _no_content(config_file: Path, content: Path, option: object) -> str:
    """Why the content folder a build here would read is missing, and what to do, at its line."""
    if os.environ.get(CONTENT_ENV):
        return (f"{CONTENT_ENV}: the content folder '{content.as_posix()}' it names does not exist; set "
                f"{CONTENT_ENV} to your content folder, unset it, or pass --content DIR")
    line = configerror.plugin_option_line(config_file, "claimline", "content")
    where = f"{config_file.as_posix()}:{line}" if line else config_file.as_posix()
    said = (f"the claimline plugin's content folder '{option}' (relative to this file)" if option
            else "the content folder 'content' (the claimline plugin's default, beside this file)")
    return (f"{where}: {said} does not exist; create it, set the plugin's 'content:' option to your content "
            "folder, or pass --content DIR")


def default_content() -> Path:
    """The content folder of a command given no ``--content``: the one a build here reads
    (``configured_content`` of the working directory's mkdocs.yml), so that ``check``, ``export``
    and ``import`` work on the folder the site is built from."""
    return configured_content(_config_file(None))


def foreign_content(config_file: Path | None, content: Path | None) -> bool:
    """``content`` is not the folder that ``config_file`` (found in the working directory, not
    named) builds: its ``site_name`` is another story's title, so the site takes the built-in
    default's; its theme and other settings still apply."""
    if config_file is None or content is None:
        return False
    option = _mkdocs_yml(config_file)[1].get("content")
    own = config_file.parent / (option if isinstance(option, str) and option else "content")
    return own.resolve() != Path(content).resolve()


def _retitle(config, cfg_path: Path) -> Problem:
    """Give a site built from another content folder the default title, and say so."""
    theirs = config["site_name"]
    config["site_name"] = DEFAULT_CONFIG["site_name"]
    return Problem(cfg_path.as_posix(), None, f"its site_name '{theirs}' is the title of its own content folder, "
                   f"so this site is titled '{config['site_name']}'; pass --config-file {cfg_path.as_posix()} "
                   "to keep it", "warning")


def published_export(config_file: Path | None) -> Path | None:
    """The export whose ids ``serve`` and ``export`` keep, as a build would: the plugin's
    ``previous`` option, else the timeline.json the last build left in the site folder
    (``config_file`` None: ./mkdocs.yml when there is one)."""
    config_file = config_file or _config_file(None)
    if config_file is None:
        path = Path("site") / EXPORT_NAME
    else:
        data, options = _mkdocs_yml(config_file)
        site_dir = data.get("site_dir") if isinstance(data.get("site_dir"), str) else "site"
        path = previous_export(config_file.resolve().parent, options.get("previous"), Path(site_dir))
    return path if path.is_file() else None


def feed_settings(config_file: Path | None, content: Path | None = None) -> dict[str, Any]:
    """The title, address and page URLs a build gives its feeds and calendar, for ``export`` to
    give them the same (``config_file`` None: ./mkdocs.yml if any, else the built-in default;
    ``content``: the folder exported, titled as a build of it would be)."""
    foreign = config_file is None and foreign_content(_config_file(None), content)
    config_file = config_file or _config_file(None)
    data, options = _mkdocs_yml(config_file) if config_file is not None else (DEFAULT_CONFIG, {})
    if foreign:
        data, options = {**data, "site_name": DEFAULT_CONFIG["site_name"]}, {**options, "feed_title": None}

    def text(value: object) -> str | None:
        return value if isinstance(value, str) and value.strip() else None

    return {"title": text(options.get("feed_title")) or text(data.get("site_name")) or "Timeline",
            "site_url": text(data.get("site_url")),
            "use_directory_urls": data.get("use_directory_urls", True) is not False}


def configured_cache(config_file: Path | None, content: Path) -> Path | None:
    """The cache folder a build would use (the plugin's ``cache`` option, else beside the site
    folder), as ``serve`` and ``export`` find it (``config_file`` None: ./mkdocs.yml if any)."""
    config_file = config_file or _config_file(None)
    data, options = _mkdocs_yml(config_file) if config_file is not None else ({}, {})
    base = config_file.resolve().parent if config_file is not None else Path.cwd()
    site_dir = Path(data.get("site_dir") if isinstance(data.get("site_dir"), str) else "site")
    choice = options.get("cache", True)
    return cache_folder(choice if isinstance(choice, (bool, str)) else True, base / site_dir, content, base)


@contextmanager
def _environ(**values: str | None):
    """Set environment variables for the duration of a build, then restore them."""
    old = {k: os.environ.get(k) for k in values}
    for k, v in values.items():
        if v is not None:
            os.environ[k] = v
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _content_override(content: Path, timeline: Timeline | None = None):
    """Point the plugin at ``content``; date the build by the content, not the clock.

    MkDocs stamps the sitemap with the build date unless SOURCE_DATE_EPOCH is set; the
    newest article's date makes two builds of the same content byte-identical.
    """
    epoch = None
    if timeline is not None and "SOURCE_DATE_EPOCH" not in os.environ:
        # within what a 32-bit stamp holds (gzip's, in sitemap.xml.gz): 1970 to 2106
        epoch = str(min(max(int(newest(timeline).timestamp()), 0), 2**32 - 1))
    return _environ(**{CONTENT_ENV: str(content.resolve()), "SOURCE_DATE_EPOCH": epoch})


def _check_place(site_dir: Path, content: Path, config_file: Path | None, docs_dir: Path | None = None) -> None:
    """Refuse a site folder whose replacement would delete content, configuration or a home.

    What the folder holds is checked by ``swap.check_owned``: only files a build wrote."""
    target = site_dir.resolve()
    if content.resolve() in target.parents:  # replacing it would delete the articles there
        raise ClaimlineError(f"{site_dir}: refusing to build the site here: it is inside the content folder "
                             f"{content.resolve()}; choose a site folder outside it")
    protected = [content.resolve(), Path.cwd().resolve(), Path.home().resolve()]
    if config_file is not None:
        protected.append(config_file.resolve().parent)
    if docs_dir is not None:
        protected.append(docs_dir.resolve())
    for p in protected:
        if target == p or target in p.parents:
            raise ClaimlineError(f"{site_dir}: refusing to build the site here: it would replace {p}")
    if docs_dir is not None and docs_dir.resolve() in target.parents:
        raise ClaimlineError(f"{site_dir}: refusing to build the site here: it is inside the docs folder "
                             f"{docs_dir.resolve()}; choose a site folder outside it")


def _load_config(config_file: Path | None, content: Path, site_dir: Path | None):
    """MkDocs' configuration and the folder the site is to end up in."""
    from mkdocs.config import load_config

    if config_file is None:
        fd, path = tempfile.mkstemp(suffix=".yml", prefix="claimline-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(default_config_text(content))
        try:
            config = load_config(path)
        finally:
            os.unlink(path)
        return config, (site_dir or Path("site")).resolve()
    config = load_config(str(config_file))
    return config, (site_dir or Path(config.site_dir)).resolve()


def _plugin(config) -> ClaimlinePlugin:
    for plugin in config.plugins.values():
        if isinstance(plugin, ClaimlinePlugin):
            return plugin
    raise ClaimlineError(f"{config.config_file_path}: the claimline plugin is not enabled: add "
                         "'plugins: [search, claimline]' to it")


def build_site(content: Path | str | None, site_dir: Path | str | None = None, config_file: Path | str | None = None,
               progress: bool = True, previous: Path | str | None = None, jobs: int | None = None,
               cache: Path | str | bool = True, timings: Timings | None = None) -> BuildReport:  # fmt: skip
    """Build the site for ``content``; raise ContentError/BuildError and keep the old site on failure.

    ``previous``: the published ``timeline.json`` whose event ids are kept (default: the
    plugin's ``previous`` option, else the one the last build left in the site folder).
    ``jobs``: processes for the per-article stages (default: the plugin's ``jobs``, else one
    per core). ``cache``: True for the cache beside the site folder, a folder, or False; with
    a cache, a site whose every input is the last build's is kept as it is (``unchanged``).
    ``timings``: wall and CPU seconds of each part (the pipeline's stages, "site key", "pages",
    "exports", "site": all of MkDocs' build, pages and exports included), for benchmarks.
    """
    from mkdocs.exceptions import Abort, ConfigurationError, MkDocsException

    from generator.content.load import load_corpus, require_folder
    from generator.pipeline import Timings, run
    from generator.site.plugin import previous_export

    started = time.perf_counter()
    site_dir = Path(site_dir) if site_dir is not None else None
    cfg_path = _config_file(Path(config_file) if config_file is not None else None)
    foreign = config_file is None and foreign_content(cfg_path, Path(content) if content is not None else None)
    content = Path(content) if content is not None else configured_content(cfg_path)
    require_folder(content)

    timings = timings if timings is not None else Timings()
    with Display(progress) as bar:
        with timings.stage("load"):
            corpus = load_corpus(content)

        collect = _Collect()
        mk_logger = logging.getLogger("mkdocs")
        mk_logger.addHandler(collect)
        try:
            with _content_override(content):
                try:
                    config, target = _load_config(cfg_path, content, site_dir)
                except (ConfigurationError, MkDocsException, Abort) as err:
                    detail = "; ".join(r.getMessage() for r in collect.records if r.levelno >= logging.ERROR)
                    raise BuildError(configerror.located(cfg_path, detail or str(err)) if cfg_path is not None
                                     else f"built-in mkdocs.yml: {detail or err}") from None
            _check_place(target, content, cfg_path, Path(config.docs_dir))
            retitled = [_retitle(config, cfg_path)] if foreign and cfg_path is not None else []
            swap.clean_leftovers(target)
            swap.check_owned(target, target)
            plugin = _plugin(config)
            base = cfg_path.resolve().parent if cfg_path is not None else Path.cwd()
            previous = Path(previous) if previous is not None else previous_export(base, plugin.config.previous,
                                                                                  target)
            jobs = jobs if jobs is not None else plugin.config.jobs
            folder = cache_folder(plugin.config.cache if cache is True else cache, target, content, base)
            timeline: Timeline = run(corpus, progress=bar.stage, previous=previous, jobs=jobs, cache=folder,
                                     timings=timings)  # fmt: skip
            with _content_override(content, timeline), _environ(**{CACHE_ENV: str(folder) if folder else ""}):
                plugin.timeline = timeline
                plugin.on_page_done = bar.pages
                plugin.on_stage = bar.stage
                plugin.timings = timings
                built, kept = _site(config, target, collect, folder, timings)
        finally:
            mk_logger.removeHandler(collect)

    report = BuildReport(site_dir=target, kept=kept)
    report.articles = len(timeline.articles)
    report.events = len(timeline.events)
    report.claims = sum(len(e.claims) for e in timeline.events)
    report.pages = built.pages
    report.problems = (retitled + list(timeline.problems)
                       + [Problem("mkdocs", None, w, "warning") for w in built.warnings])
    report.seconds = time.perf_counter() - started
    return report


def _site(config, target: Path, collect: _Collect, cache: Path | None, timings: Timings) -> tuple[Built, bool]:
    """MkDocs renders the site, unless the one the last build left at ``target`` is this one
    (``unchanged``: same inputs, folder whole); what it is, and whether it was kept."""
    from generator.site import unchanged

    with timings.stage("site key"):
        key = unchanged.key(_plugin(config).timeline, config, target) if cache is not None else ""
        kept = unchanged.kept(cache, key, target) if cache is not None else None
    if kept is not None:
        return kept, True
    unchanged.forget(cache)
    with timings.stage("site"):
        tree = _write_site(config, target, collect, digest=cache is not None)
    warnings = [r.getMessage() for r in collect.records if r.levelno == logging.WARNING]
    built = unchanged.Built(key, str(target), tree or "", _plugin(config)._pages_total, warnings)
    unchanged.record(cache, built)
    return built, False


def _write_site(config, target: Path, collect: _Collect, digest: bool = False) -> str | None:
    """Render into a new folder beside ``target`` (same file system, so the swap is a rename);
    with ``digest``, return ``unchanged.tree`` of what was put there.

    A file the system refuses there (no permission, disk full) is reported as a failure to
    write ``target``, the folder the user chose, not the temporary one, which is removed.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import Abort, MkDocsException

    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=swap.build_folder_prefix(target), dir=target.parent))
        tmp.chmod(0o755)  # mkdtemp makes it private; a site is for reading
        config.site_dir = str(tmp)
        try:
            mkdocs_build(config)
        except (Abort, MkDocsException) as err:
            detail = "; ".join(r.getMessage() for r in collect.records if r.levelno >= logging.ERROR)
            raise BuildError(f"the site could not be built ({detail or err}); "
                             "the previous site was left in place") from None
        swap.write_manifest(tmp)
        tree = _tree(tmp) if digest else None
        swap.swap(tmp, target)
        return tree
    except TemplateNotFound as err:  # an IOError too: not the site folder's fault
        language = re.fullmatch(r"partials/languages/(.+)\.html", str(err.name))
        if language is None:
            raise BuildError(f"the theme has no template '{err.name}'; the previous site was left in place") from None
        raise BuildError(f"mkdocs.yml: theme.language '{language[1]}' is no language Material for MkDocs "
                         "translates; give a code such as en, fr or pt-BR (the theme's list: "
                         "https://squidfunk.github.io/mkdocs-material/setup/changing-the-language/); "
                         "the previous site was left in place") from None
    except OSError as err:
        if not _in_site_folder(err, target):
            raise  # a file read elsewhere (a theme's, say): the message names that file
        raise BuildError(f"{target}: the site could not be written there ({err.strerror or err}); the previous "
                         f"site was left in place. Check that {target.parent} can be written and the disk has "
                         "room, or choose another folder with --site-dir") from None
    finally:
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _tree(folder: Path) -> str:
    from generator.site.unchanged import tree

    return tree(folder)


def _in_site_folder(err: OSError, target: Path) -> bool:
    """Whether ``err`` is about writing the site: the site folder, a folder above it, or the
    build folders beside it (``.site-build-*``, ``.site-old-*``) and what is in them."""
    for name in (err.filename, err.filename2):
        if name is None:
            continue
        path = Path(os.fsdecode(name))
        if path in target.parents:
            return True
        if target.parent in path.parents:
            top = path.relative_to(target.parent).parts[0]
            if top == target.name or top.startswith(".site-"):
                return True
    return err.filename is None and err.filename2 is None


def serve_site(content: Path | str | None, config_file: Path | str | None = None, dev_addr: str = "127.0.0.1:8000",
               jobs: int | None = None) -> None:  # fmt: skip
    """Serve with live reload; a change in ``content`` rebuilds like a change in docs (the
    per-article cache beside the configured site folder makes a rebuild redo only what changed)."""
    from mkdocs.commands.serve import serve

    from generator.content.load import require_folder

    cfg_path = _config_file(Path(config_file) if config_file is not None else None)
    foreign = config_file is None and foreign_content(cfg_path, Path(content) if content is not None else None)
    content = Path(content) if content is not None else configured_content(cfg_path)
    require_folder(content)
    tmp_cfg = None
    if cfg_path is None:
        fd, tmp_cfg = tempfile.mkstemp(suffix=".yml", prefix="claimline-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(default_config_text(content))
    logger = logging.getLogger("mkdocs")
    handler = None
    if not logger.handlers:  # as the mkdocs command does: say where it serves and what it rebuilds
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        published = published_export(cfg_path)  # serve shows the ids the site has
        cache = configured_cache(cfg_path, content)  # and keeps its cache where a build does
        with _content_override(content), _environ(**{PREVIOUS_ENV: str(published.resolve()) if published else None,
                                                     CACHE_ENV: str(cache) if cache else "",
                                                     JOBS_ENV: str(jobs) if jobs else None}):
            if foreign:  # as a build of it: not the title of the mkdocs.yml's own content
                logger.warning("%s", _retitle({"site_name": _mkdocs_yml(cfg_path)[0].get("site_name")}, cfg_path))
            serve(config_file=str(cfg_path or tmp_cfg), dev_addr=dev_addr, livereload=True,
                  watch=[str(content.resolve())], **({"site_name": DEFAULT_CONFIG["site_name"]} if foreign else {}))
    finally:
        if handler is not None:
            logger.removeHandler(handler)
        if tmp_cfg:
            os.unlink(tmp_cfg)
