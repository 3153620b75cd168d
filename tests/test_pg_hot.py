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
from bot.storage import Database, outbox, pg_hot, turn_store
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


# Strings as people type them, and as SQL would misread them if they were pasted in.
AWKWARD = [
    "it's",
    "''; DROP TABLE outbox; --",
    "back\\slash \\' and \\\\x41 \\n not a newline",
    "E'quoted' $1 $$ dollar $tag$",
    "line\nbreak\ttab",
    "ünïcödé ❤️ 日本語 😂",
    "",
]


@pytest.mark.parametrize("value", AWKWARD)
async def test_a_literal_is_read_back_as_exactly_the_string_written(
    databases: DatabaseFactory, value: str
) -> None:
    database = databases.opened[0]
    async with database.transaction() as conn:
        raw = await pg_hot.raw_connection(conn)
        assert await raw.fetchval(f"SELECT {pg_hot.literal(value)}::text") == value


async def test_literals_of_each_column_type_and_what_is_refused(
    databases: DatabaseFactory,
) -> None:
    """None, booleans, integers and aware times are written as themselves; anything else (a
    blob, a float, a naive time, a NUL) is refused, and its statement goes with parameters."""
    database = databases.opened[0]
    async with database.transaction() as conn:
        raw = await pg_hot.raw_connection(conn)
        for value in (None, True, False, 0, -(2**63), 2**63 - 1, NOW):
            assert await raw.fetchval(f"SELECT {pg_hot.literal(value)}") == value
    for refused in (b"\x00blob", 1.5, datetime(2026, 1, 1), "a\x00b", [1]):
        with pytest.raises(pg_hot._NotLiteral):
            pg_hot.literal(refused)


def count_round_trips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries sent on asyncpg connections from now on, one per round trip."""
    sent: list[str] = []
    for name in ("execute", "fetch", "fetchrow", "fetchval"):
        original = getattr(asyncpg.Connection, name)

        async def counted(
            self: Any, query: str, *args: Any, _run: Any = original, **kw: Any
        ) -> Any:
            sent.append(query)
            return await _run(self, query, *args, **kw)

        monkeypatch.setattr(asyncpg.Connection, name, counted)
    return sent


async def a_turn_saving(
    database: Database, update_id: int, data: dict[str, Any], texts: list[str]
) -> list[Pending]:
    """A committed turn that writes the chat's state (`data`, history `texts`) and a reply
    for each of `texts`."""
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=update_id, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        return await turn_store.save_with_replies(
            conn,
            chat_id=CHAT,
            state=turn_store.NewState(
                flow="checkin",
                step="note",
                data=data,
                history=texts,
                seq=loaded.seq + 1,
                paused=False,
            ),
            update_id=update_id,
            envelopes=[Envelope("sendMessage", {"text": t}) for t in texts],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=loaded.waiting,
        )


async def test_a_turns_last_write_goes_with_its_commit_and_is_stored_exactly(
    databases: DatabaseFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a kept connection a turn that writes its state and replies waits on two round
    trips: the claim with the load, then the state's UPDATE and the replies' INSERT sent with
    the COMMIT. What it wrote reads back exactly, whatever the person typed, and the replies
    have the ids the turn was given, in order."""
    database = one_connection(databases, 3)
    # The first turn takes a block of ids; its reply is sent, so none waits.
    for row in await a_turn_saving(database, 1, {"note": "first"}, ["hello"]):
        await outbox.mark_sent(database, reply_id=row.id)
    sent = count_round_trips(monkeypatch)
    data = {"note": AWKWARD[2], "more": AWKWARD[1], "emoji": AWKWARD[5]}
    pending = await a_turn_saving(database, 2, data, AWKWARD)
    assert len(sent) == 2, sent
    assert sent[-1].endswith("; COMMIT; BEGIN")
    assert "INSERT INTO outbox" in sent[-1]
    monkeypatch.undo()
    ids = [row.id for row in pending]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(AWKWARD)
    async with database.session() as session:
        stored = await session.execute(
            select(OutboxMessage.id, OutboxMessage.payload).order_by(OutboxMessage.id)
        )
        rows = stored.all()
    assert [row.id for row in rows] == ids
    assert [row.payload["text"] for row in rows] == AWKWARD
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=3, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
    assert loaded is not None
    assert (loaded.flow, loaded.step, loaded.data) == ("checkin", "note", data)
    assert list(loaded.history) == AWKWARD


async def test_a_statement_after_the_deferred_write_sees_it(databases: DatabaseFactory) -> None:
    """A raw statement after the turn's deferred write runs after it, in its transaction."""
    database = one_connection(databases, 3)
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=9, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        await turn_store.save_with_replies(
            conn,
            chat_id=CHAT,
            state=None,
            update_id=9,
            envelopes=[Envelope("sendMessage", {"text": "x"})],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=False,
        )
        assert pg_hot._DEFERRED
        raw = await pg_hot.raw_connection(conn)
        assert not pg_hot._DEFERRED
        assert await raw.fetchval("SELECT count(*) FROM outbox") == 1


async def test_a_reply_with_a_file_takes_the_way_with_parameters(
    databases: DatabaseFactory,
) -> None:
    """A blob is no literal: its turn inserts with parameters, and the ids taken for it
    serve the next turn."""
    database = one_connection(databases, 3)
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=11, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        pending = await turn_store.save_with_replies(
            conn,
            chat_id=CHAT,
            state=None,
            update_id=11,
            envelopes=[Envelope("sendDocument", {"caption": "export"}, blob=b"\x00\x01zip")],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=False,
        )
        assert not pg_hot._DEFERRED
    async with database.session() as session:
        found = await session.execute(select(OutboxMessage.id, OutboxMessage.blob))
        assert {row.id: row.blob for row in found} == {pending[0].id: b"\x00\x01zip"}
    await outbox.mark_sent(database, reply_id=pending[0].id)
    # The ids taken for the file's turn and given back come first, below the one it got.
    later = await a_turn_with_replies(database, 12, 1)
    assert later[0] < pending[0].id
