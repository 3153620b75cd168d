"""Train the learned reading from the corpus and write `weights.npz` (a development step; the
bot only reads the weights). Seeded and reproducible: the same corpus gives the same file.

    .venv/bin/python -m bot.core.reading.train [--validate-only] [--keep-validation FILE]
    .venv/bin/python -m bot.core.reading.train --rechoose FILE   # after the rules changed

1. Load the corpus (corpus/*.jsonl), and widen it the same way every time (`augment`):
   without accents and punctuation, with a typo, buried in an everyday message, and Russian or
   Ukrainian typed in Latin letters.
2. The final model trains on every row, and is written with the safety thresholds chosen on
   blind sets read as they were first seen (`SAFETY_THRESHOLDS`) and the intent threshold
   chosen on its writers held out in turn (`choose_intent_threshold`).
3. `--validate-only`: each corpus writer the rules were never fitted to is held out in turn,
   the rest trains a model, and thresholds are chosen on the held-out rows read together with
   the rules (`choose_thresholds`), as the bot reads them — a report, no longer what ships.

Needs scikit-learn (the `dev` extra); the bot itself needs only numpy.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bot.core.reading.concepts import INTENT_CLASSES, SAFETY_CONCEPTS, TIER_OF
from bot.core.reading.features import BUCKETS, grams, prepare
from bot.core.reading.model import WEIGHTS
from bot.core.safety.verdict import Concern

CORPUS = Path(__file__).with_name("corpus")
SEED = 2026
# Writers held out in turn by `--validate-only` (docs/understanding.md): only
# writers the rules were never fitted to. The rules were widened from lists of what they missed
# in the corpus; a writer whose misses were read that way is read by the rules alone almost
# perfectly, and then validation no longer measures what the model adds (fourth round: crisis
# 97% by the rules alone on such writers, and "ask" chosen at 0.95). A fold holds one writer's
# rows out, a model trains on the rest, and the held-out readings of all folds are pooled.
SAFETY_VALIDATION = ("W12-", "W13-", "W14-", "W15-")
# The intent threshold is chosen on every writer of intent rows.
INTENT_VALIDATION = ("A-", "C-", "D-", "E-", "F-", "G-", "H-", "I-", "W3-", "W6-")
# Inverse regularisation strength of the two models, chosen on the held-out writers
# (docs/understanding.md): intents 24 of 8, 16, 24, 48; safety 8 since the fifth round — on
# writers the rules were never fitted to (W12, W13 held out) it read 1.268 against 1.210 at
# 16 and 32: the stronger pull towards simple weights carries better to a new writer.
# Caution: the weights these settings trained in the fifth round read crisis worse on a sealed
# set (K: 36/55 against 44/55 for the fourth round's) — a less confident model whose unsure
# crises fell under the "ask" threshold chosen on W12–W15, writers of deliberately hard near
# misses. The shipped `weights.npz` is still the fourth round's (this trainer at commit
# 8b9f2a6: C 16, thresholds on thirteen writers, without sets G–I and W12–W15).
# Eighth round: 16 again. Trained on the corpus before sets M–Q and read with the rules from
# before them (ef56acf), C 16 read those five writers' crises 233/275 at "ask" 0.9 against 223
# for the shipped fourth-round weights, near misses 508 against 506, and better in every other
# tier; C 8 the same way 249 against 252 for C 16 at "ask" 0.8. On set R (first sight, this
# round) C 16 trained on A–Q read crisis 47/55, emergency 48/55, red flag 44/44; C 8 45, 46, 44.
# Twelfth round: the shipped weights were trained at commit 161ff9a (corpus A–AA, before
# misfire_twelfth.py). Trained again after it, with its blanks in the training text (haircuts,
# "tired of fighting with my landlord", "all my pills as usual"), they read the held-out SHORT
# near misses 322/330, under the 98% floor (crisis 24/33 against 22): the model learned less
# that such words are harmless. The weights from 161ff9a read B and SHORT as before (327/330).
# Thirteenth round: trained again on A–AC with the round's rules (this trainer reproduces the
# shipped file again). Held-out B: crisis 83/87, ask 46/47, near misses 119/123 (118 before),
# panic 25/31 (26), intents 243/244 (244); SHORT: near misses 329/330 (327), ask 27/33 (28),
# crisis 23/33 (22).
C_SAFETY, C_INTENT = 16.0, 24.0
# The safety thresholds the weights are written with. Chosen on blind sets as they were first
# seen, not on corpus writers: the rules are widened from the corpus rows they miss, so on a
# corpus writer they leave the model little to add and near misses bind ("ask" came out 0.9
# and 0.95 that way, and the fifth round's weights read the sealed set K worse with them).
# Sets M–Q, read with the rules from before them (ef56acf) by a C 16 model that never saw them:
# "ask" 0.9 → 0.85 → 0.8 read crises 233 → 245 → 252 of 275, asks 189 → 196 → 199 of 220, near
# misses 508 → 504 → 501 of 550. The shipped model (trained on every set up to R) reads the
# held-out set B (tests/heldout) under its near-miss floor at 0.85 (116/123, floor 117), so
# "ask" stays at 0.9 — the lowest that keeps every floor of B. The other tiers as the fourth
# round chose them; on M–Q emergency 0.6 read 3 more emergencies and 3 fewer clean near
# misses — no gain.
SAFETY_THRESHOLDS = {
    "emergency": 0.7,
    "crisis": 0.95,
    "red_flag": 0.4,
    "ask": 0.9,
    "panic": 0.7,
    "health_anxiety": 0.5,
}
# How much rarer classes weigh in the safety model (see `fit`): the square root read the
# held-out writers better than equal classes (0.907 against 0.883).
SAFETY_POWER = 0.5

Row = dict[str, str]


def load(kind: str) -> list[Row]:
    """Every row of one kind: jsonl files (seeds, blind sets) and the written tsv files, whose
    name gives the language and whose "everyday" rows are ordinary messages (label none) that
    `augment` buries other rows in."""
    rows: list[Row] = []
    for path in sorted(CORPUS.glob(f"{kind}_*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    for path in sorted(CORPUS.glob(f"{kind}_*.tsv")):
        language = path.stem.split("_", 1)[1]
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            label, text = line.split("\t", 1)
            author = "u1-everyday" if label == "everyday" else "u1"
            label = "none" if label == "everyday" else label
            rows.append({"lang": language, "label": label, "text": text, "author": author})
    return rows


# --- augmentation -------------------------------------------------------------------------------

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)


def translit(text: str) -> str:
    """Cyrillic as people type it in Latin letters: "ne mogu spat"."""
    out = []
    for char in text:
        lower = char.lower()
        mapped = _TRANSLIT.get(lower)
        out.append(char if mapped is None else mapped.replace("_", ""))
    return "".join(out)


def plain(text: str) -> str:
    """Lower case, no accents, no punctuation: how many type on a phone."""
    folded = unicodedata.normalize("NFKD", text.lower())
    kept = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() or c.isspace() else " " for c in kept).split())


def typo(text: str, rng: random.Random) -> str:
    """One slip of the thumb: a letter dropped, doubled or swapped with the next."""
    if len(text) < 6:
        return text
    i = rng.randrange(1, len(text) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def everyday(rows: Iterable[Row]) -> dict[str, list[str]]:
    """Everyday sentences per language to bury other rows in: the corpus's own filler rows."""
    pool: dict[str, list[str]] = {}
    for row in rows:
        if row["label"] == "none" and row.get("author") == "u1-everyday":
            pool.setdefault(row["lang"], []).append(row["text"])
    return pool


