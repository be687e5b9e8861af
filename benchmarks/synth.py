"""A synthetic news corpus: many outlets reporting the same facts in their own words.

Run: ``.venv/bin/python benchmarks/synth.py 1000 --out /tmp/synth-content`` writes a
``content/`` folder claimline can build (``articles/*.md`` with front matter, and
``sources.yml``); ``benchmarks/claims_scale.py`` uses ``generate`` in memory, and
``write_real`` (below) writes real-size articles for ``scale.py`` and ``profile_export.py``.

How it is made (deterministic: one ``random.Random(seed)``):

- 20 outlets, and a few hundred *stories* (``STORIES``, default 300): who, where, which
  facts, each fact a sentence template. A story happens several times (a strike, a
  summit, a rate decision), each time on its own day, with its own numbers and place: an
  **event**. A corpus keeps about ``PER_DAY`` articles a day, so a larger corpus covers
  more days and more events, as a growing archive does; each event is reported by
  about ``PER_EVENT`` articles of different outlets.
- An article reports 3 or 4 of its event's facts, each **paraphrased**: synonyms, the
  attribution moved or changed ("X said" / "according to X" / a quote), numbers in words
  or digits, a **name variant** (Bagheri / Baqeri, Zelensky / Zelenskyy), now and then a
  **number that disagrees** ("at least 17" for 15) and a **typo**; plus **noise**
  (sentences of no event) and one undated **background** sentence.
- Every fact statement knows its true claim (``gold``), so matching can be scored.

Statements come pre-split (kind, speaker entity id, event date): the benchmark measures
claim matching, not the upstream stages.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from generator.model import Article, EventDate, Statement
from generator.text import calendar_words

OUTLETS = [f"outlet{n:02d}" for n in range(1, 21)]
STORIES = 300
PER_DAY = 120
PER_EVENT = 7
START = datetime(2021, 1, 4, tzinfo=UTC)

PEOPLE = [
    ("mohammad-bagheri", ["Mohammad Bagheri", "Mohammad Baqeri", "Bagheri", "Baqeri"]),
    ("volodymyr-zelensky", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy", "Zelensky"]),
    ("muammar-gaddafi", ["Muammar Gaddafi", "Moammar Qaddafi", "Kadhafi", "Gaddafi"]),
    ("ali-ayyoub", ["Ali Abdullah Ayyoub", "Ali Ayyoub", "Ayyoub", "Ali Abdallah Ayoub"]),
    ("mansour-hadi", ["Abd Rabbuh Mansour Hadi", "Mansur Hadi", "Mansoor Hadi", "Hadi"]),
    ("olaf-scholz", ["Olaf Scholz", "Scholz", "Chancellor Scholz"]),
    ("emmanuel-macron", ["Emmanuel Macron", "Macron", "President Macron"]),
    ("xi-jinping", ["Xi Jinping", "Xi", "President Xi"]),
    ("narendra-modi", ["Narendra Modi", "Modi", "Prime Minister Modi"]),
    ("luiz-lula", ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"]),
    ("recep-erdogan", ["Recep Tayyip Erdogan", "Erdogan", "Erdoğan"]),
    ("cyril-ramaphosa", ["Cyril Ramaphosa", "Ramaphosa"]),
    ("sergei-lavrov", ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"]),
    ("antonio-guterres", ["Antonio Guterres", "António Guterres", "Guterres"]),
    ("christine-lagarde", ["Christine Lagarde", "Lagarde"]),
    ("jerome-powell", ["Jerome Powell", "Jay Powell", "Powell"]),
]  # fmt: skip
CITIES = ["Lisbon", "Porto", "Ankara", "Tehran", "Damascus", "Kyiv", "Lagos", "Nairobi", "Lima", "Quito", "Hanoi",
          "Manila", "Oslo", "Tallinn", "Riga", "Vilnius", "Sofia", "Tbilisi", "Yerevan", "Baku", "Doha", "Muscat",
          "Amman", "Beirut", "Tunis", "Algiers", "Rabat", "Dakar", "Accra", "Abuja", "Kampala", "Kigali", "Harare",
          "Lusaka", "Maputo", "Luanda", "Bogota", "Caracas", "Santiago", "Montevideo", "Asuncion", "La Paz",
          "Dhaka", "Colombo", "Kathmandu", "Thimphu", "Astana", "Bishkek", "Tashkent", "Dushanbe"]  # fmt: skip
COUNTRIES = ["Portugal", "Turkey", "Iran", "Syria", "Ukraine", "Nigeria", "Kenya", "Peru", "Ecuador", "Vietnam",
             "Norway", "Estonia", "Latvia", "Bulgaria", "Georgia", "Armenia", "Qatar", "Oman", "Jordan", "Lebanon",
             "Tunisia", "Morocco", "Senegal", "Ghana", "Uganda", "Rwanda", "Zambia", "Angola", "Colombia", "Chile"]  # fmt: skip
THINGS = ["grain", "wheat", "diesel", "vaccines", "tanks", "drones", "fertiliser", "turbines", "rail cars", "buses",
          "fishing boats", "solar panels", "water pumps", "school books", "ambulances", "generators"]  # fmt: skip
ORGS = ["the Central Bank", "the Health Ministry", "the Port Authority", "the National Railway", "the Energy Regulator",
        "the Football Federation", "the Electoral Commission", "the Army", "the Coast Guard", "the Weather Service",
        "the Statistics Office", "the Teachers' Union", "the Airline Association", "the Supreme Court", "Parliament"]  # fmt: skip
# each fact: several wordings of one claim; {p} person, {c} country, {c2} other country, {x} city,
# {n} number, {t} thing, {o} organisation, {d} weekday
FACTS = [
    ["{p} said {c} would send {n} tonnes of {t} to {c2}",
     "{c} will ship {n} tonnes of {t} to {c2}, {p} said",
     "according to {p}, {n} tonnes of {t} are to be sent from {c} to {c2}"],
    ["{n} people were injured when a bridge collapsed in {x} on {d}",
     "a bridge collapse in {x} on {d} left {n} people hurt",
     "{n} people were wounded as a bridge gave way in {x} on {d}"],
    ["{o} raised its main interest rate to {n} percent",
     "{o} lifted its benchmark rate to {n} percent",
     "the main rate set by {o} went up to {n} percent"],
    ["{p} met the foreign minister of {c2} in {x} to discuss a ceasefire",
     "in {x}, {p} held talks on a ceasefire with the foreign minister of {c2}",
     "a ceasefire was discussed in {x} by {p} and the foreign minister of {c2}"],
    ["{o} said the airport of {x} would stay closed until {d}",
     "the airport in {x} will remain shut until {d}, {o} said",
     "according to {o}, {x} airport is closed until {d}"],
    ["{p} signed an agreement with {c2} on {t} worth {n} million dollars",
     "a deal on {t} worth {n} million dollars was signed by {p} and {c2}",
     "{p} and {c2} agreed a {n} million dollar accord on {t}"],
    ["floods in {x} forced {n} families from their homes",
     "{n} families had to leave their homes as floods hit {x}",
     "flooding in {x} displaced {n} families"],
    ["{p} accused {c2} of violating the border agreement near {x}",
     "{c2} broke the border deal near {x}, {p} charged",
     "according to {p}, {c2} violated the border accord close to {x}"],
    ["{o} announced that {n} new teachers would be hired in {x}",
     "{n} more teachers are to be recruited in {x}, {o} announced",
     "{o} said it would hire {n} new teachers for schools in {x}"],
    ["{p} said talks with {c2} on {t} had failed",
     "negotiations between {c} and {c2} over {t} collapsed, {p} said",
     "according to {p}, the {t} talks with {c2} broke down"],
    ["a strike by dock workers halted {n} ships in the port of {x}",
     "{n} ships were stuck in {x} port as dock workers went on strike",
     "dockers in {x} walked out, leaving {n} ships idle"],
    ["{p} promised to build {n} new hospitals across {c} by next year",
     "{n} hospitals will be built in {c} by next year, {p} pledged",
     "according to {p}, {c} is to get {n} new hospitals within a year"],
]  # fmt: skip
SYNONYMS = {"said": ["said", "stated", "told reporters"], "injured": ["injured", "hurt", "wounded"],
            "agreement": ["agreement", "deal", "accord"], "closed": ["closed", "shut"],
            "new": ["new", "additional"], "people": ["people", "persons"], "talks": ["talks", "negotiations"]}  # fmt: skip
SYLLABLES = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "dor", "fen", "gal", "hum", "jit", "kes",
             "lum", "mor", "nap", "pil", "quin", "rost", "sal", "tev", "wun", "yor", "zel", "bri", "cla", "dro", "fli", "gru"]
BACKGROUND = ["{c} has faced a long economic crisis in recent years.",
              "Relations between {c} and {c2} have been tense for decades.",
              "{x} is the largest port of the region.",
              "{o} of {c} was founded more than fifty years ago."]  # fmt: skip
WEEKDAYS = [d.title() for d in calendar_words.WEEKDAYS]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
                11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}  # fmt: skip


@dataclass
class Corpus:
    articles: list[Article]
    statements: dict[str, tuple[Statement, ...]]
    gold: dict[str, str]  # statement id -> true claim id (facts, headlines, background; not noise)
    events: int


def _story(rng: random.Random, k: int) -> dict:
    return {
        "facts": rng.sample(range(len(FACTS)), 5),
        "person": rng.randrange(len(PEOPLE)),
        "country": rng.choice(COUNTRIES),
        "id": k,
    }


def _event(rng: random.Random, story: dict, day: datetime, n: int) -> dict:
    others = [c for c in COUNTRIES if c != story["country"]]
    return {"story": story, "day": day, "id": n, "c2": rng.choice(others), "x": rng.choice(CITIES),
            "t": rng.choice(THINGS), "o": rng.choice(ORGS), "n": rng.randint(2, 60) * rng.choice([1, 1, 10]),
            "facts": story["facts"], "d": WEEKDAYS[(day.weekday() + rng.randint(1, 5)) % 7]}  # fmt: skip


def _fact_number(ev: dict, f: int) -> int:
    return (ev["n"] * (f + 3)) % 97 + 2


def _number(rng: random.Random, n: int) -> str:
    if rng.random() < 0.04:
        return f"at least {n + rng.randint(1, 5)}"  # an outlet with another figure
    if n in NUMBER_WORDS and rng.random() < 0.5:
        return NUMBER_WORDS[n]
    return str(n)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 4:
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _noise(rng: random.Random) -> str:
    """A sentence of no event (a caption, a teaser, another story): made-up words, so no two are alike."""
    words = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(rng.randint(6, 11))
    ]
    return " ".join(words).capitalize() + "."


def _sentence(rng: random.Random, template: str, ev: dict, person: str, f: int) -> str:
    n = _fact_number(ev, f)
    text = template.format(p=person, c=ev["story"]["country"], c2=ev["c2"], x=ev["x"], n=_number(rng, n),
                           t=ev["t"], o=ev["o"], d=ev["d"])  # fmt: skip
    for word, options in SYNONYMS.items():
        if rng.random() < 0.5:
            text = re.sub(rf"\b{word}\b", rng.choice(options), text)
    if rng.random() < 0.05:
        text = _typo(rng, text)
    return text[0].upper() + text[1:] + "."


def generate(n_articles: int, seed: int = 7, stories: int = STORIES) -> Corpus:
    """``n_articles`` articles, about ``PER_DAY`` a day, ``PER_EVENT`` per event."""
    rng = random.Random(seed)
    story_list = [_story(rng, k) for k in range(stories)]
    n_events = max(1, n_articles // PER_EVENT)
    days = max(1, n_articles // PER_DAY)
    events = [
        _event(rng, rng.choice(story_list), START + timedelta(days=rng.randrange(days)), k)
        for k in range(n_events)
    ]
    articles, statements, gold = [], {}, {}
    for a in range(n_articles):
        ev = events[a % n_events]
        outlet = OUTLETS[(a // n_events + ev["id"]) % len(OUTLETS)]
        aid = f"{a:06d}_{outlet}"
        published = ev["day"] + timedelta(hours=rng.randint(6, 40))
        pid, names = PEOPLE[ev["story"]["person"]]
        name = rng.choice(names)
        facts = rng.sample(ev["facts"], rng.choice([3, 4]))
        lines: list[tuple[str, str, str | None, str | None]] = []  # text, kind, speaker, gold
        head_fact = FACTS[facts[0]][0].format(p=name.split()[-1], c=ev["story"]["country"], c2=ev["c2"], x=ev["x"],
                                              n=_fact_number(ev, facts[0]), t=ev["t"], o=ev["o"], d=ev["d"])  # fmt: skip
        lines.append((head_fact[0].upper() + head_fact[1:], "headline", None, f"e{ev['id']}-f{facts[0]}"))
        for f in facts:
            template = rng.choice(FACTS[f])
            text = _sentence(rng, template, ev, name, f)
            speaker = pid if "{p}" in template else None
            lines.append((text, "claim", speaker, f"e{ev['id']}-f{f}"))
        for _ in range(rng.choice([1, 2])):
            lines.insert(rng.randrange(2, len(lines) + 1), (_noise(rng), "claim", None, None))
        b = rng.randrange(len(BACKGROUND))
        bg = BACKGROUND[b].format(c=ev["story"]["country"], c2=ev["c2"], x=ev["x"], o=ev["o"])
        lines.append(
            (bg[0].upper() + bg[1:], "claim", None, "bg:" + " ".join(sorted(bg.split())))
        )  # same words, one claim
        body = "\n\n".join(t for t, *_ in lines[1:])
        art = Article(id=aid, path=f"articles/{aid}.md", source=outlet, title=lines[0][0], url=None,
                      published=published, published_text=published.isoformat(), published_has_time=True,
                      body=body, body_line=6)  # fmt: skip
        day = EventDate(ev["day"].date().isoformat(), "day", "synthetic")
        stmts, pos = [Statement(f"{aid}#s0", aid, 0, 0, lines[0][0], "headline", 0, event_date=day)], 0
        gold[f"{aid}#s0"] = lines[0][3]
        for k, (text, kind, speaker, g) in enumerate(lines[1:], start=1):
            background = k == len(lines) - 1
            stmts.append(Statement(f"{aid}#s{k}", aid, pos, pos + len(text), text, kind, k, speaker=speaker,
                                   event_date=None if background else day))  # fmt: skip
            pos += len(text) + 2
            if g:
                gold[f"{aid}#s{k}"] = g
        articles.append(art)
        statements[aid] = tuple(stmts)
    return Corpus(articles, statements, gold, n_events)


def long_article(n_sentences: int, seed: int = 7, repeat_every: int = 25) -> Corpus:
    """One article of ``n_sentences`` statements (a live blog, a long report): facts of many
    events paraphrased as in ``generate``, noise, and every ``repeat_every``-th statement a
    claim of the article said again word for word (``gold`` gives both the same claim id)."""
    rng = random.Random(seed)
    story_list = [_story(rng, k) for k in range(STORIES)]
    published = START + timedelta(hours=9)
    aid = "long_outlet01"
    lines: list[tuple[str, str | None, str | None]] = []  # text, speaker, gold
    for k in range(n_sentences):
        if k and k % repeat_every == 0:
            facts = [x for x in range(len(lines)) if lines[x][2] and lines[x][2].startswith("e")]
            text, speaker, g = lines[facts[rng.randrange(len(facts))]]  # said again, later on
        elif rng.random() < 0.2:
            text, speaker, g = _noise(rng), None, None
        else:
            ev = _event(rng, rng.choice(story_list), START, k)
            pid, names = PEOPLE[ev["story"]["person"]]
            f = rng.choice(ev["facts"])
            template = rng.choice(FACTS[f])
            text = _sentence(rng, template, ev, rng.choice(names), f)
            speaker, g = (pid if "{p}" in template else None), f"e{k}-f{f}"
        lines.append((text, speaker, g))
    day = EventDate(START.date().isoformat(), "day", "synthetic")
    stmts, gold, pos = [], {}, 0
    for k, (text, speaker, g) in enumerate(lines, start=1):
        stmts.append(Statement(f"{aid}#s{k}", aid, pos, pos + len(text), text, "claim", k, speaker=speaker,
                               event_date=day))  # fmt: skip
        pos += len(text) + 2
        if g:
            gold[f"{aid}#s{k}"] = g
    body = "\n\n".join(t for t, *_ in lines)
    art = Article(id=aid, path=f"articles/{aid}.md", source="outlet01", title=None, url=None, published=published,
                  published_text=published.isoformat(), published_has_time=True, body=body, body_line=6)  # fmt: skip
    return Corpus([art], {aid: tuple(stmts)}, gold, n_sentences)


# ---------------------------------------------------------------- real-size articles as files
# For the whole pipeline (``scale.py``, ``profile_export.py``): text as a loader reads it, ~6 KB an
# article like the real collections (about 5,300 characters an article), page furniture
# around it in raw dumps. Article ``i`` is made from (seed, i) alone, so the first n articles
# of a larger corpus are the corpus of n: "+1 article" adds one file and changes none.
# It measures scale, not accuracy: the texts are templated and the figures mean nothing.

REAL_PER_EVENT = 7  # articles an event, from 7 different outlets
REAL_SIZE = (5000, 7200)  # characters of text an article
ROLES = ["the interior minister", "the mayor of {x}", "a spokesman for {o}", "the head of {o}", "an economist",
         "the opposition leader", "a senior diplomat", "the regional governor", "a local councillor",
         "the deputy prime minister", "a police spokeswoman", "the union's leader", "a government adviser"]  # fmt: skip
# {w}: a few words of a large made-up vocabulary, as real text has (most words of a story are
# rare across the corpus: matching blocks on them), {t} {x} {o} {c} {c2} {n} as in FACTS
ACTS = ["said the government would review the {w} budget", "warned that the price of {w} could rise by {n} percent",
        "called for an inquiry into the {w} of the crisis", "told local radio that talks on {w} would continue",
        "visited {x}, where {n} residents had gathered outside the {w}", "denied any {w} by {o}",
        "promised {n} million dollars for {w} in {x}", "said {o} had not been consulted about the {w}",
        "urged residents of {x} to avoid the {w}", "described the {w} as serious but under control",
        "met representatives of {o} to discuss the {w}", "rejected the {w} proposal as too expensive",
        "said more than {n} people had signed the {w} petition", "asked {c2} to reconsider its {w}",
        "pointed to a shortage of {t} and {w} in the north of {c}", "said deliveries of {w} had been delayed",
        "announced a review of the {w} at the port of {x}", "criticised {o} for its {w}",
        "said the {w} figures would be published by the end of the month", "praised the {w} of volunteers in {x}",
        "said {n} inspectors would be sent to the {w} in {x}", "welcomed the {w} of {c2}"]  # fmt: skip
# half the sentences dated
WHEN = [""] * 11 + [" on {wd}", " last week", " earlier this month", " in {mo}", " on {dm} {mo}", " two days ago",
                   " in {yr}", " next month", " this morning", " late on {wd}", " last year"]
QUOTES = ["We will not accept a {w} that leaves {x} behind", "The {w} in {x} is under control",
          "Nobody expected the cost of {w} to rise so fast", "We have asked {o} for answers about the {w}",
          "This is a difficult day for the people of {c}", "Our teams have worked through the night",
          "We need {n} more days to finish the work", "The talks with {c2} will go on"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
NAV = "Home | News | World | {c} | Business | Sport | Opinion | Culture | Video"


def _vocabulary(seed: int, n: int = 20000) -> list[str]:
    """Made-up lower-case words: a vocabulary as large as a news archive's."""
    rng = random.Random(f"{seed}:words")
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(n)]


