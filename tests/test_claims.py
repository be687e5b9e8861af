"""Claim matching across outlets: on the seeds (hand-made statements) and on small cases."""

from __future__ import annotations

import random
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from generator.model import Article, Entity, EventDate, Mention, Overrides, Statement
from generator.stages import claims
from generator.stages.claims import blocking, clustering, features, items, scorer
from generator.text import numbers, wording

from . import seed_statements as seeds
from .conftest import CONTENT

J, I = seeds.JPOST, seeds.IRANPRESS  # noqa: E741 (the two outlets, short)


@pytest.fixture(scope="module")
def seed_claims():
    arts, stmts = seeds.seed()
    return claims.match(arts, stmts, seeds.ENTITIES, Overrides()), stmts


def claim_of(found, statement_id):
    """The claim a statement is a member of (not one it is only shared with: ``Claim.shared``)."""
    return next((c for c in found if statement_id in c.statements and statement_id not in c.shared), None)


def text_of(stmts, statement_id):
    return next(s.text for ss in stmts.values() for s in ss if s.id == statement_id)


# ---------------------------------------------------------------- the seeds


@pytest.mark.parametrize(
    ("jpost", "iranpress"),
    [
        ("#s2", "#s1"),  # signed a military cooperation agreement
        ("#s1", "#s3"),  # both sides discussed the situation in Syria
        ("#s5", "#s5"),  # Caesar Act
        ("#s7", "#s4"),  # subjugate / bring to its knees: two translations of one quote
        ("#s9", "#s7"),  # Israel is a strong partner
        ("#s10", "#s8"),  # rebel groups / Terrorist groups
        ("#s14", "#s10"),  # Turkey is a little late
        ("#s15", "#s11"),  # Turkey needs to realize
        ("#s3", "#s9"),  # Iran's air-defence commitment, reported by jpost, a quote in Iran Press
    ],
)
def test_seed_paraphrases_and_translations_are_one_claim(seed_claims, jpost, iranpress):
    found, _ = seed_claims
    c = claim_of(found, J + jpost)
    assert c is not None and I + iranpress in c.statements
    assert c.sources == ("iranpress", "jpost")


def test_bagheris_two_turkey_sentences_stay_two_claims(seed_claims):
    found, _ = seed_claims
    late, realize = claim_of(found, f"{I}#s10"), claim_of(found, f"{I}#s11")
    assert late is not realize
    assert late.speaker == realize.speaker == seeds.BAGHERI


def test_russias_air_defence_deliveries_are_not_irans_commitment(seed_claims):
    found, _ = seed_claims
    russia = claim_of(found, f"{J}#s13")
    assert russia.statements == (f"{J}#s13",)
    assert russia.flags == ("single_source",)
    assert russia.date is None


def test_a_claim_holds_two_statements_of_one_article_only_when_it_repeats_itself(seed_claims):
    """Word for word (a standfirst); a lead and a paragraph that reword it are two statements, of
    which another outlet's claim takes one (clustering.REPEATED)."""
    found, stmts = seed_claims
    twice = []
    for c in found:
        per_article: dict[str, list[str]] = {}
        for s in c.statements:
            per_article.setdefault(s.split("#")[0], []).append(s)
        for ids in per_article.values():
            if len({" ".join(text_of(stmts, s).split()) for s in ids}) > 1:
                twice.append(ids)
    assert twice == []


def test_a_standfirst_repeated_in_the_text_is_one_claim(seed_claims):
    found, _ = seed_claims
    assert claim_of(found, f"{J}#s1") is claim_of(found, f"{J}#s4")


def test_sources_are_exactly_the_outlets_of_the_statements(seed_claims):
    found, _ = seed_claims
    outlet = {J: "jpost", I: "iranpress"}
    for c in found:
        assert c.sources == tuple(sorted({outlet[s.split("#")[0]] for s in c.statements}))
        assert ("single_source" in c.flags) == (len(c.sources) == 1)


