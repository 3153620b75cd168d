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
from typing import Any

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
            self._keep({name: data[name] for name in data.files if name != "meta"})
        self.thresholds: dict[str, float] = meta["thresholds"]

    @classmethod
    def of(cls, arrays: dict[str, npt.NDArray[Any]]) -> Model:
        """A model from arrays in memory (the trainer reads its held-out rows with it, exactly
        as the bot will read them); no thresholds."""
        made = cls.__new__(cls)
        made._keep(arrays)
        made.thresholds = {}
        return made

    def _keep(self, arrays: dict[str, npt.NDArray[Any]]) -> None:
        self.safety_w = arrays["safety_w"]
        self.safety_scale = arrays["safety_scale"].astype(np.float64)
        self.safety_bias = arrays["safety_bias"].astype(np.float64)
        self.intent_w = arrays["intent_w"]
        self.intent_scale = arrays["intent_scale"].astype(np.float64)
        self.intent_bias = arrays["intent_bias"].astype(np.float64)
        # Held as float32 for reading: exact for these integer sums, and numpy sums float32
        # rows several times faster than it casts and sums int8 ones. Both models' weights
        # side by side, so one gather and one sum serve both (issue #24: on a short text the
        # calls, not the arithmetic, are the cost); likewise their scales and biases.
        self.weights_f = np.ascontiguousarray(
            np.hstack([self.safety_w, self.intent_w]), dtype=np.float32
        )
        self.scale = np.concatenate([self.safety_scale, self.intent_scale])
        self.bias = np.concatenate([self.safety_bias, self.intent_bias])

    def scores(self, text: str) -> Scores:
        prepared = prepare(text)
        return self._scores(grams(prepared), segments(prepared))

    def _scores(self, found: Grams, starts: list[int]) -> Scores:
        concepts = len(SAFETY_CONCEPTS)
        ids = found.all_ids()
        if not len(ids):
            ids = np.zeros(1, dtype=np.int64)
        # One gather of the weights of every n-gram: the costliest step.
        weights = self.weights_f.take(ids, axis=0)
        whole = np.einsum("ij->j", weights)
        if not starts:
            return self._one_part(whole, _squared_counts(ids))
        safety = weights[:, :concepts]
        intent = whole[concepts:]
        whole_squares = float((np.bincount(ids) ** 2).sum())
        squares = [max(whole_squares, 1.0)]
        rows = [whole[None, :concepts]]
        # The n-grams of each length are in text order, one block per length: cut every
        # block at the parts' starts, sum each piece, and add the lengths' pieces up.
        parts = len(starts)
        offsets = np.cumsum([0, *(len(block) for block in found.ids)])
        begins = np.asarray(starts, dtype=np.int64)
        cuts = np.concatenate(
            [
                offset + np.minimum(begins, len(block) - 1)
                for offset, block in zip(offsets, found.ids, strict=False)
            ]
        )
        pieces = np.add.reduceat(safety, cuts, axis=0)
        rows.append(pieces.reshape(len(found.ids), parts, concepts).sum(axis=0))
        # Each part's length: the root of its squared n-gram counts (a sort, no Python).
        part_of = np.repeat(
            np.tile(np.arange(parts, dtype=np.int64), len(found.ids)),
            np.diff(np.append(cuts, len(ids))),
        )
        keys = np.sort(part_of * BUCKETS + ids)
        new = np.flatnonzero(np.diff(keys, prepend=-1))
        counts = np.diff(np.append(new, len(keys))).astype(np.float64)
        squared = np.bincount(keys[new] // BUCKETS, weights=counts**2, minlength=parts)
        squares.extend(np.maximum(squared, 1.0).tolist())
        stacked = np.concatenate(rows).astype(np.float64)
        norms = np.sqrt(np.asarray(squares))
        scaled = stacked * self.safety_scale / norms[:, None]
        intent = intent.astype(np.float64) * self.intent_scale / norms[0]
        return Scores(_softmax(scaled + self.safety_bias), _softmax(intent + self.intent_bias))

    def _one_part(self, whole: npt.NDArray[np.float32], squares: float) -> Scores:
        """`_scores` of a text read whole only (most typed messages): both models' logits in
        one row, the same arithmetic element by element as the general case."""
        concepts = len(SAFETY_CONCEPTS)
        norm = np.sqrt(max(squares, 1.0))
        logits = whole.astype(np.float64) * self.scale / norm + self.bias
        return Scores(_softmax(logits[None, :concepts]), _softmax(logits[concepts:]))


def _squared_counts(ids: npt.NDArray[np.int64]) -> float:
    """The sum of the squared count of each distinct id: the squared length of the count
    vector. Sorted, a short text's few repeats are counted in Python; a bincount over all
    `BUCKETS` columns would cost more than the rest of the reading."""
    ordered = np.sort(ids)
    total = len(ids)
    run = 0
    previous = -2
    # An id's k-th repeat (k = 1, 2, ...) adds 2k: a run of c equal ids adds c(c - 1) to the
    # c the total starts with, c² in all.
    for position in np.flatnonzero(ordered[1:] == ordered[:-1]).tolist():
        run = run + 1 if position == previous + 1 else 1
        total += 2 * run
        previous = position
    return float(total)


@cache
def model() -> Model | None:
    """The shipped model, loaded once; None if its file is missing (the rules still read)."""
    if not WEIGHTS.exists():
        return None
    return Model(WEIGHTS)
