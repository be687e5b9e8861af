"""Date stage: a table of expressions in sentences, then resolve() on real statements.

Each row: (phrase, sentence, publication datetime as the editor writes it, expected value,
expected precision). A publication without "T" is a bare date (no time of day); None is an
article whose date is not known yet. Expected value None means: no date may be found there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from generator.model import Article, DateMention, Overrides, Statement
from generator.stages.dates import VALUE_RE, find_dates, resolve

JPOST = "2020-07-08T14:47:00+03:00"  # a Wednesday afternoon in Israel
IRANPRESS = "2020-07-08"  # inferred, no time of day

CASES = [
    # ---- the seeds
    ("Wednesday", "Syrian Defense Minister Ali Abdullah Ayyoub and Chief of Staff Mohammad Bagheri signed a "
     "military cooperation agreement on Wednesday, including a commitment by Iran.", JPOST, "2020-07-08", "day"),
    ("Wednesday", "The agreement, signed by General Ali Abdullah Ayyoub and Maj. Gen. Mohammad Baqeri on "
     "Wednesday, emphasizes the expansion of military cooperation.", IRANPRESS, "2020-07-08", "day"),
    ("July 1, 2020", "Earlier at the 6th tripartite summit of the Astana Peace Process on July 1, 2020, "
     "Iran's President Hassan Rouhani condemned any sanctions.", IRANPRESS, "2020-07-01", "day"),
    ("July 1, 2020", "Earlier at the 6th tripartite summit on July 1, 2020, Rouhani condemned sanctions.",
     None, "2020-07-01", "day"),
    ("today's", "In today's conversation, both sides discussed the situation in Syria.", IRANPRESS,
     "2020-07-08", "day"),
    ("in recent years", "Israel has allegedly carried out dozens of airstrikes in recent years against "
     "Iranian and Syrian targets throughout Syria.", JPOST, "PAST_REF", "vague"),
    ("February 2016", "A man carries a giant flag during a ceremony marking the 37th anniversary of the "
     "founding of the republic, in Riverton, February 2016", JPOST, "2016-02", "month"),
    ("JULY 8, 2020", "JULY 8, 2020 14:47", JPOST, "2020-07-08", "day"),
    ("2020-07-08", "date 2020-07-08 The Jerusalem Post - Israel News", JPOST, "2020-07-08", "day"),
    # ---- absolute and partial dates keep their own precision
    ("May 2010", "The plant closed in May 2010.", JPOST, "2010-05", "month"),
    ("March 1, 2008", "The contract was awarded on March 1, 2008.", JPOST, "2008-03-01", "day"),
    ("11 December", "The talks ended on 11 December.", "2010-01-25", "2009-12-11", "day"),
    ("1st of July 2020", "The law took effect on the 1st of July 2020.", JPOST, "2020-07-01", "day"),
    ("Sept. 11, 2001", "The attacks of Sept. 11, 2001 changed air travel.", JPOST, "2001-09-11", "day"),
    ("Jan. 5", "Voting began Jan. 5 in the north.", "2020-02-10", "2020-01-05", "day"),
    ("7/8/07", "The order was placed on 7/8/07 by the airline.", "2007-07-09", "2007-07-08", "day"),
    ("08.07.2020", "Signed 08.07.2020 in Damascus.", JPOST, "2020-07-08", "day"),
    ("2019", "Sanctions were imposed in 2019.", JPOST, "2019", "year"),
    ("2011", "Deliveries start in mid-2011.", "2010-10-23", "2011", "year"),
    ("2000", "Prices fell in 1999-2000.", JPOST, "2000", "year"),
    ("1999", "Prices fell in 1999-2000.", JPOST, "1999", "year"),
    ("the 1990s", "The aircraft was designed in the 1990s.", JPOST, "199", "decade"),
    ("'90s", "Sales peaked in the '90s.", JPOST, "199", "decade"),
    ("the 20th century", "It was the bloodiest war of the 20th century.", JPOST, "19", "century"),
    ("the twenty-first century", "The challenges of the twenty-first century are new.", JPOST, "20", "century"),
    ("19th-century", "They restored a 19th-century palace.", JPOST, "18", "century"),
    ("Q3 2020", "Revenue rose in Q3 2020.", JPOST, "2020-Q3", "quarter"),
    ("the first quarter of 2009", "GM lost money in the first quarter of 2009.", JPOST, "2009-Q1", "quarter"),
    ("the fourth quarter", "GM lost money in the fourth quarter.", "2007-03-13", "2006-Q4", "quarter"),
    ("the third quarter", "Sales will recover in the third quarter.", "2009-05-07", "2009-Q3", "quarter"),
    ("last quarter", "Profits doubled last quarter.", JPOST, "2020-Q2", "quarter"),
    ("summer 2009", "The jet flew in summer 2009.", JPOST, "2009-SU", "season"),
    ("last summer", "The plant flooded last summer.", JPOST, "2019-SU", "season"),
    ("next spring", "The line opens next spring.", JPOST, "2021-SP", "season"),
    ("this winter", "Fuel will be scarce this winter.", "2020-11-10", "2020-WI", "season"),
    ("the fall of 2011", "The model launches in the fall of 2011.", JPOST, "2011-FA", "season"),
    ("spring", "It's too early to see a trend, but spring shows signs of hope.", "2009-04-01", "2009-SP",
     "season"),
    ("Autumn", "The IMF and the World Bank held their Autumn meetings.", "2008-10-13", "2008-FA", "season"),
    # ---- days relative to publication, in the article's own time zone
    ("yesterday", "The minister resigned yesterday.", JPOST, "2020-07-07", "day"),
    ("today", "The minister resigns today.", JPOST, "2020-07-08", "day"),
    ("tomorrow", "The vote will take place tomorrow.", JPOST, "2020-07-09", "day"),
    ("tonight", "The president speaks tonight.", JPOST, "2020-07-08", "day"),
    ("last night", "Rockets were fired at the base last night.", "2020-07-08T00:20:00+02:00", "2020-07-07", "day"),
    ("today", "The border reopens today.", "2020-07-08T00:20:00+02:00", "2020-07-08", "day"),
    ("today", "The border reopens today.", "2020-07-07T23:30:00-05:00", "2020-07-07", "day"),
    ("yesterday", "Troops withdrew yesterday.", "2020-07-08T01:00:00+09:00", "2020-07-07", "day"),
    ("the day before yesterday", "The ship sank the day before yesterday.", JPOST, "2020-07-06", "day"),
    ("this morning", "Markets opened lower this morning.", JPOST, "2020-07-08", "day"),
    ("earlier today", "The court ruled earlier today.", JPOST, "2020-07-08", "day"),
    ("Yesterday", "Yesterday, GM announced job cuts.", "2010-06-08", "2010-06-07", "day"),
    # ---- weekdays follow the tense of their clause
    ("Monday", "The two leaders met on Monday.", JPOST, "2020-07-06", "day"),
    ("Monday", "The two leaders will meet on Monday.", JPOST, "2020-07-13", "day"),
    ("next Monday", "Talks resume next Monday.", JPOST, "2020-07-13", "day"),
    ("last Friday", "The deal was signed last Friday.", JPOST, "2020-07-03", "day"),
    ("Friday", "Voting is scheduled to begin on Friday.", JPOST, "2020-07-10", "day"),
    ("Wednesday", "The summit opened on Wednesday.", JPOST, "2020-07-08", "day"),
    ("Thursday", "Officials said Thursday that the border was closed.", JPOST, "2020-07-02", "day"),
    ("Friday", "Apple Inc. announced Friday that it will give owners of its new iPhone a free case.",
     "2010-07-17", "2010-07-16", "day"),
    ("Friday", "Russian markets to remain closed until Friday", "2008-09-18", "2008-09-19", "day"),
    ("Tuesday", "The ministers are going to sign the treaty on Tuesday.", JPOST, "2020-07-14", "day"),
    ("Sunday", "Polls close on Sunday, officials said.", JPOST, "2020-07-05", "day"),
    # a purpose infinitive after a finite past verb does not make the clause future
    ("Monday", "The ministers met on Monday to sign the deal.", JPOST, "2020-07-06", "day"),
    ("Tuesday", "The foreign minister travelled to Moscow on Tuesday to meet Putin.", JPOST, "2020-07-07", "day"),
    ("Monday", "The leaders met in Vienna to sign the deal on Monday.", JPOST, "2020-07-06", "day"),
    ("Monday", "The ministers met on Monday to be briefed.", JPOST, "2020-07-06", "day"),
    ("Monday", "The leaders met to sign the deal on Monday.", JPOST, "2020-07-06", "day"),
    ("Monday", "Negotiators failed to sign the deal on Monday.", JPOST, "2020-07-06", "day"),
    ("May 1", "The ministers met on May 1 to sign the deal.", JPOST, "2020-05-01", "day"),
    ("Monday", "Talks May resume on Monday.", JPOST, "2020-07-13", "day"),
    # ... but one that looks ahead still does
    ("Friday", "They agreed to meet on Friday.", JPOST, "2020-07-10", "day"),
    ("Friday", "The talks were to be held on Friday.", JPOST, "2020-07-10", "day"),
    ("Friday", "Leaders to meet on Friday", JPOST, "2020-07-10", "day"),
    ("Friday", "Talks collapsed in Vienna, and leaders to meet on Friday.", JPOST, "2020-07-10", "day"),
    # ---- months, weeks, years without their year
    ("June", "The company expects deliveries to start in June.", "2020-03-10", "2020-06", "month"),
    ("June", "Sales fell sharply in June.", "2020-03-10", "2019-06", "month"),
    ("December", "Production halted in December.", "2020-01-15", "2019-12", "month"),
    ("January", "The factory will reopen in January.", "2020-11-20", "2021-01", "month"),
    ("August 20", "The ministers met on August 20.", JPOST, "2019-08-20", "day"),
    ("August 20", "The ministers will meet on August 20.", JPOST, "2020-08-20", "day"),
    # a month and day without a year follow the tense across the year's end, as months do
    ("Dec. 30", "The summit will take place on Dec. 30.", "2021-01-05", "2021-12-30", "day"),
    ("Jan. 2", "The summit took place on Jan. 2.", "2021-01-05", "2021-01-02", "day"),
    ("Dec. 7", "The summit took place on Dec. 7.", "2021-01-05", "2020-12-07", "day"),
    ("Jan. 7", "The summit took place on Jan. 7.", "2021-01-05", "2020-01-07", "day"),
    # in a future clause a day of the publication's month is of its year (the tense read from
    # another clause, "will remain", costs a day, not a year)
    ("March 11", "The state of emergency, declared on March 11, will remain in force.", "2026-03-12",
     "2026-03-11", "day"),
    ("December", "The summit will take place in December.", "2021-01-05", "2021-12", "month"),
    ("February", "The summit took place in February.", "2021-01-05", "2020-02", "month"),
    ("March", "The summit will take place in March.", "2021-01-05", "2021-03", "month"),
    ("last month", "Exports dropped last month.", JPOST, "2020-06", "month"),
    ("next month", "Exports will resume next month.", JPOST, "2020-08", "month"),
    ("this month", "Exports rose this month.", JPOST, "2020-07", "month"),
    ("last year", "Exports dropped last year.", JPOST, "2019", "year"),
    ("next year", "The plant closes next year.", JPOST, "2021", "year"),
    ("this year", "The plant closes this year.", JPOST, "2020", "year"),
    ("this week", "The cabinet meets this week.", JPOST, "2020-W28", "week"),
    ("last week", "The cabinet met last week.", JPOST, "2020-W27", "week"),
    ("next week", "The cabinet meets next week.", JPOST, "2020-W29", "week"),
    ("this weekend", "The tour resumes this weekend.", "2010-01-25", "2010-W04-WE", "week"),
    ("October of next year", "Franchises won't be renewed after October of next year.", "2009-05-15",
     "2010-10", "month"),
    ("November", "Stocks had their best week since November.", "2009-03-13", "2008-11", "month"),
    ("the past decade", "Prices doubled over the past decade.", "2011-01-17", "200", "decade"),
    ("this century", "The worst crash this century.", JPOST, "20", "century"),
    # ---- narrative: counted from the date named last
    ("the next day", "The summit opened on July 1, 2020. The leaders signed the declaration the next day.",
     JPOST, "2020-07-02", "day"),
    ("two days later", "Rouhani arrived on July 1, 2020, and left two days later.", JPOST, "2020-07-03", "day"),
    ("that week", "The ministers met on July 1, 2020. Later that week the ceasefire collapsed.", JPOST,
     "2020-W27", "week"),
    ("the day before", "The strike began on Friday, March 13, 2009. Talks had failed the day before.",
     "2009-03-14", "2009-03-12", "day"),
    ("the day", "Stocks rallied on March 12, 2009, and the Dow ended the day up 3%.", "2009-03-13",
     "2009-03-12", "day"),
    ("the following Monday", "The summit opened on July 1, 2020, and closed the following Monday.", JPOST,
     "2020-07-06", "day"),
    ("the next week", "The ministers met on July 1, 2020 and again the next week.", JPOST, "2020-W28", "week"),
    ("a week ago", "The quake struck a week ago.", "2011-03-18", "2011-03-11", "day"),
    ("three years ago", "The factory opened three years ago.", JPOST, "2017", "year"),
    ("the same month a year ago", "Sales in January 2009 fell 37% from the same month a year ago.",
     "2009-02-03", "2008-01", "month"),
    ("the previous year", "Profits rose in 2008 after losses the previous year.", JPOST, "2007", "year"),
    ("the entire year", "GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the "
     "entire year.", "2006-01-27", "2005", "year"),
    # ---- vague stays vague
    ("currently", "The plant is currently closed.", JPOST, "PRESENT_REF", "vague"),
    ("now", "The plant is now closed.", JPOST, "PRESENT_REF", "vague"),
    ("in the past", "Such deals have failed in the past.", JPOST, "PAST_REF", "vague"),
    ("formerly", "The site was formerly a base.", JPOST, "PAST_REF", "vague"),
    ("in the future", "More cuts may come in the future.", JPOST, "FUTURE_REF", "vague"),
    ("soon", "The results will be published soon.", JPOST, "FUTURE_REF", "vague"),
    ("recently", "The rule was recently changed.", JPOST, "PAST_REF", "vague"),
    ("in recent years", "Prices rose in recent years.", None, "PAST_REF", "vague"),
    # ---- an unknown publication date: relative expressions stay unresolved
    ("Wednesday", "The agreement was signed on Wednesday.", None, None, None),
    ("today's", "In today's conversation, both sides discussed Syria.", None, None, None),
    ("last week", "The cabinet met last week.", None, None, None),
    # ---- ordinary words are not dates
    ("We", "We will strengthen Syrian air defense systems.", JPOST, None, None),
    ("the 37th", "A ceremony marking the 37th anniversary of the Islamic Revolution.", JPOST, None, None),
    ("the 6th", "Earlier at the 6th tripartite summit of the Astana Peace Process.", JPOST, None, None),
    ("may", "Turkey may withdraw its forces.", JPOST, None, None),
    ("May", "May I ask a question?", JPOST, None, None),
    ("march on", "Protesters plan to march on the capital.", JPOST, None, None),
    ("March", "March on Washington organisers met the mayor.", JPOST, None, None),
    ("Sun", "The Sun reported the story first.", JPOST, None, None),
    ("second", "He won a second term.", JPOST, None, None),
    ("fall", "Shares could fall further.", JPOST, None, None),
    ("2,000", "About 2,000 troops were deployed.", JPOST, None, None),
    ("1500", "The company employs 1500 workers.", JPOST, None, None),
    ("2010", "The bill came to $2010.", JPOST, None, None),
    ("2020", "The 2019-2020 season ended.", JPOST, "2020", "year"),
    ("2019-20", "The 2019-20 season ended early.", JPOST, None, None),
    ("2020", "Turnout was 20% higher, with 2020 votes counted.", JPOST, None, None),
    ("Black Monday", "Traders recalled Black Monday.", JPOST, None, None),
    ("Spring", "Protests spread after the Arab Spring uprisings.", JPOST, None, None),
    ("April", "April Smith said the deal was done.", JPOST, None, None),
    ("Mondays", "The market is closed on Mondays.", JPOST, None, None),
    ("the day", "Officials recalled the day of the attack.", JPOST, None, None),
    ("Now", "Now that the deal is signed, trade can resume.", JPOST, None, None),
    ("Sunday", "The Sunday Times reported the talks.", JPOST, None, None),
    ("'20", "He said '20 people died' in the raid.", JPOST, None, None),
    ("'82", "He joined the firm in '82.", JPOST, "1982", "year"),
    ("2042", "The Security Council adopted Resolution 2042 in April.", JPOST, None, None),
    ("1900", "Shelling began at 1900 GMT.", JPOST, None, None),
    ("2030", "The curfew starts at 2030 local time.", JPOST, None, None),
]


def anchor_of(published: str | None) -> tuple[datetime | None, bool]:
    if published is None:
        return None, False
    if "T" in published:
        return datetime.fromisoformat(published), True
    return datetime.fromisoformat(published).replace(tzinfo=UTC), False


def mention_at(mentions: list[DateMention], start: int, end: int) -> DateMention | None:
    hits = [m for m in mentions if m.start < end and start < m.end]
    assert len(hits) <= 1, hits
    return hits[0] if hits else None


def test_table_is_big_enough():
    assert len(CASES) >= 80


@pytest.mark.parametrize(("phrase", "sentence", "published", "value", "precision"), CASES)
def test_expression(phrase, sentence, published, value, precision):
    start = sentence.find(phrase)
    assert start >= 0, "the phrase must occur in its sentence"
    anchor, has_time = anchor_of(published)
    found = mention_at(find_dates(sentence, anchor, has_time), start, start + len(phrase))
    if value is None:
        assert found is None, f"{phrase!r} is not a date here but was read as {found}"
        return
    assert found is not None, f"{phrase!r} was not found in {sentence!r}"
    assert (found.value, found.precision) == (value, precision), found.anchor
    assert VALUE_RE.match(found.value)
    assert found.anchor  # every value says how it was found


def test_weekday_of_publication_says_so():
    (m,) = find_dates("They signed it on Wednesday.", datetime.fromisoformat(JPOST))
    assert m.anchor == "weekday of the publication date (Wed 2020-07-08)"
    assert (m.text, m.start, m.end) == ("Wednesday", 18, 27)


def test_future_flag():
    anchor = datetime.fromisoformat(JPOST)
    (m,) = find_dates("The two leaders will meet on Monday.", anchor)
    assert m.future and m.value == "2020-07-13"
    (m,) = find_dates("The two leaders met on Monday.", anchor)
    assert not m.future
    (m,) = find_dates("More cuts may come in the future.", anchor)
    assert m.future


def test_offset_is_added():
    (m,) = find_dates("met on Monday", datetime.fromisoformat(JPOST), offset=100)
    assert (m.start, m.end) == (107, 113)


# ---------------------------------------------------------------- resolve() on statements


def article(body: str, published: str | None, has_time: bool = True, title: str | None = None) -> Article:
    when = None if published is None else datetime.fromisoformat(published)
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return Article(id="a", path="articles/a.md", source="test", title=title, url=None, published=when,
                   published_text=published, published_has_time=has_time, body=body, body_line=1)


def statements(body: str, sentences: list[tuple[str, str]], headline: str | None = None) -> tuple[Statement, ...]:
    out = []
    if headline is not None:
        out.append(Statement(id="a#s0", article="a", start=0, end=0, text=headline, kind="headline", sentence=0))
    for n, (text, kind) in enumerate(sentences, start=1):
        start = body.index(text)
        out.append(Statement(id=f"a#s{n}", article="a", start=start, end=start + len(text), text=text,
                             kind=kind, sentence=n, quoted=text.startswith('"')))
    return tuple(out)


JPOST_BODY = [
    ("JULY 8, 2020 14:47", "boilerplate"),
    ("Syrian Defense Minister Ali Abdullah Ayyoub and Chief of Staff Mohammad Bagheri signed a military "
     "cooperation agreement on Wednesday, according to Lebanon's Al-Mayadeen news.", "claim"),
    ("The two officials discussed the situation in Syria and the need for foreign forces to withdraw.", "claim"),
    ('"If the American administrations were able to subjugate Syria, they would not be delayed for a moment," '
     "said Ayyoub at a press conference about the agreement.", "quote"),
    ("Israel has allegedly carried out dozens of airstrikes in recent years against Iranian and Syrian "
     "targets throughout Syria.", "claim"),
    ("Air defenses are regularly activated during attacks, but damage is usually reported at the sites in "
     "any case.", "claim"),
    ("Russia has provided air defense systems to Syria as well.", "claim"),
    ("Iran will host the next round of talks on Monday.", "claim"),
]


def resolved(body_parts, published, has_time=True, overrides=None, headline=None):
    body = "\n".join(text for text, _ in body_parts)
    art = article(body, published, has_time)
    sts = resolve(art, statements(body, body_parts, headline), overrides or Overrides())
    return art, {st.text[:25]: st for st in sts}


def test_resolve_event_dates_and_background():
    _, by = resolved(JPOST_BODY, JPOST, headline="Iran commits to improve Syrian air defenses")
    signed = by["Syrian Defense Minister A"]
    assert signed.event_date.value == "2020-07-08"
    assert signed.event_date.mention is not None and signed.event_date.mention.text == "Wednesday"
    assert signed.event_date.status == "happened"
    # no date expression, past tense: the lead's date
    for key in ("The two officials discuss", '"If the American administ', "Iran commits to improve S"):
        ev = by[key].event_date
        assert ev is not None and (ev.value, ev.precision) == ("2020-07-08", "day"), key
        assert ev.mention is None and "narrative date" in ev.how
    # background: vague only, habitual, present perfect
    for key in ("Israel has allegedly carr", "Air defenses are regularl", "Russia has provided air d"):
        assert by[key].event_date is None, key
    assert [m.value for m in by["Israel has allegedly carr"].dates] == ["PAST_REF"]
    # page furniture carries its date but is no event
    assert by["JULY 8, 2020 14:47"].dates[0].value == "2020-07-08"
    assert by["JULY 8, 2020 14:47"].event_date is None
    # a future event with a future date is announced
    talks = by["Iran will host the next r"].event_date
    assert (talks.value, talks.status) == ("2020-07-13", "announced")


def test_mention_offsets_point_into_the_body():
    art, by = resolved(JPOST_BODY, JPOST)
    for st in by.values():
        for m in st.dates:
            assert art.body[m.start:m.end] == m.text


def test_headline_from_title_keeps_empty_span():
    _, by = resolved(JPOST_BODY, JPOST, headline="Deal signed on Wednesday")
    (m,) = by["Deal signed on Wednesday"].dates
    assert (m.start, m.end, m.value) == (0, 0, "2020-07-08")


def test_editor_override_wins():
    overrides = Overrides(dates=(("a#s2", "2020-07-07", "day"),))
    _, by = resolved(JPOST_BODY, JPOST, overrides=overrides)
    ev = by["Syrian Defense Minister A"].event_date
    assert (ev.value, ev.precision, ev.editor) == ("2020-07-07", "day", True)
    assert "overrides.yml" in ev.how


def test_editor_date_says_the_file_not_where_the_content_is(tmp_path):
    """The same content copied to two folders exports byte for byte the same."""
    import shutil

    from generator.export import render_export
    from generator.pipeline import build_timeline

    if not (CONTENT / "articles" / "000_5efe35e3d0ae01af.txt").exists():
        pytest.skip("the seed articles are not installed in content/")
    exports = []
    for folder in ("first", "second/deeper"):
        copy = tmp_path / folder / "content"
        shutil.copytree(CONTENT, copy)
        with (copy / "overrides.yml").open("a", encoding="utf-8") as f:
            f.write("\ndates:\n  000_5efe35e3d0ae01af#s9: 2020-07-07\n")
        tl = build_timeline(copy)
        (st,) = [s for sts in tl.statements.values() for s in sts if s.id == "000_5efe35e3d0ae01af#s9"]
        assert (st.event_date.value, st.event_date.editor) == ("2020-07-07", True)
        assert st.event_date.how == "set by an editor in overrides.yml"
        exports.append(render_export(tl, "json"))
    assert exports[0] == exports[1]
    assert str(tmp_path) not in exports[0]
    assert "set by an editor in overrides.yml" in exports[0]


def test_unknown_publication_resolves_absolute_dates_only():
    parts = [
        ("The agreement was signed on Wednesday.", "claim"),
        ("Earlier at the 6th tripartite summit on July 1, 2020, Rouhani condemned sanctions.", "claim"),
        ("In today's conversation, both sides discussed the situation in Syria.", "claim"),
    ]
    _, by = resolved(parts, None, has_time=False)
    assert by["The agreement was signed "].dates == ()
    assert by["The agreement was signed "].event_date is None
    assert by["In today's conversation, "].event_date is None
    (m,) = by["Earlier at the 6th tripar"].dates
    assert m.value == "2020-07-01"
    assert by["Earlier at the 6th tripar"].event_date.value == "2020-07-01"
    # the pipeline re-runs the stage once the date is inferred
    _, by = resolved(parts, IRANPRESS, has_time=False)
    assert by["The agreement was signed "].event_date.value == "2020-07-08"
    assert by["In today's conversation, "].event_date.value == "2020-07-08"
    assert by["Earlier at the 6th tripar"].event_date.value == "2020-07-01"


def test_inferred_publication_date_is_named_as_inferred():
    body = "Iran and Syria signed an agreement on Wednesday.\nBoth sides discussed Syria.\nBagheri met Ayyoub."
    parts = [("Iran and Syria signed an agreement on Wednesday.", "claim"), ("Both sides discussed Syria.", "claim"),
             ("Bagheri met Ayyoub.", "claim")]
    art = replace(article(body, IRANPRESS, has_time=False), published_inferred=True)
    by = {st.text: st for st in resolve(art, statements(body, parts), Overrides())}
    (m,) = by[parts[0][0]].dates
    assert m.anchor == "weekday of the inferred publication date (Wed 2020-07-08)"
    assert by[parts[1][0]].event_date.how == ('narrative date of the article: "Wednesday" in its lead '
                                              "(2020-07-08, from the inferred publication date)")
    # no lead date: the inferred publication date itself, named as such
    body = "Bagheri met Ayyoub in Damascus."
    art = replace(article(body, IRANPRESS, has_time=False), published_inferred=True)
    (st,) = resolve(art, statements(body, [(body, "claim")]), Overrides())
    assert st.event_date.how == "inferred publication date of the article (Wed 2020-07-08)"
    # an absolute date rests on nothing inferred; a known date is not called inferred
    (m,) = find_dates("The summit met on July 1, 2020.", art.published, False, inferred=True)
    assert m.anchor == 'absolute date "July 1, 2020"'
    (m,) = find_dates("They met yesterday.", art.published, False)
    assert m.anchor == '"yesterday": the day before the publication date (Wed 2020-07-08)'
    (m,) = find_dates("They met yesterday.", art.published, False, inferred=True)
    assert m.anchor == '"yesterday": the day before the inferred publication date (Wed 2020-07-08)'


def test_narrative_day_follows_the_story():
    parts = [
        ("The summit opened on July 1, 2020 in Tehran.", "claim"),
        ("The leaders signed the declaration the next day.", "claim"),
        ("Officials said the talks went well.", "claim"),
    ]
    _, by = resolved(parts, JPOST)
    assert by["The leaders signed the de"].event_date.value == "2020-07-02"
    # undated past-tense statements take the lead's date, not the publication's
    assert by["Officials said the talks "].event_date.value == "2020-07-01"


def test_clause_shares_its_sentence_date():
    body = "Rouhani condemned sanctions on July 1, 2020, saying that Iran will support Syria."
    art = article(body, IRANPRESS, has_time=False)
    first, second = body[:44], body[46:]
    sts = (
        Statement(id="a#s1", article="a", start=0, end=44, text=first, kind="claim", sentence=1),
        Statement(id="a#s1.2", article="a", start=46, end=len(body), text=second, kind="claim", sentence=1),
    )
    out = resolve(art, sts, Overrides())
    assert out[1].event_date.value == "2020-07-01"


def test_published_text_keeps_the_outlets_zone():
    # a loader that normalised to UTC still anchors on the outlet's own day
    art = article("Rockets hit the base today.", "2020-07-08T00:20:00+02:00")
    art = replace(art, published=art.published.astimezone(UTC))
    st = Statement(id="a#s1", article="a", start=0, end=27, text=art.body, kind="claim", sentence=1)
    (out,) = resolve(art, (st,), Overrides())
    assert out.dates[0].value == "2020-07-08"


# ---------------------------------------------------------------- the seeds, end to end


CONTENT = Path(__file__).resolve().parents[1] / "content"


def seed_statements():
    if not (CONTENT / "articles" / "000_5efe35e3d0ae01af.txt").exists():
        pytest.skip("the seed articles are not installed in content/")
    from generator.content.load import load_corpus
    from generator.stages import boilerplate
    from generator.stages import statements as splitter

    corpus = load_corpus(CONTENT)
    out = {}
    for art in corpus.articles:
        if art.published is None:
            art = replace(art, published=datetime(2020, 7, 8, tzinfo=UTC), published_inferred=True)
        sts = splitter.split(art, boilerplate.separate(art, corpus.overrides))
        out[art.id] = resolve(art, sts, corpus.overrides)
    return out


def find(sts, needle):
    hits = [st for st in sts if needle in " ".join(st.text.split())]
    assert hits, needle
    return hits[0]


def test_seed_gold_dates():
    by_article = seed_statements()
    jpost, iran = by_article["000_5efe35e3d0ae01af"], by_article["003_7ec76ce6e3ea2a69"]
    for needle in ("signed a military cooperation agreement on Wednesday", "The two officials discussed",
                   "said Ayyoub at a press conference", "Bagheri stated at the press conference"):
        st = find([s for s in jpost if s.kind != "boilerplate"], needle)
        assert st.event_date is not None and st.event_date.value == "2020-07-08", needle
    for needle in ("in recent years", "Air defenses are regularly activated during attacks",
                   "Russia has provided air defense systems to Syria as well"):
        assert find(jpost, needle).event_date is None, needle
    recent = find(jpost, "in recent years").dates
    assert [(m.text, m.value, m.precision) for m in recent] == [("in recent years", "PAST_REF", "vague")]
    assert find(iran, "Earlier at the 6th tripartite summit").event_date.value == "2020-07-01"
    for needle in ("on Wednesday", "In today's conversation", "both sides discussed"):
        assert find(iran, needle).event_date.value == "2020-07-08", needle
    # the Iran Press date is inferred, and every value resting on it says so
    (wednesday,) = [m for m in find(iran, "on Wednesday").dates if m.text == "Wednesday"]
    assert wednesday.anchor == "weekday of the inferred publication date (Wed 2020-07-08)"
    assert "inferred publication date" in find(iran, "both sides discussed").event_date.how
    assert all("inferred" not in m.anchor for st in jpost for m in st.dates)
    texts = {m.text for sts in by_article.values() for st in sts for m in st.dates}
    assert not texts & {"the 37th", "37th", "the 6th", "6th", "We"}


def test_quotes_are_dated_by_what_they_say_or_by_the_saying():
    parts = [
        ("Iran and Syria signed a military agreement on Wednesday.", "claim"),
        ('"We will meet again on Monday," Bagheri said.', "quote"),
        ('"We signed the first protocol on Monday," Ayyoub said.', "quote"),
        ('"In recent years, Israel has attacked Syria dozens of times," he said.', "quote"),
        ('"Terrorist groups are part of the Israeli aggression."', "quote"),
    ]
    _, by = resolved(parts, JPOST)
    ev = by['"We will meet again on Mo'].event_date
    assert (ev.value, ev.status) == ("2020-07-13", "announced")
    assert by['"We signed the first prot'].event_date.value == "2020-07-06"
    for key in ('"In recent years, Israel ', '"Terrorist groups are par'):
        ev = by[key].event_date
        assert ev is not None and ev.value == "2020-07-08" and ev.mention is None, key


def test_now_does_not_make_background():
    parts = [
        ("Iran and Syria signed a military agreement on Wednesday.", "claim"),
        ("Iran now pledged to strengthen Syrian air defenses.", "claim"),
        ("Iran will soon deliver new systems.", "claim"),
    ]
    _, by = resolved(parts, JPOST)
    assert by["Iran now pledged to stren"].event_date.value == "2020-07-08"
    assert by["Iran will soon deliver ne"].event_date is None


def test_dateline_is_not_the_event():
    parts = [
        ("WASHINGTON, March 13 (Meridian) - The Senate on Thursday approved the bill.", "claim"),
        ("Lawmakers have long argued about the costs.", "claim"),
        ("The vote followed weeks of talks.", "claim"),
    ]
    _, by = resolved(parts, "2020-03-13T18:00:00-04:00")
    assert [m.value for m in by["WASHINGTON, March 13 (Mer"].dates] == ["2020-03-13", "2020-03-12"]
    assert by["WASHINGTON, March 13 (Mer"].event_date.value == "2020-03-12"
    assert by["Lawmakers have long argue"].event_date is None
    assert by["The vote followed weeks o"].event_date.value == "2020-03-12"  # the lead's day


def test_since_and_until_do_not_date_an_event():
    parts = [
        ("The two ministers met in Damascus on Wednesday.", "claim"),
        ("Syria has been under sanctions since 2011.", "claim"),
        ("The war in Syria began in 2019.", "claim"),
    ]
    _, by = resolved(parts, JPOST, headline="Stocks have their best week since November")
    assert by["Syria has been under sanc"].event_date is None
    assert by["The war in Syria began in"].event_date.value == "2019"  # the year before: still news
    assert by["Stocks have their best we"].event_date.value == "2020-07-08"


def test_reporting_frame_dates_the_report_not_the_event():
    parts = [
        ("Iran and Syria have signed a comprehensive agreement to boost military cooperation, Iranian state TV "
         "reported Thursday.", "claim"),
        ("The deal was signed in Damascus on Wednesday by the two defence chiefs.", "claim"),
        ("Bagheri told reporters on Thursday that the deal would strengthen Syrian air defenses.", "claim"),
        ("Officials said on Thursday the ministers met on Monday.", "claim"),
        ("The deal was announced on Thursday.", "claim"),
        ("Iran's defence ministry said, on Thursday, that the deal would hold.", "claim"),
        ("He said the ministers met on Tuesday.", "claim"),
    ]
    _, by = resolved(parts, "2020-07-10T10:00:00+03:00")
    lead = by["Iran and Syria have signe"]
    assert [m.value for m in lead.dates] == ["2020-07-09"]  # the mention stays, for the page
    assert lead.event_date.value == "2020-07-08" and "narrative date" in lead.event_date.how
    # a saying on a day of its own is the statement's event: it was told on Thursday
    assert by["Bagheri told reporters on"].event_date.value == "2020-07-09"
    assert by["Officials said on Thursda"].event_date.value == "2020-07-06"
    # a report with no clause of its own is the statement's event
    assert by["The deal was announced on"].event_date.value == "2020-07-09"
    assert by["Iran's defence ministry s"].event_date.value == "2020-07-09"
    # a date inside what was said is no frame's
    assert by["He said the ministers met"].event_date.value == "2020-07-07"


def test_reporting_date_stands_when_it_is_the_only_date():
    parts = [("Iran and Syria have signed a comprehensive agreement to boost military cooperation, Iranian state "
              "TV reported Thursday.", "claim")]
    _, by = resolved(parts, "2020-07-10T10:00:00+03:00")
    ev = by["Iran and Syria have signe"].event_date
    assert ev.value == "2020-07-09" and "reported" in ev.how
    # without a publication date only the report's own absolute date is known
    parts = [("Iranian state TV said on July 9, 2020 that Iran and Syria signed a military agreement.", "claim")]
    _, by = resolved(parts, None, has_time=False)
    ev = by["Iranian state TV said on "].event_date
    assert ev.value == "2020-07-09" and ev.how.endswith("the day it was reported")


def test_relative_clause_and_background_comparison_do_not_date_the_event():
    parts = [
        ("Iran and Syria signed a military cooperation agreement on Wednesday.", "claim"),
        ("The agreement comes weeks after the Caesar Act, which took effect in June.", "claim"),
        ("The sanctions, which took effect in June, were discussed at length.", "claim"),
        ("The pact came two days after talks in Moscow on Monday.", "claim"),
    ]
    _, by = resolved(parts, JPOST)
    comes = by["The agreement comes weeks"]
    assert [m.value for m in comes.dates] == ["2020-06"]
    assert comes.event_date is None  # background, and not a June event
    # the statement reports the article's event: its narrative date, not June
    assert by["The sanctions, which took"].event_date.value == "2020-07-08"
    assert by["The pact came two days af"].event_date.value == "2020-07-08"


# ---------------------------------------------------------------- the benchmark's scoring


def load_benchmark():
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "dates.py"
    spec = importlib.util.spec_from_file_location("benchmark_dates", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["benchmark_dates"] = module
    spec.loader.exec_module(module)
    return module


TINY = """<?xml version="1.0" ?><Document doc_id="1" doc_name="tiny" lang="en">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">end</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">13</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2009</token>
<token number="6" sentence="2" t_id="7">The</token>
<token number="7" sentence="2" t_id="8">talks</token>
<token number="8" sentence="2" t_id="9">ended</token>
<token number="9" sentence="2" t_id="10">on</token>
<token number="10" sentence="2" t_id="11">Thursday</token>
<token number="11" sentence="2" t_id="12">after</token>
<token number="12" sentence="2" t_id="13">six</token>
<token number="13" sentence="2" t_id="14">years</token>
<token number="14" sentence="2" t_id="15">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-03-13">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-03-05">
<token_anchor t_id="11"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="P6Y">
<token_anchor t_id="13"/><token_anchor t_id="14"/>
</TIMEX3>
</Markables>
</Document>
"""


def test_benchmark_scores_by_token_overlap_and_equal_value(tmp_path):
    bench = load_benchmark()
    xml = tmp_path / "tiny.xml"
    xml.write_text(TINY, encoding="utf-8")
    doc = bench.load(xml)
    assert doc.text == "Talks end\nMarch 13, 2009\nThe talks ended on Thursday after six years."
    assert doc.dct.isoformat() == "2009-03-13"
    total = bench.Score()
    bench.score(doc, bench.claimline(doc), True, total)
    # the dateline is right; "Thursday" resolves to 2009-03-12, not the gold's 2009-03-05
    assert (total.gold, total.predicted, total.correct, total.extent) == (2, 2, 1, 2)
    wrong = bench.Score()
    bench.score(doc, [(0, 5, "2009-03-13")], True, wrong)  # "Talks": overlaps no gold
    assert (wrong.predicted, wrong.correct) == (1, 0)


def test_benchmark_exits_2_without_the_corpus(tmp_path, capsys):
    bench = load_benchmark()
    assert bench.main(["--meantime", str(tmp_path / "absent")]) == 2
    assert "MEANTIME not found" in capsys.readouterr().err


def test_relative_day_names_the_local_time_only_when_known():
    (m,) = find_dates("Rockets hit the base last night.", datetime.fromisoformat("2020-07-08T00:20:00+02:00"))
    assert m.value == "2020-07-07"
    assert m.anchor == '"last night": the day before the publication date (Wed 2020-07-08, 00:20 +02:00 local time)'
    (m,) = find_dates("Rockets hit the base last night.", datetime(2020, 7, 8, tzinfo=UTC), has_time=False)
    assert m.anchor == '"last night": the day before the publication date (Wed 2020-07-08)'


# ---- the ends of the calendar: no crash, no value outside years 1..9999
EDGE_PHRASES = ["yesterday", "last week", "last year", "last month", "Then on 3 January it ended.",
                "tomorrow", "next week", "next year", "next month", "the day before yesterday", "a week ago",
                "two days later", "the next day", "last summer", "next spring", "in the fourth quarter",
                "this weekend", "last Monday", "next Monday", "that week", "They will meet on 3 January.",
                "They met in May.", "the same day last year", "the past decade", "next century"]


@pytest.mark.parametrize("published", ["0001-01-01T00:30:00+01:00", "0001-01-01", "9999-12-31T23:00:00+00:00",
                                       "9999-12-31"])
@pytest.mark.parametrize("phrase", EDGE_PHRASES)
def test_calendar_ends_give_no_value_out_of_range(phrase, published):
    anchor, has_time = anchor_of(published)
    for m in find_dates(phrase, anchor, has_time):
        assert VALUE_RE.match(m.value), m
        assert 1 <= int(m.value[:4].ljust(4, "0")) <= 9999 or m.precision in ("vague", "decade", "century"), m


def test_calendar_ends_keep_what_can_be_named():
    anchor, has_time = anchor_of("9999-12-31")
    assert [m.value for m in find_dates("It happened yesterday; it ends tomorrow.", anchor, has_time)] == ["9999-12-30"]
    anchor, has_time = anchor_of("0001-01-01")
    assert [m.value for m in find_dates("It ended yesterday, and opens tomorrow.", anchor, has_time)] == ["0001-01-02"]


def test_resolve_at_the_calendar_ends():
    for published in ("0001-01-01", "9999-12-31"):
        body = "Then on 3 January it ended. Yesterday and tomorrow, last year and next year."
        _, by = resolved([(body, "claim")], published, has_time=False)
        dated = [m for st in by.values() for m in st.dates]
        assert dated and all(VALUE_RE.match(m.value) for m in dated)


def test_story_day_is_the_day_last_named_else_the_publication_date():
    from generator.stages.dates.grammar import Anchor, Narrative, _story_day

    anchor, _ = anchor_of(JPOST)
    story = Narrative()
    assert _story_day(Anchor(anchor), story) == (anchor.date(), "the publication date (Wed 2020-07-08)")
    story.note("2020-07-01", "July 1")
    assert _story_day(Anchor(anchor), story) == (anchor.date().replace(day=1),
                                                 '2020-07-01, the day last named ("July 1")')
    assert _story_day(Anchor(None), Narrative()) is None
    # both users of it count from the same day and say so the same way
    found = find_dates("Talks opened on July 1, 2020. Two days later stocks ended the day higher.", anchor)
    assert [(m.text, m.value) for m in found] == [("July 1, 2020", "2020-07-01"), ("Two days later", "2020-07-03"),
                                                  ("the day", "2020-07-03")]
    assert found[2].anchor.endswith('2020-07-03, the day last named ("Two days later")')


@pytest.mark.parametrize(("text", "expected"), [
    # a year named after a day: "the following year" counts from the year
    ("The firm admitted on Monday that a manager told the regulator in 2022 that records were altered. "
     "Prosecutors brought charges the following year.", ("the following year", "2023")),
    ("Its plant opened on Monday. It was first licensed in June 2019 and sold the next month.",
     ("the next month", "2019-07")),
    # a day named last: it still counts from the day
    ("The plant opened in 2019. It was sold on July 1, 2020, and closed the next day.", ("the next day", "2020-07-02")),
])  # fmt: skip
def test_the_next_year_or_month_counts_from_the_year_or_month_named_last(text, expected):
    anchor, _ = anchor_of(JPOST)
    assert (found := [(m.text, m.value) for m in find_dates(text, anchor)])[-1] == expected, found


# ---- a tense marker governs its own clause, not the next one
@pytest.mark.parametrize(("sentence", "expected"), [
    ("NATO leaders will meet in Vilnius in July, and COVID-19 cases fell in April.",
     [("July", "2023-07", True), ("April", "2023-04", False)]),
    ("Cases fell in April, but leaders will meet in July.", [("April", "2023-04", False), ("July", "2023-07", True)]),
    ("Prices rose in March — the board will vote in June.", [("March", "2023-03", False), ("June", "2023-06", True)]),
    ("The shop closed on Monday; it stays shut until Friday.",
     [("Monday", "2023-05-01", False), ("Friday", "2023-05-05", True)]),
    # a clause with no marker of its own takes its sentence's
    ("The summit will open on Monday, and close on Friday.",
     [("Monday", "2023-05-08", True), ("Friday", "2023-05-05", True)]),
])
def test_tense_stops_at_clause_boundaries(sentence, expected):
    anchor, has_time = anchor_of("2023-05-02")
    assert [(m.text, m.value, m.future) for m in find_dates(sentence, anchor, has_time)] == expected


def test_clause_boundary_in_event_status():
    text = "NATO leaders will meet in Vilnius in July, and COVID-19 cases fell in April."
    _, by = resolved([(text, "claim")], "2023-05-02", has_time=False)
    st = by[text[:25]]
    assert {m.text: m.value for m in st.dates} == {"July": "2023-07", "April": "2023-04"}
    assert (st.event_date.value, st.event_date.status) == ("2023-07", "announced")  # was 2022-07 happened


def test_a_run_on_line_is_read_once_not_once_per_date(monkeypatch):
    """A 20k-word dump with no sentence end made every date re-read the whole line (150 s)."""
    from generator.stages.dates import tense

    reads: list[int] = []
    real = tense.words

    def counting(text):
        reads.append(len(text))
        return real(text)

    monkeypatch.setattr(tense, "words", counting)
    line = "officials said on Monday that talks would resume in May and prices fell in April, " * 100
    anchor, has_time = anchor_of("2023-05-02")
    found = find_dates(line, anchor, has_time)
    assert len(found) == 300
    assert len(reads) <= 2, f"the line was read {len(reads)} times for {len(found)} dates"


# ---------------------------------------------------------------- dates on real web text (issue 11)

RIVERTON = "2011-02-11T18:00:00+02:00"  # a Friday


def test_a_clock_time_is_never_a_year():
    for text in ("(Updated 1:19 p.m. (2047 in Riverton)) Crowds gathered again.",
                 "Crowds gathered again (Updated 12:21 p.m. (1921 in Riverton)).",
                 "The curfew starts at 2047 hrs, the army said."):
        assert not [m for m in find_dates(text, datetime.fromisoformat(RIVERTON)) if m.precision == "year"], text


def test_years_later_count_from_the_year_the_text_is_about():
    _, by = resolved([("The old mayor came to power in 1975.", "claim"),
                      ("Six years later, he died in office.", "claim")], RIVERTON)
    assert [m.value for m in by["Six years later, he died "].dates] == ["1981"]


def test_a_historical_reference_is_background_not_an_event():
    parts = [("Crowds gathered on Friday in the old square.", "claim"),
             ("The college was founded in 1439 by the town's merchants.", "claim"),
             ("A plague epidemic of 1347 emptied the town.", "claim"),
             ("The square was first paved 600 years ago.", "claim"),
             ("The council wants the town to be carbon-free by 2050.", "claim")]
    _, by = resolved(parts, RIVERTON)
    assert by["Crowds gathered on Friday"].event_date.value == "2011-02-11"
    for key in ("The college was founded i", "A plague epidemic of 1347", "The square was first pave",
                "The council wants the tow"):
        assert by[key].event_date is None, key  # context of the story's event, not one of its own


def test_a_recap_keeps_the_date_of_what_it_recaps():
    parts = [("The chief executive resigned on Wednesday.", "claim"),
             ("The company said on Monday that it was deeply sorry.", "claim"),
             ("The regulator said it had received 300 complaints since Monday.", "claim"),
             ("The mayor, who was elected on Tuesday, laid flowers at the quay.", "claim")]
    _, by = resolved(parts, RIVERTON)
    assert by["The company said on Monda"].event_date.value == "2011-02-07"  # the saying recapped
    assert by["The regulator said it had"].event_date.value == "2011-02-09"  # the lead's day, not Monday
    assert by["The mayor, who was electe"].event_date.value == "2011-02-09"  # the relative clause is an aside


def test_a_state_begun_on_a_recent_day_is_dated_by_its_start():
    _, by = resolved([("The ferries resumed on Friday.", "claim"),
                      ("Residents have been allowed home since Wednesday.", "claim"),
                      ("The town has been under a curfew since 2009.", "claim")], RIVERTON)
    assert by["Residents have been allow"].event_date.value == "2011-02-09"
    assert by["The town has been under a"].event_date is None


def test_an_undated_sentence_keeps_its_paragraph_s_day():
    body = [("The curfew was lifted on Friday.", "claim"),
            ("Residents were allowed home on Wednesday. Many found their houses intact.", "claim")]
    art = article("\n".join(t for t, _ in body), RIVERTON)
    first, second = body[0][0], body[1][0]
    s2 = len(first) + 1
    cut = s2 + second.index(" Many") + 1
    sts = (
        Statement(id="a#s1", article="a", start=0, end=len(first), text=first, kind="claim", sentence=1, paragraph=1),
        Statement(id="a#s2", article="a", start=s2, end=cut - 1, text=art.body[s2:cut - 1], kind="claim",
                  sentence=2, paragraph=2),
        Statement(id="a#s3", article="a", start=cut, end=len(art.body), text=art.body[cut:], kind="claim",
                  sentence=3, paragraph=2),
    )
    out = resolve(art, sts, Overrides())
    assert [s.event_date.value for s in out] == ["2011-02-11", "2011-02-09", "2011-02-09"]
