"""Score the date stage on MEANTIME against plain dateparser, and time both in one run.

    .venv/bin/python benchmarks/dates.py [--verbose] [--meantime DIR]

MEANTIME (NewsReader, CC BY 4.0): 120 English Wikinews articles as tokens, with TIMEX3
markables (type, value, token anchors) and the article's creation time (DCT). For each article
we rebuild the text from its tokens (one line per sentence, light detokenisation, a
token -> character offset map), then run

* claimline: ``generator.stages.dates.find_dates(text, anchor=DCT, has_time=False)``;
* the baseline: ``dateparser.search.search_dates(text, languages=["en"], settings=
  {"RELATIVE_BASE": DCT, "PREFER_DATES_FROM": "past"})``, each found date kept at dateparser's
  own precision: ``DateDataParser.get_date_data`` gives the ``period`` of the found text (year,
  month, week or day), and the value is written at that precision ("2010" stays 2010, "May
  2010" 2010-05). Forcing every date to a day would weaken the baseline (a false figure).

MEANTIME annotates time expressions only in the title, the dateline and the first four
sentences (sentence index 0-5 in its XML; no TIMEX3 lies beyond, which this script checks), so
predictions are scored in that region only; both taggers still read the whole text.

Scoring rule (the same for both): gold = TIMEX3 of ``type="DATE"`` that cover tokens (the
dateline that carries the creation time included; a second figure leaves it out). A
predicted mention *matches* a gold one when their token spans overlap; gold mentions are
taken in text order and each takes at most one overlapping prediction, preferring one with
an equal value. *Value-correct* = matched with exactly equal value strings. Precision =
value-correct / predictions, recall = value-correct / gold. Predictions overlapping a gold
TIME, DURATION or SET timex are left out (they are neither right nor wrong for DATE).

Articles without a CREATION_TIME (2 of 120) take the first full date of their first three
lines, the dateline, as the pipeline would infer it; "DD-MM-YYYY" creation times are read
as such.

Speed: the claimline pass over all texts divided by one ``search_dates`` pass over the same
texts, both timed in this process after a warm-up call each (target: at most 1.0).

Long lines: one 20,000-word line with no sentence end (a run-on dump) divided by the same
words as 20 lines of 1,000, both through ``find_dates``; the tense of each date must be read
from near it, not from the whole line again (target: close to 1.0, never growing with length).
``--long-only`` prints this figure alone (it needs no corpus).

Exit status: 0 after printing figures; 2 when the corpus is not there.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.stages.dates import find_dates

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "meantime"
ANNOTATED_SENTENCES = 5  # MEANTIME marks time expressions in sentences 0..5 only
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't", "'", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "[", "$", "US$", "#", "£", "€"}


@dataclass
class Doc:
    name: str
    text: str
    dct: date
    tokens: list[tuple[int, int]]  # char span of each token, in order
    sentences: list[int]  # sentence index of each token
    gold: list[tuple[int, int, str, str, bool]]  # first token, last token, type, value, is_dct


def load(path: Path) -> Doc | None:
    root = ET.parse(path).getroot()
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    sentences: list[int] = []
    index: dict[str, int] = {}
    pos, sentence, prev = 0, None, ""
    for tok in root.iter("token"):
        word = tok.text or ""
        if sentence is not None and tok.get("sentence") != sentence:
            parts.append("\n")
            pos += 1
        elif sentence is not None and word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            parts.append(" ")
            pos += 1
        sentence, prev = tok.get("sentence"), word
        index[tok.get("t_id", "")] = len(spans)
        spans.append((pos, pos + len(word)))
        sentences.append(int(tok.get("sentence", "0")))
        parts.append(word)
        pos += len(word)
    text = "".join(parts)
    gold, dct = [], None
    for tx in root.iter("TIMEX3"):
        anchors = sorted(index[a.get("t_id", "")] for a in tx.findall("token_anchor"))
        is_dct = tx.get("functionInDocument") == "CREATION_TIME"
        if is_dct:
            dct = _read_dct(tx.get("value", ""))
        if anchors:
            gold.append((anchors[0], anchors[-1], tx.get("type", ""), tx.get("value", ""), is_dct))
    if dct is None:
        head = "\n".join(text.split("\n")[:3])
        days = [m for m in find_dates(head, None) if m.precision == "day"]
        if not days:
            return None
        dct = date.fromisoformat(days[0].value)
    beyond = [g for g in gold if sentences[g[0]] > ANNOTATED_SENTENCES]
    if beyond:
        raise SystemExit(f"{path}: TIMEX3 beyond sentence {ANNOTATED_SENTENCES}: the scoring region is wrong")
    return Doc(path.stem, text, dct, spans, sentences, gold)


def _read_dct(value: str) -> date | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    return date(int(m[3]), int(m[2]), int(m[1])) if m else None


def token_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    hit = [i for i, (s, e) in enumerate(doc.tokens) if s < end and start < e]
    return (hit[0], hit[-1]) if hit else None


def claimline(doc: Doc) -> list[tuple[int, int, str]]:
    anchor = datetime(doc.dct.year, doc.dct.month, doc.dct.day, tzinfo=UTC)
    return [(m.start, m.end, m.value) for m in find_dates(doc.text, anchor, has_time=False)]


def baseline(doc: Doc) -> list[tuple[int, int, str]]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day, tzinfo=UTC).replace(tzinfo=None)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found = search_dates(doc.text, languages=["en"], settings=settings) or []
    periods = DateDataParser(languages=["en"], settings=settings)
    out, cursor = [], 0
    for substring, when in found:
        at = doc.text.find(substring, cursor)
        if at < 0:
            at = doc.text.find(substring)
        if at < 0:
            continue
        cursor = at + len(substring)
        out.append((at, at + len(substring), _at_period(when, periods.get_date_data(substring).period)))
    return out


def _at_period(when: datetime, period: str | None) -> str:
    """A dateparser result written at the precision dateparser itself gives it."""
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.date().isocalendar()
        return f"{year:04d}-W{week:02d}"
    return when.date().isoformat()


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    correct: int = 0
    extent: int = 0

    def line(self, label: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{label:<34} P={p:.3f} R={r:.3f} F1={f:.3f}   (value-correct {self.correct}, "
                f"predicted {self.predicted}, gold {self.gold}, extents matched {self.extent})")


def score(doc: Doc, predicted: list[tuple[int, int, str]], with_dct: bool, total: Score,
          errors: list[str] | None = None) -> None:
    preds = []
    for start, end, value in predicted:
        span = token_span(doc, start, end)
        if span is not None and doc.sentences[span[0]] <= ANNOTATED_SENTENCES:
            preds.append((span, value, doc.text[start:end]))
    other = [(a, b) for a, b, kind, _, _ in doc.gold if kind != "DATE"]
    golds = [(a, b, value) for a, b, kind, value, is_dct in doc.gold
             if kind == "DATE" and (with_dct or not is_dct)]
    dct_spans = [(a, b) for a, b, kind, _, is_dct in doc.gold if is_dct]
    kept = []
    for span, value, text in preds:
        overlaps_gold = any(a <= span[1] and span[0] <= b for a, b, _ in golds)
        if not overlaps_gold and any(a <= span[1] and span[0] <= b for a, b in other):
            continue  # a TIME/DURATION/SET: outside DATE scoring
        if not with_dct and any(a <= span[1] and span[0] <= b for a, b in dct_spans):
            continue
        kept.append((span, value, text))
    used = [False] * len(kept)
    total.predicted += len(kept)
    total.gold += len(golds)
    for a, b, value in sorted(golds):
        hits = [i for i, (span, _, _) in enumerate(kept) if not used[i] and a <= span[1] and span[0] <= b]
        if not hits:
            if errors is not None:
                errors.append(f"  MISSED {doc.name[:40]:40} gold={value:12} {_tokens_text(doc, a, b)!r}")
            continue
        best = next((i for i in hits if kept[i][1] == value), hits[0])
        used[best] = True
        total.extent += 1
        if kept[best][1] == value:
            total.correct += 1
        elif errors is not None:
            errors.append(f"  WRONG  {doc.name[:40]:40} gold={value:12} got={kept[best][1]:12} "
                          f"{kept[best][2]!r} (dct {doc.dct})")
    if errors is not None:
        for i, (_span, value, text) in enumerate(kept):
            if not used[i]:
                errors.append(f"  EXTRA  {doc.name[:40]:40} got={value:12} {text!r} (dct {doc.dct})")


def _tokens_text(doc: Doc, a: int, b: int) -> str:
    return doc.text[doc.tokens[a][0]:doc.tokens[b][1]]


_RUN_ON = ("officials said on Monday that talks would resume in May and that prices fell in April "
           "as ministers met again last week to discuss the plan for next year, ")  # 30 words, 5 dates


def long_line_ratio(words: int = 20_000, parts: int = 20) -> tuple[float, float]:
    """Seconds for one line of ``words`` words, and for the same words as ``parts`` lines."""
    anchor = datetime(2020, 7, 8, tzinfo=UTC)
    per = len(_RUN_ON.split())
    long_text = _RUN_ON * (words // per // parts * parts)
    short_text = _RUN_ON * (words // per // parts)
    find_dates(short_text, anchor)  # warm up
    t0 = time.perf_counter()
    found_long = find_dates(long_text, anchor)
    t1 = time.perf_counter()
    found_short = sum(len(find_dates(short_text, anchor)) for _ in range(parts))
    t2 = time.perf_counter()
    assert len(found_long) == found_short, (len(found_long), found_short)
    return t1 - t0, t2 - t1


def print_long_line_ratio() -> None:
    one, many = long_line_ratio()
    print(f"long line: one 20k-word line {one:.3f} s, 20 lines of 1k words {many:.3f} s, "
          f"ratio {one / many:.2f} (one line / 20 lines; target close to 1.0)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--meantime", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", action="store_true", help="list every miss, wrong value and extra")
    parser.add_argument("--long-only", action="store_true", help="only the long-line ratio (no corpus needed)")
    args = parser.parse_args(argv)
    if args.long_only:
        print_long_line_ratio()
        return 0
    folder = args.meantime / "intra_cross-doc_annotation"
    files = sorted(folder.glob("*/*.xml"))
    if not files:
        print(f"benchmarks/dates.py: MEANTIME not found at {folder} (expected */*.xml there); "
              "pass --meantime DIR or put the corpus at ../shared/eval/meantime", file=sys.stderr)
        return 2
    docs = [d for d in (load(f) for f in files) if d is not None]
    print(f"MEANTIME English: {len(docs)} of {len(files)} articles with a creation time")

    from dateparser.search import search_dates

    search_dates("warm up on Monday, 8 July 2020", languages=["en"])  # load its language data
    find_dates("warm up on Monday", datetime(2020, 7, 8, tzinfo=UTC))

    t0 = time.perf_counter()
    ours = [claimline(d) for d in docs]
    t1 = time.perf_counter()
    theirs = [baseline(d) for d in docs]
    t2 = time.perf_counter()

    errors: list[str] = []
    for label, results, errs in (("claimline", ours, errors), ("dateparser search_dates", theirs, None)):
        for with_dct in (True, False):
            total = Score()
            for doc, found in zip(docs, results, strict=True):
                score(doc, found, with_dct, total, errs if with_dct else None)
            print(total.line(f"{label}{'' if with_dct else ' (no dateline)'}"))
    ours_s, theirs_s = t1 - t0, t2 - t1
    print(f"speed: claimline {ours_s:.3f} s, search_dates {theirs_s:.3f} s, "
          f"ratio {ours_s / theirs_s:.3f} (claimline / search_dates; target <= 1.0)")
    print_long_line_ratio()
    if args.verbose:
        print("\n".join(sorted(errors, key=lambda e: e[2:8])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
