"""What a person or body said, as a reader should see it: whole sentences, no quote cut.

The pipeline splits sentences into clauses ("... and stressed the need to ...") and cuts a
quote of several sentences into one statement a sentence, which reads well on an event
page beside other outlets' wordings but not in a list of what someone said. Here each of a
speaker's statements is shown as the sentence it is in (clauses of one sentence once), and
a sentence that opens or closes a quote running on into the next sentence is shown with
those sentences too, up to ``MAX_SENTENCES``; a quote still open after that is closed by
``headline.close_quote`` so it reads as a quote.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.model import Article, Statement
from generator.text import headline

MAX_SENTENCES = 4


@dataclass(frozen=True)
class Said:
    """A passage of an article a speaker said: where it starts and its text as written."""

    statement: Statement  # the speaker's first statement in the passage (its link and date)
    text: str
    quoted: bool

    @property
    def article(self) -> str:
        return self.statement.article

    @property
    def id(self) -> str:
        return self.statement.id

    @property
    def event_date(self):
        return self.statement.event_date

    @property
    def kind(self) -> str:
        return self.statement.kind


def balanced(t: str) -> bool:
    """Whether every double quote mark has its partner (straight ones paired, curly ones matched)."""
    return t.count('"') % 2 == 0 and t.count("\u201c") == t.count("\u201d")


def passages(said: Iterable[Statement], articles: Mapping[str, Article],
             sentences: Callable[[str], list[tuple[int, int, int, bool]]]) -> list[Said]:
    """One passage per sentence the speaker's statements are in, in the order given;
    ``sentences(article id)`` gives an article's sentence spans (``sentence_spans``)."""
    out, seen = [], set()
    for s in said:
        a = articles.get(s.article)
        spans = sentences(s.article)
        k = next((i for i, (_n, st, en, _hid) in enumerate(spans) if st <= s.start < en), None)
        if a is None or k is None or (s.article, k) in seen:
            if a is None or k is None:
                out.append(Said(s, s.text, s.quoted or s.kind == "quote"))
            continue
        first, last = _widen(a.body, spans, k)
        seen.update((s.article, i) for i in range(first, last + 1))
        text = a.body[spans[first][1]:spans[last][2]].strip()
        text = " ".join(text.split())
        if not balanced(text):
            text = headline.close_quote(text)
        out.append(Said(s, text, s.quoted or s.kind == "quote"))
    return out


def sentence_spans(ss: Sequence[Statement]) -> list[tuple[int, int, int, bool]]:
    """(sentence number, start, end, hidden) of each sentence of an article's text, in order;
    hidden: an editor hid a statement of it, so no passage reaches into it."""
    spans: dict[int, list] = defaultdict(lambda: [1 << 60, -1, False])
    for s in ss:
        if s.kind in ("boilerplate", "headline") or s.end <= s.start:
            continue
        span = spans[s.sentence]
        span[0], span[1], span[2] = min(span[0], s.start), max(span[1], s.end), span[2] or s.hidden
    return sorted(((n, st, en, hid) for n, (st, en, hid) in spans.items()), key=lambda x: x[1])


def _widen(body: str, spans: list[tuple[int, int, int, bool]], k: int) -> tuple[int, int]:
    """The sentences around ``k`` that complete a quote it opens or closes (never a hidden one)."""
    first, last = k, k
    while not balanced(body[spans[first][1]:spans[last][2]]) and last - first + 1 < MAX_SENTENCES:
        text = body[spans[first][1]:spans[last][2]]
        opens_later = _opens(text)
        if opens_later and last + 1 < len(spans) and not spans[last + 1][3]:
            last += 1
        elif not opens_later and first > 0 and not spans[first - 1][3]:
            first -= 1
        else:
            break
    if not balanced(body[spans[first][1]:spans[last][2]]):
        return k, k
    return first, last


def _opens(text: str) -> bool:
    """Whether a quote mark left unpaired in ``text`` opens a quote (else it closes one)."""
    if text.count("\u201c") > text.count("\u201d"):
        return True
    if text.count("\u201d") > text.count("\u201c"):
        return False
    i = text.rfind('"')
    return i == 0 or (i > 0 and not text[i - 1].isalnum() and text[i - 1] not in ".,!?")
