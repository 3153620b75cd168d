"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import JSON, Connection, column, insert, table, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage import Database, migrate
from bot.storage.models import Base, FlowStateRow
from tests.conftest import BACKENDS, POSTGRES_URL


async def test_migrated_schema_matches_models(database: Database) -> None:
    def diff(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    async with database.engine.connect() as connection:
        differences = await connection.run_sync(diff)
    assert differences == []


async def test_sqlite_runs_in_wal_mode(database: Database) -> None:
    if not database.is_sqlite:
        return
    async with database.engine.connect() as connection:
        mode = (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar()
    assert mode == "wal"


@pytest.fixture(params=BACKENDS)
async def empty_database(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[Database]:
    """A database with no schema at all, to migrate step by step."""
    if request.param == "sqlite":
        database = Database(f"sqlite+aiosqlite:///{tmp_path / 'steps.db'}")
        yield database
        await database.dispose()
        return
    assert POSTGRES_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_URL)
    async with admin.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    database = Database(POSTGRES_URL, connect_args={"server_settings": {"search_path": schema}})
    yield database
    await database.dispose()
    async with admin.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    await admin.dispose()


async def test_flow_state_kept_as_json_survives_the_move_to_text(empty_database: Database) -> None:
    await migrate(empty_database.engine, "0003")
    data = {"day": "2026-11-25", "text": "Ünïcode — kept"}
    async with empty_database.engine.begin() as connection:
        await connection.execute(
            insert(
                table(
                    "flow_states",
                    column("chat_id"),
                    column("telegram_id"),
                    column("flow"),
                    column("step"),
                    column("data", JSON),
                    column("history", JSON),
                    column("seq"),
                    column("paused"),
                    column("updated_at"),
                )
            ),
            {
                "chat_id": 1,
                "telegram_id": 1,
                "flow": "note",
                "step": "text",
                "data": data,
                "history": [],
                "seq": 4,
                "paused": False,
                "updated_at": datetime(2026, 11, 25, 19, 0),
            },
        )
    await migrate(empty_database.engine)
    async with empty_database.session() as session:
        row = await session.get(FlowStateRow, 1)
        assert row is not None
        assert row.data == data
        assert (row.flow, row.step, row.seq) == ("note", "text", 4)
