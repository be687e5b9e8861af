"""Claim and event linking on real news: claimline's cross-article links checked against MEANTIME.

    .venv/bin/python -m benchmarks.meantime_claims [--meantime DIR] [--outlets one|each|both] [--worst 20]

The corpus. MEANTIME (``benchmarks/meantime.py``; CC BY 4.0, licence beside every copy) holds
120 English Wikinews articles in 4 topics (airbus, apple, gm, stock), 2003-2013. Its annotators
marked every event mention of a sentence and linked many of them to a cross-document event
instance ("GM seeks bankruptcy protection", one id in every article that reports it). All 120
articles are built together (as a web collection mixes stories), with the whole pipeline
(``build_timeline``, no cache), in two set-ups: ``one`` outlet, Wikinews, as published, and
``each`` article its own outlet, as a story covered by many outlets looks (claimline's scorer
weighs "same outlet"; real web news has many).

Mapping statements back to sentences. Each article is written as one paragraph per MEANTIME
sentence, a quotation of several sentences as one paragraph (``meantime.paragraphs``; title in
front matter, date line dropped), so each sentence's text is found, in order, in ``Article.body``; a statement maps to every sentence its ``[start, end)`` overlaps
(a clause to its sentence; a statement claimline made of two MEANTIME sentences to both). The
headline (``start == end == 0``, kind ``headline``) maps to the title, MEANTIME's sentence 0.
A statement that overlaps no sentence is UNMAPPED; a pair with one is counted apart, never
judged. MEANTIME annotates each article only down to some sentence (the first few to all of
them): a sentence past the last one with any event mention is UNANNOTATED, and a pair with a
statement made only of such sentences is counted apart too.

What is measured, per topic (a pair of two topics is "cross-topic") and overall:

- ``pairs``: pairs of statements of DIFFERENT articles that claimline puts in one claim (a
  claim's ``statements``, event claims and context alike); ``>30d``: of those, the pairs whose
  articles were published more than 30 days apart; ``unmapped``, ``unannot.``: set apart, above.
- ``P``: of the judged pairs, the share whose sentences share at least one cross-document event
  instance. ``P both``: the same over the pairs where both sentences carry an instance, so the
  annotators linked each to some event and the two differ or agree.
- ``loose R``: of the reference pairs (two sentences of different articles, both annotated,
  whose LEAD event instance is the same; lead = the first event mention, in token order, linked
  to a cross-document instance whose class is neither GRAMMATICAL nor SPEECH_COGNITIVE, or
  failing that the first SPEECH_COGNITIVE one), the share claimline puts in one claim (any
  statement of one sentence with any of the other). It is an UPPER BOUND that claims need not
  reach: two sentences about one event often report different facts about it ("GM files for
  bankruptcy" and "GM's filing lists $172 billion of debt"), which are two claims. ``R (any
  instance)``: the same against every annotated sentence pair sharing any instance, looser still.
- The same for events: pairs of statements of different articles in one event's claims
  (context left out: it is background, not the happening), and loose recall by event.

What it does not measure. A shared instance says the two sentences mention one event, not that
they say the same thing about it: P is an upper bound on "same claim" precision, and events are
the fairer reading of it. MEANTIME links only some events across documents, so a true link can
be judged false when annotators left an event without an instance (``P both`` narrows this).
Only links claimline made are judged: nothing is said of claims that should be bigger. All of
MEANTIME is one outlet and four narrow topics with much repeated background ("Boeing, the
world's second largest planemaker"), so these are development figures on real text, not a score.

``--worst N`` prints the worst false link of N claims of each set-up, with their texts: pairs
whose sentences both carry instances first (the annotators saw different events), then by how
far apart the two articles were published; one pair a claim, so a big claim does not fill it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from benchmarks import meantime
from generator.model import Statement, Timeline
from generator.pipeline import build_timeline

MONTH = 30  # days: a pair of articles published further apart than this is counted apart
AUX = ("GRAMMATICAL", "SPEECH_COGNITIVE")  # event classes that are not the lead event when another is there
SETUPS = ("one", "each")


@dataclass(frozen=True)
class Sentence:
    """One MEANTIME sentence as claimline reads it, with its cross-document event instances."""

    doc: str  # the article id (``<topic>-<doc id>``)
    number: int  # MEANTIME's sentence number (the title: the first)
    text: str
    instances: frozenset[str]
    lead: str | None  # the lead event instance (see the module doc)
    annotated: bool  # at or before the document's last sentence with an event mention


@dataclass(frozen=True)
class Doc:
    document: meantime.Document
    title: Sentence
    body: tuple[Sentence, ...]  # in the order of ``document.sentences``


def _mentions(root: ET.Element) -> tuple[dict[int, list[tuple[int, str, str]]], int, int]:
    """Sentence number -> its mentions of cross-document instances (first token, instance, class),
    the last sentence with any event mention, and the title's sentence number."""
    sentence_of = {t.get("t_id"): int(t.get("sentence")) for t in root.iter("token")}
    markables = root.find("Markables")
    spans = {m.get("m_id"): sorted(int(a.get("t_id")) for a in m.iter("token_anchor"))
             for m in markables.iter("EVENT_MENTION")}  # fmt: skip
    spans = {k: v for k, v in spans.items() if v}
    targets = {e.get("m_id"): (e.get("instance_id"), e.get("class") or "")
               for e in markables.iter("EVENT") if e.get("instance_id")}  # fmt: skip
    out: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    relations = root.find("Relations")
    for rel in relations.iter("REFERS_TO") if relations is not None else ():
        target = targets.get(rel.find("target").get("m_id"))
        for src in rel.iter("source") if target else ():
            if src.get("m_id") in spans:
                first = spans[src.get("m_id")][0]
                out[sentence_of[str(first)]].append((first, *target))
    last = max((sentence_of[str(t)] for v in spans.values() for t in v), default=-1)
    return out, last, min(sentence_of.values())


