"""Live exercise sessions in the database: the shared truth a runner reads before each step,
so Pause and Stop work from whichever instance the button press reaches. A session kept for
no one (`user_id` empty) is deleted, not marked, when it ends."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import ExerciseSession

STARTING, RUNNING, PAUSED = "starting", "running", "paused"
STOPPED, DONE, INTERRUPTED = "stopped", "done", "interrupted"
LIVE = (STARTING, RUNNING, PAUSED)
ENDED = (STOPPED, DONE, INTERRUPTED)


@dataclass(frozen=True)
class Snapshot:
    """What a runner needs to place a session in time: read before each step."""

    status: str
    started_at: datetime
    paused_at: datetime | None
    paused_s: float
    skipped_s: float

    @property
    def live(self) -> bool:
        return self.status in LIVE

    @property
    def effective_start(self) -> datetime:
        """The start the schedule counts from: later by every finished pause, earlier by every
        skipped part. The current pause, if any, is `pauses`."""
        return self.started_at + timedelta(seconds=self.paused_s - self.skipped_s)

    @property
    def pauses(self) -> list[tuple[datetime, datetime | None]]:
        return [(self.paused_at, None)] if self.paused_at is not None else []


def snapshot_of(row: ExerciseSession) -> Snapshot:
    return Snapshot(
        status=row.status,
        started_at=row.started_at,
        paused_at=row.paused_at,
        paused_s=row.paused_s or 0.0,
        skipped_s=row.skipped_s or 0.0,
    )


async def create(
    session: AsyncSession,
    *,
    user_id: int | None,
    telegram_id: int,
    chat_id: int,
    kind: str,
    pattern: str,
    options: dict[str, Any],
    tension_before: int | None,
    now: datetime,
) -> ExerciseSession:
    row = ExerciseSession(
        user_id=user_id,
        telegram_id=telegram_id,
        chat_id=chat_id,
        kind=kind,
        pattern=pattern,
        options=options,
        status=STARTING,
        started_at=now,
        paused_s=0.0,
        skipped_s=0.0,
        cycles_done=0,
        tension_before=tension_before,
        updated_at=now,
    )
    session.add(row)
    await session.flush()
    return row


async def lock(session: AsyncSession, *, session_id: int) -> ExerciseSession | None:
    """The session row, locked until the transaction ends (`FOR UPDATE` on PostgreSQL)."""
    result = await session.execute(
        select(ExerciseSession)
        .where(ExerciseSession.id == session_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()


async def live_in_chat(session: AsyncSession, *, chat_id: int) -> list[ExerciseSession]:
    result = await session.execute(
        select(ExerciseSession)
        .where(ExerciseSession.chat_id == chat_id, ExerciseSession.status.in_(LIVE))
        .order_by(ExerciseSession.id)
        .with_for_update()
    )
    return list(result.scalars())


async def get(session: AsyncSession, *, session_id: int) -> ExerciseSession | None:
    return await session.get(ExerciseSession, session_id)


# Ids per statement when many sessions are read at once (well under SQLite's variable limit).
READ_CHUNK = 500


def _snapshot_columns() -> Any:
    table = ExerciseSession.__table__
    return select(
        table.c.id,
        table.c.status,
        table.c.started_at,
        table.c.paused_at,
        table.c.paused_s,
        table.c.skipped_s,
    )


def _snapshot_of_columns(found: Any) -> Snapshot:
    return Snapshot(
        status=found.status,
        started_at=found.started_at,
        paused_at=found.paused_at,
        paused_s=found.paused_s or 0.0,
        skipped_s=found.skipped_s or 0.0,
    )


async def read(session: AsyncSession, *, session_id: int) -> Snapshot | None:
    """A light read of the columns that place a session in time (no ORM object)."""
    result = await session.execute(
        _snapshot_columns().where(ExerciseSession.__table__.c.id == session_id)
    )
    found = result.first()
    return None if found is None else _snapshot_of_columns(found)


async def read_many(session: AsyncSession, *, session_ids: Collection[int]) -> dict[int, Snapshot]:
    """The same light read for many sessions in a statement or a few; a missing id is left
    out."""
    ids = sorted(set(session_ids))
    found: dict[int, Snapshot] = {}
    column = ExerciseSession.__table__.c.id
    for start in range(0, len(ids), READ_CHUNK):
        chunk = ids[start : start + READ_CHUNK]
        result = await session.execute(_snapshot_columns().where(column.in_(chunk)))
        for row in result:
            found[row.id] = _snapshot_of_columns(row)
    return found


async def claim(
    session: AsyncSession, *, session_id: int, owner: str, now: datetime
) -> ExerciseSession | None:
    """Take a new session to run here; None if it is not waiting to start any more."""
    row = await lock(session, session_id=session_id)
    if row is None or row.status != STARTING:
        return None
    row.status, row.owner = RUNNING, owner
    row.started_at = row.heartbeat_at = row.updated_at = now
    await session.flush()
    return row


async def begin_at(
    session: AsyncSession, *, session_id: int, message_id: int, now: datetime
) -> None:
    """The progress message is up: the schedule counts from now."""
    await session.execute(
        update(ExerciseSession)
        .where(ExerciseSession.id == session_id)
        .values(message_id=message_id, started_at=now, updated_at=now)
    )


async def heartbeat(
    session: AsyncSession, *, session_ids: Collection[int], owner: str, now: datetime
) -> None:
    if not session_ids:
        return
    await session.execute(
        update(ExerciseSession)
        .where(
            ExerciseSession.id.in_(list(session_ids)),
            ExerciseSession.owner == owner,
            ExerciseSession.status.in_(LIVE),
        )
        .values(heartbeat_at=now)
    )


async def end(
    session: AsyncSession,
    *,
    session_id: int,
    status: str,
    now: datetime,
    duration_s: float,
    cycles_done: int,
    only_from: Sequence[str] = LIVE,
) -> bool:
    """Mark a session ended, if it is still in one of `only_from`; False if it was not. One
    kept for no one is deleted instead."""
    still = (ExerciseSession.id == session_id, ExerciseSession.status.in_(list(only_from)))
    if await _forget_unkept(session, *still):
        return True
    result = await session.execute(
        update(ExerciseSession)
        .where(*still)
        .values(
            status=status,
            ended_at=now,
            updated_at=now,
            paused_at=None,
            duration_s=round(duration_s, 1),
            cycles_done=cycles_done,
        )
    )
    return bool(getattr(result, "rowcount", 0))


async def _forget_unkept(session: AsyncSession, *where: ColumnElement[bool]) -> bool:
    """Delete the session `where` picks if it is kept for no one; True if one was."""
    result = await session.execute(
        delete(ExerciseSession).where(*where, ExerciseSession.user_id.is_(None))
    )
    return bool(getattr(result, "rowcount", 0))


async def mark_interrupted(
    session: AsyncSession,
    *,
    session_id: int,
    before: datetime,
    now: datetime,
    duration_s: float,
    cycles_done: int,
) -> bool:
    """End a session no runner paces as interrupted (one kept for no one is deleted); False if
    it moved meanwhile (another sweeper, or its runner after all)."""
    still = (ExerciseSession.id == session_id, _unpaced(before))
    if await _forget_unkept(session, *still):
        return True
    result = await session.execute(
        update(ExerciseSession)
        .where(*still)
        .values(
            status=INTERRUPTED,
            ended_at=now,
            updated_at=now,
            paused_at=None,
            duration_s=round(duration_s, 1),
            cycles_done=cycles_done,
        )
    )
    return bool(getattr(result, "rowcount", 0))


async def last_ended_in_chat(
    session: AsyncSession, *, chat_id: int, since: datetime
) -> ExerciseSession | None:
    """The chat's most recent session that ended after `since` (one kept for no one is gone
    once it ends, so it is never found here)."""
    result = await session.execute(
        select(ExerciseSession)
        .where(
            ExerciseSession.chat_id == chat_id,
            ExerciseSession.status.in_(ENDED),
            ExerciseSession.ended_at >= since,
        )
        .order_by(ExerciseSession.id.desc())
        .limit(1)
    )
    return result.scalars().first()


async def release(session: AsyncSession, *, session_ids: Collection[int], owner: str) -> None:
    """A process stopping on purpose hands its running sessions over: any instance, the one
    that replaces it first of all, takes them up at once instead of waiting for them to go
    stale."""
    if not session_ids:
        return
    await session.execute(
        update(ExerciseSession)
        .where(
            ExerciseSession.id.in_(list(session_ids)),
            ExerciseSession.owner == owner,
            ExerciseSession.status.in_((RUNNING, PAUSED)),
        )
        .values(owner=None)
    )


def _unpaced(before: datetime) -> ColumnElement[bool]:
    """Live sessions no runner paces: handed over, or silent since `before`. A session that
    never started is only taken once stale: its own process may be about to start it."""
    stale = (ExerciseSession.updated_at < before) & (
        (ExerciseSession.heartbeat_at.is_(None)) | (ExerciseSession.heartbeat_at < before)
    )
    handed_over = ExerciseSession.owner.is_(None) & ExerciseSession.status.in_((RUNNING, PAUSED))
    return ExerciseSession.status.in_(LIVE) & (stale | handed_over)


async def unpaced(
    session: AsyncSession, *, before: datetime, exclude: Collection[int] = ()
) -> list[ExerciseSession]:
    """Live sessions whose runner is gone (handed over, or not heard from since `before`)."""
    query = select(ExerciseSession).where(_unpaced(before))
    if exclude:
        query = query.where(ExerciseSession.id.not_in(list(exclude)))
    result = await session.execute(query.order_by(ExerciseSession.id).limit(200))
    return list(result.scalars())


async def adopt(
    session: AsyncSession, *, session_id: int, owner: str, before: datetime, now: datetime
) -> bool:
    """Take up a running session whose runner is gone; False if another instance (or its own
    runner after all) got there first."""
    result = await session.execute(
        update(ExerciseSession)
        .where(
            ExerciseSession.id == session_id,
            ExerciseSession.status.in_((RUNNING, PAUSED)),
            _unpaced(before),
        )
        .values(owner=owner, heartbeat_at=now)
    )
    return bool(getattr(result, "rowcount", 0))
