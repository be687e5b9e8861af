"""A name the text itself shows to be a firm, though its words read as a person's ("Orvik Halstead",
"Lockheed Martin": two capitals, so ``names.classify`` reads a first name and a surname).

The sentence around the name says it: an apposition describing it by its trade ("Orvik Halstead, the
shipbuilder, won ..."; ``lexicon/firm-nouns``), its shares ("Orvik Halstead shares fell", "Orvik
Halstead's shares"), or "its" right after it speaks ("Orvik Halstead said its yard would hire"): a
person is "his" or "her" there. One such reading is enough: ``forms.form_kind`` lets a body read once
win over the default reading of two capitals.
"""

from __future__ import annotations

import re

from generator import lexicon

_FIRM_NOUNS = lexicon.alternation("firm-nouns")
_REPORTING = lexicon.alternation("reporting-verbs", "announcing-verbs")
_AFTER = re.compile(
    rf",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_FIRM_NOUNS})\b(?=\s*[,;.)]|\s+(?:that|which|based|founded)\b)"
    r"|(?:['’]s?)?\s+shares\b"
    rf"|\s+(?:{_REPORTING})\s+(?:that\s+)?its\b",
    re.IGNORECASE,
)


def described(text: str, end: int) -> bool:
    """Whether the words right after a name ending at ``end`` show it is a firm (module doc)."""
    return _AFTER.match(text, end) is not None
