"""Salience: which events the articles made most of (outlets, articles, headlines and leads, days)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from generator.export.contract import to_contract
from generator.model import Article, Claim, DateMention, Event, EventDate, Recall, Salience, Source, Statement, Timeline
from generator.stages import salience


def _article(aid: str, source: str, day: int, headline: str, sentences: list[str]) -> tuple[Article, tuple]:
    body = "\n\n".join(sentences)
    a = Article(aid, f"articles/{aid}.md", source, headline, None, datetime(2031, 4, day, 9, tzinfo=UTC), None, True,
                body, 5)
    stmts = [Statement(f"{aid}#s0", aid, 0, 0, headline, "headline", 0)]
    pos = 0
    for k, text in enumerate(sentences, start=1):
        stmts.append(Statement(f"{aid}#s{k}", aid, pos, pos + len(text), text, "claim", k))
        pos += len(text) + 2
    return a, tuple(stmts)


def _event(eid: str, *statement_ids: str, context: tuple[str, ...] = ()) -> Event:
    def claim(i: int, sid: str) -> Claim:
        return Claim(f"{eid}-c{i}", "x", (sid,), (sid.split("-")[0],))

    return Event(eid, "2031-04-02", "day", "test", eid, tuple(claim(i, s) for i, s in enumerate(statement_ids)),
                 tuple(claim(100 + i, s) for i, s in enumerate(context)))


FILLER = ["The weather in Dunmere stayed mild.", "Traffic on the ring road was light.",
          "The market hall reopened after repairs.", "A choir from Pellow sang in the square."]


def _rank(arts: list[tuple[Article, tuple]], events: list[Event]) -> dict[str, float]:
    articles = [a for a, _ in arts]
    stmts = {a.id: s for a, s in arts}
    return {e.id: e.salience for e in salience.rank(articles, stmts, events)}


def test_an_event_more_outlets_report_ranks_higher() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Dunmere weather",
                     [*FILLER, "The Dunmere dam was closed.", "Pellow voted."]),
            _article("beta-1", "beta", 2, "Pellow news", [*FILLER, "The Dunmere dam closed.", "Pellow held a vote."]),
            _article("alpha-2", "alpha", 2, "More news", [*FILLER, "The dam at Dunmere is shut.", "Pellow's vote."])]
    ranked = _rank(arts, [_event("dam", "alpha-1#s5", "beta-1#s5"), _event("vote", "alpha-1#s6", "alpha-2#s6")])
    assert ranked["dam"].outlets == 2 and ranked["vote"].outlets == 1
    assert ranked["dam"].articles == ranked["vote"].articles == 2
    assert ranked["dam"].score > ranked["vote"].score


def test_headline_and_lead_outweigh_a_mention_far_down() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Dunmere dam closed after cracks found",
                     ["The Dunmere dam was closed after cracks were found.", *FILLER, "Pellow voted on its budget."])]
    ranked = _rank(arts, [_event("dam", "alpha-1#s1"), _event("vote", "alpha-1#s6")])
    assert (ranked["dam"].leads, ranked["vote"].leads) == (1, 0)
    assert ranked["dam"].score == 2 * ranked["vote"].score  # reported + half for the lead + half for the headline


def test_a_headline_about_the_event_counts_even_below_the_lead() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Pellow votes on budget", [*FILLER, "Pellow voted on its budget."])]
    ranked = _rank(arts, [_event("vote", "alpha-1#s5")])
    assert ranked["vote"].leads == 1


def test_reported_again_days_later_ranks_higher() -> None:
    arts = [_article("alpha-1", "alpha", 2, "News", [*FILLER, "The Dunmere dam was closed.", "Pellow voted."]),
            _article("alpha-2", "alpha", 2, "News", [*FILLER, "The dam at Dunmere was shut.", "Pellow held a vote."]),
            _article("alpha-3", "alpha", 9, "News", [*FILLER, "On April 2 the dam was closed.", "Nothing else."]),
            _article("alpha-4", "alpha", 2, "News", [*FILLER, "Dam news.", "The vote in Pellow passed."])]
    ranked = _rank(arts, [_event("dam", "alpha-1#s5", "alpha-3#s5"), _event("vote", "alpha-2#s6", "alpha-4#s6")])
    assert (ranked["dam"].days, ranked["vote"].days) == (2, 1)
    assert ranked["dam"].score > ranked["vote"].score


def test_background_an_article_gives_does_not_count() -> None:
    arts = [_article("alpha-1", "alpha", 2, "News", ["The dam was closed.", *FILLER]),
            _article("beta-1", "beta", 2, "News", ["Dunmere was founded in 1820.", *FILLER])]
    ranked = _rank(arts, [_event("dam", "alpha-1#s1", context=("beta-1#s1",))])
    assert (ranked["dam"].outlets, ranked["dam"].articles) == (1, 1)


def test_an_unrelated_article_added_leaves_the_score_alone() -> None:
    base = [_article("alpha-1", "alpha", 2, "Dam closed", ["The dam was closed.", *FILLER])]
    more = [*base, _article("beta-1", "beta", 3, "Choir sings", ["A choir sang.", *FILLER])]
    assert _rank(base, [_event("dam", "alpha-1#s1")]) == _rank(more, [_event("dam", "alpha-1#s1")])


def test_hidden_statements_do_not_count() -> None:
    a, stmts = _article("alpha-1", "alpha", 2, "News", ["The dam was closed.", *FILLER])
    stmts = tuple(replace(s, hidden=True) if s.id == "alpha-1#s1" else s for s in stmts)
    assert _rank([(a, stmts)], [_event("dam", "alpha-1#s1")])["dam"].articles == 0


def test_the_export_carries_salience() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Dam closed", ["The dam was closed.", *FILLER])]
    events = salience.rank([arts[0][0]], {arts[0][0].id: arts[0][1]}, [_event("dam", "alpha-1#s1")])
    t = Timeline(sources=(Source("alpha", "Alpha"),), articles=(arts[0][0],), segments={},
                 statements={arts[0][0].id: arts[0][1]}, entities=(), mentions=(), events=tuple(events))
    doc = json.loads(json.dumps(to_contract(t)))
    assert doc["events"][0]["salience"] == events[0].salience.score == 2.0


def test_the_headline_counts_for_the_event_its_article_is_mostly_about() -> None:
    # the lead (first two sentences) is of another event, the headline shares no words with either:
    # the article is mostly (three claims of four) about the strike, which its headline announces
    arts = [_article("gamma-1", "gamma", 2, "Pellow walks out",
                     ["The Dunmere choir toured the valley.", FILLER[0], "The Pellow bus drivers stopped work at dawn.",
                      "No buses ran between Pellow and the coast.", "The drivers' union called the stoppage."])]
    ranked = _rank(arts, [_event("choir", "gamma-1#s1"), _event("strike", "gamma-1#s3", "gamma-1#s4", "gamma-1#s5")])
    assert (ranked["choir"].leads, ranked["strike"].leads) == (1, 1)
    assert ranked["strike"].score == ranked["choir"].score == 1.5  # reported + headline; reported + lead


def _dated(arts: list[tuple[Article, tuple]], sid: str, value: str) -> list[tuple[Article, tuple]]:
    """``arts`` with statement ``sid`` dated by its article to ``value``."""
    when = EventDate(value, "day", "test")
    return [(a, tuple(replace(s, event_date=when) if s.id == sid else s for s in ss)) for a, ss in arts]


def test_an_article_dating_its_statement_to_another_day_does_not_count() -> None:
    # one claim by its words: the launch of April 2 and a launch the later article dates to April 8
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 9, "Second ferry launched", ["A Dunmere ferry was launched.", *FILLER])]
    arts = _dated(_dated(arts, "alpha-1#s1", "2031-04-02"), "alpha-2#s1", "2031-04-08")
    ranked = _rank(arts, [_event("ferry", "alpha-1#s1", "alpha-2#s1")])
    assert (ranked["ferry"].articles, ranked["ferry"].days) == (1, 1)


def test_a_later_article_dating_its_recap_to_the_day_counts() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 9, "Ferry sails", ["The ferry, launched on April 2, sailed.", *FILLER])]
    arts = _dated(_dated(arts, "alpha-1#s1", "2031-04-02"), "alpha-2#s1", "2031-04-02")
    assert _rank(arts, [_event("ferry", "alpha-1#s1", "alpha-2#s1")])["ferry"].days == 2


def test_an_article_published_before_the_happening_does_not_count() -> None:
    # an undated description of the ferry being built, a day before the launch it is worded like
    arts = [_article("alpha-0", "alpha", 1, "Ferry nearly done", ["The Dunmere ferry is being built.", *FILLER]),
            _article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER])]
    ranked = _rank(arts, [_event("ferry", "alpha-0#s1", "alpha-1#s1")])
    assert (ranked["ferry"].articles, ranked["ferry"].days) == (1, 1)


def test_an_article_announcing_the_event_before_its_day_counts() -> None:
    arts = [_article("alpha-0", "alpha", 1, "Ferry launch tomorrow", ["The Dunmere ferry will be launched.", *FILLER]),
            _article("beta-1", "beta", 1, "Launch set", ["The ferry's launch is set for April 2.", *FILLER])]
    launch = replace(_event("ferry", "alpha-0#s1", "beta-1#s1"), status="announced")
    assert _rank(arts, [launch])["ferry"].articles == 2


def test_a_second_article_outweighs_one_articles_headline_and_lead() -> None:
    # the dam leads one article's headline and lead; the vote is reported far down by two articles
    arts = [_article("alpha-1", "alpha", 2, "Dunmere dam closed", ["The Dunmere dam was closed.", *FILLER]),
            _article("alpha-2", "alpha", 3, "News", [*FILLER, "Pellow voted on its budget."]),
            _article("alpha-3", "alpha", 4, "More news", [*FILLER, "Pellow's budget vote passed."])]
    ranked = _rank(arts, [_event("dam", "alpha-1#s1"), _event("vote", "alpha-2#s5", "alpha-3#s5")])
    assert ranked["vote"].score > ranked["dam"].score


def test_equal_scores_rank_by_outlets_then_claims_not_by_date() -> None:
    def event(eid: str, day: str, claims: int, sources: tuple[str, ...]) -> Event:
        cs = tuple(Claim(f"{eid}-c{i}", "x", (f"{eid}#s{i}",), sources) for i in range(claims))
        return Event(eid, day, "day", "test", eid, cs, salience=Salience(2.0, 1, 1, 1, 1))

    early, wide, long = event("early", "2031-04-01", 1, ("alpha",)), event("wide", "2031-04-09", 1, ("alpha", "beta")), \
        event("long", "2031-04-05", 4, ("alpha",))
    assert [e.id for e in salience.ranked([early, long, wide])] == ["wide", "long", "early"]


def _naming(arts: list[tuple[Article, tuple]], sid: str, value: str) -> list[tuple[Article, tuple]]:
    """``arts`` with statement ``sid`` naming the day ``value`` in a date expression (not its own date)."""
    mention = DateMention("April 2", 0, 7, value, "day", "test")
    return [(a, tuple(replace(s, dates=(mention,)) if s.id == sid else s for s in ss)) for a, ss in arts]


def test_an_article_naming_the_day_in_another_claim_counts_as_a_report() -> None:
    # the ferry and the dam were each reported by one article; a later article recalls the ferry's
    # day in a relative clause of a statement about something else: the ferry's day mattered
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 3, "Dam closed", ["The Dunmere dam was closed.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Ferry sails",
                     ["The ferry, which was launched on April 2, sailed to Pellow.", *FILLER])]
    arts = _naming(arts, "alpha-3#s1", "2031-04-02")
    ferry, dam = _event("ferry", "alpha-1#s1"), replace(_event("dam", "alpha-2#s1"), date="2031-04-03")
    ranked = _rank(arts, [ferry, dam, replace(_event("sails", "alpha-3#s1"), date="2031-04-09")])
    assert (ranked["ferry"].named, ranked["dam"].named, ranked["sails"].named) == (1, 0, 0)
    assert ranked["ferry"].articles == 1  # named, not reported: its own count
    assert ranked["ferry"].score == ranked["dam"].score + salience.NAMED_WEIGHT


def test_an_article_of_the_event_naming_its_day_is_counted_once() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched on April 2.", *FILLER])]
    arts = _naming(arts, "alpha-1#s1", "2031-04-02")
    assert _rank(arts, [_event("ferry", "alpha-1#s1")])["ferry"].named == 0


def test_a_hidden_statement_naming_the_day_does_not_count() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Ferry sails", ["The ferry, launched on April 2, sailed.", *FILLER])]
    arts = _naming(arts, "alpha-3#s1", "2031-04-02")
    arts = [(a, tuple(replace(s, hidden=True) if s.id == "alpha-3#s1" else s for s in ss)) for a, ss in arts]
    assert _rank(arts, [_event("ferry", "alpha-1#s1")])["ferry"].named == 0


def test_an_event_known_to_its_month_takes_no_day_mentions() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Ferry sails", ["The ferry, launched on April 2, sailed.", *FILLER])]
    arts = _naming(arts, "alpha-3#s1", "2031-04-02")
    month = replace(_event("ferry", "alpha-1#s1"), date="2031-04", precision="month")
    assert _rank(arts, [month])["ferry"].named == 0


def test_page_furniture_naming_the_day_does_not_count() -> None:
    # a blog's "Posted on April 2" stamp names the day of its post, not news of that day
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("beta-1", "beta", 2, "Choir news", ["Posted on April 2 by the editor.", *FILLER])]
    arts = _naming(arts, "beta-1#s1", "2031-04-02")
    arts = [(a, tuple(replace(s, kind="boilerplate") if s.id == "beta-1#s1" else s for s in ss)) for a, ss in arts]
    assert _rank(arts, [_event("ferry", "alpha-1#s1")])["ferry"].named == 0


def test_a_mention_of_a_busy_day_counts_for_the_happening_its_sentence_tells_of() -> None:
    # two happenings on April 2 (the ferry, the dam), each one article's; a later article names the
    # day in a sentence about the dam: the dam's day mattered, not the ferry's
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 2, "Dam closed", ["The Dunmere dam was closed to walkers.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Dam report",
                     ["Engineers who inspected the dam on April 2 found cracks in its walls.", *FILLER])]
    arts = _naming(arts, "alpha-3#s1", "2031-04-02")
    events = [_event("ferry", "alpha-1#s1"), _event("dam", "alpha-2#s1"),
              replace(_event("report", "alpha-3#s1"), date="2031-04-09")]
    ranked = _rank(arts, events)
    assert (ranked["ferry"].named, ranked["dam"].named) == (0, 1)


def test_a_mention_that_says_not_which_happening_counts_for_every_one_of_its_day() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 2, "Dam closed", ["The Dunmere dam was closed to walkers.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Busy week", ["April 2 was a busy day in town.", *FILLER])]
    arts = _naming(arts, "alpha-3#s1", "2031-04-02")
    events = [_event("ferry", "alpha-1#s1"), _event("dam", "alpha-2#s1"),
              replace(_event("week", "alpha-3#s1"), date="2031-04-09")]
    ranked = _rank(arts, events)
    assert (ranked["ferry"].named, ranked["dam"].named) == (1, 1)


def test_a_recall_clause_counts_for_the_event_it_was_linked_to() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 2, "Dam closed", ["The Dunmere dam was closed to walkers.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Town news", ["The town, which saw much on April 2, voted.", *FILLER])]
    arts = _naming(arts, "alpha-3#s1", "2031-04-02")  # the mention at offsets 0-7: inside the linked clause
    ferry = replace(_event("ferry", "alpha-1#s1"), recalls=(Recall("alpha-3#s1", 0, 40),))
    events = [ferry, _event("dam", "alpha-2#s1"), replace(_event("vote", "alpha-3#s1"), date="2031-04-09")]
    ranked = _rank(arts, events)
    assert (ranked["ferry"].named, ranked["dam"].named) == (1, 0)


def test_a_later_article_telling_a_happening_again_in_words_counts_as_its_recap() -> None:
    # the ferry and the dam on April 2; a week later an article tells of the dam again, with no date
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 2, "Dam closed", ["The Dunmere dam was closed to walkers.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Walkers wait", ["Walkers still find the Dunmere dam closed.", *FILLER])]
    events = [_event("ferry", "alpha-1#s1"), _event("dam", "alpha-2#s1"),
              replace(_event("wait", "alpha-3#s1"), date="2031-04-09")]
    ranked = _rank(arts, events)
    assert (ranked["ferry"].recapped, ranked["dam"].recapped) == (0, 1)
    assert ranked["dam"].score == ranked["ferry"].score + salience.RECAP_WEIGHT
    assert ranked["wait"].recapped == 0  # an article's own event is no recap of it


def test_words_that_fit_two_happenings_alike_or_a_later_day_recap_none() -> None:
    arts = [_article("alpha-1", "alpha", 2, "Ferry launched", ["The Dunmere ferry was launched.", *FILLER]),
            _article("alpha-2", "alpha", 2, "Dam closed", ["The Dunmere dam was closed to walkers.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Both", ["The Dunmere ferry and the dam were in the news.", *FILLER]),
            _article("alpha-4", "alpha", 1, "Before", ["The Dunmere dam was closed to walkers.", *FILLER])]
    events = [_event("ferry", "alpha-1#s1"), _event("dam", "alpha-2#s1"),
              replace(_event("both", "alpha-3#s1"), date="2031-04-09"),
              replace(_event("before", "alpha-4#s1"), date="2031-04-01")]
    ranked = _rank(arts, events)
    assert (ranked["ferry"].recapped, ranked["dam"].recapped) == (0, 0)  # alpha-4 came out before the dam's day


def test_what_is_ahead_or_of_a_day_named_is_no_recap() -> None:
    arts = [_article("alpha-2", "alpha", 2, "Dam closed", ["The Dunmere dam was closed to walkers.", *FILLER]),
            _article("alpha-3", "alpha", 9, "Dam to close", ["The Dunmere dam will be closed to walkers again.",
                                                             "Walkers found the Dunmere dam closed on April 8.", *FILLER])]
    a3, stmts = arts[1]
    ahead = EventDate("2031-04", "month", "test", status="announced")
    on_the_8th = DateMention("April 8", stmts[2].start + 41, stmts[2].start + 48, "2031-04-08", "day", "test")
    stmts = (stmts[0], replace(stmts[1], event_date=ahead), replace(stmts[2], dates=(on_the_8th,)), *stmts[3:])
    ranked = _rank([arts[0], (a3, stmts)], [_event("dam", "alpha-2#s1")])
    assert ranked["dam"].recapped == 0
