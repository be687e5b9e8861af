"""The cost path of claim matching gives the floats the plain formulas give (claims/features,
scorer, text/wording, the pair store and the vector cache): the faster forms are checked against
the obvious ones on random input and on benchmarks/synth.py's corpus (fictional outlets)."""

from __future__ import annotations

import gc
import heapq
import math
import random
from collections import Counter, defaultdict
from difflib import SequenceMatcher

import pytest

from generator.model import Overrides
from generator.stages import claims
from generator.stages.claims import blocking, blocks, clustering, features, items, scorer, store
from generator.text import wording

from .synthetic_items import synthetic_corpus, synthetic_items


def test_longest_run_is_difflib_longest_match_on_random_word_lists():
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(10)]
    for _ in range(3000):
        a = [rng.choice(vocab) for _ in range(rng.randint(0, 18))]
        b = [rng.choice(vocab) for _ in range(rng.randint(0, 18))]
        size = SequenceMatcher(a=a, b=b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
        assert features._longest_run(a, b, 99) == size
        assert features._phrase(a, b) == min(1.0, size / features.PHRASE)


def test_cosine_is_the_exact_sum_of_shared_products():
    rng = random.Random(6)
    for _ in range(500):
        a = wording.weigh({f"g{rng.randint(0, 40)}": rng.randint(1, 3) for _ in range(30)}, {})
        b = wording.weigh({f"g{rng.randint(0, 40)}": rng.randint(1, 3) for _ in range(30)}, {})
        assert wording.cosine(a, b) == math.fsum(a[g] * b[g] for g in a if g in b)


def test_weigh_gives_the_floats_of_the_plain_formula_term_by_term():
    rng = random.Random(8)
    for _ in range(2000):
        counts = Counter(f"t{rng.randrange(60)}" for _ in range(rng.randrange(0, 40)))
        idf = {f"t{k}": rng.uniform(0.5, 9.0) for k in range(50)}  # some terms lack an idf: 1.0
        plain = {g: (1.0 + math.log(c)) * idf.get(g, 1.0) for g, c in counts.items()}
        norm = math.sqrt(math.fsum(v * v for v in plain.values())) or 1.0
        assert list(wording.weigh(counts, idf).items()) == [(g, v / norm) for g, v in plain.items()]


def test_logistic_probability_is_the_exact_weighted_sum():
    model = scorer.PAIR
    rng = random.Random(7)
    for _ in range(200):
        x = [rng.random() for _ in model.weights]
        z = model.bias + math.fsum(w * v for w, v in zip(model.weights, x, strict=True))
        assert model.probability(x) == 1.0 / (1.0 + math.exp(-z))


def test_logistic_probability_refuses_features_of_another_length():
    try:
        scorer.PAIR.probability([0.0])
    except ValueError as e:
        assert "features" in str(e)
    else:
        raise AssertionError("a short feature list was weighed")




def test_blocking_by_article_gives_each_candidate_once_an_article_at_a_time():
    its = synthetic_items(30)
    chunks = list(blocking.by_article(its))
    pairs = [pair for chunk in chunks for pair in chunk]
    assert pairs == sorted(set(pairs)) == blocking.candidates(its)
    for chunk in chunks:
        assert chunk == sorted(chunk)
        assert len({its[i].article.id for i, _ in chunk}) == 1
        assert all(its[i].article.id != its[j].article.id for i, j in chunk)


def test_scores_kept_compactly_equal_scores_of_every_pair_primed_first():
    """The match path (two articles at a time, scores in the store, vectors in a small cache) gives the
    floats of the plain path: every candidate primed first, then each scored in context."""
    its = synthetic_items(30)
    idf = items.word_idf(its)
    body = [(i, j) for i, j in blocking.candidates(its) if "headline" not in (its[i].stmt.kind, its[j].stmt.kind)]
    plain = clustering.Scores(its, items.Vectors(its, idf), idf, scorer.MODEL)
    plain.prime(body)
    kept = clustering.Scores(its, items.Vectors(its, idf, limit=50), idf, scorer.MODEL)
    links, _ = claims._scored(its, kept, set())
    assert len(kept.store) == len(body) and links
    assert {(i, j) for _, i, j in links} == {(i, j) for i, j in body if plain(i, j) >= scorer.MODEL.link}
    for i, j in body:
        assert kept(i, j) == plain(i, j) and kept.store.get((i, j)) == plain.primed[(i, j)]
    rng = random.Random(4)
    unscored = [(i, j) for i, j in ((rng.randrange(len(its)), rng.randrange(len(its))) for _ in range(300))
                if i < j and (i, j) not in plain.primed and its[i].article.id != its[j].article.id]  # fmt: skip
    assert unscored
    for i, j in unscored:  # read in context from the stored first scores
        assert kept(i, j) == plain(i, j)


def test_pair_store_finds_what_it_holds_and_refuses_pairs_out_of_order():
    s = store.PairStore(100)
    s.extend([(1, 5, 0.1, 0.2), (1, 7, 0.3, 0.4), (2, 3, 0.5, 0.6)])
    assert s.get((1, 7)) == 0.3 and s.final((2, 3)) == 0.6
    assert s.get((1, 6), 0.0) == 0.0 and s.final((0, 1)) is None and s.final((9, 99)) is None
    with pytest.raises(ValueError, match="out of order"):
        s.extend([(1, 9, 0.0, 0.0)])


def test_pair_store_answers_as_a_dict_of_the_same_pairs():
    """Runs of pairs by first statement, statements with no pair between them, pairs asked that were
    never held (before, inside and after a run, past the last statement held): as a dict would."""
    rng = random.Random(12)
    n = 60
    pairs = sorted({(i, j) for i, j in ((rng.randrange(n), rng.randrange(n)) for _ in range(400)) if i < j})
    held = {(i, j): (rng.random(), rng.random()) for i, j in pairs}
    s = store.PairStore(n)
    s.extend((i, j, *held[(i, j)]) for i, j in pairs)
    assert len(s) == len(held)
    for i in range(n):
        for j in range(i + 1, n):
            want = held.get((i, j))
            assert s.get((i, j), -1.0) == (want[0] if want else -1.0)
            assert s.final((i, j)) == (want[1] if want else None)


def test_vector_cache_keeps_the_recently_read_and_stays_bounded():
    its = synthetic_items(10)
    v = items.Vectors(its, items.word_idf(its), limit=20)
    hot = v.word(its[0])
    for it in its[1:200]:
        v.word(it)
        assert v.word(its[0]) is hot  # read again and again: never the one to go
        assert len(v.cache) <= 20


def _gram_dicts(its):
    """n-gram TF-IDF vectors by the plain formula (sklearn's ``char_wb``, smoothed idf), dicts of strings."""

    def grams(words):
        return Counter(g for w in words for g in wording.word_grams(w))

    present = Counter(blocks.block_of(it.day) for it in its)
    idfs = {}
    for b in present:  # over the statements of the block's scope (``blocks``)
        scope = [it for it in its if blocks.block_of(it.day) in blocks.scope(b, present)]
        df = Counter(g for it in scope for g in set(grams(it.words)))
        idfs[b] = {g: math.log((1 + len(scope)) / (1 + c)) + 1.0 for g, c in df.items()}
    return lambda it, plain: wording.weigh(grams(it.plain() if plain else it.words), idfs[blocks.block_of(it.day)])


def test_compact_vectors_give_the_cosine_of_the_dicts_and_the_caches_stay_bounded():
    """n-gram and window vectors are held as ids and weights in arrays (``items.COMPACT``) and compared
    one side as a dict (``items.HOT``): the same floats as ``wording.cosine`` of the dicts of strings."""
    its = synthetic_items(10)
    idf = items.word_idf(its)
    v = items.Vectors(its, idf, limit=30)
    ref = _gram_dicts(its)
    rng = random.Random(9)
    for _ in range(600):
        a, b = its[rng.randrange(len(its))], its[rng.randrange(len(its))]
        for plain in (False, True):
            assert v.char_cosine(a, b, plain) == wording.cosine(ref(a, plain), ref(b, plain))
        assert len(v.cache) <= 30 and len(v.hot) <= items.HOT
    grams = {k: g for g, k in next(iter(v.grams.values())).ids.items()}
    for it in its[:50]:
        for plain, kind in ((False, items.GRAMS), (True, items.PLAIN)):
            vec = v.kept(it.index, kind, v._grams(it, plain))
            assert {grams[k]: w for k, w in v._terms_of(kind, it.index).weighed(vec)} == ref(it, plain)
            assert len(vec[0]) == len(ref(it, plain)) and len(vec[1]) <= len(vec[0]) + 1


def test_window_vectors_are_the_tf_idf_of_the_words_around():
    its = synthetic_items(10)
    idf = items.word_idf(its)
    p = clustering.Scores(its, items.Vectors(its, idf), idf, scorer.MODEL)
    for k in range(0, len(its), 7):
        vec = p.vectors.kept(k, items.WINDOW, p._window(k))
        words = {k: w for w, k in next(iter(p.vectors._terms.values())).ids.items()}
        assert {words[t]: w for t, w in p.vectors._terms_of(items.WINDOW, k).weighed(vec)} == wording.weigh(
            p._around_words(k), idf.of(its[k]))


def test_longest_run_over_the_shared_words_is_the_run_over_all():
    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(12)]
    for _ in range(3000):
        a = [rng.choice(vocab) for _ in range(rng.randint(0, 18))]
        b = [rng.choice(vocab) for _ in range(rng.randint(0, 18))]
        for cap in (2, 5, 99):
            assert features._longest_run(a, b, cap, set(a) & set(b)) == features._longest_run(a, b, cap)


