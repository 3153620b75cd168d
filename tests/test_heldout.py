"""The held-out blind set: messages written by someone who saw neither the rules nor the corpus
(blind set B, 11 languages for safety, 6 for intents), which the training never sees. Each tier
and the intents must keep at least the share of right readings asserted here.

The issue's targets are crisis (crisis or ask) 95%, emergency 95%, red flag 90%, ask 85%, near
misses 95% with no crisis or emergency answer, health anxiety never a crisis or emergency, and
intents 85%. Where a floor below is lower than its target, it is the share reached so far, so
that no change can lose ground unseen; docs/understanding.md gives the figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.reading import read
from bot.core.reading.blind import Score, score
from bot.core.reading.train import CORPUS, load

HELD_OUT = Path(__file__).parent / "heldout"
TARGETS = {
    "crisis": 0.95,
    "emergency": 0.95,
    "red_flag": 0.90,
    "ask": 0.85,
    "near_miss": 0.95,
    "health_anxiety": 1.0,
    "intents": 0.85,
}
# Reached on the held-out set by the shipped weights (docs/understanding.md), less a margin of
# two or three points; below target. The second round (helper u3) reached crisis 48/87,
# emergency 55/72, red flag 44/53, ask 28/47, near misses 114/123. The third round (helper u4:
# sets C and D and three new writers in the corpus, typed requests as near misses, thresholds
# chosen on every held-out writer) reached crisis 64/87, ask 36/47, emergency 59/72, red flag
# 46/53, near misses 114/123 (that floor unchanged) and intents 233/244 (above their target,
# which stays their floor). Chosen on validation, not on this set.
# Variant (branch h/u4-sqrt, square-root class weights in the safety model): crisis 74/87, ask
# 34/47, emergency 69/72, red flag 45/53, near misses 113/123 — one fewer than the floor of
# 0.92 the lead set, so this branch lowers it to 0.91: the lead's call.
# The fourth round (sets E and F and writers W4–W11 in the corpus, the rules widened in every
# language, crisis words held at a distance, near misses allowed five points per held-out
# writer) reached crisis 81/87, ask 37/47, emergency 71/72, red flag 52/53, near misses
# 117/123, health anxiety 33/33, intents 234/244. Where that meets the target, the target is
# the floor (emergency, red flag, near misses, health anxiety, intents); crisis and ask keep
# two or three points below what was reached.
# The sixth round (sets J, K and L in the corpus, the rules widened from their misses, four
# red-flag families of their own, the rules' panic kept against a model-only red flag; the
# fourth round's weights) reached crisis 80/87, ask 39/47 (83%), emergency 71/72, red flag
# 53/53, near misses 117/123, panic 25/31, intents 238/244: the ask floor rises to 0.80.
# The seventh round (sets M, N, P, Q in the corpus, the rules widened from their misses, the
# model reading idiom-blanked text, Latin-letter Russian and Ukrainian read in Cyrillic; the
# fourth round's weights) reached crisis 81/87, ask 43/47 (91%), emergency 71/72, red flag
# 53/53, near misses 118/123, panic 25/31, intents 239/244: ask meets its target, which
# becomes its floor.
FLOORS = {
    "crisis": 0.90,
    "emergency": 0.95,
    "red_flag": 0.90,
    "ask": 0.85,
    "near_miss": 0.95,
    "health_anxiety": 1.0,
    "intents": 0.85,
}


@pytest.fixture(scope="module")
def result() -> Score:
    return score(HELD_OUT, lambda text: read(text).check, lambda text: read(text).intent)


@pytest.mark.parametrize("label", [label for label in FLOORS if label != "intents"])
def test_each_tier_keeps_its_floor(result: Score, label: str) -> None:
    assert result.share(label) >= FLOORS[label], (label, result.safety_label[label])


def test_intents_keep_their_floor(result: Score) -> None:
    assert result.intents() >= FLOORS["intents"], dict(result.intent_label)


def test_health_anxiety_is_never_a_crisis_or_an_emergency(result: Score) -> None:
    assert result.share("health_anxiety") == 1.0


def test_floors_never_claim_more_than_the_targets() -> None:
    assert all(FLOORS[label] <= TARGETS[label] for label in FLOORS)


def test_the_held_out_set_is_never_in_the_corpus() -> None:
    # Split by author, not by row: no row of the corpus is by an author of the held-out set.
    # Another writer may type the very same short phrase ("mi sono tagliata di nuovo stanotte"
    # is in both blind sets); none of the rows written for the corpus here is in it.
    corpus = [row for kind in ("safety", "intents") for row in load(kind)]
    assert CORPUS.is_dir()
    assert corpus
    held = [
        json.loads(line)
        for name in ("safety.jsonl", "intents.jsonl")
        for line in (HELD_OUT / name).read_text(encoding="utf-8").splitlines()
    ]
    assert len(held) >= 500
    assert not {row["author"] for row in held} & {row["author"] for row in corpus}
    # One-word greetings ("holaa", "oii") are everyone's; longer rows are the writer's own.
    by_us = {row["text"] for row in corpus if row["author"].startswith("u1")}
    assert not [row["id"] for row in held if row["text"] in by_us and len(row["text"].split()) > 3]


# A second held-out set, of short replies (eighth round): 30 everyday answers of one to four
# words per language ("plus tard", "хуже", "bof") and 3 short "ask" and 3 short crisis messages,
# in all 11 safety languages, written by someone who saw neither rules nor corpus. It guards
# what a retrained model can break unseen: "pire" and "может быть" answer the check-in's
# questions and once read as a red flag and as health anxiety. Short everyday words are
# everyone's: 62 of its replies are also corpus rows, written the same hour without sight of
# each other. The crisis floor is the share reached so far, far under the target: short
# farewells and plans are this set's misses (docs/understanding.md, "Eighth round").
HELD_OUT_SHORT = Path(__file__).parent / "heldout_short"
SHORT_FLOORS = {"near_miss": 0.98, "ask": 0.75, "crisis": 0.60}


@pytest.fixture(scope="module")
def short_result() -> Score:
    return score(HELD_OUT_SHORT, lambda text: read(text).check, lambda text: read(text).intent)


@pytest.mark.parametrize("label", sorted(SHORT_FLOORS))
def test_short_replies_keep_their_floor(short_result: Score, label: str) -> None:
    assert short_result.share(label) >= SHORT_FLOORS[label], short_result.safety_label[label]


def test_the_short_replies_are_by_no_corpus_writer() -> None:
    corpus_authors = {row["author"] for kind in ("safety", "intents") for row in load(kind)}
    lines = (HELD_OUT_SHORT / "safety.jsonl").read_text(encoding="utf-8").splitlines()
    held = [json.loads(line) for line in lines]
    assert len(held) == 396
    assert not {row["author"] for row in held} & corpus_authors
