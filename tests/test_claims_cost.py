"""The cost path of claim matching gives the floats the plain formulas give (claims/features,
scorer, text/wording): the faster forms are checked against the obvious ones on random input."""

from __future__ import annotations

import math
import random
from difflib import SequenceMatcher

from generator.stages.claims import features, scorer
from generator.text import wording


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
