"""The reply outbox and the update ledger: what makes a turn's effects happen exactly once.

A turn records its `update_id` and writes its replies here in the same transaction as its
state and saves. After the commit the replies are sent in order and each row is deleted once
Telegram has taken it. Rows carry a lease so that only one process sends a chat's replies at a
time. Each sending process also keeps a heartbeat (`reply_owners`): a process whose heartbeat
has run out is known dead, and its leases are taken over at once instead of when they expire.

A chat's replies go out in the order their turns committed: a turn whose chat still has older
replies that another process holds (or that wait for a retry) writes its own unleased, behind
them; whoever finishes the older ones takes the newer ones next (`claim_chat`), or the sweeper
does. The sweeper takes the oldest replies first, a few per chat per pass, so one long backlog
does not starve other chats.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, and_, bindparam, delete, exists, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.storage import pg_hot, scrub
from bot.storage import sqlite_hot as hot
from bot.storage.models import OutboxMessage, ProcessedUpdate, ReplyOwner

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
    "heartbeat",
    "mark_sent",
    "orphans_waiting",
    "prune_processed",
    "release",
    "renew",
    "retire",
    "start_marking",
    "update_rows",
]

_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
_LEDGER: Table = ProcessedUpdate.__table__  # type: ignore[assignment]
_OWNERS: Table = ReplyOwner.__table__  # type: ignore[assignment]

# The sweeper takes at most this many replies of one chat per pass (Telegram lets a chat have
# about one message a second anyway), so every chat with replies waiting gets its turn.
PER_CHAT_PER_PASS = 5
# On PostgreSQL one sweeper at a time, so two never split one chat's replies between them.
_SWEEP_LOCK = 0x5354_4F42  # "STOB"


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


def _dead(now: datetime) -> Any:
    """Owners known dead: their heartbeat ran out (a process never seen is not known dead:
    its leases run their course)."""
    return select(_OWNERS.c.owner).where(_OWNERS.c.alive_until <= now)


def _lapsed(now: datetime) -> Any:
    """Rows no live process holds: never leased, lease run out, or held by a process known
    dead. Said again in each UPDATE that takes rows over: on PostgreSQL an UPDATE that waited
    for another transaction's lock checks its WHERE again against the row as committed, so a
    lease the sweeper took meanwhile is not taken twice."""
    return or_(
        _OUTBOX.c.lease_until.is_(None),
        _OUTBOX.c.lease_until <= now,
        _OUTBOX.c.lease_owner.in_(_dead(now)),
    )


def _held(now: datetime) -> Any:
    """Rows a live process holds, or that wait for a retry: their chat is not free."""
    return and_(
        _OUTBOX.c.lease_until > now,
        or_(_OUTBOX.c.lease_owner.is_(None), _OUTBOX.c.lease_owner.not_in(_dead(now))),
    )


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
                select(_OUTBOX.c.id, _lapsed(now).label("lapsed"))
                .where(_OUTBOX.c.chat_id == chat_id)
                .order_by(_OUTBOX.c.id)
            )
        ).all()
        if waiting
        else []
    )
    # Older replies someone else holds (a live process sending them, or a pause before a
    # retry): this turn's replies go behind them, unleased, and are sent after them.
    waiting = not all(row.lapsed for row in older)
    lease_until = now + lease
    taken: list[Pending] = []
    lapsed = [row.id for row in older]
    if lapsed and not waiting:
        # Left by a process that died (or gave up its lease): they go out first.
        result = await executor.execute(
            update(_OUTBOX)
            .where(_OUTBOX.c.id.in_(lapsed), _lapsed(now))
            .values(lease_owner=owner, lease_until=lease_until)
            .returning(*_COLUMNS)
        )
        taken = sorted((_pending(row) for row in result), key=lambda p: p.id)
        # Another process took some meanwhile: ours wait behind them.
        waiting = len(taken) < len(lapsed)
    if not envelopes:
        return taken
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
        return taken
    if _dialect(executor) == "sqlite" and isinstance(executor, AsyncConnection):
        ids = await _insert_sqlite(executor, rows)
    elif isinstance(executor, AsyncConnection):
        ids = await pg_hot.insert_replies(executor, rows, state=state, alone=not older)
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
                codec.bind(columns.blob)(row["blob"]),
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
    """Every unsent reply of the chat, if none is held by a live process or waits for a
    retry. After a process has sent a chat's replies it asks for more: a turn that came
    meanwhile left its replies behind them."""
    busy = (
        await executor.execute(select(exists().where(_OUTBOX.c.chat_id == chat_id, _held(now))))
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
    executor: Executor,
    *,
    owner: str,
    lease: timedelta,
    now: datetime,
    limit: int = 200,
    per_chat: int = PER_CHAT_PER_PASS,
) -> list[Pending]:
    """For the sweeper: unsent replies no live process holds, of chats where no live process
    is sending, oldest first and at most `per_chat` of a chat (its oldest). Rows past their
    expiry are deleted. On PostgreSQL one sweeper claims at a time (a transaction-level
    advisory lock); another finds it taken and leaves the pass to it."""
    if _dialect(executor) == "postgresql":
        locked = await executor.execute(
            text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _SWEEP_LOCK}
        )
        if not locked.scalar():
            return []
    await executor.execute(delete(_OUTBOX).where(_OUTBOX.c.expires_at < now, _lapsed(now)))
    held = select(_OUTBOX.c.chat_id).where(_held(now))
    ranked = (
        select(
            _OUTBOX.c.id,
            func.row_number()
            .over(partition_by=_OUTBOX.c.chat_id, order_by=_OUTBOX.c.id)
            .label("place"),
        )
        .where(_lapsed(now), _OUTBOX.c.chat_id.not_in(held))
        .subquery()
    )
    candidates = (
        select(ranked.c.id).where(ranked.c.place <= per_chat).order_by(ranked.c.id).limit(limit)
    )
    result = await executor.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.id.in_(candidates.scalar_subquery()), _lapsed(now))
        .values(lease_owner=owner, lease_until=now + lease)
        .returning(*_COLUMNS)
    )
    return sorted((_pending(row) for row in result), key=lambda p: (p.chat_id, p.id))


async def heartbeat(
    executor: Executor, *, owner: str, alive_until: datetime, now: datetime
) -> None:
    """This process is alive until `alive_until`; owners dead for a day are forgotten."""
    insert = postgresql.insert if _dialect(executor) == "postgresql" else sqlite.insert
    statement = insert(_OWNERS).values(owner=owner, alive_until=alive_until)
    await executor.execute(
        statement.on_conflict_do_update(
            index_elements=["owner"], set_={"alive_until": statement.excluded.alive_until}
        )
    )
    await executor.execute(delete(_OWNERS).where(_OWNERS.c.alive_until < now - timedelta(days=1)))


async def renew(executor: Executor, *, owner: str, alive_until: datetime, now: datetime) -> bool:
    """Extend this process's heartbeat, only if it has not run out; False if it had (others
    may have taken its replies over since)."""
    result = await executor.execute(
        update(_OWNERS)
        .where(_OWNERS.c.owner == owner, _OWNERS.c.alive_until > now)
        .values(alive_until=alive_until)
    )
    return bool(getattr(result, "rowcount", 0))


async def retire(executor: Executor, *, owner: str, now: datetime) -> None:
    """This process stops: it is known dead from now, so its leases are taken over at once."""
    await executor.execute(update(_OWNERS).where(_OWNERS.c.owner == owner).values(alive_until=now))


async def orphans_waiting(executor: Executor, *, now: datetime) -> bool:
    """Whether a sweep would take anything now: replies no live process holds (a dead
    process's, a turn's left behind older ones since sent, ones whose retry is due) in chats
    where nobody is sending. One look, every second, so those wait a second, not a sweep."""
    held = select(_OUTBOX.c.chat_id).where(_held(now))
    found = await executor.execute(
        select(exists().where(_lapsed(now), _OUTBOX.c.chat_id.not_in(held)))
    )
    return bool(found.scalar())


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
    # A reply may carry the person's words: its space is cleared with the next sweep.
    scrub.mark(database.engine.dialect, _OUTBOX.name)
    if database.is_sqlite:
        await hot.mark_sent(database.engine, reply_id)
    elif database.kept is None or not await database.kept.mark_sent(reply_id):
        await pg_hot.mark_sent(database.engine, reply_id)


def start_marking(database: Database, *, reply_id: int) -> asyncio.Task[None] | None:
    """`mark_sent` begun in a task, where its DELETE goes out at the task's first step (a kept
    PostgreSQL connection is free); None otherwise, and the caller marks it as usual."""
    if database.is_sqlite or database.kept is None:
        return None
    task = database.kept.start_mark(reply_id)
    if task is not None:
        scrub.mark(database.engine.dialect, _OUTBOX.name)
    return task


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