def _lead(mentions: list[tuple[int, str, str]]) -> str | None:
    ordered = sorted(mentions)
    main = [i for _, i, cls in ordered if cls not in AUX]
    speech = [i for _, i, cls in ordered if cls == "SPEECH_COGNITIVE"]
    return (main or speech or [None])[0]


def read(path: Path, topic: str) -> Doc:
    document = meantime.read(path, topic)
    mentions, last, title_no = _mentions(ET.parse(path).getroot())

    def sentence(number: int, text: str) -> Sentence:
        ms = mentions.get(number, [])
        return Sentence(document.id, number, text, frozenset(i for _, i, _ in ms), _lead(ms), number <= last)

    body = tuple(sentence(n, t) for n, t in zip(document.numbers, document.sentences, strict=True))
    return Doc(document, sentence(title_no, document.title), body)


def read_all(root: Path = meantime.ROOT) -> list[Doc]:
    return [read(p, d.name.removeprefix("corpus_"))
            for d in sorted((root / meantime.CROSS_DOC).glob("corpus_*")) for p in sorted(d.glob("*.xml"))]


def write(docs: list[Doc], content: Path, root: Path, setup: str) -> None:
    """The content folder: one outlet (Wikinews) or each article its own (``wikinews-<id>``)."""
    meantime.write_content([d.document for d in docs], content, root)
    if setup == "each":
        lines = []
        for d in docs:
            sid = f"{meantime.SOURCE_ID}-{d.document.id}"
            lines.append(f"{sid}:\n  name: Wikinews {d.document.id}\n  url: https://en.wikinews.org\n")
            path = content / "articles" / f"{d.document.id}.md"
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace(f"\nsource: {meantime.SOURCE_ID}\n", f"\nsource: {sid}\n", 1),
                            encoding="utf-8")
        (content / "sources.yml").write_text("".join(lines), encoding="utf-8")


def mapping(t: Timeline, docs: list[Doc]) -> dict[str, tuple[Sentence, ...]]:
    """Statement id -> the MEANTIME sentences it overlaps (empty: unmapped). See the module doc."""
    by_id = {d.document.id: d for d in docs}
    out: dict[str, tuple[Sentence, ...]] = {}
    for article in t.articles:
        doc = by_id.get(article.id)
        spans, pos = [], 0
        for s in doc.body if doc else ():
            at = article.body.find(s.text, pos)
            if at >= 0:
                spans.append((at, at + len(s.text), s))
                pos = at + len(s.text)
        for st in t.statements.get(article.id, ()):
            if st.kind == "headline" and st.start == st.end:
                out[st.id] = (doc.title,) if doc else ()
            else:
                out[st.id] = tuple(s for a, b, s in spans if a < st.end and st.start < b)
    return out


@dataclass(frozen=True)
class Pair:
    a: str  # statement ids, a < b
    b: str
    group: str  # the claim or event id


