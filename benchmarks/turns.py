"""How long one conversational turn takes: the real Application, flows and database, with the
local Bot API in place of Telegram, against a bare PTB echo bot on the same transport (the floor).

    .venv/bin/python benchmarks/turns.py [--quick] [--database-url URL]

Each simulated user onboards and makes one check-in (about 20 updates). Prints one JSON object
as its last line: updates_per_s, p50_ms, p99_ms, echo_updates_per_s, echo_p50_ms, ratio_to_echo.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.app import build_application
from bot.clock import FakeClock
from bot.config import Settings
from bot.storage import Database, migrate
from bot.transport.local_api import LOCAL_TOKEN, LocalBotApi
from bot.transport.updates import UpdateFactory

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
    ("send", "/history"),
    ("send", "/coffee"),
    ("send", "hello"),
]


def _button(api: LocalBotApi, chat_id: int, label: str) -> tuple[str, object]:
    for sent in reversed(api.chat_messages(chat_id)):
        markup = sent.reply_markup or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    return button["callback_data"], sent
    raise LookupError(label)


async def run_stillpoint(users: int, url: str) -> list[float]:
    database = Database(url)
    await migrate(database.engine)
    api = LocalBotApi()
    settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
    # A fixed early evening in Berlin: the script's check-in takes the same path at any hour
    # (before noon it would first ask which day it is for).
    clock = FakeClock(datetime(2026, 11, 26, 17, 0, tzinfo=UTC))
    app = build_application(
        settings, database=database, request=api, rate_limit=False, clock=clock
    )
    factory = UpdateFactory(app.bot)
    latencies: list[float] = []
    async with app:
        # As `run_polling` and `run_webhook` do before the first update.
        assert app.post_init is not None
        await app.post_init(app)
        for user in range(1, users + 1):
            for kind, value in SCRIPT:
                if kind == "send":
                    update = factory.text(user, value)
                else:
                    data, message = _button(api, user, value)
                    update = factory.press(user, data, message)  # type: ignore[arg-type]
                started = time.perf_counter()
                await app.process_update(update)
                latencies.append(time.perf_counter() - started)
    return latencies


async def run_echo(count: int) -> list[float]:
    api = LocalBotApi()
    app = ApplicationBuilder().token(LOCAL_TOKEN).request(api).get_updates_request(api).build()

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, message = update.effective_chat, update.effective_message
        if chat is not None and message is not None:
            await context.bot.send_message(chat.id, message.text or "")

    app.add_handler(MessageHandler(filters.TEXT, echo))
    factory = UpdateFactory(app.bot)
    latencies: list[float] = []
    async with app:
        for index in range(count):
            update = factory.text(1 + index % 50, "hello")
            started = time.perf_counter()
            await app.process_update(update)
            latencies.append(time.perf_counter() - started)
    return latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 users instead of 200")
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    args = parser.parse_args()
    users = 20 if args.quick else 200
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        ours = asyncio.run(run_stillpoint(users, url))
    echo = asyncio.run(run_echo(len(ours)))
    result = {
        "users": users,
        "updates": len(ours),
        "database": url.split(":", 1)[0],
        "updates_per_s": round(len(ours) / sum(ours), 1),
        "p50_ms": round(statistics.median(ours) * 1000, 2),
        "p99_ms": round(percentile(ours, 0.99) * 1000, 2),
        "echo_updates_per_s": round(len(echo) / sum(echo), 1),
        "echo_p50_ms": round(statistics.median(echo) * 1000, 3),
    }
    result["ratio_to_echo"] = round(result["updates_per_s"] / result["echo_updates_per_s"], 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
