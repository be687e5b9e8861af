"""Event dates that depend on the clause: which verb is the statement's, which aspect it has, and
which day its paragraph or its shared claims give. Fictional outlets, people and places."""

from __future__ import annotations

from datetime import UTC, date, datetime

from generator.model import Article, Claim, DateMention, EventDate, Overrides, Statement
from generator.stages import events
from generator.stages.claims.dating import claim_date
from generator.stages.dates import resolve
from generator.stages.dates.tense import markers

RIVERTON = "2011-02-11T18:00:00+02:00"  # a Friday


def article(body: str, published: str | None = RIVERTON, aid: str = "a") -> Article:
    when = None if published is None else datetime.fromisoformat(published)
    return Article(id=aid, path=f"articles/{aid}.md", source="test", title=None, url=None, published=when,
                   published_text=published, published_has_time=True, body=body, body_line=1)


def statements(paragraphs: list[list[str]], published: str = RIVERTON) -> tuple[Statement, ...]:
    """resolve() on the sentences, each paragraph a list of sentences."""
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    sts, n = [], 0
    for par, sentences in enumerate(paragraphs, start=1):
        for text in sentences:
            n += 1
            start = body.index(text)
            sts.append(Statement(id=f"a#s{n}", article="a", start=start, end=start + len(text), text=text,
                                 kind="claim", sentence=n, paragraph=par, quoted=text.startswith('"')))
    return resolve(article(body, published), tuple(sts), Overrides())


def dated(paragraphs: list[list[str]], published: str = RIVERTON):
    """The event date of the statement a prefix starts."""
    out = statements(paragraphs, published)
    return lambda prefix: next(st for st in out if st.text.startswith(prefix)).event_date


def test_a_quantifier_makes_the_participle_after_it_an_adjective():
    assert [t for _, t in markers("every registered member is counted")] == ["present"]
    assert [t for _, t in markers("Two injured riders were treated")][-1] == "past"
    by = dated([["The regatta was cancelled on Wednesday."],
                ["Under the club's rules, every registered member is counted as a voter unless they opt out."]])
    assert by("Under the club's rules") is None  # a standing rule, no happening


def test_well_before_a_participle_is_an_adverb_not_a_past_verb():
    by = dated([["The regatta was cancelled on Wednesday."],
                ["Mr Varga, a former teacher who joined the board in 2015, is well regarded by parents."]])
    assert by("Mr Varga") is None


def test_every_before_a_time_is_a_habit_and_before_a_noun_is_not():
    by = dated([["The regatta was cancelled on Wednesday."],
                ["The ferry sails every Tuesday from the old quay."],
                ["Every stranded passenger was given a hotel room."]])
    assert by("The ferry sails") is None
    assert by("Every stranded passenger").value == "2011-02-09"


def test_a_promise_for_the_coming_days_is_the_news_of_its_day():
    by = dated([["The regatta was cancelled on Wednesday."],
                ["The council will repair every damaged jetty in the coming days."],
                ["Storms have grown fiercer in recent years."]])
    assert by("The council will repair").value == "2011-02-09"
    assert by("Storms have grown") is None  # "in recent years": background


def test_a_request_takes_the_day_its_paragraph_announces():
    by = dated([["The harbour master resigned on Wednesday."],
                ["The ferry captain will be buried on Tuesday in Sorrel Bay.",
                 "His crew asked mourners to wear yellow."],
                ["Volunteers cleared the beach."]])
    ev = by("His crew asked mourners")
    assert (ev.value, ev.status) == ("2011-02-15", "announced")
    assert by("Volunteers cleared").value == "2011-02-09"  # no request: the story's day


def test_the_first_time_since_a_day_is_no_state_begun_that_day():
    by = dated([["The river crested on Thursday.",
                 '"For the first time since Monday, I can say the water is falling," the warden said.'],
                ["The coast road has been closed since Monday."]])
    assert by('"For the first time').value == "2011-02-10"  # the saying, not Monday
    assert by("The coast road").value == "2011-02-07"  # a state begun on Monday


def test_a_present_perfect_tells_the_reports_day_not_the_paragraphs_last_day():
    by = dated([["The harbour master resigned on Wednesday."],
                ["The leak was found last Saturday.", "The port has since hired divers to inspect the hull."]])
    assert by("The leak was found").value == "2011-02-05"
    assert by("The port has since hired").value == "2011-02-09"


# ---------------------------------------------------------------- an undated article's day


def _stmt(aid: str, n: int, text: str) -> Statement:
    return Statement(id=f"{aid}#s{n}", article=aid, start=0, end=len(text), text=text, kind="claim", sentence=n)


