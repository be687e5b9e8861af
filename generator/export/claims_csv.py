"""``claims.csv``: one row per claim and statement, each outlet's own wording with its article."""

from __future__ import annotations

import csv
import io

from generator.export.common import in_time_order, published_iso
from generator.model import Timeline
from generator.present.escape import safe_url

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: never run as a formula (OWASP CSV injection)."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA) else s


def render(timeline: Timeline) -> str:
    arts = {a.id: a for a in timeline.articles}
    stmts = {s.id: s for ss in timeline.statements.values() for s in ss}
    names = {s.id: s.name for s in timeline.sources}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["event_id", "event_date", "event_precision", "event_title", "claim_id", "claim_kind",
                "claim_text", "speaker", "claim_sources", "flags", "statement_id", "source", "outlet",
                "article_id", "article_url", "published", "statement_text"])
    for e in in_time_order(timeline):
        for kind, claims in (("claim", e.claims), ("context", e.context)):
            for c in claims:
                for sid in c.statements:
                    s = stmts.get(sid)
                    a = arts.get(s.article) if s else None
                    src = a.source if a else ""
                    w.writerow([_cell(v) for v in (
                        e.id, e.date, e.precision, e.title, c.id, kind, c.text, c.speaker or "",
                        " ".join(sorted(c.sources)), " ".join(sorted(c.flags)), sid, src, names.get(src, src),
                        a.id if a else "", (safe_url(a.url) or "") if a else "", published_iso(a) if a else "",
                        " ".join(s.text.split()) if s else "",  # one line: a Markdown article's syntax is blanks
                    )])
    return buf.getvalue()
