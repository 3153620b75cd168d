"""Add a blind set to the corpus once it has been scored at first sight (issue 20: a fresh set
is scored before anyone tunes on it, and only then joins the training data).

    .venv/bin/python -m bot.core.reading.corpus.import_blind /path/to/set NAME

Writes safety_NAME.jsonl and intents_NAME.jsonl here, each row labelled with a concept (from
the row's tier and its kind) or an intent, keeping the row's author for the split by author.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.core.intents.classify import classify as classify_rules
from bot.core.intents.intent import Intent
from bot.core.reading.corpus.export_seeds import HERE, concept_of, write
from bot.core.safety.verdict import Concern

# Words of a row's kind that name its concept, tried in order.
_KIND_CONCEPT = (
    ("bystander", "em_someone_else"),
    ("someone", "em_someone_else"),
    ("collapsed", "em_someone_else"),
    ("seizing", "em_someone_else"),
    ("seizure", "em_someone_else"),
    ("unresponsive", "em_someone_else"),
    ("not breathing", "em_someone_else"),
    ("overdose", "em_overdose"),
    ("double dose", "em_overdose"),
    ("allerg", "em_breathing"),
    ("swelling", "em_breathing"),
    ("sting", "em_breathing"),
    ("vision", "em_stroke"),
    ("anaphyla", "em_breathing"),
    ("breath", "em_breathing"),
    ("chest", "em_chest"),
    ("stroke", "em_stroke"),
    ("face", "em_stroke"),
    ("headache", "em_headache"),
    ("head injury", "em_head_injury"),
    ("wasting", "rf_wasting"),
    ("thinner", "rf_wasting"),
    ("sunken", "rf_wasting"),
    ("hollow", "rf_wasting"),
    ("slapping", "rf_weakness"),
    ("tripping", "rf_weakness"),
    ("dropping", "rf_weakness"),
    ("swallow", "rf_swallowing"),
    ("speech", "rf_speech"),
    ("slurr", "rf_speech"),
    ("foot drop", "rf_weakness"),
    ("weakness", "rf_weakness"),
    ("grip", "rf_weakness"),
    ("fall", "rf_falls"),
    ("slurr", "em_stroke"),
    ("speech", "em_stroke"),
    ("drooping", "em_stroke"),
    ("crooked", "em_stroke"),
    ("one-sided", "em_stroke"),
    ("weak hand", "em_stroke"),
    ("double vision", "em_stroke"),
    ("head", "em_head_injury"),
    ("took too much", "em_overdose"),
    ("swallowed", "em_overdose"),
    ("pills", "em_overdose"),
    ("stuck", "rf_swallowing"),
    ("choking", "rf_swallowing"),
    ("wrong way", "rf_swallowing"),
    ("slipping", "rf_weakness"),
    ("weak", "rf_weakness"),
)
_INTENT_OF_LABEL = {
    "coffee_log": Intent.COFFEE,
    "sleep_trouble": Intent.CANT_SLEEP,
    "twitching_now": Intent.TWITCHING,
}


def safety_concept(label: str, kind: str, text: str) -> str:
    if label == "near_miss":
        return "none"
    if label in ("crisis", "ask", "panic", "health_anxiety"):
        return label
    kind = kind.lower()
    prefix = "em_" if label == "emergency" else "rf_"
    for word, concept in _KIND_CONCEPT:
        if word in kind and concept.startswith(prefix):
            return concept
    if label == "red_flag":
        return "rf_other"
    return concept_of(text, Concern.EMERGENCY)


def intent_label(label: str, text: str) -> str:
    if label == "anxious_venting":
        return "venting" if classify_rules(text) is Intent.VENTING else "anxious"
    return str(_INTENT_OF_LABEL.get(label) or Intent(label))


def main() -> None:
    directory, name = Path(sys.argv[1]), sys.argv[2]
    rows = [json.loads(line) for line in (directory / "safety.jsonl").open(encoding="utf-8")]
    write(
        f"safety_{name}.jsonl",
        [
            {
                "lang": row["lang"],
                "label": safety_concept(row["label"], row.get("kind", ""), row["text"]),
                "text": row["text"],
                "author": row["author"],
            }
            for row in rows
        ],
    )
    if not (directory / "intents.jsonl").exists():  # a corpus writer's safety rows alone
        print(f"wrote {HERE}/safety_{name}.jsonl")
        return
    rows = [json.loads(line) for line in (directory / "intents.jsonl").open(encoding="utf-8")]
    write(
        f"intents_{name}.jsonl",
        [
            {
                "lang": row["lang"],
                "label": intent_label(row["label"], row["text"]),
                "text": row["text"],
                "author": row["author"],
            }
            for row in rows
        ],
    )
    print(f"wrote {HERE}/safety_{name}.jsonl and intents_{name}.jsonl")


if __name__ == "__main__":
    main()
