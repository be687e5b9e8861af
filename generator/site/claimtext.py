"""The words a claim is shown in, and who they credit.

A claim is named after its representative statement, which may be a later clause of its
sentence ("including a commitment by Iran to strengthen Syrian air defense systems, according
to Lebanon's Al-Mayadeen news"): as a heading it starts mid-sentence, and the 'Said by' the
claims stage fills in from another outlet's statement (the Iranian general's quote) credits
words he did not say. So a heading is the first of the claim's own statements that reads as a
sentence (it opens with a capital or a figure, after any quotation mark), and its credit is that
statement's speaker; the claim's speaker only where that statement credits no one at all (no
speaker and no 'according to'). A claim none of whose statements reads as a sentence keeps its text.
"""

from __future__ import annotations

import re

from generator.model import Claim, Statement
from generator.text import headline

_OPENING = re.compile(r"[\s\"'“‘«(\[—–-]*")


def reads_as_sentence(text: str) -> bool:
    """The words open as a sentence does: a capital letter or a figure after any quotation mark."""
    rest = text[_OPENING.match(text).end():]
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit())


def shown(claim: Claim, statements: dict[str, Statement]) -> tuple[str, str | None]:
    """(heading, speaker to credit) of ``claim``."""
    own = [statements[sid] for sid in claim.statements if sid in statements and sid not in claim.shared]
    first = next((s for s in own if s.kind != "headline"), own[0] if own else None)  # whose text the claim's is
    if first is None or reads_as_sentence(claim.text):
        return claim.text, _credit(first, claim)
    better = next((s for s in own if s.kind != "headline" and reads_as_sentence(s.text)), None)
    if better is None:
        return claim.text, _credit(first, claim)
    return as_heading(better), _credit(better, claim)


def _credit(s: Statement | None, claim: Claim) -> str | None:
    if s is None or s.speaker or s.attributed_to:
        return s.speaker if s is not None else claim.speaker
    return claim.speaker


def as_heading(s: Statement) -> str:
    """A statement's text as the claims stage writes a claim's: one space between words, a
    clause cut at a comma closed with a full stop, a quotation closed."""
    text = re.sub(r"\s+", " ", s.text).strip()
    text = text[:-1].rstrip() + "." if text.endswith((",", ";")) else text
    return headline.close_quote(text) if s.quoted else text
