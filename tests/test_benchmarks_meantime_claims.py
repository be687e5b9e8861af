"""benchmarks/meantime_claims.py: claimline's statements mapped back to MEANTIME's sentences and instances."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from benchmarks import meantime_claims as mc
from generator.pipeline import build_timeline


def _two_sharing(shared: Path) -> tuple[mc.Doc, mc.Doc]:
    """The first two GM documents (by file name) whose annotated sentences share an event instance."""
    folder = shared / "eval" / "meantime" / mc.meantime.CROSS_DOC / "corpus_gm"
    docs = [mc.read(p, "gm") for p in sorted(folder.glob("*.xml"))]

    def instances(d: mc.Doc) -> set[str]:
        return {i for s in (d.title, *d.body) if s.annotated for i in s.instances}

    return next((a, b) for a, b in combinations(docs, 2) if instances(a) & instances(b))


def test_two_meantime_documents_map_statement_by_statement_to_their_sentences(shared, tmp_path):
    root = shared / "eval" / "meantime"
    docs = list(_two_sharing(shared))
    mc.write(docs, tmp_path / "content", root, "each")
    t = build_timeline(tmp_path / "content", jobs=1)
    sents = mc.mapping(t, docs)
    statements = [s for ss in t.statements.values() for s in ss]
    assert {s.article for s in statements} == {d.document.id for d in docs}
    for st in statements:
        assert sents[st.id], f"{st.id} maps to no sentence"
        if st.kind == "headline":
            assert [s.number for s in sents[st.id]] == [0]
        else:  # a statement is a sentence or a clause of one: its words are in what it maps to
            joined = " ".join(s.text for s in sents[st.id])
            assert st.text.split()[0] in joined and st.text.split()[-1] in joined
    # each sentence's instances are among those its document's annotation names
    for d in docs:
        found = {i for s in (d.title, *d.body) for i in s.instances}
        assert found and found <= d.document.instances


def test_a_pair_is_true_when_its_sentences_share_an_instance_and_false_when_both_differ(shared, tmp_path):
    a, b = _two_sharing(shared)
    root = shared / "eval" / "meantime"
    mc.write([a, b], tmp_path / "content", root, "one")
    t = build_timeline(tmp_path / "content", jobs=1)
    sents = mc.mapping(t, [a, b])
    by_sentence = {(s.doc, s.number): st for st, ss in sents.items() if len(ss) == 1 for s in ss}
    pairs = [(x, y) for x in (a.title, *a.body) for y in (b.title, *b.body)
             if x.annotated and y.annotated and (x.doc, x.number) in by_sentence and (y.doc, y.number) in by_sentence]
    same = next((x, y) for x, y in pairs if x.instances & y.instances)
    differ = next((x, y) for x, y in pairs if x.instances and y.instances and not x.instances & y.instances)
    for (x, y), want in ((same, "true"), (differ, "false-both")):
        p = mc.Pair(*sorted((by_sentence[(x.doc, x.number)], by_sentence[(y.doc, y.number)])), "g")
        assert mc.verdict(p, sents) == want
    assert mc.verdict(mc.Pair(f"{a.document.id}#nowhere", by_sentence[(b.title.doc, b.title.number)], "g"), sents) == "unmapped"
