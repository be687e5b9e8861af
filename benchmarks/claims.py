"""Cross-document claim linking on MEANTIME: claimline's matcher against lexical baselines.

Run: ``.venv/bin/python -m benchmarks.claims [--meantime DIR]``

Setup (read this before the numbers):

- Corpus: the English MEANTIME cross-document annotation (``../shared/eval/meantime/
  intra_cross-doc_annotation/corpus_*/*.xml``): 120 Wikinews articles in 4 topics
  (Airbus, Apple, GM, stocks). Each document's creation time (TIMEX3 with
  ``functionInDocument="CREATION_TIME"``) is its publication date (two documents lack
  one: their first full date, the date line, stands in).
- Statements = sentences, rebuilt from the tokens (sentence 0 is the title: kind
  ``headline``; the date line under it is left out), dated by claimline's own date stage
  (``dates.resolve``) against the creation time. No speakers (the entity stage is not
  run). Every document counts as its own outlet, since claimline links statements across
  outlets and all of MEANTIME is one outlet.
- Gold: two sentences of different documents are linked when they mention a shared event
  instance (an ``EVENT`` with an ``instance_id``, reached through ``REFERS_TO`` from an
  ``EVENT_MENTION`` in the sentence). This is looser than "says the same thing": two
  sentences about one merger share its instance even when they report different facts
  about it. Recall against it is therefore low for any claim matcher; precision is the
  more telling figure (a predicted link outside gold joins sentences with no event in
  common).
- Predicted: pairs of sentences of different documents that claimline puts in one claim.
  ``claimline`` runs as configured (publication window of WINDOW_DAYS days either side);
  ``claimline, no window`` lifts the window, to show what blocking by date costs on a
  corpus whose articles about one event are often months or years apart.
- Baselines, in the same process over ALL cross-document pairs (no blocking): token
  Jaccard of content words, and rapidfuzz token_set_ratio on the raw sentences, each at
  the threshold that maximises its F1 on this very data (an optimistic baseline), plus
  Jaccard at a fixed 0.5.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from benchmarks.meantime import detok
from generator.model import Article, Overrides, Statement
from generator.stages import claims, dates
from generator.stages.claims import blocking, scorer
from generator.text import wording

DEFAULT = (
    Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "meantime" / "intra_cross-doc_annotation"
)



def read_document(path: Path, topic: str):
    """One MEANTIME document: its article, its statements and each statement's event instances."""
    root = ET.parse(path).getroot()
    doc = root.get("doc_id")
    tokens = {}
    for t in root.iter("token"):
        tokens[t.get("t_id")] = (int(t.get("sentence")), t.text or "")
    dct = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
    if dct is None:  # two documents lack it: their date line is the first full date
        dct = next(
            tx.get("value")
            for tx in root.iter("TIMEX3")
            if re.match(r"\d{4}-\d\d-\d\d", tx.get("value") or "")
        )
    mention_sentences = {}
    for m in root.find("Markables"):
        if m.tag == "EVENT_MENTION":
            mention_sentences[m.get("m_id")] = {tokens[a.get("t_id")][0] for a in m.iter("token_anchor")}
    instance = {m.get("m_id"): m.get("instance_id") for m in root.find("Markables")
                if m.tag == "EVENT" and m.get("instance_id")}  # fmt: skip
    events_in = defaultdict(set)
    relations = root.find("Relations")
    for r in relations if relations is not None else ():
        if r.tag != "REFERS_TO":
            continue
        target = r.find("target").get("m_id")
        if target not in instance:
            continue
        for s in r.iter("source"):
            for sent in mention_sentences.get(s.get("m_id"), ()):
                events_in[sent].add(instance[target])
    by_sentence = defaultdict(list)
    for _, (sent, text) in sorted(tokens.items(), key=lambda kv: int(kv[0])):
        by_sentence[sent].append(text)
    if re.fullmatch(r"\d\d-\d\d-\d{4}", dct):  # one document writes it DD-MM-YYYY
        dct = f"{dct[6:]}-{dct[3:5]}-{dct[:2]}"
    published = datetime.fromisoformat(dct[:10]).replace(tzinfo=UTC)
    aid = f"{topic}-{doc}"
    kept = []
    for sent in sorted(by_sentence):
        text = detok(by_sentence[sent])
        if sent == 1 and re.fullmatch(r"[A-Za-z]+ \d{1,2}, \d{4}\.?", text):
            continue  # the date line under the title
        kept.append((sent, text))
    body = "\n".join(text for _, text in kept)
    article = Article(id=aid, path=f"{topic}/{path.name}", source=aid, title=None, url=None, published=published,
                      published_text=published.date().isoformat(), published_has_time=False, body=body,
                      body_line=1)  # fmt: skip
    stmts, gold, pos = [], {}, 0
    for sent, text in kept:
        sid = f"{aid}#s{sent}"
        kind = "headline" if sent == 0 else "claim"
        stmts.append(Statement(sid, aid, pos, pos + len(text), text, kind, sent))
        pos += len(text) + 1
        gold[sid] = events_in.get(sent, set())
    # event dates by claimline's own date stage, as in a build
    return article, dates.resolve(article, tuple(stmts), Overrides()), gold


