"""Where each missed gold claim went: for every gold claim no predicted claim finds, each of its
evidence statements with the predicted claim (event date : claim id) or context item it landed in.

    .venv/bin/python -m benchmarks.misses EXPORT.json ../shared/gold/dev/NAME/gold.yml

A diagnostic for reading errors, not a score: ``../shared/tools/score_gold.py`` scores (and its
matching rule, whose helpers this reuses, decides what a statement's evidence is). A claim is
listed when no one predicted claim holds evidence of every article the gold names for it, which
is stricter than the scorer's rule of one statement an outlet, so a few claims it counts as found
may appear here too.

    .venv/bin/python -m benchmarks.misses --outlets EXPORT.json GOLD.yml

lists the claims ``score_gold.py`` itself counts as missed (its rule: one predicted claim holds
evidence of every outlet the gold names, and no statement of another outlet that carries none of
the claim's optional neighbours), and for each predicted claim holding some of its evidence, the
outlets it covers and every statement in it (``*``: evidence of the missed claim): a claim split in
two, a statement that went to a near miss, an outlet's statement that went elsewhere.
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


def by_outlet(export: dict, gold: dict) -> list[str]:
    """The claims ``score_gold.py`` counts as missed, with the predicted claims holding their evidence."""
    sys.path.insert(0, str(SHARED / "tools"))
    from score_gold import as_list, fold, map_articles  # the scorer's own rule

    key = {v["id"]: k for k, v in map_articles(export, gold).items()}
    outlet_of = {k: a.get("source", k) for k, a in gold["articles"].items()}
    stmt = {s["id"]: (key.get(a["id"]), s) for a in export["articles"] for s in a["statements"]}
    claims = _items(gold)
    hits = {sid: {g for g, (_, _, c) in enumerate(claims) for art, ev in (c.get("evidence") or {}).items()
                  if art == k and any(fold(e) and fold(e) in fold(s["text"]) for e in as_list(ev))}
            for sid, (k, s) in stmt.items()}  # fmt: skip
    outlet = {sid: outlet_of.get(k) for sid, (k, _) in stmt.items()}
    predicted = [(ev["date"], c, ctx) for ev in export["events"]
                 for ctx, part in ((False, "claims"), (True, "context")) for c in ev.get(part) or []]  # fmt: skip
    found = set()
    for _, c, ctx in predicted:
        members = [sid for sid in c["statements"] if sid in stmt]
        for g in set().union(*(hits[m] for m in members)):
            if (claims[g][0] == "context") == ctx and _covers(g, members, claims, hits, outlet, stmt):
                found.add(g)
    lines = []
    for g, (section, date, claim) in enumerate(claims):
        if g in found or claim.get("optional"):
            continue
        lines.append(f"MISS [{section} {date}] outlets {sorted(claim.get('sources', []))} :: {claim['text'][:90]}")
        for day, c, ctx in predicted:
            members = [sid for sid in c["statements"] if sid in stmt]
            if any(g in hits[m] for m in members):
                cover = sorted({outlet[m] for m in members if g in hits[m]})
                lines.append(f"   {'CTX' if ctx else day} {c['id']} covers {cover}")
                lines += [f"      {'*' if g in hits[m] else ' '} {stmt[m][0]} {stmt[m][1]['text'][:100]}" for m in members]
    return lines


def _covers(g: int, members: list[str], claims: list, hits: dict, outlet: dict, stmt: dict) -> bool:
    """``score_gold.py``'s rule of a predicted claim finding gold claim ``g``."""
    want = set(claims[g][2].get("sources", []))
    cover = {outlet[m] for m in members if g in hits[m]}
    heard = {outlet[m] for m in members if outlet[m] and (stmt[m][1]["kind"] != "headline" or g in hits[m])}
    optional = {o for m in members if g in hits[m] for o in hits[m] if claims[o][2].get("optional")}
    return cover >= want and heard >= want and all(hits[m] & optional for m in members if outlet[m] in heard - want)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--outlets", action="store_true", help="the scorer's misses, with the claims holding their evidence")
    args = ap.parse_args()
    if not (SHARED / "tools" / "score_gold.py").is_file():
        sys.exit(f"needs ../shared/tools/score_gold.py (not found under {SHARED}; set CLAIMLINE_SHARED)")
    export = json.loads(args.export.read_text(encoding="utf-8"))
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    print("\n".join((by_outlet if args.outlets else report)(export, gold)))


if __name__ == "__main__":
    main()
