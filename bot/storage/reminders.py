"""Data access for the schedule: reminder rows, claiming due ones under a lease, finishing them.

Keyword-only functions taking the session, like `repo`; all scheduling rules live in
`bot.core.reminders`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import cast

from sqlalchemy import Insert, Table, bindparam, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import reminders as rules
from bot.core.recurrence import local_date
from bot.core.reminders import Kind
from bot.storage import direct
from bot.storage.models import CheckIn, Consent, Reminder, User, UserStatus


def profile_of(user: User | Recipient, default_zone: str) -> rules.Profile:
    return rules.Profile(
        zone=user.time_zone or default_zone,
        wake_time=user.wake_time,
        bedtime=user.bedtime,
        caffeine_cutoff=user.caffeine_cutoff,
        checkin_time=user.checkin_time,
        quiet_start=user.quiet_start,
        quiet_end=user.quiet_end,
    )


def schedulable(user: User | Recipient) -> bool:
    """Reminders go only to people who finished setting up, agreed, and haven't blocked us."""
    return (
        user.onboarded_at is not None
        and user.consent is Consent.GIVEN
        and user.status is UserStatus.ACTIVE
    )


async def user_reminders(session: AsyncSession, *, user_id: int) -> dict[Kind, Reminder]:
    rows = await session.scalars(select(Reminder).where(Reminder.user_id == user_id))
    return {Kind(row.kind): row for row in rows}


