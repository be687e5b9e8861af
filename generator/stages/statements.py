"""Statements: an article cut into headline, sentences and clauses, with quotes and speakers.

A statement is the unit the later stages date, attribute and match across outlets, so it must
carry one claim: a sentence that says "X stated that A and stressed that B and that C" becomes
three clause statements. Its text is always ``article.body[start:end]`` (the headline taken from
front matter excepted: start = end = 0), so every statement can be shown where it stands.
The clauses of a sentence replace it: the whole sentence is not kept beside them, since a
statement holding three claims would pull all three into whichever claim matched it.

Who speaks is worked out in ``speakers.py``, once the sentences and their quotes are known.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from generator import lexicon
from generator.model import Article, Segment, Statement
from generator.stages.asserting import lead_in, no_claim
from generator.stages.boilerplate import label_speaker
from generator.stages.dates.patterns import scan as date_expressions
from generator.stages.dates.tense import markers as tense_markers
from generator.stages.speakers import SAY, SAY_VERBS, Sentence, attribute
from generator.text.calendar_words import MONTH_ABBR
from generator.text.names import find_names

# ---------------------------------------------------------------- words


# ---------------------------------------------------------------- sentences

# titles and abbreviations that never end a sentence
_NEVER_END = lexicon.words("abbreviations")
# abbreviations a number follows: "Jan. 5", "No. 3", "pp. 10-12"
_MONTH_ABBR = frozenset(MONTH_ABBR) | frozenset(["no", "nos", "vol", "art", "p", "pp"])
# abbreviations that may end a sentence: then the next word must look like a sentence start
_MAYBE_END = lexicon.words("closing-abbreviations")
_STARTERS = lexicon.words("sentence-openers")
_TERM = re.compile(r"(?:\.{3}|…|[.!?])+[\"”’'\)\]]*")
_OPENER = re.compile(r"[\s\u00a0]+([\"“‘'(\[]?)([A-Z0-9]|[a-z](?=[A-Z]))")  # "iPhone" starts one too


def _sentence_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph ``body[start:end]`` as (start, end) spans, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    text = body[start:end]
    cur = 0
    for m in _TERM.finditer(text):
        after = m.end()
        nxt = _OPENER.match(text, after)
        if not nxt and m.group().endswith(".") and _NEWLINE_NEXT.match(text, after):
            # a full stop at the end of a line ends the sentence whatever the next line opens with
            # ("= Background =", "+ more", "- item"), unless it closes an abbreviation
            if not _abbreviation_before(text, m):
                spans.append((cur, after))
                cur = after
            continue
        if after < len(text.rstrip()) and not nxt:
            continue
        if nxt and not _can_end(text, m, nxt):
            continue
        spans.append((cur, after))
        cur = after
    spans.append((cur, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if seg.strip():
            out.append((start + s + lead, start + e - trail))
    return out


_NEWLINE_NEXT = re.compile(r"[ \t\u00a0]*\r?\n\s*\S")


def _abbreviation_before(text: str, m: re.Match) -> bool:
    """The full stop closes 'Gen.', 'U.S.', 'J.' or 'Jan.' rather than a sentence."""
    if m.group() != ".":
        return False
    tok = _LAST_TOKEN.search(text[max(0, m.start() - 40) : m.start()]).group()
    low = tok.lower().lstrip("'’")
    return (
        low in _NEVER_END or low in _MONTH_ABBR or (len(tok) == 1 and tok.isupper())
        or bool(_DOTTED.match(tok))
    )


_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")  # U.S, a.m, e.g (the last dot is the match)
_LAST_TOKEN = re.compile(r"[\w.&’'-]*$")  # 'AT&T.' is one word, no initial 'T.'
_NEXT_WORD = re.compile(r"[\w’'-]+")


def _can_end(text: str, m: re.Match, nxt: re.Match) -> bool:
    mark = m.group()
    if not mark.startswith(".") or mark.startswith("..."):
        return True
    if mark != "." :
        return True  # ." or .) : a closing quote or bracket after the full stop
    before = text[max(0, m.start() - 40) : m.start()]  # bounded: a long paragraph stays linear
    tok = _LAST_TOKEN.search(before).group()
    low = tok.lower().lstrip("'’")
    next_word = _NEXT_WORD.match(text, nxt.end(2) - 1)
    nw = next_word.group().lower() if next_word else ""
    starter = nxt.group(1) in ('"', "“") or nw in _STARTERS
    if low in _NEVER_END:
        return False
    if low in _MONTH_ABBR:
        return not nxt.group(2).isdigit()
    if len(tok) == 1 and tok.isupper():
        return False  # an initial: "J. K. Rowling"
    if _DOTTED.match(tok) or low in _MAYBE_END:
        return starter  # U.S., a.m., Inc.
    return True


# attribution standing alone after a quote: 'Mohammad Baqeri added.', 'he said on Wednesday.'
_ATTRIB_ONLY = re.compile(
    rf"^(?:(?:he|she|they|He|She|They)|(?:[A-Z][\w.’'-]*\s+){{0,4}}[A-Z][\w’'-]*)\s+"
    rf"(?:also\s+)?(?:{SAY_VERBS})(?:\s+[\w’'-]+){{0,6}}[.!]$"
)


# ---------------------------------------------------------------- paragraphs


_MD_BLOCK = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]+|[-*+•▪◦‣][ \t]+|\d+[.)][ \t]+|>[ \t]?)")
_BULLET = re.compile(r"[ \t]{0,3}[•▪◦‣][ \t]+")  # a list pasted as text: "• Two workers are missing."


def _paragraphs(body: str, start: int, end: int, markdown: bool) -> list[tuple[int, int]]:
    """Paragraph spans of a kept segment.

    A raw dump (``.txt``) has one block per line, as scraped pages do. Markdown joins lines
    until a blank line, a heading, a list item or a quote starts a new block.
    """
    lines = []
    pos = start
    for line in body[start:end].splitlines(keepends=True):
        s, e = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        lines.append((s, e))
    out: list[tuple[int, int]] = []
    open_block: list[int] | None = None
    for s, e in lines:
        text = body[s:e]
        if not text.strip():
            open_block = None
            continue
        marker = _MD_BLOCK.match(text) if markdown else _BULLET.match(text)
        if markdown and open_block is not None and not marker:
            open_block[1] = e
            out[-1] = (open_block[0], e)
            continue
        # a Markdown marker ("## ", "- ", "> ") is layout, not text
        s2 = s + (marker.end() if marker else len(text) - len(text.lstrip()))
        open_block = [s2, e] if markdown and not text.lstrip().startswith("#") else None
        out.append((s2, e))
    return [(s, e) for s, e in out if body[s:e].strip()]


def _boilerplate_lines(body: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for line in body[start:end].splitlines(keepends=True):
        text = line.rstrip("\r\n")
        if text.strip():
            lead = len(text) - len(text.lstrip())
            out.append((pos + lead, pos + len(text.rstrip())))
        pos += len(line)
    return out


# ---------------------------------------------------------------- quotes


_QUOTE_MARK = re.compile(r'["“”]')


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of double quotes in a paragraph; an unclosed quote runs to its end."""
    spans = []
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(text):
        c, i = m.group(), m.start()
        if open_at is None:
            if c != "”":
                open_at = i + 1
        elif c != "“":
            spans.append((open_at, i))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


