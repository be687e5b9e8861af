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
        "word_cosine": 2.450, "char_cosine": 1.976, "set_ratio": 1.013, "held": 2.282, "phrase": 0.504,
        "plain_cosine": 1.926, "entities_shared": 0.477, "names_shared": 0.132, "names_apart": 0.163,
        "numbers_agree": 3.785, "numbers_differ": 0.320, "numbers_gap": -1.607, "counts_differ": -0.009,
        "told_same": 0.633, "dated_same": 2.940, "told_differ": 0.465, "dated_differ": -0.337,
        "speaker_same": -0.307, "speaker_differ": -0.582, "negation_differs": -0.420,
        "tense_differs": 0.132, "direction_opposed": -0.062, "toll_differs": 0.000, "both_quoted": 0.824,
        "background_differs": -1.758, "days_apart": -0.574, "same_outlet": -0.273, "short": -0.679,
    }[f] for f in FEATURES),
    bias=-4.428,
)
CONTEXT_MODEL = Logistic(
    weights=tuple({
        "word_cosine": 2.171, "char_cosine": 1.861, "set_ratio": 0.993, "held": 2.053, "phrase": 0.482,
        "plain_cosine": 1.812, "entities_shared": 0.561, "names_shared": 0.102, "names_apart": 0.178,
        "numbers_agree": 3.757, "numbers_differ": 0.362, "numbers_gap": -1.614, "counts_differ": -0.013,
        "told_same": 0.769, "dated_same": 2.601, "told_differ": 0.478, "dated_differ": -0.295,
        "speaker_same": -0.448, "speaker_differ": -0.529, "negation_differs": -0.383,
        "tense_differs": 0.112, "direction_opposed": -0.041, "toll_differs": 0.000, "both_quoted": 0.778,
        "background_differs": -1.595, "days_apart": -0.201, "same_outlet": -0.235, "short": -0.618,
        "support": -0.191, "support_second": 0.679, "affinity": 0.530, "around_cosine": 2.248,
        "support_alike": 0.506, "around_alike": 0.907,
    }[f] for f in (*FEATURES, *CONTEXT)),
    bias=-5.174,
)
MODEL = Model(pair=PAIR, context=CONTEXT_MODEL, link=0.50, join=0.45, veto=0.25)
