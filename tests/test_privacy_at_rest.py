"""With ENCRYPTION_KEYS set, a person's words rest nowhere in clear: not in the journal, not in
a conversation in progress, not in replies waiting in the outbox while Telegram refuses them
(/history, the journal offer quoting them, /export's files). After /delete and the sweeper's
scrub, they are gone from the SQLite file and its write-ahead log even without keys (secure
delete, checkpoint). On PostgreSQL the tables' contents are read instead of the files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select, text

from bot.clock import FakeClock
from bot.storage import Database, scrub
from bot.storage.crypto import Keyring
from bot.storage.models import Base, OutboxMessage
from bot.transport.sender import reply_sender_of
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker, DatabaseFactory
from tests.test_onboarding import onboard

KEY = Fernet.generate_key().decode()
# Words no sentence of the bot's holds, each typed by the person in a different place.
JOURNAL = "Quokkafeather marmalade before the Zephyrine audit"
OFFERED = "my glimmerwort uncle keeps phoning about Brindlemoss"
WORDS = ("Quokkafeather", "Zephyrine", "glimmerwort", "Brindlemoss")


def open_db(databases: DatabaseFactory, keyring: Keyring | None) -> Database:
    kwargs: dict[str, Any] = {}
    if databases.schema:
        kwargs["connect_args"] = {"server_settings": {"search_path": databases.schema}}
    database = Database(databases.url, keyring=keyring, **kwargs)
    databases.opened.append(database)
    return database


def sqlite_files(url: str) -> list[bytes]:
    """The database file and its write-ahead log, as they are on disk."""
    path = Path(url.split("///", 1)[1])
    wal = path.with_name(path.name + "-wal")
    return [path.read_bytes(), wal.read_bytes() if wal.exists() else b""]


async def found_words(databases: DatabaseFactory, database: Database) -> dict[str, int]:
    """How often each word appears where the data rests: the SQLite file and its WAL, or every
    PostgreSQL table's contents as stored."""
    if database.is_sqlite:
        stored = b"".join(sqlite_files(databases.url))
    else:
        parts = []
        async with database.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                rows = await conn.execute(text(f'SELECT t::text FROM "{table.name}" t'))
                parts += [row[0] for row in rows]
        stored = "\n".join(parts).encode()
    return {word: stored.count(word.encode()) for word in WORDS if word.encode() in stored}


async def waiting(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)


async def write_and_ask(chat: Chat, api: FakeBotApi) -> None:
    """Onboard, keep a journal entry, then, while Telegram refuses every message and file,
    type words the journal is offered and ask for /history and /export."""
    await onboard(chat)
    await chat.send("/journal")
    await chat.send(JOURNAL)
    await chat.press("Work")
    await chat.press("Done ✓")
    api.fail("sendMessage", 500, times=10_000)
    api.fail("sendDocument", 500, times=10_000)
    await chat.send(OFFERED)
    await chat.send("/history")
    await chat.send("/export")


def telegram_recovers(api: FakeBotApi) -> None:
    api._script.clear()  # the fake's scripted failures: none left


async def delete_everything(chat: Chat, api: FakeBotApi, clock: FakeClock) -> None:
    telegram_recovers(api)
    clock.advance(timedelta(minutes=1))
    await reply_sender_of(chat.app).sweep(chat.app.bot)
    await chat.send("/delete")
    await chat.press("Yes, delete everything")


async def test_with_keys_no_words_rest_in_clear_before_or_after_delete(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi, clock: FakeClock
) -> None:
    database = open_db(databases, Keyring([KEY]))
    app = await make_app(database)
    chat = Chat(app, api, 4242, UpdateFactory(app.bot))
    await write_and_ask(chat, api)
    # The replies carrying the words wait in the outbox (that is what is being checked).
    assert await waiting(database) >= 3
    assert await found_words(databases, database) == {}

    await delete_everything(chat, api, clock)
    await scrub.run(database)  # what the sweeper's job does next
    assert await found_words(databases, database) == {}


async def test_without_keys_the_words_are_gone_from_the_files_after_delete(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi, clock: FakeClock
) -> None:
    database = open_db(databases, None)
    app = await make_app(database)
    chat = Chat(app, api, 4242, UpdateFactory(app.bot))
    await write_and_ask(chat, api)
    assert set(await found_words(databases, database)) == set(WORDS)  # in clear, as documented

    await delete_everything(chat, api, clock)
    assert await waiting(database) == 0
    assert scrub.due(database) >= {"journal_entries", "outbox"}
    await scrub.run(database)
    assert scrub.due(database) == set()
    if database.is_sqlite:
        assert await found_words(databases, database) == {}
        [_file, wal] = sqlite_files(databases.url)
        assert wal == b""  # the log was cut to nothing
    else:
        # PostgreSQL: no row holds them; the files are the operator's (deploy/README.md).
        assert await found_words(databases, database) == {}


@pytest.mark.parametrize(
    "data", [b"", b"Quokkafeather,journal\r\n", b"enc1:not a token", b"clr1:\x00\xff"]
)
def test_files_in_the_outbox_are_encrypted_and_read_back(data: bytes) -> None:
    keyed, clear = (
        Database("sqlite+aiosqlite://", keyring=Keyring([KEY])),
        Database("sqlite+aiosqlite://"),
    )
    column = OutboxMessage.__table__.c.blob.type  # type: ignore[attr-defined]
    for database in (keyed, clear):
        dialect = database.engine.dialect
        stored = column.process_bind_param(data, dialect)
        assert column.process_result_value(stored, dialect) == data
        if database is keyed:
            assert stored.startswith(b"enc1:")
            assert b"Quokkafeather" not in stored
