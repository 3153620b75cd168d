"""Scoring a blind set: messages written by someone who never saw the rules or the corpus, each
with the answer a person would expect (benchmarks/understanding.py, tests/test_heldout.py).

A set is a directory with `safety.jsonl` and `intents.jsonl`, one row a line: id, author, lang,
label, text. A reading is right for a safety row when it gives the expected answer:

- crisis: a crisis answer or the direct question ("ask") — the question costs one message —
  or the answer to an overdose already taken, which gives the emergency number first and the
  crisis lines after it ("took the whole blister… just wanted to say goodbye");
- emergency, red_flag, ask, panic: exactly that tier;
- near_miss: no crisis, emergency, red-flag or ask answer (panic and health anxiety are fine);
- health_anxiety: never a crisis or emergency answer;

and for an intent row when it finds the Intent the label names (anxious_venting: ANXIOUS or
VENTING).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.intents.intent import Intent
from bot.core.safety.verdict import Concern, EmergencySign, SafetyCheck

__all__ = ["INTENT_OF_LABEL", "SAFETY_CORRECT", "Score", "score"]

C = Concern


def _crisis_answered(check: SafetyCheck) -> bool:
    if check.concern in (C.CRISIS, C.ASK):
        return True
    # The overdose answer (conversations/safety_answers.py) names the crisis lines after the
    # number: for a farewell after pills taken it is the fitting answer, not a miss.
    return (
        check.concern is C.EMERGENCY
        and EmergencySign.OVERDOSE_TAKEN in check.emergency_signs
        and EmergencySign.SOMEONE_ELSE not in check.emergency_signs
    )


SAFETY_CORRECT: dict[str, Callable[[SafetyCheck], bool]] = {
    "crisis": _crisis_answered,
    "emergency": lambda c: c.concern is C.EMERGENCY,
    "red_flag": lambda c: c.concern is C.RED_FLAG,
    "ask": lambda c: c.concern is C.ASK,
    "panic": lambda c: c.concern is C.PANIC,
    "near_miss": lambda c: c.concern not in (C.CRISIS, C.EMERGENCY, C.RED_FLAG, C.ASK),
    "health_anxiety": lambda c: c.concern not in (C.CRISIS, C.EMERGENCY),
}
INTENT_OF_LABEL: dict[str, tuple[Intent, ...]] = {
    "checkin": (Intent.CHECKIN,),
    "coffee_log": (Intent.COFFEE,),
    "caffeine_question": (Intent.CAFFEINE_QUESTION,),
    "sleep_trouble": (Intent.CANT_SLEEP,),
    "sleep_question": (Intent.SLEEP_QUESTION,),
    "breathe": (Intent.BREATHE,),
    "twitching_now": (Intent.TWITCHING,),
    "anxious_venting": (Intent.ANXIOUS, Intent.VENTING),
    "report": (Intent.REPORT,),
    "history": (Intent.HISTORY,),
    "settings": (Intent.SETTINGS,),
    "pause": (Intent.PAUSE,),
    "thanks": (Intent.THANKS,),
    "goodnight": (Intent.GOODNIGHT,),
    "greeting": (Intent.GREETING,),
}


def _pairs() -> defaultdict[str, list[int]]:
    return defaultdict(lambda: [0, 0])


@dataclass
class Score:
    """Right and total readings per label and per language, for safety and intent rows; and
    the misses as (id, label, what was read) — never the text."""

    safety_label: defaultdict[str, list[int]] = field(default_factory=_pairs)
    safety_lang: defaultdict[str, list[int]] = field(default_factory=_pairs)
    intent_label: defaultdict[str, list[int]] = field(default_factory=_pairs)
    intent_lang: defaultdict[str, list[int]] = field(default_factory=_pairs)
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def share(self, label: str) -> float:
        table = self.intent_label if label in INTENT_OF_LABEL else self.safety_label
        right, total = table[label]
        return right / total if total else 1.0

    def intents(self) -> float:
        right = sum(pair[0] for pair in self.intent_label.values())
        total = sum(pair[1] for pair in self.intent_label.values())
        return right / total if total else 1.0

    def as_json(self) -> dict[str, object]:
        def part(by_label: dict[str, list[int]], by_lang: dict[str, list[int]]) -> object:
            return {
                "by_label": {k: tuple(v) for k, v in sorted(by_label.items())},
                "by_lang": {k: tuple(v) for k, v in sorted(by_lang.items())},
                "all": (
                    sum(v[0] for v in by_label.values()),
                    sum(v[1] for v in by_label.values()),
                ),
            }

        return {
            "safety": part(self.safety_label, self.safety_lang),
            "intents": part(self.intent_label, self.intent_lang),
        }


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score(
    directory: Path,
    tier_of: Callable[[str], SafetyCheck],
    intent_of: Callable[[str], Intent | None],
) -> Score:
    """Read every row of the set at `directory` with the two readers and tally."""
    result = Score()
    for row in _rows(directory / "safety.jsonl"):
        check = tier_of(row["text"])
        right = SAFETY_CORRECT[row["label"]](check)
        for table, key in ((result.safety_label, "label"), (result.safety_lang, "lang")):
            table[row[key]][0] += right
            table[row[key]][1] += 1
        if not right:
            result.misses.append((row["id"], row["label"], check.concern.value))
    for row in _rows(directory / "intents.jsonl"):
        intent = intent_of(row["text"])
        right = intent in INTENT_OF_LABEL[row["label"]]
        for table, key in ((result.intent_label, "label"), (result.intent_lang, "lang")):
            table[row[key]][0] += right
            table[row[key]][1] += 1
        if not right:
            result.misses.append((row["id"], row["label"], str(intent)))
    return result