def long_everyday(pool: dict[str, list[str]], rng: random.Random, each: int = 30) -> list[Row]:
    """Long ordinary messages made of everyday sentences (some repeated), labelled none: so a
    long report is not mistaken for danger by its length or its filler words."""
    rows = []
    for language, sentences in sorted(pool.items()):
        for _ in range(each):
            count = rng.randrange(3, 12)
            text = " ".join(rng.choice(sentences) for _ in range(count))
            rows.append({"lang": language, "label": "none", "text": text, "author": "u1-everyday"})
    return rows


def augment(rows: Sequence[Row], pool: dict[str, list[str]], rng: random.Random) -> list[Row]:
    out: list[Row] = []
    for row in rows:
        out.append(row)
        text, language = row["text"], row["lang"]
        variants = [plain(text)]
        if rng.random() < 0.5:
            variants.append(typo(text, rng))
        if language in ("ru", "uk") and rng.random() < 0.4:
            variants.append(translit(plain(text)))
        fillers = pool.get(language) or pool.get("en") or []
        if fillers and rng.random() < 0.35:
            before = rng.sample(fillers, k=min(2, len(fillers)))
            after = rng.choice(fillers)
            variants.append(" ".join([*before, text, after]))
        for variant in variants:
            if variant and variant != text:
                out.append({**row, "text": variant})
    return out


