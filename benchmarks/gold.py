"""The gold corpora as fitting and scoring data: statements labelled by the gold claims they carry.

The corpora are the seeds (``content/`` with ``../shared/gold/seed-timeline.yml``) and the two
development corpora (``../shared/gold/dev/*/``). ``../shared`` is found beside the repository,
or where ``CLAIMLINE_SHARED`` points. A statement carries a gold claim when its text, whitespace
folded, contains one of that claim's evidence strings for its article (the rule of the gold
files' headers, as ``../shared/tools/score_gold.py`` applies it).
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from generator.content.load import load_corpus
from generator.export.contract import to_contract
from generator.model import Article, Corpus, Entity, Mention, Statement, Timeline
from generator.pipeline import borrow_published
from generator.stages import boilerplate, claims, entities, events, extract, permalinks

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMLINE_SHARED") or ROOT.parent / "shared")


def corpora() -> list[tuple[str, Path, Path]]:
    """(name, content folder, gold file) of each gold corpus there is."""
    out = []
    seed = SHARED / "gold" / "seed-timeline.yml"
    if seed.is_file():
        out.append(("seeds", ROOT / "content", seed))
    for gold in sorted((SHARED / "gold" / "dev").glob("*/gold.yml")):
        out.append((gold.parent.name, gold.parent / "content", gold))
    return out


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


@dataclass
class Prepared:
    """A corpus run through the stages before claims, and its gold labels."""

    name: str
    corpus: Corpus
    articles: list[Article]
    stmts: dict[str, tuple[Statement, ...]]
    ents: list[Entity]
    mentions: list[Mention]
    gold_path: Path
    # before step 5b (an undated article borrowing its day from the claims it shares): the claims a
    # model finds decide that day, so ``timeline`` reads a model's own through the step again
    given: tuple[list[Article], dict[str, tuple[Statement, ...]]] = ((), {})
    labels: dict[str, frozenset[int]] = field(default_factory=dict)  # statement id -> gold claims it carries
    sections: list[str] = field(default_factory=list)  # gold claim index -> "event", "future", "context"
    events: list[str | None] = field(default_factory=list)  # gold claim index -> its gold event
    optional: set[int] = field(default_factory=set)
    # (statement id, gold claim index) -> the evidence strings (folded) the statement matched it by
    matched: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)


def prepare(name: str, content: Path, gold_path: Path) -> Prepared:
    """The pipeline's stages up to claims (``pipeline.run``, steps 1 to 5b), then the labels."""
    corpus = load_corpus(content)
    articles = list(corpus.articles)
    outlets = boilerplate.outlets(corpus.sources, articles)
    done = extract.extract_all(articles, corpus.overrides, outlets, jobs=1)
    stmts = {aid: r.statements for aid, r in done.items()}
    names = {aid: r.names for aid, r in done.items()}
    ents, mentions, stmts = entities.resolve(articles, stmts, corpus.entities, corpus.sources, names)
    ents, mentions, stmts = permalinks.keep_entities(ents, mentions, stmts, ())
    hide = set(corpus.overrides.hide)
    stmts = {aid: tuple(replace(s, hidden=True) if s.id in hide else s for s in ss) for aid, ss in stmts.items()}
    given = (list(articles), dict(stmts))
    found = claims.match(articles, stmts, ents, corpus.overrides, mentions)
    articles, stmts, _ = borrow_published(articles, dict(stmts), found, ents, corpus.overrides, mentions)
    prepared = Prepared(name, corpus, articles, stmts, ents, mentions, gold_path, given)
    _label(prepared)
    return prepared


def _gold_claims(gold: dict) -> list[tuple[str, dict]]:
    out = []
    for section, key in (("event", "events"), ("future", "future_events")):
        for e in gold.get(key) or []:
            out.extend((section, {**c, "event": e.get("id")}) for c in e.get("claims") or [])
    out.extend(("context", c) for c in gold.get("context") or [])
    return out


def _label(p: Prepared) -> None:
    gold = yaml.safe_load(p.gold_path.read_text(encoding="utf-8"))
    by_file = {Path(a.path).name: a.id for a in p.articles}
    article_of = {key: by_file.get(Path(ga.get("file", "")).name) for key, ga in gold["articles"].items()}
    claims_ = _gold_claims(gold)
    p.sections = [s for s, _ in claims_]
    p.events = [c.get("event") for _, c in claims_]
    p.optional = {k for k, (_, c) in enumerate(claims_) if c.get("optional")}
    labels: dict[str, set[int]] = {}
    for k, (_, c) in enumerate(claims_):
        for key, evs in (c.get("evidence") or {}).items():
            aid = article_of.get(key)
            wanted = [fold(e) for e in ([evs] if isinstance(evs, str) else evs or []) if fold(e)]
            for st in p.stmts.get(aid, ()):
                found = tuple(e for e in wanted if e in fold(st.text))
                if found:
                    labels.setdefault(st.id, set()).add(k)
                    p.matched[(st.id, k)] = p.matched.get((st.id, k), ()) + found
    p.labels = {sid: frozenset(ks) for sid, ks in labels.items()}