def test_every_reportable_statement_is_in_exactly_one_claim_except_headlines_carried_by_their_text(
    seed_claims,
):
    found, stmts = seed_claims
    placed = [s for c in found for s in c.statements if s not in c.shared]
    assert len(placed) == len(set(placed))
    missing = {s.id for ss in stmts.values() for s in ss} - set(placed)
    assert missing == {f"{J}#s0"}  # the jpost headline, which its own text carries


def test_wording_differs_where_outlets_chose_other_words(seed_claims):
    found, _ = seed_claims
    assert "wording_differs" in claim_of(found, f"{J}#s7").flags  # subjugate / bring to its knees
    assert "wording_differs" in claim_of(found, f"{J}#s10").flags  # rebel / terrorist groups
    assert "wording_differs" not in claim_of(found, f"{J}#s9").flags  # word for word
    assert "wording_differs" not in claim_of(found, f"{J}#s14").flags


def test_claim_text_is_the_earliest_outlets_body_statement(seed_claims):
    found, stmts = seed_claims
    c = claim_of(found, f"{J}#s7")
    assert c.statements == (f"{J}#s7", f"{I}#s4")
    assert c.text == " ".join(text_of(stmts, f"{J}#s7").split())
    assert c.id == f"c-{J}-s7"


def test_claims_of_an_undated_article_take_the_date_of_the_dated_outlet():
    arts, stmts = seeds.seed(inferred=False)
    found = claims.match(arts, stmts, seeds.ENTITIES, Overrides())
    assert claim_of(found, f"{I}#s10").date.value == "2020-07-08"
    assert claim_of(found, f"{I}#s14").date.value == "2020-07-01"
    assert claim_of(found, f"{I}#s13").date is None  # Iran Press alone, not yet dated


def test_same_input_same_output_whatever_the_order():
    arts, stmts = seeds.seed()
    first = claims.match(arts, stmts, seeds.ENTITIES, Overrides())
    shuffled = list(arts)
    random.Random(4).shuffle(shuffled)
    again = claims.match(shuffled[::-1], dict(reversed(list(stmts.items()))), seeds.ENTITIES, Overrides())
    assert first == again


# ---------------------------------------------------------------- editor overrides


def test_hide_drops_a_statement():
    arts, stmts = seeds.seed()
    found = claims.match(arts, stmts, seeds.ENTITIES, Overrides(hide=(f"{I}#s10",)))
    assert claim_of(found, f"{I}#s10") is None
    assert claim_of(found, f"{J}#s14").flags == ("single_source",)


def test_split_makes_a_statement_a_claim_of_its_own():
    arts, stmts = seeds.seed()
    found = claims.match(arts, stmts, seeds.ENTITIES, Overrides(split=(f"{I}#s8",)))
    alone = claim_of(found, f"{I}#s8")
    assert alone.statements == (f"{I}#s8",)
    assert alone.flags == ("single_source", "editor")
    assert claim_of(found, f"{J}#s10").statements == (f"{J}#s10",)


def test_merge_joins_statements_and_claims_whatever_the_score():
    arts, stmts = seeds.seed()
    ov = Overrides(merge=((f"{J}#s8", f"{I}#s6"), (f"c-{J}-s6", f"{I}#s12")))
    found = claims.match(arts, stmts, seeds.ENTITIES, ov)
    victory = claim_of(found, f"{J}#s8")
    assert victory.statements == (f"{J}#s8", f"{I}#s6")
    assert "editor" in victory.flags and victory.sources == ("iranpress", "jpost")
    assert claim_of(found, f"{I}#s12") is claim_of(found, f"{J}#s6")
    assert "editor" not in claim_of(found, f"{J}#s14").flags


# ---------------------------------------------------------------- small hand-made cases

T0 = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)


def art(aid: str, source: str, when: datetime | None = T0) -> Article:
    return Article(id=aid, path=f"articles/{aid}.md", source=source, title=None, url=None, published=when,
                   published_text=when.isoformat() if when else None, published_has_time=True,
                   body="", body_line=1)  # fmt: skip