# --- features and fitting -----------------------------------------------------------------------


@functools.cache
def seen(text: str) -> str:
    """A text as the learned reading sees it (`read.model_input`): without the crisis words
    the rules find held at a distance. Cached: the folds read the same rows again and again."""
    from bot.core.reading.read import model_input
    from bot.core.safety.classify import read_rules

    return model_input(text, read_rules(text).distant)


def matrix(texts: Sequence[str]) -> Any:
    """Rows of hashed n-gram counts scaled to unit length (as model.py reads a whole text)."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    indptr = [0]
    indices: list[np.ndarray] = []
    for text in texts:
        ids = grams(prepare(seen(text))).all_ids()
        indices.append(ids)
        indptr.append(indptr[-1] + len(ids))
    joined = np.concatenate(indices)
    result = sparse.csr_matrix(
        (np.ones(len(joined)), joined, np.asarray(indptr)), shape=(len(texts), BUCKETS)
    )
    result.sum_duplicates()
    return normalize(result)


def fit(
    texts: Sequence[str],
    labels: Sequence[str],
    classes: Sequence[str],
    c: float,
    power: float = 1.0,
) -> Any:
    from sklearn.linear_model import LogisticRegression

    y = np.asarray([classes.index(label) for label in labels])
    # A class with few rows weighs more: with `power` 1 every class weighs the same in all;
    # the safety model uses the square root (SAFETY_POWER), since equal classes let a few
    # dozen rows of one writer outweigh thousands of everyday ones ("не знаю" read as "ask").
    counts = np.bincount(y, minlength=len(classes)).astype(float)
    weight = (len(y) / (len(np.unique(y)) * np.maximum(counts, 1.0))) ** power
    model = LogisticRegression(C=c, max_iter=1000, tol=1e-3, random_state=SEED)
    model.fit(matrix(texts), y, sample_weight=weight[y])
    # Classes missing from the data get a column that never wins.
    weights = np.zeros((BUCKETS, len(classes)))
    bias = np.full(len(classes), -30.0)
    for column, label in enumerate(model.classes_):
        weights[:, label] = model.coef_[column]
        bias[label] = model.intercept_[column]
    return weights, bias


def quantise(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scale = np.abs(weights).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    return np.round(weights / scale).astype(np.int8), scale.astype(np.float32)


# --- thresholds ---------------------------------------------------------------------------------

# The blind-set label a concept counts for, and when a reading is right for it (as in
# benchmarks/understanding.py).
_CORRECT: dict[str, Callable[[Concern], bool]] = {
    "crisis": lambda c: c in (Concern.CRISIS, Concern.ASK),
    "ask": lambda c: c is Concern.ASK,
    "emergency": lambda c: c is Concern.EMERGENCY,
    "red_flag": lambda c: c is Concern.RED_FLAG,
    "panic": lambda c: c is Concern.PANIC,
    "health_anxiety": lambda c: c not in (Concern.CRISIS, Concern.EMERGENCY),
    "none": lambda c: c not in (Concern.CRISIS, Concern.EMERGENCY, Concern.RED_FLAG, Concern.ASK),
}
_GRID = {
    "emergency": (0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95),
    "crisis": (0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95),
    "ask": (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95),
    "red_flag": (0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95),
    # The reading asks for panic at 0.7 at least (read.PANIC_AT_LEAST).
    "panic": (0.7, 0.8),
    "health_anxiety": (0.5, 0.7, 0.9),
}


# How much of the near misses the rules alone read clean the reading may lose on validation.
# Five points since the fourth round: the rules alone now read talk about suicide and past
# self-harm clean (distance.py), which raised the bar the near misses are measured against;
# at two points one corpus writer's deliberately hard near misses (W8: theses, trainings,
# podcasts) set the "ask" threshold at 0.95 and crisis recall at 78% on validation, where
# five points give 84% with near misses pooled still at 96% (docs/understanding.md).
NEAR_MISS_LOSS = 0.05

# Crisis and "ask" weigh double when thresholds are chosen: a missed crisis can cost a life,
# a needless "ask" costs one gentle question (docs/understanding.md, "Thresholds").
_WEIGHT = {"crisis": 2.0, "ask": 2.0}


def _shown(shares: dict[str, float]) -> str:
    return ", ".join(f"{group} {share:.0%}" for group, share in sorted(shares.items()))


def _group(concept: str) -> str:
    tier = TIER_OF[concept]
    return "none" if tier is Concern.NONE else tier.value


def _reader(weights: np.ndarray, bias: np.ndarray) -> Any:
    """A safety model in memory, read exactly as the bot reads."""
    from bot.core.reading.model import Model

    quantised, scale = quantise(weights)
    return Model.of(
        {
            "safety_w": quantised,
            "safety_scale": scale,
            "safety_bias": bias,
            "intent_w": np.zeros((BUCKETS, 1), dtype=np.int8),
            "intent_scale": np.ones(1),
            "intent_bias": np.zeros(1),
        }
    )


Fold = tuple[Sequence[Row], np.ndarray, np.ndarray]  # held-out rows, weights, bias


def held_out_readings(folds: Sequence[Fold]) -> tuple[list[Row], dict[str, np.ndarray]]:
    """Each fold's rows read by the model trained without their writer, all folds pooled:
    the rows and, per tier, the model's probability of it (as `read.tier_probabilities`)."""
    from bot.core.reading.read import tier_probabilities

    rows: list[Row] = []
    scores: list[Any] = []
    for held, weights, bias in folds:
        reader = _reader(weights, bias)
        # Read as the bot reads: the whole message and each of its parts (an alarm in any
        # part counts), so near misses are as exposed here as they will be in use.
        scores.extend(tier_probabilities(reader.scores(seen(row["text"])).safety) for row in held)
        rows.extend(held)
    p = {
        name: np.asarray([score.probability[Concern(name)] for score in scores])
        for name in ("emergency", "crisis", "red_flag", "ask", "panic", "health_anxiety")
    }
    return rows, p


