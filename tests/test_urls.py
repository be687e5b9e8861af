"""Slugs are permalinks: page paths, imported file names, entity ids and event ids.

Every expected value below was produced by the four slug functions as they stood before
``urls`` owned the rule (checked then against the shared one on arbitrary text and on every
code point); a change that moves any of them breaks published URLs.
"""

import pytest

from generator import events, ingest, names, urls

# text, urls.slug (page paths), ingest.slug (file names), names.slug (entity ids), events.slugify (event ids)
CASES = [
    ("Iran", "iran-889224e3", "Iran", "iran", "iran"),
    ("000_5efe35e3d0ae01af", "000_5efe35e3d0ae01af", "000_5efe35e3d0ae01af", "000-5efe35e3d0ae01af",
     "000-5efe35e3d0ae01af"),
    ("a b", "a-b-7dbde935", "a-b", "a-b", ""),
    ("../../etc", "etc-7baf5cb6", "etc", "etc", "etc"),
    ("report.md", "report-md-b1a53158", "report-md", "report-md", "report-md"),
    # accents: folded in text slugs, a break in page paths
    ("Café au lait", "caf-au-lait-81a7be37", "Cafe-au-lait", "cafe-au-lait", "cafe-au-lait"),
    ("Élysée", "lys-e-2e7723ff", "Elysee", "elysee", "elysee"),
    ("İstanbul", "i-stanbul-da19ec0a", "Istanbul", "istanbul", "istanbul"),
    ("ﬁnance ①", "nance-aef841e4", "finance-1", "finance-1", "finance"),
    # a letter with no ASCII form: dropped in file names and event ids, a break in entity ids
    ("Straße", "stra-e-880c6886", "Strae", "stra-e", "strae"),
    ("Øresund", "resund-ffc249b2", "resund", "resund", "resund"),
    # apostrophes: silent in entity ids only
    ("O'Brien", "o-brien-b8207e90", "O-Brien", "obrien", "brien"),
    ("Ja’far", "ja-far-9d2fb075", "Jafar", "jafar", "jafar"),
    ("Hezbollah's Nasrallah, on Tuesday, warned", "hezbollah-s-nasrallah-on-tuesday-warned-1eae644a",
     "Hezbollah-s-Nasrallah-on-Tuesday-warned", "hezbollahs-nasrallah-on-tuesday-warned",
     "hezbollah-nasrallah-tuesday-warned"),
    # Arabic and Persian script: nothing left, so each caller's fallback
    ("محمد جواد ظریف", "item-fa096bf3", "article", "entity", ""),
    ("علی\u200cاکبر", "item-3dbaead8", "article", "entity", ""),
    ("سپاه پاسداران انقلاب اسلامی", "item-4ff30fe3", "article", "entity", ""),
    ("Mohammad Javad Zarif (محمد جواد ظریف)", "mohammad-javad-zarif-3110fffa", "Mohammad-Javad-Zarif",
     "mohammad-javad-zarif", "mohammad-javad-zarif"),
    # event ids: the first four content words
    ("Ça va: the Élysée Palace said on Monday", "a-va-the-lys-e-palace-said-on-monday-301a7248",
     "Ca-va-the-Elysee-Palace-said-on-Monday", "ca-va-the-elysee-palace-said-on-monday", "ca-va-elysee-palace"),
    ("The minister said that it was over.", "the-minister-said-that-it-was-over-99e17344",
     "The-minister-said-that-it-was-over", "the-minister-said-that-it-was-over", "minister"),
    ("2020-07-08 a/b", "2020-07-08-a-b-2fd19156", "2020-07-08-a-b", "2020-07-08-a-b", "2020-07-08"),
    # empty results and separators at the ends
    ("", "item-da39a3ee", "article", "entity", ""),
    ("  --  ", "item-180f39de", "article", "entity", ""),
    ("!!!", "item-9a7b006d", "article", "entity", ""),
    ("_x_", "_x_-ecc1afad", "x", "x", ""),
    ("Al-Mayadeen", "al-mayadeen-b558ecad", "Al-Mayadeen", "al-mayadeen", "al-mayadeen"),
    # a long unsafe id is cut at 60 characters before its hash (a trailing hyphen stays)
    ("Ab " * 40, "ab-" * 20 + "-77e199bc", "-".join(["Ab"] * 40), "-".join(["ab"] * 40), "ab-ab-ab-ab"),
]


@pytest.mark.parametrize(("text", "page", "file", "entity", "event"), CASES, ids=[c[0][:20] for c in CASES])
def test_every_slug_keeps_its_published_form(text, page, file, entity, event):
    assert urls.slug(text) == page
    assert ingest.slug(text) == file
    assert names.slug(text) == entity
    assert events.slugify(text) == event


def test_words_fold_or_split_what_is_not_ascii():
    assert urls.words("Élysée Straße") == ["elysee", "strae"]
    assert urls.words("Élysée Straße", foreign="split") == ["elysee", "stra", "e"]
    assert urls.words("Élysée", fold=False, foreign="split") == ["lys", "e"]
    assert urls.words("O'Brien-Smith", keep_case=True, inner="-", silent="'") == ["OBrien-Smith"]


def test_slugify_options():
    assert urls.slugify("one two three four", most=2) == "one-two"
    assert urls.slugify("one two three", skip=lambda w: w == "two") == "one-three"
    assert urls.slugify("!!!", fallback="item") == "item"
    assert urls.slugify("__a b__", inner="_") == "a-b"
