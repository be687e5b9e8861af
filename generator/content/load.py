"""Read and validate ``content/`` into a ``Corpus``: sources, entities, overrides and articles.

Everything is checked before anything is returned, and every problem found is collected,
so an editor fixes all of them in one round. Structure is checked with the JSON Schemas in
``generator/content/schemas`` (the same files an editor's YAML extension can use);
cross-references (source ids, article ids, duplicates) are checked here. The jobs this
assembles each have their module: ``yamlfile`` (YAML with lines), ``messages`` (schema
errors in words), ``encoding`` (UTF-8 and binary), ``files`` (the walk, links),
``articles`` (front matter, sidecars), ``published``, ``configfiles`` and ``overrides``.

Problem paths are the content folder *as the caller gave it* joined with the file's path
inside it (``content/articles/x.md`` for ``--content content``), so an editor can click
them; line numbers are lines of the file, front-matter offset included. Dataclass ``path``
fields (``Article.path``, ``EntityDecl.path``) stay relative to the content folder.

Nothing under ``content/`` is ever written here.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from generator.content import limits
from generator.content.articles import Draft, normal_url, read_article
from generator.content.configfiles import SOURCE_ID, entities_of, load_config, sources_of
from generator.content.files import ARTICLE_SUFFIXES, SIDECAR_SUFFIXES, display, group_files, require_folder
from generator.content.overrides import overrides_of
from generator.content.yamlfile import YamlDoc
from generator.errors import ContentError, Problem
from generator.model import Corpus

__all__ = ["load_corpus", "require_folder"]


@dataclass
class _Configs:
    """The three YAML files as read: each parsed document (or None) and whether it passed its schema."""

    sources: YamlDoc | None
    sources_ok: bool
    entities: YamlDoc | None
    entities_where: str
    entities_ok: bool
    overrides: YamlDoc | None
    overrides_where: str
    overrides_ok: bool

    def source_ids(self) -> set[str] | None:
        """The outlet ids, whatever their entries hold: articles are checked against them even
        when an entry is wrong; None when sources.yml could not be read at all."""
        doc = self.sources
        if doc is None or not isinstance(doc.data, dict):
            return None
        return {str(k) for k in doc.data if SOURCE_ID.fullmatch(str(k))}


def _read_configs(content: Path, problems: list[Problem]) -> _Configs:
    sources, _, sources_ok = load_config(content, "sources.yml", "sources", problems, required=True)
    entities, entities_where, entities_ok = load_config(content, "entities.yml", "entities", problems,
                                                        required=False)
    overrides, overrides_where, overrides_ok = load_config(content, "overrides.yml", "overrides", problems,
                                                           required=False)
    return _Configs(sources, sources_ok, entities, entities_where, entities_ok, overrides, overrides_where,
                    overrides_ok)


def _read_articles(content: Path, groups: dict[Path, dict[str, Path]], problems: list[Problem]) -> list[Draft]:
    """Each article's files, paired and read; a pairing that cannot be an article is reported."""
    drafts: list[Draft] = []
    for stem_path, files in sorted(groups.items()):
        texts = [files[s] for s in ARTICLE_SUFFIXES if s in files]
        sidecars = [files[s] for s in SIDECAR_SUFFIXES if s in files]
        shown = display(content, stem_path.relative_to(content).as_posix())
        name = stem_path.name
        if len(texts) > 1:
            problems.append(Problem(shown + ".txt", None, f"{name}.md and {name}.txt share one article id; "
                                                          "rename one of them"))
        elif len(sidecars) > 1:
            problems.append(Problem(shown + ".yaml", None, f"{name}.yml and {name}.yaml are both metadata for "
                                                           "one article; keep one"))
        elif re.search(r"[#\s]", name):
            first = (texts or sidecars)[0]
            better = re.sub(r"[#\s]+", "-", name) + first.suffix
            problems.append(Problem(display(content, first.relative_to(content).as_posix()), None,
                                    f"the article id '{name}' (its file name) has '#' or a space in it, so "
                                    f"statement ids and overrides.yml cannot name it; rename the file, e.g. {better}"))
        elif not texts:
            problems.append(Problem(display(content, sidecars[0].relative_to(content).as_posix()), None,
                                    f"is metadata for an article that is not there; add {name}.txt beside it "
                                    "or remove it"))
        else:
            draft = read_article(content, texts[0], sidecars[0] if sidecars else None, problems)
            if draft is not None:
                drafts.append(draft)
    return drafts


