"""Prebuilt Core statements run on the driver connection under a session (sqlite3 or asyncpg),
for the repository functions a turn calls on most updates.

Loading ORM objects (identity map, instance state) and flushing them (the unit of work) cost
more than the statements themselves: a check-in's eight-row read took 0.58 ms through the ORM,
0.39 ms as a Core select and 0.13 ms here on PostgreSQL (0.29, 0.18 and 0.04 ms on SQLite).
Each statement is compiled once per dialect; its parameters are encoded and its columns
decoded by the columns' own SQLAlchemy type processors for that dialect (the engine's
keyring included), so what is written and read is exactly what the ORM would write and read:
encrypted text, aware UTC times, dates, JSON, enums. A statement runs in the session's
transaction, after the session's pending changes are flushed (as the ORM's autoflush would).
A driver other than asyncpg or the inline SQLite driver runs the same statement through
SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.selectable import Select
from sqlalchemy.types import NullType, TypeEngine

from bot.storage import pg_hot, sqlite_hot

__all__ = ["fetch", "run"]

Processor = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    # The bound parameters' names in the order the SQL takes them, with their encoders.
    names: tuple[str, ...]
    binds: tuple[Processor, ...]
    # A decoder for each column the statement returns.
    results: tuple[Processor, ...]


Statement = Select[*tuple[Any, ...]] | UpdateBase

# One entry per (dialect object, statement): each engine has its own dialect (and keyring).
_COMPILED: dict[tuple[int, int], tuple[Dialect, Statement, _Compiled]] = {}


def _processor(kind: str, type_: TypeEngine[Any], dialect: Dialect) -> Processor:
    impl = type_.dialect_impl(dialect)
    found = (
        impl.bind_processor(dialect) if kind == "bind" else impl.result_processor(dialect, None)
    )
    return found or _identity


def _compiled(dialect: Dialect, statement: Statement) -> _Compiled:
    key = (id(dialect), id(statement))
    found = _COMPILED.get(key)
    if found is not None and found[0] is dialect and found[1] is statement:
        return found[2]
    compiled = statement.compile(dialect=dialect)
    names = tuple(compiled.positiontup or ())
    untyped = [name for name in names if isinstance(compiled.binds[name].type, NullType)]
    if untyped:
        # Nothing would encode them (a datetime would reach SQLite as text with its offset,
        # a note unencrypted): a parameter must carry its column's type.
        raise TypeError(f"parameters without a type: {', '.join(untyped)}")
    # What a row holds: a select's columns; a write's RETURNING, the one it asks for or the
    # one the dialect adds itself (PostgreSQL returns an insert's new primary key).
    returned: Sequence[Any] = (
        list(compiled.returning or ())
        if isinstance(statement, UpdateBase)
        else list(statement.exported_columns)
    )
    made = _Compiled(
        sql=compiled.string,
        names=names,
        binds=tuple(_processor("bind", compiled.binds[n].type, dialect) for n in names),
        results=tuple(_processor("result", c.type, dialect) for c in returned),
    )
    _COMPILED[key] = (dialect, statement, made)
    return made


async def _connection(session: AsyncSession) -> AsyncConnection:
    if session.autoflush and (session.new or session.dirty or session.deleted):
        await session.flush()
    bind = session.bind
    if isinstance(bind, AsyncConnection):
        # The turn's session is bound to the turn's own connection.
        return bind
    return await session.connection()


def _params(compiled: _Compiled, params: dict[str, Any]) -> list[Any]:
    return [bind(params[name]) for name, bind in zip(compiled.names, compiled.binds, strict=True)]


def _decoded(compiled: _Compiled, rows: Sequence[Any]) -> list[tuple[Any, ...]]:
    results = compiled.results
    return [tuple(decode(v) for decode, v in zip(results, row, strict=True)) for row in rows]


async def fetch(
    session: AsyncSession, statement: Statement, **params: Any
) -> list[tuple[Any, ...]]:
    """The rows `statement` (a select, or a write with RETURNING) gives, decoded, as tuples
    in the order of its columns. `params` are the values of its bound parameters by name."""
    conn = await _connection(session)
    dialect = conn.dialect
    if dialect.name == "postgresql" and dialect.driver == "asyncpg":
        compiled = _compiled(dialect, statement)
        raw = await pg_hot.raw_connection(conn)
        return _decoded(compiled, await raw.fetch(compiled.sql, *_params(compiled, params)))
    if dialect.name == "sqlite" and (sqlite := _inline(conn)) is not None:
        compiled = _compiled(dialect, statement)
        cursor = sqlite.execute(compiled.sql, _params(compiled, params))
        return _decoded(compiled, cursor.fetchall())
    result = await conn.execute(statement, params)
    return [tuple(row) for row in result.all()] if result.returns_rows else []


async def run(session: AsyncSession, statement: Statement, **params: Any) -> None:
    """Run a statement that returns nothing (an insert, update or delete)."""
    await fetch(session, statement, **params)


def _inline(conn: AsyncConnection) -> Any:
    """The sqlite3 connection under `conn` when it is the inline driver's (else None)."""
    sync = conn.sync_connection
    if sync is None or sync.invalidated or sync.closed:
        return None
    try:
        return sqlite_hot.sqlite3_of(sync.connection.driver_connection)
    except TypeError:
        return None
