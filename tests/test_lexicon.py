"""The lexicon: word lists as data files, each saying what it is and where it comes from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import lexicon

LISTS = lexicon.names()


def test_the_lexicon_ships_its_lists():
    assert {"reporting-verbs", "titles", "roles", "stopwords", "section-words", "cities"} <= set(LISTS)


@pytest.mark.parametrize("name", LISTS)
def test_every_list_says_what_it_is_and_where_it_comes_from(name):
    head = lexicon.header(name)
    assert head.startswith(f"{name}:"), f"{name}.txt must open with '# {name}: what it is'"
    assert "Source:" in head, f"{name}.txt must state its source"


@pytest.mark.parametrize("name", LISTS)
def test_every_entry_is_lower_case_and_listed_once(name):
    rows = lexicon.rows(name)
    assert rows, f"{name}.txt has no entries"
    firsts = [r[0] for r in rows]
    assert len(firsts) == len(set(firsts)), f"{name}.txt lists an entry twice"
    raw = (Path(lexicon.__file__).parent / f"{name}.txt").read_text(encoding="utf-8")
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        assert entry == entry.lower(), f"{name}.txt: {entry!r} is not lower case"


def test_a_verb_list_is_one_list_everywhere():
    """The verbs that report speech are read from one file by every stage that needs them."""
    root = Path(lexicon.__file__).parents[1]
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"said\|says\|", text), f"{path} writes the reporting verbs inline"


def test_alternation_tries_longer_forms_first():
    alt = lexicon.alternation("reporting-verbs")
    assert alt.index(r"pointed\s+out") < alt.index("said")
    assert re.fullmatch(f"(?:{alt})", "pointed  out")


def test_mapping_reads_equals_lines():
    assert lexicon.mapping("country-names")["russian federation"] == "russia"
    assert lexicon.mapping("demonyms")["dutch"] == "netherlands"
