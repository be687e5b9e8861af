"""Small HTML pieces the page templates compose, each made from escaped text.

Untrusted text never becomes template source: ``Views`` builds ``Markup`` only from parts
escaped by ``generator.present.escape``; everything else reaches templates as plain values,
which the environment escapes (``pages.environment``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from markupsafe import Markup

from generator.export.common import published_iso
from generator.model import Article, Claim, Event, Source, Statement
from generator.present import datelabel, labels, urls
from generator.present.escape import attr, escaped, href, json_for_script, text, url_attr
from generator.site import articletext, density, figures, jsonld, paging, periods, worddiff
from generator.site.siteindex import Period, Site
from generator.text import slugs, timex

_anchor = urls.statement_anchor


def _a(url: str, label: object, cls: str = "", extra: str = "") -> Markup:
    """A link; ``cls`` and ``extra`` are our own markup, ``label`` is escaped unless Markup already.
    (f-strings, not ``Markup.format``: pages hold tens of thousands of links.)"""
    c = f' class="{cls}"' if cls else ""
    shown = label if isinstance(label, Markup) else escaped(label)
    return Markup(f'<a href="{url_attr(url)}"{c}{extra}>{shown}</a>')


def external_link(url: object, label: str, name: str) -> Markup:
    """A link to an original article: only http(s), never followed by crawlers as ours."""
    ok = href(url)
    if ok is None:
        return Markup("")
    return Markup(f'<a class="cl-orig" href="{ok}" rel="noopener noreferrer nofollow external" '
                  f'aria-label="{escaped(f"{label}: {name}")}">{escaped(label)}</a>')


# An untitled article's heading is its first sentence, cut only past this many words.
TITLE_WORDS = 45


class Views:
    """Small HTML pieces the templates compose, each made from escaped text."""

    def __init__(self, site: Site):
        self.site = site
        self._ = labels.translator(site.opts.language)
        self.n_ = labels.plural_translator(site.opts.language)
        self.tr = labels.text_translator(site.opts.language)  # what other stages wrote in English

    def source_name(self, sid: str) -> str:
        s = self.site.sources.get(sid)
        return s.name if s else sid

    def article_title(self, a: Article) -> str:
        """Its title; else its headline or first sentence, whole (a raw dump may carry no title):
        a heading cut mid-phrase ("...of the Islamic Republic …") reads as a different headline."""
        if a.title:
            return a.title
        stmts = self.site.timeline.statements.get(a.id, ())
        first = next((s for s in stmts if s.kind == "headline" and not s.hidden), None) or next(
            (s for s in stmts if s.kind not in ("boilerplate", "headline") and not s.hidden), None)
        if first is None:
            return a.id
        words = first.text.split()
        return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")

    def entity_name(self, eid: str | None) -> str:
        if not eid:
            return ""
        e = self.site.entities.get(eid)
        return e.name if e else eid

    def date_html(self, value: str, precision: str, how: str | None = None) -> Markup:
        lab = datelabel.label(value, precision, self.site.opts.language)
        mv = datelabel.machine_value(value, precision)
        if mv is None:
            return Markup(f'<span class="cl-date">{escaped(lab)}</span>')
        return Markup(f'<time datetime="{escaped(mv)}">{escaped(lab)}</time>')

    def _statements_by_source(self, claim: Claim) -> dict[str, list[Statement]]:
        """The claim's statements grouped by outlet, in the claim's order."""
        by_source: dict[str, list[Statement]] = defaultdict(list)
        for sid in claim.statements:
            s = self.site.statements.get(sid)
            a = self.site.articles.get(s.article) if s else None
            if s and a:
                by_source[a.source].append(s)
        return by_source

    def badges(self, here: str, claim: Claim) -> Markup:
        """One badge per outlet: its in-site article page (at the statement) and the original."""
        by_source = self._statements_by_source(claim)
        parts = []
        for src in sorted(by_source, key=lambda x: (self.source_name(x).casefold(), x)):
            s = by_source[src][0]
            a = self.site.articles[s.article]
            name = self.source_name(src)
            inner = self.site.link(here, urls.article_src(a.id)) + "#" + _anchor(s.id)
            title = attr(self._("{name}: read the statement in its article", name=name))
            link = _a(inner, name, extra=f' title="{title}"')
            original = external_link(a.url, self._("original"), name)
            parts.append(Markup(f'<span class="cl-badge">{link}{original}</span>'))
        return Markup(" ").join(parts)

    @cached_property
    def _event_of_claim(self) -> dict[str, Event]:
        return {c.id: e for e in self.site.timeline.events for c in e.claims + e.context}

    @cached_property
    def _context_ids(self) -> frozenset[str]:
        return frozenset(c.id for e in self.site.timeline.events for c in e.context)

    @cached_property
    def _outlets_of_event(self) -> dict[str, int]:
        return {e.id: len({s for c in e.claims + e.context for s in c.sources}) for e in self.site.timeline.events}

    def _event_outlet_count(self, claim: Claim) -> int:
        """How many outlets reported anything of the claim's event (the claim's own, outside any event)."""
        event = self._event_of_claim.get(claim.id)
        if event is None:
            return len(set(claim.sources))
        return self._outlets_of_event[event.id]

    def reported(self, claim: Claim) -> Markup:
        """How many of the outlets that covered the claim's event reported the claim itself,
        said only where not all of them did (the event says once which outlets covered it).

        Counted against the event's outlets, not the site's: an outlet that never covered
        the story does not make a claim look under-reported.
        """
        n, m = len(set(claim.sources)), self._event_outlet_count(claim)
        if not self._counted(claim):
            return Markup("")
        label = self._("reported by {n} of the {m} outlets covering this event", n=n, m=m)
        cls = "cl-count cl-single" if n == 1 else "cl-count"
        return Markup('<span class="{}">{}</span>').format(cls, text(label))

    def _counted(self, claim: Claim) -> bool:
        """Whether ``reported`` shows the claim's count: fewer outlets than covered its event
        reported it, and it is no background (background is no report of the event's)."""
        return (len(set(claim.sources)) < self._event_outlet_count(claim)
                and claim.id not in self._context_ids)

    def flags(self, claim: Claim) -> Markup:
        """The claim's flags; "one outlet only" neither where that outlet is the only one covering
        the event (true of the event, not of the claim) nor beside the count that says it already."""
        names = {"wording_differs": "wording differs", "number_differs": "numbers differ",
                 "date_differs": "dates differ", "editor": "editor decided", "single_source": "one outlet only"}
        said = self._event_outlet_count(claim) <= 1 or self._counted(claim)
        return Markup(" ").join(
            Markup('<span class="cl-flag cl-flag-{}">{}</span>').format(f.replace("_", "-"), self._(names[f]))
            for f in sorted(claim.flags) if f in names and not (f == "single_source" and said))

    def speaker(self, here: str, eid: str | None) -> Markup:
        if not eid:
            return Markup("")
        if eid not in self.site.speaking:
            return Markup('<span class="cl-speaker">{}</span>').format(text(self.entity_name(eid)))
        return _a(self.site.link(here, urls.entity_src(eid)), self.entity_name(eid), "cl-speaker")

    def _own(self, claim: Claim, source_id: str) -> Statement | None:
        for sid in claim.statements:
            s = self.site.statements.get(sid)
            a = self.site.articles.get(s.article) if s else None
            if s and a and a.source == source_id:
                return s
        return None

    def own_wording(self, claim: Claim, source_id: str) -> str:
        """How this outlet put the claim (its own statement), else the claim's text."""
        s = self._own(claim, source_id)
        return s.text if s else claim.text

    def statement_link(self, here: str, s: Statement) -> Markup:
        """The address of a statement in its article's page."""
        return self.site.link(here, urls.article_src(s.article)) + Markup("#") + _anchor(s.id)

    def own_statement_link(self, here: str, claim: Claim, source_id: str) -> Markup:
        s = self._own(claim, source_id)
        if s is None:
            return self.site.link(here, "index.md")
        return self.statement_link(here, s)

    def recalled(self, here: str, e: Event) -> list[tuple[Markup, Markup, str, bool]]:
        """Statements of other reports that tell this event again in a clause ("the insurer, which
        disclosed the breach on Monday, said ..."): each statement with that clause marked, a link
        to it, its outlet, whether an editor linked it. They are no claim of the event, but a reader
        sees who came back to it."""
        told = []
        for r in e.recalls:
            s = self.site.statements.get(r.statement)
            a = self.site.articles.get(s.article) if s else None
            if a is not None:
                body = a.body
                shown = Markup("{}<mark>{}</mark>{}").format(
                    text(body[s.start:r.start]), text(body[r.start:r.end]), text(body[r.end:s.end]))
                told.append((shown, self.statement_link(here, s), self.source_name(a.source), r.editor))
        return told

    def by_year(self, items: list, kind: str, weight=None) -> list[tuple[str, list]]:
        """A long list (an outlet's events, a person's statements) cut into years.

        Short lists stay whole ([("all", items)]): only past ``split_after`` items, or past
        one page's height, does a page become a list of years, each on pages of its own
        (paginated), so none grows without bound.
        """
        fits = len(paging.cut(items, paging.LIST, weight or (lambda _x: 1))) == 1
        if len(items) <= self.site.opts.split_after and fits:
            return [("all", items)]
        groups: dict[str, list] = defaultdict(list)
        for item in items:
            if kind == "event":
                when = item.date
            elif kind == "article":
                when = item.published.date().isoformat() if item.published else ""
            else:
                when = self.site.statement_when(item)
            y, _m, _d = timex.parse(when)
            groups[f"{y:04d}" if y and y < 9999 else "undated"].append(item)
        return sorted(groups.items())

    def event_outlets(self, e: Event) -> list[Source]:
        """The outlets that reported anything of an event, by name."""
        ids = {s for c in e.claims + e.context for s in c.sources}
        return [s for s in self.site.active_sources if s.id in ids]

    @staticmethod
    def short(s: str, words: int = 14) -> str:
        parts = s.split()
        return " ".join(parts[:words]) + (" …" if len(parts) > words else "")

    def filter_data(self, e: Event) -> Markup:
        """data-* attributes the optional filter script reads (slugs: no spaces inside)."""
        outlets = sorted({slugs.slug(s) for c in e.claims + e.context for s in c.sources})
        people = sorted({slugs.slug(p) for p in map(self.site.credit, e.claims + e.context) if p})
        tags = sorted({self.site.tag_key(t) for t in self.site.event_tags.get(e.id, [])})
        return Markup('data-outlets="{}" data-people="{}" data-tags="{}"').format(
            attr(" ".join(outlets)), attr(" ".join(people)), attr(" ".join(tags)))

    def event_link(self, here: str, e: Event) -> str:
        return self.site.link(here, urls.event_src(e.id))

    def wordings(self, here: str, claim: Claim) -> list[dict]:
        """Each outlet's own wording of the claim, one card per outlet, its own words marked
        against the first; where an outlet said it more than once, the card links the others."""
        by_source = self._statements_by_source(claim)
        order = sorted(by_source, key=lambda src: (self.source_name(src).casefold(), src))
        firsts = {src: min(by_source[src], key=self._said_order) for src in order}
        compared = worddiff.side_by_side([(src, firsts[src].text) for src in order])
        out = []
        for src, (_src, html, wdiff, ndiff) in zip(order, compared, strict=True):
            s = firsts[src]
            a = self.site.articles[s.article]
            out.append({
                "source": src, "name": self.source_name(src), "statement": s, "html": html,
                "differs": wdiff, "numbers_differ": ndiff,
                "outlet_url": self.site.link(here, urls.outlet_src(src)),
                "article_url": self.statement_link(here, s),
                "article_title": self.article_title(a),
                "original": external_link(a.url, self._("original"), self.source_name(src)),
                "speaker": self.speaker(here, s.speaker), "attributed_to": s.attributed_to,
                "also": self._also(here, s, sorted((x for x in by_source[src] if x is not s), key=self._said_order)),
            })
        return out

    def _said_order(self, s: Statement) -> tuple:
        a = self.site.articles[s.article]
        return (published_iso(a) or "9999", a.id, s.start, s.id)

    def _also(self, here: str, first: Statement, others: list[Statement]) -> list[tuple[Markup, str]]:
        """Links to an outlet's other statements of a claim: said again in the article, or in another one."""
        out = []
        for s in others[:3]:
            url = self.statement_link(here, s)
            label = (self._("said again in the same article") if s.article == first.article
                     else self.article_title(self.site.articles[s.article]))
            out.append((url, label))
        if len(others) > 3:
            out.append((Markup(""), self.n_(len(others) - 3, "and {n} more", "and {n} more")))
        return out

    # -- a claim's box and list item, the pieces every page repeats most: made here with
    #    f-strings from escaped parts (``text`` for every value, as the templates' finalize does),
    #    since a large site has tens of thousands of them

    def claim_item(self, here: str, claim: Claim, context: bool = False) -> Markup:
        """A claim on a timeline card: its text, its speaker, who reported it."""
        cls = " cl-context-item" if context else ""
        heading, said_by = self.site.shown(claim)
        by = f' <span class="cl-by">({self.speaker(here, said_by)})</span>' if said_by else ""
        meta = " ".join(p for p in (self.reported(claim), self.badges(here, claim), self.flags(claim)) if p)
        return Markup(f'<li class="cl-claim{cls}" id="c-{escaped(urls.slug(claim.id))}"><span class="cl-claim-text">'
                      f'{escaped(heading)}</span>{by} <span class="cl-meta" data-search-exclude>{meta}</span></li>')

    def event_card(self, here: str, e: Event, limit: int = 5, context: int = 3, note: str = "") -> Markup:
        """An event on a timeline page: title, date and outlets, its most reported claims, some background."""
        _, n_ = self._, self.n_
        link = self.event_link(here, e)
        announced = " cl-announced" if e.status == "announced" else ""
        outlets = self.event_outlets(e)
        when = str(self.date_html(e.date, e.precision))
        if outlets:
            lead = escaped(_("{n} outlets:", n=len(outlets)) + " ") if len(outlets) > 1 else ""
            when += f" · {lead}" + ", ".join(escaped(s.name) for s in outlets)
        if e.status == "announced":
            when += f' <span class="cl-flag cl-flag-announced">{escaped(_("announced"))}</span>'
        if "title" in e.editor or "date" in e.editor:
            decided = _("editor decided the {fields}", fields=" and ".join(e.editor))
            when += f' <span class="cl-flag cl-flag-editor">{escaped(decided)}</span>'
        out = [f'<article class="cl-event{announced}" id="e-{escaped(urls.slug(e.id))}" {self.filter_data(e)}>\n'
               f'<h4 class="cl-event-title"><a href="{link}">{escaped(e.title)}</a></h4>\n'
               f'<p class="cl-when">{when}</p>\n']
        if note:
            out.append(f'<p class="cl-salience" data-search-exclude>{escaped(note)}</p>\n')
        shown = self.card_claims(e, limit)
        if shown:
            out.append('<ul class="cl-claims">\n' + "".join(f"{self.claim_item(here, c)}\n" for c in shown) + "</ul>\n")
        if len(e.claims) > len(shown):
            more = n_(len(e.claims) - len(shown), "{n} more claim on the event page",
                      "{n} more claims on the event page")
            out.append(f'<p class="cl-more"><a href="{link}#claims">{escaped(more)}</a></p>\n')
        if e.context and context:
            summary = n_(len(e.context), "Context: {n} background item, not dated to this event",
                         "Context: {n} background items, not dated to this event")
            items = "".join(f"{self.claim_item(here, c, True)}\n" for c in e.context[:context])
            out.append(f'<details class="cl-context">\n<summary>{escaped(summary)}</summary>\n<ul class="cl-claims">\n'
                       f"{items}</ul>\n")
            if len(e.context) > context:
                more = n_(len(e.context) - context, "{n} more background item on the event page",
                          "{n} more background items on the event page")
                out.append(f'<p class="cl-more"><a href="{link}#context">{escaped(more)}</a></p>\n')
            out.append("</details>\n")
        out.append("</article>")
        return Markup("".join(out))

    def outlet_events(self, here: str, source: Source, evs: list[Event]) -> Markup:
        """What an outlet reported of each event: its own wording of each claim, who else did."""
        _ = self._
        out = []
        for e in evs:
            slug = text(urls.slug(e.id))
            link = self.event_link(here, e)
            covered = self._outlets_of_event.get(e.id, 0)
            out.append(f'<section class="cl-outlet-event" aria-labelledby="oe-{slug}">\n<h3 id="oe-{slug}" '
                       f'data-search-exclude>{self.date_html(e.date, e.precision)}: <a href="{link}">{escaped(e.title)}'
                       f'</a></h3>\n<ul class="cl-claims">\n')
            for in_context, claims in ((False, e.claims), (True, e.context)):
                for c in claims:
                    if source.id in c.sources:
                        out.append(self._outlet_claim(here, source, e, c, link, covered, in_context))
            out.append("</ul>\n</section>\n\n")
        return Markup("".join(out))

    def _outlet_claim(self, here: str, source: Source, e: Event, c: Claim, link: str, covered: int,
                      in_context: bool) -> str:
        _ = self._
        if len(c.sources) > 1:
            others = ", ".join(
                f'<a href="{self.site.link(here, urls.outlet_src(o))}">{escaped(self.source_name(o))}</a>'
                for o in sorted(c.sources) if o != source.id)
            meta = (f"{escaped(_('also:'))} {others} · <a href=\"{link}#c-{escaped(urls.slug(c.id))}\">"
                    f"{escaped(_('compare the wordings'))}</a>")
        elif covered > 1:
            meta = f'<span class="cl-flag cl-flag-single-source">{escaped(_("only this outlet"))}</span>'
        else:
            meta = ""
        if in_context:
            meta += f' <span class="cl-flag">{escaped(_("context"))}</span>'
        return (f'<li class="cl-claim"><a href="{self.own_statement_link(here, c, source.id)}">'
                f'{escaped(self.own_wording(c, source.id))}</a> <span class="cl-meta">{meta}</span></li>\n')

    def who_row(self, c: Claim, outlets: list[Source]) -> Markup:
        """A claim's row of the "who reported what" table: ● reported by several, ◆ by this one alone, · not."""
        alone = len(c.sources) == 1
        yes = (f'<td><span class="cl-yes"><span aria-hidden="true">{"◆" if alone else "●"}</span><span class="cl-sr">'
               f'{escaped(self._("only this outlet") if alone else self._("reported"))}</span></span></td>')
        no = (f'<td><span class="cl-no"><span aria-hidden="true">·</span><span class="cl-sr">'
              f'{escaped(self._("not reported"))}</span></span></td>')
        cells = "".join(yes if s.id in c.sources else no for s in outlets)
        cls = ' class="cl-single-row"' if alone else ""
        claim = f'<a href="#c-{escaped(urls.slug(c.id))}">{escaped(self.short(self.site.shown(c)[0]))}</a>'
        return Markup(f'<tr{cls}><th scope="row">{claim}</th>{cells}</tr>')

    def claim_box(self, here: str, c: Claim) -> Markup:
        """A claim on its event's page: its text, then each outlet's wording side by side."""
        _ = self._
        cid = text(urls.slug(c.id))
        heading, said_by = self.site.shown(c)
        parts = [f"{escaped(_('Said by'))} {self.speaker(here, said_by)}." if said_by else "",
                 self.reported(c), self.flags(c)]
        if c.date and c.date.how:
            parts.append(f'<span class="cl-how">{escaped(_("Date:"))} {escaped(self.tr(c.date.how))}</span>')
        if c.date and c.date.editor:
            parts.append(f'<span class="cl-flag cl-flag-editor">{escaped(_("date set by an editor"))}</span>')
        meta = " ".join(p for p in parts if p)
        out = [f'<section class="cl-claimbox" id="c-{cid}" aria-labelledby="h-{cid}">\n<h3 id="h-{cid}">'
               f'{escaped(heading)}</h3>\n<p class="cl-meta" data-search-exclude>{meta}</p>\n'
               '<div class="cl-wordings">\n']
        out += [self._wording_card(w) for w in self.wordings(here, c)]
        out.append("</div>\n")
        if c.numbers:
            pairs = "; ".join(f'<span class="cl-numpair">{escaped(self.source_name(src))}: '
                              f'<mark class="cl-num">{escaped(shown)}</mark></span>'
                              for src, shown in self.figures(c))
            out.append(f'<p class="cl-numbers">{escaped(_("Figures as each outlet gave them:"))} {pairs}</p>\n')
        out.append("</section>")
        return Markup("".join(out))

    def figures(self, c: Claim) -> list[tuple[str, str]]:
        """The claim's differing figures, (source, figure with its unit as that outlet wrote it)."""
        by_source = self._statements_by_source(c)
        out = []
        for src, num in c.numbers:
            found = (figures.with_unit(s.text, num) for s in by_source.get(src, ()))
            out.append((src, next((f for f in found if f != num), num)))
        return out

    def _wording_card(self, w: dict) -> str:
        _ = self._
        caption = f'<a href="{w["outlet_url"]}">{escaped(w["name"])}</a>'
        if w["speaker"]:
            caption += f" · {w['speaker']}"
        if w["attributed_to"]:
            caption += f" · {escaped(_('according to {source}', source=w['attributed_to']))}"
        source = f'<a href="{w["article_url"]}">{escaped(_("In the article"))}</a> {w["original"]}'
        if w["numbers_differ"]:
            source += f' <span class="cl-flag cl-flag-number-differs">{escaped(_("numbers differ"))}</span>'
        if w["also"]:
            links = "; ".join(f'<a href="{url}">{escaped(label)}</a>' if url else escaped(label)
                              for url, label in w["also"])
            source += f"<br>{escaped(_('Also:'))} {links}"
        differs = " cl-differs" if w["differs"] else ""
        return (f'<figure class="cl-wording{differs}">\n<figcaption data-search-exclude>{caption}</figcaption>\n'
                f'<blockquote class="cl-quote">{w["html"]}</blockquote>\n<p class="cl-source" data-search-exclude>'
                f"{source}</p>\n</figure>\n")

    def density_svg(self, here: str) -> Markup:
        """Events over time as bars, each a link to the first event of its day, week or month."""
        return density.strip(self.site.events, lambda e: self.site.place_link(here, e), self.site.opts.language)

    # -- the timeline's pages

    def card_claims(self, e: Event, limit: int) -> list[Claim]:
        return periods.card_claims(e)[:limit]

    def salience_note(self, e: Event) -> str:
        """Why an event is key, in counts: outlets, articles, headlines and leads, days, articles naming its day."""
        s = e.salience
        parts = [self.n_(s.outlets, "{n} outlet", "{n} outlets"), self.n_(s.articles, "{n} article", "{n} articles")]
        if s.leads:
            parts.append(self.n_(s.leads, "{n} headline or lead", "{n} headlines or leads"))
        if s.days > 1:
            parts.append(self.n_(s.days, "on {n} day", "on {n} days"))
        if s.named:
            parts.append(self.n_(s.named, "{n} other article naming its day", "{n} other articles naming its day"))
        return self._("Reported by {counts}", counts=", ".join(parts))

    def filter_choices(self, events: list[Event]) -> tuple[list[Source], list, list[str]]:
        """The outlets, speakers and tags of these events: what the page's filter offers."""
        sources = {s for e in events for c in e.claims + e.context for s in c.sources}
        speakers = {self.site.credit(c) for e in events for c in e.claims + e.context} - {None}
        tags = {t for e in events for t in self.site.event_tags.get(e.id, ())}
        return ([s for s in self.site.active_sources if s.id in sources],
                [p for p in self.site.speakers if p.id in speakers],
                [t for t in self.site.tags if t in tags])

    def kinds_in(self, entries: list) -> list[str]:
        """The kinds of entity (People, Places, ...) on a page of the people index, in order."""
        return list(dict.fromkeys(e.kind for e in entries))

    def kind_index(self, kind: str) -> int:
        return [k for k, _ents in self.site.entities_by_kind].index(kind) + 1

    def periods_by_year(self) -> list[tuple[str, list[Period]]]:
        """Every period of the timeline under its year (months of a year split into months)."""
        out: dict[str, list[Period]] = {}
        for p in self.site.periods:
            out.setdefault(p.key[:4] if p.key[:4].isdigit() else self._("Undated"), []).append(p)
        return list(out.items())

    def period_label(self, p: Period, year: str) -> str:
        """A period's name under its year: the month alone, or the year itself."""
        if p.key == year or not p.key[:4].isdigit():
            return p.title
        return datelabel.month_name(int(p.key[5:7]), self.site.opts.language)

    def json_ld(self, here: str, e: Event) -> Markup:
        """The event as schema.org JSON-LD, inert inside its script element."""
        data = jsonld.event(self.site, e, self.source_name, self.entity_name, self.article_title)
        return Markup('<script type="application/ld+json">{}</script>').format(json_for_script(data))

    def article_text(self, article: Article) -> Markup:
        """The article's body with its statements, dates and page furniture marked."""
        return articletext.ArticleText(self).render(article)


