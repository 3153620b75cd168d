"""The learned reading at run time: weights loaded once from `weights.npz`, numpy only.

Two linear models share the features (features.py): one over safety concepts, one over
intents. A text's score for a class is the sum of its n-grams' weights, divided by the square
root of how many there are (the same scaling the trainer used), plus the class's bias; softmax
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
from bot.core.reading.features import BUCKETS, Grams, grams, prepare, segments

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
            self.safety_w = np.ascontiguousarray(data["safety_w"])
            self.safety_scale = data["safety_scale"].astype(np.float64)
            self.safety_bias = data["safety_bias"].astype(np.float64)
            self.intent_w = np.ascontiguousarray(data["intent_w"])
            self.intent_scale = data["intent_scale"].astype(np.float64)
            self.intent_bias = data["intent_bias"].astype(np.float64)
        self.thresholds: dict[str, float] = meta["thresholds"]

    def scores(self, text: str) -> Scores:
        prepared = prepare(text)
        found = grams(prepared)
        return Scores(self._safety(found, segments(prepared)), self._intent(found))

    def _safety(self, found: Grams, starts: list[int]) -> FloatArray:
        concepts = len(SAFETY_CONCEPTS)
        parts = max(len(starts), 1)
        sums = np.zeros((parts, concepts), dtype=np.int64)
        sizes = np.zeros(parts, dtype=np.int64)
        for ids in found.ids:
            gathered = self.safety_w[ids].astype(np.int32)
            if starts:
                # Each part runs from its start to the next start; n-grams are in text order.
                cuts = np.minimum(np.asarray(starts, dtype=np.int64), len(ids) - 1)
                sums += np.add.reduceat(gathered, cuts, axis=0)
                sizes += np.diff(np.append(cuts, len(ids)))
            else:
                sums[0] += gathered.sum(axis=0)
                sizes[0] += len(ids)
        whole = sums.sum(axis=0, keepdims=True)
        rows = [whole]
        row_sizes = [max(int(sizes.sum()), 1)]
        if starts:
            rows.append(sums)
            row_sizes.extend(np.maximum(sizes, 1).tolist())
            if parts > 2:
                # Two neighbouring parts together: what straddles a cut is read too.
                rows.append(sums[:-1] + sums[1:])
                row_sizes.extend(np.maximum(sizes[:-1] + sizes[1:], 1).tolist())
        stacked = np.concatenate(rows).astype(np.float64)
        scaled = stacked * self.safety_scale / np.sqrt(np.asarray(row_sizes))[:, None]
        return _softmax(scaled + self.safety_bias)

    def _intent(self, found: Grams) -> FloatArray:
        ids = found.all_ids()
        total = self.intent_w[ids].sum(axis=0, dtype=np.int64).astype(np.float64)
        logits = total * self.intent_scale / np.sqrt(max(len(ids), 1)) + self.intent_bias
        return _softmax(logits)


@cache
def model() -> Model | None:
    """The shipped model, loaded once; None if its file is missing (the rules still read)."""
    if not WEIGHTS.exists():
        return None
    return Model(WEIGHTS)
