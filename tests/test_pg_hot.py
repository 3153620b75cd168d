"""PostgreSQL's hot path (`bot/storage/pg_hot.py`): what the turn's raw statements leave
behind on the pooled connection, the connections kept between turns in a transaction already
begun, and the sent reply's light DELETE."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest
from sqlalchemy import func, select, text
from telegram import Bot

from bot.clock import FakeClock
from bot.storage import Database, outbox, turn_store
from bot.storage.models import OutboxMessage
from bot.storage.outbox import Envelope, Pending
from bot.transport.local_api import LOCAL_TOKEN
from bot.transport.sender import ReplySender
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
CHAT = 77
POSTGRES_ONLY = [pytest.param("postgres", marks=pytest.mark.postgres)]
pytestmark = pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)


def one_connection(databases: DatabaseFactory, pool_size: int = 1) -> Database:
    """A Database that uses one connection: with a pool of one, every use below is the same
    session; with a larger pool, the turns' connection is kept between them (one at a time
    here) and sessions take another."""
    assert databases.schema is not None
    database = Database(
        databases.url,
        pool_size=pool_size,
        max_overflow=0,
        connect_args={"server_settings": {"search_path": databases.schema}},
    )
    assert (database.kept is None) == (pool_size == 1)
    databases.opened.append(database)
    return database


# A pool of one: nothing is kept; of three: the turn's connection waits, begun, between turns.
POOLS = pytest.mark.parametrize("pool_size", [1, 3], ids=["pooled", "kept"])


async def a_turn_with_replies(database: Database, update_id: int, count: int) -> list[int]:
    return [row.id for row in await a_turns_pending(database, update_id, count)]


async def a_turns_pending(database: Database, update_id: int, count: int) -> list[Pending]:
    """The replies of a committed turn, leased to "me" as a turn leaves them for its sender."""
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
    return pending


@POOLS
async def test_a_sent_reply_is_deleted_and_the_next_turn_still_commits_to_disk(
    databases: DatabaseFactory, pool_size: int
) -> None:
    """The DELETE gives up waiting for the disk only for itself (SET LOCAL): a turn that
    follows on the same connection must commit durably, or a crash could lose what a person
    told us after they saw the reply."""
    database = one_connection(databases, pool_size)
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


@POOLS
async def test_marking_a_reply_that_is_gone_changes_nothing(
    databases: DatabaseFactory, pool_size: int
) -> None:
    """The sweeper and a sender can both end with the same row; the second mark is a no-op."""
    database = one_connection(databases, pool_size)
    ids = await a_turn_with_replies(database, 2, 1)
    await outbox.mark_sent(database, reply_id=ids[0])
    await outbox.mark_sent(database, reply_id=ids[0])
    async with database.session() as session:
        assert (await session.execute(select(OutboxMessage.id))).scalars().all() == []


@POOLS
async def test_a_turn_that_raises_after_its_raw_statements_keeps_none_of_them(
    databases: DatabaseFactory, pool_size: int
) -> None:
    """The raw statements run in the transaction SQLAlchemy rolls back, even when no
    statement of the turn went through SQLAlchemy itself (on a kept connection too, whose
    transaction began before the turn)."""
    database = one_connection(databases, pool_size)
    async with database.transaction() as conn:
        await conn.execute(text("SELECT 1"))

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


async def backend_of(conn: object) -> int:
    found = await conn.execute(text("SELECT pg_backend_pid()"))  # type: ignore[attr-defined]
    return int(found.scalar_one())


async def activity(database: Database, pid: int) -> tuple[str | None, object]:
    """What the server says of backend `pid`: its state and its snapshot's xmin."""
    async with database.session() as session:
        found = await session.execute(
            text("SELECT state, backend_xmin FROM pg_stat_activity WHERE pid = :pid"),
            {"pid": pid},
        )
        row = found.one_or_none()
    return (None, None) if row is None else (row[0], row[1])


