"""A sent reply's DELETE on PostgreSQL (`ReplySender._done`): written to the server before the
next reply goes out but not waited for, so its round trip overlaps the next send or the end of
the turn. The chat's next turn waits for it before it looks at the outbox, a failed DELETE
leaves the row to the sweeper (a duplicate at worst, as after a crash), and a clean stop waits
for every DELETE still under way. On SQLite the DELETE is in-process and stays inline."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import StillpointApp
from bot.storage import Database, outbox, turn_store
from bot.storage.models import OutboxMessage
from bot.transport.sender import reply_sender_of
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard

POSTGRES_ONLY = [pytest.param("postgres", marks=pytest.mark.postgres)]
SQLITE_ONLY = ["sqlite"]


async def outbox_rows(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)


class HeldMarks:
    """`outbox.mark_sent` with the first DELETE held until released: the DELETE a turn
    started, still under way. Later ones (other chats') go through."""

    def __init__(self, real: Callable[..., Awaitable[None]]) -> None:
        self.real = real
        self.started = 0
        self.released = asyncio.Event()

    async def __call__(self, database: Database, *, reply_id: int) -> None:
        self.started += 1
        if self.started == 1:
            await self.released.wait()
        await self.real(database, reply_id=reply_id)

    def release(self) -> None:
        self.released.set()


# A turn with one reply: a chat has one DELETE under way at a time, so a second reply would
# wait for the held one (`one_reply` checks it).
ONE_REPLY = "/menu"


async def one_reply(app: StillpointApp, chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    counted = HeldMarks(outbox.mark_sent)
    counted.release()
    monkeypatch.setattr(outbox, "mark_sent", counted)
    await app.process_update(chat.factory.text(chat.user_id, ONE_REPLY))
    await reply_sender_of(app).marked()
    assert counted.started == 1


@pytest.fixture
def hold_marks(
    app: StillpointApp, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], HeldMarks]]:
    """Installs a HeldMarks; whatever it still holds is let go before the app is shut down
    (which waits for every DELETE under way), so a failing test fails instead of hanging."""
    made: list[HeldMarks] = []

    def install() -> HeldMarks:
        held = HeldMarks(outbox.mark_sent)
        monkeypatch.setattr(outbox, "mark_sent", held)
        made.append(held)
        return held

    yield install
    for held in made:
        held.release()


