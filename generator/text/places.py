"""Places in news text: countries and regions (CLDR, via babel), the world's large cities
(GeoNames, in the lexicon) and the cities CLDR's time zones are named after, the other names of
countries ("Russian Federation", "U.S."), demonyms ("Syrian" -> Syria), and the words that make
a name a place ("Brenna Valley", "Mount Tarel").
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from generator import lexicon

# Demonyms whose country a prefix rule would miss.
_DEMONYMS = lexicon.mapping("demonyms")


# Words that end ("Valley", "Street") or open ("Mount", "Port") the name of a place.
PLACE_ENDS = lexicon.words("place-words")
PLACE_OPENERS = lexicon.words("place-openers")

# Other names of one country (official, ISO, short): one entity whatever the outlet writes.
_PLACE_SAME = lexicon.mapping("country-names")


def same_place(name: str) -> str | None:
    """The one spelling a country's variants share: 'U.S.' and 'United States' -> 'united states'."""
    low = " ".join(name.lower().split())
    if low in _PLACE_SAME:
        return _PLACE_SAME[low]
    return low if low in places() else None


# Zone cities that are far more often a person's name or a word than a place.
_NOT_CITIES = lexicon.words("not-cities")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Lower-cased country and region names (CLDR, via babel): the roots demonyms come from."""
    names = {n.lower() for n in Locale("en").territories.values() if not re.search(r"[-()]", n)}
    return frozenset(names | lexicon.words("regions"))


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """World cities named by CLDR's time zones (Europe/Madrid, Europe/Vilnius, Asia/Tokyo), via babel.

    The zone cities cover the capitals of small countries; the lexicon's ``cities`` list (from
    GeoNames) every city of 500,000 people or more; a preposition ("in Bilbao") the rest."""
    from babel.core import get_global

    tz = Locale("en").time_zones
    out = set()
    for zone in get_global("zone_territories"):
        parts = zone.split("/")
        if len(parts) != 2 or parts[0] in ("Etc", "Antarctica", "SystemV", "US", "Canada", "Mexico", "Brazil", "Chile"):
            continue
        city = (tz.get(zone, {}).get("city") or parts[1].replace("_", " ")).lower()
        if city not in _NOT_CITIES:
            out.add(city)
    return frozenset(out | lexicon.words("cities"))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lower-cased countries, regions and cities."""
    return countries() | cities()


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """'Syrian' -> 'syria', 'Iranian' -> 'iran'; None when the word is no demonym we know."""
    w = word.lower()
    if w in _DEMONYMS:
        return _DEMONYMS[w]
    for suffix in ("ians", "ian", "ans", "an", "is", "i", "ese", "ish"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            root = w[: -len(suffix)]
            hits = sorted(p for p in countries() if p.startswith(root) and " " not in p and len(p) <= len(root) + 3)
            if hits:
                return hits[0]
    return None


@lru_cache(maxsize=65536)
def is_place(name: str) -> bool:
    """A country, region or city, by any of its names ("Russian Federation", "U.S.")."""
    low = name.lower()
    return common_place(name) or low in _PLACE_SAME or low.rstrip(".") in _PLACE_SAME


@lru_cache(maxsize=65536)
def common_place(name: str) -> bool:
    """A place by the name CLDR or GeoNames give it ("Russia", not "Russian Federation")."""
    low = name.lower()
    return low.rstrip(".") in places() or low in places()