def pair_label(p: Prepared, a: str, b: str) -> int | None:
    """1: two statements carry one gold claim; 0: each carries gold claims, none in common; None:
    gold says nothing (a statement it does not annotate, or a link only an optional item makes)."""
    la, lb = p.labels.get(a), p.labels.get(b)
    if not la or not lb:
        return None
    shared = la & lb
    if shared:
        return 1 if shared - p.optional else None
    return 0


def happening_label(p: Prepared, a: Sequence[str], b: Sequence[str]) -> int | None:
    """1: two claims (their statement ids) carry claims of one gold event; 0: of other events only."""
    ea = {p.events[k] for s in a for k in p.labels.get(s, ()) if p.events[k]}
    eb = {p.events[k] for s in b for k in p.labels.get(s, ()) if p.events[k]}
    if not ea or not eb:
        return None
    return int(bool(ea & eb))


def background_label(p: Prepared, sid: str) -> int | None:
    """1: the statement carries context items only; 0: event claims only; None otherwise."""
    kinds = {p.sections[k] for k in p.labels.get(sid, ()) if k not in p.optional}
    if kinds == {"context"}:
        return 1
    if kinds and "context" not in kinds:
        return 0
    return None


def timeline(p: Prepared, model=None, background_model=None, kept=None) -> Timeline:
    """The rest of the pipeline (claims, step 5b, events) with the models given (the committed ones
    by default): what ``claimline export`` makes with those models in the code. ``kept``: where
    claim matching keeps its pairs' scores between calls (``claims.byblock.Kept``); the output is
    the same with it, only cheaper when the scores are those of an earlier call."""
    kw = {} if model is None else {"model": model}
    if background_model is not None:
        kw["background_model"] = background_model
    if kept is not None:
        kw["kept"] = kept
    articles, stmts = p.articles, p.stmts
    if kw and any(a.published is None for a in p.given[0]):  # step 5b again, with these models
        articles, stmts = p.given[0], dict(p.given[1])
        match = functools.partial(claims.match, **kw)
        found = match(articles, stmts, p.ents, p.corpus.overrides, p.mentions)
        articles, stmts, found = borrow_published(articles, stmts, found, p.ents, p.corpus.overrides, p.mentions,
                                                  match)  # fmt: skip
    else:
        found = claims.match(articles, stmts, p.ents, p.corpus.overrides, p.mentions, **kw)
    evs, stmts = events.group(articles, stmts, found, p.ents, p.corpus.overrides, ())
    return Timeline(sources=p.corpus.sources, articles=tuple(sorted(articles, key=lambda a: a.path)),
                    segments={}, statements=stmts, entities=tuple(p.ents), mentions=tuple(p.mentions),
                    events=tuple(evs))  # fmt: skip


_FIGURES = {
    "recall": r"claims found: (\d+)/(\d+)", "linked": r"of two outlets or more: (\d+)/(\d+)",
    "context": r"context kept apart: (\d+)/(\d+)", "dates": r"event dates right: (\d+)/(\d+)",
    "false_merges": r"false merges: (\d+)", "lumps": r"lumps: (\d+)", "leaks": r"boilerplate leaks: (\d+)",
    "aliases": r"aliases merged: (\d+)/(\d+)",
}  # fmt: skip


class _Yaml:
    """``yaml`` for ``score_gold.py``, parsing with libyaml where it is built in: its pure-Python parse
    of a gold file was a third of a threshold grid point's CPU. The same values either way."""

    def __getattr__(self, name: str):
        return getattr(yaml, name)

    @staticmethod
    def safe_load(stream):
        return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.cache
def _score_gold():
    """``score_gold.py`` loaded once, as a module."""
    spec = importlib.util.spec_from_file_location("score_gold", SHARED / "tools" / "score_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.yaml = _Yaml()
    return module


def score(p: Prepared, tl: Timeline) -> dict[str, float]:
    """``score_gold.py``'s figures for a timeline: fractions for rates, counts for the rest."""
    module = _score_gold()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(to_contract(tl), f)
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score_gold.py", f.name, str(p.gold_path)]
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            module.main()
    finally:
        sys.argv = argv
        os.unlink(f.name)
    text = out.getvalue()
    figures: dict[str, float] = {}
    for name, pattern in _FIGURES.items():
        m = re.search(pattern, text)
        if m and m.lastindex == 2:
            figures[name] = int(m[1]) / max(1, int(m[2]))
        elif m:
            figures[name] = int(m[1])
    return figures
