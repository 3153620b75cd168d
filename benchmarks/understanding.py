"""How well the bot reads messages nobody here wrote: a blind set scored end to end.

    .venv/bin/python benchmarks/understanding.py --set /path/to/set [--rules-only] [--misses]

The set and what counts as a right reading: bot/core/reading/blind.py. Each message is read as
the bot reads it (`bot.core.reading.read`: the rules, with the learned model beside them), or
with the rules alone (`--rules-only`). `--misses` prints each miss as id, label and what was
read, never the text. The last line is one JSON object: per label and per language, right and
total, for the safety rows and the intent rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.intents.intent import Intent
from bot.core.reading.blind import score
from bot.core.safety.verdict import SafetyCheck


def readers(
    *, rules_only: bool
) -> tuple[Callable[[str], SafetyCheck], Callable[[str], Intent | None]]:
    """The safety verdict and the intent of a text, as the bot reads them."""
    if rules_only:
        from bot.core.intents.classify import classify
        from bot.core.safety.classify import check_text

        return check_text, classify
    from bot.core.reading import read

    return (lambda text: read(text).check), (lambda text: read(text).intent)


def _percent(pair: tuple[int, int]) -> str:
    right, total = pair
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", type=Path, help="directory of the blind set")
    parser.add_argument(
        "--smoke", action="store_true", help="CI: the held-out set in tests/ (seconds)"
    )
    parser.add_argument("--rules-only", action="store_true", help="the rules without the model")
    parser.add_argument("--misses", action="store_true", help="print each miss (never the text)")
    args = parser.parse_args()
    if args.set is None:
        if not args.smoke:
            parser.error("--set is required")
        args.set = Path(__file__).resolve().parent.parent / "tests" / "heldout"
    result = score(args.set, *readers(rules_only=args.rules_only))
    if args.misses:
        for row_id, label, read in result.misses:
            print(f"miss {row_id} {label} -> {read}")
    summary = {"set": args.set.name, "rules_only": args.rules_only, **result.as_json()}
    for name in ("safety", "intents"):
        part = summary[name]
        assert isinstance(part, dict)
        print(f"{name}: {_percent(part['all'])}")
        for key in ("by_label", "by_lang"):
            print("  " + ", ".join(f"{k} {_percent(v)}" for k, v in part[key].items()))
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
