"""``overrides.yml``: the editor's decisions, checked (dates on the calendar, statements of
articles that exist) and turned into ``Overrides``."""

from __future__ import annotations

import datetime
import difflib
import re
from typing import Any

from generator.content.messages import dotted
from generator.content.published import calendar_reason
from generator.content.yamlfile import YamlDoc
from generator.errors import Problem
from generator.model import EventOverride, Overrides
from generator.text import timex

# Years an editor's event date may name: an announced event may lie far ahead, unlike a publication.
YEARS = (1000, 9998)

_TIMEX_PRECISION = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}-W\d{2}"), "week"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"\d{4}-Q[1-4]"), "quarter"),
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{3}"), "decade"),
    (re.compile(r"\d{2}"), "century"),
)


def timex_precision(value: str) -> str:
    """The precision a TIMEX3 date value is written at (``2020-07`` -> month)."""
    for rx, precision in _TIMEX_PRECISION:
        if rx.fullmatch(value):
            return precision
    return "vague"


def timex_problem(value: str) -> str | None:
    """Why ``value`` is not a TIMEX3 date on the calendar (``2020-13-45``, ``2020-02-30``), or None."""
    if value in timex.VAGUE:
        return None
    if not timex.VALUE_RE.fullmatch(value):
        return f"'{value}' is not an ISO 8601 date; {_TIMEX_EXAMPLES}"
    if value[:4].isdigit() and not YEARS[0] <= int(value[:4]) <= YEARS[1]:
        return f"'{value}' is out of range; write a year from {YEARS[0]} to {YEARS[1]}"
    try:
        timex.span(value)
    except (ValueError, OverflowError):
        reason = calendar_reason(value)
        return f"'{value}' is not a date on the calendar{': ' + reason if reason else ''}; {_TIMEX_EXAMPLES}"
    return None


_TIMEX_EXAMPLES = "write e.g. 2020-07-08, 2020-W28, 2020-07, 2020-SU, 2020-Q3 or 2020"


def overrides_of(doc: YamlDoc | None, where: str, article_ids: set[str], bodies: dict[str, str],
                 problems: list[Problem], valid: bool = True) -> Overrides:
    """The editor's decisions; every reference and date checked, each problem at its line."""
    if doc is None:
        return Overrides()
    reader = _Reader(doc, where, article_ids, problems)
    if not valid:  # the schema errors are reported; still name every unknown article in one run
        _override_refs(doc.data, reader, where, doc, article_ids, problems)
        return Overrides()
    data = doc.data
    events = reader.events(data.get("events") or {})
    merge = reader.merge(data.get("merge") or ())
    for field in ("split", "hide"):
        reader.ids(field, data.get(field) or ())
    reader.merged_and_split(data.get("merge") or (), data.get("split") or ())
    reader.merge_chains(merge)
    boiler = reader.boilerplate(data.get("boilerplate") or {}, bodies)
    dates = reader.dates(data.get("dates") or {})
    recalls = reader.recalls(data.get("recalls") or {})
    return Overrides(events=tuple(events), merge=tuple(merge), split=tuple(data.get("split") or ()),
                     hide=tuple(data.get("hide") or ()), boilerplate=tuple(boiler), dates=tuple(dates),
                     recalls=tuple(recalls), path=where, lines=tuple(reader.lines))


