"""Addresses readers have seen stay theirs: the ids of events and of people and bodies.

An event's automatic id (``events.py``: its date and the first words of its founding
report) survives reports added later. It would not survive an earlier report found
afterwards (a backfill moves the founding report) or two events becoming one, and every
link to the old page would break. So, in this order:

1. **An editor's pin wins**: ``overrides.yml`` ``events: {<id>: {statement: <statement id>}}``
   gives the event holding that statement the id ``<id>``, whatever else changes.
2. **Published ids are kept**: each event of the previous export (the published site's
   ``timeline.json``) gives its id to the new event sharing most of its claim statements
   (statement ids are made from file names and positions, so they outlive a rebuild).
3. **No address is lost**: a published id no event keeps any more (its event merged into
   another) becomes a *former id* of the event holding most of its statements, exported as
   ``former_ids`` and redirected to that event's page; former ids travel on from export to
   export. A new event never takes an id that was published for another.

A person's or body's id is made from the name most often written, so a new article that
spells it otherwise (Bagheri / Baqeri) could move the page: the same rules keep it, matching
an entity of the previous export by the names both go by.

The previous export is an input like ``content/``: the same content and the same previous
export make the same site, byte for byte.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from generator.errors import Problem
from generator.model import Entity, Event, EventOverride, Mention, Statement, replaced

EXPORT_NAME = "timeline.json"


@dataclass(frozen=True)
class Published:
    """One event (its claim statements) or entity (its names, folded) as previously published."""

    id: str
    statements: frozenset[str]
    former_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Previous:
    """What the previous export published: its events and its people and bodies."""

    events: tuple[Published, ...] = ()
    entities: tuple[Published, ...] = ()
    said: tuple[tuple[str, str], ...] = ()  # (statement id, its text) for the ids asked of ``read_previous``


def read_previous(path: Path | None, named: frozenset[str] = frozenset()) -> tuple[Previous, list[Problem]]:
    """The events of a previous ``timeline.json``; none (and no problem) when there is no file.
    ``named``: statement ids whose published text is wanted (those ``overrides.yml`` names).

    A file that is there but is not a claimline export is a warning, not an error: the build
    goes on with automatic ids, and says so.
    """
    if path is None or not path.is_file():
        return Previous(), []

    def unusable(why: str) -> tuple[Previous, list[Problem]]:
        return Previous(), [Problem(str(path), None, f"{why}; event ids are not carried over from it (delete it, "
                                             "or pass the timeline.json of the published site)", "warning")]

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        return unusable(f"cannot read the previous export ({err.__class__.__name__})")
    except json.JSONDecodeError as err:
        return unusable(f"the previous export is not JSON (line {err.lineno}: {err.msg})")
    except RecursionError:
        return unusable("the previous export is nested too deeply to be a claimline export")
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, list):
        return unusable("the previous export has no 'events' list")
    out = []
    for e in events:
        if not isinstance(e, dict) or not isinstance(e.get("id"), str):
            return unusable("an event of the previous export has no id")
        stmts = frozenset(s for c in _list(e.get("claims")) if isinstance(c, dict)
                          for s in _list(c.get("statements")) if isinstance(s, str))  # fmt: skip
        out.append(Published(e["id"], stmts, _strings(e.get("former_ids"))))
    people = []
    for e in _list(data.get("entities")):
        if isinstance(e, dict) and isinstance(e.get("id"), str):
            names = [e.get("name"), *_list(e.get("aliases"))]
            people.append(Published(e["id"], frozenset(_fold(n) for n in names if isinstance(n, str)),
                                    _strings(e.get("former_ids"))))
    return Previous(tuple(out), tuple(people), _said(data, named)), []


def _said(data: dict, named: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The published text of each statement in ``named``."""
    found = []
    for a in _list(data.get("articles")) if named else ():
        for s in _list(a.get("statements")) if isinstance(a, dict) else ():
            if isinstance(s, dict) and s.get("id") in named and isinstance(s.get("text"), str):
                found.append((s["id"], s["text"]))
    return tuple(sorted(found))


def _list(value: object) -> list:
    """A JSON array as a list; anything else (a hand-edited or foreign file) as nothing."""
    return value if isinstance(value, list) else []


def _strings(value: object) -> tuple[str, ...]:
    return tuple(v for v in _list(value) if isinstance(v, str))


def keep(events: Sequence[Event], published: Sequence[Published], pins: Iterable[EventOverride]) -> list[Event]:
    """``events`` (with their automatic, unique ids) with pinned and published ids restored."""
    # a statement's event is its own claim's, not that of a claim it is only shared with
    holder = {s: k for k, e in enumerate(events) for c in e.claims for s in c.statements if s not in c.shared}
    pinned: dict[int, str] = {}
    for pin in sorted((p for p in pins if p.statement), key=lambda p: (p.line or 0, p.event)):  # as written
        k = holder.get(pin.statement or "")
        if k is not None and k not in pinned and pin.event not in pinned.values():
            pinned[k] = pin.event
    ids, former = _ids([e.id for e in events], holder, published, pinned)
    return [
        replace(e, id=ids[k], former_ids=former[k]) if ids[k] != e.id or former[k] else e
        for k, e in enumerate(events)
    ]