def st(
    aid: str, n: int, text: str, *, day: str | None = "2024-03-04", speaker=None, kind="claim"
) -> Statement:
    ed = EventDate(day, "day", "publication date") if day else None
    return Statement(f"{aid}#s{n}", aid, 0, len(text), text, kind, n, speaker=speaker, event_date=ed)


def run(*pairs):
    arts = [a for a, _ in pairs]
    return claims.match(arts, {a.id: tuple(s) for a, s in pairs}, [], Overrides())


def test_numbers_that_disagree_are_flagged_with_what_each_outlet_wrote():
    a, b, c = art("a", "one"), art("b", "two"), art("c", "three")
    found = run(
        (a, [st("a", 1, "Twelve people were injured when the bridge collapsed in Porto on Monday.")]),
        (b, [st("b", 1, "At least 15 people were injured when a bridge collapsed in Porto on Monday.")]),
        (c, [st("c", 1, "12 people were injured as the old bridge collapsed in Porto on Monday.")]),
    )
    assert len(found) == 1
    assert set(found[0].flags) >= {"number_differs"}
    assert found[0].numbers == (("one", "Twelve"), ("three", "12"), ("two", "At least 15"))


def test_same_numbers_in_words_and_digits_agree():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 1, "Twelve people were injured when the bridge collapsed in Porto on Monday.")]),
        (b, [st("b", 1, "12 people were injured when the bridge collapsed in Porto on Monday.")]),
    )
    assert "number_differs" not in found[0].flags and found[0].numbers == ()


RESTATED_TOLLS = [
    ("The explosion at a Kabul market on Monday injured 12 people, police said.",
     "At least 15 people were wounded when a blast hit a market in Kabul on Monday."),
    ("Floods in Dhaka forced 3,000 families from their homes on Tuesday.",
     "Some 4,500 families had to leave their homes as floods hit Dhaka on Tuesday."),
    ("A fire at a textile factory in Dhaka killed 23 workers.",
     "At least 31 workers died in a blaze at a textile factory in Dhaka."),
    ("Police said 200 protesters were arrested in Minsk.",
     "More than 300 demonstrators were arrested in Minsk, police said."),
]  # fmt: skip


@pytest.mark.parametrize("first", [0, 1], ids=["as-listed", "swapped"])
@pytest.mark.parametrize(("one", "two"), RESTATED_TOLLS, ids=[p[0][:24] for p in RESTATED_TOLLS])
def test_one_claim_reworded_with_other_figures_is_told_a_disputed_figure(one, two, first):
    """Two outlets' figures for one count of one day (``figure_disputed``), not two counts; whether
    the fitted model then makes one claim of them is its call (``benchmarks/README.md``, claims)."""
    texts = (one, two) if first == 0 else (two, one)
    x, _ = _pair(*texts)
    assert x[features.FEATURES.index("numbers_differ")] == 1.0
    assert x[features.FEATURES.index("figure_disputed")] > 0


OTHER_COUNTS = [
    ("3 rockets hit Kabul airport on Monday.",  # what is counted: rockets / people
     "2 people were injured when rockets hit Kabul airport on Monday."),
    ("Floods in Dhaka forced 3,000 families from their homes.",
     "Floods in Dhaka destroyed 4,500 homes."),
    ("The army said 40 militants were killed in Helmand on Monday.",
     "The army said 12 soldiers were killed in Helmand on Monday."),
]  # fmt: skip


@pytest.mark.parametrize("first", [0, 1], ids=["as-listed", "swapped"])
@pytest.mark.parametrize(("one", "two"), OTHER_COUNTS, ids=[p[0][:24] for p in OTHER_COUNTS])
def test_figures_of_different_things_are_told_apart(one, two, first):
    """What two figures count is a signal the scorer weighs (``counts_differ``); whether it keeps two
    such statements apart is the fitted model's call (the gold has few such pairs: see the README)."""
    texts = (one, two) if first == 0 else (two, one)
    x, _ = _pair(*texts)
    assert x[features.FEATURES.index("numbers_differ")] == 1.0
    assert x[features.FEATURES.index("counts_differ")] == 1.0 or "families" in one  # homes / families


