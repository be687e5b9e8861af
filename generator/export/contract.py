"""``timeline.json``: the export contract (``shared/contract/timeline.schema.json``, version 1),
the file other programs and the next build read."""

from __future__ import annotations

import json
from collections.abc import Iterator

from generator.export.common import GENERATOR, in_time_order, published_iso
from generator.model import Claim, DateMention, EventDate, Recall, Statement, Timeline
from generator.present import urls


def _date(d: DateMention) -> dict:
    return {"text": d.text, "start": d.start, "end": d.end, "value": d.value, "precision": d.precision,
            "anchor": d.anchor, "future": d.future}


def _event_date(d: EventDate | None) -> dict | None:
    if d is None:
        return None
    return {"value": d.value, "precision": d.precision, "how": d.how, "status": d.status, "editor": d.editor,
            "mention": None if d.mention is None else _date(d.mention)}


def _statement(s: Statement) -> dict:
    return {
        "id": s.id, "text": s.text, "start": s.start, "end": s.end, "kind": s.kind,
        "sentence": s.sentence, "paragraph": s.paragraph, "quoted": s.quoted,
        "speaker": s.speaker, "speaker_name": s.speaker_name, "attributed_to": s.attributed_to,
        "boilerplate_reason": s.boilerplate_reason, "hidden": s.hidden,
        "dates": [_date(d) for d in s.dates], "event_date": _event_date(s.event_date),
    }


def _claim(c: Claim) -> dict:
    return {
        "id": c.id, "text": c.text, "speaker": c.speaker, "sources": sorted(c.sources),
        "statements": list(c.statements), "flags": sorted(c.flags), "date": _event_date(c.date),
        "numbers": [list(n) for n in sorted(c.numbers)],
    }


def _recall(r: Recall, bodies: dict[str, str]) -> dict:
    """A clause that tells an event again: its statement, its offsets into the article body, its words."""
    article = r.statement.rsplit("#", 1)[0]
    return {"statement": r.statement, "start": r.start, "end": r.end, "text": bodies[article][r.start:r.end],
            **({"editor": True} if r.editor else {})}


def _parts(timeline: Timeline, use_directory_urls: bool) -> dict:
    """The contract's top-level keys; the long lists as generators, made one item at a time."""

    def page(src: str) -> str:
        return urls.page_url(src, use_directory_urls)

    speaking = urls.speakers(timeline.statements.values())  # the entities that have a page
    bodies = {a.id: a.body for a in timeline.articles}
    articles = (
        {
            "id": a.id, "source": a.source, "title": a.title, "url": a.url,
            "published": published_iso(a), "published_inferred": a.published_inferred,
            "published_text": a.published_text, "path": a.path, "page": page(urls.article_src(a.id)),
            "author": a.author, "language": a.language, "tags": list(a.tags),
            "statements": [_statement(s) for s in timeline.statements.get(a.id, ())],
        }
        for a in timeline.articles
    )
    events = (
        {
            "id": e.id, "date": e.date, "precision": e.precision, "how": e.how, "status": e.status,
            "title": e.title, "page": page(urls.event_src(e.id)), "announced_in": e.announced_in,
            "editor": list(e.editor), "salience": e.salience.score, "claims": [_claim(c) for c in e.claims],
            "context": [_claim(c) for c in e.context],
            # ids it was published under before (they redirect to ``page``); kept from
            # export to export, so write them only where there are some
            **({"former_ids": list(e.former_ids)} if e.former_ids else {}),
            # clauses of other statements that tell it again (no claim of it); only where there are some
            **({"recalls": [_recall(r, bodies) for r in e.recalls]} if e.recalls else {}),
        }
        for e in in_time_order(timeline)  # by first day: the week of July 6 after July 5, not in January
    )
    return {
        "version": 1,
        "generated_by": GENERATOR,
        "sources": [
            {"id": s.id, "name": s.name, "url": s.url, "country": s.country, "kind": s.kind,
             "page": page(urls.outlet_src(s.id))}
            for s in sorted(timeline.sources, key=lambda s: s.id)
        ],
        "articles": articles,
        "entities": [
            {"id": e.id, "name": e.name, "aliases": list(e.aliases), "kind": e.kind, "role": e.role,
             "editor": e.editor, "page": page(urls.entity_src(e.id)) if e.id in speaking else None,
             **({"former_ids": list(e.former_ids)} if e.former_ids else {})}
            for e in sorted(timeline.entities, key=lambda e: e.id)
        ],
        "events": events,
    }


def to_contract(timeline: Timeline, use_directory_urls: bool = True) -> dict:
    """The timeline as ``shared/contract/timeline.schema.json`` (version 1) describes it.

    Keys beyond the schema's are additions it allows (``how``, ``flags``, ``event_date``...),
    so a consumer of version 1 reads this unchanged.
    """
    return {k: v if isinstance(v, (list, dict, str, int)) else list(v)
            for k, v in _parts(timeline, use_directory_urls).items()}  # fmt: skip


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


def chunks(timeline: Timeline, use_directory_urls: bool = True) -> Iterator[str]:
    """``render``'s text in pieces of about an article or event each, the same bytes.

    A whole corpus' contract held at once (every statement a dict, then the text as millions
    of small strings) took several times the memory of the corpus; here one item is made and
    encoded at a time. Indenting an item's own encoding is exact: JSON strings hold no raw
    line break, so every line break is the encoder's.
    """
    parts = _parts(timeline, use_directory_urls)
    yield "{"
    for n, key in enumerate(sorted(parts)):
        yield ("," if n else "") + f"\n  {json.dumps(key)}: "
        value = parts[key]
        if isinstance(value, (list, dict, str, int)):
            yield _dumps(value).replace("\n", "\n  ")
            continue
        first = True
        for item in value:
            yield ("[" if first else ",") + "\n    " + _dumps(item).replace("\n", "\n    ")
            first = False
        yield "[]" if first else "\n  ]"
    yield "\n}\n"


def render(timeline: Timeline, use_directory_urls: bool = True) -> str:
    return "".join(chunks(timeline, use_directory_urls))
