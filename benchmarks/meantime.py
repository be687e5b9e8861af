"""MEANTIME's English Wikinews articles as claimline content, and the dates its annotators gave.

MEANTIME (NewsReader, CC BY 4.0; ``../shared/eval/meantime``, licence in ``LICENSE.txt``
there) holds 120 Wikinews articles in four topics (Airbus, Apple, GM, stock markets), each
tokenised and annotated: event mentions, their cross-document event instances, and a
time anchor (``TIME`` in ``list_instances.csv``) for most instances.

``documents`` reads them back into text (title = sentence 0; the date line under it left
out); ``write_content`` writes a topic, or all, as a ``content/`` folder (one outlet,
Wikinews; each article a Markdown file with front matter) with the licence beside it;
``reference_days`` gives, per topic, every day an annotated event instance is anchored to,
and how many of the topic's documents mention it.
"""

from __future__ import annotations

import csv
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "meantime"
CROSS_DOC = "intra_cross-doc_annotation"
SOURCE_ID = "wikinews"
SOURCES_YML = (f"{SOURCE_ID}:\n  name: Wikinews\n  url: https://en.wikinews.org\n  kind: citizen journalism\n")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DATELINE = re.compile(r"[A-Za-z]+ \d{1,2}, \d{4}\.?")


@dataclass
class Document:
    id: str  # "<topic>-<doc_id>"
    topic: str
    title: str
    url: str | None
    published: str  # YYYY-MM-DD: the creation time
    sentences: list[str]  # article text after the title and date line
    instances: set[str] = field(default_factory=set)  # event instance ids its annotation refers to
    numbers: list[int] = field(default_factory=list)  # MEANTIME's sentence number of each of ``sentences``


def detok(tokens: list[str]) -> str:
    """Tokens back into running text (MEANTIME's tokens are Penn-Treebank-like)."""
    text = " ".join(_marks(tokens))
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    text = re.sub(r" ('s|n't|'re|'ve|'ll|'d)\b", r"\1", text)
    return text.replace("\x02 ", '"').replace(" \x03", '"').replace("\x02", '"').replace("\x03", '"')


def _marks(tokens: list[str]) -> list[str]:
    """Quotation marks as opening (held to the word after) or closing (held to the word before):
    Penn Treebank's two marks say which; a plain double quote opens and closes in turn."""
    out, opened = [], False
    for t in tokens:
        if t == '"':
            t = "''" if opened else "``"
        if t in ("``", "''"):
            opened = t == "``"
            t = "\x02" if opened else "\x03"
        out.append(t)
    return out


def paragraphs(sentences: list[str]) -> list[str]:
    """Sentences as paragraphs: one a paragraph, except that a quotation still open at a
    sentence's end goes on in the same paragraph (MEANTIME keeps sentences, not paragraphs,
    and a quotation of several sentences cut at each would leave every part unbalanced)."""
    out: list[str] = []
    open_quote = False
    for s in sentences:
        if open_quote:
            out[-1] += " " + s
        else:
            out.append(s)
        open_quote = out[-1].count('"') % 2 == 1
    return out


def _creation_time(root: ET.Element) -> str:
    values = [tx.get("value") or "" for tx in root.iter("TIMEX3")]
    dct = next((tx.get("value") for tx in root.iter("TIMEX3") if tx.get("functionInDocument") == "CREATION_TIME"),
               None) or next(v for v in values if _DAY.match(v))  # two lack one: the date line stands in
    if re.fullmatch(r"\d\d-\d\d-\d{4}", dct):  # one document writes it DD-MM-YYYY
        dct = f"{dct[6:]}-{dct[3:5]}-{dct[:2]}"
    return dct[:10]


