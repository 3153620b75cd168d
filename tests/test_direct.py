"""Prebuilt Core statements on the session's driver connection (`bot/storage/direct.py`): what
they read is what the ORM reads, what they write is what the ORM writes (encrypted text, UTC
times, dates, JSON, enums), in the session's own transaction, after its pending changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy import bindparam, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import Database, direct, reminders, repo, userdata
from bot.storage.crypto import Keyring, new_key
from bot.storage.models import CaffeineLog, CheckIn, Consent, JournalEntry, User
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


CHECKIN_FIELDS: dict[str, Any] = {
    "twitch_level": 1,
    "locations": ["eyelid"],
    "bedtime": time(0, 15),
    "caffeine_last": time(16, 0),
    "red_flags": None,
    "note": NOTE,
}
STORED = (
    "SELECT user_id, local_date, twitch_level, twitch_score, locations, anxiety, bedtime, "
    "wake_time, caffeine_drinks, caffeine_last, triggers, red_flags, warning_words, "
    "created_at, updated_at FROM checkins WHERE local_date = :day"
)


async def test_a_write_stores_what_the_orm_stores(databases: DatabaseFactory) -> None:
    """Compared column by column as stored: a check-in saved by the one statement and one
    made as an ORM object (JSON null for a warning-sign question not asked, naive UTC text on
    SQLite, the note encrypted)."""
    database = keyed(databases)
    user = await a_person(database)
    orm_day, day = date(2026, 11, 20), date(2026, 11, 21)
    async with database.session() as session, session.begin():
        session.add(
            CheckIn(
                user_id=user.id,
                local_date=orm_day,
                created_at=NOW,
                updated_at=NOW,
                triggers=[],
                **CHECKIN_FIELDS,
            )
        )
    async with database.transaction() as conn:
        session = AsyncSession(bind=conn, expire_on_commit=False)
        await repo.save_checkin(session, user=user, day=day, fields=CHECKIN_FIELDS, now=NOW)
        await session.close()
    async with database.engine.connect() as conn:
        by_orm = (await conn.execute(text(STORED), {"day": orm_day})).one()
        direct = (await conn.execute(text(STORED), {"day": day})).one()
        notes = (await conn.execute(text("SELECT note FROM checkins"))).scalars().all()
    assert by_orm[2:] == direct[2:]
    assert all(note.startswith("enc1:") and "Quokka" not in note for note in notes)
    async with database.session() as session:
        saved = await repo.get_checkin(session, user=user, day=day)
    assert saved is not None
    assert (saved.note, saved.red_flags, saved.bedtime) == (NOTE, None, time(0, 15))


async def test_saving_a_day_again_changes_only_the_fields_given(
    databases: DatabaseFactory,
) -> None:
    database = databases.opened[0]
    user = await a_person(database)
    later = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    async with database.session() as session, session.begin():
        await repo.save_checkin(session, user=user, day=DAY, fields={"anxiety": 4}, now=later)
    async with database.session() as session:
        saved = await session.scalar(select(CheckIn).where(CheckIn.local_date == DAY))
    assert saved is not None
    assert (saved.anxiety, saved.twitch_level, saved.locations, saved.note) == (
        4,
        2,
        ["eyelid", "calf"],
        NOTE,
    )
    assert (saved.created_at, saved.updated_at) == (NOW, later)


async def test_a_drink_logged_reads_back_as_written(databases: DatabaseFactory) -> None:
    database = databases.opened[0]
    user = await a_person(database)
    local = datetime(2026, 11, 26, 14, 7, 33, tzinfo=UTC)
    async with database.session() as session, session.begin():
        logged = await repo.log_caffeine(session, user=user, at=local, local=local, now=NOW)
        [read] = await repo.caffeine_on(session, user=user, day=DAY)
    assert logged == read
    assert (read.local_time, read.at) == (time(14, 7), local.replace(second=0))
    async with database.session() as session:
        orm = await session.get(CaffeineLog, logged.id)
    assert orm is not None
    assert (orm.at, orm.local_time, orm.logged_at) == (read.at, read.local_time, NOW)


PROFILE: dict[str, Any] = {
    "time_zone": "Europe/Berlin",
    "wake_time": time(7, 0),
    "bedtime": time(23, 0),
    "caffeine_cutoff": time(14, 0),
    "checkin_time": time(21, 0),
}


async def test_a_new_person_and_their_reminders_are_written_as_the_orm_writes_them(
    databases: DatabaseFactory,
) -> None:
    database = databases.opened[0]
    async with database.session() as session, session.begin():
        by_orm = User(
            telegram_id=1, chat_id=1, language="de", created_at=NOW, updated_at=NOW, **PROFILE
        )
        session.add(by_orm)
        await repo.set_consent(session, user=by_orm, consent=Consent.GIVEN, now=NOW)
        await repo.mark_onboarded(session, user=by_orm, now=NOW)
        await session.flush()
        await reminders.sync_reminders(session, user=by_orm, now=NOW, default_zone="UTC")
    async with database.transaction() as conn:
        session = AsyncSession(bind=conn, expire_on_commit=False)
        made = repo.new_user(telegram_id=2, chat_id=2, language="de-AT", now=NOW)
        await repo.update_profile(session, user=made, fields=PROFILE, now=NOW)
        await repo.set_consent(session, user=made, consent=Consent.GIVEN, now=NOW)
        await repo.mark_onboarded(session, user=made, now=NOW)
        await repo.insert_user(session, user=made)
        await reminders.schedule_new(session, user=made, now=NOW, default_zone="UTC")
        # Placed in the session as if loaded: a later change is written at the flush.
        made.breathing_pattern = "4-2-6"
        await session.flush()
        await session.close()
    async with database.engine.connect() as conn:
        users = (await conn.execute(text("SELECT * FROM users ORDER BY telegram_id"))).all()
        rows = (
            await conn.execute(text("SELECT * FROM reminders ORDER BY user_id, kind"))
        ).mappings()
        by_user: dict[int, list[dict[str, Any]]] = {}
        for row in rows:
            kept = {k: v for k, v in row.items() if k not in ("id", "user_id")}
            by_user.setdefault(row["user_id"], []).append(kept)
    first, second = (dict(row._mapping) for row in users)
    assert second.pop("breathing_pattern") == "4-2-6"
    assert first.pop("breathing_pattern") is None
    for key in ("id", "telegram_id", "chat_id"):
        first.pop(key), second.pop(key)
    assert first == second
    assert len(by_user) == 2
    [orm_rows, direct_rows] = by_user.values()
    assert orm_rows == direct_rows
    assert any(row["next_due_at"] is not None for row in direct_rows)


async def test_a_parameter_without_a_type_is_refused(databases: DatabaseFactory) -> None:
    """Nothing would encode it: a datetime would reach SQLite as text with its offset."""
    database = databases.opened[0]
    untyped = select(CaffeineLog.id).where(func.coalesce(bindparam("when"), NOW) < NOW)
    async with database.session() as session:
        with pytest.raises(TypeError, match="when"):
            await direct.fetch(session, untyped, when=NOW)
