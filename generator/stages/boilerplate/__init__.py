"""Tell page furniture (menus, captions, credits, bylines, datelines, "Read More" lists, prompts,
comment threads) from the article it was scraped with.

Raw dumps keep whatever surrounded the article on its page. Every rule here is about the
*shape* of a line, its neighbours, or its repetition, never about one outlet's strings
(``shapes.py`` has the line tests): menus are long runs of capitalised words without a verb's
punctuation, captions come with a credit or twice, stamps are nothing but a date, related
headlines follow a "Read More" cue, a comment thread's controls follow its heading, and a
line an outlet repeats across its articles that is no sentence of news (a prompt, a note
naming the outlet) is its template's. An outlet's text is never cut because it opens like a
prefix: only the outlet's own name, a dateline in capitals, an update stamp or a
transcript's speaker label is cut off a line.

The segments cover the body in order, without overlap, and ``segment.text`` is exactly
``body[start:end]``. Whitespace between segments (line breaks, blank lines, the space
after an outlet prefix) belongs to no segment; every other character belongs to exactly
one. Article text is cut into paragraphs: in Markdown, lines up to a blank line; in a raw
dump, each line (a dump puts one paragraph per line), joined with the next only where a
sentence was visibly wrapped (no final punctuation, next line starts in lower case).

A line repeating the front-matter title is kept as text with ``reason="headline"``, so
the statements stage can take the headline from the body with its real offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.model import Article, Overrides, Segment, Source
from generator.stages.boilerplate import shapes
from generator.stages.boilerplate.shapes import label_speaker, plain, sentence_like, words
from generator.text import markup

_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S")  # a Markdown heading line

__all__ = ["Outlet", "for_article", "label_speaker", "outlets", "separate"]


@dataclass(frozen=True)
class Outlet:
    """What the stage knows of the outlet an article comes from: its names (``sources.yml``'s
    id and name) and the lines it repeats across its articles (folded, figures blanked)."""

    names: tuple[str, ...] = ()
    repeated: frozenset[str] = frozenset()


def outlets(sources: Iterable[Source], articles: Iterable[Article]) -> dict[str, Outlet]:
    """Each outlet's names, and the lines found in two or more of its articles."""
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for a in articles:
        for line in a.body.splitlines():
            if line.strip():
                seen[a.source][_key(line)].add(a.id)
    names = {s.id: (s.id, s.name) for s in sources}
    out = {}
    for sid in sorted(set(names) | set(seen)):
        repeated = frozenset(k for k, ids in seen.get(sid, {}).items() if len(ids) >= 2)
        out[sid] = Outlet(names.get(sid, (sid,)), repeated)
    return out


def for_article(outlet: Outlet | None, article: Article) -> Outlet:
    """What ``separate`` reads of ``outlet`` for ``article``: the names, and those of the article's
    own lines the outlet repeats. The per-article cache keys on it (``stages/extract.py``), so a
    line that becomes repeated re-runs only the articles that carry it; keep the two in step."""
    outlet = outlet or Outlet((article.source,))
    own = {_key(line) for line in article.body.splitlines() if line.strip()}
    return Outlet(outlet.names, frozenset(own & outlet.repeated))


_FIGURES = re.compile(r"\d+")


def _key(line: str) -> str:
    """A line as compared across articles: folded, figures blanked ("Last updated 21:50")."""
    return _FIGURES.sub("0", " ".join(line.split()).casefold())


@dataclass
class _Line:
    start: int  # offsets of the line's content, surrounding whitespace excluded
    end: int
    text: str
    kind: str = "text"  # text | boilerplate | headline | blank
    reason: str | None = None
    editor: bool = False
    cuts: list[tuple[int, int, str]] = field(default_factory=list)  # furniture inside a line of text
    joined: bool = False  # no blank line before it: one Markdown block with the line above


def _lines(body: str) -> list[_Line]:
    out, pos = [], 0
    prev_blank = True
    for raw in body.splitlines(keepends=True):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lead = len(content) - len(content.lstrip())
        text = content.strip()
        start = pos + lead
        out.append(_Line(start, start + len(text), text, "text" if text else "blank", joined=not prev_blank))
        prev_blank = not text
        pos += len(raw)
    return out


