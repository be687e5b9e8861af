"""What matching reads of a statement's text alone, made once an article and kept between builds.

Content words, negation, a measure extended, the tense markers and the background model's signals
of the wording (``text_signals``) depend on a statement's text and on nothing else of
the corpus; so do the words an article teaches ``wording.NameFinder`` (which it writes in lower
case, which capitalised inside a sentence). They were made again for every statement on every
build (some 10 % of a +1 rebuild's matching). Here they are made for an article at a time and,
when a build keeps what matching made (``byblock.Kept``), kept under a digest of the article's
statements' kinds and texts and the code (``reuse.digest``): an article whose texts are the same
reads them back, which gives the very values made from them (lists of strings and booleans).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from generator import lexicon
from generator.model import Statement
from generator.stages.dates.tense import markers
from generator.text import wording

KINDS = frozenset({"claim", "quote", "headline", "context"})  # statements that can carry a claim
STAGE = "fields"  # the rows' stage in the cache's ``results`` table
# words that turn a statement into its denial ("Corvana has not received any demand")
NEGATION = lexicon.words("negation-words")
_DENYING = frozenset(wording.stem(w) for w in lexicon.words("denial-verbs"))
# the credit ("according to Lebanon's Al-Mayadeen news") says who reported it, not what: its words
# are not compared (the statement keeps them; ``Statement.attributed_to`` names the credited outlet)
ACCORDING = re.compile(r",?\s*\baccording to\b[^,;:.!?\"\u201c\u201d]*", re.IGNORECASE)
# a form of ``lexicon/extension-verbs`` not after "to" or a preposition: there it is the aim or the topic of
# another act ("signed an agreement to expand cooperation", "an agreement on expanding cooperation")
_EXTENDS = re.compile(r"(?<!\bto )(?<!\bon )(?<!\bfor )(?<!\bof )(?<!\babout )\b(?:"
                      + lexicon.alternation("extension-verbs") + r")\b", re.IGNORECASE)


# the wording of background (``background``): a habit, a modal, the present perfect, a state
_FREQUENCY = lexicon.words("frequency-adverbs")
_MODAL = lexicon.words("modal-verbs")
_WORD = re.compile(r"[a-z']+")
_IRREGULAR = "|".join(sorted(lexicon.words("past-participles") - {"been"}))
_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+ly\s+|not\s+|never\s+|already\s+|also\s+|just\s+|since\s+)*"
                      rf"(?:been|\w+ed|\w+en|\w+wn|{_IRREGULAR})\b", re.IGNORECASE)
_STATIVE = re.compile(r"\b(?:is|are|was|were|has|have|had|been)\s+(?:(?:not|also|still|now|only|long|never|once)\s+)*"
                      rf"(?!(?:been|being|to|{_IRREGULAR})\b)(?![a-z]+(?:ed|en|ing)\b)[a-z]", re.IGNORECASE)


class Kept(Protocol):
    """Where rows are kept between builds (``byblock.Kept``)."""

    def digest(self, *inputs: object) -> str: ...

    def read(self, key: str, stage: str = ...) -> bytes | None: ...

    def keep(self, key: str, value: bytes, stage: str = ...) -> None: ...


@dataclass(frozen=True, slots=True)
class Text:
    """What matching reads of one statement's text."""

    words: tuple[str, ...]  # content words, light-stemmed, the credit left out
    negated: bool
    extends: bool  # it tells a measure made to reach further or last longer (``Item.extends``)
    tenses: frozenset[str]  # the kinds of its tense markers ("past", "present", "future")
    signals: tuple[bool, ...]  # ``text_signals`` of its wording


@dataclass(frozen=True, slots=True)
class Article:
    """What matching reads of an article's texts: each statement's that can carry a claim (None for
    the others), and the words it teaches ``wording.NameFinder``."""

    texts: tuple[Text | None, ...]
    common: frozenset[str]
    capitalised: frozenset[str]


def text_signals(text: str) -> tuple[bool, bool, bool, bool]:
    """The signals of ``background.FEATURES`` that read the wording alone: perfect, stative, frequency, modal
    (``Text.signals``, kept between builds with the statement's other text fields)."""
    words = set(_WORD.findall(text.lower()))
    return (_PERFECT.search(text) is not None, _STATIVE.search(text) is not None,
            not _FREQUENCY.isdisjoint(words), not _MODAL.isdisjoint(words))  # fmt: skip


def of_text(text: str) -> Text:
    cw = wording.content_words(ACCORDING.sub(" ", text))
    negated = not NEGATION.isdisjoint(wording.words(text)) or not _DENYING.isdisjoint(cw)
    return Text(tuple(cw), negated, bool(_EXTENDS.search(text)), frozenset(t for _, t in markers(text)),
                text_signals(text))


def of_article(stmts: Sequence[Statement]) -> Article:
    taught = wording.NameFinder(st.text for st in stmts)
    return Article(tuple(of_text(st.text) if st.kind in KINDS else None for st in stmts),
                   frozenset(taught.common), frozenset(taught.capitalised))  # fmt: skip


def read(stmts: Sequence[Statement], kept: Kept | None) -> Article:
    """``of_article``, read back when ``kept`` holds it for the same kinds and texts (and code)."""
    if kept is None:
        return of_article(stmts)
    key = kept.digest(STAGE, [(st.kind, st.text) for st in stmts])
    blob = kept.read(key, STAGE)
    found = _decode(blob, len(stmts)) if blob else None
    if found is None:
        found = of_article(stmts)
        blob = _encode(found)
    kept.keep(key, blob, STAGE)
    return found


def _encode(a: Article) -> bytes:
    texts = [None if t is None else [list(t.words), t.negated, t.extends, sorted(t.tenses), list(t.signals)]
             for t in a.texts]  # fmt: skip
    return json.dumps([texts, sorted(a.common), sorted(a.capitalised)], separators=(",", ":")).encode("utf-8")


def _decode(blob: bytes, count: int) -> Article | None:
    """A stored row, or None when it cannot be read (made again)."""
    try:
        texts, common, capitalised = json.loads(blob)
        made = tuple(None if t is None else Text(tuple(t[0]), t[1], t[2], frozenset(t[3]), tuple(t[4]))
                     for t in texts)  # fmt: skip
    except (ValueError, TypeError, IndexError, KeyError):
        return None
    if len(made) != count:
        return None
    return Article(made, frozenset(common), frozenset(capitalised))