def keep_readings(path: Path, rows: Sequence[Row], p: dict[str, np.ndarray]) -> None:
    """Save the held-out readings: thresholds can then be chosen again after the rules change
    (`--rechoose`), without training the folds again — the model never reads the rules."""
    kept: dict[str, Any] = {f"p_{name}": values for name, values in p.items()}
    for key in ("text", "label", "author"):
        kept[key] = np.asarray([row[key] for row in rows])
    np.savez_compressed(path, **kept)


def kept_readings(path: Path) -> tuple[list[Row], dict[str, np.ndarray]]:
    with np.load(path, allow_pickle=False) as data:
        rows = [
            {"text": str(t), "label": str(label), "author": str(a)}
            for t, label, a in zip(data["text"], data["label"], data["author"], strict=True)
        ]
        p = {key[2:]: data[key] for key in data.files if key.startswith("p_")}
    return rows, p


def choose_thresholds(rows: Sequence[Row], p: dict[str, np.ndarray]) -> dict[str, float]:
    """The thresholds that read the held-out rows best together with the rules: every group's
    share of right readings counts (crisis and ask double), near misses may lose at most two
    points against the rules alone, and health anxiety none."""
    from bot.core.reading.read import (
        _ASK_KEPT_AGAINST,
        _KEPT_AGAINST_EMERGENCY,
        _PANIC_KEPT_AGAINST,
    )
    from bot.core.safety.classify import check_text_and_denials

    ranks = {tier: tier.rank for tier in Concern}
    readings = [check_text_and_denials(row["text"]) for row in rows]
    rules_rank = np.asarray([ranks[check.concern] for check, _ in readings])
    # Tiers the rules saw named only to be denied ("no weakness"): the model does not raise
    # them on its own (read.combine).
    allowed = {
        name: np.asarray([Concern(name) not in denied for _, denied in readings])
        for name in ("emergency", "red_flag")
    }
    groups = np.asarray([_group(row["label"]) for row in rows])
    # right[group][rank]: whether a reading of that rank is right for that group.
    right = {
        group: np.asarray(
            [_CORRECT[group](tier) for tier in sorted(Concern, key=lambda t: t.rank)]
        )
        for group in set(groups)
    }
    masks = {group: groups == group for group in right}

    def shares(final: np.ndarray) -> dict[str, float]:
        return {g: float(right[g][final[m]].mean()) for g, m in masks.items() if m.any()}

    baseline = shares(rules_rank)
    # Near misses are judged per writer: each writer's clean share may lose at most
    # NEAR_MISS_LOSS against the rules alone, so no one way of writing carries the losses.
    writers = np.asarray([row["author"].split("-", 1)[0] for row in rows])
    near = masks.get("none", np.zeros(len(rows), dtype=bool))
    _, writer_code = np.unique(writers[near], return_inverse=True)
    per_writer = np.bincount(writer_code).astype(float)

    def clean_by_writer(final: np.ndarray) -> np.ndarray:
        clean = right["none"][final[near]] if "none" in right else np.zeros(0, dtype=bool)
        return np.bincount(writer_code, weights=clean, minlength=len(per_writer)) / per_writer

    baseline_clean = clean_by_writer(rules_rank)
    order = ("emergency", "crisis", "red_flag", "ask", "panic", "health_anxiety")
    best: tuple[float, dict[str, float]] = (-1e9, {})

    def final(thresholds: dict[str, float]) -> np.ndarray:
        above = {name: (p[name] >= thresholds[name]) & allowed.get(name, True) for name in order}
        # A model-only emergency has to outweigh health anxiety too (read._model_tier).
        above["emergency"] = above["emergency"] & (p["emergency"] > p["health_anxiety"])
        model_rank = np.select(
            [above[name] for name in order],
            [ranks[Concern(name)] for name in order],
            default=0,
        )
        # Rules that say panic, health anxiety or crisis stand against a model reading an
        # emergency (read._KEPT_AGAINST_EMERGENCY).
        kept = np.isin(rules_rank, [ranks[tier] for tier in _KEPT_AGAINST_EMERGENCY])
        model_rank = np.where(
            kept & (model_rank == ranks[Concern.EMERGENCY]), rules_rank, model_rank
        )
        # And the rules' panic against a model-only red flag (read._PANIC_KEPT_AGAINST).
        panic_kept = (rules_rank == ranks[Concern.PANIC]) & np.isin(
            model_rank, [ranks[tier] for tier in _PANIC_KEPT_AGAINST]
        )
        model_rank = np.where(panic_kept, rules_rank, model_rank)
        # And the rules' direct question against a model-only red flag (read._ASK_KEPT_AGAINST).
        ask_kept = (rules_rank == ranks[Concern.ASK]) & np.isin(
            model_rank, [ranks[tier] for tier in _ASK_KEPT_AGAINST]
        )
        model_rank = np.where(ask_kept, rules_rank, model_rank)
        return np.maximum(rules_rank, model_rank)

    for values in itertools.product(*(_GRID[name] for name in order)):
        thresholds = dict(zip(order, values, strict=True))
        readings_now = final(thresholds)
        got = shares(readings_now)
        # Near misses may lose two points against the rules alone (for every writer), health
        # anxiety none: each point beyond costs far more than any tier can gain.
        lost = float(
            np.maximum(0.0, baseline_clean - NEAR_MISS_LOSS - clean_by_writer(readings_now)).sum()
        )
        lost += max(0.0, baseline.get("health_anxiety", 1.0) - got.get("health_anxiety", 1.0))
        score = sum(_WEIGHT.get(g, 1.0) * v for g, v in got.items()) / len(got) - 5 * lost
        if score > best[0]:
            best = (score, thresholds)
    print(f"validation: rules alone {_shown(baseline)}")
    print(f"validation: mean share right {best[0]:.3f} with {best[1]}")
    readings_of = final(best[1])
    for writer in sorted(set(writers)):
        mine = writers == writer
        line = {
            g: f"{int(right[g][readings_of[m & mine]].sum())}/{int((m & mine).sum())}"
            for g, m in sorted(masks.items())
            if (m & mine).any()
        }
        print(f"validation: {writer} held out: {line}")
    print(f"validation: all held out: {_shown(shares(readings_of))}")
    return best[1]


