"""Events: inferred publication dates, grouping, context, announced events, stable ids, titles.

The seed test scores the claim and event stages alone (hand-made statements, see
``seed_statements.py``) with the shared gold scorer, through a minimal export built here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from generator import claims, events
from generator.model import Article, EventDate, EventOverride, Overrides, Statement

from . import seed_statements as seeds

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
J, I = seeds.JPOST, seeds.IRANPRESS  # noqa: E741 (the two outlets, short)


NONE = Overrides()


def pipeline(arts, stmts, overrides=NONE):
    found = claims.match(arts, stmts, seeds.ENTITIES, overrides)
    return events.group(arts, stmts, found, seeds.ENTITIES, overrides)


@pytest.fixture(scope="module")
def seed_events():
    arts, stmts = seeds.seed()
    return pipeline(arts, stmts)


# ---------------------------------------------------------------- publication dates


def test_iran_press_borrows_jposts_wednesday():
    arts, stmts = seeds.seed(inferred=False)
    found = claims.match(arts, stmts, seeds.ENTITIES, Overrides())
    inferred = events.infer_published(arts, stmts, found)
    assert list(inferred) == [I]
    iran = inferred[I]
    assert iran.published == datetime(2020, 7, 8, tzinfo=UTC)
    assert (iran.published_text, iran.published_has_time, iran.published_inferred) == ("2020-07-08", False, True)
    assert iran.body == arts[1].body and iran.source == "iranpress"


def test_a_day_its_own_weekday_contradicts_is_not_inferred():
    arts, stmts = seeds.seed(inferred=False)
    found = claims.match(arts, stmts, seeds.ENTITIES, Overrides())
    # the same report, but it says the signing was on a Tuesday: no day fits both
    lead = f"{I}#s1"
    assert lead in next(c for c in found if f"{J}#s2" in c.statements).statements
    tuesday = tuple(replace(s, text=s.text.replace(" signed ", " signed on Tuesday ")) if s.id == lead else s
                    for s in stmts[I])  # fmt: skip
    assert events.infer_published(arts, {J: stmts[J], I: tuesday}, found) == {}
    wednesday = tuple(replace(s, text=s.text.replace(" signed ", " signed on Wednesday ")) if s.id == lead else s
                      for s in stmts[I])  # fmt: skip
    assert list(events.infer_published(arts, {J: stmts[J], I: wednesday}, found)) == [I]


def test_nothing_to_borrow_from():
    arts, stmts = seeds.seed(inferred=False)
    assert events.infer_published([arts[1]], {I: stmts[I]}, claims.match([arts[1]], {I: stmts[I]}, [], Overrides())) == {}


# ---------------------------------------------------------------- the seeds


def test_seed_events(seed_events):
    evs, _ = seed_events
    assert [(e.date, e.precision, e.status) for e in evs] == [("2020-07-01", "day", "happened"), ("2020-07-08", "day", "happened")]
    astana, agreement = evs
    assert [c.statements for c in astana.claims] == [(f"{I}#s14",)]
    assert astana.context == ()
    assert len(agreement.claims) == 15
    assert [c.statements for c in agreement.context] == [(f"{J}#s11",), (f"{J}#s12",), (f"{J}#s13",)]


def test_seed_event_ids_and_titles(seed_events):
    evs, _ = seed_events
    assert [e.id for e in evs] == ["2020-07-01-6th-tripartite-summit-astana", "2020-07-08-two-officials-discussed-situation"]
    assert evs[0].title == "Iran's President Hassan Rouhani condemned any sanctions against any nations in the world"
    assert evs[1].title == "Iran commits to improve Syrian air defenses in military cooperation deal"


def test_background_statements_become_context(seed_events):
    _, stmts = seed_events
    kinds = {s.id: s.kind for ss in stmts.values() for s in ss}
    assert [s for s, k in kinds.items() if k == "context"] == [f"{J}#s11", f"{J}#s12", f"{J}#s13"]
    assert kinds[f"{J}#s14"] == "quote" and kinds[f"{J}#s0"] == "headline"


def export(arts, stmts, evs) -> dict:
    """The few parts of the export contract the gold scorer reads."""
    return {
        "version": 1,
        "sources": [{"id": "jpost", "name": "The Jerusalem Post"}, {"id": "iranpress", "name": "Iran Press"}],
        "articles": [
            {"id": a.id, "source": a.source, "title": a.title, "published": a.published_text, "path": a.path,
             "statements": [{"id": s.id, "text": s.text, "start": s.start, "end": s.end, "kind": s.kind, "dates": []}
                            for s in stmts[a.id]]}
            for a in arts
        ],
        "entities": [{"id": e.id, "name": e.name, "aliases": list(e.aliases)} for e in seeds.ENTITIES],
        "events": [
            {"id": e.id, "date": e.date, "precision": e.precision, "title": e.title,
             "claims": [{"id": c.id, "text": c.text, "sources": list(c.sources), "statements": list(c.statements)}
                        for c in e.claims],
             "context": [{"id": c.id, "text": c.text, "sources": list(c.sources), "statements": list(c.statements)}
                         for c in e.context]}
            for e in evs
        ],
    }  # fmt: skip


@pytest.mark.skipif(not (SHARED / "tools" / "score_gold.py").exists(), reason="../shared (gold scorer) is absent")
def test_seed_claims_and_events_score_perfectly_on_the_gold(seed_events, tmp_path):
    arts, _ = seeds.seed()
    evs, stmts = seed_events
    out = tmp_path / "timeline.json"
    out.write_text(json.dumps(export(arts, stmts, evs)))
    run = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_gold.py"), str(out), str(SHARED / "gold" / "seed-timeline.yml"),
         "--min-recall", "1", "--min-context", "1", "--max-false-merges", "0", "--max-lumps", "0", "--min-date-acc", "1"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "claims found: 13/13" in run.stdout, run.stdout
    assert "context kept apart: 3/3" in run.stdout
    assert "false merges: 0; lumps: 0" in run.stdout
    assert "event dates right: 13/13" in run.stdout


# ---------------------------------------------------------------- stable ids


def third_article(published: datetime) -> tuple[Article, tuple[Statement, ...]]:
    """A later report by a third outlet that repeats two claims and adds one of its own."""
    aid = "010_thirdoutlet"
    texts = [
        "Iran and Syria signed a military cooperation agreement on Wednesday, the Syrian defense minister Ali Abdullah Ayyoub and Iran's chief of staff Mohammad Bagheri said.",
        "Bagheri said Turkey is a little late in implementing its commitment to Astana understandings to get terrorist groups out of Syria.",
        "Oil prices rose sharply in Asian trading after the announcement.",
    ]
    body = "\n".join(texts)
    art = Article(id=aid, path=f"articles/{aid}.md", source="reuters", title=None, url=None, published=published,
                  published_text=published.isoformat(), published_has_time=True, body=body, body_line=1)  # fmt: skip
    ed = EventDate(published.date().isoformat(), "day", "publication date")
    stmts, pos = [], 0
    wednesday = EventDate("2020-07-08", "day", "weekday before publication")  # as the date stage resolves it
    for n, t in enumerate(texts, start=1):
        when = wednesday if "Wednesday" in t else ed
        stmts.append(Statement(f"{aid}#s{n}", aid, pos, pos + len(t), t, "claim", n, event_date=when))
        pos += len(t) + 1
    return art, tuple(stmts)


def test_event_ids_stay_when_an_article_is_added(seed_events):
    before, _ = seed_events
    arts, stmts = seeds.seed()
    extra, extra_stmts = third_article(datetime(2020, 7, 8, 18, 0, tzinfo=UTC))
    after, _ = pipeline([*arts, extra], {**stmts, extra.id: extra_stmts})
    assert [e.id for e in after] == [e.id for e in before]
    agreement = after[1]
    assert any("reuters" in c.sources for c in agreement.claims)
    turkey = next(c for c in agreement.claims if f"{J}#s14" in c.statements)
    assert turkey.sources == ("iranpress", "jpost", "reuters")


def test_a_new_article_about_a_new_happening_makes_a_new_event_and_leaves_the_rest(seed_events):
    before, _ = seed_events
    arts, stmts = seeds.seed()
    extra, extra_stmts = third_article(datetime(2020, 7, 10, 9, 0, tzinfo=UTC))
    after, _ = pipeline([*arts, extra], {**stmts, extra.id: extra_stmts})
    assert [e.id for e in after if e.date != "2020-07-10"] == [e.id for e in before]
    # its report of the signing joins the signing's claim (and event); the rest is news of its day
    assert [e.id for e in after if e.date == "2020-07-10"] == ["2020-07-10-oil-prices-rose-sharply"]
    signing = next(c for e in after for c in e.claims if f"{J}#s2" in c.statements)
    assert "010_thirdoutlet#s1" in signing.statements


def test_same_input_same_events(seed_events):
    arts, stmts = seeds.seed()
    assert pipeline(arts[::-1], dict(reversed(list(stmts.items())))) == seed_events


# ---------------------------------------------------------------- overrides and announcements


def test_an_editor_override_wins_and_is_recorded(seed_events):
    arts, stmts = seeds.seed()
    eid = seed_events[0][1].id
    ov = Overrides(events=(EventOverride(event=eid, title="Iran and Syria sign a military agreement", date="2020-07-07"),))
    evs, _ = pipeline(arts, stmts, ov)
    e = next(e for e in evs if e.id == eid)
    assert (e.title, e.date, e.editor) == ("Iran and Syria sign a military agreement", "2020-07-07", ("title", "date"))
    assert e.how == "set by an editor in overrides.yml"
    assert next(x for x in evs if x.id != eid).editor == ()


def test_an_announced_future_event_is_linked_to_where_it_was_announced():
    day = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    a = Article(id="a", path="articles/a.md", source="one", title=None, url=None, published=day,
                published_text=day.isoformat(), published_has_time=True, body="", body_line=1)  # fmt: skip
    today = EventDate("2024-03-04", "day", "publication date")
    later = EventDate("2024-05", "month", 'month named: "in May"', status="announced")
    stmts = {"a": (
        Statement("a#s1", "a", 0, 10, "The two leaders met in Lisbon to discuss fishing rights.", "claim", 1, event_date=today),
        Statement("a#s2", "a", 0, 10, "They will sign a fishing treaty in May.", "claim", 2, event_date=later),
    )}  # fmt: skip
    found = claims.match([a], stmts, [], Overrides())
    evs, _ = events.group([a], stmts, found, [], Overrides())
    assert [(e.id, e.status, e.announced_in) for e in evs] == [
        ("2024-03-04-two-leaders-met-lisbon", "happened", None),
        ("2024-05-sign-fishing-treaty-may", "announced", "2024-03-04-two-leaders-met-lisbon"),
    ]


def test_main_clause_titles():
    assert events.main_clause(
        '"If the US had been able to do it, it would have," Ali Ayyoub said, according to Al-Mayadeen.'
    ) == "If the US had been able to do it"
    assert events.shorten(" ".join(["word"] * 30)).endswith("word…")
    assert events.slugify("Ça va: the Élysée Palace said on Monday") == "ca-va-elysee-palace"


def test_undated_articles_without_an_event_keep_their_background_out_of_the_timeline():
    a = Article(id="a", path="articles/a.md", source="one", title=None, url=None, published=None,
                published_text=None, published_has_time=False, body="", body_line=1)  # fmt: skip
    stmts = {"a": (Statement("a#s1", "a", 0, 10, "Fishing has long been the town's main trade.", "claim", 1),)}
    found = claims.match([a], stmts, [], Overrides())
    evs, out = events.group([a], stmts, found, [], Overrides())
    assert evs == [] and out["a"][0].kind == "claim"


def test_background_with_no_article_event_goes_to_the_most_related_event():
    day = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    mk = lambda aid: Article(id=aid, path=f"articles/{aid}.md", source=aid, title=None, url=None,  # noqa: E731
                             published=day + timedelta(hours=len(aid)), published_text="x", published_has_time=True,
                             body="", body_line=1)  # fmt: skip
    today = EventDate("2024-03-04", "day", "publication date")
    stmts = {
        "a": (Statement("a#s1", "a", 0, 1, "Fishermen in Peniche blocked the harbour over new quotas.", "claim", 1, event_date=today),),
        "bb": (Statement("bb#s1", "bb", 0, 1, "Peniche harbour quotas were cut twice in the past decade.", "claim", 1),),
    }  # fmt: skip
    arts = [mk("a"), mk("bb")]
    found = claims.match(arts, stmts, [], Overrides())
    evs, out = events.group(arts, stmts, found, [], Overrides())
    assert [c.statements for c in evs[0].context] == [("bb#s1",)]
    assert out["bb"][0].kind == "context"
