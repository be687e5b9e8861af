#!/usr/bin/env python3
"""Check gold.yml against the corpus in content/.

(claimline: copied from ../shared/gold/dev/breach/check_gold.py for the Harbury Rovers corpus;
one change, marked ROVERS: sports agency items are short, so a body may have 100-600 words.)

Verifies that every article's front matter is complete and its `published`
parses (with an offset), that every evidence and boilerplate string occurs
verbatim (whitespace folded) in the named article's body (an article's
evidence may be a list of alternative strings: each is checked), that no
evidence lies inside a boilerplate line, that each claim's outlets are exactly
those of its evidence articles, that an `optional: true` claim joins at least
two outlets, and that every event date agrees with its `how` text
and its `mentions` by recomputing each relative date (weekday arithmetic with
datetime) against the article's LOCAL publication date.

Usage: python3 check_gold.py [gold.yml]     exit status 0 when all checks pass

Extensions to the base checker, kept minimal:
  1. a raw `.txt` article takes its metadata from the sidecar `<same name>.yml`
     beside it (same keys as front matter); its whole text is the body;
  2. `published: null` is accepted (the key must be there); such an article has
     no local date, so a `how` or a mention that needs one fails;
  3. resolve() also understands "earlier this week" (Monday of the publication
     week .. the day before publication) and "a week ago" (publication - 7 days).
"""
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parent  # ours: the folder of the gold file given (see main)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
EXAMPLE_HOSTS = ("example.org", "example.com")
ERRORS = []


class Loader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as strings, so offsets are not lost."""


Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def fail(msg):
    ERRORS.append(msg)


def fold(text):
    return " ".join(text.split())


def strings_of(evidence):
    """An article's evidence: one string, or a list of alternatives."""
    return [evidence] if isinstance(evidence, str) else list(evidence)


def example_url(url):
    host = urlparse(url).hostname or ""
    return any(host == h or host.endswith("." + h) for h in EXAMPLE_HOSTS)


def resolve(expr, pub, tense="past"):
    """Resolve a date expression against local publication date `pub`.
    Returns (first, last, rule): the range of dates it can denote."""
    s = expr.lower()
    m = re.search(r"\b(%s) (\d{1,2})\b(?:, (\d{4}))?" % "|".join(MONTHS), s)
    if m:
        d = date(int(m.group(3) or pub.year), MONTHS[m.group(1)], int(m.group(2)))
        return d, d, "absolute" if m.group(3) else "month-day, year of publication"
    if "yesterday" in s or "last night" in s:
        d = pub - timedelta(days=1)
        return d, d, "publication date - 1"
    if "today" in s or "this morning" in s or "tonight" in s:
        return pub, pub, "publication date"
    m = re.search(r"\b(\w+) days ago\b", s)
    if m:
        d = pub - timedelta(days=NUMBERS.get(m.group(1)) or int(m.group(1)))
        return d, d, "%s days before publication" % m.group(1)
    if "earlier this week" in s:
        monday = pub - timedelta(days=pub.weekday())
        return monday, pub - timedelta(days=1), "week of publication, before it"
    if re.search(r"\ba week ago\b", s):
        d = pub - timedelta(days=7)
        return d, d, "publication date - 7"
    if "earlier this month" in s:
        return pub.replace(day=1), pub - timedelta(days=1), "month of publication, before it"
    monday = pub - timedelta(days=pub.weekday())
    if "last week" in s:
        return monday - timedelta(days=7), monday - timedelta(days=1), "the week before"
    if "next week" in s:
        return monday + timedelta(days=7), monday + timedelta(days=13), "the week after"
    m = re.search(r"\b(next )?(%s)\b" % "|".join(WEEKDAYS), s)
    if m:
        wd = WEEKDAYS.index(m.group(2))
        if m.group(1) or tense == "future":
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
            return d, d, "the coming %s" % m.group(2).title()
        d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        return d, d, "the latest %s on or before publication" % m.group(2).title()
    raise ValueError("no date expression I can resolve in %r" % expr)