def _turn_and_fate_words(rng: random.Random) -> list[str]:
    sides = [w for x, y in wording.TURNS for side in (x, y) for w in sorted(side)]
    fates = [w for f in wording.FATES for w in sorted(f)]
    return [rng.choice(sides + fates + ["road", "council", "kovar"]) for _ in range(rng.randint(0, 5))]


def test_turn_and_fate_marks_say_what_opposed_undone_and_other_toll_say():
    rng = random.Random(12)
    for _ in range(4000):
        a, b = _turn_and_fate_words(rng), _turn_and_fate_words(rng)
        plain = wording.opposed(a, b) or wording.undone(a, b)
        assert wording.turned(wording.turn_marks(a), wording.turn_marks(b)) == plain
        assert wording.tolls_differ(wording.fate_marks(a), wording.fate_marks(b)) == wording.other_toll(a, b)


def _plain_names_shared(a, b):
    if not a or not b:
        return 0.0
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    return sum(1 for x in sorted(short) if x in other or any(wording.same_name(x, y) for y in other)) / len(short)


def _plain_names_agreement(a, b):
    if not a or not b:
        return 1.0
    only_a = [x for x in a - b if not any(wording.same_name(x, y) for y in b)]
    only_b = [y for y in b - a if not any(wording.same_name(x, y) for x in a)]
    return 1.0 - 0.6 * min(len(only_a) / len(a), len(only_b) / len(b))


