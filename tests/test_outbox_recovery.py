"""Recovery in seconds and in order, through the real Application on an injected clock: a
process known dead (its heartbeat ran out) has its replies taken over at once, not when their
lease ends; a chat's replies go out in the order their turns committed, a new turn's waiting
behind older ones another process holds; the sweeper takes the oldest first, a few per chat a
pass, and keeps going until a pass finds nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database, outbox
from bot.storage.models import OutboxMessage, ReplyOwner
from bot.storage.outbox import Envelope, Pending
from bot.transport.sender import OWNER_TTL, ReplySender, reply_sender_of
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker, DatabaseFactory

USER = 4242
DEAD = "replies-deadbeef0000"
LONG_LEASE = timedelta(minutes=2)


async def left_by(
    database: Database,
    clock: FakeClock,
    texts: list[str],
    *,
    owner: str = DEAD,
    chat_id: int = USER,
    heartbeat: timedelta | None = OWNER_TTL,
) -> list[Pending]:
    """Replies a process committed and had not sent when it stopped; its heartbeat (if any)
    then runs out after `heartbeat`."""
    now = clock.now()
    async with database.session() as session, session.begin():
        if heartbeat is not None:
            await outbox.heartbeat(session, owner=owner, alive_until=now + heartbeat, now=now)
        return await outbox.add(
            session,
            chat_id=chat_id,
            update_id=None,
            envelopes=[Envelope("sendMessage", {"text": text}) for text in texts],
            owner=owner,
            lease=LONG_LEASE,
            now=now,
            waiting=False,
        )


async def waiting(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)


def sender_of(app: StillpointApp) -> ReplySender:
    return reply_sender_of(app)


async def heartbeat(app: StillpointApp) -> None:
    """What the heartbeat job does each second, and the sweep it starts, finished."""
    sender = sender_of(app)
    await sender.heartbeat(app.bot)
    await sender.settle()


async def test_a_dead_process_replies_are_taken_over_when_its_heartbeat_ends_not_its_lease(
    app: StillpointApp, database: Database, api: FakeBotApi, clock: FakeClock
) -> None:
    await left_by(database, clock, ["first left", "second left"])
    await heartbeat(app)
    assert api.texts(USER) == []  # still alive as far as anyone knows
    clock.advance(OWNER_TTL)
    await heartbeat(app)  # 5 s later, not 2 minutes
    assert api.texts(USER) == ["first left", "second left"]
    assert await waiting(database) == 0


async def test_a_process_never_seen_keeps_its_lease(
    app: StillpointApp, database: Database, api: FakeBotApi, clock: FakeClock
) -> None:
    await left_by(database, clock, ["left"], heartbeat=None)
    clock.advance(timedelta(seconds=30))
    await heartbeat(app)
    assert api.texts(USER) == []  # not known dead: its lease decides
    clock.advance(LONG_LEASE)
    await heartbeat(app)
    assert api.texts(USER) == ["left"]


async def test_a_new_turn_replies_wait_behind_older_ones_of_the_chat(
    app: StillpointApp, database: Database, api: FakeBotApi, clock: FakeClock
) -> None:
    """Killed mid-send, the dead process's leftovers went out ~30 s after the next turn's
    replies. Now the next turn's replies wait behind them and follow them."""
    chat = Chat(app, api, USER, UpdateFactory(app.bot))
    await chat.send("/start")
    welcome = list(api.texts(USER))
    await left_by(database, clock, ["older one", "older two"])
    assert await chat.send("/help") == []  # behind the older ones, not before them
    assert await waiting(database) >= 3
    clock.advance(OWNER_TTL)
    await heartbeat(app)
    after = api.texts(USER)[len(welcome) :]
    assert after[:2] == ["older one", "older two"]
    assert len(after) > 2
    assert "/help" in after[2]
    assert await waiting(database) == 0


async def test_replies_left_behind_a_live_sender_go_out_once_it_is_done(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi, clock: FakeClock
) -> None:
    """Two instances: one still sending a chat's replies when the other's turn in the chat
    commits. The second turn's replies follow within a heartbeat of the first ones."""
    one = await make_app(databases.opened[0])
    two = await make_app(databases.open())
    database = databases.opened[0]
    owner = sender_of(one).owner
    await left_by(database, clock, ["being sent by one"], owner=owner)
    chat = Chat(two, api, USER, UpdateFactory(two.bot))
    assert await chat.send("/start") == []
    # Instance one finishes: it sends and marks its rows.
    async with database.session() as session, session.begin():
        rows = await outbox.claim_chat(
            session, chat_id=USER, owner="someone", lease=LONG_LEASE, now=clock.now()
        )
    assert rows == []  # held by a live process: nobody else takes the chat
    async with database.session() as session:
        mine = (await session.execute(select(OutboxMessage.id).order_by(OutboxMessage.id))).all()
    await outbox.mark_sent(database, reply_id=mine[0].id)
    await heartbeat(two)
    assert any("Stillpoint" in text for text in api.texts(USER))


async def test_the_sweeper_takes_the_oldest_first_a_few_per_chat_a_pass(
    database: Database, clock: FakeClock
) -> None:
    now = clock.now()
    await left_by(database, clock, [f"backlog {n}" for n in range(40)], chat_id=1, heartbeat=None)
    for chat_id in range(2, 12):
        await left_by(database, clock, ["one"], chat_id=chat_id, heartbeat=None)
    later = now + LONG_LEASE
    async with database.session() as session, session.begin():
        rows = await outbox.claim_due(
            session, owner="sweeper", lease=LONG_LEASE, now=later, limit=20, per_chat=5
        )
    chats = {row.chat_id for row in rows}
    assert chats == set(range(1, 12))  # nobody starved by chat 1's backlog
    assert [row.payload["text"] for row in rows if row.chat_id == 1] == [
        f"backlog {n}" for n in range(5)
    ]


async def test_a_sweep_keeps_going_until_a_pass_finds_nothing(
    app: StillpointApp, database: Database, api: FakeBotApi, clock: FakeClock
) -> None:
    sender = sender_of(app)
    sender.batch = 7
    for chat_id in range(1, 5):
        await left_by(database, clock, [f"r{n}" for n in range(6)], chat_id=chat_id)
    clock.advance(OWNER_TTL)
    assert await sender.sweep(app.bot) == 24
    assert await waiting(database) == 0
    for chat_id in range(1, 5):
        assert api.texts(chat_id) == [f"r{n}" for n in range(6)]  # each chat in order


@pytest.mark.parametrize("counted_dead", [False, True])
async def test_a_sender_whose_heartbeat_is_late_renews_it_or_stops(
    app: StillpointApp,
    database: Database,
    api: FakeBotApi,
    clock: FakeClock,
    counted_dead: bool,
) -> None:
    sender = sender_of(app)
    await heartbeat(app)  # alive until now + 5 s
    [row] = await left_by(database, clock, ["mine"], owner=sender.owner, heartbeat=None)
    # The heartbeat job fell behind: 4 s, or past the 5 s the others wait.
    clock.advance(OWNER_TTL if counted_dead else OWNER_TTL - timedelta(seconds=1))
    await sender.deliver(app.bot, [row])
    assert api.texts(USER) == ([] if counted_dead else ["mine"])
    async with database.session() as session:
        alive = await session.get(ReplyOwner, sender.owner)
    assert alive is not None
    assert (alive.alive_until > clock.now()) is not counted_dead
