"""The database engine and sessions: SQLite (WAL) by default, PostgreSQL by URL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.storage import pg_hot, sqlite_hot, sqlite_inline
from bot.storage.crypto import Keyring, attach

# PostgreSQL connections kept between turns, each in a transaction already begun (at most one
# fewer than the pool holds): `pg_hot.KeptConnections`.
KEEP = 4


class Database:
    """Owns the engine; `session()` opens a unit of work. With a `keyring`, free text (journal,
    notes) is encrypted on its way in and decrypted on its way out of this engine."""

    def __init__(
        self,
        url: str,
        *,
        busy_timeout_ms: int = 5000,
        keyring: Keyring | None = None,
        **engine_kwargs: Any,
    ) -> None:
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        one_inline = False
        if self.is_sqlite:
            path = parsed.database or ":memory:"
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                # One connection, statements inline on the loop (see sqlite_inline).
                engine_kwargs.setdefault("pool_size", 1)
                engine_kwargs.setdefault("max_overflow", 0)
                one_inline = (
                    "async_creator" not in engine_kwargs
                    and engine_kwargs["pool_size"] == 1
                    and engine_kwargs["max_overflow"] == 0
                )
            engine_kwargs.setdefault("async_creator", sqlite_inline.connector(path))
        # An error message must never carry bound parameters: they are what users typed.
        engine_kwargs.setdefault("hide_parameters", True)
        self.engine: AsyncEngine = create_async_engine(url, **engine_kwargs)
        # For statements that cannot run in a transaction (PostgreSQL's VACUUM: `scrub`).
        self.autocommit: AsyncEngine = (
            self.engine
            if self.is_sqlite
            else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        self.keyring = keyring
        attach(self.engine, keyring)
        if self.is_sqlite:
            self._configure_sqlite(busy_timeout_ms)
        if one_inline:
            # Its one connection, used directly while idle to mark sent replies.
            sqlite_hot.IdleConnection(self.engine)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self.kept: pg_hot.KeptConnections | None = None
        if not self.is_sqlite:
            size = getattr(self.engine.sync_engine.pool, "size", lambda: 0)()
            if size > 1:
                self.kept = pg_hot.KeptConnections(self.engine, keep=min(size - 1, KEEP))

    def _configure_sqlite(self, busy_timeout_ms: int) -> None:
        @event.listens_for(self.engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets readers go on while one writer commits; busy_timeout waits out a writer.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            # A deleted row's bytes are zeroed, not left in the freed space (bot.storage.scrub).
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        """A connection in a transaction: committed when the block ends, rolled back if it
        raises.

        On PostgreSQL (with a pool of two or more) the connection is one of those kept between
        turns (`pg_hot.KeptConnections`), already in its transaction: no BEGIN of its own, and
        the COMMIT carries the next transaction's BEGIN in the same message. A block that
        fails is rolled back and its connection goes back to the pool.

        SQLAlchemy's own context manager closes the connection in a shielded task of its own
        (two more turns of the event loop per update), so that a cancellation cannot cut the
        closing short. Here that is kept only where closing can wait: on SQLite the inline
        driver never suspends; on PostgreSQL, after a commit or rollback the adapter holds no
        transaction, so closing only hands the connection back to the pool without a round
        trip (only a connection beyond the pool's size is closed on the server then, and a
        cancellation could cut short only the goodbye of a connection being dropped anyway).
        When the block fails, the closing is shielded as SQLAlchemy does: the failure may be
        that very cancellation."""
        kept = self.kept
        if kept is not None:
            conn = await kept.begin()
            try:
                yield conn
            except BaseException:
                kept.discard(conn)
                await asyncio.shield(asyncio.ensure_future(conn.close()))
                raise
            await kept.commit(conn)
            return
        conn = await self.engine.connect()
        try:
            async with conn.begin():
                yield conn
        except BaseException:
            if not self.is_sqlite:
                await asyncio.shield(asyncio.ensure_future(conn.close()))
            else:
                await conn.close()
            raise
        await conn.close()

    def session(self) -> AsyncSession:
        return self.sessions()

    async def dispose(self) -> None:
        if self.kept is not None:
            await self.kept.close()
        await self.engine.dispose()