def _people(seed: int, n: int = 3000) -> list[str]:
    """Fictional people, made of syllables: real collections name thousands."""
    rng = random.Random(f"{seed}:people")
    def part() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return [f"{part()} {part()}" for _ in range(n)]


def _pick(rng: random.Random, items: list):
    """A Zipf-like draw: a few items are named often, most rarely."""
    return items[int(len(items) * rng.random() ** 2)]


def _slots(rng: random.Random, ev: dict) -> dict:
    day = ev["day"]
    own = rng.random() < 0.5  # half the sentences are about the event's city, body, goods; half not
    return {"x": ev["x"] if own else rng.choice(CITIES), "c": ev["story"]["country"], "c2": ev["c2"],
            "o": ev["o"] if own else rng.choice(ORGS), "t": ev["t"] if own else rng.choice(THINGS),
            "n": rng.randint(2, 90), "wd": WEEKDAYS[rng.randrange(7)], "mo": MONTHS[rng.randrange(12)],
            "dm": rng.randint(1, 28), "yr": day.year - rng.randint(1, 12)}  # fmt: skip


def _filler(rng: random.Random, ev: dict, people: list[str], words: list[str]) -> str:
    slots = _slots(rng, ev)
    slots["w"] = " ".join(_pick(rng, words) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.25:  # a quote
        quote = rng.choice(QUOTES).format(**slots)
        who = _pick(rng, people)
        return f'"{quote}," {who} said.' if rng.random() < 0.6 else f'{who} said: "{quote}."'
    who = _pick(rng, people)
    if rng.random() < 0.5:
        who = f"{who}, {rng.choice(ROLES).format(**slots)},"
    text = f"{who} {rng.choice(ACTS).format(**slots)}{rng.choice(WHEN).format(**slots)}."
    return text[0].upper() + text[1:]


def real_event(seed: int, k: int) -> dict:
    rng = random.Random(f"{seed}:event:{k}")
    story = _story(random.Random(f"{seed}:story:{rng.randrange(STORIES)}"), 0)
    day = START + timedelta(days=k * REAL_PER_EVENT // PER_DAY)
    return _event(rng, story, day, k)


def real_article(seed: int, i: int, people: list[str], words: list[str]) -> tuple[str, str, str | None]:
    """Article ``i``: (path in content/, its text, its sidecar or None); a third are raw dumps."""
    k = i // REAL_PER_EVENT
    ev = real_event(seed, k)
    rng = random.Random(f"{seed}:article:{i}")
    outlet = OUTLETS[(k + 3 * (i % REAL_PER_EVENT)) % len(OUTLETS)]
    published = ev["day"] + timedelta(hours=rng.randint(6, 40), minutes=rng.randrange(60))
    name = rng.choice(PEOPLE[ev["story"]["person"]][1])
    facts = rng.sample(ev["facts"], rng.choice([3, 4, 5]))
    paragraphs = []
    for f in facts:
        para = [_sentence(rng, rng.choice(FACTS[f]), ev, name, f)]
        para += [_filler(rng, ev, people, words) for _ in range(rng.randint(2, 4))]
        paragraphs.append(para)
    slots = _slots(rng, ev)
    paragraphs.append([BACKGROUND[rng.randrange(len(BACKGROUND))].format(**slots)])
    size = rng.randint(*REAL_SIZE)
    while sum(len(s) + 1 for p in paragraphs for s in p) < size:
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1),
                          [_filler(rng, ev, people, words) for _ in range(rng.randint(2, 5))])
    title = FACTS[facts[0]][0].format(p=name.split()[-1], c=ev["story"]["country"], c2=ev["c2"], x=ev["x"],
                                      n=_fact_number(ev, facts[0]), t=ev["t"], o=ev["o"], d=ev["d"])  # fmt: skip
    title = title[0].upper() + title[1:]
    aid = f"{i:06d}-{outlet}"
    meta = f"title: {title!r}\nsource: {outlet}\npublished: {published.isoformat()}\n"
    if i % 3:
        body = "\n\n".join(" ".join(p) for p in paragraphs)
        return f"articles/{aid}.md", f"---\n{meta}---\n{body}\n", None
    credit = f"(Photo: {_pick(rng, people)} / Outlet {outlet[-2:]})"
    lines = [NAV.format(c=ev["story"]["country"]), title, f"By {_pick(rng, people)}",
             published.strftime("%d.%m.%Y %H:%M")]  # fmt: skip
    lines += [" ".join(p) for p in paragraphs[:2]] + [f"Residents of {ev['x']} on {slots['wd']}.", credit]
    lines += [" ".join(p) for p in paragraphs[2:]] + ["Read more:"]
    lines += [_filler(rng, real_event(seed, k + j), people, words).rstrip(".") for j in (1, 2, 3)]
    return f"articles/{aid}.txt", "\n".join(lines) + "\n", meta