async def yield_a_while() -> None:
    """Let every ready task run as far as it can (no clock involved)."""
    for _ in range(50):
        await asyncio.sleep(0)


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
async def test_the_turn_ends_before_its_delete_and_the_next_turn_waits_for_it(
    app: StillpointApp,
    api: FakeBotApi,
    chat: Chat,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    hold_marks: Callable[[], HeldMarks],
) -> None:
    await onboard(chat)
    await one_reply(app, chat, monkeypatch)
    held = hold_marks()
    sent_before = len(api.texts(chat.user_id))
    await app.process_update(chat.factory.text(chat.user_id, ONE_REPLY))
    # The turn is over and its reply went out; its DELETE is under way, not finished.
    assert len(api.texts(chat.user_id)) > sent_before
    assert held.started >= 1
    assert await outbox_rows(database) >= 1

    # Where the next turn stands: waiting for the chat's DELETEs, and past its claim.
    sender = reply_sender_of(app)
    waits, real_marked = asyncio.Event(), sender.marked

    async def watched_marked(chat_id: int | None = None) -> None:
        if chat_id == chat.user_id:
            waits.set()
        await real_marked(chat_id)

    claimed: list[int] = []
    real_claim = turn_store.claim_and_load

    async def watched_claim(*args: Any, **kwargs: Any) -> Any:
        claimed.append(kwargs["update_id"])
        return await real_claim(*args, **kwargs)

    monkeypatch.setattr(sender, "marked", watched_marked)
    monkeypatch.setattr(turn_store, "claim_and_load", watched_claim)

    after_first = len(api.texts(chat.user_id))
    second = asyncio.create_task(app.process_update(chat.factory.text(chat.user_id, ONE_REPLY)))
    waiting = asyncio.ensure_future(waits.wait())
    await asyncio.wait({waiting, second}, return_when=asyncio.FIRST_COMPLETED)
    assert waits.is_set(), "the next turn never waited for the chat's DELETE"
    await yield_a_while()
    # The chat's next turn waits for the DELETE before anything else: it has not claimed its
    # update, decided or sent anything.
    assert claimed == []
    assert not second.done()
    assert len(api.texts(chat.user_id)) == after_first

    held.release()
    await second
    await reply_sender_of(app).marked()
    # Its one reply went out at once: not left behind the first turn's row for the sweeper,
    # and that row not taken for unsent and sent twice.
    assert len(api.texts(chat.user_id)) == after_first + 1
    assert await outbox_rows(database) == 0


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
async def test_other_chats_do_not_wait_for_a_chats_delete(
    app: StillpointApp,
    api: FakeBotApi,
    chat: Chat,
    monkeypatch: pytest.MonkeyPatch,
    hold_marks: Callable[[], HeldMarks],
) -> None:
    await onboard(chat)
    await one_reply(app, chat, monkeypatch)
    held = hold_marks()
    await app.process_update(chat.factory.text(chat.user_id, ONE_REPLY))
    assert held.started >= 1
    # Someone else writes meanwhile: their turn goes through while the first DELETE waits.
    other = 5151
    await app.process_update(chat.factory.text(other, "/start"))
    assert api.texts(other)
    held.release()
    await reply_sender_of(app).marked()


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
async def test_a_delete_that_fails_leaves_the_row_to_the_sweeper_and_says_nothing_private(
    app: StillpointApp,
    api: FakeBotApi,
    chat: Chat,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await onboard(chat)

    async def broken(database: Database, *, reply_id: int) -> None:
        raise ConnectionResetError("server went away")

    monkeypatch.setattr(outbox, "mark_sent", broken)
    before = len(api.texts(chat.user_id))
    with caplog.at_level(logging.WARNING):
        await app.process_update(chat.factory.text(chat.user_id, "I had a coffee"))
        await reply_sender_of(app).marked()
    # The person got the answer; the row stays leased, for the sweeper once the lease is over.
    assert len(api.texts(chat.user_id)) > before
    assert await outbox_rows(database) >= 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert "could not mark a sent reply (ConnectionResetError)" in warnings
    assert not any("coffee" in w or "server went away" in w for w in warnings)


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
async def test_a_clean_stop_waits_for_the_deletes_under_way(
    app: StillpointApp,
    chat: Chat,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    hold_marks: Callable[[], HeldMarks],
) -> None:
    await onboard(chat)
    await one_reply(app, chat, monkeypatch)
    held = hold_marks()
    await app.process_update(chat.factory.text(chat.user_id, ONE_REPLY))
    assert held.started >= 1
    stopping = asyncio.create_task(app.post_stop(app))  # type: ignore[misc]
    await yield_a_while()
    assert not stopping.done()  # still waiting for the DELETE
    held.release()
    await stopping
    assert await outbox_rows(database) == 0


@pytest.mark.parametrize("databases", SQLITE_ONLY, indirect=True)
async def test_on_sqlite_the_delete_is_done_when_the_turn_ends(
    app: StillpointApp, chat: Chat, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    await onboard(chat)
    marked: list[int] = []
    real = outbox.mark_sent

    async def counting(database: Database, *, reply_id: int) -> None:
        marked.append(reply_id)
        await real(database, reply_id=reply_id)

    monkeypatch.setattr(outbox, "mark_sent", counting)
    await app.process_update(chat.factory.text(chat.user_id, ONE_REPLY))
    # No sender call in between: the rows are gone as the turn returns.
    assert marked
    assert await outbox_rows(database) == 0
