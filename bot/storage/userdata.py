"""Everything held about one person: reading it for /insights and /export, erasing it for /delete.

Export and erase walk every table of the schema rather than a hand-kept list, and each table
must say how its rows belong to a person: a `user_id`, or the person's Telegram id in
`telegram_id` / `chat_id`, or the `users` table itself. A table that does neither has to be
named in NOT_USER_DATA, or export and erase refuse to run; so a table added later cannot be
silently left out of either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, MetaData, Table, bindparam, delete, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import direct, scrub
from bot.storage.models import (
    Base,
    CaffeineLog,
    CheckIn,
    ExerciseSession,
    JournalEntry,
    User,
)
from bot.storage.rows import DRINK_COLUMNS, DrinkRow

__all__ = [
    "NOT_USER_DATA",
    "UnscopedTableError",
    "UserRows",
    "caffeine_between",
    "checkins_between",
    "erase_user",
    "journal_between",
    "journal_entries_between",
    "load_user_rows",
    "sessions_between",
    "user_tables",
]

# Tables that hold nothing about a person, each with the reason.
NOT_USER_DATA: dict[str, str] = {
    "processed_updates": "update ids Telegram sent, kept a day for de-duplication; no user id",
    "voice_files": "Telegram's file ids for the bot's own exercise recordings; the same for all",
    "reply_owners": "the bot's own processes and their heartbeats; nothing about anyone",
}

USERS = "users"


class UnscopedTableError(RuntimeError):
    """A table neither belongs to a user by a known column nor is declared as not user data."""


def _scope_columns(table: Table) -> list[str]:
    if table.name == USERS:
        return ["id", "telegram_id"]
    return [name for name in ("user_id", "telegram_id", "chat_id") if name in table.c]


def user_tables(metadata: MetaData = Base.metadata) -> list[Table]:
    """Every table holding rows about a person, dependants before the tables they point to
    (the order a delete must go in). Raises UnscopedTableError for an undeclared table."""
    scoped: list[Table] = []
    unknown: list[str] = []
    for table in metadata.sorted_tables:
        if table.name in NOT_USER_DATA:
            continue
        if not _scope_columns(table):
            unknown.append(table.name)
        scoped.append(table)
    if unknown:
        raise UnscopedTableError(
            "tables with no user column and not listed in NOT_USER_DATA: " + ", ".join(unknown)
        )
    return list(reversed(scoped))


def _belongs(table: Table, *, telegram_id: int, user_id: int | None) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    for name in _scope_columns(table):
        column = table.c[name]
        if name in ("user_id", "id"):
            if user_id is not None:
                conditions.append(column == user_id)
        else:
            # In a private chat the chat id is the user's Telegram id.
            conditions.append(column == telegram_id)
    return or_(*conditions) if conditions else false()


def _mapped_classes() -> dict[str, type[Any]]:
    return {
        mapper.local_table.name: mapper.class_
        for mapper in Base.registry.mappers
        if isinstance(mapper.local_table, Table)
    }


@dataclass(frozen=True)
class UserRows:
    """ORM rows per table name, in schema order (users first)."""

    tables: dict[str, list[Any]]


async def load_user_rows(session: AsyncSession, *, telegram_id: int) -> UserRows:
    """Every row about this person, read through the ORM so column types (encryption at rest
    included) turn stored values back into what the person gave us."""
    tables = list(reversed(user_tables()))
    classes = _mapped_classes()
    user = await session.scalar(select(User).where(User.telegram_id == telegram_id))
    user_id = user.id if user is not None else None
    found: dict[str, list[Any]] = {}
    for table in tables:
        cls = classes[table.name]
        where = _belongs(table, telegram_id=telegram_id, user_id=user_id)
        primary = list(table.primary_key.columns)
        result = await session.execute(select(cls).where(where).order_by(*primary))
        found[table.name] = list(result.scalars())
    return UserRows(found)


async def erase_user(session: AsyncSession, *, telegram_id: int) -> dict[str, int]:
    """Delete every row about this person in every table; returns rows deleted per table.

    Pending changes are flushed first and the session is emptied afterwards, so nothing of
    theirs is written back when the transaction commits.
    """
    await session.flush()
    tables = user_tables()
    user_id = await session.scalar(select(User.id).where(User.telegram_id == telegram_id))
    counts: dict[str, int] = {}
    for table in tables:
        where = _belongs(table, telegram_id=telegram_id, user_id=user_id)
        # Core statements on the tables: the ORM's identity map is emptied below instead.
        result = await session.execute(delete(table).where(where))
        counts[table.name] = int(getattr(result, "rowcount", 0) or 0)
    session.expunge_all()
    # Their words must not linger in the freed space or the write-ahead log either.
    scrub.mark(session, *(table.name for table in tables))
    return counts


# --- reading for /insights ---------------------------------------------------------------------


async def checkins_between(
    session: AsyncSession, *, user: User, first: date, last: date
) -> list[CheckIn]:
    result = await session.execute(
        select(CheckIn)
        .where(CheckIn.user_id == user.id, CheckIn.local_date.between(first, last))
        .order_by(CheckIn.local_date)
    )
    return list(result.scalars())


_CAFFEINE_BETWEEN = (
    select(*DRINK_COLUMNS)
    .where(
        CaffeineLog.user_id == bindparam("user"),
        CaffeineLog.local_date.between(bindparam("first"), bindparam("last")),
    )
    .order_by(CaffeineLog.local_date, CaffeineLog.local_time)
)


async def caffeine_between(
    session: AsyncSession, *, user: User, first: date, last: date
) -> list[DrinkRow]:
    """Drinks logged for the local days `first` to `last`, in the order they were drunk
    (plain rows, as `repo.caffeine_on`: /history reads them on a turn)."""
    found = await direct.fetch(session, _CAFFEINE_BETWEEN, user=user.id, first=first, last=last)
    return [DrinkRow(*row) for row in found]


async def journal_between(
    session: AsyncSession, *, user: User, since: datetime, until: datetime
) -> Sequence[tuple[datetime, list[str]]]:
    """(time, tags) of journal entries in [since, until); the text is not read."""
    result = await session.execute(
        select(JournalEntry.at, JournalEntry.tags)
        .where(JournalEntry.user_id == user.id, JournalEntry.at >= since, JournalEntry.at < until)
        .order_by(JournalEntry.at)
    )
    return [(at, list(tags or [])) for at, tags in result.all()]


async def journal_entries_between(
    session: AsyncSession, *, user: User, since: datetime, until: datetime
) -> list[JournalEntry]:
    """Journal entries in [since, until) with their text, oldest first: read only for a report
    the user asked to include their journal in."""
    result = await session.execute(
        select(JournalEntry)
        .where(JournalEntry.user_id == user.id, JournalEntry.at >= since, JournalEntry.at < until)
        .order_by(JournalEntry.at, JournalEntry.id)
    )
    return list(result.scalars())


async def sessions_between(
    session: AsyncSession, *, user: User, since: datetime, until: datetime
) -> list[ExerciseSession]:
    result = await session.execute(
        select(ExerciseSession)
        .where(
            ExerciseSession.user_id == user.id,
            ExerciseSession.started_at >= since,
            ExerciseSession.started_at < until,
        )
        .order_by(ExerciseSession.started_at)
    )
    return list(result.scalars())
