"""Write the seed part of the corpus from the project's own phrase tables (a development step,
re-run when those tables change): tests/safety_phrases/*.py and the phrases of
tests/test_intents.py, each row labelled with its concept or intent.

    .venv/bin/python -m bot.core.reading.corpus.export_seeds
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from bot.core.safety.classify import check_text as check_rules
from bot.core.safety.verdict import Concern, EmergencySign, RedFlag

HERE = Path(__file__).parent
LANGUAGES = ("en", "de", "es", "fr", "pt", "it", "ru", "uk", "pl", "nl", "tr")
_SIGN_CONCEPT = {
    EmergencySign.SOMEONE_ELSE: "em_someone_else",
    EmergencySign.OVERDOSE_TAKEN: "em_overdose",
    EmergencySign.CHEST_PAIN_SPREADING: "em_chest",
    EmergencySign.FACE_DROOP: "em_stroke",
    EmergencySign.SUDDEN_SPEECH_LOSS: "em_stroke",
    EmergencySign.ONE_SIDED_WEAKNESS: "em_stroke",
    EmergencySign.HEART_ATTACK_OR_STROKE: "em_stroke",
    EmergencySign.WORST_HEADACHE: "em_headache",
    EmergencySign.HEAD_INJURY_CONFUSION: "em_head_injury",
    EmergencySign.CANNOT_BREATHE: "em_breathing",
}
_FLAG_CONCEPT = {
    RedFlag.WASTING: "rf_wasting",
    RedFlag.SWALLOWING: "rf_swallowing",
    RedFlag.SPEECH: "rf_speech",
    RedFlag.FALLS: "rf_falls",
    RedFlag.WEAKNESS: "rf_weakness",
    RedFlag.SPREADING_WITH_WEAKNESS: "rf_weakness",
    RedFlag.NUMBNESS_AFTER_INJURY: "rf_other",
    RedFlag.BREATHLESS_LYING_FLAT: "rf_other",
    RedFlag.NUMBNESS_SPREADING: "rf_other",
    RedFlag.WEIGHT_LOSS: "rf_other",
    RedFlag.NEW_MEDICINE: "rf_other",
}
_TIER_CONCEPT = {
    Concern.NONE: "none",
    Concern.HEALTH_ANXIETY: "health_anxiety",
    Concern.PANIC: "panic",
    Concern.ASK: "ask",
    Concern.CRISIS: "crisis",
}


def concept_of(text: str, tier: Concern) -> str:
    """The concept of a phrase whose tier is known, naming the sign or flag the rules saw."""
    check = check_rules(text)
    if tier is Concern.EMERGENCY:
        for sign, concept in _SIGN_CONCEPT.items():
            if sign in check.emergency_signs:
                return concept
        return "em_breathing"
    if tier is Concern.RED_FLAG:
        for flag, concept in _FLAG_CONCEPT.items():
            if flag in check.red_flags:
                return concept
        return "rf_other"
    return _TIER_CONCEPT[tier]


def safety_rows() -> list[dict[str, str]]:
    sections = {
        "CRISIS": Concern.CRISIS,
        "EMERGENCY": Concern.EMERGENCY,
        "RED_FLAG": Concern.RED_FLAG,
        "ASK": Concern.ASK,
    }
    rows = []
    for language in LANGUAGES:
        table = importlib.import_module(f"tests.safety_phrases.{language}")
        for section, tier in sections.items():
            for text in getattr(table, section):
                rows.append((language, concept_of(text, tier), text))
        for text, tier_value in table.NEAR_MISS:
            rows.append((language, concept_of(text, Concern(tier_value)), text))
    return [
        {"lang": language, "label": concept, "text": text, "author": "phrase-tables"}
        for language, concept, text in rows
    ]


def intent_rows() -> list[dict[str, str]]:
    tables = importlib.import_module("tests.test_intents")
    rows = [
        {"lang": language, "label": intent.value, "text": text, "author": "phrase-tables"}
        for intent, languages in tables.PHRASES.items()
        for language, texts in languages.items()
        for text in texts
    ]
    rows.extend(
        {"lang": language, "label": "none", "text": text, "author": "phrase-tables"}
        for language, texts in tables.NEAR_MISSES.items()
        for text in texts
    )
    return rows


def write(name: str, rows: list[dict[str, str]]) -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write("safety_seed.jsonl", safety_rows())
    write("intents_seed.jsonl", intent_rows())
