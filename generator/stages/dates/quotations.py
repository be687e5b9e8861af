"""A quotation of several sentences is one utterance, said on the day its attribution names.

News quotes a speaker over two or three sentences and attributes the quotation once, in its last
sentence, with the day it was said: '"The agency counts from the sky. We count on the ground,"
the governor told reporters on Wednesday.' The sentences before the attribution name no day of
their own, so ``event`` gives them the article's narrative date (the day of the report), and one
utterance would stand on two days. Here each sentence of an open quotation that only inherited a
date takes the day its attribution names, when the quotation's marks run on from sentence to
sentence within one paragraph.
A date an editor set, or a sentence's own date expression, is never replaced.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import Statement, replaced

_MARKS = '"“”'


def one_day(statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """``statements`` (an article's, in order) with the opening sentences of each quotation dated
    as its attribution is."""
    out = list(statements)
    said = None  # the attribution's date while reading a quotation backwards, sentence by sentence
    for k in range(len(out) - 1, -1, -1):
        st = out[k]
        later = out[k + 1] if k + 1 < len(out) else None
        if said is not None and later is not None and _continues(st, later) and _inherited(st):
            out[k] = replaced(st, event_date=said)
            said = None if _opens(st.text) else said
            continue
        said = None
        ev = st.event_date
        if _closes(st.text) and ev is not None and ev.mention is not None and not ev.editor:
            said = replace(ev, how=f'{ev.how}, in the attribution closing its quotation ("{ev.mention.text}")',
                           mention=None)  # fmt: skip
    return tuple(out)


def _continues(st: Statement, later: Statement) -> bool:
    """``st`` is the sentence before ``later`` in one quotation: one paragraph, and ``st`` leaves its
    quotation open (it opens one, or is inside one: quoted, with no mark of its own)."""
    return st.paragraph == later.paragraph and st.sentence != later.sentence and (
        _opens(st.text) or (st.quoted and not any(c in _MARKS for c in st.text)))


def _inherited(st: Statement) -> bool:
    """Dated only by the article's narrative or its paragraph: no date expression of its own."""
    ev = st.event_date
    return ev is not None and ev.mention is None and not ev.editor and not st.dates


def _opens(text: str) -> bool:
    """The sentence opens a quotation it does not close: it starts with a quotation mark, and has
    an odd number of them."""
    t = text.lstrip()
    return bool(t) and t[0] in '"“' and sum(c in _MARKS for c in t) % 2 == 1


def _closes(text: str) -> bool:
    """The sentence closes a quotation opened before it: its first quotation mark closes."""
    marks = [c for c in text if c in _MARKS]
    return len(marks) % 2 == 1 and not text.lstrip().startswith(('"', "“"))
