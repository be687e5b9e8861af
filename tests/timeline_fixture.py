"""A hand-built Timeline, so pages and exports are tested apart from the pipeline.

Two outlets report one agreement in different words ("rebel groups" / "Terrorist groups",
"dozens" / "12"), plus a third, hostile outlet whose every field tries to inject HTML,
Markdown, attr_list attributes, Jinja and ``javascript:`` URLs into the site.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from generator.model import (
    Article,
    Claim,
    DateMention,
    Entity,
    Event,
    EventDate,
    Mention,
    Segment,
    Source,
    Statement,
    Timeline,
)

HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> [click](javascript:alert(2)) '
    "{{ 7*7 }} {% raw %} {: onclick=\"alert(3)\" } **bold** `code` <a href=\"javascript:alert(4)\">a</a>"
    "</title><svg onload=alert(11)>"
)
HOSTILE_URL = "javascript:alert(5)"

JPOST_BODY = (
    "The Jerusalem Post - Israel News Opinion Middle East\n"
    "Iran commits to improve Syrian air defenses\n"
    "\n"
    "Ayyoub and Bagheri signed a military cooperation agreement on Wednesday.\n"
    "Ayyoub said rebel groups are part of the Israeli aggression.\n"
    "Israel has carried out dozens of airstrikes in recent years.\n"
)
IRAN_BODY = (
    "Syria and Iran signed an agreement on expanding military cooperation on Wednesday.\n"
    "\n"
    '"Terrorist groups are part of the Israeli aggression," he said.\n'
    "Israel carried out 12 airstrikes.\n"
    "Earlier on July 1, 2020, Rouhani condemned sanctions on Syria.\n"
    "\n"
    "Read More:\n"
)
EVIL_BODY = f"{HOSTILE}\nThe agreement was signed on Wednesday. {HOSTILE}\n"


def _stmt(article: str, body: str, n: int, text: str, kind: str, **kw) -> Statement:
    start = body.index(text)
    return Statement(id=f"{article}#s{n}", article=article, start=start, end=start + len(text), text=text,
                     kind=kind, sentence=n, **kw)


def _date(body: str, text: str, value: str, precision: str, anchor: str, within: str) -> DateMention:
    start = body.index(text, body.index(within))
    return DateMention(text=text, start=start, end=start + len(text), value=value, precision=precision,
                       anchor=anchor)


def make_timeline() -> Timeline:
    il = timezone(timedelta(hours=3))
    sources = (
        Source("iranpress", "Iran Press", "https://iranpress.com", "Iran", "state media"),
        Source("jpost", "The Jerusalem Post", "https://www.jpost.com", "Israel", "newspaper"),
        Source("evil", f"Evil {HOSTILE}", HOSTILE_URL, HOSTILE, HOSTILE),
    )
    articles = (
        Article(id="000_jpost", path="articles/000_jpost.txt", source="jpost",
                title="Iran commits to improve Syrian air defenses", url="https://www.jpost.com/middle-east/a-1",
                published=datetime(2020, 7, 8, 14, 47, tzinfo=il), published_text="2020-07-08T14:47:00+03:00",
                published_has_time=True, body=JPOST_BODY, body_line=1, author="Jerusalem Post Staff",
                tags=("syria", "iran")),
        Article(id="003_iranpress", path="articles/003_iranpress.txt", source="iranpress", title=None,
                url="https://iranpress.com/content/1", published=datetime(2020, 7, 8, tzinfo=UTC),
                published_text=None, published_has_time=False, body=IRAN_BODY, body_line=1,
                tags=("syria",), published_inferred=True),
        Article(id="evil <x>", path="articles/evil <x>.md", source="evil", title=f"Title {HOSTILE}",
                url=HOSTILE_URL, published=datetime(2020, 7, 9, 9, 0, tzinfo=UTC),
                published_text="2020-07-09T09:00:00+00:00", published_has_time=True, body=EVIL_BODY,
                body_line=5, author=HOSTILE, tags=(HOSTILE, "syria")),
    )
    wed = EventDate("2020-07-08", "day", "weekday of the publication date (Wed 2020-07-08)")
    jul1 = EventDate("2020-07-01", "day", 'absolute date in text: "on July 1, 2020"')
    j, i, e = JPOST_BODY, IRAN_BODY, EVIL_BODY
    jpost_stmts = (
        Statement(id="000_jpost#s0", article="000_jpost", start=0, end=0,
                  text="Iran commits to improve Syrian air defenses", kind="headline", sentence=0),
        _stmt("000_jpost", j, 1, "The Jerusalem Post - Israel News Opinion Middle East", "boilerplate",
              boilerplate_reason="navigation"),
        _stmt("000_jpost", j, 2, "Ayyoub and Bagheri signed a military cooperation agreement on Wednesday.", "claim",
              dates=(_date(j, "on Wednesday", "2020-07-08", "day",
                           "weekday of the publication date (Wed 2020-07-08)", "agreement on Wednesday"),),
              event_date=wed),
        _stmt("000_jpost", j, 3, "Ayyoub said rebel groups are part of the Israeli aggression.", "claim",
              speaker_name="Ayyoub", speaker="ali-abdullah-ayyoub", event_date=wed),
        _stmt("000_jpost", j, 4, "Israel has carried out dozens of airstrikes in recent years.", "context",
              dates=(_date(j, "in recent years", "PAST_REF", "vague", "vague past", "airstrikes in recent years"),)),
    )
    iran_stmts = (
        _stmt("003_iranpress", i, 0, "Syria and Iran signed an agreement on expanding military cooperation on Wednesday.",
              "headline", event_date=wed),
        _stmt("003_iranpress", i, 1, '"Terrorist groups are part of the Israeli aggression," he said.', "quote",
              quoted=True, speaker_name="Ali Ayyoub", speaker="ali-abdullah-ayyoub", event_date=wed),
        _stmt("003_iranpress", i, 2, "Israel carried out 12 airstrikes.", "context"),
        _stmt("003_iranpress", i, 3, "Earlier on July 1, 2020, Rouhani condemned sanctions on Syria.", "claim",
              speaker_name="Rouhani", speaker="hassan-rouhani",
              dates=(_date(i, "on July 1, 2020", "2020-07-01", "day", "absolute date", "Earlier on July"),),
              event_date=jul1),
        _stmt("003_iranpress", i, 4, "Read More:", "boilerplate", boilerplate_reason="related links"),
    )
    evil_stmts = (
        Statement(id="evil <x>#s0", article="evil <x>", start=0, end=0, text=f"Title {HOSTILE}", kind="headline",
                  sentence=0),
        _stmt("evil <x>", e, 1, "The agreement was signed on Wednesday.", "claim", event_date=wed,
              speaker="hostile <entity>", speaker_name=HOSTILE,
              dates=(_date(e, "on Wednesday", "2020-07-08", "day", HOSTILE, "signed on Wednesday"),)),
        Statement(id="evil <x>#s2", article="evil <x>", start=e.index(HOSTILE, 10), end=len(e) - 1,
                  text=HOSTILE, kind="quote", sentence=2, quoted=True, speaker="hostile <entity>",
                  attributed_to=HOSTILE, event_date=wed),
    )
    segments = {
        "000_jpost": (Segment(0, j.index("\n"), j[: j.index("\n")], True, "navigation"),
                      Segment(j.index("\n"), len(j), j[j.index("\n"):], False)),
        "003_iranpress": (Segment(0, i.index("Read More"), i[: i.index("Read More")], False),
                          Segment(i.index("Read More"), len(i), i[i.index("Read More"):], True, "related links")),
        "evil <x>": (Segment(0, len(e), e, False),),
    }
    entities = (
        Entity("ali-abdullah-ayyoub", "Ali Abdullah Ayyoub", ("Ayyoub", "Ali Ayyoub"), "person",
               "Syrian Defense Minister", editor=True),
        Entity("hassan-rouhani", "Hassan Rouhani", (), "person", "President of Iran"),
        Entity("hostile <entity>", f"Mr {HOSTILE}", (HOSTILE,), "body", HOSTILE),
    )
    mentions = (
        Mention("Ayyoub", j.index("Ayyoub"), j.index("Ayyoub") + 6, "000_jpost#s2", "ali-abdullah-ayyoub"),
        Mention("Rouhani", i.index("Rouhani"), i.index("Rouhani") + 7, "003_iranpress#s3", "hassan-rouhani"),
    )
    signed = Claim("c-signed", "Syria and Iran signed a military cooperation agreement.",
                   ("000_jpost#s2", "003_iranpress#s0", "evil <x>#s1"), ("evil", "iranpress", "jpost"),
                   flags=("wording_differs",), date=wed)
    groups = Claim("c-groups", "Ayyoub said armed groups are part of the Israeli aggression.",
                   ("000_jpost#s3", "003_iranpress#s1"), ("iranpress", "jpost"), speaker="ali-abdullah-ayyoub",
                   flags=("wording_differs",), date=wed)
    evil = Claim("c-evil", HOSTILE, ("evil <x>#s2",), ("evil",), speaker="hostile <entity>",
                 flags=("single_source",), date=wed)
    strikes = Claim("c-strikes", "Israel has carried out airstrikes in Syria.", ("000_jpost#s4", "003_iranpress#s2"),
                    ("iranpress", "jpost"), flags=("number_differs", "wording_differs"),
                    numbers=(("iranpress", "12"), ("jpost", "dozens")))
    rouhani = Claim("c-rouhani", "Rouhani condemned sanctions on Syria.", ("003_iranpress#s3",), ("iranpress",),
                    speaker="hassan-rouhani", flags=("single_source",), date=jul1)
    events = (
        Event("2020-07-01-astana-summit", "2020-07-01", "day", jul1.how, "Rouhani condemns sanctions on Syria",
              (rouhani,)),
        Event("2020-07-08-military-agreement", "2020-07-08", "day", wed.how,
              "Iran and Syria sign a military cooperation agreement", (signed, groups, evil), (strikes,),
              editor=("title",)),
        Event("2020-09-evil", "2020-09", "month", HOSTILE, f"Evil {HOSTILE}", (), status="announced",
              announced_in="2020-07-08-military-agreement"),
    )
    return Timeline(
        sources=sources,
        articles=articles,
        segments=segments,
        statements={"000_jpost": jpost_stmts, "003_iranpress": iran_stmts, "evil <x>": evil_stmts},
        entities=entities,
        mentions=mentions,
        events=events,
    )


# Values coarser than a day, each as an event of its own (no claims: only its date matters).
COARSE = (
    ("2020-06-15", "day", "A day in mid-June"),
    ("2020-W28", "week", "A week in July"),
    ("2020-SU", "season", "A summer event"),
    ("2020-Q3", "quarter", "A third-quarter event"),
    ("2020", "year", "An event sometime in 2020"),
    ("2020-07", "month", "A July event"),
)


def make_coarse_timeline() -> Timeline:
    """The fixture timeline plus a week, a season, a quarter, a year and two finer neighbours."""
    t = make_timeline()
    extra = tuple(Event(f"{v.lower()}-{title.split()[1].lower()}", v, p, "as written", title, ()) for v, p, title in COARSE)
    return Timeline(sources=t.sources, articles=t.articles, segments=t.segments, statements=t.statements,
                    entities=t.entities, mentions=t.mentions, events=tuple(sorted(t.events + extra, key=lambda e: (e.date, e.id))))
