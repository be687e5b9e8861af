"""An article's text as HTML, with what the pipeline read in it marked.

Claims, quotes and background are underlined each in their own way, every date is a
focusable element whose tooltip says how it was read, page furniture is greyed, and each
statement that made it onto the timeline links to its claim on the event page. Offsets
are the pipeline's own (``Statement.start/end`` into ``Article.body``), so what is marked
is exactly what was read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Protocol

from markupsafe import Markup

from generator.model import Article, Event, Statement
from generator.present import datelabel, urls
from generator.present.escape import attr, escaped, text
from generator.site.siteindex import Site
from generator.text import markup, slugs


class Views(Protocol):
    """What the article text needs of the page views (``pages.Views`` is one)."""

    site: Site
    _: Callable[..., str]
    n_: Callable[..., str]

    def entity_name(self, eid: str | None) -> str: ...

    def event_link(self, here: str, e: Event) -> str: ...

_anchor = urls.statement_anchor
# The kind of a statement that is no article text, and the boilerplate stage's reason for a line of
# no more precise kind: a title never says it twice ("page furniture: page furniture").
FURNITURE = "page furniture"

# A Markdown article's block markers, not shown on its page: quote and heading markers at a line's
# start. Its inline syntax (emphasis, code, links) is read once for the pipeline and the page alike.
_BLOCK = re.compile(r"^[ \t]{0,3}(?:(?:>[ \t]?)+|#{1,6}(?=[ \t]|$)[ \t]*)", re.M)


def markdown_hidden(body: str) -> str:
    """``body`` with its Markdown syntax made NUL characters, which escaping drops (an article
    never holds one: the loader refuses it as binary). The length is kept, so the pipeline's
    offsets still point at the same text (``markup.read``: the words it keeps, where it keeps them)."""
    chars = list(markup.read(body, "\0"))
    for m in _BLOCK.finditer(body):
        chars[m.start():m.end()] = "\0" * (m.end() - m.start())
    return "".join(chars)


class ArticleText:
    """Renders article bodies for the article pages."""

    def __init__(self, views: Views):
        self.views = views

    def render(self, article: Article) -> Markup:
        """The body as paragraphs, each statement marked by kind, each date explained."""
        markdown = markup.is_markdown(article.path)
        body = markdown_hidden(article.body) if markdown else article.body
        stmts = sorted((s for s in self.views.site.timeline.statements.get(article.id, ()) if s.end > s.start),
                       key=lambda s: (s.start, -s.end))
        # The stage gives sentences or their clauses, never both; should two overlap anyway,
        # the first is marked and the other left as plain text rather than nested wrongly.
        kept: list[Statement] = []
        for s in stmts:
            if not kept or s.start >= kept[-1].end:
                kept.append(s)
        boiler = [(g.start, g.end, (g.reason or "boilerplate") + (", marked by an editor" if g.editor else ""))
                  for g in self.views.site.timeline.segments.get(article.id, ()) if g.boilerplate]
        starts = [s.start for s in kept]
        paragraphs = []
        for block in _paragraphs(body):
            ps, pe = block
            pieces: list[Markup] = []
            cur = ps
            i = bisect.bisect_left(starts, ps)
            if i > 0 and kept[i - 1].end > ps:
                i -= 1
            while i < len(kept) and kept[i].start < pe:
                s = kept[i]
                ss, se = max(s.start, ps), min(s.end, pe)
                if ss > cur:
                    pieces.append(self._plain(body, cur, ss, boiler))
                pieces.append(self._statement(article, body, s, ss, se))
                cur = se
                i += 1
            if cur < pe:
                pieces.append(self._plain(body, cur, pe, boiler))
            html = Markup("").join(pieces)
            if str(html).strip():
                line = article.body.rfind("\n", 0, ps) + 1  # the paragraph's start: past its hidden marker
                quoted = markdown and article.body[line:pe].lstrip().startswith(">")  # a Markdown block quote
                paragraphs.append(Markup("<blockquote><p>{}</p></blockquote>" if quoted else "<p>{}</p>").format(html))
        return Markup("\n").join(paragraphs)

    def _plain(self, body: str, start: int, end: int, boiler: list) -> Markup:
        chunk = body[start:end].replace("\0", "")
        if not chunk.strip():
            if "\n" in chunk:
                return Markup("<br>")
            return Markup(" ") if chunk else Markup("")
        reason = next((r for bs, be, r in boiler if bs <= start and end <= be), None)
        if reason is not None or any(bs < end and start < be for bs, be, _r in boiler):
            # the stage's reason for a line of no more precise kind only repeats the kind: said once
            why = self.views.tr(reason or "boilerplate")
            t = attr(self.views._("page furniture, not article text") if reason == FURNITURE
                     else self.views._("page furniture, not article text ({reason})", reason=why))
            return Markup(f'<span class="cl-boiler" title="{t}">{_lines(chunk)}</span>')
        return _lines(chunk)

    def _statement(self, article: Article, body: str, s: Statement, start: int, end: int) -> Markup:
        inner: list[Markup] = []
        cur = start
        for d in sorted(s.dates, key=lambda d: d.start):
            ds, de = max(d.start, start), min(d.end, end)
            if ds < cur or de <= ds:
                continue
            inner.append(_lines(body[cur:ds]))
            shown = datelabel.label(d.value, d.precision, self.views.site.opts.language)
            how = self.views._("{label}: {detail}", label=shown,
                               detail=self.views.tr(d.anchor) if d.anchor else self.views._("as written"))
            tid = attr(_anchor(s.id) + f"-d{d.start}")
            inner.append(Markup(f'<span class="cl-date" tabindex="0" aria-describedby="{tid}">{_lines(body[ds:de])}'
                                f'<span class="cl-tip" role="tooltip" id="{tid}">{text(how)}</span></span>'))
            cur = de
        inner.append(_lines(body[cur:end]))
        kind = "hidden" if s.hidden else s.kind
        kinds = {"claim": "claim", "quote": "quote", "context": "context", "headline": "headline",
                 "boilerplate": FURNITURE, "hidden": "hidden by an editor"}
        title = self.views._(kinds.get(kind, kind))
        if s.speaker:
            title += " " + self.views._("by {author}", author=self.views.entity_name(s.speaker))
        if s.event_date is not None:
            title += f", {datelabel.label(s.event_date.value, s.event_date.precision, self.views.site.opts.language)}"
            if s.event_date.editor:
                title += " (" + self.views._("date set by an editor") + ")"
        if s.boilerplate_reason and kind == "boilerplate" and s.boilerplate_reason != FURNITURE:
            # a reason that only repeats the kind is said once
            title = self.views._("{label}: {detail}", label=title, detail=self.views.tr(s.boilerplate_reason))
        cls = f"cl-st cl-{kind}" + (" cl-boiler" if kind in ("boilerplate", "hidden") else "")
        # a statement running over a blank line is marked in pieces; only the first has its id
        first = not body[s.start:start].strip(" \t\r\n\0")  # only syntax hidden before it: its first piece
        ident = f' id="{attr(_anchor(s.id))}"' if first else ""
        html = f'<span class="{cls}"{ident} title="{attr(title)}">{"".join(inner)}</span>'
        if kind == "hidden" and end == s.end:  # greyed, and said in words: an editor took it off the timeline
            html += f' <span class="cl-flag cl-flag-hidden">{text(self.views._("hidden by an editor"))}</span>'
        found = self.views.site.event_of_statement.get(s.id)
        if found is not None and end == s.end:
            event, claim, _ctx = found
            others = len(set(claim.sources)) - 1
            label = (self.views.n_(others, "compare with {n} other outlet", "compare with {n} other outlets")
                     if others else self.views._("On the timeline"))
            here = urls.article_src(article.id)
            url = f"{self.views.event_link(here, event)}#c-{attr(slugs.slug(claim.id))}"
            icon = "⇄" if others else "→"
            tip = self.views._("{label}: {detail}", label=label, detail=event.title)
            html += (f' <a class="cl-to-event" href="{url}" title="{attr(tip)}">'
                     f'<span aria-hidden="true">{icon}</span><span class="cl-sr">{text(label)}</span></a>')
        return Markup(html)


def _lines(chunk: str) -> Markup:
    """Text with its single line breaks kept (a raw dump's lines are often separate items)."""
    if "\n" not in chunk:
        return text(chunk)
    return Markup("<br>".join(escaped(p) for p in chunk.split("\n")))


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each run of text between blank lines."""
    out, start, n = [], 0, len(body)
    i = 0
    while i < n:
        j = body.find("\n", i)
        if j < 0:
            break
        k = j + 1
        while k < n and body[k] in " \t\r\n\0":
            if body[k] == "\n":
                # a blank line: end the paragraph at j
                out.append((start, j))
                while k < n and body[k] in " \t\r\n\0":
                    k += 1
                start = k
                break
            k += 1
        i = max(k, j + 1)
    out.append((start, n))
    return [(s, e) for s, e in out if e > s]
