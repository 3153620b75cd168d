"""The turn's few hot statements on SQLite, run on the turn's own sqlite3 connection.

Every update runs the same handful of statements (record the update id, lock and load the
chat's state, write it back, add the replies, delete each reply once sent). Through SQLAlchemy
each costs tens of microseconds of statement machinery, more than SQLite needs to run it; here
they are plain SQL on the DBAPI connection of the turn's SQLAlchemy connection, so they share
its transaction (and any ORM work an action does in it). Values are encoded and decoded by the
columns' own SQLAlchemy type processors, so what is stored is exactly what the ORM would store
(naive UTC datetimes, JSON, flow data encrypted with the engine's keyring).

PostgreSQL keeps the Core statements (`turn_store`, `outbox`): there a round trip, not the
machinery, is the cost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Dialect, Engine, Table, event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.util import greenlet_spawn

from bot.storage.exercises import LIVE
from bot.storage.models import FlowStateRow, OutboxMessage, ProcessedUpdate, User

__all__ = ["Codec", "IdleConnection", "codec", "mark_sent", "raw_connection", "sqlite3_of"]

_STATES: Table = FlowStateRow.__table__  # type: ignore[assignment]
_USERS: Table = User.__table__  # type: ignore[assignment]
_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
_LEDGER: Table = ProcessedUpdate.__table__  # type: ignore[assignment]

Processor = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


class Codec:
    """The bind and result processors of the hot columns, for one engine's dialect (which
    carries the keyring that encrypts flow data), each made once."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self._binds: dict[Column[Any], Processor] = {}
        self._results: dict[Column[Any], Processor] = {}
        self._many: dict[tuple[Column[Any], ...], tuple[Processor, ...]] = {}

    def bind(self, column: Column[Any]) -> Processor:
        found = self._binds.get(column)
        if found is None:
            found = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
            found = found or _identity
            self._binds[column] = found
        return found

    def binds(self, columns: tuple[Column[Any], ...]) -> tuple[Processor, ...]:
        """`bind` of each column, looked up once per set of columns."""
        found = self._many.get(columns)
        if found is None:
            found = tuple(self.bind(column) for column in columns)
            self._many[columns] = found
        return found

    def result(self, column: Column[Any]) -> Processor:
        found = self._results.get(column)
        if found is None:
            impl = column.type.dialect_impl(self.dialect)
            found = impl.result_processor(self.dialect, None) or _identity
            self._results[column] = found
        return found


# One codec per dialect object: each engine (and so each keyring) has its own dialect.
_CODECS: dict[int, tuple[Dialect, Codec]] = {}


def codec(conn: AsyncConnection) -> Codec:
    dialect = conn.dialect
    found = _CODECS.get(id(dialect))
    if found is None or found[0] is not dialect:
        found = (dialect, Codec(dialect))
        _CODECS[id(dialect)] = found
    return found[1]


async def raw_connection(conn: AsyncConnection) -> sqlite3.Connection:
    """The sqlite3 connection under the turn's SQLAlchemy connection (see sqlite_inline)."""
    sync = conn.sync_connection
    if sync is not None and not sync.invalidated and not sync.closed:
        # Checked out for the connection's whole life: reading it makes no round trip, so it
        # needs no hop into SQLAlchemy's greenlet.
        return sqlite3_of(sync.connection.driver_connection)
    fairy = await conn.get_raw_connection()
    return sqlite3_of(fairy.driver_connection)


def sqlite3_of(driver: Any) -> sqlite3.Connection:
    """The sqlite3 connection inside an inline driver's connection (TypeError for another)."""
    inner = getattr(driver, "_conn", None)
    if not isinstance(inner, sqlite3.Connection):
        raise TypeError("the SQLite hot path needs the inline SQLite driver")
    return inner


