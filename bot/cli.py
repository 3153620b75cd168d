"""`stillpoint` / `python -m bot`: run the bot, chat in the console, or migrate the database."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from bot.config import Settings, SettingsError, load_settings
from bot.i18n import SHIPPED_LANGUAGES, is_language_tag
from bot.storage import Database, crypto, migrate

logger = logging.getLogger(__name__)

# Any fixed 64-bit number; it names the "migrating now" lock in PostgreSQL.
_MIGRATION_LOCK = 7_412_031_337

NO_TOKEN = (
    "No TELEGRAM_BOT_TOKEN set — get one from @BotFather in Telegram and put it in .env. "
    "Starting the console chat instead."
)


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def quiet_library_loggers() -> None:
    """Keep libraries above DEBUG: PTB logs whole updates (what users typed), aiosqlite and
    SQLAlchemy log statement parameters (health values), and httpx logs request URLs, which
    contain the bot token. APScheduler says "Running job" and "executed successfully" at INFO
    for every tick (two lines a second, ~170,000 a day), so only its warnings are kept."""
    for name in ("httpx", "aiosqlite", "sqlalchemy", "asyncpg", "apscheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(logging.INFO)


def console_log_path(settings: Settings) -> Path:
    """Where console mode writes its logs: beside the SQLite file, else ./data/."""
    database = settings.sqlite_path() or Path("data") / "stillpoint.db"
    return database.parent / "stillpoint.log"


def configure_logging(settings: Settings, *, log_file: Path | None = None) -> None:
    """Logs at LOG_LEVEL to stderr, or only to `log_file` (console mode, where log lines
    would land in the middle of the chat)."""
    handler: logging.Handler
    if log_file is None:
        handler = logging.StreamHandler()
    else:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    # Logs headed for a file must not also reach the terminal, whatever was set up before.
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=log_file is not None)
    quiet_library_loggers()


def _language_code(value: str) -> str:
    if not is_language_tag(value):
        raise argparse.ArgumentTypeError(
            f"expected a language code such as {', '.join(SHIPPED_LANGUAGES)}"
        )
    return value.strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stillpoint",
        description="Stillpoint: a calm Telegram companion for anxiety-driven muscle twitching.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="migrate the database and run the bot (long polling, or --webhook); "
        "without a token, start the console chat",
        description="Migrate the database, then run the bot by long polling. "
        "With no TELEGRAM_BOT_TOKEN it says so and starts the console chat instead.",
    )
    run.add_argument(
        "--webhook",
        action="store_true",
        help="serve Telegram's webhook (WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_LISTEN, "
        "WEBHOOK_PORT) instead of polling; registers the webhook at start-up",
    )
    console = commands.add_parser(
        "console",
        help="chat with Stillpoint in this terminal, no Telegram needed",
        description="Run the same bot with the terminal as Telegram. Buttons print as numbers: "
        "type a label or #N to press one (a plain number too, where the buttons are words). "
        "Piped input is one user message per line.",
    )
    console.add_argument(
        "--language",
        type=_language_code,
        metavar="CODE",
        help=f"the language_code your console user reports, as Telegram would: one of "
        f"{', '.join(SHIPPED_LANGUAGES)}, or a regional code like pt-BR (default: "
        "CONSOLE_LANGUAGE, else en)",
    )
    commands.add_parser(
        "migrate",
        help="bring the database schema up to date and exit",
        description="Apply every pending Alembic migration to DATABASE_URL and exit.",
    )
    commands.add_parser(
        "new-key",
        help="print a fresh encryption key for ENCRYPTION_KEYS",
        description="Print a new key. Put it first in ENCRYPTION_KEYS (comma-separated) to "
        "encrypt with it; keep older keys after it until `reencrypt` has run.",
    )
    commands.add_parser(
        "reencrypt",
        help="re-encrypt every journal entry, note and conversation in progress with the first "
        "key of ENCRYPTION_KEYS",
        description="Rewrite all stored free text with the newest key (after a rotation), "
        "encrypting any rows still in clear. Safe to run while the bot runs, and to run again.",
    )
    commands.add_parser(
        "set-webhook",
        help="tell Telegram to post updates to WEBHOOK_URL with WEBHOOK_SECRET",
        description="Register WEBHOOK_URL and WEBHOOK_SECRET with Telegram and exit. "
        "`run --webhook` does this at start-up too.",
    )
    delete = commands.add_parser(
        "delete-webhook",
        help="stop Telegram posting to the webhook (needed before polling again)",
        description="Remove the webhook, so `stillpoint run` can poll again.",
    )
    delete.add_argument(
        "--drop-pending",
        action="store_true",
        help="also discard updates Telegram is still holding",
    )
    i18n = commands.add_parser(
        "i18n",
        help="for developers: refresh the message catalogues from the sources",
        description="`update`: re-extract every marked sentence into "
        "conversations/locale/stillpoint.pot and merge it into each language's .po file "
        "(new sentences arrive untranslated, changed ones fuzzy). Run it from a checkout.",
    )
    i18n.add_argument("action", choices=["update"])
    return parser


def _refresh_catalogues() -> int:
    from bot import catalogues

    refreshed = catalogues.update()
    for path in refreshed.written:
        print(f"wrote {path.relative_to(catalogues.ROOT)}")
    print(f"{refreshed.messages} messages; {len(refreshed.written)} files changed.")
    return 0


def _database(settings: Settings) -> Database:
    return Database(
        settings.database_url,
        busy_timeout_ms=settings.sqlite_busy_timeout_ms,
        keyring=settings.keyring(),
    )


async def _migrate(settings: Settings) -> Database:
    database = _database(settings)
    if database.is_sqlite:
        await migrate(database.engine)
    else:
        # Several instances starting at once: one migrates, the others wait, then find nothing
        # to do. The advisory lock lives on its own connection, held across the migration's.
        async with database.engine.connect() as holder:
            await holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
            try:
                await migrate(database.engine)
            finally:
                await holder.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK}
                )
    # Pooled connections belong to this event loop; the bot may run in another one.
    await database.dispose()
    return database


def _reencrypt(settings: Settings) -> int:
    from bot.storage.models import ENCRYPTED_COLUMNS

    if settings.keyring() is None:
        print("ENCRYPTION_KEYS is not set: nothing to encrypt with.", file=sys.stderr)
        return 2

    async def main() -> crypto.Reencrypted:
        database = await _migrate(settings)
        try:
            return await crypto.reencrypt(database.engine, ENCRYPTED_COLUMNS)
        finally:
            await database.dispose()

    done = asyncio.run(main())
    print(
        f"Re-encrypted {done.rows} entries, notes and conversations in progress "
        "with the newest key."
    )
    if done.unreadable:
        print(
            f"{done.unreadable} could not be opened with any configured key and were left "
            "as they are: add the key they were written with to ENCRYPTION_KEYS and run again.",
            file=sys.stderr,
        )
        return 1
    return 0


def _run_polling(settings: Settings) -> None:
    from bot.app import build_application
    from bot.transport.webhook import ALLOWED_UPDATES

    crypto.announce(settings.keyring())
    database = asyncio.run(_migrate(settings))
    application = build_application(settings, database=database)
    application.run_polling(allowed_updates=ALLOWED_UPDATES)


def _run_webhook(settings: Settings) -> int:
    from bot.app import build_application
    from bot.transport import webhook

    problems = settings.webhook_problems()
    if problems:
        print(f"Stillpoint can't start: {'; '.join(problems)}", file=sys.stderr)
        return 2
    crypto.announce(settings.keyring())

    async def main() -> None:
        database = await _migrate(settings)
        application = build_application(settings, database=database)
        await webhook.serve(application, settings, database=database)

    asyncio.run(main())
    return 0


def _webhook_command(settings: Settings, *, delete: bool, drop_pending: bool = False) -> int:
    from telegram import Bot

    from bot.transport import webhook

    problems = [p for p in settings.webhook_problems() if delete is False or "TOKEN" in p]
    if problems:
        print(f"Stillpoint can't do that: {'; '.join(problems)}", file=sys.stderr)
        return 2
    assert settings.telegram_bot_token is not None
    token, base_url = settings.telegram_bot_token, settings.telegram_api_base_url

    async def main() -> str:
        async with Bot(token, base_url=base_url) as bot:
            if delete:
                await bot.delete_webhook(drop_pending_updates=drop_pending)
                return "Webhook removed: `stillpoint run` can poll again."
            await webhook.set_webhook(bot, settings)
            return f"Telegram now posts updates to {settings.webhook_url}."

    print(asyncio.run(main()))
    return 0


async def _console_speaks(database: Database, language: str) -> None:
    """Telegram reports a language_code with every update, but Stillpoint keeps the one from
    first contact: a console user who already exists takes the new one here."""
    from bot.console import CONSOLE_USER
    from bot.storage import repo

    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=CONSOLE_USER)
        if user is not None:
            now = datetime.now(UTC)
            await repo.update_profile(session, user=user, fields={"language": language}, now=now)


def _run_console(settings: Settings, log_file: Path, language: str | None = None) -> None:
    from bot.app import build_application
    from bot.console import ConsoleBotApi, run_console

    language = language or settings.console_language

    async def main() -> None:
        database = await _migrate(settings)
        if language is not None:
            await _console_speaks(database, language)
        api = ConsoleBotApi(sys.stdout)
        console_settings = settings.model_copy(update={"telegram_bot_token": None})
        application = build_application(
            console_settings, database=database, request=api, rate_limit=False
        )
        await run_console(application, api, log_file=log_file, language=language)

    asyncio.run(main())


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 0
    if args.command == "new-key":
        print(crypto.new_key())
        return 0
    if args.command == "i18n":
        return _refresh_catalogues()
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"Stillpoint can't start: {exc}", file=sys.stderr)
        return 2
    console = args.command == "console" or (
        args.command == "run" and not args.webhook and settings.telegram_bot_token is None
    )
    # In the console, log lines would land in the middle of the chat: they go to a file.
    log_file = console_log_path(settings) if console else None
    configure_logging(settings, log_file=log_file)
    if args.command == "migrate":
        asyncio.run(_migrate(settings))
        print("Database is up to date.")
    elif args.command == "reencrypt":
        return _reencrypt(settings)
    elif args.command == "set-webhook":
        return _webhook_command(settings, delete=False)
    elif args.command == "delete-webhook":
        return _webhook_command(settings, delete=True, drop_pending=args.drop_pending)
    elif args.command == "run" and args.webhook:
        return _run_webhook(settings)
    elif args.command == "console" and log_file is not None:
        _run_console(settings, log_file, args.language)
    elif settings.telegram_bot_token is None and log_file is not None:
        print(NO_TOKEN)
        _run_console(settings, log_file)
    else:
        _run_polling(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
