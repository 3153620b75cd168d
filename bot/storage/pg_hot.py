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
claim and the load are one statement, the state's UPDATE and the replies' INSERT another, and a
sent reply's DELETE goes as one message that does not wait for its commit to reach the disk.
The DELETE of the last reply a sender sends in a row makes no round trip of its own: it rides
in the message of the next BEGIN the process sends (`SentMarks`), usually the next turn's, or
goes on its own within `MARK_WITHIN_S` if no BEGIN comes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from functools import cache
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy import Dialect, Engine, Table, event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.util import await_, greenlet_spawn

from bot.storage.exercises import LIVE
from bot.storage.models import FlowStateRow, OutboxMessage, User
from bot.storage.sqlite_hot import Codec, codec

__all__ = [
    "CLAIM_AND_LOAD",
    "CREATE",
    "LOAD",
    "MARK_WITHIN_S",
    "SAVE",
    "Codec",
    "HotConnection",
    "SentMarks",
    "codec",
    "insert_replies",
    "install",
    "landed",
    "mark_sent",
    "marks_of",
    "raw_connection",
    "state_params",
]

logger = logging.getLogger(__name__)

# A sent reply whose DELETE waits for the next BEGIN waits at most this long: no more can go out
# twice after the process dies (docs/ARCHITECTURE.md, "The outbox").
MARK_WITHIN_S = 0.02
# Where an engine's marks are kept: on its dialect, as its keyring is (`crypto.attach`).
_MARKS = "stillpoint_sent_marks"

_STATES: Table = FlowStateRow.__table__  # type: ignore[assignment]
_USERS: Table = User.__table__  # type: ignore[assignment]
_OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]


async def raw_connection(conn: AsyncConnection) -> Any:
    """The asyncpg connection under the turn's SQLAlchemy connection, in its transaction.

    SQLAlchemy's asyncpg adapter sends BEGIN only before the first statement it runs itself.
    When the turn's first statement runs here, the transaction is started through the adapter
    in the same way, so that SQLAlchemy's commit or rollback, and any ORM statement after, are
    in the same transaction as these."""
    adapter = _adapter(conn)
    if adapter is None:
        adapter = (await conn.get_raw_connection()).dbapi_connection
    start = getattr(adapter, "_start_transaction", None)
    if start is None:
        raise TypeError("the PostgreSQL hot path needs SQLAlchemy's asyncpg adapter")
    if adapter._transaction is None and not adapter.autocommit:
        await start()
    return adapter.driver_connection


def _adapter(conn: AsyncConnection) -> Any:
    """SQLAlchemy's asyncpg adapter of `conn`, if it is checked out (None: ask for it)."""
    sync = conn.sync_connection
    if sync is not None and not sync.invalidated and not sync.closed:
        # Checked out for the connection's whole life: reading it costs no greenlet hop.
        return sync.connection.dbapi_connection
    return None


async def mark_sent(engine: AsyncEngine, reply_id: int) -> None:
    """Delete one sent reply, in a transaction of its own that does not wait for the disk.

    One message (`SET LOCAL synchronous_commit = off; DELETE …`, run as one implicit
    transaction) instead of a round trip that waits for the write-ahead log to be flushed:
    every reply sent is marked this way. The price: if PostgreSQL itself crashes within the
    WAL writer's delay (a fraction of a second) after the DELETE, the row comes back after its
    restart and the reply is sent once more (docs/ARCHITECTURE.md, "The outbox")."""
    await greenlet_spawn(_mark_sent, engine.sync_engine, int(reply_id))


def _mark_sent(engine: Engine, reply_id: int) -> None:
    _delete_sent(engine, [reply_id])


def _delete_sent(engine: Engine, ids: Sequence[int]) -> None:
    with engine.connect() as conn:
        # Nothing runs through SQLAlchemy here, so it starts no transaction on the connection;
        # the ids are ints, so they can be written into the text (a simple query has no
        # parameters, and only a simple query carries two statements in one message).
        raw: Any = conn.connection.driver_connection
        await_(raw.execute(_delete_sql(ids)))


def _delete_sql(ids: Sequence[int]) -> str:
    return DELETE_SENT.format(ids=", ".join(str(int(i)) for i in ids))


class _Batch:
    """Sent replies whose DELETE is on its way, with the chats they belong to."""

    def __init__(self, waiting: dict[int, int]) -> None:
        self.chat_of = dict(waiting)
        self.ids = list(waiting)
        self.chats = frozenset(waiting.values())
        self.landed: asyncio.Future[None] = asyncio.get_running_loop().create_future()


