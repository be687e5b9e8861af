"""A claim's differing figures as each outlet wrote them, with what they count.

Claim matching keeps a figure as its words ("about 40"); two outlets' "about 40" and "roughly
40" read as the same figure twice when what differs is the unit ("40 tonnes" / "40 tons") or
what is counted ("300 residents" / "350 people"). So a figure is shown with the unit or the
word that follows it in the outlet's sentence: a unit of ``measure-units`` (which may be
several words), a percent sign or word, else the next word unless it is a function word
("15 were hurt" shows "15").
"""

from __future__ import annotations

import re
from functools import cache

from generator import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_CURRENCY = "$€£¥"


@cache
def _after() -> re.Pattern[str]:
    """What may follow a figure and belongs to it: a percent, a unit, or a word."""
    units = sorted({f for row in lexicon.rows("measure-units") for f in row[:-1]}, key=lambda f: (-len(f), f))
    unit = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in units)
    return re.compile(rf"(?:\s*%|[\s-]+(?:per\s+cent|percent|{unit})(?!\w)|[\s-]+(?P<word>{_WORD.pattern}))",
                      re.IGNORECASE)


def with_unit(sentence: str, figure: str) -> str:
    """``figure`` ("about 40") as ``sentence`` writes it with its unit or counted word ("about
    40 tonnes"); the figure alone when the sentence does not hold it where a word can follow."""
    for m in re.finditer(rf"(?<!\w){re.escape(figure)}(?!\w)", sentence):
        start, end = m.start(), m.end()
        if start and sentence[start - 1] in _CURRENCY:
            start -= 1  # "$15 billion": the currency is the figure's unit
        nxt = _after().match(sentence, end)
        if nxt and not (nxt.group("word") and nxt.group("word").lower() in lexicon.words("stopwords")):
            end = nxt.end()
        return sentence[start:end]
    return figure
