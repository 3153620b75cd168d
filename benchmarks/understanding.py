"""How well the bot reads messages nobody here wrote: a blind set scored end to end.

    .venv/bin/python benchmarks/understanding.py --set /path/to/set [--rules-only] [--misses]

A set is a directory with `safety.jsonl` and `intents.jsonl`, one row a line: id, author, lang,
label, text (and kind for safety rows). Each message is read the way the bot reads it (the
safety reading first, then the intent of a typed message) and the reading is mapped to the
answer a person would expect:

- crisis: a crisis answer or the direct question ("ask") — the question costs one message;
- emergency, red_flag, ask, panic: exactly that tier;
- near_miss: no crisis, emergency, red-flag or ask answer (panic and health anxiety are fine);
- health_anxiety: never a crisis or emergency answer;
- intents: the Intent the label names (anxious_venting is ANXIOUS or VENTING).

`--rules-only` reads with the hand-written rules alone (no learned model). `--misses` prints
each miss (id, label, what was read) before the summary; the texts themselves are never
printed. The last line is one JSON object: per label and per language, correct and total.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.intents import Intent  # noqa: E402
from bot.core.safety import Concern  # noqa: E402

C = Concern
SAFETY_CORRECT: dict[str, Callable[[Concern], bool]] = {
    "crisis": lambda c: c in (C.CRISIS, C.ASK),
    "emergency": lambda c: c is C.EMERGENCY,
    "red_flag": lambda c: c is C.RED_FLAG,
    "ask": lambda c: c is C.ASK,
    "panic": lambda c: c is C.PANIC,
    "near_miss": lambda c: c not in (C.CRISIS, C.EMERGENCY, C.RED_FLAG, C.ASK),
    "health_anxiety": lambda c: c not in (C.CRISIS, C.EMERGENCY),
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


def readers(*, rules_only: bool) -> tuple[Callable[[str], Concern], Callable[[str], Intent | None]]:
    """The safety tier and the intent of a text, as the bot reads them."""
    if rules_only:
        from bot.core.intents.classify import classify
        from bot.core.safety.classify import check_text

        return (lambda text: check_text(text).concern), classify
    from bot.core import reading

    return (lambda text: reading.read(text).concern), (lambda text: reading.read(text).intent)


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _tally() -> dict[str, dict[str, list[int]]]:
    return {"label": defaultdict(lambda: [0, 0]), "lang": defaultdict(lambda: [0, 0])}


def score(directory: Path, *, rules_only: bool = False, misses: bool = False) -> dict[str, object]:
    """Per label and per language, `[correct, total]`, for the safety and the intent rows."""
    tier_of, intent_of = readers(rules_only=rules_only)
    result: dict[str, object] = {"set": directory.name, "rules_only": rules_only}
    safety = _tally()
    for row in _rows(directory / "safety.jsonl"):
        concern = tier_of(row["text"])
        right = SAFETY_CORRECT[row["label"]](concern)
        for key in ("label", "lang"):
            counts = safety[key][row[key]]
            counts[0] += right
            counts[1] += 1
        if misses and not right:
            print(f"miss {row['id']} {row['lang']} {row['label']} -> {concern.value}")
    intents = _tally()
    for row in _rows(directory / "intents.jsonl"):
        intent = intent_of(row["text"])
        right = intent in INTENT_OF_LABEL[row["label"]]
        for key in ("label", "lang"):
            counts = intents[key][row[key]]
            counts[0] += right
            counts[1] += 1
        if misses and not right:
            print(f"miss {row['id']} {row['lang']} {row['label']} -> {intent}")
    for name, tally in (("safety", safety), ("intents", intents)):
        by_label = {k: tuple(v) for k, v in sorted(tally["label"].items())}
        total = [sum(v[0] for v in by_label.values()), sum(v[1] for v in by_label.values())]
        result[name] = {
            "by_label": by_label,
            "by_lang": {k: tuple(v) for k, v in sorted(tally["lang"].items())},
            "all": tuple(total),
        }
    return result


def _percent(pair: tuple[int, int]) -> str:
    correct, total = pair
    return f"{correct}/{total} ({100 * correct / total:.0f}%)" if total else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, type=Path, help="directory of the blind set")
    parser.add_argument("--rules-only", action="store_true", help="the rules without the model")
    parser.add_argument("--misses", action="store_true", help="print each miss (never the text)")
    args = parser.parse_args()
    result = score(args.set, rules_only=args.rules_only, misses=args.misses)
    for name in ("safety", "intents"):
        part = result[name]
        assert isinstance(part, dict)
        print(f"{name}: {_percent(part['all'])}")
        for key in ("by_label", "by_lang"):
            print("  " + ", ".join(f"{k} {_percent(v)}" for k, v in part[key].items()))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
