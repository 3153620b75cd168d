"""`stillpoint` / `python -m bot`: run the bot, chat in the console, or migrate the database."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.config import Settings, SettingsError, load_settings
from bot.storage import Database, migrate

logger = logging.getLogger(__name__)

NO_TOKEN = (
    "No TELEGRAM_BOT_TOKEN set — get one from @BotFather in Telegram and put it in .env. "
    "Starting the console chat instead."
)


def quiet_library_loggers() -> None:
    """Keep libraries above DEBUG: PTB logs whole updates (what users typed), aiosqlite and
    SQLAlchemy log statement parameters (health values), and httpx logs request URLs, which
    contain the bot token."""
    for name in ("httpx", "aiosqlite", "sqlalchemy", "asyncpg"):
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in ("telegram", "apscheduler"):
        logging.getLogger(name).setLevel(logging.INFO)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stillpoint",
        description="Stillpoint: a calm Telegram companion for anxiety-driven muscle twitching.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "run",
        help="migrate the database and run the bot (long polling); "
        "without a token, start the console chat",
        description="Migrate the database, then run the bot by long polling. "
        "With no TELEGRAM_BOT_TOKEN it says so and starts the console chat instead.",
    )
    commands.add_parser(
        "console",
        help="chat with Stillpoint in this terminal, no Telegram needed",
        description="Run the same bot with the terminal as Telegram. Buttons print as numbers; "
        "type the number or the label. Piped input is one user message per line.",
    )
    commands.add_parser(
        "migrate",
        help="bring the database schema up to date and exit",
        description="Apply every pending Alembic migration to DATABASE_URL and exit.",
    )
    return parser


def _database(settings: Settings) -> Database:
    return Database(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)


async def _migrate(settings: Settings) -> Database:
    database = _database(settings)
    await migrate(database.engine)
    # Pooled connections belong to this event loop; the bot may run in another one.
    await database.dispose()
    return database


def _run_polling(settings: Settings) -> None:
    from bot.app import build_application

    database = asyncio.run(_migrate(settings))
    application = build_application(settings, database=database)
    application.run_polling(allowed_updates=["message", "callback_query", "my_chat_member"])


def _run_console(settings: Settings) -> None:
    from bot.app import build_application
    from bot.console import ConsoleBotApi, run_console

    async def main() -> None:
        database = await _migrate(settings)
        api = ConsoleBotApi(sys.stdout)
        console_settings = settings.model_copy(update={"telegram_bot_token": None})
        application = build_application(
            console_settings, database=database, request=api, rate_limit=False
        )
        await run_console(application, api)

    asyncio.run(main())


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 0
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"Stillpoint can't start: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    quiet_library_loggers()
    if args.command == "migrate":
        asyncio.run(_migrate(settings))
        print("Database is up to date.")
    elif args.command == "console":
        _run_console(settings)
    elif settings.telegram_bot_token is None:
        print(NO_TOKEN)
        _run_console(settings)
    else:
        _run_polling(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