def real_path(seed: int, i: int) -> str:
    """Where ``write_real`` puts article ``i`` (its text file) in the content folder."""
    return real_article(seed, i, _people(seed), _vocabulary(seed))[0]


def real_corpus(n_articles: int, seed: int = 7, root: Path = Path("/tmp/claimline-bench")) -> Path:
    """The content folder of ``n_articles`` real-size articles under ``root``, written once and reused."""
    out = root / f"real-{n_articles}-s{seed}"
    if not (out / ".complete").is_file():  # a hidden file: the loader skips it
        shutil.rmtree(out, ignore_errors=True)
        size = write_real(n_articles, out, seed)
        (out / ".complete").write_text(str(size))
    return out


def write_real(n_articles: int, out: Path, seed: int = 7, start: int = 0) -> int:
    """Articles ``start`` .. ``n_articles - 1`` into ``out`` (a content folder); bytes written."""
    (out / "articles").mkdir(parents=True, exist_ok=True)
    if not start:
        (out / "sources.yml").write_text("".join(f"{o}:\n  name: Outlet {o[-2:]}\n" for o in OUTLETS),
                                         encoding="utf-8")
    people, words, written = _people(seed), _vocabulary(seed), 0
    for i in range(start, n_articles):
        path, text, sidecar = real_article(seed, i, people, words)
        (out / path).write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        if sidecar is not None:
            (out / path).with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    return written


def write(corpus: Corpus, out: Path) -> None:
    """A content folder claimline can build: ``sources.yml`` and one Markdown file per article."""
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "sources.yml").write_text(
        "".join(f"{o}:\n  name: Outlet {o[-2:]}\n" for o in OUTLETS), encoding="utf-8"
    )
    for a in corpus.articles:
        front = f"---\ntitle: {a.title!r}\nsource: {a.source}\npublished: {a.published_text}\n---\n"
        (out / a.path).write_text(front + a.body + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", type=int)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--real", action="store_true", help="real-size articles as files (~6 KB, furniture and all)")
    args = ap.parse_args()
    if args.real:
        size = write_real(args.articles, args.out, args.seed)
        print(f"wrote {args.articles} real-size articles ({size / 1e6:.1f} MB) to {args.out} (scale, not accuracy)")
        return
    corpus = generate(args.articles, args.seed)
    write(corpus, args.out)
    print(f"wrote {len(corpus.articles)} articles about {corpus.events} events to {args.out}")


if __name__ == "__main__":
    main()