def test_a_toll_reworded_with_other_figures_on_another_day_or_place_is_told_apart():
    one = "Twelve people were injured in a blast at a market in Kabul on Monday."
    apart = {f: features.FEATURES.index(f) for f in ("dated_differ", "names_apart", "background_differs")}
    a, b = art("a", "one"), art("b", "two", T0 + timedelta(days=1))
    its = items.build([a, b], {"a": (st("a", 1, one),), "b": (st("b", 1, one.replace("Monday", "Tuesday"),
                                                                      day="2024-03-05"),)}, Overrides())
    idf = items.word_idf(its)
    x = features.features(its[0], its[1], items.Vectors(its, idf), idf)
    assert x[apart["dated_differ"]] == 1.0
    other_place = "At least 15 people were wounded in an explosion at a market in Herat on Monday."
    assert _pair(one, other_place)[0][apart["names_apart"]] > 0.5


def _pair(x: str, y: str) -> tuple[list[float], float]:
    """The features and the probability of one claim, for two statements of two outlets."""
    a, b = art("a", "one"), art("b", "two")
    its = items.build([a, b], {"a": (st("a", 1, x),), "b": (st("b", 1, y),)}, Overrides())
    idf = items.word_idf(its)
    p = clustering.Scores(its, items.Vectors(its, idf), idf, scorer.MODEL)
    p.prime([(0, 1)])
    return p.features(0, 1), p(0, 1)


def test_the_dead_and_the_injured_are_two_tolls():
    x, y = (
        "12 died in a blast at a market in Kabul on Monday.",
        "15 injured in a blast at a market in Kabul on Monday.",
    )
    assert wording.other_toll(wording.content_words(x), wording.content_words(y))
    assert features.never(_pair(x, y)[0]) and _pair(x, y)[1] == 0.0  # a rule, whatever the weights
    assert not features.never(_pair(x, y.replace("15 injured", "at least 15 dead"))[0])
    a, b = art("a", "one"), art("b", "two")
    killed = "12 people were killed in a blast in Kabul on Monday."
    assert len(run((a, [st("a", 1, killed)]), (b, [st("b", 1, killed.replace("killed", "injured"))]))) == 2
    both = "12 people were killed and 40 injured in a blast in Kabul on Monday."
    assert len(run((a, [st("a", 1, both)]), (b, [st("b", 1, both.replace("injured", "wounded"))]))) == 1


def test_a_day_told_before_it_came_and_after_are_a_plan_and_its_outcome():
    # published on Saturday about Sunday, and on Monday about the same Sunday: two claims
    saturday, monday = art("a", "one", T0), art("b", "two", T0 + timedelta(days=2))
    plan = replace(st("a", 1, "The Denby council said residents of Holm would be allowed to return home on Sunday.",
                      day="2024-03-05"), kind="claim")  # fmt: skip
    done = st("b", 1, "Residents of Holm were allowed to return home on Sunday.", day="2024-03-05")
    found = run((saturday, [plan]), (monday, [done]))
    assert len(found) == 2
    # told by both once the day had come, it is one claim
    later = replace(plan, event_date=EventDate("2024-03-04", "day", "publication date"))
    again = replace(done, event_date=EventDate("2024-03-04", "day", "publication date"))
    assert len(run((saturday, [later]), (monday, [again]))) == 1


def test_a_count_raised_from_a_figure_is_not_the_claim_of_that_figure():
    # one outlet's "43 flooded" on Tuesday and its "raised to 64, from 43" on Friday: two claims; the
    # other outlet's "43 flooded" is the first one's claim
    tue, fri, other = art("a", "one", T0), art("b", "one", T0 + timedelta(days=3)), art("c", "two", T0)
    first = st("a", 1, "The Holm water board said on Tuesday that 43 homes had been flooded.")
    raised = st("b", 1, "The water board raised its count of flooded homes to 64 on Friday, from 43.", day="2024-03-07")
    said = st("c", 1, "The Holm water board said 43 homes were flooded on Tuesday.")
    found = run((tue, [first]), (fri, [raised]), (other, [said]))
    assert sorted(c.statements for c in found) == [("a#s1", "c#s1"), ("b#s1",)]


