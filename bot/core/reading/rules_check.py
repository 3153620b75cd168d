"""What a change to the rules did to every row we have: the rules alone (no model) read every
corpus row and the held-out sets, each verdict judged as the blind scorer judges it
(`blind.SAFETY_CORRECT`, `blind.INTENT_OF_LABEL`), and compared with a saved run.

    .venv/bin/python -m bot.core.reading.rules_check save /tmp/before.json
    # … change the rules …
    .venv/bin/python -m bot.core.reading.rules_check diff /tmp/before.json

`diff` prints the rows newly wrong (id, label, what was read; never the text), the counts
newly right, newly wrong and changed, and one JSON object as its last line. A rules change is
ready when nothing is newly wrong, or each newly wrong row was looked at and the change kept
on purpose. Intent rows labelled "none" count as right only when the rules find no intent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.core.intents.classify import classify
from bot.core.intents.intent import Intent
from bot.core.reading.blind import INTENT_OF_LABEL, SAFETY_CORRECT
from bot.core.reading.train import load
from bot.core.safety.classify import check_text

__all__ = ["compare", "verdicts"]

HELD_OUT = Path(__file__).resolve().parents[3] / "tests"
HELD_OUT_SETS = ("heldout", "heldout_short")
_TIER = {"em": "emergency", "rf": "red_flag"}


def _key(kind: str, row: dict[str, str]) -> str:
    # By author and text, not position: rows added to the corpus do not shift the others.
    digest = hashlib.sha1(row["text"].encode("utf-8")).hexdigest()[:12]
    return f"{kind}:{row.get('author', '?')}:{digest}"


def _rows() -> Iterator[tuple[str, str, dict[str, str]]]:
    """(kind, key, row) for every row: the corpus, then the held-out sets."""
    for kind in ("safety", "intents"):
        for row in load(kind):
            yield kind, _key(kind, row), row
        for name in HELD_OUT_SETS:
            path = HELD_OUT / name / f"{kind}.jsonl"
            if path.exists():
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        yield kind, _key(f"{name}/{kind}", row), row


def verdicts() -> dict[str, tuple[str, bool]]:
    """Key → (what the rules read, whether that is right for the row's label)."""
    out: dict[str, tuple[str, bool]] = {}
    for kind, key, row in _rows():
        label, text = row["label"], row["text"]
        if kind == "safety":
            # Everyday rows (label none) must stay as clean as a near miss; the corpus's
            # emergency and red-flag rows carry a sign after the tier (em_stroke, rf_wasting).
            label = "near_miss" if label == "none" else _TIER.get(label.split("_", 1)[0], label)
            if label not in SAFETY_CORRECT:
                continue
            check = check_text(text)
            out[key] = (check.concern.value, SAFETY_CORRECT[label](check))
        else:
            intent = classify(text)
            read = intent.value if intent is not None else "none"
            right = intent is None if label == "none" else intent in _intents_of(label)
            out[key] = (f"{label}->{read}", right)
    return out


def _intents_of(label: str) -> tuple[Intent, ...]:
    """The intents right for an intent row's label: a blind set's label (coffee_log), or,
    in the corpus, the Intent's own value (coffee), anxious and venting each taking either
    as the blind scorer does."""
    found = INTENT_OF_LABEL.get(label)
    if found is not None:
        return found
    try:
        intent = Intent(label)
    except ValueError:
        return ()
    return _EITHER if intent in _EITHER else (intent,)


_EITHER = (Intent.ANXIOUS, Intent.VENTING)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "diff"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    now = verdicts()
    if args.action == "save":
        args.file.write_text(json.dumps(now), encoding="utf-8")
        print(json.dumps({"rows": len(now), "right": sum(r for _, r in now.values())}))
        return
    before = json.loads(args.file.read_text(encoding="utf-8"))
    counts, wrong = compare(before, now)
    for key, was, read in wrong:
        print(f"newly wrong: {key} (was {was}, now {read})", file=sys.stderr)
    print(json.dumps({"rows": len(now), **counts}))


def compare(
    before: Mapping[str, Sequence[Any]], now: Mapping[str, tuple[str, bool]]
) -> tuple[dict[str, int], list[tuple[str, str, str]]]:
    """Counts of rows newly right, newly wrong and changed (rows in both runs only), and the
    newly wrong ones as (key, what was read before, what is read now)."""
    counts = {"newly_right": 0, "newly_wrong": 0, "changed": 0}
    wrong: list[tuple[str, str, str]] = []
    for key, (read, right) in sorted(now.items()):
        if key not in before:
            continue
        was_read, was_right = before[key][0], bool(before[key][1])
        counts["changed"] += was_read != read
        if right and not was_right:
            counts["newly_right"] += 1
        elif was_right and not right:
            counts["newly_wrong"] += 1
            wrong.append((key, str(was_read), read))
    return counts, wrong


if __name__ == "__main__":
    main()