def _norm(text: str) -> str:
    return " ".join(shapes.CREDIT_INLINE.sub(" ", text).split()).casefold().strip(" .")


def _mark(line: _Line, reason: str, editor: bool = False) -> None:
    line.kind, line.reason, line.editor = "boilerplate", reason, editor


def _free(ln: _Line | None) -> bool:
    return ln is not None and (ln.kind == "text" or ln.reason == "repeated line")


def _mark_caption_beside(content: list[_Line], i: int, markdown: bool) -> None:
    """A credit sits next to its picture's caption: usually just after it, sometimes just
    before. A caption has no final full stop more often than not; one that has is a caption
    only when it is short, or in one Markdown block with its credit (no blank line between):
    better a caption kept than a sentence lost (a caption repeated elsewhere is caught as a copy)."""
    before = content[i - 1] if i else None
    after = content[i + 1] if i + 1 < len(content) else None
    wire = shapes.is_wire_credit(content[i].text)

    def caption_like(ln: _Line | None, glued: bool) -> bool:
        if not _free(ln) or len(words(ln.text)) > 60 or re.search(r"[\"“”]", ln.text):
            return False
        if shapes.READ_MORE.match(ln.text):
            return False  # "Read more:" under a credit opens a list; it captions nothing
        short = len(words(ln.text)) <= 40
        # a wire credit's caption names the day its picture was taken ("..., March 10, 2025.")
        dated = wire and shapes.is_wire_caption(f"{ln.text} {content[i].text}")
        return not sentence_like(ln.text) or (glued and short) or (dated and short)

    if caption_like(before, markdown and content[i].joined):
        _mark(before, "caption")
    elif caption_like(after, markdown and after is not None and after.joined):
        _mark(after, "caption")
    elif markdown and _one_short_sentence(content, i - 1):
        _mark(before, "caption")  # its own paragraph just above the credit's: "Fans protest outside the ground."


def _one_short_sentence(content: list[_Line], j: int) -> bool:
    """A Markdown paragraph of one short sentence, no quote: what a caption above its credit looks like."""
    if j < 0 or not _free(content[j]) or content[j].joined or (j + 1 < len(content) and content[j + 1].joined):
        return False
    text = content[j].text
    return len(words(text)) <= 25 and len(re.findall(r"[.!?](?:\s|$)", text)) == 1 and not re.search(r"[\"“”]", text)


def separate(article: Article, overrides: Overrides, outlet: Outlet | None = None) -> tuple[Segment, ...]:
    """Cut ``article.body`` into article text and page furniture, in order.

    ``outlet``: the outlet's names and repeated lines (``outlets``); without it, the
    article's source id stands for its name and nothing counts as repeated."""
    outlet = outlet or Outlet((article.source,))
    lines = _lines(article.body)
    content = [ln for ln in lines if ln.kind != "blank"]
    markdown = article.path.lower().endswith((".md", ".markdown"))
    editor_texts = [text for art, text in overrides.boilerplate if art == article.id]
    if markdown:  # the editor copied the file's line ("**Advertisement**"); the stage reads its words
        editor_texts += [w for w in (markup.read(t).strip() for t in editor_texts) if w]
    title = _norm(article.title) if article.title else None
    # repeated lines: the earlier copies of a sentence (a standfirst repeated in the body),
    # and every copy of a short non-sentence line ("Advertisement", a duplicated caption)
    seen: dict[str, list[_Line]] = {}
    for ln in content:
        seen.setdefault(_norm(ln.text), []).append(ln)

    in_related = False
    thread = _thread_start(content)
    for i, ln in enumerate(content):
        text = plain(ln.text)
        if any(t in ln.text for t in editor_texts):
            _mark(ln, "editor", editor=True)
            continue
        if thread is not None and i >= thread:
            _mark(ln, "comment thread")
            continue
        m = shapes.READ_MORE.match(text)
        if in_related and not m:
            if _related_headline(text):
                _mark(ln, "related headline")
                continue
            in_related = False
        if m and (m.end() == len(text) or not sentence_like(text)):
            _mark(ln, "read more")
            in_related = m.end() == len(text)
            continue
        if title is not None and _norm(text) == title and ln.kind == "text":
            ln.kind, ln.reason = "headline", "headline"
            continue
        if ln.kind != "text":
            continue  # a caption marked from its credit below it
        if markdown and _HEADING.match(ln.text):
            _mark(ln, "section heading")  # "## Cleanup": the title of what follows, not a claim
            continue
        reason = _line_reason(text[shapes.clock_prefix(text) or 0 :], outlet)  # "18:30 This live blog has closed."
        if reason == "photo credit":
            _mark(ln, reason)
            _mark_caption_beside(content, i, markdown)
            continue
        if reason is None:
            reason = _copy_reason(ln, text, seen[_norm(ln.text)], outlet)
        if reason is None and i > 0 and shapes.is_slogan(text) and _alone(content, i, markdown):
            reason = "slogan or crosshead"  # not the first line: it may be the headline
        if reason is not None:
            _mark(ln, reason)
            continue
        _cut_inside(ln, text, outlet)

    _blog_boxes(content)
    # a caption repeated without its credit
    captions = {_norm(ln.text) for ln in content if ln.reason == "caption"}
    for ln in content:
        if _free(ln) and _norm(ln.text) in captions:
            _mark(ln, "caption")

    return _segments(article, lines)


