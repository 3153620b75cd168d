"""SQLite's hot path (`bot/storage/sqlite_hot.py`): a sent reply is marked on the engine's one
connection directly only while no one else has it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from bot.storage import outbox
from bot.storage.models import OutboxMessage
from bot.storage.outbox import Envelope
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
pytestmark = pytest.mark.parametrize("databases", ["sqlite"], indirect=True)


async def test_a_reply_marked_while_a_transaction_holds_the_connection_waits_for_it(
    databases: DatabaseFactory,
) -> None:
    """Marked on the idle connection directly, the DELETE would land inside another task's
    open transaction (and go with its rollback): it must wait for the pool instead."""
    database = databases.opened[0]
    async with database.session() as session, session.begin():
        pending = await outbox.add(
            session,
            chat_id=9,
            update_id=1,
            envelopes=[Envelope("sendMessage", {"text": "a"}), Envelope("sendMessage", {})],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
        )
    first, second = (row.id for row in pending)
    await outbox.mark_sent(database, reply_id=first)  # idle: marked directly

    holding = asyncio.Event()
    release = asyncio.Event()

    async def rolls_back() -> None:
        async with database.transaction() as conn:
            await conn.execute(text("SELECT 1 FROM outbox LIMIT 1"))
            holding.set()
            await release.wait()
            await conn.rollback()

    other = asyncio.ensure_future(rolls_back())
    await holding.wait()
    marking = asyncio.ensure_future(outbox.mark_sent(database, reply_id=second))
    await asyncio.sleep(0.05)
    assert not marking.done()  # waits for the connection
    release.set()
    await asyncio.gather(other, marking)
    async with database.session() as session:
        left = await session.scalar(select(func.count()).select_from(OutboxMessage))
    assert left == 0
