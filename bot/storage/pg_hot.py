"""The turn's few hot statements on PostgreSQL, run on the asyncpg connection of the turn.

Every update runs the same handful of statements (claim the update id and lock and load the
chat's state, write the state back with the replies, delete each reply once sent). Through
SQLAlchemy each cost about as much in statement machinery (greenlet hops, compilation, result
processing) as in waiting on the server; here they are plain SQL on the asyncpg connection
under the turn's SQLAlchemy connection, inside the transaction SQLAlchemy commits or rolls back
(and in which any ORM work of an action runs too). Values are encoded and decoded by the
columns' own SQLAlchemy type processors for the asyncpg dialect (`sqlite_hot.Codec` is
dialect-neutral), so what is stored is exactly what the ORM would store: encrypted text and
flow data, aware UTC times, enums as their values; a column whose type changes (a payload
that becomes encrypted) is encoded the new way here too.

Round trips are what a PostgreSQL turn waits on, so there are as few as the turn allows: the
turn's connection is kept between turns in a transaction already begun (`KeptConnections`: no
BEGIN of its own, and its COMMIT carries the next BEGIN), the claim and the load are one
statement, the state's UPDATE and the replies' INSERT another, and a sent reply's DELETE goes
as one message that does not wait for its commit to reach the disk.

That UPDATE and INSERT, the turn's last write, ride with the COMMIT in one message as well
(`defer`): a message of several statements is a simple query, which takes no parameters, so
their values are written into the text as literals (`literal`, for the few types the columns'
processors give; anything else takes the two-message way), and the replies' ids, which a
simple query cannot return, are taken beforehand from the outbox's sequence in blocks
(`OutboxIds`). The commit and the turn's writes stay one transaction, as before.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, Engine, Table
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.util import await_, greenlet_spawn

from bot.storage.exercises import LIVE
from bot.storage.models import FlowStateRow, OutboxMessage, User
from bot.storage.sqlite_hot import Codec, codec

__all__ = [
    "CLAIM_AND_LOAD",
    "CREATE",
    "LOAD",
    "SAVE",
    "Codec",
    "KeptConnections",
    "OutboxIds",
    "codec",
    "insert_replies",
    "literal",
    "mark_sent",
    "raw_connection",
    "state_params",
]

logger = logging.getLogger(__name__)

_STATES: Table = FlowStateRow.__table__  # type: ignore[assignment]
_USERS: Table = User.__table__  # type: ignore[assignment]
_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]


async def raw_connection(conn: AsyncConnection) -> Any:
    """The asyncpg connection under the turn's SQLAlchemy connection, in its transaction.

    SQLAlchemy's asyncpg adapter sends BEGIN only before the first statement it runs itself.
    When the turn's first statement runs here, the transaction is started through the adapter
    in the same way, so that SQLAlchemy's commit or rollback, and any ORM statement after, are
    in the same transaction as these."""
    adapter: Any
    sync = conn.sync_connection
    if sync is not None and not sync.invalidated and not sync.closed:
        # Checked out for the connection's whole life: reading it costs no greenlet hop.
        adapter = sync.connection.dbapi_connection
    else:
        adapter = (await conn.get_raw_connection()).dbapi_connection
    start = getattr(adapter, "_start_transaction", None)
    if start is None:
        raise TypeError("the PostgreSQL hot path needs SQLAlchemy's asyncpg adapter")
    if adapter._transaction is None and not adapter.autocommit:
        await start()
    driver = adapter.driver_connection
    if _DEFERRED:
        # A statement run after the deferred last write runs after it, as it was written.
        deferred = _DEFERRED.pop(id(conn), None)
        if deferred is not None:
            await driver.execute(deferred)
    return driver


# The turn's last write, kept to go with its COMMIT (`insert_replies`), by id() of the turn's
# connection; and the connections of turns begun by `KeptConnections.begin` (whose commit
# sends it), with their KeptConnections.
_DEFERRED: dict[int, str] = {}
_TURNS: dict[int, KeptConnections] = {}


def _adapter(conn: AsyncConnection) -> Any:
    """SQLAlchemy's asyncpg adapter under `conn`, if it is open and its SQLAlchemy transaction
    usable (else None)."""
    sync = conn.sync_connection
    if sync is None or sync.invalidated or sync.closed:
        return None
    began = sync.get_transaction()
    if began is None or not began.is_active:
        return None
    adapter = sync.connection.dbapi_connection
    return adapter if hasattr(adapter, "_start_transaction") else None


class KeptConnections:
    """A few connections kept out of the pool between turns, each waiting in a transaction
    already begun, so that a turn makes no round trip of its own for BEGIN.

    A turn's transaction is ended by one message, `COMMIT; BEGIN`: the commit waits for the
    disk as ever, and the connection is in its next transaction when it comes back here. A
    sent reply's DELETE rides on such a connection the same way (`SET LOCAL synchronous_commit
    = off; DELETE …; COMMIT; BEGIN`), with no checkout from the pool. SQLAlchemy's transaction
    on a kept connection, and the asyncpg transaction under it, stay open across these: to
    them it is one transaction, which the server commits and begins again.

    A transaction that has only begun holds no lock and no snapshot (under READ COMMITTED the
    snapshot is taken by the first statement), so it keeps nothing from VACUUM or DDL; it shows
    as "idle in transaction". No connection waits here longer than `max_idle_s` (about twice
    that at worst): then it is rolled back and goes back to the pool, so a quiet bot holds
    nothing open, and a server's `idle_in_transaction_session_timeout` of a minute or more
    never ends one. At most `keep` are kept (fewer than the pool holds, so that sessions of
    the sweeper, reminders and exercises always find one there)."""

    def __init__(self, engine: AsyncEngine, *, keep: int, max_idle_s: float = 10.0) -> None:
        self.engine = engine
        self.keep = keep
        self.max_idle_s = max_idle_s
        # Oldest first, each with when it was kept (time.monotonic()).
        self._idle: list[tuple[AsyncConnection, float]] = []
        self._expiry: asyncio.TimerHandle | None = None
        self._letting_go: set[asyncio.Task[None]] = set()
        # After `close` nothing more is kept (a turn still running then hands its back).
        self._closed = False
        self.ids = OutboxIds()

    def _take(self) -> AsyncConnection | None:
        idle = self._idle
        while idle:
            conn = idle.pop()[0]
            if _adapter(conn) is not None:
                return conn
            self._let_go(conn)
        return None

    async def begin(self) -> AsyncConnection:
        """A connection in a transaction: a kept one if any (already begun on the server),
        else one from the pool (BEGIN is sent before its first statement)."""
        conn = self._take()
        if conn is None:
            conn = await self.engine.connect()
            await conn.begin()
        _TURNS[id(conn)] = self
        return conn

    async def commit(self, conn: AsyncConnection) -> None:
        """Commit the transaction of `conn` (from `begin`), with its deferred last write if
        any, and keep the connection, in its next transaction, or hand it back to the pool if
        enough are kept."""
        _TURNS.pop(id(conn), None)
        deferred = _DEFERRED.pop(id(conn), None)
        adapter = _adapter(conn)
        if adapter is None or self._closed or len(self._idle) >= self.keep:
            try:
                if deferred is not None:
                    if adapter is None:
                        # Its transaction is gone: committing now would drop the write.
                        raise RuntimeError("the turn's transaction ended before its commit")
                    await adapter.driver_connection.execute(deferred)
                await conn.commit()
            finally:
                await conn.close()
            return
        if deferred is not None:
            await self._run(conn, adapter, f"{deferred}; COMMIT; BEGIN")
        elif adapter._transaction is not None:
            await self._run(conn, adapter, "COMMIT; BEGIN")
        # (Else nothing was sent: the transaction begins before its first statement.)
        self._keep(conn)

    @staticmethod
    def discard(conn: AsyncConnection) -> None:
        """Forget the deferred write of `conn`'s turn, which is being rolled back."""
        _TURNS.pop(id(conn), None)
        _DEFERRED.pop(id(conn), None)

    async def mark_sent(self, reply_id: int) -> bool:
        """Delete one sent reply on a kept connection (see `mark_sent`); False when none is
        free (the caller takes one from the pool)."""
        conn = self._take()
        if conn is None:
            return False
        await self._mark_on(conn, reply_id)
        return True

    def start_mark(self, reply_id: int) -> asyncio.Task[None] | None:
        """`mark_sent` in a task, on a kept connection taken now: the task's first step writes
        the DELETE to the server, with nothing to wait for before it. None when none is free."""
        conn = self._take()
        if conn is None:
            return None
        return asyncio.ensure_future(self._mark_on(conn, reply_id))

    async def _mark_on(self, conn: AsyncConnection, reply_id: int) -> None:
        adapter = _adapter(conn)
        assert adapter is not None
        if adapter._transaction is None:
            # Not begun on the server: the DELETE is a transaction of its own, as from the pool.
            await self._run(conn, adapter, DELETE_SENT.format(id=int(reply_id)))
        else:
            await self._run(conn, adapter, DELETE_KEPT.format(id=int(reply_id)))
        self._keep(conn)

    async def _run(self, conn: AsyncConnection, adapter: Any, sql: str) -> None:
        try:
            await adapter.driver_connection.execute(sql)
        except BaseException:
            # Where the server stands is unknown (a COMMIT that failed, a cancellation while
            # it ran): the connection is closed, not kept.
            await asyncio.shield(asyncio.ensure_future(_drop(conn)))
            raise

    def _keep(self, conn: AsyncConnection) -> None:
        if self._closed or len(self._idle) >= self.keep:
            self._let_go(conn)
            return
        self._idle.append((conn, time.monotonic()))
        if self._expiry is None:
            self._expiry = asyncio.get_running_loop().call_later(self.max_idle_s, self._expire)

    def _expire(self) -> None:
        self._expiry = None
        oldest = time.monotonic() - self.max_idle_s
        idle = self._idle
        while idle and idle[0][1] <= oldest:
            self._let_go(idle.pop(0)[0])
        if idle:
            self._expiry = asyncio.get_running_loop().call_later(self.max_idle_s, self._expire)

    def _let_go(self, conn: AsyncConnection) -> None:
        """Roll back and hand back to the pool, in a task of its own."""
        task = asyncio.get_running_loop().create_task(_close(conn))
        self._letting_go.add(task)
        task.add_done_callback(self._letting_go.discard)

    async def close(self) -> None:
        """Hand every kept connection back to the pool (before the engine is disposed)."""
        self._closed = True
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
        idle, self._idle = self._idle, []
        for conn, _since in idle:
            self._let_go(conn)
        while self._letting_go:
            await asyncio.gather(*list(self._letting_go))


async def _close(conn: AsyncConnection) -> None:
    try:
        await conn.close()
    except Exception:  # a connection the server already ended: the pool replaces it
        logger.debug("a kept connection failed to close", exc_info=True)


async def _drop(conn: AsyncConnection) -> None:
    try:
        await conn.invalidate()
    finally:
        await conn.close()


async def mark_sent(engine: AsyncEngine, reply_id: int) -> None:
    """Delete one sent reply, in a transaction of its own that does not wait for the disk.

    One message (`SET LOCAL synchronous_commit = off; DELETE …`, run as one implicit
    transaction) instead of a round trip that waits for the write-ahead log to be flushed:
    every reply sent is marked this way. The price: if PostgreSQL itself crashes within the
    WAL writer's delay (a fraction of a second) after the DELETE, the row comes back after its
    restart and the reply is sent once more (docs/ARCHITECTURE.md, "The outbox")."""
    await greenlet_spawn(_mark_sent, engine.sync_engine, int(reply_id))


def _mark_sent(engine: Engine, reply_id: int) -> None:
    with engine.connect() as conn:
        # Nothing runs through SQLAlchemy here, so it starts no transaction on the connection;
        # the id is an int, so it can be written into the text (a simple query has no
        # parameters, and only a simple query carries two statements in one message).
        raw: Any = conn.connection.driver_connection
        await_(raw.execute(DELETE_SENT.format(id=reply_id)))


def state_params(codec_: Codec, values: dict[str, Any]) -> list[Any]:
    """The parameters of SAVE, encoded: `values` holds the state's columns by name (flow, step,
    data, history, seq, paused, updated_at) and `chat_id`."""
    binds = codec_.binds(_SAVED_COLUMNS)
    params = [bind(values[name]) for bind, name in zip(binds, _SAVED, strict=True)]
    params.append(values["chat_id"])
    return params


async def insert_replies(
    conn: AsyncConnection,
    rows: Sequence[dict[str, Any]],
    *,
    state: list[Any] | None = None,
    alone: bool = False,
) -> list[int]:
    """Insert outbox rows (dicts by column name, as the outbox builds them) and return their
    ids in the rows' order. With `state` (from `state_params`) the chat's state is written by
    the same statement. `alone`: the chat has no other row in the outbox; then, on a turn's
    connection from `KeptConnections`, the statement is deferred to go with the COMMIT, its
    ids taken ahead (`OutboxIds`)."""
    keys = tuple(rows[0])
    binds = codec(conn).binds(_outbox_columns(keys))
    params: list[Any] = list(state or ())
    for row in rows:
        params.extend(bind(row[key]) for bind, key in zip(binds, keys, strict=True))
    raw = await raw_connection(conn)
    # Ids from a block only where no row of the chat is there to be ordered against.
    kept = _TURNS.get(id(conn)) if alone else None
    if kept is not None and _in_transaction(conn):
        ids = await kept.ids.take(raw, len(rows))
        try:
            sql = _literal_insert(keys, params, ids, with_state=state is not None)
        except _NotLiteral:
            kept.ids.give_back(ids)
        else:
            # The turn's last write: sent with its COMMIT (`KeptConnections.commit`).
            _DEFERRED[id(conn)] = sql
            return ids
    found = await raw.fetch(_insert(keys, len(rows), state is not None), *params)
    # One INSERT … VALUES takes its ids from the sequence in the order of its rows.
    return sorted(int(record[0]) for record in found)


def _in_transaction(conn: AsyncConnection) -> bool:
    adapter = _adapter(conn)
    return adapter is not None and adapter._transaction is not None


class OutboxIds:
    """Ids for outbox rows taken from the outbox's sequence ahead, a block at a time, for the
    rows a simple query inserts (it cannot return their ids).

    The ids of one process grow; another process's block may be lower than ours. The order of
    a chat's replies holds all the same: rows are inserted with these ids only when the chat
    has no other row in the outbox (`insert_replies`'s `alone`), and every row written while
    some are there takes its id from the sequence then, above every block taken so far."""

    BLOCK = 32

    def __init__(self) -> None:
        self._ids: deque[int] = deque()

    async def take(self, raw: Any, count: int) -> list[int]:
        ids = self._ids
        while len(ids) < count:
            found = await raw.fetch(_NEXT_IDS, max(self.BLOCK, count))
            ids.extend(sorted(int(record[0]) for record in found))
        return [ids.popleft() for _ in range(count)]

    def give_back(self, ids: list[int]) -> None:
        self._ids.extendleft(reversed(ids))


_NEXT_IDS = (
    "SELECT nextval(pg_get_serial_sequence('outbox', 'id')) FROM generate_series(1, $1::int)"
)


class _NotLiteral(Exception):
    """A value `literal` does not write (the statement then goes with parameters)."""


def literal(value: Any) -> str:
    """`value`, as the columns' asyncpg bind processors leave it, written as an SQL literal
    for a simple query; `_NotLiteral` for any other type.

    Strings are escape strings (E'…') with every backslash and quote doubled, so nothing in
    them is read as SQL or as an escape whatever the server's standard_conforming_strings;
    a NUL, which PostgreSQL text cannot hold, is refused as the parameter would be."""
    if value is None:
        return "NULL"
    kind = type(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is str:
        if "\x00" in value:
            raise _NotLiteral
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    if kind is datetime and value.tzinfo is not None:
        return f"'{value.isoformat()}'::timestamptz"
    raise _NotLiteral


def _literal_insert(
    keys: tuple[str, ...], params: list[Any], ids: list[int], *, with_state: bool
) -> str:
    """`_insert(keys, len(ids), with_state)` with its parameters written in, and the ids
    given."""
    skip = len(_SAVED) + 1 if with_state else 0
    values = params[skip:]
    width = len(keys)
    rows = ", ".join(
        "("
        + ", ".join([str(int(new_id)), *(literal(v) for v in values[i * width : (i + 1) * width])])
        + ")"
        for i, new_id in enumerate(ids)
    )
    insert = f"INSERT INTO outbox (id, {', '.join(keys)}) VALUES {rows}"
    if not with_state:
        return insert
    state = params[:skip]
    saved = (
        "UPDATE flow_states SET "
        + ", ".join(f"{name} = {literal(v)}" for name, v in zip(_SAVED, state[:-1], strict=True))
        + f" WHERE chat_id = {literal(state[-1])}"
    )
    return f"WITH saved AS ({saved}) {insert}"


@cache
def _outbox_columns(keys: tuple[str, ...]) -> tuple[Column[Any], ...]:
    return tuple(_OUTBOX.c[key] for key in keys)


@cache
def _insert(keys: tuple[str, ...], count: int, with_state: bool) -> str:
    first = len(_SAVED) + 2 if with_state else 1
    values = ", ".join(
        "(" + ", ".join(f"${first + row * len(keys) + i}" for i in range(len(keys))) + ")"
        for row in range(count)
    )
    insert = f"INSERT INTO outbox ({', '.join(keys)}) VALUES {values} RETURNING id"
    # A data-modifying WITH runs whether or not the main statement reads it.
    return f"WITH saved AS ({SAVE}) {insert}" if with_state else insert


# --- the statements ------------------------------------------------------------------------

_SAVED = ("flow", "step", "data", "history", "seq", "paused", "updated_at")
_SAVED_COLUMNS = tuple(_STATES.c[name] for name in _SAVED)

# The chat's state with its person; $1 is the chat. Locked until the transaction ends: two
# instances handling one chat take turns on this row.
LOAD = (
    "SELECT s.flow, s.step, s.data, s.history, s.seq, s.paused, "
    "(SELECT count(*) FROM outbox o WHERE o.chat_id = s.chat_id) AS waiting, "
    "EXISTS (SELECT 1 FROM exercise_sessions e WHERE e.chat_id = s.chat_id "
    f"AND e.status IN ({', '.join(repr(str(status)) for status in LIVE)})) AS exercising, "
    + ", ".join(f"u.{column.name} AS u_{column.name}" for column in _USERS.columns)
    + " FROM flow_states s LEFT OUTER JOIN users u ON u.telegram_id = s.telegram_id "
    "WHERE s.chat_id = {chat} FOR UPDATE OF s"
)

# The update's claim ($1 update id, $2 now) and the chat's lock-and-load ($3) in one round
# trip. Always one row: 1 when this transaction recorded the update id, 0 when a committed
# turn already had, then LOAD's columns, all NULL when the chat has no row yet. The claim is
# the outer side of the join, so it runs before the state row is locked: the same order as two
# statements, so turns never wait on each other crosswise. (FOR UPDATE may not apply to the
# nullable side of an outer join, so the lock is taken inside the lateral subquery.)
CLAIM_AND_LOAD = (
    "WITH claim AS (INSERT INTO processed_updates (update_id, received_at) VALUES ($1, $2) "
    "ON CONFLICT (update_id) DO NOTHING RETURNING update_id) "
    "SELECT claimed.n, state.* FROM (SELECT count(*) AS n FROM claim) AS claimed "
    f"LEFT OUTER JOIN LATERAL ({LOAD.format(chat='$3')}) AS state ON true"
)
LOAD = LOAD.format(chat="$1")

CREATE = (
    "INSERT INTO flow_states (chat_id, telegram_id, flow, step, data, history, seq, paused, "
    "updated_at) VALUES ($1, $2, NULL, NULL, $3, $4, $5, false, $6) "
    "ON CONFLICT (chat_id) DO NOTHING"
)
SAVE = (
    "UPDATE flow_states SET "
    + ", ".join(f"{name} = ${index}" for index, name in enumerate(_SAVED, start=1))
    + f" WHERE chat_id = ${len(_SAVED) + 1}"
)
DELETE_SENT = "SET LOCAL synchronous_commit = off; DELETE FROM outbox WHERE id = {id}"
DELETE_KEPT = DELETE_SENT + "; COMMIT; BEGIN"

# Columns in the order LOAD reads them, each with the column whose type decodes it.
LOADED_STATE = tuple(_STATES.c[name] for name in _SAVED[:-1])
LOADED_USER = tuple(_USERS.columns)
STATE_COLUMNS = _STATES.c
