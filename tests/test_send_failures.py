"""When Telegram fails a send, what the user told us is already stored and nothing crashes."""

from __future__ import annotations

from bot.storage import Database
from bot.storage.models import FlowStateRow
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi


async def step_of(database: Database, chat_id: int) -> str | None:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
    return row.step if row else None


async def test_a_timed_out_reply_keeps_the_answer(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/start")
    api.time_out("sendMessage")
    await chat.press("Yes, keep them")
    # The reply was lost, the error handler apologised, and the answer was already stored.
    assert "something went wrong on my side" in chat.last_text()
    assert await step_of(database, chat.user_id) == "time_zone"
    replies = await chat.send("Berlin")
    assert replies[0].startswith("Got it: Europe/Berlin")


async def test_server_errors_and_blocked_bot_do_not_crash(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    api.fail("sendMessage", 502)
    await chat.send("/start")
    assert await step_of(database, chat.user_id) == "consent"
    api.fail("sendMessage", 403, times=5)
    await chat.send("/help")  # the user blocked the bot: no apology is attempted
    assert [c.method for c in api.calls[-1:]] == ["sendMessage"]
    replies = await chat.send("/start")
    assert replies[-1].startswith("May I keep your check-ins")


async def test_retry_after_answer_is_reported_not_swallowed(chat: Chat, api: FakeBotApi) -> None:
    api.fail("sendMessage", 429, retry_after=3)
    await chat.send("/help")
    # Without the rate limiter (tests build the app without it) the 429 reaches the error
    # handler, which apologises once the limit has passed.
    assert "something went wrong" in chat.last_text()
    statuses = [c.method for c in api.calls if c.method == "sendMessage"]
    assert len(statuses) == 2