class _Reader:
    """Reads the sections of a valid overrides.yml, recording problems and the line of each reference."""

    def __init__(self, doc: YamlDoc, where: str, article_ids: set[str], problems: list[Problem]):
        self.doc, self.where, self.article_ids, self.problems = doc, where, article_ids, problems
        self.lines: list[tuple[str, str, int]] = []

    def check_statement(self, sid: str, path: list[Any], key: bool = False) -> None:
        if "#" not in sid:
            return  # a claim id in merge: checked by the claims stage
        art = sid.split("#", 1)[0]
        if art not in self.article_ids:
            self.problems.append(Problem(self.where, self.doc.line_of(path, key=key),
                                         f"'{dotted(path)}': '{sid}' names an unknown article "
                                         f"'{art}'{_id_hint(art, self.article_ids)}"))

    def check_date(self, value: str, path: list[Any], written_right: bool = False) -> None:
        """``written_right``: only a value written as a TIMEX3 date can be wrong here (the schema
        reports the others, so a file that failed it gets no second message for them)."""
        if written_right and not timex.VALUE_RE.fullmatch(value):
            return
        why = timex_problem(value)
        if why:
            self.problems.append(Problem(self.where, self.doc.line_of(path), f"'{dotted(path)}': {why}"))

    def line(self, section: str, ref: str, path: list[Any], key: bool = False) -> None:
        self.lines.append((section, ref, self.doc.line_of(path, key=key)))

    def events(self, section: dict[str, Any]) -> list[EventOverride]:
        out = []
        for eid, spec in section.items():
            value = None if spec.get("date") is None else str(spec["date"])
            if value is not None:
                self.check_date(value, ["events", eid, "date"])
            precision = spec.get("precision") or (timex_precision(value) if value else None)
            if spec.get("statement"):
                self.check_statement(spec["statement"], ["events", eid, "statement"])
                self.line("events", spec["statement"], ["events", eid, "statement"])
            out.append(EventOverride(event=str(eid), title=spec.get("title"), date=value, precision=precision,
                                     status=spec.get("status"), line=self.doc.line_of(["events", eid], key=True),
                                     statement=spec.get("statement")))
        return out

    def merge(self, section: list[list[str]]) -> list[tuple[str, ...]]:
        for i, group in enumerate(section):
            for j, sid in enumerate(group):
                self.check_statement(sid, ["merge", i, j])
                self.line("merge", sid, ["merge", i, j])
        return [tuple(group) for group in section]

    def ids(self, field: str, section: list[str]) -> None:
        for i, sid in enumerate(section):
            self.check_statement(sid, [field, i])
            self.line(field, sid, [field, i])

    def merged_and_split(self, merge: list[list[str]], split: list[str]) -> None:
        """A statement both merged and split: the split wins, so the merge of it does nothing."""
        where_split = {}
        for i, sid in enumerate(split):
            where_split.setdefault(sid, i)
        for i, group in enumerate(merge):
            for j, sid in enumerate(group):
                if sid in where_split:
                    self.problems.append(Problem(
                        self.where, self.doc.line_of(["merge", i, j]),
                        f"'merge[{i}][{j}]': '{sid}' is also in split (split[{where_split[sid]}], line "
                        f"{self.doc.line_of(['split', where_split[sid]])}); the split wins, so this merge does not "
                        "apply to it: keep the statement in one of them", "warning"))

    def merge_chains(self, merge: list[tuple[str, ...]]) -> None:
        """Groups that share a statement (A with B, then B with C) make one claim of them all: say so
        at each group that joins an earlier one, naming every statement the claim gets."""
        parent = list(range(len(merge)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        first: dict[str, int] = {}  # a statement -> the first group naming it
        joins = []  # (group, its position that an earlier group names too, that group)
        for i, group in enumerate(merge):
            for j, sid in enumerate(group):
                earlier = first.setdefault(_as_statement(sid), i)
                if earlier != i and find(earlier) != find(i):
                    parent[find(i)] = find(earlier)
                    joins.append((i, j, earlier))
        for i, j, earlier in joins:
            members = dict.fromkeys(_as_statement(sid) for k, group in enumerate(merge) if find(k) == find(i)
                                    for sid in group)  # fmt: skip
            self.problems.append(Problem(
                self.where, self.doc.line_of(["merge", i, j]),
                f"'merge[{i}][{j}]': '{merge[i][j]}' is also in merge[{earlier}] (line "
                f"{self.doc.line_of(['merge', earlier])}), so the groups chain into one claim of "
                f"{', '.join(members)}: write them as one group, or name each statement in one group only", "warning"))

    def boilerplate(self, section: dict[str, list[str]], bodies: dict[str, str]) -> list[tuple[str, str]]:
        out = []
        for art, texts in section.items():
            if art not in self.article_ids:
                self.problems.append(Problem(self.where, self.doc.line_of(["boilerplate", art], key=True),
                                             f"'boilerplate': unknown article '{art}'"
                                             f"{_id_hint(art, self.article_ids)}"))
                continue
            for i, text in enumerate(texts):
                if text not in bodies[art]:
                    self.problems.append(Problem(self.where, self.doc.line_of(["boilerplate", art, i]),
                                                 f"'boilerplate.{art}[{i}]': '{text}' is not in the article's "
                                                 "text, so it marks nothing; copy the text exactly", "warning"))
                out.append((art, text))
        return out

    def dates(self, section: dict[str, Any]) -> list[tuple[str, str, str]]:
        out = []
        for sid, spec in section.items():
            self.check_statement(sid, ["dates", sid], key=True)
            self.line("dates", sid, ["dates", sid], key=True)
            value = str(spec["date"] if isinstance(spec, dict) else spec)
            self.check_date(value, ["dates", sid, "date"] if isinstance(spec, dict) else ["dates", sid])
            precision = (spec.get("precision") if isinstance(spec, dict) else None) or timex_precision(value)
            out.append((sid, value, precision))
        return out

    def recalls(self, section: dict[str, Any]) -> list[tuple[str, str | None]]:
        """Statement id -> the event its recall clauses tell again, or None (no event); whether the
        event exists only a build can tell (``pipeline.unmatched_overrides``)."""
        out = []
        for sid, eid in section.items():
            self.check_statement(str(sid), ["recalls", sid], key=True)
            self.line("recalls", str(sid), ["recalls", sid], key=True)
            out.append((str(sid), None if eid is None else str(eid)))
        return out


def _as_statement(ref: str) -> str:
    """A claim id of ``merge`` (``c-<article>-s<n>``, after the statement it holds) as that statement's id."""
    m = _CLAIM_ID.fullmatch(ref)
    return f"{m[1]}#{m[2]}" if m and "#" not in ref else ref


_CLAIM_ID = re.compile(r"c-(.+)-(s\d+(?:\.\d+)?)")


def _override_refs(data: Any, reader: _Reader, where: str, doc: YamlDoc, article_ids: set[str],
                   problems: list[Problem]) -> None:
    """The article references and dates of an overrides.yml that failed its schema, read
    defensively, so one run reports them with the schema's errors."""
    check_statement = reader.check_statement

    def items(value: Any) -> list[Any]:
        return list(value) if isinstance(value, list | dict) else []

    data = data if isinstance(data, dict) else {}
    for i, group in enumerate(items(data.get("merge"))):
        for j, sid in enumerate(group if isinstance(group, list) else []):
            if isinstance(sid, str):
                check_statement(sid, ["merge", i, j])
    for field in ("split", "hide"):
        for i, sid in enumerate(items(data.get(field))):
            if isinstance(sid, str):
                check_statement(sid, [field, i])
    boiler = data.get("boilerplate")
    for art in boiler if isinstance(boiler, dict) else ():
        if str(art) not in article_ids:
            problems.append(Problem(where, doc.line_of(["boilerplate", art], key=True),
                                    f"'boilerplate': unknown article '{art}'{_id_hint(str(art), article_ids)}"))
    dates = data.get("dates")
    for sid, spec in dates.items() if isinstance(dates, dict) else ():
        check_statement(str(sid), ["dates", sid], key=True)
        if isinstance(spec, dict) and isinstance(spec.get("date"), str | int | datetime.date):
            reader.check_date(str(spec["date"]), ["dates", sid, "date"], written_right=True)
        elif isinstance(spec, str | int | datetime.date):
            reader.check_date(str(spec), ["dates", sid], written_right=True)
    recalls = data.get("recalls")
    for sid in recalls if isinstance(recalls, dict) else ():
        check_statement(str(sid), ["recalls", sid], key=True)
    events = data.get("events")
    for eid, spec in events.items() if isinstance(events, dict) else ():
        if isinstance(spec, dict) and isinstance(spec.get("date"), str | int | datetime.date):
            reader.check_date(str(spec["date"]), ["events", eid, "date"], written_right=True)


def _id_hint(art: str, article_ids: set[str]) -> str:
    guess = difflib.get_close_matches(art, sorted(article_ids), n=1)
    if guess:
        return f"; did you mean '{guess[0]}'?"
    return "; an article id is its file name without extension"
