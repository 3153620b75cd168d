"""PostgreSQL's hot path (`bot/storage/pg_hot.py`): what the turn's raw statements leave
behind on the pooled connection, and the sent reply's light DELETE."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from bot.storage import Database, outbox, turn_store
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
