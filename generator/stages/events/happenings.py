"""Happenings: the dated claims of one day grouped by what happened, not by the day.

An article tells its happenings in runs: the claims it reports next to each other are mostly
about one thing, and claims matched across outlets carry that across articles. So two claims of
one date (and status) are one happening when a fitted model (``MODEL``) says so from how close
their statements stand in an article that reports both, how alike their words are (their
statements pooled, TF-IDF) and how many of their articles they share. Candidates are the next
``NEAREST`` claims of that date in each article, so the cost follows the articles, not the size
of a day. Joined best first; a group takes another only when their first ``EXEMPLARS`` claims
agree on average, so a busy day of many stories does not chain into one catch-all event.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from generator.model import Claim, Statement
from generator.stages.claims.scorer import Logistic
from generator.text import wording

FEATURES = (
    "adjacent",  # 1 / (1 + sentences between their nearest statements) in an article reporting both
    "cosine",  # cosine of the content words of their statements, TF-IDF over the claims
    "shared",  # articles reporting both, as a share of the fewer articles of the two
    "adjacent_alike",  # adjacent times cosine: side by side and about the same things
)
# fitted by `python -m benchmarks.fit --write` on the gold events of the dev corpora and the seeds:
# two claims of one date are one happening when their statements carry claims of one gold event
MODEL = Logistic(
    weights=tuple({
        "adjacent": 1.054, "cosine": 1.488, "shared": -0.411, "adjacent_alike": 0.541,
    }[f] for f in FEATURES),
    bias=0.289,
)
THRESHOLD = 0.5  # a calibrated probability's own boundary
NEAREST = 4  # claims of one date looked at after each one, in an article's order
# how many claims of each side the catch-all guard averages over (at most EXEMPLARS^2 pairs a join):
# measured with benchmarks.happenings at 2..16 and all: 4 split a dev corpus's live blog of one
# happening in two (wildfire F1 0.546), 8 or more keeps it one (0.604), breach 0.723 from 3 up (2:
# 0.668), seeds 1.00 at every value, key events the same; synthetic live blog: largest event 19 -> 16
EXEMPLARS = 8


class _Claims:
    """The claims to group, with what the model compares: pooled words and places in articles."""

    def __init__(self, claims: Sequence[Claim], statement: Mapping[str, Statement]):
        self.claims = list(claims)
        self.places: list[dict[str, list[int]]] = []  # claim -> article -> sentence numbers
        words: list[Counter] = []
        for c in self.claims:
            place: dict[str, list[int]] = defaultdict(list)
            count: Counter = Counter()
            for sid in c.statements:
                st = statement.get(sid)
                if st is None:
                    continue
                place[st.article].append(st.sentence)
                if st.kind != "headline":
                    count.update(wording.content_words(st.text))
            self.places.append({a: sorted(ns) for a, ns in place.items()})
            words.append(count)
        self.vectors = wording.tfidf(words)

    def features(self, i: int, j: int) -> list[float]:
        pi, pj = self.places[i], self.places[j]
        both = sorted(pi.keys() & pj.keys())
        gap = min((abs(x - y) for a in both for x in pi[a] for y in pj[a]), default=None)
        adjacent = 0.0 if gap is None else 1.0 / (1.0 + gap)
        cosine = wording.cosine(self.vectors[i], self.vectors[j])
        return [adjacent, cosine, len(both) / max(1, min(len(pi), len(pj))), adjacent * cosine]


def candidates(grouped: _Claims) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of claims of one date and status near each other in an article."""
    runs: dict[tuple, list[tuple[int, int]]] = defaultdict(list)  # (date, status, article) -> (sentence, k)
    for k, c in enumerate(grouped.claims):
        assert c.date is not None
        for article, sentences in grouped.places[k].items():
            runs[(c.date.value, c.date.status, article)].append((sentences[0], k))
    pairs: set[tuple[int, int]] = set()
    for key in sorted(runs):
        run = sorted(runs[key])
        for n, (_, k) in enumerate(run):
            for _, o in run[n + 1 : n + 1 + NEAREST]:
                pairs.add((min(k, o), max(k, o)))
    return sorted(pairs)


def group(dated: Sequence[Claim], statement: Mapping[str, Statement], model: Logistic = MODEL) -> list[list[Claim]]:
    """The dated claims, each in one happening (lists in the order of ``dated``)."""
    grouped = _Claims(dated, statement)
    scored = {pair: model.probability(grouped.features(*pair)) for pair in candidates(grouped)}
    parent = list(range(len(dated)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(dated))}

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def p(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in scored:
            scored[key] = model.probability(grouped.features(*key))
        return scored[key]

    links = sorted(((q, i, j) for (i, j), q in scored.items() if q >= THRESHOLD),
                   key=lambda x: (-round(x[0], 2), x[1:]))  # fmt: skip
    for _, i, j in links:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        cross = [p(x, y) for x in members[ri][:EXEMPLARS] for y in members[rj][:EXEMPLARS]]
        if sum(cross) / len(cross) < THRESHOLD:
            continue
        if rj < ri:
            ri, rj = rj, ri
        parent[rj] = ri
        members[ri] = sorted(members[ri] + members.pop(rj))
    return [[dated[k] for k in ks] for _, ks in sorted(members.items())]
