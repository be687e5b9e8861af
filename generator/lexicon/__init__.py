"""Word lists, kept as data: one ``<name>.txt`` file per kind of word, loaded here.

Every stage that needs a kind of word (the verbs that report speech, rank titles, the words
of a site's navigation) reads the one list of that kind, so that a word added for one stage
counts in all of them. Each file opens with a header of ``#`` lines saying what the list is
and where it comes from; then one entry a line, lower case. An entry may hold several words
("pointed out"); ``a | b`` gives the forms of one entry (``rows``), ``a = b`` maps one form
to another (``mapping``). A ``#`` after an entry starts a comment.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of list ``name`` in file order, each as the tuple of its forms."""
    text = files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(tuple(" ".join(f.split()).lower() for f in re.split(r"\s*[|=]\s*", entry) if f.strip()))
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """Every form in list ``name``, lower case."""
    return frozenset(form for row in rows(name) for form in row)


@cache
def mapping(name: str) -> dict[str, str]:
    """List ``name`` read as ``form = what it stands for`` lines."""
    return {row[0]: row[-1] for row in rows(name) if len(row) >= 2}


def alternation(*names: str, exclude: frozenset[str] = frozenset()) -> str:
    """The forms of the lists as a regular-expression alternation, longest first (so that
    "pointed out" is tried before "pointed"); spaces match any run of white space."""
    forms = sorted(set().union(*(words(n) for n in names)) - exclude, key=lambda w: (-len(w), w))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


def header(name: str) -> str:
    """The header of list ``name``: what it is and where it comes from."""
    text = files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return "\n".join(lines)


def names() -> tuple[str, ...]:
    """Every list shipped."""
    return tuple(sorted(p.name[:-4] for p in files(__name__).iterdir() if p.name.endswith(".txt")))