def test_names_compared_at_once_give_the_floats_of_each_plain_formula():
    rng = random.Random(13)
    pool = ["tallinn", "harare", "baqeri", "bagheri", "iran", "iranian", "us", "american", "peru", "chile", "togo",
            "horbach", "gorbac", "vilk", "korvel"]  # fmt: skip
    for _ in range(3000):
        a = frozenset(rng.sample(pool, rng.randint(0, 5)))
        b = frozenset(rng.sample(pool, rng.randint(0, 5)))
        assert wording.names_compared(a, b) == (_plain_names_shared(a, b), _plain_names_agreement(a, b))
        assert wording.names_alike(a, b) == (_plain_names_shared(a, b) > 0)


def test_what_a_statement_gives_every_pair_is_what_the_pair_would_compute():
    its = synthetic_items(10)
    idf = items.word_idf(its)
    v = items.Vectors(its, idf)
    rng = random.Random(14)
    for _ in range(400):
        a, b = its[rng.randrange(len(its))], its[rng.randrange(len(its))]
        fa, fb = v.facts(a), v.facts(b)
        assert wording.joined_ratio(" ".join(a.words), " ".join(b.words), min(fa.distinct, fb.distinct)) == wording.set_ratio(
            a.words, b.words)
        sa, sb = set(a.words), set(b.words)
        short = sa if len(sa) <= len(sb) else sb
        weights = idf.of(a if fa.distinct <= fb.distinct else b)  # the shorter's block's
        held = sum(weights.get(w, 1.0) for w in sorted(sa & sb)) / (sum(weights.get(w, 1.0) for w in sorted(short))
                                                                     or 1.0)  # fmt: skip
        short = (a, fa) if fa.distinct <= fb.distinct else (b, fb)
        assert features._held_share(*short, sa & sb, idf, v) == held
        assert features._held_share(*short, sa & sb, dict(weights), v) == held  # another idf: no shortcut