_NON_SPACE = re.compile(r"\S")


def _mask(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    """``text`` with quoted words blanked out (same length), so patterns see only the narrator."""
    out, pos = [], 0
    for qs, qe in spans:
        a, b = max(qs - offset, pos), min(qe - offset, len(text))
        if b <= a:
            continue
        out.append(text[pos:a])
        out.append(_NON_SPACE.sub("_", text[a:b]))
        pos = b
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _visible(text: str) -> int:
    return len("".join(text.split()))


def _is_quote(text: str, start: int, spans: list[tuple[int, int]], share: float) -> bool:
    """Mostly a direct quote: over half of it in quotes, or a quote and only its attribution."""
    if share > 0.5:
        return True
    if share == 0:
        return False
    outside = re.sub(r"_+", " ", _mask(text, spans, start))
    words = re.findall(r"[\w’'-]+", outside)
    return len(words) <= 6 and bool(SAY.search(outside))


def _quoted_share(s: int, e: int, spans: list[tuple[int, int]], text: str) -> float:
    """Share of the statement's visible characters that stand inside quotes."""
    inside = 0
    for qs, qe in spans:
        a, b = max(s, qs), min(e, qe)
        if b > a:
            inside += _visible(text[a - s : b - s])
    total = _visible(text) or 1
    return min(1.0, inside / total)


# ---------------------------------------------------------------- the stage


def split(article: Article, segments: tuple[Segment, ...]) -> tuple[Statement, ...]:
    """Cut an article into statements: headline, then every segment in order."""
    body = article.body
    markdown = article.path.lower().endswith((".md", ".markdown"))
    blocks: list[tuple[int, int, Segment]] = []
    for seg in segments:
        if seg.boilerplate:
            blocks.extend((s, e, seg) for s, e in _boilerplate_lines(body, seg.start, seg.end))
        else:
            blocks.extend((s, e, seg) for s, e in _paragraphs(body, seg.start, seg.end, markdown))

    out: list[Statement] = []
    if article.title and article.title.strip():
        out.append(_headline(article, blocks))
    headline_span = (out[0].start, out[0].end) if out and out[0].end > 0 else None
    labels = sum(1 for seg in segments if seg.reason == "speaker label")
    sents = _sentences(body, blocks, headline_span, labels)
    for sent in sents:
        if isinstance(sent, Sentence):
            text = body[sent.start : sent.end]
            sent.masked = _mask(text, sent.quote_spans, sent.start)
            sent.share = _quoted_share(sent.start, sent.end, sent.quote_spans, text)
            sent.quoted = _is_quote(text, sent.start, sent.quote_spans, sent.share)
    attribute(body, [x for x in sents if isinstance(x, Sentence)])

    for n, item in enumerate(sents, start=1):
        if not isinstance(item, Sentence):
            s, e, seg, p_index = item
            out.append(
                Statement(
                    id=f"{article.id}#s{n}", article=article.id, start=s, end=e, text=body[s:e],
                    kind="boilerplate", sentence=n, paragraph=p_index,
                    boilerplate_reason=seg.reason or "boilerplate",
                )
            )
            continue
        clauses = _clauses(body, item)
        reason = no_claim(body[item.start:item.end], item.quoted) if len(clauses) == 1 else None
        if reason:  # "Good evening.", an interviewer's "What happened next?": text, but no claim
            out.append(Statement(id=f"{article.id}#s{n}", article=article.id, start=item.start, end=item.end,
                                 text=body[item.start:item.end], kind="boilerplate", sentence=n,
                                 paragraph=item.paragraph, boilerplate_reason=reason))
        elif len(clauses) == 1:
            out.append(_statement(article, item, n, None, item.start, item.end))
        else:
            for k, (cs, ce) in enumerate(clauses, start=1):
                st = _statement(article, item, n, k, cs, ce)
                if k == len(clauses) and not st.quoted and lead_in(st.text):  # "..., and the letter reads:"
                    st = replace(st, kind="boilerplate", boilerplate_reason="lead-in", speaker_name=None)
                out.append(st)
    return tuple(out)


def _sentences(body: str, blocks: list[tuple[int, int, Segment]], headline_span: tuple[int, int] | None,
               labels: int) -> list[Sentence | tuple[int, int, Segment, int]]:
    """The sentences of the blocks in order, with the quotes each overlaps; furniture as
    (start, end, segment, paragraph), cut like text so that marking a line as furniture never
    renumbers what follows. A transcript's speaker label gives the word to its speaker: for
    its line, and when the article has several labels, for the whole turn."""
    sents: list[Sentence | tuple[int, int, Segment, int]] = []
    label: str | None = None
    quote_no = 0
    open_quote: int | None = None
    for p_index, (s, e, seg) in enumerate(blocks, start=1):
        if (s, e) == headline_span:
            continue  # the headline is a statement of its own
        if seg.boilerplate:
            sents.extend((ss, se, seg, p_index) for ss, se in _sentence_spans(body, s, e))
            open_quote = None
            if seg.reason == "speaker label":
                turn = label_speaker(body[s:e] + " ...")
                label = turn[1] if turn else None
            continue
        spans = [(s + a, s + b) for a, b in _quote_spans(body[s:e])]
        ids = {sp: quote_no + k for k, sp in enumerate(spans)}
        quote_no += len(spans)
        # a quote left open at the end of a paragraph goes on where the next one opens a quote
        if open_quote is not None and spans and spans[0][0] == s + 1:
            ids[spans[0]] = open_quote
        open_quote = ids[spans[-1]] if spans and spans[-1][1] == e and body[e - 1] not in "\"”" else None
        first = 0  # spans and sentences both run left to right: keep each sentence's own spans only
        for ss, se in _merge_continuations(body, _merge_attributions(body, _sentence_spans(body, s, e)), spans):
            while first < len(spans) and spans[first][1] <= ss:
                first += 1
            mine = []
            for sp in spans[first:]:
                if sp[0] >= se:
                    break
                mine.append(sp)
            sents.append(Sentence(ss, se, p_index, mine, {ids[sp] for sp in mine}))
            if label:
                sents[-1].speaker, sents[-1].speaker_found = label, "label"
        if labels < 2:
            label = None
    return sents


_FUNCTION_WORDS = lexicon.words("stopwords")


def _headline(article: Article, blocks: list[tuple[int, int, Segment]]) -> Statement:
    """The front-matter title; when the body repeats it as a paragraph, that paragraph is it.

    A headline of the form 'Rouhani: sanctions are a crime' gives the word to the name before
    the colon."""
    title = article.title.strip()
    want = _fold(title)
    start, end, text = 0, 0, title
    for s, e, seg in blocks[:8]:
        if not seg.boilerplate and _fold(article.body[s:e]) == want:
            start, end, text = s, e, article.body[s:e]
            break
    speaker = None
    m = _HEADLINE_SPEAKER.match(text)
    if m:
        found = find_names(m.group(1))
        name = found[-1] if found and found[-1].end == len(m.group(1)) else None
        if name and name.kind in ("person", "other") and (" " in name.name or _named_in(article.body, name.name)) \
                and name.name.split()[0].lower() not in _FUNCTION_WORDS:  # "Down With Reyvik: ..." is a chant
            speaker = name.name
    return Statement(
        id=f"{article.id}#s0", article=article.id, start=start, end=end, text=text, kind="headline",
        sentence=0, paragraph=0, speaker_name=speaker,
    )


def _named_in(body: str, word: str) -> bool:
    """'Rouhani' is a name if the text writes it with a capital where no sentence starts."""
    return re.search(rf"(?:[a-z,]|[A-Z][\w.]*)\s+{re.escape(word)}\b", body) is not None


_HEADLINE_SPEAKER = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*):\s+\S")


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _statement(article: Article, sent: Sentence, n: int, k: int | None, s: int, e: int) -> Statement:
    text = article.body[s:e]
    share = _quoted_share(s, e, sent.quote_spans, text)
    quoted = _is_quote(text, s, sent.quote_spans, share)
    speaker = sent.speaker
    if k and k > 1:
        # "..., and Bagheri said that ...": a clause with a subject of its own has its own speaker
        m = _CLAUSE_SUBJECT.match(text)
        found = find_names(m.group(1), sentence_start=False) if m else []
        if found:
            speaker = found[-1].name
    return Statement(
        id=f"{article.id}#s{n}" + (f".{k}" if k else ""),
        article=article.id,
        start=s,
        end=e,
        text=text,
        kind="quote" if quoted else "claim",
        sentence=n,
        paragraph=sent.paragraph,
        quoted=quoted,
        speaker_name=speaker,
        attributed_to=sent.attributed_to,
    )


