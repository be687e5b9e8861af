"""A photo's caption closed by a wire credit ("... March 10, 2025. REUTERS/Anna Berg", "... Valley
Wire/Tom Ray") is page furniture: no claim, no context item, no person from the credit. A sentence of
news that merely has a slash in it stays text. Fictional outlets, people and places."""

from __future__ import annotations

import pytest

from generator.content.load import load_corpus
from generator.pipeline import run
from generator.stages.boilerplate.shapes import is_wire_caption

MARLOW = """Fire destroys warehouse depot in Marlow Bay

A fire destroyed a warehouse depot in Marlow Bay on Monday, the fire service said.
Firefighters spray water on the burning depot in Marlow Bay, March 10, 2025. GULLWIRE/Anna Berg
About 200 residents were evacuated from nearby streets, police said.
A crane lifts a burnt container at the Marlow Bay depot on 11 March 2025. Valley Wire/Tom Ray
The cause of the fire is under investigation, the fire service said on Tuesday.
"""


@pytest.mark.parametrize("line", [
    "Firefighters spray water on the burning depot in Marlow Bay, March 10, 2025. GULLWIRE/Anna Berg",
    "A crane lifts a burnt container at the Marlow Bay depot on 11 March 2025. Valley Wire/Tom Ray",
    "Residents queue at the Orrin town hall, Jan. 4, 2024. Kestrel Press/Ida Moen Holt",
])  # fmt: skip
def test_caption_with_an_agency_credit_and_a_date_is_a_caption(line):
    assert is_wire_caption(line)


@pytest.mark.parametrize("line", [
    "The council met on March 10. It approved the plan.",  # no credit
    "Police said 400 people left the area. AFP/Jo",  # no date, no full name
    "The ministry said it would publish the data by 2026. Health/Safety Board",  # a body, not a person
    "Fire crews worked through the night. Ostrava/Lipje Road",  # no date: a sentence, not a caption
    "The depot, built in 1990, burned on March 10 and the Orrin/Marlow line closed.",  # no credit at the end
])  # fmt: skip
def test_sentence_with_a_slash_is_not_a_wire_caption(line):
    assert not is_wire_caption(line)


def test_reviewer_case_wire_captions_make_no_claim_and_no_person(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text("gull-gazette:\n  name: The Gull Gazette\n", encoding="utf-8")
    (content / "articles" / "marlow.txt").write_text(MARLOW, encoding="utf-8")
    (content / "articles" / "marlow.yml").write_text(
        "source: gull-gazette\ntitle: Fire destroys warehouse depot in Marlow Bay\npublished: 2025-03-11\n",
        encoding="utf-8")
    timeline = run(load_corpus(content), jobs=1)
    captions = [s for s in timeline.statements["marlow"] if "Firefighters spray" in s.text or "crane lifts" in s.text
                or "/" in s.text]
    assert captions and all(s.kind == "boilerplate" and s.boilerplate_reason == "caption" for s in captions)
    texts = [c.text for e in timeline.events for c in (*e.claims, *e.context)]
    assert not any("Firefighters" in t or "GULLWIRE" in t or "Tom Ray" in t or "crane" in t for t in texts), texts
    assert "A fire destroyed a warehouse depot in Marlow Bay on Monday, the fire service said." in texts
    assert not {"Anna Berg", "Tom Ray"} & {e.name for e in timeline.entities}


MARLOW_TWO_LINES = MARLOW.replace(". GULLWIRE/Anna Berg\n", ".\nGULLWIRE/Anna Berg\n")


def test_wire_credit_on_a_line_of_its_own_takes_its_dated_caption(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text("gull-gazette:\n  name: The Gull Gazette\n", encoding="utf-8")
    (content / "articles" / "marlow.txt").write_text(MARLOW_TWO_LINES, encoding="utf-8")
    (content / "articles" / "marlow.yml").write_text("source: gull-gazette\npublished: 2025-03-11\n", encoding="utf-8")
    timeline = run(load_corpus(content), jobs=1)
    reasons = {s.text: s.boilerplate_reason for s in timeline.statements["marlow"]}
    assert reasons["GULLWIRE/Anna Berg"] == "photo credit"
    assert reasons["Firefighters spray water on the burning depot in Marlow Bay, March 10, 2025."] == "caption"
    assert reasons["About 200 residents were evacuated from nearby streets, police said."] is None
    assert not {"Anna Berg"} & {e.name for e in timeline.entities}
