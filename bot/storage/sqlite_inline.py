"""SQLite for SQLAlchemy's asyncio engine without a thread hop per statement.

aiosqlite runs every call in a worker thread and wakes the event loop for each result; a turn
of about ten statements spent most of its time on those hops. SQLite is in-process and, in WAL
mode with `synchronous=NORMAL`, a statement or a commit takes microseconds, so this driver runs
them inline on the loop with the same aiosqlite-shaped interface that SQLAlchemy's
`sqlite+aiosqlite` dialect adapts.

Running inline means a statement must never wait for a lock held by another connection of
this process: that holder could not run while the loop is blocked. `Database` therefore gives
an inline engine one connection (`pool_size=1`): transactions of one process take turns on it,
as SQLite's single writer lock made them do anyway. Another process holding the lock (a
second tool on the same file) is waited out by `busy_timeout`, briefly blocking this loop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

__all__ = ["InlineConnection", "InlineCursor", "connector"]


class InlineCursor:
    """An aiosqlite-style cursor whose coroutines finish without suspending."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._cursor.close()

    async def execute(self, sql: str, parameters: Any = None) -> InlineCursor:
        if parameters is None:
            self._cursor.execute(sql)
        else:
            self._cursor.execute(sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> InlineCursor:
        self._cursor.executemany(sql, parameters)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class InlineConnection:
    """An aiosqlite-style connection around a `sqlite3.Connection` used only on the loop."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection
        # aiosqlite's name for the open sqlite3 connection (None once closed); the dialect's
        # adapter checks it before a commit or rollback.
        self._connection: sqlite3.Connection | None = connection

    def cursor(self) -> InlineCursor:
        return InlineCursor(self._conn.cursor())

    async def execute(self, sql: str, parameters: Any = None) -> InlineCursor:
        return await self.cursor().execute(sql, parameters)

    async def commit(self) -> None:
        self._conn.commit()

    async def rollback(self) -> None:
        self._conn.rollback()

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        """What SQLAlchemy calls to terminate a connection it gives up on."""
        self._connection = None
        self._conn.close()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level


def connector(path: str) -> Callable[[], Awaitable[InlineConnection]]:
    """The `async_creator` for `create_async_engine("sqlite+aiosqlite:///path")`."""

    async def connect() -> InlineConnection:
        # Used only from the event loop's thread, but created by whichever thread asks first.
        return InlineConnection(sqlite3.connect(path, check_same_thread=False))

    return connect
