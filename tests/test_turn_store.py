"""The turn's first statement: record the update and lock and load the chat (one statement
on PostgreSQL), on both backends, and on PostgreSQL with two instances at once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot.storage import Database, turn_store
from bot.storage.models import FlowStateRow, ProcessedUpdate
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
CHAT = 4242


async def claim(database: Database, update_id: int) -> turn_store.Loaded | None:
    async with database.transaction() as conn:
        return await turn_store.claim_and_load(
            conn, update_id=update_id, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )


async def count(database: Database, model: type) -> int:  # type: ignore[type-arg]
    async with database.session() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar())


async def test_a_first_message_makes_the_chat_and_a_retry_is_recognised(
    database: Database,
) -> None:
    first = await claim(database, 1)
    assert first is not None
    assert (first.flow, first.person) == (None, None)
    assert (first.waiting, first.exercising) == (False, False)
    assert 0 <= first.seq < turn_store.FIRST_SEQ_RANGE
    # Telegram delivers update 1 again: the committed turn already had it.
    assert await claim(database, 1) is None
    second = await claim(database, 2)
    assert second is not None
    assert second.seq == first.seq  # the same chat row, read back
    assert await count(database, FlowStateRow) == 1
    assert await count(database, ProcessedUpdate) == 2


async def test_a_first_message_retried_before_any_row_exists_is_still_recognised(
    database: Database,
) -> None:
    """The claim's answer must not depend on the chat having a row: a new chat's first
    update, retried, is a duplicate like any other."""
    async with database.transaction() as conn:
        assert await turn_store.claim_and_load(
            conn, update_id=7, chat_id=CHAT + 1, telegram_id=CHAT + 1, now=NOW
        )
    async with database.transaction() as conn:
        assert (
            await turn_store.claim_and_load(
                conn, update_id=7, chat_id=CHAT + 2, telegram_id=CHAT + 2, now=NOW
            )
            is None
        )


async def test_a_turn_that_did_not_commit_leaves_no_claim(database: Database) -> None:
    async def dies_mid_turn() -> None:
        async with database.transaction() as conn:
            assert await turn_store.claim_and_load(
                conn, update_id=3, chat_id=CHAT, telegram_id=CHAT, now=NOW
            )
            raise RuntimeError("the process dies mid-turn")

    with pytest.raises(RuntimeError):
        await dies_mid_turn()
    assert await claim(database, 3) is not None  # so the re-delivery runs the turn


@pytest.mark.parametrize("databases", ["postgres"], indirect=True)
async def test_two_instances_with_one_update_take_turns_and_only_one_runs_it(
    databases: DatabaseFactory,
) -> None:
    one, two = databases.opened[0], databases.open()
    await claim(one, 1)  # the chat exists
    holding = asyncio.Event()
    release = asyncio.Event()

    async def first() -> turn_store.Loaded | None:
        async with one.transaction() as conn:
            loaded = await turn_store.claim_and_load(
                conn, update_id=9, chat_id=CHAT, telegram_id=CHAT, now=NOW
            )
            holding.set()
            await release.wait()
            return loaded

    running = asyncio.create_task(first())
    await holding.wait()
    # The other instance gets Telegram's retry while the first turn is still open: it waits
    # for the chat's lock and the update's claim, then sees the committed turn had it.
    retried = asyncio.create_task(claim(two, 9))
    done, _ = await asyncio.wait({retried}, timeout=0.2)
    assert not done  # it waits: no answer while the first turn holds the chat
    release.set()
    assert await running is not None
    assert await asyncio.wait_for(retried, timeout=10) is None