def read_article(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":  # raw dump: metadata in the sidecar <name>.yml
        sidecar = path.with_suffix(".yml")
        return yaml.load(sidecar.read_text(encoding="utf-8"), Loader=Loader) or {}, text
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise ValueError("no YAML front matter")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.load(head, Loader=Loader) or {}, body


def main(gold_path):
    global ROOT
    ROOT = gold_path.resolve().parent  # ours: one checker for every corpus folder here
    gold = yaml.load(gold_path.read_text(encoding="utf-8"), Loader=Loader)
    sources = yaml.load((ROOT / "content/sources.yml").read_text(encoding="utf-8"), Loader=Loader)

    # --- outlets ---------------------------------------------------------
    for oid, o in sources.items():
        for key in ("name", "url", "country"):
            if not o.get(key):
                fail("sources.yml: outlet %s lacks %s" % (oid, key))
        if not example_url(o.get("url", "")):
            fail("sources.yml: outlet %s url %s is not on example.org/.com" % (oid, o.get("url")))

    # --- articles --------------------------------------------------------
    bodies, outlet_of, pub_local, words = {}, {}, {}, {}
    for aid, a in gold["articles"].items():
        path = ROOT / a["file"]
        try:
            fm, body = read_article(path)
        except (OSError, ValueError, yaml.YAMLError) as e:
            fail("%s: %s" % (a["file"], e))
            continue
        for key in ("title", "source", "published", "url"):
            if not fm.get(key) and not (key == "published" and key in fm):
                fail("%s: front matter lacks %s" % (a["file"], key))
        if "published" in fm and fm["published"] is None:
            published = None  # unknown: inferred from other outlets
        else:
            try:
                published = datetime.fromisoformat(str(fm["published"]))
                if published.tzinfo is None:
                    fail("%s: published %s has no offset" % (a["file"], fm["published"]))
            except (KeyError, ValueError) as e:
                fail("%s: published does not parse: %s" % (a["file"], e))
                continue
        if str(a["published"]) != str(fm["published"]):
            fail("%s: gold published %s != front matter %s" % (aid, a["published"], fm["published"]))
        if a["source"] != fm.get("source") or fm.get("source") not in sources:
            fail("%s: source %s / front matter %s / not in sources.yml" % (aid, a["source"], fm.get("source")))
        if a["title"] != fm.get("title"):
            fail("%s: gold title differs from front matter" % aid)
        if not example_url(fm.get("url", "")):
            fail("%s: url %s is not on example.org/.com" % (aid, fm.get("url")))
        if a.get("byline") != fm.get("author"):
            fail("%s: byline %r != author %r" % (aid, a.get("byline"), fm.get("author")))
        words[aid] = len(body.split())
        if not 100 <= words[aid] <= 600:  # ROVERS: 250 in the breach corpus
            fail("%s: body has %d words, not 100-600" % (aid, words[aid]))
        bodies[aid] = fold(body)
        outlet_of[aid] = fm["source"]
        pub_local[aid] = published  # keeps its own offset: .date() is the local date
        if a.get("dateline") and not bodies[aid].startswith(fold(a["dateline"])):
            fail("%s: body does not start with dateline %r" % (aid, a["dateline"]))

    # --- boilerplate -----------------------------------------------------
    for aid, lines in gold["boilerplate"].items():
        for line in lines:
            if aid not in bodies or fold(line) not in bodies[aid]:
                fail("boilerplate not found in %s: %r" % (aid, line))

    entity_names = {e["name"] for e in gold["entities"]}
    event_ids = {e["id"] for e in gold["events"]}

    def check_claim(where, claim):
        ev = claim.get("evidence") or {}
        if not ev:
            fail("%s: no evidence" % where)
        for aid, strings in ev.items():
            if aid not in bodies:
                fail("%s: evidence names unknown article %s" % (where, aid))
                continue
            for s in strings_of(strings):
                if fold(s) not in bodies[aid]:
                    fail("%s: evidence not found verbatim in %s: %r" % (where, aid, s))
                for line in gold["boilerplate"].get(aid, []):
                    if fold(s) in fold(line):
                        fail("%s: evidence lies inside boilerplate of %s: %r" % (where, aid, s))
        want = {outlet_of[a] for a in ev if a in outlet_of}
        if set(claim.get("sources", [])) != want:
            fail("%s: sources %s != outlets of evidence %s" % (where, claim.get("sources"), sorted(want)))
        sp = claim.get("speaker")
        if sp and sp not in entity_names and not sp.startswith("unnamed"):
            fail("%s: speaker %r is not an entity" % (where, sp))
        if claim.get("number_differs") and len(want) < 2:
            fail("%s: number_differs needs two outlets" % where)
        if claim.get("optional") and len(want) < 2:
            fail("%s: an optional claim joins two outlets or more" % where)

    how_rx = re.compile(r'"([^"]+)"(?: \(([^)]*)\))? in ([a-z]{2}-\d{4}), published '
                        r'(\d{4}-\d{2}-\d{2}) \(an? (\w+)\)')
    report = []

    def check_event(ev, default_tense):
        eid = ev["id"]
        d = date.fromisoformat(str(ev["date"]))
        report.append("%s  %-9s %-25s %s" % (d, d.strftime("%A"), eid, ev["title"]))
        segments = how_rx.findall(ev["how"])
        if not segments:
            fail("%s: how text has no checkable expression" % eid)
        for expr, note, aid, pdate, wday in segments:
            if aid not in pub_local:
                fail("%s: how names unknown article %s" % (eid, aid))
                continue
            if pub_local[aid] is None:
                fail("%s: how resolves an expression in %s, which has no publication date" % (eid, aid))
                continue
            local = pub_local[aid].date()
            if str(local) != pdate:
                fail("%s: how says %s published %s, it is %s" % (eid, aid, pdate, local))
            if date.fromisoformat(pdate).strftime("%A") != wday:
                fail("%s: how says %s is a %s, it is a %s" % (eid, pdate, wday, date.fromisoformat(pdate).strftime("%A")))
            if fold(expr) not in bodies[aid]:
                fail("%s: how quotes %r, not in %s" % (eid, expr, aid))
            tense = "future" if "future" in (note or "") else default_tense
            lo, hi, rule = resolve(expr, local, tense)
            if not lo <= d <= hi:
                fail("%s: how %r in %s resolves to %s..%s, not %s" % (eid, expr, aid, lo, hi, d))
        for m in ev.get("mentions", []):
            aid, phrase = m["article"], m["phrase"]
            if aid not in bodies or fold(phrase) not in bodies[aid]:
                fail("%s: mention %r not in %s" % (eid, phrase, aid))
                continue
            local = pub_local[aid]
            if local is None:
                fail("%s: mention %r in %s, which has no publication date" % (eid, phrase, aid))
                continue
            lo, hi, rule = resolve(phrase, local.date(), m.get("tense", default_tense))
            ok = lo <= d <= hi
            if not ok:
                fail("%s: mention %r in %s resolves to %s..%s, not %s" % (eid, phrase, aid, lo, hi, d))
            span = str(lo) if lo == hi else "%s..%s" % (lo, hi)
            report.append("      %-7s %s %s %-48s -> %-22s (%s)%s" % (
                aid, local.strftime("%a %H:%M"), "ok" if ok else "!!", '"%s"' % phrase, span, rule,
                "  [announced]" if m.get("announced") else ""))
        for i, c in enumerate(ev["claims"]):
            check_claim("%s claim %d" % (eid, i + 1), c)

    previous = None
    for ev in gold["events"]:
        if previous and str(ev["date"]) < previous:
            fail("events out of order at %s" % ev["id"])
        previous = str(ev["date"])
        check_event(ev, "past")
    for ev in gold.get("future_events", []):
        if ev.get("announced_in") not in event_ids:
            fail("%s: announced_in %s is not an event" % (ev["id"], ev.get("announced_in")))
        check_event(ev, "future")
    for i, c in enumerate(gold.get("context", [])):
        if c.get("attached_to") not in event_ids:
            fail("context %d: attached_to %s is not an event" % (i + 1, c.get("attached_to")))
        check_claim("context %d" % (i + 1), c)

    # every article should feed the gold somewhere
    used = {a for sec in ("events", "future_events") for ev in gold.get(sec, [])
            for c in ev["claims"] for a in c["evidence"]}
    for aid in bodies:
        if aid not in used:
            fail("%s: no claim draws on it" % aid)

    print("articles:")
    for aid, a in gold["articles"].items():
        if aid in pub_local and pub_local[aid] is None:
            print("  %-7s %-12s %-25s %-27s %3d words  %s" % (
                aid, outlet_of[aid], "published: null", "(inferred %s)" % a.get("published_inferred"),
                words[aid], a["file"]))
        elif aid in pub_local:
            p = pub_local[aid]
            print("  %-7s %-12s %s (%s local; %s UTC) %3d words  %s" % (
                aid, outlet_of[aid], p.isoformat(), p.strftime("%a"),
                p.astimezone(timezone.utc).strftime("%a %H:%M"),
                words[aid], a["file"]))
    print("events and future events:")
    print("\n".join("  " + r for r in report))
    claims = [c for s in ("events", "future_events") for e in gold.get(s, []) for c in e["claims"]]
    ctx = gold.get("context", []) or []
    n_ev = sum(len(strings_of(v)) for c in claims + ctx for v in c["evidence"].values())
    n_bp = sum(len(v) for v in gold["boilerplate"].values())
    print("%d articles, %d outlets, %d events, %d future events, %d claims (%d optional), "
          "%d context items (%d optional), %d evidence strings, %d boilerplate strings" % (
              len(bodies), len(sources), len(gold["events"]), len(gold.get("future_events", [])),
              len(claims), sum(1 for c in claims if c.get("optional")),
              len(ctx), sum(1 for c in ctx if c.get("optional")), n_ev, n_bp))
    if ERRORS:
        print("\n%d problem(s):" % len(ERRORS))
        for e in ERRORS:
            print("  - " + e)
        return 1
    print("All checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))  # ours: the gold file is named
