"""The headline of a raw text dump imported without ``--title``.

A page copied as text opens with its headline on a line of its own, often under the site's
menu. Left untitled, that line is read as the article's first statement (a context item
"Harbour crane collapses at Eastport"); given as the title, the statements stage reads the
line as the headline it is. Decided by the line's shape, as the boilerplate stage decides
furniture: the first line that is not page furniture (a menu, a share bar, a dateline, a
byline) is the headline when it is a few words that end no sentence, and more text follows.
A lead sentence standing first ("X signed an agreement on Wednesday.") ends in a full stop:
a dump that opens with one stays untitled.
"""

from __future__ import annotations

import re

from generator.stages.boilerplate import shapes

# A headline's length in words: news headlines run from two words to about twenty (a "Read
# more" headline is cut by the boilerplate stage at 25); longer lines are sentences.
WORDS = (2, 25)
_NOT_A_HEADLINE_END = re.compile(r"[.!…,;:][\"'”’»)\]]*$")


def _furniture(line: str) -> bool:
    """A line of page furniture by its shape alone: what the boilerplate stage drops."""
    return any(test(line) for test in (shapes.is_navigation, shapes.is_interface, shapes.is_stamp,
                                       shapes.is_byline, shapes.is_ticker, shapes.blog_box)) \
        or shapes.FURNITURE.match(line) is not None


def headline_of(text: str) -> str | None:
    """The dump's headline line (stripped), or None when its first line of text is none."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines):
        if _furniture(line):
            continue  # the site's menu above the headline stays furniture
        n = len(shapes.words(line))
        if not WORDS[0] <= n <= WORDS[1] or _NOT_A_HEADLINE_END.search(line) or i + 1 == len(lines):
            return None
        return line
    return None
