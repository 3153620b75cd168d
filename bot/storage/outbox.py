"""The reply outbox and the update ledger: what makes a turn's effects happen exactly once.

A turn records its `update_id` and writes its replies here in the same transaction as its
state and saves. After the commit the replies are sent in order and each row is deleted once
Telegram has taken it. Rows carry a lease so that only one process sends a chat's replies at a
time; a process that dies leaves leases that expire, and the sweeper sends what it left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, and_, bindparam, delete, exists, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.storage import pg_hot
from bot.storage import sqlite_hot as hot
from bot.storage.models import OutboxMessage, ProcessedUpdate

if TYPE_CHECKING:
    from bot.storage.db import Database

__all__ = [
    "Envelope",
    "Pending",
    "add",
    "claim_chat",
    "claim_due",
    "claim_update",
    "delete_sent",
    "mark_sent",
    "prune_processed",
    "release",
    "update_rows",
]

_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
_LEDGER: Table = ProcessedUpdate.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Envelope:
    """One Bot API call to make for a chat: `method` and its parameters, a file if any, and
    how long the reply still makes sense (None: as long as it takes)."""

    method: str
    payload: dict[str, Any]
    blob: bytes | None = None
    expires_in: timedelta | None = None


@dataclass(frozen=True)
class Pending:
    """An outbox row this process holds the lease on."""

    id: int
    chat_id: int
    method: str
    payload: dict[str, Any]
    blob: bytes | None
    expires_at: datetime | None
    lease_until: datetime
    attempts: int


_COLUMNS = (
    _OUTBOX.c.id,
    _OUTBOX.c.chat_id,
    _OUTBOX.c.method,
    _OUTBOX.c.payload,
    _OUTBOX.c.blob,
    _OUTBOX.c.expires_at,
    _OUTBOX.c.lease_until,
    _OUTBOX.c.attempts,
)

Executor = AsyncSession | AsyncConnection


def _pending(row: Any) -> Pending:
    return Pending(
        id=row.id,
        chat_id=row.chat_id,
        method=row.method,
        payload=row.payload,
        blob=row.blob,
        expires_at=row.expires_at,
        lease_until=row.lease_until,
        attempts=row.attempts,
    )


def _lapsed(now: datetime) -> Any:
    """Rows no live process holds. Said again in each UPDATE that takes rows over: on
    PostgreSQL an UPDATE that waited for another transaction's lock checks its WHERE again
    against the row as committed, so a lease the sweeper took meanwhile is not taken twice."""
    return or_(_OUTBOX.c.lease_until.is_(None), _OUTBOX.c.lease_until <= now)


def _dialect(executor: Executor) -> str:
    bind = executor.bind if isinstance(executor, AsyncSession) else executor
    return bind.dialect.name if bind is not None else "sqlite"


def _claim(insert: Any) -> Any:
    return (
        insert(_LEDGER)
        .values(update_id=bindparam("update_id"), received_at=bindparam("now"))
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(_LEDGER.c.update_id)
    )


# Built once: every turn runs these, and a statement built anew is compiled anew.
_CLAIM = {"postgresql": _claim(postgresql.insert), "sqlite": _claim(sqlite.insert)}
_INSERT = _OUTBOX.insert().returning(_OUTBOX.c.id)
_INSERT_MANY = _OUTBOX.insert().returning(*_COLUMNS, sort_by_parameter_order=True)
_DELETE_ONE = delete(_OUTBOX).where(_OUTBOX.c.id == bindparam("id"))


async def claim_update(executor: Executor, *, update_id: int, now: datetime) -> bool:
    """Record `update_id` as handled by this transaction. False when a committed turn already
    did (a retried delivery): the primary key decides, so two instances cannot both win, and
    a turn that never committed leaves no record and runs again."""
    dialect = _dialect(executor)
    if dialect == "sqlite" and isinstance(executor, AsyncConnection):
        raw = await hot.raw_connection(executor)
        stamp = hot.now_text(hot.codec(executor), now)
        return raw.execute(hot.CLAIM, (update_id, stamp)).fetchone() is not None
    claim = _CLAIM["postgresql" if dialect == "postgresql" else "sqlite"]
    result = await executor.execute(claim, {"update_id": update_id, "now": now})
    return result.scalar_one_or_none() is not None


async def prune_processed(executor: Executor, *, before: datetime) -> int:
    """Forget update ids older than `before`; Telegram stops retrying long before that."""
    result = await executor.execute(delete(_LEDGER).where(_LEDGER.c.received_at < before))
    return int(getattr(result, "rowcount", 0) or 0)


async def add(
    executor: Executor,
    *,
    chat_id: int,
    update_id: int | None,
    envelopes: Sequence[Envelope],
    owner: str,
    lease: timedelta,
    now: datetime,
    waiting: bool = True,
    state: list[Any] | None = None,
) -> list[Pending]:
    """Write a turn's replies, leased to `owner`, and take over older unsent replies of the
    chat whose lease has lapsed (a crashed sender's), so they go out first. Returns what the
    caller should send, oldest first.

    While older replies of the chat wait out a pause (Telegram refused them a moment ago),
    this turn's replies wait behind them for the sweeper, so the chat's order holds. Replies
    another live process is sending right now are left to it. `waiting` False (the turn's
    state row said none are left) spares the look.

    `state` (PostgreSQL, from `pg_hot.state_params`): the chat's new state, written by the
    same statement as the replies; only with replies to write and `waiting` False.
    """
    if state is not None and (waiting or not envelopes or _dialect(executor) != "postgresql"):
        raise ValueError("the state goes with the replies only when they are written at once")
    older = (
        (
            await executor.execute(
                select(_OUTBOX.c.id, _OUTBOX.c.lease_owner, _OUTBOX.c.lease_until)
                .where(_OUTBOX.c.chat_id == chat_id)
                .order_by(_OUTBOX.c.id)
            )
        ).all()
        if waiting
        else []
    )
    waiting = any(
        row.lease_owner is None and row.lease_until is not None and row.lease_until > now
        for row in older
    )
    lease_until = now + lease
    taken: list[Pending] = []
    lapsed = [row.id for row in older if row.lease_until is None or row.lease_until <= now]
    if lapsed and not waiting:
        result = await executor.execute(
            update(_OUTBOX)
            .where(_OUTBOX.c.id.in_(lapsed), _lapsed(now))
            .values(lease_owner=owner, lease_until=lease_until)
            .returning(*_COLUMNS)
        )
        taken = sorted((_pending(row) for row in result), key=lambda p: p.id)
    if not envelopes:
        return [] if waiting else taken
    rows = [
        {
            "chat_id": chat_id,
            "update_id": update_id,
            "method": envelope.method,
            "payload": envelope.payload,
            "blob": envelope.blob,
            "created_at": now,
            "expires_at": now + envelope.expires_in if envelope.expires_in else None,
            "lease_owner": None if waiting else owner,
            "lease_until": None if waiting else lease_until,
            "attempts": 0,
        }
        for envelope in envelopes
    ]
    if waiting:
        await executor.execute(_OUTBOX.insert(), rows)
        return []
    if _dialect(executor) == "sqlite" and isinstance(executor, AsyncConnection):
        ids = await _insert_sqlite(executor, rows)
    elif isinstance(executor, AsyncConnection):
        ids = await pg_hot.insert_replies(executor, rows, state=state)
    elif len(rows) == 1:
        # Most turns say one thing: a single row, and only its id read back.
        ids = [int((await executor.execute(_INSERT, rows[0])).scalar_one())]
    else:
        return taken + [_pending(r) for r in await executor.execute(_INSERT_MANY, rows)]
    mine = [
        Pending(
            id=new_id,
            chat_id=chat_id,
            method=envelope.method,
            payload=envelope.payload,
            blob=envelope.blob,
            expires_at=now + envelope.expires_in if envelope.expires_in else None,
            lease_until=lease_until,
            attempts=0,
        )
        for new_id, envelope in zip(ids, envelopes, strict=True)
    ]
    return taken + mine


async def _insert_sqlite(conn: AsyncConnection, rows: list[dict[str, Any]]) -> list[int]:
    codec, columns = hot.codec(conn), hot.OUTBOX_COLUMNS
    raw = await hot.raw_connection(conn)
    ids: list[int] = []
    for row in rows:
        found = raw.execute(
            hot.INSERT_REPLY,
            (
                row["chat_id"],
                row["update_id"],
                row["method"],
                codec.bind(columns.payload)(row["payload"]),
                row["blob"],
                codec.bind(columns.created_at)(row["created_at"]),
                codec.bind(columns.expires_at)(row["expires_at"]),
                row["lease_owner"],
                codec.bind(columns.lease_until)(row["lease_until"]),
            ),
        ).fetchone()
        assert found is not None
        ids.append(int(found[0]))
    return ids


async def update_rows(
    executor: Executor, *, update_id: int, owner: str, lease: timedelta, now: datetime
) -> list[Pending]:
    """The unsent replies of a retried update whose turn committed, taken over if no live
    process holds them (and only if nothing older in the chat is still unsent)."""
    chat = (
        await executor.execute(
            select(_OUTBOX.c.chat_id).where(_OUTBOX.c.update_id == update_id).limit(1)
        )
    ).scalar_one_or_none()
    if chat is None:
        return []
    return await claim_chat(executor, chat_id=chat, owner=owner, lease=lease, now=now)


async def claim_chat(
    executor: Executor, *, chat_id: int, owner: str, lease: timedelta, now: datetime
) -> list[Pending]:
    """Every unsent reply of the chat, if none is leased by a live process."""
    live = _OUTBOX.c.lease_until > now
    busy = (
        await executor.execute(select(exists().where(_OUTBOX.c.chat_id == chat_id, live)))
    ).scalar()
    if busy:
        return []
    result = await executor.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.chat_id == chat_id, _lapsed(now))
        .values(lease_owner=owner, lease_until=now + lease)
        .returning(*_COLUMNS)
    )
    return sorted((_pending(row) for row in result), key=lambda p: p.id)


async def claim_due(
    executor: Executor, *, owner: str, lease: timedelta, now: datetime, limit: int = 200
) -> list[Pending]:
    """For the sweeper: unsent replies whose lease has lapsed (or was never taken), of chats
    where no live process is sending, oldest first. Rows past their expiry are deleted."""
    await executor.execute(delete(_OUTBOX).where(_OUTBOX.c.expires_at < now, _lapsed(now)))
    live = select(_OUTBOX.c.chat_id).where(_OUTBOX.c.lease_until > now)
    candidates = (
        select(_OUTBOX.c.id)
        .where(
            _lapsed(now),
            _OUTBOX.c.chat_id.not_in(live),
        )
        .order_by(_OUTBOX.c.id)
        .limit(limit)
    )
    if _dialect(executor) == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    result = await executor.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.id.in_(candidates.scalar_subquery()))
        .values(lease_owner=owner, lease_until=now + lease)
        .returning(*_COLUMNS)
    )
    return sorted((_pending(row) for row in result), key=lambda p: (p.chat_id, p.id))


async def delete_sent(executor: Executor, *, ids: Sequence[int]) -> None:
    """Telegram took these (or they were given up on): they are done."""
    if len(ids) == 1 and _dialect(executor) == "sqlite" and isinstance(executor, AsyncConnection):
        (await hot.raw_connection(executor)).execute(hot.DELETE_REPLY, (ids[0],))
    elif len(ids) == 1:
        await executor.execute(_DELETE_ONE, {"id": ids[0]})
    elif ids:
        await executor.execute(delete(_OUTBOX).where(_OUTBOX.c.id.in_(list(ids))))


async def mark_sent(database: Database, *, reply_id: int) -> None:
    """One reply Telegram took (or that was given up on) is done: deleted at once, on its own
    (on PostgreSQL one message whose commit does not wait for the disk: see `pg_hot`)."""
    if database.is_sqlite:
        await hot.mark_sent(database.engine, reply_id)
    else:
        await pg_hot.mark_sent(database.engine, reply_id)


async def release(
    executor: Executor, *, ids: Sequence[int], owner: str, retry_at: datetime
) -> None:
    """Give rows back for a later try (from `retry_at`), counting the attempt."""
    if ids:
        await executor.execute(
            update(_OUTBOX)
            .where(and_(_OUTBOX.c.id.in_(list(ids)), _OUTBOX.c.lease_owner == owner))
            .values(lease_until=retry_at, lease_owner=None, attempts=_OUTBOX.c.attempts + 1)
        )
