"""Appositions that tell a happening of their own: "Petra Lindqvist, elected on Monday, opened the
festival on Thursday"; "Dan Marek, the volunteer firefighter killed near the village last week, will be
buried on Wednesday".

Such an apposition is a reduced relative clause ("who was elected on Monday"): its participle tells
another happening than the sentence's, so its date is not the statement's (dating sets it aside as it
sets aside a relative clause) and the clause may recall an earlier event (``events.recalls``). It
follows a name (a capitalised word not opening the sentence: after "In response, the bank offered"
a comma opens a main clause), opens with the participle or with an article and at most four words
before it ("the retired teacher elected"), and a comma closes it. The participle is a word in -ed or
an irregular past participle (``lexicon/past-participles``). The sentence's own verb follows it
outside a relative clause, else it is no apposition but the sentence's verb ("Lindqvist, elected on
Monday, and her deputy"; "Nufen, the mayor of Sofia, visited Sofia, where residents had gathered":
a bare participle after a description closed by a comma is the verb).
"""

from __future__ import annotations

import re

from generator import lexicon
from generator.stages.dates.tense import markers

_IRREGULAR = "|".join(sorted(lexicon.words("past-participles") - {"been", "had"}))
_PARTICIPLE = rf"(?:[a-z]+ed|{_IRREGULAR})"
# the participle in lower case: ", Elected Officials Ltd," is a name
_APPOSITION = re.compile(rf",\s+((?i:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?)?\b{_PARTICIPLE}\s[^,;]*(?=,)")
_RELATIVE = re.compile(r",\s*(?:where|which|who|whom|whose|when)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"\s*(?:the|a|an)\s", re.IGNORECASE)


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each such apposition in ``text``, from its comma to the closing one."""
    if "," not in text:
        return []
    found = [m for m in _APPOSITION.finditer(text) if _after_name(text, m.start())
             and (m[1] or _opens_its_noun_phrase(text, m.start()))]  # fmt: skip
    return [m.span() for m in found if _verb_after(text, m.end())]


def _after_name(text: str, at: int) -> bool:
    words = re.findall(r"[\w'’-]+", text[:at])
    return len(words) >= 2 and words[-1][:1].isupper()


def _opens_its_noun_phrase(text: str, at: int) -> bool:
    """A bare participle (", elected on Monday,") follows the name itself, not a description closed by
    a comma: in "X, the mayor of Sofia, visited Sofia, where ..." "visited" is the sentence's verb."""
    start = text.rfind(",", 0, at) + 1
    return _ARTICLE.match(text, start) is None and not markers(text[start:at])


def _verb_after(text: str, end: int) -> bool:
    """The sentence's own verb follows the apposition, before any relative clause ("..., where 61
    residents had gathered" is a verb of the clause, not of the sentence)."""
    rest = text[end:]
    cut = _RELATIVE.search(rest)
    return bool(markers(rest[:cut.start()] if cut else rest))
