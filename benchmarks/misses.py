"""Where each missed gold claim went: for every gold claim no predicted claim finds, each of its
evidence statements with the predicted claim (event date : claim id) or context item it landed in.

    .venv/bin/python -m benchmarks.misses EXPORT.json ../shared/gold/dev/NAME/gold.yml

A diagnostic for reading errors, not a score: ``../shared/tools/score_gold.py`` scores (and its
matching rule, whose helpers this reuses, decides what a statement's evidence is). A claim is
listed when no one predicted claim holds evidence of every article the gold names for it, which
is stricter than the scorer's rule of one statement an outlet, so a few claims it counts as found
may appear here too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from benchmarks.gold import SHARED


def _where(export: dict) -> dict[str, str]:
    """Statement id -> 'date:claim-id' or 'CTX:item-id'."""
    where = {}
    for ev in export["events"]:
        for c in ev.get("claims", []):
            for sid in c["statements"]:
                where.setdefault(sid, f"{ev['date']}:{c['id']}")
        for c in ev.get("context", []) or []:
            for sid in c["statements"]:
                where.setdefault(sid, f"CTX:{c['id']}")
    for c in export.get("context", []) or []:
        for sid in c["statements"]:
            where.setdefault(sid, f"CTX:{c['id']}")
    return where


def _items(gold: dict) -> list[tuple[str, str | None, dict]]:
    sections = [("event", e) for e in gold.get("events", []) or []]
    sections += [("future", e) for e in gold.get("future_events", []) or []]
    items = [(name, e.get("date"), c) for name, e in sections for c in e.get("claims", []) or []]
    return items + [("context", None, c) for c in gold.get("context", []) or []]


def report(export: dict, gold: dict) -> list[str]:
    sys.path.insert(0, str(SHARED / "tools"))
    from score_gold import as_list, fold, map_articles  # the scorer's own rule

    gold_key = {v["id"]: k for k, v in map_articles(export, gold).items()}
    where = _where(export)
    statements = [(gold_key.get(a["id"]), s) for a in export["articles"] for s in a["statements"]]
    lines = []
    for section, date, claim in _items(gold):
        places: dict[str, list[str]] = {}
        for article, evidence in (claim.get("evidence") or {}).items():
            for key, s in statements:
                if key == article and any(fold(e) in fold(s["text"]) for e in as_list(evidence)):
                    spot = where.get(s["id"], f"{s['kind']}/none")
                    places.setdefault(article, []).append(f"{spot} :: {s['text'][:70]}")
        sets = [{p.split(" :: ")[0] for p in found} for found in places.values()]
        common = set.intersection(*sets) if sets and len(places) == len(claim.get("evidence") or {}) else set()
        if common:
            continue
        lines.append(f"MISS [{section} {date}] {claim['text'][:80]}")
        lines += [f"      {article} {p}" for article, found in places.items() for p in found]
        lines += [f"      {a} NO STATEMENT" for a in sorted(set(claim.get("evidence") or {}) - set(places))]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", type=Path)
    ap.add_argument("gold", type=Path)
    args = ap.parse_args()
    if not (SHARED / "tools" / "score_gold.py").is_file():
        sys.exit(f"needs ../shared/tools/score_gold.py (not found under {SHARED}; set CLAIMLINE_SHARED)")
    export = json.loads(args.export.read_text(encoding="utf-8"))
    print("\n".join(report(export, yaml.safe_load(args.gold.read_text(encoding="utf-8")))))


if __name__ == "__main__":
    main()
