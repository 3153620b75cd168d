"""Repository functions: keyword-only, each takes the session; handlers hold no SQL.

What a turn reads and writes on most updates (a check-in's week, the day's drinks, the journal's
page; saving a check-in or a drink; a new person) runs as prebuilt Core statements on the
session's connection (`direct`), and reads return plain rows (`rows`): the ORM's objects cost
more to build and flush than the statements."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Insert, Integer, Table, bindparam, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from bot.i18n import resolve_language
from bot.storage import direct
from bot.storage.models import CaffeineLog, CheckIn, Consent, JournalEntry, User, UserStatus
from bot.storage.rows import (
    CHECKIN_COLUMNS,
    DRINK_COLUMNS,
    ENTRY_COLUMNS,
    CheckInRow,
    DrinkRow,
    EntryRow,
)

# Question numbers of a new chat start below this: buttons carry at most 9 digits, which
# leaves 900 million questions to count up through.
FIRST_SEQ_RANGE = 10**8

PROFILE_FIELDS = frozenset(
    {
        "time_zone",
        "wake_time",
        "bedtime",
        "caffeine_cutoff",
        "checkin_time",
        "language",
        "quiet_start",
        "quiet_end",
        "breathing_pattern",
        "onset_date",
        "medications",
        "report_asked_at",
    }
)


async def get_user(session: AsyncSession, *, telegram_id: int) -> User | None:
    result = await session.execute(select(User).where(User.telegram_id == telegram_id))
    return result.scalar_one_or_none()


async def get_or_create_user(
    session: AsyncSession, *, telegram_id: int, chat_id: int, language: str | None, now: datetime
) -> User:
    """The user, created at first contact. `language` is Telegram's `language_code`, which can
    be any length and any shape: what is stored is the shipped language it resolves to."""
    user = await get_user(session, telegram_id=telegram_id)
    if user is None:
        user = User(
            telegram_id=telegram_id,
            chat_id=chat_id,
            language=resolve_language(language),
            created_at=now,
            updated_at=now,
        )
        session.add(user)
        await session.flush()
    return user


def new_user(*, telegram_id: int, chat_id: int, language: str | None, now: datetime) -> User:
    """A new person's row, not yet written, for a caller that already knows there is none (the
    turn read that under the chat's lock): set their profile on it, then `insert_user`."""
    return User(
        telegram_id=telegram_id,
        chat_id=chat_id,
        language=resolve_language(language),
        status=UserStatus.ACTIVE,
        created_at=now,
        updated_at=now,
    )


_USER_COLUMNS = tuple(column for column in User.__table__.columns if column.name != "id")
_INSERT_USER = (
    insert(User)
    .values({column.name: bindparam(column.name) for column in _USER_COLUMNS})
    .returning(User.id)
)


async def insert_user(session: AsyncSession, *, user: User) -> None:
    """Write a person made by `new_user` in one INSERT … RETURNING id, then place the object in
    `session` as if loaded from it: later changes to it are written at the session's flush.
    (The ORM's flush of one new object cost more than the statement.)"""
    values = {column.name: getattr(user, column.name) for column in _USER_COLUMNS}
    [(user_id,)] = await direct.fetch(session, _INSERT_USER, **values)
    # Every column given a value, as a loaded object has: one left unset would be expired by
    # `make_transient_to_detached`, and reading it would go to the database.
    for name, value in {**values, "id": user_id}.items():
        set_committed_value(user, name, value)
    make_transient_to_detached(user)
    session.add(user)


async def update_profile(
    session: AsyncSession, *, user: User, fields: dict[str, Any], now: datetime
) -> None:
    """Set profile fields, written at the session's next flush (one write for the whole
    profile, however many setters a turn calls). An unknown field name is a programming
    error, not user input."""
    unknown = set(fields) - PROFILE_FIELDS
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    if "language" in fields:
        fields = {**fields, "language": resolve_language(fields["language"])}
    for name, value in fields.items():
        setattr(user, name, value)
    user.updated_at = now


async def set_consent(
    session: AsyncSession, *, user: User, consent: Consent, now: datetime
) -> None:
    user.consent = consent
    user.consent_at = now
    user.updated_at = now


async def mark_onboarded(session: AsyncSession, *, user: User, now: datetime) -> None:
    user.onboarded_at = now
    user.updated_at = now


# --- check-ins, caffeine, journal -----------------------------------------------------------


_CHECKIN_ON = select(*CHECKIN_COLUMNS).where(
    CheckIn.user_id == bindparam("user"), CheckIn.local_date == bindparam("day")
)


async def get_checkin(session: AsyncSession, *, user: User, day: date) -> CheckInRow | None:
    found = await direct.fetch(session, _CHECKIN_ON, user=user.id, day=day)
    return CheckInRow(*found[0]) if found else None


async def save_checkin(
    session: AsyncSession, *, user: User, day: date, fields: dict[str, Any], now: datetime
) -> None:
    """Create the day's check-in or update it in place: one check-in per local day. One
    statement (an insert that updates the day's row where there is one); a field name that is
    not a column is a programming error (SQLAlchemy's CompileError)."""
    names = tuple(sorted(fields))
    statement = _save_checkin(session.get_bind().dialect.name, names)
    values = {"locations": [], "triggers": [], **fields}
    await direct.run(
        session,
        statement,
        user_id=user.id,
        local_date=day,
        created_at=now,
        updated_at=now,
        **values,
    )


