"""What encrypting flow state costs a turn: every update reads the chat's flow_states row and
writes it back, so `data` is decrypted and encrypted once each per turn when a key is set.

    .venv/bin/python benchmarks/flow_state_crypto.py [--quick]

Part one times that read and write alone (the column type's own processing) for four kinds of
state: none (a chat outside any flow), an onboarding answer, a check-in half done (with what the
check-in is seeded with), and a journal entry of 3,500 characters waiting for its tags; against
the plain JSON column it replaced. Part two runs whole turns through the real Application on
SQLite (onboarding, a check-in and a journal entry per user), alternating short runs without
and with a key, and counts the CPU time this process spends per turn (all its threads): on a
shared machine wall time mostly measures the neighbours. Prints one JSON object last.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from sqlalchemy import JSON
from sqlalchemy.dialects import sqlite

from bot.app import build_application
from bot.clock import FakeClock
from bot.config import Settings
from bot.storage import Database, migrate
from bot.storage.crypto import EncryptedJSON, Keyring, attach
from bot.transport.local_api import LocalBotApi
from bot.transport.updates import UpdateFactory

DAY = {
    "twitch_level": 1,
    "locations": ["eyelid"],
    "anxiety": 4,
    "bedtime": "23:00",
    "wake_time": "07:00",
    "caffeine_drinks": 2,
    "caffeine_last": "13:30",
}
STATES: dict[str, dict[str, Any]] = {
    "no_flow": {},
    "onboarding": {"consent": "given", "time_zone": "Europe/Berlin"},
    "checkin": {
        "today": "2026-11-26",
        "yesterday": "2026-11-25",
        "before_noon": False,
        "recent": {"2026-11-25": DAY, "2026-11-24": DAY},
        "logged": {"2026-11-26": {"count": 2, "last": "13:30"}},
        "weekly_due": True,
        "twitch": "1",
        "where": "eyelid",
        "anxiety": 4,
    },
    "journal_3500": {"text": "Ein langer Tag, das Augenlid zuckt wieder. " * 81},
}
SCRIPT = [
    ("send", "/start"),
    ("press", "Set me up"),
    ("press", "Yes, keep them"),
    ("send", "Berlin"),
    ("press", "07:00"),
    ("press", "23:00"),
    ("press", "14:00"),
    ("press", "21:00"),
    ("send", "/checkin"),
    ("press", "Mild"),
    ("press", "Eyelid"),
    ("press", "4"),
    ("press", "As usual (23:00–07:00)"),
    ("press", "2"),
    ("send", "13:30"),
    ("press", "Done ✓"),
    ("press", "Done ✓"),
    ("send", "/journal"),
    ("send", "Ein langer Tag, das Augenlid zuckt wieder. " * 20),
    ("press", "Done ✓"),
]


def per_call_us(call: Callable[[], object], repeat: int) -> float:
    """The median of five timings of `repeat` calls, per call, in microseconds of CPU time."""
    runs = []
    for _ in range(5):
        started = time.process_time()
        for _ in range(repeat):
            call()
        runs.append((time.process_time() - started) / repeat * 1e6)
    return statistics.median(runs)


def column_turn_us(repeat: int) -> dict[str, dict[str, float]]:
    """One turn's read and write of `data`, per kind of state and column type."""
    results: dict[str, dict[str, float]] = {}
    for name, value in STATES.items():
        row = {"json_column_us": per_call_us(_json_turn(value), repeat)}
        for label, keyring in (
            ("no_key", None),
            ("key", Keyring([Fernet.generate_key().decode()])),
        ):
            turn, stored = _encrypted_turn(value, keyring)
            row[f"encrypted_{label}_us"] = per_call_us(turn, repeat)
        row["added_by_key_us"] = row["encrypted_key_us"] - row["json_column_us"]
        row["stored_chars_key"] = len(stored)
        results[name] = {k: round(v, 1) for k, v in row.items()}
    return results


def _json_turn(value: dict[str, Any]) -> Callable[[], object]:
    """Reading and writing `value` through the plain JSON column flow state used to have."""
    dialect = sqlite.dialect()
    bind = JSON().bind_processor(dialect)
    result = JSON().result_processor(dialect, None)
    assert bind is not None
    assert result is not None
    stored = bind(value)
    return lambda: (result(stored), bind(value))


def _encrypted_turn(
    value: dict[str, Any], keyring: Keyring | None
) -> tuple[Callable[[], object], str]:
    dialect = sqlite.dialect()
    dialect.stillpoint_keyring = keyring  # type: ignore[attr-defined]  # what attach() does
    column = EncryptedJSON()
    stored = column.process_bind_param(value, dialect)
    assert column.process_result_value(stored, dialect) == value

    def turn() -> None:
        column.process_result_value(stored, dialect)
        column.process_bind_param(value, dialect)

    return turn, str(stored)


def _button(api: LocalBotApi, chat_id: int, label: str) -> tuple[str, object]:
    for sent in reversed(api.chat_messages(chat_id)):
        for row in (sent.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    return button["callback_data"], sent
    raise LookupError(label)


async def whole_turns(users: int, url: str, key: str | None) -> list[float]:
    """CPU seconds of each turn, for `users` users each going through the script."""
    database = Database(url)
    attach(database.engine, Keyring([key]) if key else None)
    await migrate(database.engine)
    api = LocalBotApi()
    settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
    clock = FakeClock(datetime(2026, 11, 26, 17, 0, tzinfo=UTC))
    app = build_application(
        settings, database=database, request=api, rate_limit=False, clock=clock
    )
    factory = UpdateFactory(app.bot)
    latencies: list[float] = []
    async with app:
        for user in range(1, users + 1):
            for kind, value in SCRIPT:
                if kind == "send":
                    update = factory.text(user, value)
                else:
                    data, message = _button(api, user, value)
                    update = factory.press(user, data, message)  # type: ignore[arg-type]
                started = time.process_time()
                await app.process_update(update)
                latencies.append(time.process_time() - started)
    await database.dispose()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and users")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    args = parser.parse_args()
    repeat, users, rounds = (
        (20, 2, 2) if args.smoke else (500, 5, 4) if args.quick else (5000, 10, 12)
    )
    columns = column_turn_us(repeat)
    plain: list[float] = []
    keyed: list[float] = []
    differences: list[float] = []
    key = Fernet.generate_key().decode()
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(rounds):  # alternating, so drift in the machine's load hits both alike
            runs = {}
            for label in ("plain", "keyed") if n % 2 else ("keyed", "plain"):
                url = f"sqlite+aiosqlite:///{Path(tmp) / f'{label}{n}.db'}"
                runs[label] = asyncio.run(
                    whole_turns(users, url, key if label == "keyed" else None)
                )
            plain += runs["plain"]
            keyed += runs["keyed"]
            differences.append(statistics.fmean(runs["keyed"]) - statistics.fmean(runs["plain"]))
    result = {
        "column": columns,
        "turns_each": len(plain),
        "turn_cpu_ms_mean_no_key": round(statistics.fmean(plain) * 1000, 3),
        "turn_cpu_ms_mean_key": round(statistics.fmean(keyed) * 1000, 3),
        "turn_cpu_added_us_median_of_rounds": round(statistics.median(differences) * 1e6, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
