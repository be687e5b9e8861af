"""Sentences of article text that assert nothing: a question, a courtesy formula, a lead-in.

A transcript's turns are article text, but "Good evening.", "Thank you very much." and the
interviewer's "What happened next?" tell no claim an outlet could report; as claims they would
fill the timeline with greetings and pull unrelated turns together. They are kept as
statements (the article's text is shown whole) of kind boilerplate, with the reason.
A quoted question ('"Who will pay?" asked a resident') is a quote, and a reported one ('Officials
asked whether the quay would reopen?') a claim, not the narrator's question.
"""

from __future__ import annotations

import re

from generator import lexicon

_FORMULAS = lexicon.words("courtesy-formulas")
# "Officials asked whether the quay would reopen?": someone's question reported, a claim
_REPORTED_QUESTION = re.compile(
    rf"\b(?:{lexicon.alternation('asking-verbs')})\b[^?]*?\b(?:whether|if|why|how|what|when|where|who|whom|which)\b",
    re.IGNORECASE)
# "Did the mayor ask whether ...?", "Why did you ask if ...?": the narrator's own question
_ASKS = re.compile(r"\W*(?:who|what|why|how|when|where|which|whom|whose|do|does|did|is|are|was|were|will|would|can|"
                   r"could|should|shall|has|have|had|may|might|must)\b", re.IGNORECASE)
_FILLERS = lexicon.words("courtesy-fillers")
_LONGEST = max(len(f.split()) for f in _FORMULAS)
_WORD = re.compile(r"[\w’']+")
# the addressee, set off by commas: "Chief Mirel, thank you.", "Thank you, Mara, and good evening."
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*"
_VOCATIVE = re.compile(rf"^\s*{_NAME}(?=,)|,\s*{_NAME}\s*(?=,|[.!]*\s*$)")


def no_claim(text: str, quoted: bool) -> str | None:
    """Why a sentence of article text asserts nothing ("question", "set phrase"), or None."""
    if quoted:
        return None
    if lead_in(text):
        return "lead-in"
    if text.strip().rstrip(")]").endswith("?") and (_ASKS.match(text) or not _REPORTED_QUESTION.search(text)):
        return "question"  # '...: "Who will pay?"' ends a quote, not a question
    return "set phrase" if courtesy(text) else None


# "The quay was rebuilt in 1990, and the harbour master added:": a clause of its own comes first
_CLAIM_BEFORE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s", re.IGNORECASE)


def lead_in(text: str) -> bool:
    """'Here is the agency's statement in full:', 'The letter reads:': the narrator's sentence stops
    at a colon to announce the text that follows; what it announces may be a claim, the
    announcement is none."""
    return text.rstrip().endswith(":") and not _CLAIM_BEFORE.search(text)


def courtesy(text: str) -> bool:
    """Nothing but courtesy formulas, words that fill them out and the addressee's name set off by
    commas ("Thank you, Mara, and good evening."): at least one formula, no other word."""
    words = _WORD.findall(_VOCATIVE.sub("", text))
    if not words or len(words) > 14:
        return False
    found, i = False, 0
    while i < len(words):
        n = _formula_at(words, i)
        if n:
            found, i = True, i + n
        elif words[i].lower() in _FILLERS:
            i += 1
        else:
            return False
    return found


def _formula_at(words: list[str], i: int) -> int:
    """The length in words of the longest formula starting at words[i], 0 for none."""
    for n in range(min(_LONGEST, len(words) - i), 0, -1):
        if " ".join(w.lower() for w in words[i:i + n]) in _FORMULAS:
            return n
    return 0
