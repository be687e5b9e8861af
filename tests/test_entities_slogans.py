"""A chant or a headline's verb before a name is no person of its own (entities.merge._join_slogans):
'Resign Solberg' is a mention of the mayor, 'Down With Reyvik: anger grows' neither makes a person
'With Reyvik' nor gives the headline a speaker (statements._headline). From a new user's red-team
corpus, where both were people and blocked 'Reyvik' and 'Solberg' from joining their full names.

Fixture: a fictional town, written here.
"""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import build_timeline

from .conftest import one_article

BODY = """Governor Tomas Reyvik visited the plant on Wednesday.

Protesters chanted "Resign Solberg" outside the town hall, where Mayor Ingrid Solberg was meeting the plant owners.

The crowd marched down the main road and asked the mayor to resign.
"""


def _timeline(tmp_path: Path):
    return build_timeline(one_article(tmp_path, BODY, title="Down With Reyvik: anger grows in Estmere"), jobs=1)


def test_a_chant_is_a_mention_of_the_name_it_holds_not_a_person(tmp_path):
    timeline = _timeline(tmp_path)
    people = {e.name for e in timeline.entities if e.kind == "person"}
    assert people == {"Tomas Reyvik", "Ingrid Solberg"}
    headline = timeline.statements["a"][0]
    assert headline.kind == "headline" and headline.speaker is None