def _probabilities(text: str, quantised: np.ndarray, scale: np.ndarray, bias: np.ndarray) -> Any:
    from bot.core.reading.model import _softmax

    ids = grams(prepare(seen(text))).all_ids()
    total = quantised[ids].astype(np.int64).sum(axis=0)
    norm = np.sqrt(max(float((np.bincount(ids) ** 2).sum()), 1.0))
    return _softmax(total * scale / norm + bias)[None, :]


# --- the command --------------------------------------------------------------------------------


_FEELINGS = frozenset({"anxious", "venting"})


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the learned reading.")
    parser.add_argument("--validate-only", action="store_true", help="do not write weights")
    parser.add_argument("--keep-validation", type=Path, help="save the held-out readings here")
    parser.add_argument(
        "--rechoose", type=Path, help="choose the safety thresholds again from kept readings"
    )
    args = parser.parse_args()
    if args.rechoose is not None:
        rechoose(args.rechoose)
        return
    safety, intents = load("safety"), load("intents")
    pool = everyday(safety)
    print(f"corpus: {len(safety)} safety rows, {len(intents)} intent rows")
    # Typed requests are ordinary messages too ("danke", "merci", "...", "не могу уснуть"):
    # for safety they are near misses, in training and in validation (their writer's fold).
    # Feelings ("anxious", "venting") are left out: some of them may rightly be asked about.
    safety += [{**row, "label": "none"} for row in intents if row["label"] not in _FEELINGS]

    safety = safety + long_everyday(pool, random.Random(SEED)) + short_replies(safety)
    thresholds = dict(SAFETY_THRESHOLDS)
    if args.validate_only or args.keep_validation is not None:
        validate(safety, pool, args.keep_validation)
    intent_folds = []
    for prefix in INTENT_VALIDATION:
        held = [row for row in intents if row["author"].startswith(prefix)]
        if held:
            kept = [row for row in intents if not row["author"].startswith(prefix)]
            train = augment(kept, {}, random.Random(SEED))
            weights, bias = fit(
                [r["text"] for r in train], [r["label"] for r in train], INTENT_CLASSES, C_INTENT
            )
            intent_folds.append((held, weights, bias))
    thresholds["intent"] = choose_intent_threshold(intent_folds)
    if args.validate_only:
        return

    weights, bias = fit_safety(safety, pool)
    intent_train = augment(intents, {}, random.Random(SEED))
    iw, ib = fit(
        [r["text"] for r in intent_train],
        [r["label"] for r in intent_train],
        INTENT_CLASSES,
        C_INTENT,
    )
    sw, ss = quantise(weights)
    qw, qs = quantise(iw)
    meta = {
        "safety": list(SAFETY_CONCEPTS),
        "intents": list(INTENT_CLASSES),
        "thresholds": thresholds,
        "seed": SEED,
        "rows": {"safety": len(safety), "intents": len(intents)},
    }
    np.savez_compressed(
        WEIGHTS,
        safety_w=sw,
        safety_scale=ss,
        safety_bias=bias.astype(np.float32),
        intent_w=qw,
        intent_scale=qs,
        intent_bias=ib.astype(np.float32),
        meta=np.asarray(json.dumps(meta)),
    )
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size // 1024} KiB)")