def test_a_figure_counting_something_else_is_told_apart():
    x = "The council of Braga approved 25 new bridges for the Faro district after a long debate."
    counts_differ = features.FEATURES.index("counts_differ")
    assert _pair(x, x.replace("25 new bridges", "102 new ports"))[0][counts_differ] == 1.0  # a word replaced
    assert _pair(x, x.replace("25 new bridges", "at least 30 new bridges"))[0][counts_differ] == 0.0


def test_outlets_dating_one_claim_differently_are_flagged():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 1, "The central bank raised its main interest rate by half a point to fight inflation.")]),
        (b, [st("b", 1, "The central bank raised its main interest rate by half a point to fight inflation.",
                day="2024-03-03")]),
    )  # fmt: skip
    assert len(found) == 1 and "date_differs" in found[0].flags
    assert found[0].date.value == "2024-03-04"  # a tie: the earliest-published outlet's


def test_one_outlet_statement_pairs_with_its_best_match_only():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 1, "The minister said the new railway line to the airport will open in June next year."),
             st("a", 2, "The minister said the railway line to the airport will cost four billion euros.")]),
        (b, [st("b", 1, "The new railway line to the airport will open in June next year, the minister said.")]),
    )  # fmt: skip
    assert [c.statements for c in found] == [("a#s1", "b#s1"), ("a#s2",)]


def test_chaining_through_a_third_outlet_never_puts_two_statements_of_one_article_together():
    a, b, c = art("a", "one"), art("b", "two"), art("c", "three")
    found = run(
        (a, [st("a", 1, "Floods closed the main road between Leeds and York on Sunday."),
             st("a", 2, "Floods closed the railway between Leeds and York on Sunday.")]),
        (b, [st("b", 1, "Floods closed the main road between Leeds and York on Sunday, police said.")]),
        (c, [st("c", 1, "Floods closed the road and the railway between Leeds and York on Sunday.")]),
    )  # fmt: skip
    for cl in found:
        assert len({s.split("#")[0] for s in cl.statements}) == len(cl.statements)


def test_statements_weeks_apart_are_never_compared():
    text = "The mayor opened the new bridge over the river Douro in a public ceremony."
    a, b = art("a", "one"), art("b", "two", T0 + timedelta(days=30))
    found = run((a, [st("a", 1, text)]), (b, [st("b", 1, text, day="2024-04-03")]))
    assert len(found) == 2
    near = art("b", "two", T0 + timedelta(days=blocking.WINDOW_DAYS))
    assert len(run((a, [st("a", 1, text)]), (near, [st("b", 1, text)]))) == 1


def test_different_speakers_saying_alike_things_need_more_than_alike_words():
    a, b = art("a", "one"), art("b", "two")
    s1 = st("a", 1, "We will never accept these sanctions on our people.", speaker="x")
    s2 = st("b", 1, "We will never accept these sanctions on our people.", speaker="y")
    same = run((a, [replace(s1, speaker=None)]), (b, [s2]))
    assert len(same) == 1
    k = features.FEATURES.index("speaker_differ")
    assert scorer.MODEL.pair.weights[k] < 0 and scorer.MODEL.context.weights[k] < 0  # as fitted on the gold


def test_a_lone_headline_is_not_a_claim_but_one_that_carries_a_claim_joins_it():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 0, "Porto bridge collapse injures a dozen", kind="headline"),
             st("a", 1, "Twelve people were injured when the bridge collapsed in Porto on Monday.")]),
        (b, [st("b", 0, "Storm season opens early", kind="headline"),
             st("b", 1, "Twelve people were injured when a bridge collapsed in Porto on Monday.")]),
    )  # fmt: skip
    assert [c.statements for c in found] == [("a#s1", "b#s1")]
    found = run(
        (a, [st("a", 1, "Twelve people were injured when the bridge collapsed in Porto on Monday.")]),
        (b, [st("b", 0, "Bridge collapse in Porto injures twelve people", kind="headline")]),
    )  # fmt: skip
    assert [c.statements for c in found] == [("a#s1", "b#s0")]


