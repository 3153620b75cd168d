"""The outbox's leases under concurrency: a dead process's replies are taken over by exactly
one sender, however the sweeper and a turn (or a retried delivery) interleave."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import outbox
from bot.storage.outbox import Envelope, Pending
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
LEASE = timedelta(seconds=30)
CHAT = 51
POSTGRES_ONLY = [pytest.param("postgres", marks=pytest.mark.postgres)]

TakeOver = Callable[[AsyncSession], Coroutine[Any, Any, list[Pending]]]


async def retried_delivery(session: AsyncSession) -> list[Pending]:
    return await outbox.update_rows(session, update_id=7, owner="retry", lease=LEASE, now=NOW)


async def new_turn(session: AsyncSession) -> list[Pending]:
    return await outbox.add(
        session, chat_id=CHAT, update_id=8, envelopes=[], owner="turn", lease=LEASE, now=NOW
    )


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
@pytest.mark.parametrize("take_over", [retried_delivery, new_turn])
async def test_replies_the_sweeper_takes_meanwhile_are_not_taken_again(
    databases: DatabaseFactory, take_over: TakeOver
) -> None:
    """The other sender reads the rows as lapsed, then waits on the sweeper's row locks; when
    the sweeper commits, PostgreSQL checks the UPDATE's WHERE again against the rows as they
    are now, and they are leased: it must take none (before the fix it took both, and the
    chat got both replies twice)."""
    database = databases.opened[0]
    async with database.session() as session, session.begin():
        await outbox.add(
            session,
            chat_id=CHAT,
            update_id=7,
            envelopes=[Envelope("sendMessage", {"text": "one"}), Envelope("sendMessage", {})],
            owner="dead",
            lease=LEASE,
            now=NOW - 2 * LEASE,  # a process that died a minute ago
        )
    async with (
        database.session() as sweeper,
        database.session() as other,
        database.session() as watcher,
    ):
        await sweeper.begin()
        swept = await outbox.claim_due(sweeper, owner="sweeper", lease=LEASE, now=NOW)
        assert [row.chat_id for row in swept] == [CHAT, CHAT]
        await other.begin()
        pid = (await other.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        taking = asyncio.create_task(take_over(other))
        # Wait until the other sender is blocked by the sweeper's locks (not for a time).
        for _ in range(500):
            blocked = await watcher.execute(
                text("SELECT cardinality(pg_blocking_pids(:pid)) > 0"), {"pid": pid}
            )
            if blocked.scalar_one() or taking.done():
                break
            await asyncio.sleep(0.01)
        assert not taking.done(), "the other sender was never blocked by the sweeper"
        await sweeper.commit()
        taken = await taking
        await other.commit()
    assert taken == []
