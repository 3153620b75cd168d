"""The statements every turn makes, as plain Core on the turn's own connection: lock and load
the chat's state with its person (and whether replies are still waiting), write the state
back. ORM objects are loaded only when an action or effect needs them: building and flushing
them on every update cost more than everything else a turn does.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, fields
from datetime import datetime, time
from typing import Any

from sqlalchemy import Table, and_, bindparam, func, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import make_transient_to_detached

from bot.storage import outbox
from bot.storage import sqlite_hot as hot
from bot.storage.exercises import LIVE
from bot.storage.models import (
    Consent,
    ExerciseSession,
    FlowStateRow,
    OutboxMessage,
    ProcessedUpdate,
    User,
    UserStatus,
)

__all__ = [
    "FIRST_SEQ_RANGE",
    "Loaded",
    "Person",
    "attach_user",
    "claim_and_load",
    "forget_state",
    "lock_and_load",
    "reactivate",
    "save_state",
]

# Question numbers of a new chat start below this: buttons carry at most 9 digits, which
# leaves 900 million questions to count up through.
FIRST_SEQ_RANGE = 10**8

_STATES: Table = FlowStateRow.__table__  # type: ignore[assignment]
_USERS: Table = User.__table__  # type: ignore[assignment]
_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
_SESSIONS: Table = ExerciseSession.__table__  # type: ignore[assignment]
_LEDGER: Table = ProcessedUpdate.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Person:
    """What a turn reads of its person before any action needs the full row."""

    id: int
    language: str | None
    time_zone: str | None
    wake_time: time | None
    bedtime: time | None
    caffeine_cutoff: time | None
    checkin_time: time | None
    consent: Consent | None
    onboarded_at: datetime | None
    status: UserStatus


@dataclass(frozen=True)
class Loaded:
    flow: str | None
    step: str | None
    data: dict[str, Any]
    history: tuple[str, ...]
    seq: int
    paused: bool
    person: Person | None
    # The person's whole row as read with the state (None before they are known), from which
    # the turn makes their ORM object if an action needs it, without reading it again.
    user: dict[str, Any] | None
    # Replies of this chat still in the outbox (usually none).
    waiting: bool
    # A guided exercise runs in this chat now.
    exercising: bool


# What `Person` holds of the row.
_PERSON_FIELDS = tuple(field.name for field in fields(Person))


def _person(user: dict[str, Any] | None) -> Person | None:
    return None if user is None else Person(**{name: user[name] for name in _PERSON_FIELDS})


def _load(dialect: str) -> Any:
    waiting = (
        select(func.count())
        .select_from(_OUTBOX)
        .where(_OUTBOX.c.chat_id == _STATES.c.chat_id)
        .scalar_subquery()
    )
    exercising = (
        select(_SESSIONS.c.id)
        .where(_SESSIONS.c.chat_id == _STATES.c.chat_id, _SESSIONS.c.status.in_(LIVE))
        .exists()
    )
    query = (
        select(
            _STATES.c.flow,
            _STATES.c.step,
            _STATES.c.data,
            _STATES.c.history,
            _STATES.c.seq,
            _STATES.c.paused,
            waiting.label("waiting"),
            exercising.label("exercising"),
            *_USERS.columns,
        )
        .select_from(_STATES.outerjoin(_USERS, _USERS.c.telegram_id == _STATES.c.telegram_id))
        .where(_STATES.c.chat_id == bindparam("chat_id"))
    )
    # On PostgreSQL two instances handling one chat take turns on this row; SQLite has one
    # writer at a time anyway.
    return query.with_for_update(of=_STATES) if dialect == "postgresql" else query


# Built once per dialect: SQLAlchemy then finds each statement in its compiled cache.
_LOAD = {name: _load(name) for name in ("sqlite", "postgresql")}
_SAVE = (
    update(_STATES)
    .where(_STATES.c.chat_id == bindparam("chat"))
    .values(
        flow=bindparam("flow"),
        step=bindparam("step"),
        data=bindparam("data"),
        history=bindparam("history"),
        seq=bindparam("seq"),
        paused=bindparam("paused"),
        updated_at=bindparam("now"),
    )
)
_REACTIVATE = (
    update(_USERS)
    .where(and_(_USERS.c.id == bindparam("user"), _USERS.c.status == UserStatus.BLOCKED))
    .values(status=UserStatus.ACTIVE, updated_at=bindparam("now"))
)


def _claim_and_load() -> Any:
    """PostgreSQL: the update's claim and the chat's lock-and-load in one round trip. Always
    one row: `claimed` (1 when this transaction recorded the update id, 0 when a committed
    turn already had), then the loaded columns, all NULL when the chat has no row yet.

    The claim is the outer side of the join, so it runs before the state row is locked: the
    same order as two separate statements, so turns never wait on each other crosswise."""
    claim = (
        postgresql.insert(_LEDGER)
        .values(update_id=bindparam("update_id"), received_at=bindparam("now"))
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(_LEDGER.c.update_id)
        .cte("claim")
    )
    claimed = select(func.count().label("claimed")).select_from(claim).subquery("claimed")
    # FOR UPDATE may not apply to the nullable side of an outer join, so the lock is taken
    # inside the lateral subquery.
    state = _LOAD["postgresql"].lateral("state")
    return select(claimed.c.claimed, state).select_from(claimed.outerjoin(state, true()))


_CLAIM_AND_LOAD = _claim_and_load()


async def claim_and_load(
    conn: AsyncConnection, *, update_id: int, chat_id: int, telegram_id: int, now: datetime
) -> Loaded | None:
    """Record `update_id` as handled by this transaction and lock and load the chat's state;
    None when a committed turn already handled it (a retried delivery)."""
    if conn.dialect.name != "postgresql":
        if not await outbox.claim_update(conn, update_id=update_id, now=now):
            return None
        return await lock_and_load(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)
    params = {"update_id": update_id, "now": now, "chat_id": chat_id}
    row = (await conn.execute(_CLAIM_AND_LOAD, params)).one()
    if not row.claimed:
        return None
    if row.seq is None:
        # A chat's first message: make its row, then read it as any turn does.
        return await lock_and_load(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)
    return _loaded(row)


def _loaded(row: Any) -> Loaded:
    user = None if row.id is None else {c.name: getattr(row, c.name) for c in _USERS.columns}
    return Loaded(
        flow=row.flow,
        step=row.step,
        data=dict(row.data or {}),
        history=tuple(row.history or ()),
        seq=row.seq,
        paused=bool(row.paused),
        person=_person(user),
        user=user,
        waiting=bool(row.waiting),
        exercising=bool(row.exercising),
    )


def _create(dialect: str, *, chat_id: int, telegram_id: int, now: datetime) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return (
        insert(_STATES)
        .values(
            chat_id=chat_id,
            telegram_id=telegram_id,
            data={},
            history=[],
            # A new row starts at a random question number: after /delete removed the old
            # row, buttons still in the chat must not answer the new conversation's questions.
            seq=secrets.randbelow(FIRST_SEQ_RANGE),
            paused=False,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["chat_id"])
    )


async def lock_and_load(
    conn: AsyncConnection, *, chat_id: int, telegram_id: int, now: datetime
) -> Loaded:
    """The chat's state, locked until the transaction ends, with its person: one statement
    for a chat seen before (a first message creates the row, then reads it)."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        return await _lock_and_load_sqlite(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)
    load = _LOAD["postgresql" if dialect == "postgresql" else "sqlite"]
    row = (await conn.execute(load, {"chat_id": chat_id})).first()
    if row is None:
        await conn.execute(_create(dialect, chat_id=chat_id, telegram_id=telegram_id, now=now))
        row = (await conn.execute(load, {"chat_id": chat_id})).one()
    return _loaded(row)