def read(path: Path, topic: str) -> Document:
    root = ET.parse(path).getroot()
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for t in sorted(root.iter("token"), key=lambda t: int(t.get("t_id"))):
        by_sentence[int(t.get("sentence"))].append(t.text or "")
    numbers = sorted(by_sentence)
    texts = [detok(by_sentence[k]) for k in numbers]
    body, numbers = texts[1:], numbers[1:]
    if body and _DATELINE.fullmatch(body[0]):
        body, numbers = body[1:], numbers[1:]
    instances = {m.get("instance_id") for m in root.iter("EVENT") if m.get("instance_id")}
    return Document(f"{topic}-{root.get('doc_id')}", topic, texts[0], root.get("url"), _creation_time(root), body,
                    instances, numbers)


def documents(root: Path = ROOT) -> list[Document]:
    """Every English document of the cross-document annotation, by topic and file name."""
    out = []
    for topic_dir in sorted((root / CROSS_DOC).glob("corpus_*")):
        out.extend(read(p, topic_dir.name.removeprefix("corpus_")) for p in sorted(topic_dir.glob("*.xml")))
    return out


def instance_times(root: Path = ROOT) -> dict[str, str]:
    """Event instance id -> its annotated time anchor (``TIME``), where it has one."""
    with (root / "list_instances.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return {r[0]: r[7] for r in rows[1:] if len(r) > 7 and r[1] == "EVENT" and r[7]}


def reference_days(docs: list[Document], root: Path = ROOT) -> dict[str, Counter]:
    """Topic -> {day: how many of its documents mention an event instance anchored to that day}.

    Only anchors to a whole day count (``2008-09-17``; not ``2008-09`` or ``XXXX-XX-XX``),
    since a timeline's dates are days and date F1 compares days.
    """
    times = instance_times(root)
    out: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        days = {times[i] for i in d.instances if _DAY.fullmatch(times.get(i, ""))}
        out[d.topic].update(days)
    return dict(out)


def reporting(docs: list[Document], topic: str, days: set[str], root: Path = ROOT) -> dict[str, list[str]]:
    """Day -> the publication days of the topic's documents that mention an event anchored to it."""
    times = instance_times(root)
    out: dict[str, list[str]] = {d: [] for d in sorted(days)}
    for d in docs:
        if d.topic == topic:
            for day in sorted({times[i] for i in d.instances if times.get(i) in days}):
                out[day].append(d.published)
    return out


def markdown(d: Document) -> str:
    """One article as claimline reads it: YAML front matter, then its ``paragraphs``."""
    import json

    front = [f"title: {json.dumps(d.title, ensure_ascii=False)}", f"source: {SOURCE_ID}", f"published: {d.published}"]
    if d.url:
        front.append(f"url: {json.dumps(d.url)}")
    return "---\n" + "\n".join(front) + "\n---\n\n" + "\n\n".join(paragraphs(d.sentences)) + "\n"


def write_content(docs: list[Document], out: Path, root: Path = ROOT, prefix: str = "") -> None:
    """``out/articles/<prefix><doc id>.md`` for each document, ``out/sources.yml`` (when missing),
    and MEANTIME's licence beside the content folder (``out/../LICENSE-MEANTIME.txt``):
    CC BY 4.0 asks that the licence and attribution travel with every copy."""
    (out / "articles").mkdir(parents=True, exist_ok=True)
    sources = out / "sources.yml"
    if not sources.exists():
        sources.write_text(SOURCES_YML, encoding="utf-8")
    for d in docs:
        (out / "articles" / f"{prefix}{d.id}.md").write_text(markdown(d), encoding="utf-8")
    licence = out.parent / "LICENSE-MEANTIME.txt"
    shutil.copyfile(root / "LICENSE.txt", licence)
    with licence.open("a", encoding="utf-8") as fh:
        fh.write("\n\nThe articles under content/articles/ named after MEANTIME documents are the English "
                 "Wikinews texts of the NewsReader MEANTIME corpus (c) 2015 Fondazione Bruno Kessler, VU University "
                 "Amsterdam, Universidad del Pais Vasco, rebuilt from its tokens by claimline's benchmarks/meantime.py "
                 "(changed: detokenised, date line dropped, front matter added).\n")