_CLAUSE_SUBJECT = re.compile(
    rf"(?:and|but|while|whereas)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s+){{1,5}})(?:also\s+)?(?:{SAY_VERBS})\b"
)


def _merge_attributions(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join '"...Syria." Mohammad Baqeri added.' into one sentence: the tail only attributes."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _ATTRIB_ONLY.match(body[s:e]) and re.search(r"[\"”]\s*$", body[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _merge_continuations(body: str, sents: list[tuple[int, int]],
                         quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join 'Lant said: "The plant will not reopen. We have lost our trust."' into one statement:
    a sentence that goes on inside a quotation opened before it, and carries no attribution of its
    own, would stand without its opening mark and without its speaker. A sentence that names its
    speaker ('... our will," he concluded.') stays apart: it has one."""
    out: list[tuple[int, int]] = []
    starts = [q0 for q0, _ in quotes]
    for s, e in sents:
        quote = _enclosing(quotes, starts, s)
        inside = out and quote is not None and quote[0] >= out[-1][0]
        if inside and not _attributed_after(body, e, quote[1]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _enclosing(quotes: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    """The quotation ``pos`` lies strictly inside, if any. A paragraph's quotations neither nest
    nor overlap (``_quote_spans``), so only the last one opened before ``pos`` can hold it: a
    bisection, where scanning them all was quadratic in a paragraph of thousands of quotes."""
    k = bisect.bisect_left(starts, pos) - 1
    return quotes[k] if k >= 0 and pos < quotes[k][1] else None


def _attributed_after(body: str, e: int, close: int) -> bool:
    """Words after the quotation's close (at ``close``) in the sentence ending at ``e`` that
    attribute it ('," he concluded.')."""
    return close < e and bool(SAY.search(body[close:e]))


# ---------------------------------------------------------------- clauses

_CLAUSE_VERBS = SAY_VERBS
_AND_VERB = re.compile(rf",?\s+(?=(?:and|but)\s+(?:also\s+)?(?:{_CLAUSE_VERBS})\b)")
_AND_THAT = re.compile(r",?\s+(?=and\s+that\b)")
_VERB_THAT = re.compile(rf"\b(?:{_CLAUSE_VERBS})\b[^.;]{{0,200}}?\bthat\b")  # bounded: linear time
_AND_SUBJECT_VERB = re.compile(
    rf",?\s+(?=(?:and|but|while|whereas)\s+(?:he|she|(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}})"
    rf"(?:also\s+)?(?:{_CLAUSE_VERBS})\b)"
)
_ADDING = re.compile(r",\s+(?=adding\s+that\b)")
# ", including a pledge by Iran to do Y", ", including Lisk's promise that ...": an example that
# carries a claim of its own, with its own agent (after "by", or a possessive) and what it commits
# to (an infinitive or a "that" clause); unlike a list ("including food and medicine") or an example
# whose agent is the sentence's ("including a clause that lets ...": no subject of its own)
_INCLUDING = re.compile(
    r",\s+(?=including\s+(?:(?:an?|the)\s+)?(?:[^,;:]{0,40}?\b(?:by|from)\s+(?:the\s+)?[A-Z]|[A-Z][\w-]*['’]s\s)"
    r"[^,;:]{0,60}?\b(?:to\s+[a-z]{3,}|that)\b)"
)


# ", and the regulator opened an inquiry on Tuesday": a clause with a subject of its own (an article,
# a possessive or demonstrative, a pronoun, a name) after a comma or semicolon and a conjunction
_SUBJECT = (r"(?:(?:the|a|an|its|their|his|her|our|this|these|those|both|some|many|several)\s"
            r"|(?:he|she|they|it|we)\s|[A-Z0-9])")
_AND_CLAUSE = re.compile(rf"[,;]\s+(?=(?:and|but|while|whereas)\s+{_SUBJECT})")
# ", who resigned last week,": a relative clause or aside tells about its noun, not the sentence's own act
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where|when)\b[^,;]*(?:,|$)")
_NOT_TIMES = frozenset(["past_ref", "present_ref", "future_ref"])  # "recently", "currently": no time of its own


def _told_on_its_own(clause: str) -> bool:
    """Whether a clause tells a happening of its own: outside its relative clauses (", who resigned
    last week,": about its noun, dated apart), a time it names ("on Tuesday", "March 26") and a verb."""
    own = _RELATIVE.sub(", ", clause)
    times = [m.span() for m in date_expressions(own) if m.lastgroup not in _NOT_TIMES]
    if not times:
        return False
    return bool(tense_markers("".join(" " if any(a <= i < b for a, b in times) else ch for i, ch in enumerate(own))))


def _happening_cuts(masked: str) -> list[tuple[int, int]]:
    """Where a sentence joins two happenings, each clause with its own subject, verb and time: "X
    resigned on Monday, and the regulator opened an investigation on Tuesday" is two statements,
    each dated and grouped on its own. Two clauses without a time each ("X resigned, and her deputy
    took over") are one happening told in steps, and stay one statement."""
    cuts: list[tuple[int, int]] = []
    cur = 0
    for m in _AND_CLAUSE.finditer(masked):
        if _told_on_its_own(masked[cur : m.start()]) and _told_on_its_own(masked[m.end() :]):
            cuts.append((m.start(), m.end()))
            cur = m.end()
    return cuts


def _inside_name(masked: str, m: re.Match) -> bool:
    """'The Health and Social Services Committee said': no comma, a capital on both sides of the
    'and' is one name going on, not a second clause with a subject of its own."""
    if masked[m.start()] == ",":
        return False
    before = masked[: m.start()].split()
    after = masked[m.end() :].split()
    return bool(before and len(after) > 1 and before[-1][:1].isupper() and after[1][:1].isupper())


def _clauses(body: str, sent: Sentence) -> list[tuple[int, int]]:
    """Clause spans when the sentence carries several claims, else the sentence itself.

    Splits only where the narrator joins claims: "and stressed that", "and that" after a
    reporting verb, "and he said", ", including a pledge to ...", and two happenings each told
    with its own time (``_happening_cuts``). A compound subject ("X and Y signed") or a list
    ("food, medicine and children") is no such joint.
    """
    if sent.quoted:
        return [(sent.start, sent.end)]
    text = body[sent.start : sent.end]
    masked = sent.masked or _mask(text, sent.quote_spans, sent.start)
    if " and " not in masked and ", " not in masked and " but " not in masked:
        return [(sent.start, sent.end)]
    cuts: list[tuple[int, int]] = []  # (end of previous clause, start of next)
    for m in _AND_VERB.finditer(masked):
        cuts.append((m.start(), m.end()))
    verb_that = _VERB_THAT.search(masked)  # "and that" joins a claim only after "stated that"
    if verb_that:
        for m in _AND_THAT.finditer(masked, verb_that.end()):
            cuts.append((m.start(), m.end()))
    for m in _AND_SUBJECT_VERB.finditer(masked):
        if not _inside_name(masked, m):
            cuts.append((m.start(), m.end()))
    for m in _ADDING.finditer(masked):
        cuts.append((m.start(), m.end()))
    for m in _INCLUDING.finditer(masked):
        cuts.append((m.start(), m.end()))
    cuts.extend(_happening_cuts(masked))
    if not cuts:
        return [(sent.start, sent.end)]
    cuts = sorted(set(cuts))
    spans: list[tuple[int, int]] = []
    cur = 0
    for a, b in cuts:
        if masked[a] == ",":
            a += 1  # the comma stays with the clause it closes
        if a <= cur:
            continue
        if len(masked[cur:a].split()) < 3:
            continue
        spans.append((cur, a))
        cur = b
    if len(masked[cur:].split()) < 3 and spans:
        spans[-1] = (spans[-1][0], len(text))
    else:
        spans.append((cur, len(text)))
    if len(spans) == 1:
        return [(sent.start, sent.end)]
    return [(sent.start + a, sent.start + b) for a, b in spans]