# Short everyday replies count this many times over. The bot asks many questions, and "не
# знаю", "je ne sais pas", "no" are among the commonest answers; the corpus holds them a few
# times each, and a dozen "ask" rows that begin "не знаю, …" outweighed them once the safety
# model was fitted more closely (C 16): bare "не знаю" read as "ask" at 0.87.
SHORT_REPEAT = 4
SHORT_WORDS = 3


def short_replies(rows: Sequence[Row]) -> list[Row]:
    """The near-miss rows of at most `SHORT_WORDS` words, `SHORT_REPEAT - 1` more times."""
    short = [
        row for row in rows if row["label"] == "none" and len(row["text"].split()) <= SHORT_WORDS
    ]
    return short * (SHORT_REPEAT - 1)


def fit_safety(rows: Sequence[Row], pool: dict[str, list[str]]) -> Any:
    """The safety model's weights and bias, trained on `rows` widened the seeded way."""
    train = augment(rows, pool, random.Random(SEED))
    return fit(
        [r["text"] for r in train],
        [r["label"] for r in train],
        SAFETY_CONCEPTS,
        C_SAFETY,
        SAFETY_POWER,
    )


def validate(safety: list[Row], pool: dict[str, list[str]], keep: Path | None) -> None:
    """Each corpus writer of `SAFETY_VALIDATION` held out in turn: the thresholds that would
    read them best, printed (and the readings kept for `--rechoose`), not shipped."""
    folds = []
    for prefix in SAFETY_VALIDATION:
        held = [row for row in safety if row["author"].startswith(prefix)]
        if held:
            kept = [row for row in safety if not row["author"].startswith(prefix)]
            folds.append((held, *fit_safety(kept, pool)))
    rows, p = held_out_readings(folds)
    if keep is not None:
        keep_readings(keep, rows, p)
    choose_thresholds(rows, p)