async def _lock_and_load_sqlite(
    conn: AsyncConnection, *, chat_id: int, telegram_id: int, now: datetime
) -> Loaded:
    codec = hot.codec(conn)
    raw = await hot.raw_connection(conn)
    row = raw.execute(hot.LOAD, (chat_id,)).fetchone()
    if row is None:
        columns = hot.STATE_COLUMNS
        raw.execute(
            hot.CREATE,
            (
                chat_id,
                telegram_id,
                codec.bind(columns.data)({}),
                codec.bind(columns.history)([]),
                # As in `_create`: a new chat starts at a random question number.
                secrets.randbelow(FIRST_SEQ_RANGE),
                hot.now_text(codec, now),
            ),
        )
        row = raw.execute(hot.LOAD, (chat_id,)).fetchone()
        assert row is not None
    state = [codec.result(c)(v) for c, v in zip(hot.LOADED_STATE, row[:6], strict=True)]
    user = None
    if row[8] is not None:
        user = {c.name: codec.result(c)(v) for c, v in zip(hot.LOADED_USER, row[8:], strict=True)}
    flow, step, data, history, seq, paused = state
    return Loaded(
        flow=flow,
        step=step,
        data=dict(data or {}),
        history=tuple(history or ()),
        seq=seq,
        paused=bool(paused),
        person=_person(user),
        user=user,
        waiting=bool(row[6]),
        exercising=bool(row[7]),
    )


def attach_user(session: AsyncSession, user: dict[str, Any]) -> User:
    """The person's ORM object made from the row `lock_and_load` read, placed in `session` as
    if just loaded from it: what an action changes is written at the flush, and the row is
    not read a second time."""
    found = User(**user)
    make_transient_to_detached(found)
    session.add(found)
    return found


async def save_state(
    conn: AsyncConnection,
    *,
    chat_id: int,
    flow: str | None,
    step: str | None,
    data: dict[str, Any],
    history: list[str],
    seq: int,
    paused: bool,
    now: datetime,
) -> None:
    if conn.dialect.name == "sqlite":
        codec = hot.codec(conn)
        columns = hot.STATE_COLUMNS
        raw = await hot.raw_connection(conn)
        raw.execute(
            hot.SAVE,
            (
                flow,
                step,
                codec.bind(columns.data)(data),
                codec.bind(columns.history)(history),
                seq,
                codec.bind(columns.paused)(paused),
                hot.now_text(codec, now),
                chat_id,
            ),
        )
        return
    await conn.execute(
        _SAVE,
        {
            "chat": chat_id,
            "flow": flow,
            "step": step,
            "data": data,
            "history": history,
            "seq": seq,
            "paused": paused,
            "now": now,
        },
    )


_FORGET = _STATES.delete().where(_STATES.c.chat_id == bindparam("chat"))


async def forget_state(conn: AsyncConnection, *, chat_id: int) -> None:
    """No row stays about a chat whose person we keep nothing for (help before sign-up)."""
    await conn.execute(_FORGET, {"chat": chat_id})


async def reactivate(conn: AsyncConnection, *, user_id: int, now: datetime) -> None:
    """Someone marked blocked wrote to us, so they have unblocked the bot."""
    await conn.execute(_REACTIVATE, {"user": user_id, "now": now})
