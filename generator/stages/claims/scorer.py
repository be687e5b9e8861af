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
from operator import mul

from generator.stages.claims.features import CONTEXT, FEATURES


@dataclass(frozen=True)
class Logistic:
    """A logistic model: weights of the features, in their order, and a bias."""

    weights: tuple[float, ...]
    bias: float

    def probability(self, x: Sequence[float]) -> float:
        if len(x) != len(self.weights):
            raise ValueError(f"{len(x)} features for {len(self.weights)} weights")
        z = self.bias + math.fsum(map(mul, self.weights, x))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@dataclass(frozen=True)
class Model:
    """The two models and the decision thresholds."""

    pair: Logistic  # over FEATURES
    context: Logistic  # over FEATURES + CONTEXT
    link: float  # a pair this probable is a link between two statements
    join: float  # two claims become one when their first members agree at least this much on average
    veto: float  # ... and no two of them are less probable than this
    share: float = 2.0  # a statement also stands in another claim when it agrees with it this much (above 1: never)


# fitted by `python -m benchmarks.fit --write` on all gold corpora (seeds, breach, wildfire);
# leave-one-corpus-out figures of the same procedure: benchmarks/README.md, "claims"
PAIR = Logistic(
    weights=tuple({
        "word_cosine": 0.535, "char_cosine": 0.934, "set_ratio": 2.057, "clause_cosine": 1.668,
        "held": 2.618, "phrase": 0.140, "plain_cosine": 0.894, "entities_shared": 0.396,
        "names_shared": 0.421, "names_apart": -1.293, "numbers_agree": 4.074, "numbers_differ": -0.264,
        "numbers_gap": -1.955, "counts_differ": 0.977, "figure_disputed": 0.596, "told_same": 0.684,
        "dated_same": 3.937, "told_differ": 0.000, "dated_differ": 0.092, "speaker_same": -0.190,
        "speaker_differ": -0.511, "negation_differs": -0.243, "tense_differs": 0.301,
        "direction_opposed": -0.057, "extension_differs": 0.000,
        "toll_differs": 0.000, "foretold": 0.000, "reported_before": 0.000,
        "both_quoted": 0.873,
        "background_differs": -0.878, "days_apart": -0.227, "same_outlet": -0.241, "short": -1.213,
    }[f] for f in FEATURES),
    bias=-5.116,
)
CONTEXT_MODEL = Logistic(
    weights=tuple({
        "word_cosine": 0.526, "char_cosine": 1.020, "set_ratio": 1.901, "clause_cosine": 1.496,
        "held": 2.277, "phrase": -0.037, "plain_cosine": 1.067, "entities_shared": 0.373,
        "names_shared": 0.492, "names_apart": -0.872, "numbers_agree": 4.041, "numbers_differ": 0.070,
        "numbers_gap": -1.900, "counts_differ": 0.657, "figure_disputed": 0.523, "told_same": 0.879,
        "dated_same": 3.307, "told_differ": 0.000, "dated_differ": 0.081, "speaker_same": -0.174,
        "speaker_differ": -0.402, "negation_differs": -0.248, "tense_differs": 0.242,
        "direction_opposed": -0.038, "extension_differs": 0.000,
        "toll_differs": 0.000, "foretold": 0.000, "reported_before": 0.000,
        "both_quoted": 0.783,
        "background_differs": -0.969, "days_apart": 0.477, "same_outlet": -0.185, "short": -1.024,
        "support": -0.179, "support_second": 0.701, "affinity": 1.318, "around_cosine": 1.890,
        "support_alike": 1.451, "around_alike": 0.661,
    }[f] for f in (*FEATURES, *CONTEXT)),
    bias=-6.343,
)
MODEL = Model(pair=PAIR, context=CONTEXT_MODEL, link=0.50, join=0.45, veto=0.25, share=0.80)
