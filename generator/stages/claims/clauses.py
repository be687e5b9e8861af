"""A clause of a sentence of several claims, scored on its own against the statements of other outlets.

"The harbour reopened on Friday, and the two tugboats, which arrived on Thursday, worked until dusk"
reports the reopening, the arrival and the work; another outlet's "The two tugboats arrived in the
harbour on Thursday" says the arrival and nothing else. Scored whole, the sentence shares too little
with that report to be linked to it (and its two days rule the pair out): its other clauses weigh
against it. So a sentence cut into clauses (``spans``: by punctuation and the closed classes of
grammar, never by a word of a story) is also read clause by clause: each clause becomes a *view*,
an ``Item`` with the clause's words, names, figures and the day its own words name, scored against
the statements of other articles its sentence was a candidate pair with, by the same model
(``Scores.context``: the sentence's neighbours are its context). A view that agrees with a claim as a
member would (``shared``) lets its sentence stand in that claim; a view that no statement of its
claim says makes the sentence a claim of its own (``halves``), dated as that clause tells.

Measured on the dev corpora and held out: benchmarks/README.md, "tenth stop".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import islice

from generator import lexicon
from generator.model import DateMention, EventDate, Statement
from generator.stages.claims.clustering import EXEMPLARS, FLOOR, Scores
from generator.stages.claims.features import _reported_before, features, never
from generator.stages.claims.items import _ACCORDING, _NEGATION, CLAUSE_WORDS, Item, day_of
from generator.stages.dates.tense import markers
from generator.text import wording

# Where a clause begins inside a sentence, by punctuation and the closed classes of English grammar
# (``lexicon/clause-openers``): a semicolon or a dash; a colon not between digits ("06:00"); a comma
# followed by a clause opener (", after police closed it", ", and put the number at 31", ", where
# hundreds slept") or by a participle opening an adjunct clause (", bringing the number to 2,000",
# ", saying there was not enough evidence"; not a preposition spelled so, ``lexicon/ing-prepositions``:
# ", including the bailout"); a subordinator without a comma ("declared an emergency
# after a ranger was killed"). Not a bare "and" (it joins nouns as often as clauses: "names,
# addresses and policy numbers"), nor a parenthesis (an acronym or an aside: "(NCPA)").
_OPENERS = lexicon.alternation("clause-openers")
_ING_PREPOSITIONS = lexicon.alternation("ing-prepositions")  # "..., including the bailout": no clause
_SUBORDINATORS = "after|before|because|although|though|until|unless|whereas|while|whilst"
_CUT = re.compile(
    r"\s*;\s*|\s+[\u2013\u2014-]\s+|(?<!\d):(?!\d)\s*"
    r"|,\s+(?=(?:" + _OPENERS + r")\b)|,\s+(?!(?:" + _ING_PREPOSITIONS + r")\b)(?=[a-z]{2,}ing\b)"
    r"|\s+(?=(?:" + _SUBORDINATORS + r")\s)",
    re.IGNORECASE,
)
# a relative clause set off by commas inside a sentence ("The mayor, who visited the harbour on Thursday,
# has promised ..."): one clause about what stands before it, and the sentence around it another
_EMBEDDED = re.compile(r",\s+(?:who|whom|whose|which|where|when)\b[^,;:()\u2013\u2014]*,", re.IGNORECASE)


def spans(text: str) -> list[str]:
    """The clauses of a sentence that reports more than one thing (none when it is one clause): each
    with a clause's worth of content words (``CLAUSE_WORDS``; a shorter piece stays with the one
    before it). A relative clause set off by commas (a verb and what it tells: two content words
    will do, "which arrived on Thursday") is read with what it tells about (the words before it, back
    to the last cut) and the sentence around it without it; the frame of what is
    said before a colon ("The mayor said:") is no clause of its own, and one before "that" is not cut
    from it ("The mayor promised on Thursday that the town would rebuild every boathouse")."""
    text = _ACCORDING.sub("", text)
    out = []
    for m in _EMBEDDED.finditer(text):
        before = text[: m.start()]
        cuts = list(_CUT.finditer(before))
        head = before[cuts[-1].end() :] if cuts else before
        inner = m.group()[1:-1].strip()
        if len(wording.content_words(inner)) >= 2 and len(wording.content_words(text[m.end() :])) >= CLAUSE_WORDS:
            out.append(f"{head.strip()}, {inner}")
            text = f"{text[: m.start()]} {text[m.end() :].lstrip()}"
            break  # one a sentence: a second is read in the sentence around the first
    out[:0] = _cut(text)
    return out if len(out) > 1 else []


def _cut(text: str) -> list[str]:
    """``text`` cut at ``_CUT``, a piece of fewer than ``CLAUSE_WORDS`` content words joined to the one
    before it, the frame before a colon left out."""
    spans: list[list[int]] = []  # start, end, and whether a colon ended it
    at = 0
    for m in [*_CUT.finditer(text), None]:
        end = m.start() if m else len(text)
        colon = bool(m and ":" in m.group())
        if spans and (len(wording.content_words(text[at:end])) < CLAUSE_WORDS
                      or len(wording.content_words(text[spans[-1][0] : spans[-1][1]])) < CLAUSE_WORDS):  # fmt: skip
            spans[-1][1:] = [end, colon]
        elif text[at:end].strip():
            spans.append([at, end, colon])
        at = m.end() if m else at
    return [text[a:e].strip() for a, e, colon in spans if not colon or (a, e) == tuple(spans[-1][:2])]


def _tells_alike(a: Item, b: Item) -> bool:
    """Whether a clause and a statement share a word that is neither a name nor a figure: what
    happens, not only who and how many. A clause is short, and its one name and one figure in common
    ("Qatar Airways, which chose the A350 over Boeing's 787" / "Boeing now has 237 orders for the
    787", MEANTIME) weigh as much as a whole sentence's would."""
    names = a.names | b.names
    return any(w not in names and not w[:1].isdigit() for w in set(a.words).intersection(b.words))


def _says(it: Item, text: str) -> bool:
    """Whether a clause says something beyond whom it is about and how many: a clause's worth of words
    neither names nor figures ("starting at US $199" is a price, no clause of its own)."""
    names = it.names
    return sum(1 for w in wording.content_words(text) if w not in names and not w[:1].isdigit()) >= CLAUSE_WORDS


class Views:
    """The clause views of the statements, made when first asked, and their scores against whole
    statements of other articles. Views are numbered after the items (``Vectors`` keys its cache by
    number), and the items' vectors see them while ``open`` (``with Views(...) as views``)."""

    def __init__(self, items: Sequence[Item], p: Scores):
        self.items, self.p = items, p
        self.all: list[Item] = list(items)
        self._of: dict[int, list[Item]] = {}
        self._scores: dict[tuple[int, int], float] = {}
        self.parent: dict[int, int] = {}  # view -> its statement
        self._held: Sequence[Item] | None = None

    def __enter__(self) -> Views:
        self._held, self.p.vectors.items = self.p.vectors.items, self.all
        return self

    def __exit__(self, *exc: object) -> None:
        for v in self.all[len(self.items) :]:
            self.p.vectors.cache.pop(v.index, None)
            for kind in range(6):
                self.p.vectors.hot.pop((v.index, kind), None)
        self.p.vectors.items = self._held

    def of(self, k: int) -> list[Item]:
        """The views of statement ``k``'s clauses; none when it is one clause, a headline or a repeat."""
        found = self._of.get(k)
        if found is None:
            it = self.items[k]
            pieces = spans(it.stmt.text) if it.stmt.kind != "headline" else []
            found = self._of[k] = [self._view(it, text) for text in pieces if _says(it, text)]
        return found

    def _view(self, it: Item, text: str) -> Item:
        view = _clause_item(it, text, len(self.all))
        self.all.append(view)
        self.parent[view.index] = it.index
        return view

    def score(self, view: Item, m: int) -> float:
        """How surely a clause (``view``) and statement ``m`` report one claim: the model's, the
        clause's own signals read in its sentence's context."""
        key = (view.index, m)
        s = self._scores.get(key)
        if s is None:
            s = self._scores[key] = self._pair(view, self.items[m], self.parent[view.index], m)
        return s

    def _pair(self, a: Item, b: Item, i: int, j: int) -> float:
        """The model's probability for items ``a`` and ``b`` (a clause of statement ``i``, and statement
        ``j``), read in the context of ``i`` and ``j``."""
        whole_i, whole_j = self.items[i], self.items[j]
        if _reported_before(whole_i, whole_j) or _reported_before(whole_j, whole_i):
            return 0.0  # a clause is no nearer in time than its sentence: one published long before cannot report it
        if not _tells_alike(a, b):
            return 0.0
        x = features(a, b, self.p.vectors, self.p.idf)
        if never(x) or self.p.model.pair.probability(x) < FLOOR:
            return 0.0
        return self.p.model.context.probability([*x, *self.p.context(i, j, x)])

    def best(self, k: int, m: int) -> tuple[float, Item | None]:
        """The best clause of statement ``k`` with statement ``m``, and its score."""
        best: tuple[float, Item | None] = (0.0, None)
        for v in self.of(k):
            s = self.score(v, m)
            if s > best[0]:
                best = (s, v)
        return best


def _clause_item(it: Item, text: str, index: int) -> Item:
    """An ``Item`` of one clause of ``it``: its words, names, entities and figures; the day its own
    words name, else the sentence's when the sentence names none (a day the sentence names in
    another clause is that clause's, not this one's)."""
    st = it.stmt
    folded = set(wording.words(text))
    mentions = tuple(_moved(m, text) for m in st.dates if m.text and m.text in text)
    view_stmt = replace(st, text=text, start=0, end=len(text), dates=tuple(m for m in mentions if m))
    told = dated = None
    own = [day_of(m.value) for m in view_stmt.dates]
    own = [d for d in own if d is not None]
    if it.told is not None and st.event_date is not None and st.event_date.mention is not None \
            and st.event_date.mention.text in text:
        told = dated = it.told
    elif own:
        told = dated = own[0]
    elif it.told is None:
        dated = it.dated
    cw = wording.content_words(text)
    view = Item(view_stmt, it.article, index, it.day, tuple(cw),
                frozenset(n for n in it.names if n in folded), frozenset(n for n in it.people if n in folded),
                it.entities, it.speaker_words, told, dated,
                negated=not _NEGATION.isdisjoint(folded), extends=False, future=it.future,
                background=it.background, rarity=it.rarity)  # fmt: skip
    return view


def _moved(m: DateMention, text: str) -> DateMention | None:
    at = text.find(m.text)
    return replace(m, start=at, end=at + len(m.text)) if at >= 0 else None


def candidates(items: Sequence[Item], p: Scores, views: Views, skip: set[str]) -> list[tuple[float, int, int]]:
    """``(score, k, m)``: statement ``k`` of several clauses, a clause of which is linked to statement
    ``m`` of another article (at least ``Model.link``), though the whole sentence is not; of the pairs
    blocking proposed that the model did not rule out on the statements alone (``FLOOR``), or that a
    rule did (0.0: two days named may be two clauses', so it is asked again of each clause).
    Asking the pairs below ``FLOOR`` too found the same claims on the dev corpora (wildfire: 6,116
    clause pairs scored instead of 3,731)."""
    store = p.store
    out = []
    n = len(store.begins)
    for i in range(min(n, len(items))):
        hi = store.begins[i + 1] if i + 1 < n else len(store.seconds)
        for at in range(store.begins[i], hi):
            j = store.seconds[at]
            if store.finals[at] >= p.model.link or 0.0 < store.firsts[at] < FLOOR:
                continue
            for k, m in ((i, j), (j, i)):
                if items[k].stmt.id in skip or items[m].stmt.kind == "headline" or items[m].stmt.id in skip:
                    continue
                s, _ = views.best(k, m)
                if s >= p.model.link:
                    out.append((s, k, m))
    return out


def supports(views: Views, k: int, body: list[int]) -> bool:
    """Whether a clause of statement ``k`` agrees with a claim's first members (``body``) as a statement
    standing in it would (``shared._supports``' bounds, ``Model.share`` fitted for them)."""
    model = views.p.model
    for v in views.of(k):
        cross = [views.score(v, m) for m in body]
        if cross and min(cross) >= model.veto and sum(cross) / len(cross) >= model.share:
            return True
    return False



def unsaid(items: Sequence[Item], views: Views, k: int, rest: Iterable[int], partners: Iterable[int],
           group: set[int]) -> list[str] | None:  # fmt: skip
    """The clauses of statement ``k`` that no statement of another article in its claim says, when each
    of those (its first ``EXEMPLARS``, ``rest``) says one of its other clauses: the clause that scores
    best with it, at least ``Model.veto``; a clause unsaid scores below ``Model.veto`` with every one.
    None when every clause is said, or when a link of ``k`` outside its claim (``partners``, ``group``)
    says an unsaid clause (at least ``Model.link``): there ``shared`` stands it in that claim."""
    vs = views.of(k)
    it = items[k]
    others = list(islice((m for m in rest if items[m].article.id != it.article.id
                          and items[m].stmt.kind != "headline"), EXEMPLARS))  # fmt: skip
    if not vs or not others:
        return None
    veto, link = views.p.model.veto, views.p.model.link
    said: set[int] = set()
    heard = [0.0] * len(vs)
    for m in others:
        scores = [views.score(v, m) for v in vs]
        best = max(range(len(vs)), key=scores.__getitem__)
        if scores[best] < veto:
            return None  # it says no clause of it: it joined the claim through another statement
        said.add(best)
        heard = [max(h, s) for h, s in zip(heard, scores, strict=True)]
    left = [n for n in range(len(vs)) if n not in said and heard[n] < veto]
    if not left or any(views.score(vs[n], y) >= link for y in partners if y not in group for n in left):
        return None
    return [vs[n].stmt.text for n in left]


def rest_date(it: Item, rest: Sequence[str]) -> Statement:
    """Statement ``it`` dated as the clauses of it that make its own claim (``rest``) tell: a day they
    name; else, when the day the sentence names is in its other clauses, that day for a past told
    beside it ("reopened yesterday, and the planes flew from dawn") and its article's day for what
    goes on as it is written ("declared it contained on Saturday, though crews are still at work");
    else the sentence's own date. Only the days the rest names vote (``dating``)."""
    st = it.stmt
    own = tuple(m for m in st.dates if any(m.text and m.text in t for t in rest))
    days = [m for m in own if m.precision == "day" and not m.future]
    ed = st.event_date
    if days:
        m = days[0]
        ed = EventDate(value=m.value, precision="day", how=f'"{m.text}", the day its own clause names ({m.anchor})',
                       mention=m)
    elif ed is not None and ed.mention is not None and ed.mention not in own and ed.status == "happened" \
            and "past" not in {t for r in rest for _, t in markers(r)} and it.article.published is not None:
        ed = EventDate(value=it.article.published.date().isoformat(), precision="day",
                       how="the day of its article: its own clause tells what goes on as it is written")
    return replace(st, event_date=ed, dates=own)