def test_top_candidates_are_the_heaviest_the_earlier_first_among_equals():
    rng = random.Random(9)
    for _ in range(2000):
        weight = {rng.randrange(200): rng.choice([0.5, 1.25, 2.0, rng.uniform(0, 9)]) for _ in range(rng.randrange(40))}
        assert blocking._top(weight) == heapq.nlargest(blocking.TOP_K, weight, key=lambda o: (weight[o], -o))


def _plain_timeless_lookups(its) -> list[tuple[int, list[int], bool]]:
    """Blocking's corpus-wide lookups as first written: each posting tested for its article."""
    df = Counter(t for it in its for t in set(it.words))
    idf = {t: math.log(1 + len(its) / c) for t, c in df.items()}

    def rarest(it):
        return sorted(set(it.words), key=lambda t: (df[t], t))[: blocking.LOOKUP_WORDS]

    everywhere = defaultdict(list)
    for it in its:
        if blocking._timeless(it):
            for t in rarest(it):
                everywhere[t].append(it.index)
    found = []
    for it in its:
        weight = defaultdict(float)
        for t in rarest(it):
            postings = everywhere.get(t, ())
            if len(postings) <= blocking.GLOBAL_POSTINGS:
                for o in postings:
                    if its[o].article.id != it.article.id:
                        weight[o] += idf[t]
        found.append((it.index, heapq.nlargest(blocking.TOP_K, weight, key=lambda o: (weight[o], -o)), False))
    return found


def test_blocking_timeless_lookups_find_what_the_plain_lookups_find():
    its = synthetic_items(60)
    found = list(blocking._pairs(its))
    plain = _plain_timeless_lookups(its)
    assert found[-len(its) :] == plain and any(others for _, others, _ in plain)


def test_matching_makes_no_reference_cycles_and_leaves_the_collector_as_it_was():
    """Matching pauses the cyclic collector (``claims._uncollected``): right only while it makes no
    garbage that reference counting cannot free, which this checks."""
    corpus = synthetic_corpus(30)
    was = gc.isenabled()
    try:
        gc.collect()
        gc.disable()
        found = claims.match(corpus.articles, corpus.statements, [], Overrides())
        assert found and not gc.isenabled()
        del found
        assert gc.collect() == 0
        gc.enable()
        claims.match(corpus.articles, corpus.statements, [], Overrides())
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
