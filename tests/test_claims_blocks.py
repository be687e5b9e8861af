"""Claim statistics per date block (``claims.blocks``) and the scores of block pairs read back
(``claims.byblock``): an article added weeks later moves no score of the blocks it does not reach,
and matching that reads those scores back gives the claims of matching without them.

The corpus is fictional: three outlets report one happening of a coastal town each week."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from generator.model import Article, EventDate, Overrides, Statement
from generator.stages import claims
from generator.stages.claims import background, blocking, blocks, clustering, fields, items, scorer
from generator.stages.reuse import digest
from generator.text import wording

T0 = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)  # a Monday
WEEKS = [
    ("The Marlow ferry service was suspended on {day} after a storm damaged the pier.",
     "Harbour master Ilse Varn said repairs to the pier would take {n} days.",
     "About {m} passengers were stranded in Marlow overnight."),
    ("The Ostby town council approved a new flood barrier on {day}.",
     "The barrier will cost {n} million euros, councillor Pavel Rusk said.",
     "Work on the barrier is due to start in {m} weeks."),
    ("A fire destroyed a warehouse in the Ostby docks on {day}.",
     "Fire chief Nadia Holm said {n} firefighters fought the blaze for six hours.",
     "No one was injured, but {m} workers were evacuated."),
]  # fmt: skip
OUTLETS = ("harbour-post", "coast-daily", "town-radio")


def _article(week: int, k: int, lines: tuple[str, ...], extra: int = 0) -> tuple[Article, list[Statement]]:
    when = T0 + timedelta(days=7 * week + k + extra)
    aid = f"w{week}-{OUTLETS[k]}" + (f"-{extra}" if extra else "")
    day = (T0 + timedelta(days=7 * week)).date().isoformat()
    art = Article(id=aid, path=f"articles/{aid}.md", source=OUTLETS[k], title=None, url=None, published=when,
                  published_text=when.isoformat(), published_has_time=True, body="", body_line=1)  # fmt: skip
    stmts = []
    for n, line in enumerate(lines, 1):
        text = line.format(day="Monday", n=3 + week, m=40 + week)
        stmts.append(Statement(f"{aid}#s{n}", aid, 0, len(text), text, "claim", n,
                               event_date=EventDate(day, "day", "publication date")))  # fmt: skip
    return art, stmts


def corpus(weeks: int, added: bool = False):
    pairs = [_article(w, k, WEEKS[w % len(WEEKS)]) for w in range(weeks) for k in range(len(OUTLETS))]
    if added:  # a fourth report of the last week's happening, two days after the others
        pairs.append(_article(weeks - 1, 0, WEEKS[(weeks - 1) % len(WEEKS)], extra=2))
    return [a for a, _ in pairs], {a.id: tuple(s) for a, s in pairs}


def _features(arts, stmts) -> dict[tuple[str, str], list[float]]:
    its = items.build(arts, stmts, Overrides())
    background.mark(its, background.MODEL)
    idf = items.word_idf(its)
    p = clustering.Scores(its, items.Vectors(its, idf), idf, scorer.MODEL)
    return {(its[i].stmt.id, its[j].stmt.id): p.features(i, j) for i, j in blocking.candidates(its)}


def test_blocking_reaches_as_far_back_as_the_statistics():
    assert blocks.REACH_DAYS == blocking.WINDOW_DAYS
    assert blocks.block_of(None) is None and blocks.scope(None, {5: 1, None: 1, 3: 1}) == [3, 5, None]
    big = blocks.MIN_STATEMENTS
    reach = -(-blocks.REACH_DAYS // blocks.BLOCK_DAYS)
    dense = {b: big for b in range(100)} | {None: 5}
    assert blocks.scope(50, dense) == list(range(50 - reach, 51))  # the window, not what comes after
    # a sparse corpus: the nearest earlier blocks, then later ones, then the undated, up to the bound
    sparse = {0: big // 2, 50 - reach - 3: big // 4, 50: 1, 60: big // 2, 70: big, None: 5}
    assert blocks.scope(50, sparse) == [0, 50 - reach - 3, 50, 60]
    assert blocks.scope(50, {50: 1, 60: 1, None: 1}) == [50, 60, None]  # a small corpus is weighed whole


@pytest.fixture
def small_scopes(monkeypatch):
    """Scopes of a few statements: the fictional corpus is far smaller than a scope's bound."""
    monkeypatch.setattr(blocks, "MIN_STATEMENTS", 5)


def test_a_corpus_smaller_than_a_scope_is_weighed_whole_as_before():
    arts, stmts = corpus(4)
    its = items.build(arts, stmts, Overrides())
    whole = wording.document_idf(it.words for it in its)
    assert all(items.word_idf(its).of(it) == whole for it in its)


def test_an_article_added_weeks_later_moves_no_score_of_the_weeks_it_does_not_reach(small_scopes):
    before = _features(*corpus(4))
    after = _features(*corpus(4, added=True))
    first_week = [key for key in before if key[0].startswith("w0-") and key[1].startswith("w0-")]
    assert first_week and all(after[key] == before[key] for key in first_week)
    assert len(after) > len(before)  # the added article's pairs


