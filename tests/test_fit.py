"""How ``benchmarks/fit.py`` chooses thresholds from a grid, on small fictional grids; and that the
scores it keeps across grid points (``fit.Kept``) give the claims scoring again gives."""

from dataclasses import replace

from benchmarks import fit, synth
from generator.model import Overrides
from generator.stages import claims
from generator.stages.claims import scorer


def _line(values: list[float | None]) -> tuple[dict, tuple]:
    axis = tuple(float(k) for k in range(len(values)))
    return {(x,): v for x, v in zip(axis, values, strict=True)}, (axis,)


def test_the_middle_of_a_plateau_is_chosen_not_its_edge():
    values, axes = _line([0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0])
    assert fit.choose(values, axes, radius=0) == (3.0,)  # the best points tie: their middle
    assert fit.choose(values, axes, radius=1) == (3.0,)


def test_a_lone_best_point_beside_a_cliff_loses_to_a_plateau():
    # the best single point (1.2) has a cliff beside it; the plateau of 1.0 has none
    values, axes = _line([0.0, 1.2, 0.4, 1.0, 1.0, 1.0, 0.9])
    assert fit.choose(values, axes, radius=1) == (4.0,)
    assert fit.choose(values, axes, radius=0) == (1.0,)  # unsmoothed, the best point


def test_a_flat_grid_gives_its_middle():
    values, axes = _line([2.0] * 5)
    assert fit.choose(values, axes, radius=0) == fit.choose(values, axes, radius=1) == (2.0,)


def test_a_point_breaking_the_constraint_is_never_chosen_and_weighs_on_its_neighbours():
    values, axes = _line([1.0, 1.0, None, 1.0, 1.0, 1.0, 1.0])  # None counts as 0.0 beside it
    chosen = fit.choose(values, axes, radius=1)
    assert chosen != (2.0,)
    assert chosen == (4.0,)  # the plateau right of the broken point, its middle away from it


def test_two_axes_the_middle_of_a_square_plateau():
    rows = [
        [0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 1.0, 1.0, 0.0],
        [0.0, 1.0, 1.0, 1.0, 0.0],
        [0.0, 1.0, 1.0, 1.0, 0.0],
        [0.0, 0.0, 0.0, 0.0, 1.1],  # a better corner, alone
    ]
    axis = (0.0, 1.0, 2.0, 3.0, 4.0)
    values = {(a, b): rows[int(a)][int(b)] for a in axis for b in axis}
    assert fit.choose(values, (axis, axis), radius=1) == (2.0, 2.0)


def test_the_value_is_the_mean_over_corpora_and_none_when_the_seeds_are_lost():
    perfect = {"recall": 1, "linked": 1, "context": 1, "dates": 1, "false_merges": 0, "lumps": 0}
    a = {"recall": 0.8, "linked": 0.6, "context": 0.5, "dates": 0.9, "false_merges": 1, "lumps": 0}
    b = {"recall": 0.6, "linked": 0.4, "context": 0.7, "dates": 1.0, "false_merges": 0, "lumps": 2}
    value = fit._value([("seeds", perfect), ("a", a), ("b", b)])
    assert abs(value - (fit._objective(a) + fit._objective(b)) / 2) < 1e-12
    assert fit._value([("seeds", {**perfect, "lumps": 1}), ("a", a)]) is None


class _Counted(fit.Kept):
    def __init__(self) -> None:
        super().__init__()
        self.found = 0

    def read(self, key: str, stage: str = "pairs") -> bytes | None:
        row = super().read(key, stage)
        self.found += row is not None and stage == "pairs"  # (repeats and text fields read no model)
        return row


def test_scores_kept_across_thresholds_give_the_claims_of_scoring_again():
    corpus = synth.generate(8, seed=3)
    kept = _Counted()

    def match(model, kept=None):
        return claims.match(corpus.articles, corpus.statements, [], Overrides(), model=model, kept=kept)

    for share, join, veto in ((2.0, 0.45, 0.25), (0.7, 0.25, 0.05), (0.9, 0.35, 0.15)):
        model = replace(scorer.MODEL, share=share, join=join, veto=veto)
        assert match(model, kept) == match(model)
    assert kept.found  # the thresholds differ, the scores were read back
    found = kept.found
    other = replace(scorer.MODEL, pair=replace(scorer.MODEL.pair, bias=scorer.MODEL.pair.bias + 1))
    assert match(other, kept) == match(other)
    assert kept.found == found  # other weights: nothing read back