def rechoose(path: Path) -> None:
    """After the rules changed: choose the safety thresholds again on the kept held-out
    readings (`--keep-validation`) and write them into the shipped weights."""
    rows, p = kept_readings(path)
    with np.load(WEIGHTS, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    meta = json.loads(str(arrays["meta"]))
    meta["thresholds"] = {**choose_thresholds(rows, p), "intent": meta["thresholds"]["intent"]}
    arrays["meta"] = np.asarray(json.dumps(meta))
    np.savez_compressed(WEIGHTS, **arrays)
    print(f"wrote thresholds {meta['thresholds']} into {WEIGHTS}")


def choose_intent_threshold(folds: Sequence[Fold]) -> float:
    """The least confidence at which the model's intent is taken where the rules found none,
    each fold's rows read by the model trained without their writer."""
    from bot.core.intents.classify import classify as classify_rules

    readings = []
    for rows, weights, bias in folds:
        quantised, scale = quantise(weights)
        for row in rows:
            probabilities = _probabilities(row["text"], quantised, scale, bias)[0]
            best = int(np.argmax(probabilities))
            rules = classify_rules(row["text"])
            readings.append((rules, INTENT_CLASSES[best], probabilities[best], row["label"]))
    best_threshold, best_right = 0.5, -1
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        right = 0
        for rules, guess, confidence, label in readings:
            reading = (
                rules.value if rules is not None else guess if confidence >= threshold else "none"
            )
            right += reading == label
        if right > best_right:
            best_threshold, best_right = threshold, right
    print(f"intent validation: {best_right}/{len(readings)} right at threshold {best_threshold}")
    return best_threshold


if __name__ == "__main__":
    main()
