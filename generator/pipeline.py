"""The whole run, top to bottom: content -> timeline. Nothing else lives here.

Read everything, then link, then (elsewhere) write: each step below is one stage module
and a pure function of what came before it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from generator.content.load import load_corpus
from generator.errors import Problem
from generator.model import (
    Article,
    Claim,
    Corpus,
    Entity,
    Event,
    EventOverride,
    Mention,
    Overrides,
    Statement,
    Timeline,
    replaced,
)
from generator.stages import boilerplate, claims, dates, entities, events, extract, permalinks, reuse, salience, stored
from generator.text import markup

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _quiet(stage: str, done: int, total: int) -> None:
    pass


@dataclass
class Timings:
    """Wall and CPU seconds of each stage (CPU of the per-article stages: all processes)."""

    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    extract: extract.Stats = field(default_factory=extract.Stats)
    reused: dict[str, int] = field(default_factory=dict)  # calls of the cross-article stages: "hits", "misses"

    @contextmanager
    def stage(self, name: str):
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - wall
        self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - cpu


def build_timeline(content: Path | str, previous: Path | None = None, jobs: int | None = None,
                   cache: Path | None = None, progress: Progress = _quiet) -> Timeline:  # fmt: skip
    """Load ``content`` and run the pipeline on it (raises ContentError on bad content).

    ``previous``: the published ``timeline.json``, whose event ids are kept (``permalinks``);
    ``jobs``, ``cache``: as for ``run``.
    """
    return run(load_corpus(Path(content)), progress=progress, previous=previous, jobs=jobs, cache=cache)


def run(corpus: Corpus, progress: Progress = _quiet, previous: Path | None = None, jobs: int | None = None,
        cache: Path | None = None, timings: Timings | None = None) -> Timeline:  # fmt: skip
    """Run every stage on a loaded corpus.

    ``jobs``: processes for the per-article stages (None: one per core, 1: this one only);
    ``cache``: the folder of the per-article cache (``cache.beside(site_dir)``), None for none.
    The result is the same, byte for byte, whatever ``jobs`` and ``cache``.
    """
    timings = timings if timings is not None else Timings()
    results = reuse.Results(cache)
    try:
        timeline = _run(corpus, progress, previous, jobs, cache, timings, results)
    except BaseException:
        results.close(keep=False)
        raise
    results.close()
    timings.reused = {"hits": results.hits, "misses": results.misses, "block pairs read": results.pairs.read_back,
                      "block pairs scored": results.pairs.scored}  # fmt: skip
    for stage, (read, made) in sorted(results.pairs.rows.items()):
        timings.reused[f"{stage} read"], timings.reused[f"{stage} made"] = read, made
    return timeline


def _run(corpus: Corpus, progress: Progress, previous: Path | None, jobs: int | None, cache: Path | None,
         timings: Timings, results: reuse.Results) -> Timeline:  # fmt: skip
    published, id_problems = permalinks.read_previous(previous, named_statements(corpus.overrides))
    articles = read_markdown(corpus.articles)
    total = len(articles)

    # 1-3. per article: page furniture apart (knowing the lines each outlet repeats across its
    #      articles); statements (headline, sentences, clauses, quotes, speakers, attributions);
    #      dates anchored on the publication date; the names written
    with timings.stage("extract"):
        outlets = boilerplate.outlets(corpus.sources, articles)
        done = extract.extract_all(articles, corpus.overrides, outlets, jobs=jobs, cache=cache, progress=progress,
                                   stats=timings.extract)  # fmt: skip
        segments = {aid: r.segments for aid, r in done.items()}
        stmts = {aid: r.statements for aid, r in done.items()}
        names = stored.Names(done)  # unpacked an article at a time, as the entity stage reads them
        del done, outlets

    # 4. names merged across outlets (entities.yml wins)
    with timings.stage("entities"):
        ents, mentions, stmts = entities.resolve(articles, stmts, corpus.entities, corpus.sources, names)
        ents, mentions, stmts = permalinks.keep_entities(ents, mentions, stmts, published.entities)
        del names
    progress("entities", total, total)

    # 4b. what an editor hid (overrides.yml ``hide``) stays in its article, marked, in no claim or quote
    hide = set(corpus.overrides.hide)
    stmts = {aid: tuple(replaced(s, hidden=True) if s.id in hide else s for s in ss) for aid, ss in stmts.items()}

    # 5. the same claim across outlets
    with timings.stage("claims"):
        match = partial(results.claims, claims.match)  # the last build's claims when the inputs are the same
        found = match(articles, stmts, ents, corpus.overrides, mentions)

    # 5b. an article without a publication date borrows one from the claims it shares
        articles, stmts, found = borrow_published(articles, stmts, found, ents, corpus.overrides, mentions, match)
    progress("claims", total, total)

    # 6. claims grouped into dated events, background kept as their context; the ids
    #    readers have seen (the previous export, an editor's pins) are kept
    with timings.stage("events"):
        evs, stmts = events.group(articles, stmts, found, ents, corpus.overrides, published.events)
        evs = salience.rank(articles, stmts, evs)  # 6b. how prominently each was reported: the key events
    progress("events", total, total)

    return Timeline(
        sources=corpus.sources,
        articles=tuple(_sorted_articles(articles)),
        segments=segments,
        statements=stmts,
        entities=tuple(ents),
        mentions=tuple(mentions),
        events=tuple(evs),
        problems=in_file_order([*corpus.problems, *id_problems, *undated(articles, stmts, evs, corpus.shown_as),
                                *unmatched_overrides(corpus.overrides, stmts, evs),
                                *moved_overrides(corpus.overrides, stmts, published.said),
                                *permalinks.pin_problems(known_pins(corpus.overrides, stmts), published.events, evs,
                                                         corpus.overrides.path)]),
    )


def read_markdown(articles: Iterable[Article]) -> list[Article]:
    """The articles as every stage reads them: a Markdown article's inline syntax blanked at the
    same offsets (``markup.read``), so its statements, claims and addresses hold its words only."""
    return [replace(a, body=markup.read(a.body)) if markup.is_markdown(a.path) else a for a in articles]


def in_file_order(problems: list[Problem]) -> tuple[Problem, ...]:
    """Problems by file, then line (as ``check`` prints content errors), each stage's in its own
    order within a line: an editor reads overrides.yml top down, not stage by stage."""
    return tuple(sorted(problems, key=lambda p: (p.path, p.line or 0)))


def undated(articles: list[Article], stmts: dict[str, tuple[Statement, ...]], evs: list[Event],
            shown_as: str) -> list[Problem]:  # fmt: skip
    """Warn of articles left off the timeline: no publication date, and none could be inferred."""
    held = {s for e in evs for c in (*e.claims, *e.context) for s in c.statements}
    problems = []
    for a in articles:
        said = sum(1 for s in stmts.get(a.id, ()) if s.kind in ("claim", "quote", "context") and s.id not in held)
        if a.published is None and said:
            problems.append(Problem(f"{shown_as}/{a.path}", None,
                                    f"no publication date, and none could be inferred (no dated article reports "
                                    f"the same claims): its {said} statement(s) are on no event of the timeline; "
                                    "add 'published: 2020-07-08' (its date) to its metadata", "warning"))
    return problems


def unmatched_overrides(overrides: Overrides, stmts: dict[str, tuple[Statement, ...]],
                        evs: list[Event]) -> list[Problem]:
    """Warn of editor decisions that named nothing: a fix that silently does nothing is lost work.

    Only the pipeline knows which statement and event ids exist, so this runs after it.
    """
    event_ids = {e.id for e in evs}
    problems = [_names_nothing(overrides, "events", o.event, "event", o.line, _PIN_IT) for o in overrides.events
                if not o.statement and o.event not in event_ids]  # pins: permalinks.pin_problems
    known = event_ids | {old for e in evs for old in e.former_ids}  # an old id still names its event
    problems += [_names_nothing(overrides, f"recalls.{sid}", eid, "event", overrides.line("recalls", sid))
                 for sid, eid in overrides.recalls if eid is not None and eid not in known]
    claim_ids = {c.id for e in evs for c in (*e.claims, *e.context)}
    return problems + unknown_statements(overrides, stmts, claim_ids)


def unknown_statements(overrides: Overrides, stmts: dict[str, tuple[Statement, ...]],
                       claim_ids: Iterable[str] = ()) -> list[Problem]:  # fmt: skip
    """Warn of the statement ids (and, in ``merge``, claim ids) an editor named that no statement has.

    ``stmts`` needs only the articles the overrides name. A claim id in ``merge`` is taken as the
    claims stage takes it: ``c-<article id>-s<n>``, the claim holding that statement. ``build`` and
    ``check`` (``check_named_ids``) both report these, in the same words.
    """
    statement_ids = {s.id for ss in stmts.values() for s in ss}
    claim_ids = {*claim_ids, *(claims.claim_id(s) for ss in stmts.values() for s in ss)}
    problems = []
    for section, ref, line in _override_refs(overrides):
        if section == "merge" and ref not in statement_ids and ref not in claim_ids:
            problems.append(_names_nothing(overrides, "merge", ref, "statement or claim", line))
        elif section != "merge" and ref not in statement_ids:
            problems.append(_names_nothing(overrides, section, ref, "statement", line))
    return problems


# an event's id is made from its date and first report, so it can change with its reports (a merge, a date
# set, an earlier article) and a build without the published timeline.json makes ids afresh: a pin holds
_PIN_IT = ", and add `statement:` with one of the event's statement ids so the fix holds when the id changes"


def _names_nothing(overrides: Overrides, section: str, ref: str, what: str, line: int | None,
                   hint: str = "") -> Problem:  # fmt: skip
    return Problem(overrides.path, line, f"'{section}': '{ref}' names no {what}; copy the id from the site or "
                                         f"from `claimline export`{hint}", "warning")


def known_pins(overrides: Overrides, stmts: dict[str, tuple[Statement, ...]]) -> list[EventOverride]:
    """The event pins whose statement exists (one that names none is warned of as such)."""
    statement_ids = {s.id for ss in stmts.values() for s in ss}
    return [o for o in overrides.events if o.statement in statement_ids]


def check_named_ids(corpus: Corpus, jobs: int | None = None) -> list[Problem]:
    """What ``claimline check`` says of the ids ``overrides.yml`` names, as a build would.

    Statement ids are positions, known only once an article is cut into statements: the articles
    named are cut as a build cuts them (with their outlet's furniture learnt from the whole
    corpus) and no others. Whether an event id exists needs claims matched and grouped: only a
    build can tell that.
    """
    refs = [ref for _, ref, _ in _override_refs(corpus.overrides)]
    if not refs:
        return []
    wanted = {ref.partition("#")[0] for ref in refs if "#" in ref}
    claim_refs = tuple(ref for ref in refs if "#" not in ref)
    articles = read_markdown(corpus.articles)
    named = [a for a in articles if a.id in wanted or any(r.startswith(f"c-{a.id}-") for r in claim_refs)]
    outlets = boilerplate.outlets(corpus.sources, articles)
    done = extract.extract_all(named, corpus.overrides, outlets, jobs=jobs)
    return unknown_statements(corpus.overrides, {aid: r.statements for aid, r in done.items()})


def _override_refs(overrides: Overrides) -> list[tuple[str, str, int | None]]:
    """(section, statement id, its line) of every statement id an editor named."""
    refs = [("events", o.statement, overrides.line("events", o.statement) or o.line)
            for o in overrides.events if o.statement]
    refs += [("merge", ref, overrides.line("merge", ref)) for group in overrides.merge for ref in group]
    for section, ids in (("split", overrides.split), ("hide", overrides.hide),
                         ("dates", tuple(sid for sid, _, _ in overrides.dates)),
                         ("recalls", tuple(sid for sid, _ in overrides.recalls))):
        refs += [(section, ref, overrides.line(section, ref)) for ref in ids]
    return refs


def named_statements(overrides: Overrides) -> frozenset[str]:
    return frozenset(ref for _, ref, _ in _override_refs(overrides))


def moved_overrides(overrides: Overrides, stmts: dict[str, tuple[Statement, ...]],
                    said: tuple[tuple[str, str], ...]) -> list[Problem]:  # fmt: skip
    """Warn of a decision whose statement says other words than on the published site.

    Statement ids are positions (``#s12``: the twelfth sentence), so an article edited above
    it moves the decision onto another sentence with no error; the published ``timeline.json``
    keeps what each named id said, and the warning names the id that says it now.
    """
    before = dict(said)  # only the ids the overrides name: most builds have none
    moves: dict[str, str | None] = {}  # a named id whose words changed -> the id that says them now
    now_says: dict[str, str] = {}
    for _section, ref, _line in _override_refs(overrides):
        article = ref.partition("#")[0]
        now = next((s for s in stmts.get(article, ()) if s.id == ref), None) if ref in before else None
        if now is None or now.text == before[ref] or ref in moves:
            continue
        moves[ref] = next((s.id for s in stmts.get(article, ()) if s.text == before[ref]), None)
        now_says[ref] = now.text
    return [Problem(overrides.path, line,
                    f"'{section}': '{ref}' said \"{_short(before[ref])}\" on the published site and "
                    f"now says \"{_short(now_says[ref])}\" (its article changed, and statements are "
                    f"numbered by position); {_moved_to(ref, moves)}", "warning")
            for section, ref, line in _override_refs(overrides) if ref in moves]


def _moved_to(ref: str, moves: dict[str, str | None]) -> str:
    """Where the sentence of ``ref`` went; when that id is named too and moved on (A -> B, B -> C),
    the chain, so that the ids are changed all at once rather than one into the next."""
    moved = moves[ref]
    if moved is None:
        return "that sentence is no longer in the article: check the decision"
    chain = [ref, moved]
    while moves.get(chain[-1]) is not None and moves[chain[-1]] not in chain:
        chain.append(moves[chain[-1]])
    if len(chain) == 2:
        return f"that sentence is now '{moved}': write that id"
    return (f"that sentence is now '{moved}', which is named here too and moved on in turn "
            f"({' -> '.join(chain)}): change all of them at once, each to the id after it")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _sorted_articles(articles: list[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: a.path)


def borrow_published(articles: list[Article], stmts: dict[str, tuple[Statement, ...]], found: list[Claim],
                     ents: list[Entity], overrides: Overrides, mentions: list[Mention],
                     match: Callable[..., list[Claim]] = claims.match):  # fmt: skip
    """Articles without a publication date borrow one from the claims they share (step 5b): their
    dates are read again against it and the claims matched again; then once more from the claims
    their dated statements join, if those say another day. Returns articles, statements, claims.
    ``match``: ``claims.match``, or the same through ``reuse.Results.claims``."""
    as_given = {a.id: a for a in articles if a.published is None}
    inferred = events.infer_published(articles, stmts, found)
    for _ in range(2):
        if not inferred:
            break
        articles = [inferred.get(a.id, a) for a in articles]
        for article_id, article in inferred.items():
            stmts[article_id] = dates.resolve(article, stmts[article_id], overrides)
        found = match(articles, stmts, ents, overrides, mentions)
        now = {a.id: a for a in articles}
        again = events.infer_published([as_given.get(a.id, a) for a in articles], stmts, found)
        inferred = {aid: a for aid, a in again.items() if a.published != now[aid].published}
    return articles, stmts, found