def _long_article(n: int) -> list[Statement]:
    """A live blog: ``n`` statements alike in form (most words shared by dozens of them)."""
    cities = [
        "Porto",
        "Braga",
        "Faro",
        "Evora",
        "Leiria",
        "Viseu",
        "Aveiro",
        "Coimbra",
        "Setubal",
        "Beja",
        "Guarda",
    ]
    things = [
        "buses",
        "schools",
        "bridges",
        "clinics",
        "parks",
        "roads",
        "libraries",
        "markets",
        "wells",
        "ports",
    ]
    verbs = ["approved", "rejected", "delayed", "funded", "reviewed", "cancelled", "praised"]
    return [
        st("a", k, f"The council of {cities[k % 11]} {verbs[k % 7]} {k + 3} new {things[k % 10]} "
                   f"for the {cities[(k * 7) % 11]} district after a long debate.")
        for k in range(1, n + 1)
    ]  # fmt: skip


def test_a_claim_repeated_far_apart_in_a_long_article_is_one_claim():
    stmts = _long_article(400)
    said = stmts[4].text  # s5, said again near the end: word for word, then attributed
    stmts[370] = replace(stmts[370], text=said)
    stmts[390] = replace(stmts[390], text=said.replace(".", ", it said."))
    found = run((art("a", "one"), stmts))
    assert claim_of(found, "a#s5").statements == ("a#s5", "a#s371", "a#s391")
    assert all(len(c.statements) == 1 for c in found if c is not claim_of(found, "a#s5"))


def test_repeats_in_one_article_are_looked_for_without_scoring_every_pair():
    stmts = _long_article(600)
    its = items.build([art("a", "one")], {"a": tuple(stmts)}, Overrides())
    pairs = list(blocking.repeat_candidates(its, items.word_idf(its)))
    assert len(pairs) <= blocking.TOP_K * len(its) < len(its) * (len(its) - 1) // 2 // 10
    assert all(i < j for i, j in pairs) and len(set(pairs)) == len(pairs)


def test_nothing_to_match():
    assert claims.match([], {}, [], Overrides()) == []
    a = art("a", "one")
    assert claims.match([a], {"a": (st("a", 1, "...", kind="boilerplate"),)}, [], Overrides()) == []


# ---------------------------------------------------------------- numbers and wording in claims


def test_numbers_far_apart_and_close():
    f = numbers.find
    assert numbers.gap(f("12 injured"), f("at least 15 injured")) == pytest.approx(0.2)
    assert numbers.gap(f("rate to 32 percent"), f("rate to 60 percent")) == pytest.approx(28 / 60)


def test_templated_reports_of_two_places_name_apart():
    x, _ = _pair("Thirty people were injured when a bridge collapsed in Tallinn on Sunday.",
                 "Thirty people were injured when a bridge collapsed in Harare on Sunday.")
    assert x[features.FEATURES.index("names_apart")] == pytest.approx(0.6)
    assert x[features.FEATURES.index("names_shared")] == 0.0


# ---------------------------------------------------------------- adding an article only adds

THIRD_OUTLET = Path(__file__).parent / "fixtures" / "third-outlet"
THIRD_SOURCES = """
meridian:
  name: Meridian Wire
continental:
  name: Continental Press
harbour:
  name: Harbour Monitor
"""


