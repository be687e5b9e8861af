"""Who says a sentence, in forms a new user's red-team corpus showed unread (stages/speakers.py):
a person 'of' a body is the speaker, not the body; a name set off by commas before 'said'; a
name before a colon that opens a quote.

Fixture: a fictional town, written here.
"""

from __future__ import annotations

import pytest

from generator.pipeline import build_timeline

from .conftest import one_article

SENTENCES = {
    "Union representative Daniel Okoro of the Chemical Workers' Federation said the plant ignored warnings.":
        "Daniel Okoro",
    "Petra Lind of the Harbour Authority said the pier would stay shut.": "Petra Lind",
    "Brandt's widow, Karin Brandt, said: \"I want someone to go to prison for this.\"": "Karin Brandt",
    "Mayor Ingrid Solberg: \"Do not go back to your homes.\"": "Ingrid Solberg",
    "The Harbour Authority said the pier would stay shut.": "Harbour Authority",
    "Bank of Orrin governor Ada Vik said rates would not change.": "Ada Vik",
}  # fmt: skip


@pytest.fixture(scope="module")
def speakers(tmp_path_factory) -> dict[str, str | None]:
    content = one_article(tmp_path_factory.mktemp("speakers"), "\n\n".join(SENTENCES) + "\n")
    timeline = build_timeline(content, jobs=1)
    return {s.text: s.speaker_name for s in timeline.statements["a"]}


@pytest.mark.parametrize("sentence", list(SENTENCES))
def test_the_speaker_is_the_one_who_says_it(speakers, sentence):
    assert speakers[sentence] == SENTENCES[sentence]