class Kept:
    """The ``byblock.Kept`` of a build: reads what the last build kept, keeps what this one used; by stage
    (block pairs' scores, ``pairs``; a block's repeats; an article's text fields)."""

    def __init__(self, last: dict[str, dict[str, bytes]] | None = None):
        self.last, self.rows = last or {}, {}
        self.read_back: dict[str, int] = {}
        self.made: dict[str, int] = {}

    def digest(self, *inputs: object) -> str:
        return digest(*inputs)

    def read(self, key: str, stage: str = "pairs") -> bytes | None:
        found = self.last.get(stage, {}).get(key)
        counts = self.made if found is None else self.read_back
        counts[stage] = counts.get(stage, 0) + 1
        return found

    def keep(self, key: str, value: bytes, stage: str = "pairs") -> None:
        self.rows.setdefault(stage, {})[key] = value


def test_scores_read_back_by_block_pair_give_the_claims_of_matching_without_them(small_scopes):
    first = Kept()
    arts, stmts = corpus(4)
    assert claims.match(arts, stmts, [], Overrides(), kept=first) == claims.match(arts, stmts, [], Overrides())
    assert first.rows["pairs"] and not first.read_back
    arts, stmts = corpus(4, added=True)
    again = Kept(first.rows)
    found = claims.match(arts, stmts, [], Overrides(), kept=again)
    assert found == claims.match(arts, stmts, [], Overrides())
    assert 0 < again.read_back["pairs"] < len(again.rows["pairs"])  # the first weeks read back, the last scored again
    added = [c for c in found if any(s.startswith("w3-harbour-post-2#") for s in c.statements)]
    assert added and all(len(c.sources) > 1 for c in added)  # the added report joins its week's claims
    damaged = Kept({stage: {key: value[:-8] for key, value in rows.items()}  # a row of the wrong size: made again
                    for stage, rows in first.rows.items()})  # fmt: skip
    assert claims.match(arts, stmts, [], Overrides(), kept=damaged) == found
    assert all(damaged.rows[stage] == again.rows[stage] for stage in ("repeats", "fields"))  # made again, the same


def _repeating(arts, stmts):
    """Each article says its first statement again at its end (a standfirst said twice): a repeat."""
    said = {}
    for aid, ss in stmts.items():
        again = ss[0].text
        said[aid] = (*ss, Statement(f"{aid}#s9", aid, 0, len(again), again, "claim", 9, event_date=ss[0].event_date))
    return arts, said


def test_repeats_and_text_fields_read_back_give_the_claims_of_matching_without_them(small_scopes):
    first = Kept()
    arts, stmts = _repeating(*corpus(4))
    assert claims.match(arts, stmts, [], Overrides(), kept=first) == claims.match(arts, stmts, [], Overrides())
    texts = {tuple(st.text for st in ss) for ss in stmts.values()}
    assert len(first.rows["fields"]) == len(texts) and any(v != b"[]" for v in first.rows["repeats"].values())
    arts, stmts = _repeating(*corpus(4, added=True))
    again = Kept(first.rows)
    found = claims.match(arts, stmts, [], Overrides(), kept=again)
    assert found == claims.match(arts, stmts, [], Overrides())
    assert again.read_back["fields"] == len(arts) and "fields" not in again.made  # the added one's texts: its week's
    assert (again.read_back["repeats"], again.made["repeats"]) == (len(first.rows["repeats"]) - 1, 1)  # its day's only
    twice = [c for c in found if any(s.endswith("#s9") for s in c.statements)]
    assert twice and all(c.statements[0].split("#")[0] == c.statements[-1].split("#")[0] or len(c.sources) > 1
                         for c in twice)  # fmt: skip
    stale = Kept({**first.rows, "repeats": {k: b'[["gone#s1","gone#s2"]]' for k in first.rows["repeats"]}})
    assert claims.match(arts, stmts, [], Overrides(), kept=stale) == found  # ids it does not hold: found again


def test_text_fields_are_those_of_the_text_read_back_or_made():
    arts, stmts = corpus(1)
    ss = stmts[arts[0].id]
    kept = Kept()
    made = fields.read(ss, kept)
    assert made == fields.of_article(ss) and kept.made == {"fields": 1}
    again = Kept(kept.rows)
    assert fields.read(ss, again) == made and again.read_back == {"fields": 1}
    changed = (ss[0], ss[1], replace(ss[2], text="No one was injured in Marlow, the harbour master did not say."))
    other = fields.read(changed, again)
    assert other.texts[2] != made.texts[2] and other.texts[2].negated and again.made == {"fields": 1}
    for st, text in zip(changed, other.texts, strict=True):
        assert background.features(st, 1, text) == background.features(st, 1)
    assert "Marlow" not in made.common and "marlow" in made.capitalised | other.capitalised
