"""How surely two statements report one claim: two logistic models, the second knowing the context.

1. ``PAIR`` weighs the signals of the two statements alone (``features.FEATURES``).
2. ``CONTEXT`` weighs them again with what the statements around them say
   (``features.CONTEXT``): two statements whose neighbours are linked by ``PAIR`` are about
   one happening, and there a paraphrase that shares few words is still the same claim,
   while two alike sentences about two happenings are not. This is the event known first:
   measured on held-out text, knowing the event is worth more than a better similarity.

The weights and thresholds are not chosen by hand: ``benchmarks/fit.py`` fits them on the
statement pairs of the gold files (the two development corpora and the seeds: two statements
of different articles report one claim when they match evidence of one gold claim, and not
when each matches evidence of other claims only), and prints every figure leave-one-corpus-out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from generator.stages.claims.features import CONTEXT, FEATURES


@dataclass(frozen=True)
class Logistic:
    """A logistic model: weights of the features, in their order, and a bias."""

    weights: tuple[float, ...]
    bias: float

    def probability(self, x: Sequence[float]) -> float:
        z = self.bias + math.fsum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@dataclass(frozen=True)
class Model:
    """The two models and the decision thresholds."""

    pair: Logistic  # over FEATURES
    context: Logistic  # over FEATURES + CONTEXT
    link: float  # a pair this probable is a link between two statements
    join: float  # two claims become one when their first members agree at least this much on average
    veto: float  # ... and no two of them are less probable than this


# fitted by `python -m benchmarks.fit --write` on all gold corpora (seeds, breach, wildfire);
# leave-one-corpus-out figures of the same procedure: benchmarks/README.md, "claims"
PAIR = Logistic(
    weights=tuple({
        "word_cosine": 0.945, "char_cosine": 1.198, "set_ratio": 2.162, "held": 2.986, "phrase": 0.404,
        "plain_cosine": 1.124, "entities_shared": 0.421, "names_shared": 0.402, "names_apart": -1.248,
        "numbers_agree": 4.074, "numbers_differ": -0.314, "numbers_gap": -1.935, "counts_differ": 0.991,
        "figure_disputed": 0.561, "told_same": 0.668, "dated_same": 3.933, "told_differ": 0.447,
        "dated_differ": 0.084, "speaker_same": -0.221, "speaker_differ": -0.518, "negation_differs": -0.252,
        "tense_differs": 0.317, "direction_opposed": -0.058, "toll_differs": 0.000, "both_quoted": 0.874,
        "background_differs": -0.918, "days_apart": -0.219, "same_outlet": -0.242, "short": -1.229,
    }[f] for f in FEATURES),
    bias=-5.141,
)
CONTEXT_MODEL = Logistic(
    weights=tuple({
        "word_cosine": 0.880, "char_cosine": 1.246, "set_ratio": 1.997, "held": 2.598, "phrase": 0.219,
        "plain_cosine": 1.270, "entities_shared": 0.402, "names_shared": 0.469, "names_apart": -0.839,
        "numbers_agree": 4.036, "numbers_differ": 0.027, "numbers_gap": -1.887, "counts_differ": 0.669,
        "figure_disputed": 0.498, "told_same": 0.872, "dated_same": 3.323, "told_differ": 0.444,
        "dated_differ": 0.077, "speaker_same": -0.204, "speaker_differ": -0.414, "negation_differs": -0.249,
        "tense_differs": 0.263, "direction_opposed": -0.034, "toll_differs": 0.000, "both_quoted": 0.781,
        "background_differs": -1.002, "days_apart": 0.480, "same_outlet": -0.210, "short": -1.046,
        "support": -0.205, "support_second": 0.708, "affinity": 1.308, "around_cosine": 1.927,
        "support_alike": 1.458, "around_alike": 0.703,
    }[f] for f in (*FEATURES, *CONTEXT)),
    bias=-6.351,
)
MODEL = Model(pair=PAIR, context=CONTEXT_MODEL, link=0.50, join=0.25, veto=0.25)