def _claims_of(timeline) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each claim's own statements, and all it lists (also those it shares with another claim:
    ``Claim.shared``, a sentence of two claims standing in both)."""
    return [(frozenset(s for s in c.statements if s not in c.shared), frozenset(c.statements))
            for e in timeline.events for c in (*e.claims, *e.context)]  # fmt: skip


@pytest.fixture(scope="module")
def seed_content_claims():
    from generator.pipeline import build_timeline

    return _claims_of(build_timeline(CONTENT))


@pytest.mark.parametrize("name", sorted(p.name for p in THIRD_OUTLET.glob("*.md")))
def test_a_third_outlets_article_only_adds_to_the_seed_claims(name, seed_content_claims, tmp_path):
    """Two wires' reports of the same signing (fictional outlets), a monitor's one of the next day (Baqeri,
    Ayoub), and an unrelated Lebanese story of the same day: every seed claim keeps all its
    statements, and no two seed claims become one."""
    from generator.pipeline import build_timeline

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "sources.yml").write_text((content / "sources.yml").read_text() + THIRD_SOURCES)
    shutil.copy(THIRD_OUTLET / name, content / "articles" / name)
    after = _claims_of(build_timeline(content))
    for _, before in seed_content_claims:  # what a reader saw listed is still listed together
        assert any(before <= c for _, c in after), sorted(before)
    for c, _ in after:  # a claim's own seed statements were listed together by one seed claim
        seed = {s for s in c if not s.startswith(name[:-3] + "#")}
        assert not seed or any(seed <= before for _, before in seed_content_claims), sorted(c)
    joined = [c for c, _ in after if any(s.startswith(name[:-3] + "#") for s in c)
              and any(b & c for b, _ in seed_content_claims)]  # fmt: skip
    assert bool(joined) == (name != "unrelated.md")  # the same signing joins the seed claims


def _synthetic():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "synth.py"
    spec = importlib.util.spec_from_file_location("synth", path)
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    return synth.generate(80, seed=7)


@pytest.mark.xfail(
    strict=True,
    reason="not yet: on the synthetic corpus, adding 5 articles to 20..65 takes a statement out of "
    "3 of 214 claims of several statements (1 before the change that fixed the seeds): a new statement "
    "joins first and vetoes a later join, and TF-IDF weights and blocking's word counts move with the "
    "corpus; see claims._cluster and benchmarks/README.md",
)
def test_adding_synthetic_articles_never_takes_a_statement_out_of_a_claim():
    corpus = _synthetic()
    broken = []
    for n in range(20, 80, 15):
        before, after = corpus.articles[:n], corpus.articles[: n + 5]
        old = claims.match(before, {a.id: corpus.statements[a.id] for a in before}, [], Overrides())
        new = claims.match(after, {a.id: corpus.statements[a.id] for a in after}, [], Overrides())
        where = {s: k for k, c in enumerate(new) for s in c.statements}
        broken += [(n, c.statements) for c in old if len({where[s] for s in c.statements}) > 1]
    assert broken == []


def test_a_claim_cut_before_its_next_clause_ends_with_a_full_stop():
    # the statement keeps the comma it was cut at (the outlet's own wording); the claim reads as a sentence
    text = "The mayors of Holm and Vell signed a water-sharing pact on Tuesday,"
    (found,) = run((art("a", "one"), [st("a", 1, text)]))
    assert found.text == "The mayors of Holm and Vell signed a water-sharing pact on Tuesday."


def test_a_statement_knows_which_of_its_names_name_a_person():
    text = "Volunteer Anka Brelic was hurt when the fire crossed the Orsava road on Tuesday."
    other = "Crews from Orsava and Anka Brelic's brigade fought the fire near Tarnel."
    people = [Entity("anka-brelic", "Anka Brelic", (), "person"), Entity("orsava", "Orsava", (), "place")]
    mentions = [Mention("Anka Brelic", 10, 21, "a#s1", "anka-brelic"), Mention("Orsava", 58, 64, "a#s1", "orsava")]
    its = items.build([art("a", "one"), art("b", "two")], {"a": (st("a", 1, text),), "b": (st("b", 1, other),)},
                      Overrides(), people, mentions)  # fmt: skip
    assert its[0].names >= {"anka", "brelic", "orsava"} and its[0].people == {"anka", "brelic"}
    assert its[1].people == frozenset()  # no mention of it was resolved to a person
