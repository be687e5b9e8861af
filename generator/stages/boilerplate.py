"""Tell page furniture (menus, captions, credits, bylines, datelines, "Read More" lists)
from the article it was scraped with.

Raw dumps keep whatever surrounded the article on its page. Every rule here is about the
*shape* of a line or a cue word in it, never about one outlet's strings: menus are long runs
of capitalised words without a verb's punctuation, captions come with a credit or twice,
datelines are nothing but a date, related headlines follow a "Read More" cue.

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
from dataclasses import dataclass

from generator import lexicon
from generator.model import Article, Overrides, Segment
from generator.text.calendar_words import MONTH_NUMBER, WEEKDAY_ABBR, WEEKDAYS

# ---------------------------------------------------------------- cues

_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"[^\W_][\w'’.&-]*")

# "(photo credit: X)", "Photo: Reuters", "Image credit - AFP", "Credit: ..."
_CREDIT_ONLY = re.compile(
    r"^[(\[]?\s*(?:(?:photo|image|picture|video|graphic|illustration)s?\s*(?:credits?|courtesy|source)?|"
    r"credits?|courtesy)\s*[:\-–—]\s*[^()]{1,80}[)\]]?$"
    # a picture agency's credit alone: "Getty Images", "AFP via Getty Images", "AP Photo/Jane Roe"
    r"|^(?:[\w.-]+ via )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?(?: photos?| images| pictures)(?:\s*/\s*[^/()]{2,40})?$"
    r"|^(?:image|photo|picture) (?:source|copyright)\s*[,:].{1,80}$",
    re.IGNORECASE,
)
# "SOURCE: Al Jazeera and news agencies" closing a story
_SOURCE_LINE = re.compile(r"^sources?\s*:\s*[^.!?]{2,80}$", re.IGNORECASE)
_CREDIT_INLINE = re.compile(
    r"[(\[]\s*(?:photo|image|picture|video|graphic|illustration)s?\s*(?:credits?|courtesy|source)?\s*[:\-–—][^)\]]{1,80}[)\]]",
    re.IGNORECASE,
)
_READ_MORE = re.compile(
    r"^(?:read more|read also|also read|related(?: articles| news| stories| content| topics| coverage| links)?|see also|more on this(?: story)?|"
    r"more from [\w ]{1,30}|recommended(?: for you)?|you may also like|you might also like|most read|"
    r"trending(?: now)?|latest news|more stories|further reading)\s*[:\-–—»>]*\s*",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:written |posted |reported )?by\s+(?P<who>\S.*)$", re.IGNORECASE)
_CREDITS_LINE = re.compile(r"^(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(?:advertisement|sponsored(?: content)?|share(?: this)?(?: article| story| on \w+)?|"
    r"click here\b.*|subscribe\b.*|sign up\b.*|follow us\b.*|newsletter|print|email|comments?|"
    r"(?:©|copyright\b).*|all rights reserved\.?|image copyright\b.*|getty images|listen to (?:this )?article.*|"
    r"\d+ min(?:ute)?s? read|skip to (?:main )?content|back to top|top of page)\s*$",
    re.IGNORECASE,
)
_SECTION_WORDS = lexicon.words("section-words")
_DATELINE_WORDS = (
    lexicon.words("stamp-words") | lexicon.words("unit-words") | frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBR)
    | frozenset(MONTH_NUMBER)
)
_SEPARATORS = re.compile(r"\s*[|»›•·]\s*|\s+[>/]\s+|\s+-\s+")
# "TEHRAN (IRNA) -" / "WASHINGTON, July 8 (Reuters) —"
_CITY_AGENCY = re.compile(r"^[A-Z][A-Z .,'-]{1,40}(?:,[^()]{1,20})?\s*\([^()]{2,40}\)\s*[-–—:]+")
# "Gulf Press/Gulf News:" — an outlet's name (or names) ending in a colon or dash
_OUTLET_PREFIX = re.compile(r"^(?P<p>[A-Z][^:.!?\"“”()]{1,60}?)\s*(?::|\s[-–—])")


@dataclass
class _Line:
    start: int  # offsets of the line's content, surrounding whitespace excluded
    end: int
    text: str
    kind: str = "text"  # text | boilerplate | headline | blank
    reason: str | None = None
    editor: bool = False
    prefix_end: int | None = None  # an outlet prefix ends here; text follows after whitespace


def _lines(body: str) -> list[_Line]:
    out, pos = [], 0
    for raw in body.splitlines(keepends=True):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lead = len(content) - len(content.lstrip())
        text = content.strip()
        start = pos + lead
        out.append(_Line(start, start + len(text), text, "text" if text else "blank"))
        pos += len(raw)
    return out


def _norm(text: str) -> str:
    return " ".join(_CREDIT_INLINE.sub(" ", text).split()).casefold().strip(" .")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _capital_share(words: list[str]) -> float:
    alpha = [w for w in words if any(c.isalpha() for c in w)]
    if not alpha:
        return 0.0
    return sum(1 for w in alpha if next(c for c in w if c.isalpha()).isupper()) / len(alpha)


def _sentence_like(text: str) -> bool:
    return bool(_TERMINAL.search(text))


# ---------------------------------------------------------------- line rules


def _is_navigation(text: str) -> bool:
    """A menu or breadcrumb: capitalised items, no sentence punctuation, section words or
    repeated items or separators between short items."""
    if _sentence_like(text):
        return False
    lower = [w.casefold().strip(".") for w in _words(text)]
    if 1 <= len(lower) <= 4 and all(w in _SECTION_WORDS for w in lower):  # a section label: "World"
        return True
    crumbs = [p for p in re.split(r"\s*[|»›>]\s*", text) if p.strip()]
    if len(crumbs) >= 2 and all(len(_words(p)) <= 4 for p in crumbs) and _capital_share(_words(text)) >= 0.99 \
            and any(w in _SECTION_WORDS for w in lower):  # a breadcrumb: "News | Conflict"
        return True
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) >= 3 and all(len(_words(p)) <= 4 for p in parts) and _capital_share(_words(text)) >= 0.6:
        return True
    words = _words(text)
    if len(words) < 5 or _capital_share(words) < 0.75:
        return False
    sections = sum(1 for w in lower if w in _SECTION_WORDS)
    capitalised = [w for w in lower if w.isalpha() and len(w) > 2]
    repeated = len(capitalised) - len(set(capitalised))
    return sections >= 2 or (repeated >= 2 and len(words) >= 8) or len(words) >= 14


def _is_dateline(text: str) -> bool:
    """Nothing but a date and/or time (with words like Published/Updated)."""
    tokens = re.findall(r"[A-Za-z]+\.?|\d+", text)
    if not tokens or len(tokens) > 12:
        return False
    has_number = has_date = False
    for tok in tokens:
        low = tok.casefold().rstrip(".")
        if tok.isdigit():
            has_number = True
            if len(tok) == 4:
                has_date = True
        elif low in _DATELINE_WORDS or low in ("a.m", "p.m"):
            if low in MONTH_NUMBER:
                has_date = True
        else:
            return False
    rest = re.sub(r"[A-Za-z]+\.?|\d+", "", text)
    if re.search(r"[^\s,:/.\-–—|+()]", rest):
        return False
    relative = any(t.casefold() == "ago" for t in tokens)
    return has_number and (has_date or relative or re.search(r"\d{1,2}:\d{2}", text) is not None)


def _is_byline(text: str) -> bool:
    m = _BYLINE.match(text)
    if not m or _sentence_like(text):
        return False
    words = _words(m["who"])
    return 1 <= len(words) <= 8 and _capital_share(words) >= 0.6


def _outlet_prefix(text: str, source: str) -> int | None:
    """Length of an outlet prefix at the start of a line of text ("Gulf Press/Gulf News:")."""
    m = _CITY_AGENCY.match(text)
    if m and len(text) > m.end() + 20:
        return m.end()
    m = _OUTLET_PREFIX.match(text)
    if not m or len(text) - m.end() < 20:
        return None
    prefix = m["p"]
    words = _words(prefix)
    if not words or len(words) > 6 or _capital_share(words) < 0.99:
        return None
    squashed = re.sub(r"[^a-z0-9]", "", prefix.casefold())
    own = re.sub(r"[^a-z0-9]", "", source.casefold())
    if own and own in squashed:
        return m.end()
    return None


def _mark(line: _Line, reason: str, editor: bool = False) -> None:
    line.kind, line.reason, line.editor = "boilerplate", reason, editor


def _mark_caption_beside(content: list[_Line], i: int) -> None:
    """A credit sits next to its picture's caption: usually just before it (the caption is
    the line above), sometimes just after. A caption has no final full stop more often than
    not, and one ending in a full stop is left as text: better a caption kept than a
    sentence lost (a caption repeated elsewhere is caught as a copy)."""
    def free(ln: _Line | None) -> bool:
        return ln is not None and (ln.kind == "text" or ln.reason == "repeated line")

    before = content[i - 1] if i else None
    after = content[i + 1] if i + 1 < len(content) else None
    def caption_like(ln: _Line | None) -> bool:
        return free(ln) and not _sentence_like(ln.text) and len(_words(ln.text)) <= 60

    if caption_like(before):
        _mark(before, "caption")
    elif caption_like(after):
        _mark(after, "caption")


def separate(article: Article, overrides: Overrides) -> tuple[Segment, ...]:
    """Cut ``article.body`` into article text and page furniture, in order."""
    lines = _lines(article.body)
    content = [ln for ln in lines if ln.kind != "blank"]
    editor_texts = [text for art, text in overrides.boilerplate if art == article.id]
    title = _norm(article.title) if article.title else None

    # repeated lines: the earlier copies of a sentence (a standfirst repeated in the body),
    # and every copy of a short non-sentence line ("Advertisement", a duplicated caption)
    seen: dict[str, list[_Line]] = {}
    for ln in content:
        seen.setdefault(_norm(ln.text), []).append(ln)

    in_related = False
    for i, ln in enumerate(content):
        text = ln.text
        if any(t in text for t in editor_texts):
            _mark(ln, "editor", editor=True)
            continue
        m = _READ_MORE.match(text)
        if in_related and not m:
            if not _sentence_like(text) and len(_words(text)) <= 25:
                _mark(ln, "related headline")
                continue
            in_related = False
        if m and (m.end() == len(text) or not _sentence_like(text)):
            _mark(ln, "read more")
            in_related = m.end() == len(text)
            continue
        if title is not None and _norm(text) == title and ln.kind == "text":
            ln.kind, ln.reason = "headline", "headline"
            continue
        if _CREDIT_ONLY.match(text):
            _mark(ln, "photo credit")
            # the line before a credit is the picture's caption
            _mark_caption_beside(content, i)
            continue
        if _CREDIT_INLINE.search(text):
            _mark(ln, "caption")
            continue
        if _is_dateline(text):
            _mark(ln, "dateline")
            continue
        if _SOURCE_LINE.match(text) and len(_words(text)) <= 12:
            _mark(ln, "source credit")
            continue
        if _is_byline(text) or _CREDITS_LINE.match(text):
            _mark(ln, "byline")
            continue
        if _FURNITURE.match(text):
            _mark(ln, "page furniture")
            continue
        if text.startswith("![") and text.endswith(")"):  # a Markdown image
            _mark(ln, "image")
            continue
        if _is_navigation(text):
            _mark(ln, "navigation")
            continue
        copies = seen[_norm(text)]
        if len(copies) > 1:
            if not _sentence_like(text) and len(_words(text)) <= 12:
                _mark(ln, "repeated line")
                continue
            if ln is not copies[-1]:
                _mark(ln, "standfirst (repeated below)")
                continue
        cut = _outlet_prefix(text, article.source)
        if cut is not None:
            ln.prefix_end = ln.start + len(text[:cut].rstrip())

    # a caption repeated without its credit
    captions = {_norm(ln.text) for ln in content if ln.reason == "caption"}
    for ln in content:
        if (ln.kind == "text" or ln.reason == "repeated line") and _norm(ln.text) in captions:
            _mark(ln, "caption")

    return _segments(article, lines)


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
        if ln.kind == "boilerplate":
            flush()
            out.append(Segment(ln.start, ln.end, ln.text, True, ln.reason, ln.editor))
            prev_text = None
            continue
        if ln.kind == "headline":
            flush()
            out.append(Segment(ln.start, ln.end, ln.text, False, "headline"))
            prev_text = None
            continue
        start = ln.start
        if ln.prefix_end is not None:
            flush()
            out.append(Segment(ln.start, ln.prefix_end, body[ln.start:ln.prefix_end], True, "outlet prefix"))
            rest = body[ln.prefix_end:ln.end]
            start = ln.prefix_end + (len(rest) - len(rest.lstrip()))
            prev_text = None
        wrapped = prev_text is not None and (
            markdown or (not _sentence_like(prev_text) and ln.text[:1].islower())
        )
        if para is not None and wrapped:
            para[1] = ln.end
        else:
            flush()
            para = [start, ln.end]
        prev_text = ln.text
    flush()
    return tuple(out)
