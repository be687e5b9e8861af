"""Claim matching's items for a small synthetic corpus (benchmarks/synth.py: fictional outlets,
scale not accuracy), shared by the tests of blocking, scoring order and cost."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from generator.model import Overrides
from generator.stages.claims import background, items


def synthetic_corpus(articles: int):
    """``articles`` synthetic articles (seed 3) and their statements (``synth.Corpus``)."""
    spec = importlib.util.spec_from_file_location("synth", Path(__file__).resolve().parents[1] / "benchmarks" / "synth.py")
    synth = sys.modules.setdefault("synth", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(synth)
    return synth.generate(articles, seed=3)


def synthetic_items(articles: int):
    """The items of ``articles`` synthetic articles (seed 3), background marked as matching does."""
    corpus = synthetic_corpus(articles)
    its = items.build(corpus.articles, corpus.statements, Overrides())
    background.mark(its, background.MODEL)
    return its