def test_an_undated_report_of_today_takes_the_day_of_what_it_reports():
    saturday = "2011-02-12T09:00:00+02:00"
    gazette, herald, blog = article("", saturday, "gazette"), article("", saturday, "herald"), article("", None, "blog")
    stmts = {
        "gazette": (_stmt("gazette", 1, "The Sorrel Bay bridge reopened on Friday."),
                    _stmt("gazette", 2, "Divers are still searching the harbour.")),
        "herald": (_stmt("herald", 1, "The bridge reopened yesterday morning."),),
        "blog": (_stmt("blog", 1, "The Sorrel Bay bridge reopened this morning after four days."),
                 _stmt("blog", 2, "Divers are searching the harbour.")),
    }
    friday = EventDate("2011-02-11", "day", "named")
    found = [Claim("c1", "The bridge reopened.", ("gazette#s1", "herald#s1", "blog#s1"), ("gazette", "herald", "blog"),
                   date=friday),
             Claim("c2", "Divers search the harbour.", ("gazette#s2", "blog#s2"), ("gazette", "blog"),
                   date=EventDate("2011-02-12", "day", "narrative"))]
    inferred = events.infer_published([gazette, herald, blog], stmts, found)
    # its partners were published on Saturday, but "this morning" is the Friday the bridge reopened;
    # the claim dated Saturday (no day of its own in the blog's words) does not outweigh that
    assert inferred["blog"].published.date() == date(2011, 2, 11)
    assert inferred["blog"].published == datetime(2011, 2, 11, tzinfo=UTC)


# ---------------------------------------------------------------- background told by the clause


def test_what_someone_was_is_a_description_not_a_happening():
    by = dated([["The harbour master resigned on Wednesday."],
                ["Mr Ostrander was a boatbuilder by trade and the father of three sons."],
                ["The pilot was a veteran, the airline said."],
                ["The pilot was arrested at the quay."]])
    assert by("Mr Ostrander was a boatbuilder") is None
    assert by("The pilot was a veteran").value == "2011-02-09"  # a saying is dated by the saying
    assert by("The pilot was arrested").value == "2011-02-09"  # a passive: something happened


def test_a_where_clause_is_an_aside_of_its_noun():
    by = dated([["The harbour master resigned on Wednesday."],
                ["Floods have become a growing worry in Sorrel Bay, where March was the wettest since records began."]])
    assert by("Floods have become") is None  # the month dates the where-clause, and the perfect is background


def test_a_month_in_a_lasting_perfect_is_no_event_date():
    by = dated([["The harbour master resigned on Wednesday."],
                ["Sorrel Bay has had its wettest March since records began, the weather office said."],
                ["No storm on record has done more damage to the pier."]])
    assert by("Sorrel Bay has had") is None
    assert by("No storm on record") is None


# ---------------------------------------------------------------- a claim's date


def _told(sid: str, text: str, day: str) -> Statement:
    mention = DateMention(text="on Wednesday", start=0, end=12, value=day, precision="day", anchor="test")
    return Statement(id=sid, article=sid.split("#")[0], start=0, end=len(text), text=text, kind="claim", sentence=1,
                     event_date=EventDate(day, "day", "named", mention=mention))


def test_a_later_day_several_statements_name_outweighs_an_earlier_report_of_something_else():
    earlier = _told("gazette#s2", "The marina said on Monday that 40 boats were lost.", "2011-02-07")
    resigned = [_told("herald#s2", "The harbour master resigned on Wednesday.", "2011-02-09"),
                _told("courier#s2", "The harbour master stepped down on Wednesday night.", "2011-02-09")]
    monday = date(2011, 2, 7).toordinal()
    assert claim_date([earlier, *resigned], monday).value == "2011-02-09"
    # one statement alone does not: the earliest report bounds when it happened
    assert claim_date([earlier, resigned[0]], monday).value == "2011-02-07"


def test_a_quote_naming_its_own_week_or_contrasting_days_is_dated_by_its_saying():
    by = dated([["The river crested on Thursday.",
                 '"For the first time this week I slept through the night," the warden said.',
                 '"We needed sandbags on Monday, not on Wednesday," the mayor said.',
                 '"We filled the sandbags on Monday," the mayor said.']])
    assert by('"For the first time this').value == "2011-02-10"  # the saying's day, not the week
    assert by('"We needed sandbags').value == "2011-02-10"  # contrasted days: neither is the news
    assert by('"We filled the sandbags').value == "2011-02-07"  # one day named: what it says

    # a claim of that quote alone keeps the saying's day: days inside a quote are no reporting frame's
    needed = next(st for st in statements([["The river crested on Thursday.",
                                            '"We needed sandbags on Monday, not on Wednesday," the mayor said.']])
                  if st.text.startswith('"We needed'))
    assert claim_date([needed]).value == "2011-02-10"


def test_a_share_of_a_kind_in_the_present_is_how_things_are():
    by = dated([["The regatta was cancelled on Wednesday."],
                ["According to the transport ministry, more than half of the country's ferries are run by the state."],
                ["Most of the island's pilots are volunteers."],
                ["According to the utility, many residents are still without power."]])
    assert by("According to the transport") is None
    assert by("Most of the island's pilots") is None
    assert by("According to the utility").value == "2011-02-09"  # "still": the state of the story's day