class SentMarks:
    """Sent replies of one engine whose DELETE has not been sent yet.

    Every reply Telegram took is deleted from the outbox; a sender's last reply of a row is not
    deleted by a round trip of its own but put here. The next BEGIN any connection of the engine
    sends (`HotConnection`) carries the DELETE of all of them in the same message, committed
    before that transaction begins, without waiting for the disk (as `mark_sent`). If no BEGIN
    comes within `MARK_WITHIN_S` they go on their own. A turn first waits until its chat's
    DELETE has landed (`landed`), so it never finds its own sent replies still waiting."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.waiting: dict[int, int] = {}  # reply id -> chat id
        self._landing: list[_Batch] = []
        self._timer: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def add(self, reply_id: int, chat_id: int) -> None:
        self.waiting[int(reply_id)] = chat_id
        if self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(MARK_WITHIN_S, self._on_time)

    def take(self) -> _Batch | None:
        """Everything waiting, now on its way (the caller sends `sql(batch)`)."""
        if not self.waiting:
            return None
        batch = _Batch(self.waiting)
        self.waiting = {}
        self._landing.append(batch)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        return batch

    def done(self, batch: _Batch, *, ok: bool) -> None:
        """The batch's message came back; if it failed, its replies wait again."""
        self._landing.remove(batch)
        if not ok:
            for reply_id, chat_id in batch.chat_of.items():
                self.waiting.setdefault(reply_id, chat_id)
            if self.waiting and self._timer is None:
                # The database is struggling: try again a little later, not in a tight loop.
                self._timer = asyncio.get_running_loop().call_later(1.0, self._on_time)
        if not batch.landed.done():
            batch.landed.set_result(None)

    @staticmethod
    def sql(batch: _Batch) -> str:
        # Its own transaction, opened and committed explicitly so that the BEGIN that follows in
        # the same message starts a fresh one (an implicit block would take the BEGIN in).
        return f"BEGIN; {_delete_sql(batch.ids)}; COMMIT; "

    async def landed(self, chat_id: int) -> None:
        """Until no DELETE of the chat's sent replies is on its way; ones still waiting go
        with the caller's BEGIN."""
        while True:
            on_way = [b.landed for b in self._landing if chat_id in b.chats]
            if not on_way:
                return
            await asyncio.gather(*on_way)

    async def flush(self) -> None:
        """Delete what waits now, in a message of its own, and wait for what is on its way."""
        batch = self.take()
        if batch is not None:
            try:
                await greenlet_spawn(_delete_sent, self.engine, batch.ids)
            except BaseException:
                self.done(batch, ok=False)
                raise
            self.done(batch, ok=True)
        pending = [b.landed for b in self._landing]
        if pending:
            await asyncio.gather(*pending)

    def _on_time(self) -> None:
        self._timer = None
        task = asyncio.get_running_loop().create_task(self.flush_logged())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def flush_logged(self) -> None:
        try:
            await self.flush()
        except Exception as exc:
            logger.warning("could not mark sent replies yet (%s)", type(exc).__name__)


class HotConnection(asyncpg.Connection):
    """asyncpg's connection, whose BEGIN carries the DELETE of replies sent meanwhile."""

    _stillpoint_marks: SentMarks | None = None

    # asyncpg's own signature, timeout and all.
    async def execute(
        self,
        query: str,
        *args: Any,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> str:
        marks = self._stillpoint_marks
        if args or marks is None or not marks.waiting or not query.startswith("BEGIN"):
            return str(await super().execute(query, *args, timeout=timeout))
        batch = marks.take()
        assert batch is not None
        try:
            status = await super().execute(SentMarks.sql(batch) + query, timeout=timeout)
        except asyncpg.PostgresError:
            # The DELETE failed (the message stops there): the replies wait, the turn begins.
            marks.done(batch, ok=False)
            return str(await super().execute(query, timeout=timeout))
        except BaseException:
            marks.done(batch, ok=False)
            raise
        marks.done(batch, ok=True)
        return str(status)


def install(engine: AsyncEngine) -> SentMarks:
    """Give `engine` (PostgreSQL through asyncpg, made with `connection_class=HotConnection`)
    its sent marks; every connection it opens carries them in its BEGIN."""
    marks = SentMarks(engine.sync_engine)
    setattr(engine.dialect, _MARKS, marks)

    @event.listens_for(engine.sync_engine, "connect")
    def _connected(dbapi_connection: Any, _record: Any) -> None:
        driver = dbapi_connection.driver_connection
        if isinstance(driver, HotConnection):
            driver._stillpoint_marks = marks

    return marks


def marks_of(dialect: Dialect) -> SentMarks | None:
    marks: SentMarks | None = getattr(dialect, _MARKS, None)
    return marks


async def landed(conn: AsyncConnection, chat_id: int) -> None:
    """Before a turn reads its chat: the DELETE of the chat's sent replies has landed, or goes
    in the BEGIN this connection is about to send."""
    marks = marks_of(conn.dialect)
    if marks is None:
        return
    await marks.landed(chat_id)
    adapter = _adapter(conn)
    started = adapter is None or adapter._transaction is not None
    if started and any(chat == chat_id for chat in marks.waiting.values()):
        # No BEGIN of ours to ride on: they go now, on their own.
        await marks.flush()


def state_params(codec_: Codec, values: dict[str, Any]) -> list[Any]:
    """The parameters of SAVE, encoded: `values` holds the state's columns by name (flow, step,
    data, history, seq, paused, updated_at) and `chat_id`."""
    columns = _STATES.c
    return [codec_.bind(columns[name])(values[name]) for name in _SAVED] + [values["chat_id"]]


async def insert_replies(
    conn: AsyncConnection, rows: Sequence[dict[str, Any]], *, state: list[Any] | None = None
) -> list[int]:
    """Insert outbox rows (dicts by column name, as the outbox builds them) and return their
    ids in the rows' order. With `state` (from `state_params`) the chat's state is written by
    the same statement."""
    keys = tuple(rows[0])
    columns = [_OUTBOX.c[key] for key in keys]
    codec_ = codec(conn)
    binds = [codec_.bind(column) for column in columns]
    params: list[Any] = list(state or ())
    for row in rows:
        params.extend(bind(row[key]) for bind, key in zip(binds, keys, strict=True))
    raw = await raw_connection(conn)
    found = await raw.fetch(_insert(keys, len(rows), state is not None), *params)
    # One INSERT … VALUES takes its ids from the sequence in the order of its rows.
    return sorted(int(record[0]) for record in found)


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
DELETE_SENT = "SET LOCAL synchronous_commit = off; DELETE FROM outbox WHERE id IN ({ids})"

# Columns in the order LOAD reads them, each with the column whose type decodes it.
LOADED_STATE = tuple(_STATES.c[name] for name in _SAVED[:-1])
LOADED_USER = tuple(_USERS.columns)
STATE_COLUMNS = _STATES.c
