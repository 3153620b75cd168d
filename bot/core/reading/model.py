"""The learned reading at run time: weights loaded once from `weights.npz`, numpy only.

Two linear models share the features (features.py): one over safety concepts, one over
intents. A text's score for a class is the sum of its n-grams' weights, divided by the length of
its count vector (the same scaling the trainer used), plus the class's bias; softmax
makes those probabilities. Weights are stored as int8 with one scale per class: a quarter of the
size, and the rounding moves probabilities by far less than the thresholds' margins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.core.reading.concepts import INTENT_CLASSES, SAFETY_CONCEPTS
from bot.core.reading.features import BUCKETS, Grams, IntArray, grams, prepare, segments

__all__ = ["WEIGHTS", "Model", "Scores", "model"]

WEIGHTS = Path(__file__).with_name("weights.npz")
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Scores:
    """Probabilities of one text: safety concepts for the whole and for each part (row 0 is
    the whole), and intents for the whole."""

    safety: FloatArray  # (parts + 1, concepts)
    intent: FloatArray  # (intent classes,)


def _softmax(logits: FloatArray) -> FloatArray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    result: FloatArray = exp / exp.sum(axis=-1, keepdims=True)
    return result


class Model:
    """Weights of both models and the thresholds chosen for them (see docs/understanding.md)."""

    def __init__(self, path: Path) -> None:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta["safety"] != list(SAFETY_CONCEPTS) or meta["intents"] != list(INTENT_CLASSES):
                raise ValueError("weights.npz was trained on other classes: retrain it")
            if data["safety_w"].shape[0] != BUCKETS:
                raise ValueError("weights.npz was trained on other features: retrain it")
            self.safety_w = data["safety_w"]
            self.safety_scale = data["safety_scale"].astype(np.float64)
            self.safety_bias = data["safety_bias"].astype(np.float64)
            self.intent_w = data["intent_w"]
            # Both models side by side, so one gather per n-gram reads both.
            self.weights = np.ascontiguousarray(np.concatenate([self.safety_w, self.intent_w], 1))
            self.intent_scale = data["intent_scale"].astype(np.float64)
            self.intent_bias = data["intent_bias"].astype(np.float64)
        self.thresholds: dict[str, float] = meta["thresholds"]

    def scores(self, text: str) -> Scores:
        prepared = prepare(text)
        return self._scores(grams(prepared), segments(prepared))

    def _scores(self, found: Grams, starts: list[int]) -> Scores:
        # One gather of both models' weights per n-gram length: the costliest step.
        concepts = len(SAFETY_CONCEPTS)
        parts = max(len(starts), 1)
        sums = np.zeros((parts, concepts), dtype=np.int64)
        intent = np.zeros(self.weights.shape[1] - concepts, dtype=np.int64)
        keys: list[IntArray] = []
        for ids in found.ids:
            gathered = self.weights.take(ids, axis=0).astype(np.int32)
            intent += gathered[:, concepts:].sum(axis=0)
            safety = gathered[:, :concepts]
            if starts:
                # Each part runs from its start to the next start; n-grams are in text order.
                cuts = np.minimum(np.asarray(starts, dtype=np.int64), len(ids) - 1)
                sums += np.add.reduceat(safety, cuts, axis=0)
                part = np.searchsorted(cuts, np.arange(len(ids)), side="right") - 1
                keys.append(part * BUCKETS + ids)
            else:
                sums[0] += safety.sum(axis=0)
        # Every row is scaled to unit length, as in training, so a text repeated is read the
        # same as once: the length of a row is the root of its squared n-gram counts.
        all_ids = found.all_ids()
        whole = float((np.bincount(all_ids) ** 2).sum()) if len(all_ids) else 1.0
        rows = [sums.sum(axis=0, keepdims=True)]
        squares = [max(whole, 1.0)]
        if starts:
            _, first, counts = np.unique(
                np.concatenate(keys), return_index=True, return_counts=True
            )
            part_of = np.concatenate(keys)[first] // BUCKETS
            squared = counts.astype(np.float64) ** 2
            per_part = np.bincount(part_of, weights=squared, minlength=parts)
            rows.append(sums)
            squares.extend(np.maximum(per_part, 1.0).tolist())
        stacked = np.concatenate(rows).astype(np.float64)
        norms = np.sqrt(np.asarray(squares))
        scaled = stacked * self.safety_scale / norms[:, None]
        logits = intent.astype(np.float64) * self.intent_scale / norms[0] + self.intent_bias
        return Scores(_softmax(scaled + self.safety_bias), _softmax(logits))


@cache
def model() -> Model | None:
    """The shipped model, loaded once; None if its file is missing (the rules still read)."""
    if not WEIGHTS.exists():
        return None
    return Model(WEIGHTS)
