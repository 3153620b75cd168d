"""Prebuilt Core statements on the session's driver connection (`bot/storage/direct.py`): what
they read is what the ORM reads, what they write is what the ORM writes (encrypted text, UTC
times, dates, JSON, enums), in the session's own transaction, after its pending changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import Database, repo, userdata
from bot.storage.crypto import Keyring, new_key
from bot.storage.models import CaffeineLog, CheckIn, JournalEntry, User
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
DAY = date(2026, 11, 26)
NOTE = "Quokkafeather marmalade"


def keyed(databases: DatabaseFactory) -> Database:
    kwargs: dict[str, Any] = {}
    if databases.schema:
        kwargs["connect_args"] = {"server_settings": {"search_path": databases.schema}}
    database = Database(databases.url, keyring=Keyring([new_key()]), **kwargs)
    databases.opened.append(database)
    return database


async def a_person(database: Database) -> User:
    async with database.session() as session, session.begin():
        user = User(telegram_id=5, chat_id=5, created_at=NOW, updated_at=NOW)
        session.add(user)
        await session.flush()
        session.add(
            CheckIn(
                user_id=user.id,
                local_date=DAY,
                twitch_level=2,
                locations=["eyelid", "calf"],
                bedtime=time(23, 30),
                wake_time=time(7, 0),
                caffeine_last=time(13, 45),
                triggers=[],
                red_flags=None,
                note=NOTE,
                created_at=NOW,
                updated_at=NOW,
            )
        )
        session.add(JournalEntry(user_id=user.id, at=NOW, text=NOTE, tags=["work"]))
    return user


async def test_a_read_gives_what_the_orm_gives(databases: DatabaseFactory) -> None:
    database = keyed(databases)
    user = await a_person(database)
    async with database.transaction() as conn:
        # As a turn's session is: bound to the turn's own connection.
        session = AsyncSession(bind=conn, expire_on_commit=False)
        [row] = await repo.recent_checkins(session, user=user, until=DAY, days=7)
        loaded = await session.scalar(select(CheckIn))
        assert loaded is not None
        for name in row.__dataclass_fields__:
            assert getattr(row, name) == getattr(loaded, name), name
        assert row.note == NOTE
        [entry] = await repo.journal_page(session, user=user, offset=0, limit=3)
        assert (entry.text, entry.tags, entry.at) == (NOTE, ["work"], NOW)
        assert entry.at.tzinfo is not None
        await session.close()
    async with database.session() as session:
        stored = await session.scalar(text("SELECT note FROM checkins"))
    assert NOTE not in stored


async def test_pending_changes_are_written_before_a_read(databases: DatabaseFactory) -> None:
    """As the ORM's autoflush would: a drink added in this session is counted."""
    database = databases.opened[0]
    user = await a_person(database)
    async with database.transaction() as conn:
        session = AsyncSession(bind=conn, expire_on_commit=False)
        session.add(
            CaffeineLog(
                user_id=user.id, at=NOW, local_date=DAY, local_time=time(14, 0), logged_at=NOW
            )
        )
        [drink] = await repo.caffeine_on(session, user=user, day=DAY)
        assert (drink.local_time, drink.at, drink.logged_at) == (time(14, 0), NOW, NOW)
        await session.close()


async def test_a_session_of_its_own_reads_in_its_transaction(databases: DatabaseFactory) -> None:
    """/insights and the report read with a session on the engine, not a turn's connection."""
    database = databases.opened[0]
    user = await a_person(database)
    async with database.session() as session, session.begin():
        session.add(
            CaffeineLog(
                user_id=user.id, at=NOW, local_date=DAY, local_time=time(9, 5), logged_at=NOW
            )
        )
        drinks = await userdata.caffeine_between(session, user=user, first=DAY, last=DAY)
        assert [d.local_time for d in drinks] == [time(9, 5)]
        await session.rollback()
    async with database.session() as session:
        assert await userdata.caffeine_between(session, user=user, first=DAY, last=DAY) == []