def _alone(content: list[_Line], i: int, markdown: bool) -> bool:
    """The line is a paragraph of its own: no wrapped sentence goes on into it or out of it (in
    Markdown, blank lines around it; in a raw dump, no lower-case start on the next line)."""
    nxt = content[i + 1] if i + 1 < len(content) else None
    if markdown:
        return not content[i].joined and (nxt is None or not nxt.joined)
    return nxt is None or not nxt.text[:1].islower()


def _related_headline(text: str) -> bool:
    """A headline in a "Read more" list: short, and no sentence (a question may end one)."""
    n = len(words(text))
    return n <= 25 and (not sentence_like(text) or (text.endswith("?") and n <= 15))


def _line_reason(text: str, outlet: Outlet) -> str | None:
    """Why a whole line is furniture, by its shape alone (None: it is not)."""
    if shapes.CREDIT_ONLY.match(text) or shapes.is_wire_credit(text):
        return "photo credit"
    if shapes.CREDIT_INLINE.search(text) or shapes.is_wire_caption(text):
        return "caption"
    rules = (
        (shapes.is_stamp, "dateline"),
        (lambda t: shapes.SOURCE_LINE.match(t) is not None and len(words(t)) <= 12, "source credit"),
        (shapes.is_byline, "byline"),
        (lambda t: shapes.FURNITURE.match(t) is not None, "page furniture"),
        (lambda t: t.startswith("![") and t.endswith(")"), "image"),
        (shapes.blog_box, "blog box"),
        (shapes.is_navigation, "navigation"),
        (shapes.is_interface, "page interface"),
        (shapes.is_ticker, "ticker"),
        (shapes.is_embed, "embedded post"),
        (shapes.is_media_link, "media link"),
        (shapes.is_editors_note, "editor's note"),
        (lambda t: shapes.is_sign_off(t, outlet.names), "sign-off"),
        (lambda t: shapes.is_promo(t, outlet.names), "prompt to the reader"),
        (shapes.is_comment_control, "comment thread"),
        (shapes.is_stage_direction, "stage direction"),
    )
    for test, reason in rules:
        if test(text):
            return reason
    return None


def _copy_reason(ln: _Line, text: str, copies: list[_Line], outlet: Outlet) -> str | None:
    """Furniture by repetition: in this article, or across the outlet's articles."""
    if len(copies) > 1:
        if not sentence_like(text) and len(words(text)) <= 12:
            return "repeated line"
        if ln is not copies[-1]:
            return "standfirst (repeated below)"
    if _key(ln.text) in outlet.repeated and (
        not sentence_like(text) or shapes.names_outlet(text, outlet.names) or re.search(r"\b(?:you|your)\b", text, re.I)
    ):
        return "outlet's template"
    return None


