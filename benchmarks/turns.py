"""How long one conversational turn takes: the real Application, flows and database, with the
local Bot API in place of Telegram, against a bare PTB echo bot on the same transport (the floor).

    .venv/bin/python benchmarks/turns.py [--quick] [--database-url URL] [--language de]

Each simulated user onboards and makes one check-in (20 updates); at the end the database must
hold what the script did (every user onboarded with reminders, one check-in and one logged
drink each, no reply left unsent), or the run fails. With `--database-url` the run uses a
fresh database made on that PostgreSQL server. Prints one JSON object as its last line:
updates_per_s, p50_ms, p99_ms, echo_updates_per_s, echo_p50_ms, ratio_to_echo.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

from scratch_db import fresh_database
from sqlalchemy import func, select
from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.app import build_application
from bot.clock import FakeClock
from bot.config import Settings
from bot.storage import Database, migrate
from bot.storage.models import CaffeineLog, CheckIn, OutboxMessage, Reminder, User
from bot.transport.local_api import LOCAL_TOKEN, LocalBotApi
from bot.transport.updates import UpdateFactory
from conversations.common import done_label
from conversations.i18n import _, pgettext, use_language

# Buttons are pressed by their label in the users' language, made as the bot makes it.
SCRIPT: list[tuple[str, Callable[[], str]]] = [
    ("send", lambda: "/start"),
    ("press", lambda: _("Set me up")),
    ("press", lambda: _("Yes, keep them")),
    ("send", lambda: "Berlin"),
    ("press", lambda: "07:00"),
    ("press", lambda: "23:00"),
    ("press", lambda: "14:00"),
    ("press", lambda: "21:00"),
    ("send", lambda: "/checkin"),
    ("press", lambda: pgettext("twitching level", "Mild")),
    ("press", lambda: pgettext("body part", "Eyelid")),
    ("press", lambda: "4"),
    ("press", lambda: _("As usual ({bed}–{wake})").format(bed="23:00", wake="07:00")),
    ("press", lambda: "2"),
    ("send", lambda: "13:30"),
    ("press", done_label),
    ("press", done_label),
    ("send", lambda: "/history"),
    ("send", lambda: "/coffee"),
    ("send", lambda: "hello"),
]


def _button(api: LocalBotApi, chat_id: int, label: str) -> tuple[str, object]:
    for sent in reversed(api.chat_messages(chat_id)):
        markup = sent.reply_markup or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    return button["callback_data"], sent
    raise LookupError(label)


async def run_stillpoint(users: int, url: str, language: str = "en") -> list[float]:
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
    factory = UpdateFactory(app.bot, language=language)
    latencies: list[float] = []
    async with app:
        # As `run_polling` and `run_webhook` do before the first update.
        assert app.post_init is not None
        await app.post_init(app)
        for user in range(1, users + 1):
            for kind, words in SCRIPT:
                with use_language(language):
                    value = words()
                if kind == "send":
                    update = factory.text(user, value)
                else:
                    data, message = _button(api, user, value)
                    update = factory.press(user, data, message)  # type: ignore[arg-type]
                started = time.perf_counter()
                await app.process_update(update)
                latencies.append(time.perf_counter() - started)
    await check_final_state(database, users)
    await database.dispose()
    return latencies


async def check_final_state(database: Database, users: int) -> None:
    """The script's work really happened: a fast turn that saved nothing is no result."""
    async with database.session() as session:
        counted = {
            "onboarded users": await session.scalar(
                select(func.count()).select_from(User).where(User.onboarded_at.is_not(None))
            ),
            "check-ins with twitching": await session.scalar(
                select(func.count()).select_from(CheckIn).where(CheckIn.twitch_level.is_not(None))
            ),
            "drinks logged": await session.scalar(select(func.count()).select_from(CaffeineLog)),
            "reminders": await session.scalar(select(func.count()).select_from(Reminder)),
        }
        unsent = await session.scalar(select(func.count()).select_from(OutboxMessage))
    # The check-in's own drinks (2) are counted on it; /coffee logs one more.
    expected = {
        "onboarded users": users,
        "check-ins with twitching": users,
        "drinks logged": users,
    }
    for what, count in expected.items():
        if counted[what] != count:
            raise SystemExit(f"final state: {count} {what} expected, found {counted[what]}")
    if not counted["reminders"]:
        raise SystemExit("final state: no reminders were scheduled")
    if unsent:
        raise SystemExit(f"final state: {unsent} replies never left the outbox")


async def run_in_fresh_database(
    users: int, server_url: str | None, language: str = "en"
) -> list[float]:
    async with fresh_database(server_url) as url:
        return await run_stillpoint(users, url, language)


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
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to make a fresh database on (default: a temporary SQLite file)",
    )
    parser.add_argument(
        "--language",
        default="en",
        help="the users' Telegram language (the bot answers in it; default en)",
    )
    args = parser.parse_args()
    users = 3 if args.smoke else 20 if args.quick else 200
    ours = asyncio.run(run_in_fresh_database(users, args.database_url, args.language))
    echo = asyncio.run(run_echo(len(ours)))
    result = {
        "users": users,
        "updates": len(ours),
        "language": args.language,
        "database": (args.database_url or "sqlite+aiosqlite").split(":", 1)[0],
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
