"""The MkDocs plugin: ``plugins: [search, claimline]`` turns plain ``mkdocs build`` and
``mkdocs serve`` into claimline builds.

Events only. The timeline is made in ``on_pre_build``, before MkDocs cleans site_dir,
where the previous export keeps event ids (or handed over by ``build.build_site``, which
has already run the pipeline with progress bars); pages, exports and assets are
virtual files (``File.generated``), so nothing is written into the docs or content folder.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import re
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.cache import cache_folder
from generator.errors import ClaimlineError, ContentError
from generator.export import FILENAMES, write_export
from generator.export.common import newest, relative_links_warning
from generator.model import Timeline
from generator.present import labels, urls
from generator.site import rendercache, swap
from generator.site.config import ClaimlineConfig, SiteOptions
from generator.site.pages import render_pages, templates_dir
from generator.site.redirects import redirect_pages
from generator.stages.permalinks import EXPORT_NAME

log = logging.getLogger("mkdocs.plugins.claimline")

ASSETS = ("assets/claimline.css", "assets/claimline.js")
NAV = [
    {"Timeline": "index.md"},
    {"Outlets": "outlets/index.md"},
    {"People & bodies": "people/index.md"},
    {"Articles": "articles/index.md"},
    {"Exports": "exports.md"},
]
NAV_PAGES = {page for item in NAV for page in item.values()}
CONTENT_ENV = "CLAIMLINE_CONTENT"
# The previous export, set by `claimline serve` (MkDocs serves from a temporary site_dir).
PREVIOUS_ENV = "CLAIMLINE_PREVIOUS"
# The per-article cache folder, set by `claimline serve` for the same reason ("" for none).
CACHE_ENV = "CLAIMLINE_CACHE"
JOBS_ENV = "CLAIMLINE_JOBS"  # `claimline serve --jobs N`
# The pages' JSON-LD (escaped by pages.py: no "</script>" inside, so the first one ends it).
JSON_LD = re.compile(r'<script type="application/ld\+json">.*?</script>', re.S)
# Elements whose white space is content: left as they are when a page is compacted.
_VERBATIM = re.compile(r"<(pre|textarea|script|style)\b.*?</\1>", re.S | re.I)
_INDENT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def compact(html_text: str) -> str:
    """A page without the theme's indentation and blank lines (an eighth of a site's size).

    A line break followed by spaces renders as one space, as does a line break alone, so
    each run becomes one line break; what is inside ``pre``, ``textarea``, ``script`` and
    ``style`` is left as written.
    """
    out, pos = [], 0
    for m in _VERBATIM.finditer(html_text):
        out.append(_INDENT.sub("\n", html_text[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_INDENT.sub("\n", html_text[pos:]))
    return "".join(out)


class ClaimlinePlugin(BasePlugin[ClaimlineConfig]):
    """Adds the timeline's pages, feeds and exports to an MkDocs site."""

    def __init__(self) -> None:
        super().__init__()
        self.timeline: Timeline | None = None  # set by build_site to skip a second pipeline run
        self.content_dir: Path | None = None
        self.previous: Path | None = None  # the previous export, read before site_dir is cleaned
        self.cache_dir: Path | None = None  # the per-article cache
        self.on_page_done = None  # optional callback(done, total) for progress bars
        self.on_stage = None  # optional callback(stage, done, total): the Markdown and the exports made
        self.timings = None  # optional pipeline.Timings: the seconds of writing the pages and the exports
        self._pages_total = 0
        self._pages_done = 0
        self._renders: rendercache.PageStore | None = None  # the page cache, from on_nav to the build's end
        self._nav = None

    # -- configuration

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        base = Path(config.config_file_path or ".").resolve().parent
        content = Path(os.environ.get(CONTENT_ENV) or self.config.content)
        self.content_dir = content if content.is_absolute() else (base / content)
        self.previous = (Path(os.environ[PREVIOUS_ENV]) if os.environ.get(PREVIOUS_ENV)
                         else previous_export(base, self.config.previous, Path(config.site_dir)))  # fmt: skip
        try:
            cache = os.environ.get(CACHE_ENV, self.config.cache)
            self.cache_dir = cache_folder(cache or False, Path(config.site_dir), self.content_dir, base)
        except ClaimlineError as err:
            raise PluginError(f"claimline: {err}") from None
        if "json" not in self.config.exports and not self.config.previous:
            log.warning("claimline: 'exports' leaves out json, so the site has no timeline.json and the next "
                        "build cannot keep its event ids; add json to exports, or set 'previous' to a copy")
        note = relative_links_warning(self.config.exports, config.site_url)
        if note:
            log.warning(f"claimline: {note.removeprefix('warning: ')}")
        for asset in ASSETS:
            lst = config.extra_css if asset.endswith(".css") else config.extra_javascript
            if asset not in [str(x) for x in lst]:
                lst.append(asset)
        for ext in ("attr_list", "md_in_html", "toc"):
            if ext not in config.markdown_extensions:
                config.markdown_extensions.append(ext)
        if self.config.nav and not config.nav:
            _ = labels.translator((config.theme.get("language") if config.theme else None) or "en")
            config.nav = [{_(title): page} for item in NAV for title, page in item.items()]
            if (Path(config.docs_dir) / "about.md").is_file():
                config.nav.append({_("About"): "about.md"})
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Make the timeline now: MkDocs cleans site_dir next, and the previous export is there.

        Plain ``mkdocs build`` is dated by the content too, like ``claimline build``: MkDocs
        stamps the sitemap with SOURCE_DATE_EPOCH when it is set, else with the clock.
        """
        self._refuse_a_folder_of_other_files(Path(config.site_dir))
        timeline = self._timeline()
        self._epoch_set = False
        if "SOURCE_DATE_EPOCH" not in os.environ:
            os.environ["SOURCE_DATE_EPOCH"] = str(int(newest(timeline).timestamp()))
            self._epoch_set = True

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        """Pages outside the nav take their HTML and search entries from the page cache when they can."""
        self._close_renders(keep=False)
        if self.cache_dir is not None:
            from generator.site.unchanged import configuration_key

            with self._timed("page cache"):
                self._renders = rendercache.PageStore(self.cache_dir, configuration_key(config))
                rendercache.adopt(self._renders, nav, files, config)
                rendercache.cache_search(self._renders, config.plugins)
            self._nav = nav
        return nav

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """The theme's page template takes a page's HTML from the page cache when it can (every
        page is read by now, so the nav's titles are known)."""
        if self._renders is not None:
            with self._timed("page cache"):
                rendercache.cache_templates(self._renders, env, self._nav, config)
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        swap.write_manifest(Path(config.site_dir))  # what this build wrote, so the next may replace it
        self._restore_epoch()
        self._drop_exports()
        self._close_renders(keep=True)

    def _close_renders(self, keep: bool) -> None:
        store, self._renders = self._renders, None
        if store is None:
            return
        with self._timed("page cache"):
            store.close(prune=keep)
        if self.timings is not None:
            for name, count in (("pages read", store.hits), ("pages rendered", store.misses),
                                ("templates read", store.templates_read), ("templates rendered", store.templates_made)):
                self.timings.reused[name] = self.timings.reused.get(name, 0) + count

    @staticmethod
    def _refuse_a_folder_of_other_files(site_dir: Path) -> None:
        """Plain ``mkdocs build`` cleans site_dir after this event: refuse a folder holding files
        no claimline build wrote, as ``claimline build`` does (``swap.check_owned``)."""
        try:
            swap.check_owned(site_dir, site_dir)
        except ClaimlineError as err:
            raise PluginError(f"claimline: {err}") from None

    def on_build_error(self, *, error: Exception) -> None:
        self._restore_epoch()
        self._drop_exports()
        self._close_renders(keep=False)

    def _drop_exports(self) -> None:
        if getattr(self, "_exports", None) is not None:
            self._exports.cleanup()
            self._exports = None

    def _restore_epoch(self) -> None:
        if getattr(self, "_epoch_set", False):
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            self._epoch_set = False

    # -- pages and files

    def _timeline(self) -> Timeline:
        if self.timeline is not None:
            return self.timeline
        from generator.pipeline import build_timeline

        assert self.content_dir is not None
        if not self.content_dir.is_dir():
            raise PluginError(f"claimline: content folder not found: {self.content_dir} "
                              "(set plugins: - claimline: content: DIR in mkdocs.yml)")
        try:
            jobs = int(os.environ[JOBS_ENV]) if os.environ.get(JOBS_ENV) else self.config.jobs
            self.timeline = build_timeline(self.content_dir, previous=self.previous, jobs=jobs, cache=self.cache_dir)
        except ContentError as err:
            raise PluginError("claimline: the content has errors; nothing was built:\n" + str(err)) from None
        for problem in self.timeline.problems:
            log.warning(str(problem))
        return self.timeline

    def site_options(self, config: MkDocsConfig) -> SiteOptions:
        return SiteOptions(
            site_name=config.site_name or "Timeline",
            site_url=config.site_url or None,
            language=(config.theme.get("language") if config.theme else None) or "en",
            use_directory_urls=config.use_directory_urls,
            split_after=self.config.split_after,
            key_events=self.config.key_events,
            exports=tuple(self.config.exports),
        )

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        timeline = self._timeline()
        opts = self.site_options(config)
        with self._timed("pages"):
            pages = render_pages(timeline, opts)
        if self.on_stage is not None:
            self.on_stage("markdown", len(pages), len(pages))
        for src, markdown in pages.items():
            if files.get_file_from_path(src) is not None:
                log.info(f"claimline: {src} in docs_dir is used instead of the generated page")
                continue
            # Only the few nav pages are "in the nav": the rest are reached by links, and
            # saying so keeps MkDocs from listing hundreds of pages as missing from it.
            level = InclusionLevel.UNDEFINED if src in NAV_PAGES else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, src, content=markdown, inclusion=level))
        title = self._feed_title(config)
        self._drop_exports()
        self._exports = tempfile.TemporaryDirectory(prefix="claimline-exports-")  # gone after the build
        for fmt in opts.exports:  # written in pieces: a large timeline.json is never held as one string
            path = Path(self._exports.name) / FILENAMES[fmt]
            with path.open("w", encoding="utf-8", newline="") as fh, self._timed("exports"):
                write_export(timeline, fmt, fh, site_url=opts.site_url, use_directory_urls=opts.use_directory_urls,
                             title=title)  # fmt: skip
            files.append(File.generated(config, FILENAMES[fmt], abs_src_path=str(path)))
        for path, page in redirect_pages(timeline, opts.use_directory_urls, opts.site_url).items():
            if files.get_file_from_path(path) is None:
                files.append(File.generated(config, path, content=page.encode("utf-8")))
        root = templates_dir()
        for asset in ASSETS:
            if files.get_file_from_path(asset) is None:
                files.append(File.generated(config, asset, content=(root / asset).read_bytes()))
        self._pages_total = len(files.documentation_pages())
        self._pages_done = 0
        return files

    def _timed(self, part: str):
        return self.timings.stage(part) if self.timings is not None else contextlib.nullcontext()

    def _feed_title(self, config: MkDocsConfig) -> str:
        return self.config.feed_title or config.site_name or "Timeline"

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        """Feed autodiscovery links in every page's head (the Markdown stays theme-free)."""
        self._pages_done += 1
        links = []
        for fmt, kind in (("atom", "application/atom+xml"), ("jsonfeed", "application/feed+json")):
            if fmt in self.config.exports:
                target = urls.relative(page.file.src_uri, FILENAMES[fmt], config.use_directory_urls)
                links.append(f'<link rel="alternate" type="{kind}" title="{html.escape(self._feed_title(config))}"'
                             f' href="{html.escape(target)}">')
        if links and "</head>" in output:
            output = output.replace("</head>", "\n".join(links) + "\n</head>", 1)
        # JSON-LD moves to <head>: Material's instant navigation re-creates the content's
        # scripts without their type, so JSON-LD left there would be run as JavaScript.
        head_end = output.find("</head>")
        blocks = JSON_LD.findall(output, head_end) if head_end >= 0 else []
        if blocks:
            output = output[:head_end] + "\n".join(blocks) + "\n" + JSON_LD.sub("", output[head_end:])
        if self.on_page_done is not None:
            self.on_page_done(self._pages_done, self._pages_total)
        return compact(output)

    # -- live reload

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        if self.content_dir is not None and self.content_dir.is_dir():
            server.watch(str(self.content_dir))
        return server


def previous_export(base: Path, option: str | None, site_dir: Path) -> Path | None:
    """The export whose event ids are kept: the ``previous`` option, else site_dir's own."""
    if option:
        path = Path(option)
        return path if path.is_absolute() else base / path
    path = site_dir if site_dir.is_absolute() else base / site_dir
    return path / EXPORT_NAME