def load(root: Path):
    articles, stmts, gold = [], {}, {}
    for topic_dir in sorted(root.glob("corpus_*")):
        for path in sorted(topic_dir.glob("*.xml")):
            a, s, g = read_document(path, topic_dir.name.removeprefix("corpus_"))
            articles.append(a)
            stmts[a.id] = s
            gold.update(g)
    return articles, stmts, gold


def prf(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def claim_pairs(found) -> set:
    out = set()
    for c in found:
        for a, b in combinations(sorted(c.statements), 2):
            if a.split("#")[0] != b.split("#")[0]:
                out.add((a, b))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--meantime", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.meantime.is_dir():
        print(f"MEANTIME not found at {args.meantime}; pass --meantime DIR", file=sys.stderr)
        return 2
    articles, stmts, gold_events = load(args.meantime)
    every = [s for a in articles for s in stmts[a.id]]
    gold = set()
    by_instance = defaultdict(list)
    for s in every:
        for inst in gold_events[s.id]:
            by_instance[inst].append(s.id)
    for ids in by_instance.values():
        for a, b in combinations(sorted(set(ids)), 2):
            if a.split("#")[0] != b.split("#")[0]:
                gold.add((a, b))
    all_pairs = [
        (a, b) for a, b in combinations(sorted(every, key=lambda s: s.id), 2) if a.article != b.article
    ]
    print(f"MEANTIME: {len(articles)} documents, {len(every)} sentences, {len(all_pairs)} cross-document pairs, "
          f"{len(gold)} gold links (sentences sharing an event instance)")  # fmt: skip
    print(f"{'method':38s} {'pairs':>7s} {'P':>6s} {'R':>6s} {'F1':>6s} {'time':>8s}")

    def row(name, pred, seconds):
        p, r, f = prf(pred, gold)
        print(f"{name:38s} {len(pred):7d} {p:6.3f} {r:6.3f} {f:6.3f} {seconds:7.2f}s")
        return f

    t = time.perf_counter()
    found = claims.match(articles, stmts, [], Overrides())
    base_time = time.perf_counter() - t
    row(f"claimline (window {blocking.WINDOW_DAYS} d)", claim_pairs(found), base_time)
    saved = blocking.WINDOW_DAYS
    blocking.WINDOW_DAYS = 100_000
    try:
        for link in (0.3, 0.4, 0.5, 0.6, 0.7):
            model = replace(scorer.MODEL, link=link)
            t = time.perf_counter()
            found = claims.match(articles, stmts, [], Overrides(), model=model)
            row(f"claimline, no window, link {link}", claim_pairs(found), time.perf_counter() - t)
    finally:
        blocking.WINDOW_DAYS = saved

    t = time.perf_counter()
    words = {s.id: set(wording.content_words(s.text)) for s in every}
    jac = {
        (a.id, b.id): len(words[a.id] & words[b.id]) / (len(words[a.id] | words[b.id]) or 1)
        for a, b in all_pairs
    }
    jac_time = time.perf_counter() - t
    t = time.perf_counter()
    tsr = {(a.id, b.id): fuzz.token_set_ratio(a.text, b.text) / 100 for a, b in all_pairs}
    tsr_time = time.perf_counter() - t

    def best(scores, name, seconds):
        top = max((prf({k for k, v in scores.items() if v >= th}, gold)[2], th) for th in
                  [x / 100 for x in range(5, 100, 5)])  # fmt: skip
        row(f"{name} >= {top[1]:.2f} (best F1)", {k for k, v in scores.items() if v >= top[1]}, seconds)

    row("token Jaccard >= 0.50, all pairs", {k for k, v in jac.items() if v >= 0.5}, jac_time)
    best(jac, "token Jaccard, all pairs", jac_time)
    best(tsr, "rapidfuzz token_set_ratio, all pairs", tsr_time)
    print("time of claimline relative to token_set_ratio over all pairs: "
          f"{base_time / tsr_time:.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
