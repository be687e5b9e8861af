"""The two seed articles as the statement, date and entity stages should hand them over.

Built by hand, so the claim and event stages can be tested on their own: every statement is
a span of the real seed text (offsets found in the body), with the kind, speaker and event
date a careful reader would give it. ``inferred=False`` is the first pass, when Iran Press
has no publication date yet and only its absolute date ("July 1, 2020") is resolved.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from generator.model import Article, DateMention, Entity, EventDate, Statement

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content" / "articles"
JPOST = "000_5efe35e3d0ae01af"
IRANPRESS = "003_7ec76ce6e3ea2a69"
AYYOUB = "ali-abdullah-ayyoub"
BAGHERI = "mohammad-bagheri"

ENTITIES = [
    Entity(AYYOUB, "Ali Abdullah Ayyoub", ("Ayyoub", "Ali Ayyoub"), "person"),
    Entity(BAGHERI, "Mohammad Bagheri", ("Mohammad Baqeri", "Bagheri", "Baqeri"), "person"),
    Entity("hassan-rouhani", "Hassan Rouhani", (), "person"),
]

# (text, kind, speaker, dated) ; dated: True = the article's day, a str = that day, None = background
JPOST_STATEMENTS = [
    ("The two officials discussed the situation in Syria and the need for \"foreign forces who entered the country illegally\" to withdraw.", "claim", None, True),
    ("Syrian Defense Minister Ali Abdullah Ayyoub and Chief of Staff for the Armed Forces of the Islamic Republic of Iran Mohammad Bagheri signed a military cooperation agreement on Wednesday,", "claim", None, True),
    ("including a commitment by Iran to strengthen Syrian air defense systems, according to Lebanon's Al-Mayadeen news.", "claim", None, True),
    ("The two officials discussed the situation in Syria and the need for \"foreign forces who entered the country illegally\" to withdraw.", "claim", None, True),
    ("Ayyoub stated that the Caesar Act, a series of US sanctions on the Assad regime and its supporters, is fighting Syrians with their food, medicine and children", "claim", AYYOUB, True),
    ("and stressed the need to confront the sanctions, according to Al-Mayadeen.", "claim", AYYOUB, True),
    ("\"If the American administrations were able to subjugate Syria, Iran and the axis of resistance, they would not be delayed for a moment,\" said Ayyoub at a press conference about the agreement.", "quote", AYYOUB, True),
    ("The Syrian defense minister stated that the Syrian army is headed for \"victory\"", "claim", AYYOUB, True),
    ("and stressed that Israel is a strong partner in the war against Syria", "claim", AYYOUB, True),
    ("and that rebel groups are \"part of the Israeli aggression,\" according to Al-Mayadeen.", "claim", AYYOUB, True),
    ("Israel has allegedly carried out dozens of airstrikes in recent years against Iranian and Syrian targets throughout Syria.", "claim", None, None),
    ("Air defenses are regularly activated during attacks, but damage is usually reported at the sites in any case.", "claim", None, None),
    ("Russia has provided air defense systems to Syria as well.", "claim", None, None),
    ("Bagheri stated at the press conference that \"Turkey is a little late in implementing its commitment to Astana understandings to get terrorist groups out of Syria.\"", "quote", BAGHERI, True),
    ("The Iranian official added that Turkey needs to realize that the solution to its security issues is through negotiation and understanding with Syria, not by being present in Syrian territory.", "claim", BAGHERI, True),
]

IRANPRESS_STATEMENTS = [
    ("Syrian Defense Minister and the Chief of Staff of the Armed Forces of the Islamic Republic of Iran signed an agreement on expanding military cooperation.", "claim", None, True),
    ("Iran Press/Iran News: The agreement, signed by the Syrian Defense Minister General Ali Abdullah Ayyoub and Chief of Staff of the Armed Forces of the Islamic Republic of Iran Maj. Gen. Mohammad Baqeri on Wednesday, emphasizes the expansion of military and security cooperation in the field of armed forces and the continuation of coordination.", "claim", None, True),
    ("In today's conversation, both sides discussed the situation in Syria and the need for the withdrawal of foreign forces that have entered the country illegally.", "claim", None, True),
    ("\"If the US government had been able to bring Iran, Syria, and the axis of resistance to its knees, it would not have been delayed for a moment,\" Ali Ayyoub said.", "quote", AYYOUB, True),
    ("Referring to the Caesar Act, which is a series of US sanctions against Syria, he said, \"Caesar Act fights the Syrian people in providing food, and medicine.", "quote", AYYOUB, True),
    ("We are trying to deal with the consequences of this act.\"", "quote", AYYOUB, True),
    ("\"Israel is a strong partner in the war against Syria,\" he said.", "quote", AYYOUB, True),
    ("\"Terrorist groups are part of the Israeli aggression.\"", "quote", AYYOUB, True),
    ("Maj. Gen. Baqeri, for his part, said: \"We will strengthen Syrian air defense systems in order to strengthen military cooperation between the two countries.\"", "quote", BAGHERI, True),
    ("\"Turkey is a little late in implementing its commitment to Astana understandings to get terrorist groups out of Syria.\" Mohammad Baqeri added.", "quote", BAGHERI, True),
    ("\"Turkey needs to realize that the solution to its security issues is through negotiation and understanding with Syria, not by being present in Syrian territory,\" added.", "quote", BAGHERI, True),
    ("\"The people and countries of the region do not welcome the presence of the United States.", "quote", BAGHERI, True),
    ("The signed agreement raises our will to work together to counter US pressure,\" he concluded.", "quote", BAGHERI, True),
    ("Earlier at the 6th tripartite summit of the Astana Peace Process on July 1, 2020, with the participation of the Presidents of the Islamic Republic of Iran, the Russian Federation, and the Republic of Turkey, Iran's President Hassan Rouhani condemned any sanctions against any nations in the world, especially Syria, saying that Iran will continue to support the Syrian government and people with greater vigor.", "claim", "hassan-rouhani", "2020-07-01"),
]


def articles(inferred: bool = True) -> list[Article]:
    jpost_body = (CONTENT / f"{JPOST}.txt").read_text(encoding="utf-8")
    iran_body = (CONTENT / f"{IRANPRESS}.txt").read_text(encoding="utf-8")
    jpost = Article(
        id=JPOST, path=f"articles/{JPOST}.txt", source="jpost",
        title="Iran commits to improve Syrian air defenses in military cooperation deal",
        url="https://www.jpost.com/x", published=datetime(2020, 7, 8, 14, 47, tzinfo=timezone(timedelta(hours=3))),
        published_text="2020-07-08T14:47:00+03:00", published_has_time=True, body=jpost_body, body_line=1,
    )  # fmt: skip
    iran = Article(
        id=IRANPRESS, path=f"articles/{IRANPRESS}.txt", source="iranpress", title=None, url=None,
        published=None, published_text=None, published_has_time=False, body=iran_body, body_line=1,
    )  # fmt: skip
    if inferred:
        iran = replace(
            iran, published=datetime(2020, 7, 8, tzinfo=UTC), published_text="2020-07-08", published_inferred=True
        )
    return [jpost, iran]


def _event_date(value: str, how: str, mention: DateMention | None = None) -> EventDate:
    return EventDate(value=value, precision="day", how=how, mention=mention)


def statements(article: Article, spec=None) -> tuple[Statement, ...]:
    """The hand-made statements of one seed article, with offsets found in its body."""
    spec = spec or (JPOST_STATEMENTS if article.id == JPOST else IRANPRESS_STATEMENTS)
    out = []
    if article.title:
        out.append(Statement(f"{article.id}#s0", article.id, 0, 0, article.title, "headline", 0,
                             event_date=_article_date(article)))  # fmt: skip
    pos = 0
    for n, (text, kind, speaker, dated) in enumerate(spec, start=1):
        found = re.compile(r"\s+".join(re.escape(w) for w in text.split())).search(article.body, pos)
        assert found, f"not in {article.id}: {text[:60]}"
        start, pos, text = found.start(), found.end(), found.group()
        mentions: tuple[DateMention, ...] = ()
        event_date = None
        if dated is True:
            event_date = _article_date(article)
        elif isinstance(dated, str):
            i = text.index("July 1, 2020")
            m = DateMention("July 1, 2020", start + i, start + i + 12, dated, "day", "absolute date")
            mentions = (m,)
            event_date = _event_date(dated, 'absolute date in text: "on July 1, 2020"', m)
        out.append(
            Statement(f"{article.id}#s{n}", article.id, start, pos, text, kind, n,
                      quoted=kind == "quote", speaker=speaker, dates=mentions, event_date=event_date)
        )  # fmt: skip
    return tuple(out)


def _article_date(article: Article) -> EventDate | None:
    if article.published is None:
        return None
    day = article.published.date().isoformat()
    return _event_date(day, f"publication date {day}")


def seed(inferred: bool = True) -> tuple[list[Article], dict[str, tuple[Statement, ...]]]:
    arts = articles(inferred)
    return arts, {a.id: statements(a) for a in arts}