class _Seen:
    """The articles read so far, by id, by normalised url and by text (whitespace folded)."""

    def __init__(self) -> None:
        self.by_id: dict[str, Draft] = {}
        self.by_url: dict[str, Draft] = {}
        self.by_text: dict[str, Draft] = {}

    def duplicates(self, draft: Draft, problems: list[Problem]) -> bool:
        """Record ``draft``; report it and return True when it repeats one read before."""
        a = draft.article
        found = False
        if a.id in self.by_id:
            problems.append(Problem(draft.where, None, f"has the article id '{a.id}' of "
                                                       f"{self.by_id[a.id].where}; rename one of them"))
            found = True
        url_key = normal_url(a.url) if a.url else None
        if url_key in self.by_url:
            problems.append(Problem(draft.meta_where, draft.meta.line_of(["url"]),
                                    f"the same article twice: {self.by_url[url_key].where} has the same url "
                                    f"{a.url}; remove one of them"))
            found = True
        text_key = hashlib.sha256(" ".join(a.body.split()).encode()).hexdigest() if a.body.strip() else None
        if text_key in self.by_text:
            problems.append(Problem(draft.where, a.body_line, f"the same article twice: its text is the same as "
                                                              f"{self.by_text[text_key].where}'s; remove one of them"))
            found = True
        self.by_id.setdefault(a.id, draft)
        if url_key is not None:
            self.by_url.setdefault(url_key, draft)
        if text_key is not None:
            self.by_text.setdefault(text_key, draft)
        return found


def _cross_check(content: Path, drafts: list[Draft], source_ids: set[str] | None,
                 problems: list[Problem]) -> list[Draft]:
    """The drafts that are articles: a known source, an id of their own, not read twice."""
    kept: list[Draft] = []
    seen = _Seen()
    for draft in drafts:
        a = draft.article
        ok = draft.ok
        if source_ids is not None and a.source and a.source not in source_ids:
            guess = difflib.get_close_matches(a.source, sorted(source_ids), n=1)
            did = f"did you mean '{guess[0]}'? " if guess else ""
            problems.append(Problem(draft.meta_where, draft.meta.line_of(["source"]),
                                    f"Error reading metadata 'source': unknown source '{a.source}'; {did}add it "
                                    f"to {display(content, 'sources.yml')} or use one of: "
                                    f"{', '.join(sorted(source_ids)) or '(none yet)'}"))
            ok = False
        if seen.duplicates(draft, problems):
            ok = False
        if ok:
            kept.append(draft)
    return kept


def _within_limit(content: Path, groups: dict[Path, dict[str, Path]], problems: list[Problem]) -> bool:
    """Whether the articles together stay within ``limits.CORPUS_BYTES`` (counted before any is read)."""
    total = 0
    for files in groups.values():
        for path in files.values():
            try:
                total += path.stat().st_size
            except OSError:
                continue  # reported when it is read
    if total <= limits.CORPUS_BYTES:
        return True
    problems.append(Problem(content.as_posix(), None, limits.too_large(
        total, limits.CORPUS_BYTES, "of articles in one content folder", "split the timeline into several "
        "content folders (one per topic or period), each built on its own")))
    return False


def load_corpus(content: Path | str) -> Corpus:
    """Read and validate the content folder; raise ContentError listing every error.

    Warnings (unknown metadata keys, a missing publication date, ...) come back in
    ``Corpus.problems``.
    """
    content = Path(content)
    require_folder(content)
    problems: list[Problem] = []
    configs = _read_configs(content, problems)
    articles_dir = content / "articles"
    if not articles_dir.is_dir():
        problems.append(Problem(display(content, "articles"), None,
                                "is missing; create it and put the articles in it (*.md, or *.txt with a *.yml)"))
    groups = group_files(content, problems)
    drafts = _read_articles(content, groups, problems) if _within_limit(content, groups, problems) else []
    kept = _cross_check(content, drafts, configs.source_ids(), problems)
    entities = entities_of(configs.entities if configs.entities_ok else None, configs.entities_where, problems)
    overrides = overrides_of(configs.overrides, configs.overrides_where, {d.article.id for d in drafts},
                             {d.article.id: d.article.body for d in drafts}, problems, valid=configs.overrides_ok)
    if any(p.severity == "error" for p in problems):
        raise ContentError(problems)
    if not kept and articles_dir.is_dir():
        problems.append(Problem(display(content, "articles"), None,
                                "has no articles yet; add *.md files or use claimline import", "warning"))
    return Corpus(
        shown_as=content.as_posix(),
        root=str(content.resolve()),
        sources=sources_of(configs.sources) if configs.sources_ok else (),
        articles=tuple(d.article for d in kept),
        entities=entities,
        overrides=overrides,
        problems=tuple(sorted(problems, key=_problem_key)),
    )


def _problem_key(p: Problem) -> tuple:
    return (p.path, p.line or 0, p.severity, p.message)
