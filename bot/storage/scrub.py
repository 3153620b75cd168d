"""Deleted personal data leaves the database's files soon after, as far as the database allows.

A deleted row is not gone from disk at once. SQLite keeps the old page images in its
write-ahead log until a checkpoint, and the row's bytes in the freed part of its page unless
`secure_delete` is on (it is: `bot.storage.db`). PostgreSQL leaves a dead tuple in the table's
data file until VACUUM marks its space reusable (and new rows overwrite it).

So deletes of personal data (/delete, and each reply Telegram took: it may carry the person's
words) `mark` the tables they touched, and `run`, from the outbox sweeper's job (every
OUTBOX_SWEEP_S, not every turn), then makes the space reused or cleared in one go: on SQLite a
`wal_checkpoint(TRUNCATE)` (the log is copied into the database file, where `secure_delete`
zeroed the freed bytes, and cut to nothing); on PostgreSQL a plain `VACUUM` of those tables.
What PostgreSQL cannot promise (WAL archives, backups, reused but not yet overwritten space)
is in deploy/README.md.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

if TYPE_CHECKING:
    from bot.storage.db import Database

__all__ = ["due", "mark", "run"]

logger = logging.getLogger(__name__)

# Kept on the engine's dialect, as the keyring is (bot.storage.crypto): each engine its own.
_ATTRIBUTE = "stillpoint_scrub_tables"


def _tables(dialect: Dialect) -> set[str]:
    found: set[str] | None = getattr(dialect, _ATTRIBUTE, None)
    if found is None:
        found = set()
        setattr(dialect, _ATTRIBUTE, found)
    return found


def mark(executor: AsyncSession | AsyncConnection | Dialect, *tables: str) -> None:
    """Rows of `tables` that held personal data were deleted: clear their space soon. (A
    transaction that rolls back leaves a mark too; the cost is one needless run.)"""
    if isinstance(executor, AsyncSession):
        bind = executor.bind
        if bind is None:
            return
        dialect = bind.dialect
    elif isinstance(executor, AsyncConnection):
        dialect = executor.dialect
    else:
        dialect = executor
    _tables(dialect).update(tables)


def due(database: Database) -> set[str]:
    return set(_tables(database.engine.dialect))


async def run(database: Database) -> set[str]:
    """Clear what was marked since the last run; returns the tables it covered."""
    marked = _tables(database.engine.dialect)
    if not marked:
        return set()
    tables = set(marked)
    marked.clear()
    try:
        if database.is_sqlite:
            async with database.engine.connect() as conn:
                await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            async with database.autocommit.connect() as conn:
                # VACUUM runs outside a transaction; it marks dead tuples' space reusable.
                for name in sorted(tables):
                    await conn.exec_driver_sql(f'VACUUM "{name}"')  # names from our schema
    except Exception as exc:
        # Best effort: the next run tries again.
        marked.update(tables)
        logger.warning("could not clear deleted data's space yet (%s)", type(exc).__name__)
    return tables