@cache
def _save_checkin(dialect: str, names: tuple[str, ...]) -> Insert:
    """The upsert that saves fields `names` of a day's check-in (one per set of names)."""
    table: Table = CheckIn.__table__  # type: ignore[assignment]
    inserted = dict.fromkeys(("user_id", "local_date", "created_at", "updated_at"))
    inserted |= dict.fromkeys(("locations", "triggers", *names))
    make = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = make(table).values({name: bindparam(name) for name in inserted})
    # A new row starts with no places and no triggers; an existing one keeps what it has
    # of the fields not given.
    return statement.on_conflict_do_update(
        index_elements=[table.c.user_id, table.c.local_date],
        set_={name: statement.excluded[name] for name in (*names, "updated_at")},
    )


_CHECKINS_BETWEEN = (
    select(*CHECKIN_COLUMNS)
    .where(
        CheckIn.user_id == bindparam("user"),
        CheckIn.local_date.between(bindparam("first"), bindparam("last")),
    )
    .order_by(CheckIn.local_date)
)


async def recent_checkins(
    session: AsyncSession, *, user: User, until: date, days: int
) -> list[CheckInRow]:
    """Check-ins of the `days` local days ending with `until`, oldest first."""
    since = until - timedelta(days=days - 1)
    found = await direct.fetch(session, _CHECKINS_BETWEEN, user=user.id, first=since, last=until)
    return [CheckInRow(*row) for row in found]


async def first_checkin_day(session: AsyncSession, *, user: User) -> date | None:
    result = await session.execute(
        select(func.min(CheckIn.local_date)).where(CheckIn.user_id == user.id)
    )
    return result.scalar_one_or_none()


async def areas_first_named(
    session: AsyncSession, *, user: User, until: date
) -> list[tuple[str, date]]:
    """Each body area named on a day with twitching up to `until`, with the first such day,
    in the order they were first named."""
    result = await session.execute(
        select(CheckIn.local_date, CheckIn.locations)
        .where(
            CheckIn.user_id == user.id,
            CheckIn.local_date <= until,
            CheckIn.twitch_level > 0,
        )
        .order_by(CheckIn.local_date)
    )
    first: dict[str, date] = {}
    for day, locations in result:
        for area in locations or ():
            first.setdefault(area, day)
    return list(first.items())


_LOG_CAFFEINE = (
    insert(CaffeineLog)
    .values({column.name: bindparam(column.name) for column in DRINK_COLUMNS[1:]})
    .values(user_id=bindparam("user"))
    .returning(CaffeineLog.id)
)


async def log_caffeine(
    session: AsyncSession, *, user: User, at: datetime, local: datetime, now: datetime
) -> DrinkRow:
    """A drink at `at` (`local` on the person's clock), logged `now`; kept to the minute."""
    local = local.replace(second=0, microsecond=0)
    at = at.replace(second=0, microsecond=0)
    [(log_id,)] = await direct.fetch(
        session,
        _LOG_CAFFEINE,
        user=user.id,
        at=at,
        local_date=local.date(),
        local_time=local.time(),
        logged_at=now,
    )
    return DrinkRow(
        id=log_id, at=at, local_date=local.date(), local_time=local.time(), logged_at=now
    )


async def get_caffeine(session: AsyncSession, *, user: User, log_id: int) -> CaffeineLog | None:
    """One of the person's own drinks (None for another person's id or one already gone)."""
    result = await session.execute(
        select(CaffeineLog).where(CaffeineLog.id == log_id, CaffeineLog.user_id == user.id)
    )
    return result.scalar_one_or_none()


async def last_logged_caffeine(
    session: AsyncSession, *, user: User, since: datetime
) -> CaffeineLog | None:
    """The person's drink logged most recently, if that was at or after `since`."""
    result = await session.execute(
        select(CaffeineLog)
        .where(CaffeineLog.user_id == user.id, CaffeineLog.logged_at >= since)
        .order_by(CaffeineLog.logged_at.desc(), CaffeineLog.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def delete_caffeine(session: AsyncSession, *, entry: CaffeineLog) -> None:
    await session.delete(entry)
    await session.flush()


_CAFFEINE_ON = (
    select(*DRINK_COLUMNS)
    .where(CaffeineLog.user_id == bindparam("user"), CaffeineLog.local_date == bindparam("day"))
    .order_by(CaffeineLog.local_time)
)


async def caffeine_on(session: AsyncSession, *, user: User, day: date) -> list[DrinkRow]:
    """The drinks logged for local day `day`, earliest first."""
    found = await direct.fetch(session, _CAFFEINE_ON, user=user.id, day=day)
    return [DrinkRow(*row) for row in found]


async def add_journal_entry(
    session: AsyncSession, *, user: User, at: datetime, text: str, tags: list[str]
) -> JournalEntry:
    entry = JournalEntry(user_id=user.id, at=at, text=text, tags=tags)
    session.add(entry)
    await session.flush()
    return entry


_JOURNAL_PAGE = (
    select(*ENTRY_COLUMNS)
    .where(JournalEntry.user_id == bindparam("user"))
    .order_by(JournalEntry.at.desc(), JournalEntry.id.desc())
    .offset(bindparam("offset", type_=Integer))
    .limit(bindparam("limit", type_=Integer))
)


async def journal_page(
    session: AsyncSession, *, user: User, offset: int, limit: int
) -> list[EntryRow]:
    """Journal entries, newest first, `limit` of them after the newest `offset`."""
    found = await direct.fetch(session, _JOURNAL_PAGE, user=user.id, offset=offset, limit=limit)
    return [EntryRow(*row) for row in found]
