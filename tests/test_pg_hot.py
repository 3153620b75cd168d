"""PostgreSQL's hot path (`bot/storage/pg_hot.py`): what the turn's raw statements leave
behind on the pooled connection, and the sent reply's light DELETE."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from bot.storage import Database, outbox, pg_hot, turn_store
from bot.storage.models import OutboxMessage
from bot.storage.outbox import Envelope
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
CHAT = 77
POSTGRES_ONLY = [pytest.param("postgres", marks=pytest.mark.postgres)]
pytestmark = pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)


def one_connection(databases: DatabaseFactory) -> Database:
    """A Database whose pool holds one connection: every use below is the same session."""
    assert databases.schema is not None
    database = Database(
        databases.url,
        pool_size=1,
        max_overflow=0,
        connect_args={"server_settings": {"search_path": databases.schema}},
    )
    databases.opened.append(database)
    return database


async def a_turn_with_replies(database: Database, update_id: int, count: int) -> list[int]:
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
            envelopes=[Envelope("sendMessage", {"text": str(n)}) for n in range(count)],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=loaded.waiting,
        )
    return [row.id for row in pending]


async def test_a_sent_reply_is_deleted_and_the_next_turn_still_commits_to_disk(
    databases: DatabaseFactory,
) -> None:
    """The DELETE gives up waiting for the disk only for itself (SET LOCAL): a turn that
    follows on the same connection must commit durably, or a crash could lose what a person
    told us after they saw the reply."""
    database = one_connection(databases)
    ids = await a_turn_with_replies(database, 1, 2)
    await outbox.mark_sent(database, reply_id=ids[0])
    async with database.transaction() as conn:
        assert (await conn.execute(text("SHOW synchronous_commit"))).scalar_one() == "on"
        left = (await conn.execute(select(OutboxMessage.id))).scalars().all()
    assert left == [ids[1]]
    await outbox.mark_sent(database, reply_id=ids[1])
    # Seen from another connection too: the DELETE committed.
    async with databases.opened[0].session() as session:
        count = select(func.count()).select_from(OutboxMessage)
        assert (await session.execute(count)).scalar_one() == 0


async def test_marking_a_reply_that_is_gone_changes_nothing(databases: DatabaseFactory) -> None:
    """The sweeper and a sender can both end with the same row; the second mark is a no-op."""
    database = one_connection(databases)
    ids = await a_turn_with_replies(database, 2, 1)
    await outbox.mark_sent(database, reply_id=ids[0])
    await outbox.mark_sent(database, reply_id=ids[0])
    async with database.session() as session:
        assert (await session.execute(select(OutboxMessage.id))).scalars().all() == []


async def test_a_turn_that_raises_after_its_raw_statements_keeps_none_of_them(
    databases: DatabaseFactory,
) -> None:
    """The raw statements run in the transaction SQLAlchemy rolls back, even when no
    statement of the turn went through SQLAlchemy itself."""
    database = one_connection(databases)

    async def dies_before_the_commit() -> None:
        async with database.transaction() as conn:
            loaded = await turn_store.claim_and_load(
                conn, update_id=3, chat_id=CHAT, telegram_id=CHAT, now=NOW
            )
            assert loaded is not None
            await turn_store.save_with_replies(
                conn,
                chat_id=CHAT,
                state=turn_store.NewState(
                    flow="x", step="y", data={}, history=[], seq=loaded.seq + 1, paused=False
                ),
                update_id=3,
                envelopes=[Envelope("sendMessage", {"text": "never"})],
                owner="me",
                lease=timedelta(seconds=30),
                now=NOW,
                waiting=False,
            )
            raise RuntimeError("the process dies before the commit")

    with pytest.raises(RuntimeError):
        await dies_before_the_commit()
    async with database.session() as session:
        for table in ("outbox", "flow_states", "processed_updates"):
            found = await session.execute(text(f"SELECT count(*) FROM {table}"))
            assert found.scalar_one() == 0, table


async def test_a_state_is_refused_where_it_could_not_go_with_the_replies(
    databases: DatabaseFactory,
) -> None:
    """The state rides on the replies' INSERT: asked to write it where no INSERT runs at
    once (replies waiting, or none), the outbox refuses rather than lose it."""
    database = databases.opened[0]
    async with database.transaction() as conn:
        for envelopes, waiting in (([Envelope("sendMessage", {})], True), ([], False)):
            with pytest.raises(ValueError, match="state"):
                await outbox.add(
                    conn,
                    chat_id=CHAT,
                    update_id=4,
                    envelopes=envelopes,
                    owner="me",
                    lease=timedelta(seconds=30),
                    now=NOW,
                    waiting=waiting,
                    state=["anything"],
                )


def count_outbox() -> Any:
    return select(func.count()).select_from(OutboxMessage)


async def test_a_sent_replys_delete_rides_on_the_next_begin_and_its_turn_still_commits_to_disk(
    databases: DatabaseFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last reply a sender sends is marked by the next BEGIN of the process: that turn
    finds the chat with nothing waiting (the timer, set far off here, did not do it), and the
    turn itself still commits durably."""
    monkeypatch.setattr(pg_hot, "MARK_WITHIN_S", 60.0)
    database = one_connection(databases)
    ids = await a_turn_with_replies(database, 5, 1)
    await outbox.mark_sent_soon(database, reply_id=ids[0], chat_id=CHAT)
    marks = database.sent_marks
    assert marks is not None
    assert marks.waiting == {ids[0]: CHAT}
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=6, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        assert not loaded.waiting  # the reply sent before is gone for this turn
        assert marks.waiting == {}
        assert (await conn.execute(text("SHOW synchronous_commit"))).scalar_one() == "on"
    # Committed on its own: seen from another pool, whatever the turn did after.
    async with databases.opened[0].session() as session:
        assert (await session.execute(count_outbox())).scalar_one() == 0


