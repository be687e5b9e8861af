"""A body named with 'and' is one name ('the Roads and Bridges Agency'), not two: the capitalised
run stops at a lower-case 'and', so its halves were read as two names, and 'Bridges Agency' was
the speaker of 'The Fenmark Roads and Bridges Agency said ...' (a new user's report). Two names
joined by 'and' stay two (text/names._runs).

Fixtures: fictional bodies, people and places.
"""

from __future__ import annotations

import pytest

from generator.text.names import find_names


@pytest.mark.parametrize("text, body", [
    ("The Fenmark Roads and Bridges Agency said on Saturday that the road would close.",
     "Fenmark Roads and Bridges Agency"),
    ("The Health and Social Services Committee said it would meet on Monday.",
     "Health and Social Services Committee"),
    ("Inspectors of the Fish and Wildlife Service counted the nests.", "Fish and Wildlife Service"),
])  # fmt: skip
def test_a_body_named_with_and_is_one_name(text, body):
    assert [(n.name, n.kind) for n in find_names(text)] == [(body, "body")]


@pytest.mark.parametrize("text, names", [
    ("Mayor Edda Lindqvist and Pieter Vann visited the quay.", ["Edda Lindqvist", "Pieter Vann"]),
    ("The Water Board and Fire Service Agency met on Monday.", ["Water Board", "Fire Service Agency"]),
    ("Ada Lunde and Harbour Authority staff inspected the pier.", ["Ada Lunde", "Harbour Authority"]),
    ("Minister Lunde and Harbour Authority staff inspected the pier.", ["Lunde", "Harbour Authority"]),
    ("France and Defence Ministry officials met in Orrin.", ["France", "Defence Ministry", "Orrin"]),
])  # fmt: skip
def test_two_names_joined_by_and_stay_two(text, names):
    assert [n.name for n in find_names(text)] == names