class IdleConnection:
    """The one sqlite3 connection of an inline engine with a pool of one, usable directly
    while the pool holds it idle.

    The inline driver never suspends, so a statement and its commit made on it while the pool
    says no one has it checked out (and it is in no transaction) run start to end before any
    other task can take it: no one else can be using it, and it is left as it was found."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.pool: Any = engine.sync_engine.pool
        self.raw: sqlite3.Connection | None = None
        sync = engine.sync_engine
        event.listen(sync, "connect", self._connected)
        for gone in ("close", "detach", "invalidate", "soft_invalidate"):
            event.listen(sync, gone, self._gone)
        setattr(engine.dialect, _IDLE, self)

    def now(self) -> sqlite3.Connection | None:
        """The connection, if it is idle right now (else None: go through the pool)."""
        raw = self.raw
        if raw is None or self.pool.checkedout() or raw.in_transaction:
            return None
        return raw

    def _connected(self, dbapi_connection: Any, _record: Any) -> None:
        self.raw = sqlite3_of(dbapi_connection.driver_connection)

    def _gone(self, *_args: Any) -> None:
        self.raw = None


_IDLE = "stillpoint_idle_sqlite"


async def mark_sent(engine: AsyncEngine, reply_id: int) -> None:
    """Delete one sent reply in a transaction of its own.

    On the idle connection directly when there is one (`IdleConnection`): every reply sent is
    marked, and the pool's checkout and SQLAlchemy's begin and commit cost more than SQLite's
    DELETE and commit. Otherwise as synchronous SQLAlchemy in one hop into its greenlet, as
    `AsyncConnection.run_sync` does, rather than one hop each for connect, begin, commit and
    close."""
    idle: IdleConnection | None = getattr(engine.dialect, _IDLE, None)
    raw = idle.now() if idle is not None else None
    if raw is None:
        await greenlet_spawn(_mark_sent, engine.sync_engine, reply_id)
        return
    try:
        raw.execute(DELETE_REPLY, (reply_id,))
        raw.commit()
    except BaseException:
        raw.rollback()
        raise


def _mark_sent(engine: Engine, reply_id: int) -> None:
    with engine.begin() as conn:
        sqlite3_of(conn.connection.driver_connection).execute(DELETE_REPLY, (reply_id,))


def now_text(codec_: Codec, instant: datetime) -> Any:
    """An aware UTC instant as the UtcDateTime columns store it."""
    return codec_.bind(_LEDGER.c.received_at)(instant)


# --- the statements ------------------------------------------------------------------------

CLAIM = (
    "INSERT INTO processed_updates (update_id, received_at) VALUES (?, ?) "
    "ON CONFLICT (update_id) DO NOTHING RETURNING update_id"
)
LOAD = (
    "SELECT s.flow, s.step, s.data, s.history, s.seq, s.paused, "
    "(SELECT count(*) FROM outbox o WHERE o.chat_id = s.chat_id), "
    "EXISTS (SELECT 1 FROM exercise_sessions e WHERE e.chat_id = s.chat_id "
    f"AND e.status IN ({', '.join(repr(status) for status in LIVE)})), "
    + ", ".join(f"u.{column.name}" for column in _USERS.columns)
    + " "
    "FROM flow_states s LEFT OUTER JOIN users u ON u.telegram_id = s.telegram_id "
    "WHERE s.chat_id = ?"
)
CREATE = (
    "INSERT INTO flow_states (chat_id, telegram_id, flow, step, data, history, seq, paused, "
    "updated_at) VALUES (?, ?, NULL, NULL, ?, ?, ?, 0, ?) ON CONFLICT (chat_id) DO NOTHING"
)
SAVE = (
    "UPDATE flow_states SET flow = ?, step = ?, data = ?, history = ?, seq = ?, paused = ?, "
    "updated_at = ? WHERE chat_id = ?"
)
INSERT_REPLY = (
    "INSERT INTO outbox (chat_id, update_id, method, payload, blob, created_at, expires_at, "
    "lease_owner, lease_until, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id"
)
DELETE_REPLY = "DELETE FROM outbox WHERE id = ?"

# Columns in the order LOAD reads them, each with the column whose type decodes it.
LOADED_STATE = (
    _STATES.c.flow,
    _STATES.c.step,
    _STATES.c.data,
    _STATES.c.history,
    _STATES.c.seq,
    _STATES.c.paused,
)
# The person's whole row, in table order.
LOADED_USER = tuple(_USERS.columns)
STATE_COLUMNS = _STATES.c
OUTBOX_COLUMNS = _OUTBOX.c