async def sync_reminders(
    session: AsyncSession, *, user: User, now: datetime, default_zone: str
) -> dict[Kind, Reminder]:
    """Create missing rows and recompute every `next_due_at` from the current profile.

    Called whenever the profile (zone, routine times), consent or status changes, so a new
    time zone or bedtime takes effect at once. A pending snooze or quiet-hours hold is dropped
    then: the new schedule wins. (A person just written has no rows yet: `schedule_new`.)
    """
    rows = await user_reminders(session, user_id=user.id)
    profile = profile_of(user, default_zone)
    active = schedulable(user)
    for kind in rules.ALL_KINDS:
        row = rows.get(kind)
        if row is None:
            if not active:
                continue
            row = Reminder(
                user_id=user.id,
                kind=kind.value,
                enabled=rules.default_enabled(kind),
                attempts=0,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            rows[kind] = row
        due = (
            rules.next_due(kind, profile, now, row.local_time) if active and row.enabled else None
        )
        _schedule(row, due, now)
    nap = rows.get(Kind.NAP)
    if nap is not None and not active:
        _schedule(nap, None, now)
    await session.flush()
    return rows


async def schedule_new(
    session: AsyncSession, *, user: User, now: datetime, default_zone: str
) -> None:
    """The reminder rows of a person just written (`repo.insert_user`), as `sync_reminders`
    would make them, in one INSERT: there are none to read first, and building and flushing an
    ORM object for each cost more than the statement."""
    if not schedulable(user):
        return
    profile = profile_of(user, default_zone)
    values: dict[str, object] = {}
    for index, kind in enumerate(rules.ALL_KINDS):
        enabled = rules.default_enabled(kind)
        row = {
            "user_id": user.id,
            "kind": kind.value,
            "enabled": enabled,
            "local_time": None,
            "next_due_at": rules.next_due(kind, profile, now, None) if enabled else None,
            "lease_until": None,
            "lease_owner": None,
            "attempts": 0,
            "last_sent_at": None,
            "created_at": now,
            "updated_at": now,
        }
        values |= {f"{name}_{index}": value for name, value in row.items()}
    await direct.run(session, _insert_reminders(len(rules.ALL_KINDS)), **values)


@cache
def _insert_reminders(count: int) -> Insert:
    """One INSERT of `count` reminder rows; row i's values are bound as `<column>_<i>`."""
    table = cast(Table, Reminder.__table__)
    columns = [column for column in table.columns if column.name != "id"]
    # Typed by hand: the rows after the first do not take their columns' types by themselves.
    return insert(table).values(
        [
            {c.name: bindparam(f"{c.name}_{index}", type_=c.type) for c in columns}
            for index in range(count)
        ]
    )


def _schedule(row: Reminder, due: datetime | None, now: datetime) -> None:
    row.next_due_at = due
    row.attempts = 0
    row.updated_at = now


async def set_enabled(
    session: AsyncSession,
    *,
    user: User,
    kind: Kind,
    enabled: bool,
    now: datetime,
    default_zone: str,
) -> Reminder:
    rows = await sync_reminders(session, user=user, now=now, default_zone=default_zone)
    row = rows[kind]
    row.enabled = enabled
    return (await sync_reminders(session, user=user, now=now, default_zone=default_zone))[kind]


async def set_time(
    session: AsyncSession,
    *,
    user: User,
    kind: Kind,
    local_time: time | None,
    now: datetime,
    default_zone: str,
) -> Reminder:
    rows = await sync_reminders(session, user=user, now=now, default_zone=default_zone)
    rows[kind].local_time = local_time
    rows[kind].enabled = True
    return (await sync_reminders(session, user=user, now=now, default_zone=default_zone))[kind]


async def snooze(
    session: AsyncSession, *, user: User, kind: Kind, minutes: int, now: datetime
) -> Reminder | None:
    """Bring the reminder back in `minutes`; once it has come, the schedule carries on from
    the next regular occurrence."""
    row = (await user_reminders(session, user_id=user.id)).get(kind)
    if row is None or not row.enabled:
        return None
    row.next_due_at = now + timedelta(minutes=minutes)
    row.attempts = 0
    row.updated_at = now
    return row


async def skip_today(
    session: AsyncSession, *, user: User, kind: Kind, now: datetime, default_zone: str
) -> Reminder | None:
    row = (await user_reminders(session, user_id=user.id)).get(kind)
    if row is None or not row.enabled:
        return None
    due = rules.skip_today(kind, profile_of(user, default_zone), now, row.local_time)
    _schedule(row, due, now)
    return row


async def start_nap(session: AsyncSession, *, user: User, now: datetime) -> Reminder:
    row = (await user_reminders(session, user_id=user.id)).get(Kind.NAP)
    if row is None:
        row = Reminder(
            user_id=user.id, kind=Kind.NAP.value, enabled=True, created_at=now, updated_at=now
        )
        session.add(row)
    row.enabled = True
    _schedule(row, now + timedelta(minutes=rules.NAP_MINUTES), now)
    await session.flush()
    return row


async def cancel_nap(session: AsyncSession, *, user: User, now: datetime) -> bool:
    row = (await user_reminders(session, user_id=user.id)).get(Kind.NAP)
    if row is None or row.next_due_at is None:
        return False
    _schedule(row, None, now)
    return True


async def set_status(
    session: AsyncSession, *, user: User, status: UserStatus, now: datetime, default_zone: str
) -> None:
    """Blocked users get nothing; unblocking resumes their schedule from now."""
    user.status = status
    user.updated_at = now
    await sync_reminders(session, user=user, now=now, default_zone=default_zone)


# --- the dispatcher's side -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recipient:
    """What deciding on and sending a due reminder needs of its user. Plain values, not an ORM
    object: a claim loads hundreds at once, and the identity map would cost more than the
    query."""

    id: int
    chat_id: int
    telegram_id: int
    language: str | None
    time_zone: str | None
    wake_time: time | None
    bedtime: time | None
    caffeine_cutoff: time | None
    checkin_time: time | None
    quiet_start: time | None
    quiet_end: time | None
    consent: Consent | None
    onboarded_at: datetime | None
    status: UserStatus
    paused_until: datetime | None


@dataclass(frozen=True, slots=True)
class Claimed:
    """One reminder leased to this dispatcher, with its user."""

    id: int
    kind: str
    enabled: bool
    local_time: time | None
    next_due_at: datetime | None
    attempts: int
    user: Recipient


_RECIPIENT = [getattr(User, f.name) for f in fields(Recipient)]


async def claim_due(
    session: AsyncSession, *, now: datetime, owner: str, limit: int, lease: timedelta
) -> list[Claimed]:
    """Lease up to `limit` due reminders to `owner`, oldest first.

    On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several dispatchers claim side by side without
    waiting for or taking each other's rows; the lease then keeps them out after the commit.
    SQLite has one writer at a time, so the plain select under the write lock is enough.
    Two round trips: the lease update returns the rows it took, then their users.
    """
    due = (
        select(Reminder.id)
        .where(
            Reminder.next_due_at <= now,
            or_(Reminder.lease_until.is_(None), Reminder.lease_until <= now),
        )
        .order_by(Reminder.next_due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    leased = (
        await session.execute(
            update(Reminder)
            .where(Reminder.id.in_(due))
            .values(lease_until=now + lease, lease_owner=owner)
            .returning(
                Reminder.id,
                Reminder.user_id,
                Reminder.kind,
                Reminder.enabled,
                Reminder.local_time,
                Reminder.next_due_at,
                Reminder.attempts,
            )
            .execution_options(synchronize_session=False)
        )
    ).all()
    if not leased:
        return []
    users = {
        row[0]: Recipient(*row)
        for row in await session.execute(
            select(*_RECIPIENT).where(User.id.in_({r.user_id for r in leased}))
        )
    }
    claimed = [
        Claimed(
            id=r.id,
            kind=r.kind,
            enabled=r.enabled,
            local_time=r.local_time,
            next_due_at=r.next_due_at,
            attempts=r.attempts,
            user=users[r.user_id],
        )
        for r in leased
    ]
    # RETURNING gives no order; the senders go oldest first.
    claimed.sort(key=lambda c: (c.next_due_at or now, c.id))
    return claimed


async def checkins_on(
    session: AsyncSession, *, days: Iterable[tuple[int, date]]
) -> dict[tuple[int, date], CheckIn]:
    """Check-ins of (user, local date) pairs, one query for a whole batch."""
    pairs = set(days)
    if not pairs:
        return {}
    users = {user_id for user_id, _ in pairs}
    dates = {day for _, day in pairs}
    rows = await session.scalars(
        select(CheckIn).where(CheckIn.user_id.in_(users), CheckIn.local_date.in_(dates))
    )
    return {(r.user_id, r.local_date): r for r in rows if (r.user_id, r.local_date) in pairs}


def done_today(kind: Kind, checkin: CheckIn | None) -> bool:
    """Whether the purpose of today's reminder is already met by today's check-in."""
    if checkin is None:
        return False
    if kind is Kind.CHECKIN:
        # A morning sleep log alone leaves the evening check-in still to do.
        return checkin.twitch_level is not None or checkin.anxiety is not None
    if kind is Kind.SLEEP_LOG:
        return checkin.bedtime is not None and checkin.wake_time is not None
    return False


def today_of(user: User | Recipient, now: datetime, default_zone: str) -> date:
    return local_date(now, user.time_zone or default_zone)


@dataclass(frozen=True)
class Outcome:
    """What became of one claimed reminder: its next due instant, and whether it was sent."""

    reminder_id: int
    next_due_at: datetime | None
    at: datetime
    sent: bool
    attempts: int = 0  # a retry's count survives a quiet-hours hold; otherwise it starts over


async def finish_many(session: AsyncSession, *, owner: str, outcomes: Sequence[Outcome]) -> None:
    """Write claimed reminders' outcomes and drop their leases, where the lease is still ours:
    after a lease expired and another dispatcher took the row, a late finisher changes nothing,
    so a schedule is never advanced twice. One executemany per kind of outcome."""
    for sent in (True, False):
        rows = [
            {
                "rid": o.reminder_id,
                "owner_": owner,
                "due": o.next_due_at,
                "at": o.at,
                "attempts_": o.attempts,
            }
            for o in outcomes
            if o.sent is sent
        ]
        if not rows:
            continue
        values: dict[str, object] = {
            "next_due_at": bindparam("due"),
            "attempts": bindparam("attempts_"),
            "updated_at": bindparam("at"),
            "lease_until": None,
            "lease_owner": None,
        }
        if sent:
            values["last_sent_at"] = bindparam("at")
        # Core on the table, so one statement runs as an executemany over all the rows.
        table = cast(Table, Reminder.__table__)
        statement = (
            update(table)
            .where(table.c.id == bindparam("rid"), table.c.lease_owner == bindparam("owner_"))
            .values(values)
        )
        await session.execute(statement, rows)


async def retry_later(
    session: AsyncSession, *, reminder_id: int, owner: str, not_before: datetime, attempts: int
) -> None:
    """Keep the occurrence but hold the row until `not_before`: the lease now means "not
    before", and the grace window still decides whether it is worth sending then."""
    await session.execute(
        update(Reminder)
        .where(Reminder.id == reminder_id, Reminder.lease_owner == owner)
        .values(lease_until=not_before, attempts=attempts)
        .execution_options(synchronize_session=False)
    )


async def block_user(session: AsyncSession, *, user_id: int, now: datetime) -> None:
    """The user blocked the bot: mark them and stop every reminder of theirs."""
    await session.execute(
        update(User)
        .where(User.id == user_id)
        .values(status=UserStatus.BLOCKED, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(Reminder)
        .where(Reminder.user_id == user_id)
        .values(next_due_at=None, lease_until=None, lease_owner=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )


async def release(session: AsyncSession, *, owner: str, ids: Sequence[int]) -> None:
    """Give back leases not yet worked on (a clean shutdown), so another tick takes them."""
    if ids:
        await session.execute(
            update(Reminder)
            .where(Reminder.id.in_(ids), Reminder.lease_owner == owner)
            .values(lease_until=None, lease_owner=None)
            .execution_options(synchronize_session=False)
        )