def _ids(auto: Sequence[str], holder: Mapping[str, int], published: Sequence[Published],
         pinned: Mapping[int, str]) -> tuple[list[str], list[tuple[str, ...]]]:  # fmt: skip
    """Rules 2 and 3 for things with automatic ids ``auto``; ``holder`` maps what a published
    one holds (statements, names) to the index of the new thing holding it. Returns the ids
    and each one's former ids."""
    chosen: list[str | None] = [pinned.get(k) for k in range(len(auto))]
    taken = set(pinned.values())

    # published ids, the largest overlap first
    overlap = {p.id: Counter(holder[s] for s in p.statements if s in holder) for p in published}
    # (on a tie, the published id that is also the automatic one: the editor's new canonical name)
    pairs = sorted((-n, p.id != auto[k], p.id, auto[k], k) for p in published for k, n in overlap[p.id].items())
    for *_, pid, _, k in pairs:
        if chosen[k] is None and pid not in taken:
            chosen[k] = pid
            taken.add(pid)

    # the rest keep their automatic id, unless it was published for another; a former id
    # goes back to what split off again from the one that took it over (a merge undone)
    reserved = taken | {p.id for p in published} | {f for p in published for f in p.former_ids}
    absorbed_by = {f: p.id for p in published for f in p.former_ids}
    for k, ident in enumerate(auto):
        if chosen[k] is None and ident in absorbed_by and ident not in taken and overlap[absorbed_by[ident]][k]:
            chosen[k] = ident
            taken.add(ident)
    for k, ident in enumerate(auto):
        if chosen[k] is None:
            mine, n = ident, 1
            while mine in reserved or mine in taken:
                n += 1
                mine = f"{ident}-{n}"
            chosen[k] = mine
            taken.add(mine)
    ids = [c for c in chosen if c is not None]
    index = {ident: k for k, ident in enumerate(ids)}

    # published ids no one kept: former ids of the one holding most of what they held
    former: dict[int, set[str]] = defaultdict(set)
    for p in published:
        home = index[p.id] if p.id in index else min(
            overlap[p.id], key=lambda k: (-overlap[p.id][k], ids[k]), default=None)
        if home is not None:
            former[home].update(f for f in (p.id, *p.former_ids) if f not in taken)
    return ids, [tuple(sorted(former[k])) for k in range(len(auto))]


def pin_problems(pins: Iterable[EventOverride], published: Sequence[Published], events: Sequence[Event],
                 where: str) -> list[Problem]:  # fmt: skip
    """Warn of pins that did not take, or took an address readers know for another event."""
    holder = {s: e for e in events for c in e.claims for s in c.statements if s not in c.shared}
    was = {f: p for p in published for f in p.former_ids} | {p.id: p for p in published}  # its redirects too
    problems = []

    def warn(pin: EventOverride, message: str) -> None:
        problems.append(Problem(where, pin.line, f"'events': '{pin.event}' {message}", "warning"))

    for pin in pins:
        if not pin.statement:
            continue
        event = holder.get(pin.statement)
        if event is None:
            warn(pin, f"pins the event of statement '{pin.statement}', which is in no event (it is undated, "
                      "background or hidden); pin a statement of a dated claim")
        elif event.id != pin.event:
            warn(pin, f"pins the event of statement '{pin.statement}', which is already pinned as "
                      f"'{event.id}'; give an event one id")
        elif pin.event in was and not was[pin.event].statements & {s for c in event.claims for s in c.statements}:
            warn(pin, "was published as the id of another event, whose old address now shows this one; "
                      "choose an id the site has not used")
    return problems


# ---------------------------------------------------------------- people and bodies


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def keep_entities(
    entities: Sequence[Entity], mentions: Sequence[Mention], stmts: Mapping[str, tuple[Statement, ...]],
    published: Sequence[Published],
) -> tuple[list[Entity], list[Mention], dict[str, tuple[Statement, ...]]]:  # fmt: skip
    """The entity stage's output with the ids of the previous export kept (rules 2 and 3)."""
    if not published:
        return list(entities), list(mentions), dict(stmts)
    holder: dict[str, int] = {}
    for k, e in enumerate(entities):
        for name in (e.name, *e.aliases):
            holder.setdefault(_fold(name), k)
    ids, former = _ids([e.id for e in entities], holder, published, {})
    if all(e.id == ids[k] and not former[k] for k, e in enumerate(entities)):
        return list(entities), list(mentions), dict(stmts)
    new_id = {e.id: ids[k] for k, e in enumerate(entities)}
    ents = [replace(e, id=ids[k], former_ids=former[k]) for k, e in enumerate(entities)]
    ments = [replace(m, entity=new_id.get(m.entity, m.entity)) if m.entity else m for m in mentions]
    out = {aid: tuple(replaced(s, speaker=new_id.get(s.speaker, s.speaker)) if s.speaker else s for s in sts)
           for aid, sts in stmts.items()}  # fmt: skip
    return ents, ments, out