async def test_turns_take_turns_on_one_kept_connection_that_holds_nothing_between_them(
    databases: DatabaseFactory,
) -> None:
    """After its commit the turn's connection waits in its next transaction, begun but
    empty: no snapshot (VACUUM is not held back), no lock (DDL is not), and what the turn
    wrote is committed for everyone. The next turn and the sent reply's DELETE take it."""
    database = one_connection(databases, 3)
    ids = await a_turn_with_replies(database, 5, 1)
    async with database.transaction() as conn:
        pid = await backend_of(conn)
    assert await activity(database, pid) == ("idle in transaction", None)
    async with database.session() as session:
        locks = await session.execute(
            text("SELECT count(*) FROM pg_locks WHERE pid = :pid AND locktype = 'relation'"),
            {"pid": pid},
        )
        assert locks.scalar_one() == 0
        found = await session.execute(select(OutboxMessage.id))
        assert found.scalars().all() == ids
    await outbox.mark_sent(database, reply_id=ids[0])
    async with database.transaction() as conn:
        assert await backend_of(conn) == pid
        assert (await conn.execute(select(OutboxMessage.id))).scalars().all() == []
    assert await activity(database, pid) == ("idle in transaction", None)


async def test_a_kept_connection_goes_back_to_the_pool_when_no_turn_comes(
    databases: DatabaseFactory,
) -> None:
    """A quiet bot holds no transaction open: a kept connection that waited `max_idle_s` is
    rolled back and handed back to the pool."""
    database = one_connection(databases, 3)
    assert database.kept is not None
    database.kept.max_idle_s = 0.05
    async with database.transaction() as conn:
        pid = await backend_of(conn)
    assert await activity(database, pid) == ("idle in transaction", None)
    await asyncio.sleep(0.3)
    assert (await activity(database, pid))[0] == "idle"
    assert database.kept._idle == []


async def test_a_kept_connection_whose_commit_fails_is_dropped(
    databases: DatabaseFactory,
) -> None:
    """The server ends the connection while a turn holds it: the commit fails (nothing of
    the turn is kept), the connection is not kept, and the next turn gets a sound one."""
    database = one_connection(databases, 3)
    async with database.transaction() as conn:
        pid = await backend_of(conn)

    async def ended_by_the_server() -> None:
        async with database.transaction() as conn:
            assert await backend_of(conn) == pid
            loaded = await turn_store.claim_and_load(
                conn, update_id=6, chat_id=CHAT, telegram_id=CHAT, now=NOW
            )
            assert loaded is not None
            async with databases.opened[0].session() as session:
                await session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    # How asyncpg words it depends on when the server's goodbye arrives.
    lost = (asyncpg.PostgresError, asyncpg.InterfaceError, asyncpg.InternalClientError)
    with pytest.raises(lost):
        await ended_by_the_server()
    assert database.kept is not None
    assert database.kept._idle == []
    ids = await a_turn_with_replies(database, 6, 1)
    assert len(ids) == 1


@POOLS
async def test_a_sent_replys_delete_goes_out_while_the_next_is_sent_and_is_done_before_the_end(
    databases: DatabaseFactory, pool_size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a kept connection free, reply n's DELETE is written to the server before reply
    n+1 is sent and waited for only after it (one round trip fewer a reply); the last one is
    waited for before `deliver` returns, so a turn that has answered leaves nothing of its
    sent replies for another process to find. With none free, each is deleted in its turn."""
    database = one_connection(databases, pool_size)
    rows = await a_turns_pending(database, 3, 3)
    ids = [row.id for row in rows]
    api = FakeBotApi()
    bot = Bot(LOCAL_TOKEN, request=api, get_updates_request=api)
    await bot.initialize()
    events: list[str] = []
    start = outbox.start_marking

    def spied(database: Database, *, reply_id: int) -> asyncio.Task[None] | None:
        task = start(database, reply_id=reply_id)
        events.append(f"delete {ids.index(reply_id)} {'sent' if task else 'not begun'}")
        return task

    monkeypatch.setattr(outbox, "start_marking", spied)
    original = api.answer

    def answer(name: str, params: dict[str, Any], data: Any) -> tuple[int, bytes]:
        events.append(f"send {params['text']}")
        return original(name, params, data)

    monkeypatch.setattr(api, "answer", answer)
    sender = ReplySender(database=database, clock=FakeClock(NOW), renderers={})
    sender.owner = "me"
    await sender.deliver(bot, rows)
    began = "sent" if pool_size > 1 else "not begun"
    assert events == [
        "send 0",
        f"delete 0 {began}",
        "send 1",
        f"delete 1 {began}",
        "send 2",  # the last is deleted before deliver returns, not begun as a task
    ]
    async with databases.opened[0].session() as session:
        count = select(func.count()).select_from(OutboxMessage)
        assert (await session.execute(count)).scalar_one() == 0
    await bot.shutdown()