async def test_a_sent_reply_with_no_begin_after_it_is_deleted_within_moments(
    databases: DatabaseFactory,
) -> None:
    """A chat that goes quiet: the DELETE goes on its own within MARK_WITHIN_S (the window in
    which a crash could send it twice), seen by another instance's pool."""
    database = one_connection(databases)
    ids = await a_turn_with_replies(database, 7, 1)
    await outbox.mark_sent_soon(database, reply_id=ids[0], chat_id=CHAT)
    other = databases.opened[0]
    deadline = asyncio.get_running_loop().time() + 5.0
    while True:
        async with other.session() as session:
            if (await session.execute(count_outbox())).scalar_one() == 0:
                break
        assert asyncio.get_running_loop().time() < deadline, "the sent reply was never deleted"
        await asyncio.sleep(pg_hot.MARK_WITHIN_S)
    assert database.sent_marks is not None
    assert database.sent_marks.waiting == {}


async def test_a_turn_waits_for_its_chats_delete_on_its_way(databases: DatabaseFactory) -> None:
    """A DELETE carried by another connection's BEGIN may not have landed when the chat's next
    turn begins: the turn waits for it (and only for its own chat's)."""
    database = databases.opened[0]
    marks = database.sent_marks
    assert marks is not None
    marks.add(1, CHAT)
    marks.add(2, CHAT + 1)
    batch = marks.take()
    assert batch is not None
    mine = asyncio.ensure_future(marks.landed(CHAT))
    other = asyncio.ensure_future(marks.landed(CHAT + 2))
    await asyncio.sleep(0)
    assert other.done()
    assert not mine.done()
    marks.done(batch, ok=False)  # its message failed: the replies wait again
    await mine
    assert marks.waiting == {1: CHAT, 2: CHAT + 1}
    await marks.flush()
    assert marks.waiting == {}


async def test_dispose_marks_what_was_sent(databases: DatabaseFactory) -> None:
    """A clean stop leaves no sent reply in the outbox for another instance to send again."""
    database = one_connection(databases)
    ids = await a_turn_with_replies(database, 8, 1)
    await outbox.mark_sent_soon(database, reply_id=ids[0], chat_id=CHAT)
    await database.dispose()
    async with databases.opened[0].session() as session:
        assert (await session.execute(count_outbox())).scalar_one() == 0