def cross_pairs(groups: Iterable[tuple[str, Iterable[str]]]) -> list[Pair]:
    """Pairs of statements of different articles in one group, each pair once."""
    seen: dict[tuple[str, str], str] = {}
    for gid, ids in groups:
        for a, b in combinations(sorted(set(ids)), 2):
            if a.split("#")[0] != b.split("#")[0]:
                seen.setdefault((a, b), gid)
    return [Pair(a, b, g) for (a, b), g in sorted(seen.items())]


def claim_groups(t: Timeline) -> Iterator[tuple[str, tuple[str, ...]]]:
    done = set()
    for e in t.events:
        for c in (*e.claims, *e.context):
            if c.id not in done:
                done.add(c.id)
                yield c.id, c.statements


def event_groups(t: Timeline) -> Iterator[tuple[str, list[str]]]:
    for e in t.events:
        yield e.id, [s for c in e.claims for s in c.statements]


def verdict(pair: Pair, sents: dict[str, tuple[Sentence, ...]]) -> str:
    """``unmapped``, ``unannotated``, ``true`` (a shared instance), ``false-both`` (both sentences
    carry instances, none shared) or ``false`` (one carries none)."""
    xs, ys = sents.get(pair.a, ()), sents.get(pair.b, ())
    if not xs or not ys:
        return "unmapped"
    xs, ys = [s for s in xs if s.annotated], [s for s in ys if s.annotated]
    if not xs or not ys:
        return "unannotated"
    ix, iy = frozenset().union(*(s.instances for s in xs)), frozenset().union(*(s.instances for s in ys))
    if ix & iy:
        return "true"
    return "false-both" if ix and iy else "false"


def reference(docs: list[Doc], lead: bool = True) -> set[tuple[Sentence, Sentence]]:
    """Sentence pairs of different articles, both annotated, with the same lead instance (``lead``)
    or sharing any instance."""
    by_lead: dict[str, list[Sentence]] = defaultdict(list)
    for d in docs:
        for s in (d.title, *d.body):
            for i in ((s.lead,) if s.lead else ()) if lead else s.instances:
                if s.annotated:
                    by_lead[i].append(s)
    out = set()
    for group in by_lead.values():
        for x, y in combinations(sorted(group, key=lambda s: (s.doc, s.number)), 2):
            if x.doc != y.doc:
                out.add((x, y))
    return out


def found(pairs: list[Pair], sents: dict[str, tuple[Sentence, ...]]) -> set[tuple[Sentence, Sentence]]:
    """The sentence pairs a group joins: any statement of one with any of the other."""
    out = set()
    for p in pairs:
        for x in sents.get(p.a, ()):
            for y in sents.get(p.b, ()):
                if x.doc != y.doc:
                    out.add((x, y) if (x.doc, x.number) < (y.doc, y.number) else (y, x))
    return out


@dataclass
class Tally:
    counts: Counter
    far: int = 0
    ref: int = 0
    hit: int = 0
    ref_any: int = 0
    hit_any: int = 0

    def row(self, name: str) -> str:
        c = self.counts
        judged = c["true"] + c["false"] + c["false-both"]
        both = c["true"] + c["false-both"]
        pairs = sum(c.values())
        return (f"{name:12s} {pairs:6d} {self.far:5d} {c['unmapped']:8d} {c['unannotated']:8d} {judged:6d} "
                f"{_share(c['true'], judged)} {_share(c['true'], both)} {self.hit:5d}/{self.ref:<6d} "
                f"{_share(self.hit, self.ref)} {self.hit_any:5d}/{self.ref_any:<6d} "
                f"{_share(self.hit_any, self.ref_any)}")


HEADER = (f"{'topic':12s} {'pairs':>6s} {'>30d':>5s} {'unmapped':>8s} {'unannot.':>8s} {'judged':>6s} "
          f"{'P':>6s} {'P both':>6s} {'loose R (lead)':>19s} {'R (any instance)':>19s}")


def _share(n: int, d: int) -> str:
    return f"{n / d:6.3f}" if d else f"{'-':>6s}"


