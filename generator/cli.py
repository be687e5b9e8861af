"""The ``claimline`` command: a thin layer over the library.

Library code raises ``ClaimlineError`` subclasses; only here do they become messages and
exit codes (``ClickException``), so the library stays usable from Python and from the
MkDocs plugin.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from generator import __version__
from generator.errors import ClaimlineError, ContentError

CONTENT_HELP = "The content folder: articles, sources.yml, entities.yml, overrides.yml."


def content_option(f):
    """``--content`` of every command reading content: without it, the folder a build here reads
    (the content option of mkdocs.yml), so check, export and import see what build sees."""
    return click.option(
        "--content",
        "content",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help=CONTENT_HELP + " Default: the claimline plugin's content option of mkdocs.yml, relative to it; "
        "without mkdocs.yml, content/.",
    )(f)


def jobs_option(f):
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                        help="Processes for the per-article stages (default: one per core; 1: none started).")(f)


def cache_options(f):
    f = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache (per-article results, "
                     "the last build's claims and site record).")(f)
    return click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help="The cache folder (default: .claimline-cache beside the site folder; "
                        "never inside the content folder).")(f)


def _fail_on(err: ClaimlineError) -> click.ClickException:
    if isinstance(err, ContentError):
        for problem in err.problems:
            click.echo(str(problem), err=True)
        n = sum(1 for p in err.problems if p.severity == "error")
        return click.ClickException(f"{n} error(s) found; nothing was built or changed.")
    return click.ClickException(str(err))


class _Commands(click.Group):
    """Every command: a file the system refuses (no such folder, no permission, disk full)
    is a one-line message naming the file, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except OSError as err:
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(f"{where}{err.strerror or err}") from None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimline")
def cli() -> None:
    """Turn a folder of news articles into a dated timeline site, every claim linked to
    every outlet that reported it."""


@cli.command()
@content_option
@click.option("--site-dir", "-d", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site (default: site_dir of mkdocs.yml, else site/).")
@click.option("--config-file", "-f", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="An mkdocs.yml; without one, ./mkdocs.yml or claimline's built-in default.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars, only the summary and problems.")
@click.option("--previous", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The published site's timeline.json: its event ids are kept, so no link breaks "
              "(default: the one the last build left in the site folder).")
@jobs_option
@cache_options
def build(content: Path | None, site_dir: Path | None, config_file: Path | None, quiet: bool, previous: Path | None,
          jobs: int | None, cache_dir: Path | None, no_cache: bool) -> None:  # fmt: skip
    """Build the site. A failed build leaves the previous site in place."""
    from generator.site.build import build_site

    try:
        report = build_site(content, site_dir=site_dir, config_file=config_file, progress=not quiet,
                            previous=previous, jobs=jobs, cache=False if no_cache else (cache_dir or True))
    except ClaimlineError as err:
        raise _fail_on(err) from None
    for problem in report.problems:
        click.echo(str(problem), err=True)
    click.echo(report.summary())


@cli.command()
@content_option
@click.option("--config-file", "-f", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="An mkdocs.yml; without one, ./mkdocs.yml or claimline's built-in default.")
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True, help="IP:PORT to serve on.")
@jobs_option
def serve(content: Path | None, config_file: Path | None, dev_addr: str, jobs: int | None) -> None:
    """Serve the site with live reload, rebuilding when content/ changes."""
    from generator.site.build import serve_site

    try:
        serve_site(content, config_file=config_file, dev_addr=dev_addr, jobs=jobs)
    except ClaimlineError as err:
        raise _fail_on(err) from None


@cli.command()
@content_option
def check(content: Path | None) -> None:
    """Validate the content folder; print every problem as path:line: message."""
    from generator.content.load import load_corpus
    from generator.pipeline import check_named_ids, in_file_order
    from generator.site.build import default_content
    from generator.site.configerror import syntax_warning

    config = Path("mkdocs.yml") if content is None and Path("mkdocs.yml").is_file() else None
    broken = [found] if config is not None and (found := syntax_warning(config)) else []
    try:
        corpus = load_corpus(content or default_content())
        problems = in_file_order([*corpus.problems, *check_named_ids(corpus)])  # ids must name statements
    except ClaimlineError as err:
        for problem in broken:
            click.echo(str(problem), err=True)
        raise _fail_on(err) from None
    for problem in [*broken, *problems]:
        click.echo(str(problem), err=True)
    click.echo(f"{len(corpus.articles)} article(s), {len(corpus.sources)} source(s): OK")