def _cut_inside(ln: _Line, text: str, outlet: Outlet) -> None:
    """Furniture at the start or end of a line of text: a live blog's time stamp, an outlet's
    name, a dateline, an update stamp, a transcript's speaker label; an update stamp at its end."""
    pos = 0
    offset = ln.text.find(text) if text != ln.text else 0
    for cut, reason in ((shapes.clock_prefix, "time stamp"), (shapes.outlet_prefix, "outlet prefix"),
                        (shapes.dateline_prefix, "dateline"), (shapes.update_prefix, "update stamp")):
        n = cut(text[pos:], outlet.names) if cut is shapes.outlet_prefix else cut(text[pos:])
        if n:
            ln.cuts.append((ln.start + offset + pos, ln.start + offset + pos + len(text[pos:pos + n].rstrip()), reason))
            pos += n
            pos += len(text[pos:]) - len(text[pos:].lstrip())
    label = label_speaker(text[pos:])
    if label:
        n = label[0]  # with its colon
        ln.cuts.append((ln.start + offset + pos, ln.start + offset + pos + n, "speaker label"))
    for suffix, reason in ((shapes.update_suffix, "update stamp"), (shapes.post_suffix, "embedded post")):
        tail = suffix(text)
        if tail and tail > pos:
            ln.cuts.append((ln.start + offset + tail, ln.start + offset + len(text), reason))
            break


def _thread_start(content: list[_Line]) -> int | None:
    """Where a comment thread begins: a heading ("Comments") or a control ("Reply", "Report
    abuse") with another control within the next lines. Everything after it is the thread."""
    controls = [i for i, ln in enumerate(content) if shapes.is_comment_control(plain(ln.text))]
    for i, ln in enumerate(content):
        text = plain(ln.text)
        near = [j for j in controls if i < j <= i + 6]
        if shapes.starts_thread(text) and near:
            return i
        if i in controls and near:
            return i
    return None


def _blog_boxes(content: list[_Line]) -> None:
    """A blog's side box: its heading ("About Me") and the short paragraph after it."""
    for i, ln in enumerate(content):
        if ln.reason == "blog box" and shapes.blog_box(plain(ln.text)):
            nxt = content[i + 1] if i + 1 < len(content) else None
            if nxt is not None and nxt.kind == "text" and len(words(nxt.text)) <= 80:
                _mark(nxt, "blog box")


_SUFFIXES = ("update stamp", "embedded post")  # cuts that close a line of text


def _segments(article: Article, lines: list[_Line]) -> tuple[Segment, ...]:
    body = article.body
    markdown = article.path.endswith(".md")
    out: list[Segment] = []
    para: list[int] | None = None  # [start, end] of the paragraph being gathered
    prev_text: str | None = None

    def flush() -> None:
        nonlocal para
        if para is not None:
            out.append(Segment(para[0], para[1], body[para[0]:para[1]], False))
            para = None

    for ln in lines:
        if ln.kind == "blank":
            flush()
            prev_text = None
            continue
        if ln.kind in ("boilerplate", "headline"):
            flush()
            boiler = ln.kind == "boilerplate"
            out.append(Segment(ln.start, ln.end, ln.text, boiler, ln.reason, ln.editor))
            prev_text = None
            continue
        start, end = ln.start, ln.end
        tail = next((c for c in ln.cuts if c[1] == ln.end and c[2] in _SUFFIXES and c[0] > ln.start), None)
        for cs, ce, reason in sorted(c for c in ln.cuts if c is not tail):
            flush()
            out.append(Segment(cs, ce, body[cs:ce], True, reason))
            rest = body[ce:ln.end]
            start = ce + (len(rest) - len(rest.lstrip()))
            prev_text = None
        if tail:
            end = start + len(body[start:tail[0]].rstrip())
        wrapped = prev_text is not None and (
            markdown or (not sentence_like(prev_text) and ln.text[:1].islower())
        )
        if para is not None and wrapped:
            para[1] = end
        else:
            flush()
            para = [start, end]
        prev_text = ln.text
        if tail:
            flush()
            out.append(Segment(tail[0], tail[1], body[tail[0]:tail[1]], True, tail[2]))
            prev_text = None
    flush()
    return tuple(out)
