"""benchmarks/misses.py --outlets: the claims score_gold.py counts as missed, and where their evidence went."""

from __future__ import annotations

from benchmarks import misses


def _export(claims: list[dict]) -> dict:
    texts = {
        "a#s1": "Police in Korvel detained a man on Wednesday.",
        "b#s1": "A man was detained in Korvel on Wednesday, police said.",
        "c#s1": "Korvel police held a man on Wednesday.",
    }
    articles = [
        {"id": k, "path": f"articles/{k}.md", "source": k, "statements": [
            {"id": f"{k}#s1", "text": texts[f"{k}#s1"], "kind": "claim"}]}
        for k in "abc"
    ]  # fmt: skip
    return {"sources": [{"id": k, "name": f"Outlet {k}"} for k in "abc"], "articles": articles,
            "events": [{"date": "2024-03-06", "claims": claims}]}  # fmt: skip


GOLD = {
    "articles": {k: {"file": f"content/articles/{k}.md", "source": k} for k in "abc"},
    "events": [{"id": "held", "date": "2024-03-06", "claims": [{
        "text": "Police detained a man.", "sources": ["a", "b", "c"],
        "evidence": {"a": "detained a man", "b": "A man was detained", "c": "held a man"}}]}],
}  # fmt: skip


def test_a_claim_split_in_two_is_listed_with_both_halves(shared):
    split = [{"id": "one", "statements": ["a#s1", "b#s1"]}, {"id": "two", "statements": ["c#s1"]}]
    lines = misses.by_outlet(_export(split), GOLD)
    assert lines[0].startswith("MISS [event 2024-03-06] outlets ['a', 'b', 'c']")
    assert "   2024-03-06 one covers ['a', 'b']" in lines and "   2024-03-06 two covers ['c']" in lines
    assert "      * c Korvel police held a man on Wednesday." in lines


def test_a_claim_found_by_the_scorers_rule_is_not_listed(shared):
    assert misses.by_outlet(_export([{"id": "one", "statements": ["a#s1", "b#s1", "c#s1"]}]), GOLD) == []