@cli.command()
@content_option
@click.option("--format", "fmt", type=click.Choice(["json", "atom", "jsonfeed", "ics", "timelinejs", "csv"]),
              default="json", show_default=True, help="json is the timeline contract (timeline.json).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of standard output.")
@click.option("--previous", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The published site's timeline.json: its event ids are kept, so no link breaks "
              "(default: as for build).")
@jobs_option
@cache_options
def export(content: Path | None, fmt: str, output: Path | None, previous: Path | None, jobs: int | None,
           cache_dir: Path | None, no_cache: bool) -> None:  # fmt: skip
    """Export the timeline (JSON contract, feeds, calendar, TimelineJS, CSV)."""
    from generator.cache import cache_folder
    from generator.export import write_export
    from generator.export.common import relative_links_warning
    from generator.pipeline import build_timeline
    from generator.progress import Display
    from generator.site.build import configured_cache, default_content, feed_settings, published_export

    try:
        content = content or default_content()
        previous = previous or published_export(None)  # the ids the built site shows
        cache = None if no_cache else (cache_folder(cache_dir, Path("site"), content) if cache_dir
                                       else configured_cache(None, content))  # fmt: skip
        if cache is not None and cache_dir is None and not cache.is_dir():
            cache = None  # only the cache a build made: an export creates none unasked
        with Display(sys.stderr.isatty()) as bar:  # bars on a terminal; in a log stderr is for problems
            timeline = build_timeline(content, previous=previous, jobs=jobs, cache=cache, progress=bar.stage)
    except ClaimlineError as err:
        raise _fail_on(err) from None
    for problem in timeline.problems:  # warnings, on stderr: stdout may be the export itself
        click.echo(str(problem), err=True)
    try:  # written in pieces: a large timeline's JSON is never held whole
        settings = feed_settings(None, content)  # the feeds' title and links as the site's own
        note = relative_links_warning((fmt,), settings["site_url"])
        if note:
            click.echo(note, err=True)
        if output is None:
            write_export(timeline, fmt, sys.stdout, **settings)
        else:
            with output.open("w", encoding="utf-8") as fh:
                write_export(timeline, fmt, fh, **settings)
            click.echo(f"wrote {output}", err=True)
    except ClaimlineError as err:
        raise _fail_on(err) from None


@cli.command("import")
@content_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", default=None, help="The outlet id, as in sources.yml (required unless FILE is Markdown "
              "whose front matter names it).")
@click.option("--published", default=None, help="ISO 8601 date or datetime with offset.")
@click.option("--url", default=None, help="The article's address.")
@click.option("--title", default=None, help="The headline, when the text does not carry it.")
def import_(content: Path | None, file: Path, source: str, published: str | None, url: str | None,
            title: str | None) -> None:
    """Add a raw article to content/ with its metadata, never altering its text (a Markdown
    file keeps its front matter; the options fill only what it lacks)."""
    from generator.content.ingest import import_article
    from generator.site.build import default_content

    try:
        written = import_article(file, content or default_content(), source=source, published=published, url=url,
                                 title=title)
    except ClaimlineError as err:
        raise _fail_on(err) from None
    for path in written:
        click.echo(f"added {path}")


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--language", default="en", show_default=True,
              help="The site's language (theme.language): dates, claimline's labels and mkdocs.yml's menu in it.")
def new(directory: Path, language: str) -> None:
    """Scaffold a new timeline project: content, mkdocs.yml, workflow, README."""
    from generator.content import requirement
    from generator.content.scaffold import new_project
    from generator.present import labels

    try:
        created = new_project(directory, language, labels.translator(language))
    except ClaimlineError as err:
        raise _fail_on(err) from None
    for path in created:
        click.echo(f"created {path}")
    pin = requirement.current()
    if pin.local:
        click.echo(f"note: requirements.txt pins {pin.line}, but this claimline was installed from a folder no CI "
                   "can fetch: put your claimline repository's address there, e.g. "
                   "claimline @ git+https://github.com/OWNER/claimline@COMMIT", err=True)
    elif pin.pinned_from_index:
        click.echo(f"note: requirements.txt pins {pin.line}; if no package index your CI uses has that release, "
                   "put your claimline repository's address there instead, e.g. "
                   "claimline @ git+https://github.com/OWNER/claimline@COMMIT", err=True)


if __name__ == "__main__":  # pragma: no cover
    cli()