def test_what_something_is_in_the_present_is_a_description_unless_it_is_news():
    by = dated([["The regatta was cancelled on Wednesday."],
                ["The coast road is the town's only link to the mainland, and the detour had added an hour."],
                ["Ms Halloran is the new harbour master, according to the port authority."],
                ["Mr Quaye is the port authority's longest-serving pilot, according to the port authority."]])
    assert by("The coast road is") is None  # "had added" is a perfect, no one credited with saying
    assert by("Ms Halloran is the new").value == "2011-02-09"  # "the new ...": news
    assert by("Mr Quaye is the port") is None


def test_a_standing_opinion_of_someone_is_a_description_not_a_happening():
    by = dated([["The harbour master resigned on Wednesday."],
                ["She was widely credited with reopening the old ferry line."],
                ["The decision was widely criticised by fishermen."]])
    assert by("She was widely credited") is None
    assert by("The decision was widely").value == "2011-02-09"  # a reaction: something happened


def test_a_passive_progressive_is_what_goes_on_as_it_is_told():
    by = dated([["The Riverton ferry ran aground on Friday morning."],
                ["Passengers are being taken ashore by lifeboat.", "Traffic is being sent over the old bridge."]])
    assert by("Passengers are being").value == "2011-02-11"
    assert by("Traffic is being").value == "2011-02-11"


def test_a_share_of_a_kind_in_the_progressive_is_news_not_how_things_are():
    by = dated([["The Riverton ferry ran aground on Friday morning."],
                ["Most of the passengers are spending the night in the school hall."],
                ["Most of the ferries are run by the state."]])
    assert by("Most of the passengers").value == "2011-02-11"
    assert by("Most of the ferries") is None


def test_a_relative_clause_with_no_closing_comma_runs_to_the_main_verb():
    by = dated([["The skipper of the Sorrel Bay ferry was released without charge on Friday."],
                ["In the afternoon, the skipper who had been held since Wednesday walked out of the harbour police "
                 "station."],
                ["By then, the mate who was arrested on Wednesday had gone home."],
                ["The coast road has been closed since 2009."]])
    assert by("In the afternoon").value == "2011-02-11"  # "walked out", not "had been held since"
    assert by("By then").value == "2011-02-11"  # the relative clause's Wednesday is not the main verb's day
    assert by("The coast road") is None  # a stretch of years: background


def test_a_state_credited_to_someone_saying_it_now_is_the_state_of_the_story_day():
    by = dated([["The Sorrel Bay ferry ran aground on Friday morning."],
                ["About 300 passengers are still stranded at the quay, the port authority says."],
                ["Most of the island's pilots are volunteers, the ministry says."]])
    assert by("About 300 passengers").value == "2011-02-11"
    assert by("Most of the island's pilots") is None  # a share of a kind: how things are, whoever says so


def test_what_is_expected_takes_the_day_its_paragraph_announces():
    by = dated([["The harbour master resigned on Wednesday."],
                ["The ferry captain will be buried on Tuesday in Sorrel Bay.", "The mayor is expected to attend."],
                ["The harbour master is expected to write a memoir."]])
    ev = by("The mayor is expected")
    assert (ev.value, ev.status) == ("2011-02-15", "announced")
    assert by("The harbour master is expected") is None  # no day announced in its paragraph


def test_a_past_perfect_of_an_irregular_verb_is_a_recap_like_a_regular_one():
    saturday = "2011-02-12T18:00:00+02:00"
    for verb in ("found", "located"):
        by = dated([[f"Divers said on Friday that they had {verb} the wreck of the Sorrel Bay ferry on Wednesday."],
                    ["The skipper was questioned by police."]], saturday)
        assert by("Divers said").value == "2011-02-11", verb  # the saying is the news, not the recapped day
        assert by("The skipper was").value == "2011-02-11", verb


def test_a_present_perfect_credited_to_someone_saying_it_now_is_the_reports_news():
    by = dated([["The Sorrel Bay ferry ran aground on Friday morning."],
                ["The island clinic says 14 passengers have been treated for hypothermia."],
                ["The ferry company says its boats have always sailed on time."],
                ["Islanders say the old pier has become a danger."]])
    assert by("The island clinic says").value == "2011-02-11"
    assert by("The ferry company says") is None  # "always": a perfect of all time, whoever says so
    assert by("Islanders say") is None  # "has become": a state


def test_a_participle_after_a_possessive_is_an_adjective():
    # "his wife's advanced illness": no past verb, so "plans to" decides: next March, not last March
    assert [t for _, t in markers("plans to stand down following his wife's advanced illness")] == ["future"]
    assert [t for _, t in markers("plans to stand down following his wife\u2019s advanced illness")] == ["future"]
    assert [t for _, t in markers("He\u2019s resigned")] == ["past"]  # "he's" is "he has": a past verb
    on = dated([["Halvorsen plans to stand down on March 15 following his wife's advanced illness."],
                ["He\u2019s resigned on March 1, the Ostrel board said."]], "2011-12-10T10:00:00+00:00")
    assert on("Halvorsen").value == "2012-03-15"
    assert on("He").value == "2011-03-01"