def tallies(pairs: list[Pair], sents: dict[str, tuple[Sentence, ...]], docs: list[Doc]) -> dict[str, Tally]:
    """Per topic (and ``overall``): verdict counts, far pairs, and loose recall."""
    by_id = {d.document.id: d.document for d in docs}
    out: dict[str, Tally] = defaultdict(lambda: Tally(Counter()))

    def topic(a: str, b: str) -> str:
        ta, tb = by_id[a.split("#")[0]].topic, by_id[b.split("#")[0]].topic
        return ta if ta == tb else "cross-topic"

    for p in pairs:
        v = verdict(p, sents)
        far = _days_apart(by_id, p.a, p.b) > MONTH
        for key in (topic(p.a, p.b), "overall"):
            out[key].counts[v] += 1
            out[key].far += far
    hits = found(pairs, sents)
    for x, y in reference(docs):
        for key in (by_id[x.doc].topic, "overall"):
            out[key].ref += 1
            out[key].hit += (x, y) in hits
    for x, y in reference(docs, lead=False):
        for key in (by_id[x.doc].topic if by_id[x.doc].topic == by_id[y.doc].topic else "cross-topic", "overall"):
            out[key].ref_any += 1
            out[key].hit_any += (x, y) in hits
    return dict(out)


def _days_apart(by_id: dict[str, meantime.Document], a: str, b: str) -> int:
    from datetime import date

    da, db = (date.fromisoformat(by_id[s.split("#")[0]].published) for s in (a, b))
    return abs((da - db).days)


def print_table(title: str, table: dict[str, Tally]) -> None:
    print(title)
    print(HEADER)
    for key in sorted(k for k in table if k != "overall"):
        print(table[key].row(key))
    if "overall" in table:
        print(table["overall"].row("overall"))


def worst(pairs: list[Pair], sents: dict[str, tuple[Sentence, ...]], docs: list[Doc],
          statements: dict[str, Statement], n: int, root: Path = meantime.ROOT) -> list[str]:  # fmt: skip
    """The worst false link of each of n claims, with their texts (see the module doc for the order)."""
    by_id = {d.document.id: d.document for d in docs}
    names = instance_names(root)
    bad = [(verdict(p, sents), p) for p in pairs]
    bad = [(v, p) for v, p in bad if v.startswith("false")]
    bad.sort(key=lambda vp: (vp[0] != "false-both", -_days_apart(by_id, vp[1].a, vp[1].b), vp[1].a, vp[1].b))
    lines, shown = [], set()
    for v, p in bad:
        if p.group in shown or len(shown) == n:
            continue  # one pair a claim: n distinct errors, not one big claim's pairs
        shown.add(p.group)
        lines.append(f"- {p.group} ({v}, {_days_apart(by_id, p.a, p.b)} days apart)")
        for sid in (p.a, p.b):
            doc = by_id[sid.split("#")[0]]
            inst = sorted({names.get(i, i) for s in sents[sid] for i in s.instances})
            lines.append(f"    {sid} [{doc.published}] {statements[sid].text}")
            lines.append(f"      instances: {'; '.join(inst) or '(none)'}")
    return lines


def instance_names(root: Path = meantime.ROOT) -> dict[str, str]:
    import csv

    with (root / "list_instances.csv").open(encoding="utf-8") as fh:
        return {r[0]: r[3] for r in list(csv.reader(fh, delimiter="\t"))[1:] if len(r) > 3}


def run(root: Path, setup: str, n_worst: int) -> dict[str, dict[str, Tally]]:
    docs = read_all(root)
    with tempfile.TemporaryDirectory(prefix="claimline-meantime-claims-") as tmp:
        content = Path(tmp) / "content"
        write(docs, content, root, setup)
        t = build_timeline(content)
    sents = mapping(t, docs)
    statements = {s.id: s for ss in t.statements.values() for s in ss}
    claims = cross_pairs(claim_groups(t))
    events = cross_pairs(event_groups(t))
    out = {"claims": tallies(claims, sents, docs), "events": tallies(events, sents, docs)}
    label = "one outlet (Wikinews)" if setup == "one" else "each article its own outlet"
    print_table(f"\n== {label}: statements of different articles in one claim", out["claims"])
    print_table(f"\n== {label}: statements of different articles in one event", out["events"])
    if n_worst:
        print(f"\n== {label}: the {n_worst} worst false links in claims")
        print("\n".join(worst(claims, sents, docs, statements, n_worst, root)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--meantime", type=Path, default=meantime.ROOT)
    ap.add_argument("--outlets", choices=(*SETUPS, "both"), default="both")
    ap.add_argument("--worst", type=int, default=20, help="false links to print per set-up (0: none)")
    args = ap.parse_args(argv)
    if not (args.meantime / meantime.CROSS_DOC).is_dir():
        print(f"MEANTIME not found at {args.meantime}; pass --meantime DIR (../shared/eval/meantime)", file=sys.stderr)
        return 2
    for setup in SETUPS if args.outlets == "both" else (args.outlets,):
        run(args.meantime, setup, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
