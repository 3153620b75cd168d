"""A sender's last reply is deleted with the next transaction the process begins
(`sqlite_hot.SentMarks`, `pg_hot.SentMarks`), not by one of its own: the chat's next turn never
finds it waiting, a transaction that rolls back does not bring it back for good, and a chat
that goes quiet has it deleted within moments."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.storage import Database, outbox, turn_store
from bot.storage.models import OutboxMessage
from bot.storage.outbox import Envelope
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
CHAT = 88


async def a_turn(database: Database, update_id: int, replies: int) -> tuple[bool, list[int]]:
    """A turn of the chat: whether it found replies waiting, and the ids of its own."""
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=update_id, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        pending = await turn_store.save_with_replies(
            conn,
            chat_id=CHAT,
            state=None,
            update_id=update_id,
            envelopes=[Envelope("sendMessage", {"text": str(n)}) for n in range(replies)],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=loaded.waiting,
        )
    return loaded.waiting, [row.id for row in pending]


async def in_outbox(database: Database) -> int:
    async with database.session() as session:
        return int((await session.scalar(select(func.count()).select_from(OutboxMessage))) or 0)


async def test_the_chats_next_turn_finds_its_sent_replies_gone(
    databases: DatabaseFactory,
) -> None:
    database = databases.opened[0]
    _, ids = await a_turn(database, 1, 2)
    await outbox.mark_sent(database, reply_id=ids[0])
    await outbox.mark_sent_soon(database, reply_id=ids[1], chat_id=CHAT)
    waiting, _ = await a_turn(database, 2, 0)
    assert not waiting
    assert await in_outbox(database) == 0


async def test_a_transaction_that_rolls_back_does_not_keep_the_reply(
    databases: DatabaseFactory,
) -> None:
    """On SQLite the DELETE is the first statement of the next transaction: when that one
    rolls back, the reply waits again and the one after deletes it."""
    database = databases.opened[0]
    _, ids = await a_turn(database, 3, 1)
    await outbox.mark_sent_soon(database, reply_id=ids[0], chat_id=CHAT)

    async def fails() -> None:
        async with database.transaction() as conn:
            await turn_store.claim_and_load(
                conn, update_id=4, chat_id=CHAT, telegram_id=CHAT, now=NOW
            )
            raise RuntimeError("the turn fails")

    with pytest.raises(RuntimeError):
        await fails()
    waiting, _ = await a_turn(database, 4, 0)
    assert not waiting
    assert await in_outbox(database) == 0


async def test_with_no_transaction_after_it_the_reply_is_deleted_within_moments(
    databases: DatabaseFactory,
) -> None:
    """Seen from another instance's pool: the chat went quiet, the DELETE went on its own."""
    database = databases.open()
    _, ids = await a_turn(database, 5, 1)
    await outbox.mark_sent_soon(database, reply_id=ids[0], chat_id=CHAT)
    other = databases.opened[0]
    deadline = asyncio.get_running_loop().time() + 5.0
    while await in_outbox(other):
        assert asyncio.get_running_loop().time() < deadline, "the sent reply was never deleted"
        await asyncio.sleep(0.01)
    assert database.sent_marks is not None
    assert not database.sent_marks.waiting
