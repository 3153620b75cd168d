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
        # One more row of zeros at the end (bucket `BUCKETS`), for the places past the end of
        # a row of n-grams in `_scores`.
        both = np.hstack([self.safety_w, self.intent_w])
        self.weights_f = np.zeros((len(both) + 1, both.shape[1]), dtype=np.float32)
        self.weights_f[: len(both)] = both
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
        if not starts:
            # One gather of the weights of every n-gram: the costliest step.
            whole = np.einsum("ij->j", self.weights_f.take(ids, axis=0))
            return self._one_part(whole, _squared_counts(ids))
        # Every sum below adds integers (int8 weights, held as float32, times counts) far
        # below 2**24: exact in float32 in any order, so each step may add in whatever order
        # is fastest and the logits are the same bit for bit.
        parts = len(starts)
        length = len(found.ids[0])  # positions: the shortest n-grams start at every one
        begins = np.asarray(starts, dtype=np.int64)
        # The n-grams of every length by where they start, one row per length; past a row's
        # end the zero row of `weights_f`. The weights of each position's n-grams are added
        # first (a few whole-array additions), so the sum over each part's positions reduces
        # a quarter of the rows: `reduceat` pays per row, not per number.
        table = np.full((len(found.ids), length), BUCKETS, dtype=np.int64)
        for row, block in enumerate(found.ids):
            table[row, : len(block)] = block
        gathered = self.weights_f.take(table, axis=0)  # (lengths, positions, classes)
        at = gathered[0] + gathered[1] if len(gathered) > 1 else gathered[0]
        for more in gathered[2:]:
            at += more
        rows = np.add.reduceat(at, begins, axis=0)  # (parts, classes)
        whole = rows.sum(axis=0)
        # Each part's length: the root of its squared n-gram counts. The n-grams taken by
        # position (the table read column by column, its padding left out), so their parts
        # ascend; one stable radix sort of their 16-bit ids then keeps each id's parts in
        # order, and the runs of equal (id, part) pairs are counted: a third of the cost of
        # sorting by id and then by part.
        by_position = table.T.ravel()
        real = by_position != BUCKETS
        part_at = np.repeat(np.arange(parts, dtype=np.int64), np.diff(np.append(begins, length)))
        part_of = np.repeat(part_at, len(table))[real]
        ids_by_position = by_position[real]
        order = np.argsort(ids_by_position.astype(_ID_TYPE), kind="stable")
        sorted_ids, sorted_parts = ids_by_position[order], part_of[order]
        change = np.empty(len(order), dtype=bool)
        change[0] = True
        np.not_equal(sorted_ids[1:], sorted_ids[:-1], out=change[1:])
        id_runs = np.diff(np.append(np.flatnonzero(change), len(order)))
        whole_squares = float((id_runs * id_runs).sum())
        change[1:] |= sorted_parts[1:] != sorted_parts[:-1]
        new = np.flatnonzero(change)
        counts = np.diff(np.append(new, len(order))).astype(np.float64)
        squared = np.bincount(sorted_parts[new], weights=counts**2, minlength=parts)
        squares = [max(whole_squares, 1.0), *np.maximum(squared, 1.0).tolist()]
        stacked = np.concatenate([whole[None, :concepts], rows[:, :concepts]]).astype(np.float64)
        norms = np.sqrt(np.asarray(squares))
        scaled = stacked * self.safety_scale / norms[:, None]
        intent = whole[concepts:].astype(np.float64) * self.intent_scale / norms[0]
        return Scores(_softmax(scaled + self.safety_bias), _softmax(intent + self.intent_bias))

    def _one_part(self, whole: npt.NDArray[np.float32], squares: float) -> Scores:
        """`_scores` of a text read whole only (most typed messages): both models' logits in
        one row, the same arithmetic element by element as the general case."""
        concepts = len(SAFETY_CONCEPTS)
        norm = np.sqrt(max(squares, 1.0))
        logits = whole.astype(np.float64) * self.scale / norm + self.bias
        return Scores(_softmax(logits[None, :concepts]), _softmax(logits[concepts:]))


# Keys of 16 bits or fewer are sorted stably by radix, in linear time.
_ID_TYPE = np.uint16 if BUCKETS <= 1 << 16 else np.uint32
_MANY_IDS = 1024  # n-grams of a text read whole above which its repeats are counted by numpy


def _run_squares(ordered: npt.NDArray[np.int64]) -> float:
    """The sum of the squared length of each run of equal values in `ordered`."""
    new = np.flatnonzero(np.diff(ordered, prepend=-1))
    counts = np.diff(np.append(new, len(ordered)))
    return float((counts * counts).sum())


def _squared_counts(ids: npt.NDArray[np.int64]) -> float:
    """The sum of the squared count of each distinct id: the squared length of the count
    vector. Sorted, a short text's few repeats are counted in Python; a bincount over all
    `BUCKETS` columns would cost more than the rest of the reading. A long text read whole
    (4,096 characters of "!?.,", which hold no part) repeats thousands of n-grams: its runs
    are counted by numpy."""
    if len(ids) > _MANY_IDS:
        return _run_squares(np.sort(ids.astype(_ID_TYPE), kind="stable").astype(np.int64))
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
