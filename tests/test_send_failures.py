"""When Telegram fails a send, what the user told us is already stored, the reply still comes
(retried, or later from the outbox), and nothing is apologised for that was not our fault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import (
    CaffeineLog,
    CheckIn,
    FlowStateRow,
    OutboxMessage,
    User,
    UserStatus,
)
from bot.transport.sender import reply_sender_of
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard

APOLOGY = "something went wrong on my side"
ZONE_Q = "Which time zone are you in?"
WAKE_Q = "What time do you usually wake up"
NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)


async def step_of(database: Database, chat_id: int) -> str | None:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
    return row.step if row else None


async def outbox_rows(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)


def shown(api: FakeBotApi, chat: Chat) -> list[str]:
    """What the chat shows: messages Telegram took (a timed-out call never arrived)."""
    return [m.text or "" for m in api.chat_messages(chat.user_id)]


def sends(api: FakeBotApi) -> int:
    return len(api.calls_of("sendMessage"))


async def test_a_timed_out_reply_is_sent_again(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    api.time_out("sendMessage")
    await chat.press("Yes, keep them")
    # The time-out was retried: the question came, once, and the answer was stored.
    texts = shown(api, chat)
    assert [t for t in texts if t.startswith(ZONE_Q)] == [texts[-1]]
    assert not any(APOLOGY in t for t in texts)
    assert await step_of(database, chat.user_id) == "time_zone"
    assert await outbox_rows(database) == 0


async def test_a_server_error_mid_turn_still_sends_the_rest_in_order(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    api.fail("sendMessage", 502)  # the first reply of the next turn ("Got it: …") fails once
    replies = await chat.send("Berlin")
    assert replies[0].startswith("Got it: Europe/Berlin")
    assert replies[-1].startswith(WAKE_Q)
    assert not any(APOLOGY in r for r in replies)
    replies = await chat.press("07:00")
    assert "bedtime" in replies[-1]


async def test_a_reply_telegram_refuses_is_given_up_and_the_rest_still_goes_out(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    api.fail("sendMessage", 400, "Bad Request: can't parse entities")
    await chat.send("Berlin")
    # "Got it" was refused for good; the wake-up question still came.
    assert api.texts(chat.user_id)[-1].startswith(WAKE_Q)
    assert await step_of(database, chat.user_id) == "wake_time"
    assert await outbox_rows(database) == 0


async def test_a_stale_callback_logs_one_coffee_and_no_apology(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/menu")
    api.fail(
        "answerCallbackQuery",
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )
    replies = await chat.press("☕ Log a coffee")
    assert replies[0].startswith("☕ Logged one at")
    assert not any(APOLOGY in r for r in api.texts(chat.user_id))
    async with database.session() as session:
        drinks = await session.scalar(select(func.count()).select_from(CaffeineLog))
    assert drinks == 1


async def test_telegram_down_keeps_replies_until_the_sweeper_sends_them_in_order(
    app: StillpointApp, chat: Chat, api: FakeBotApi, database: Database, clock: FakeClock
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    before = sends(api)
    api.fail("sendMessage", 502, times=4)  # the first try and all three retries
    await chat.press("Yes, keep them")
    assert sends(api) == before + 4
    assert await outbox_rows(database) == 1
    assert await step_of(database, chat.user_id) == "time_zone"
    # The next turn's reply waits behind it, so the chat's order holds.
    api.fail("sendMessage", 502, times=0)
    await chat.send("Berlin")
    assert await outbox_rows(database) == 3  # the question, "Got it", the wake-up question
    assert not api.texts(chat.user_id)[-1].startswith("Got it")
    # Telegram is back; after the pause the sweeper sends all three, oldest first.
    sender = reply_sender_of(app)
    assert await sender.sweep(app.bot) == 0  # still within the pause
    clock.advance(timedelta(seconds=11))
    assert await sender.sweep(app.bot) == 3
    texts = api.texts(chat.user_id)
    assert texts[-3].startswith(ZONE_Q)
    assert texts[-2].startswith("Got it: Europe/Berlin")
    assert texts[-1].startswith(WAKE_Q)
    assert await outbox_rows(database) == 0
    assert await sender.sweep(app.bot) == 0  # nothing twice


async def test_a_rate_limit_answer_is_waited_out_and_sent(
    chat: Chat, api: FakeBotApi, app: StillpointApp, clock: FakeClock
) -> None:
    api.fail("sendMessage", 429, retry_after=3)
    await chat.send("/help")
    # Not tried again inside Telegram's wait (that would make it longer): kept for after it.
    assert shown(api, chat) == []
    assert sends(api) == 1
    sender = reply_sender_of(app)
    clock.advance(timedelta(seconds=2))
    assert await sender.sweep(app.bot) == 0
    clock.advance(timedelta(seconds=1))
    assert await sender.sweep(app.bot) == 1
    [text] = shown(api, chat)
    assert "/checkin" in text
    assert sends(api) == 2  # refused once, then taken


async def test_a_blocked_bot_gives_up_quietly_and_the_user_comes_back_active(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await onboard(chat)
    async with database.session() as session, session.begin():
        user = await session.scalar(select(User).where(User.telegram_id == chat.user_id))
        assert user is not None
        user.status = UserStatus.BLOCKED  # a reminder got a 403 earlier
    api.fail("sendMessage", 403)
    await chat.send("/menu")  # refused: dropped, no apology tried
    assert [c.method for c in api.calls[-1:]] == ["sendMessage"]
    assert await outbox_rows(database) == 0
    replies = await chat.send("/menu")
    assert replies == ["What would you like to do?"]
    async with database.session() as session:
        status = await session.scalar(select(User.status).where(User.telegram_id == chat.user_id))
    assert status is UserStatus.ACTIVE


async def test_a_retried_delivery_acts_once_and_sends_nothing_twice(
    app: StillpointApp, chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await onboard(chat)
    update = chat.factory.text(chat.user_id, "/coffee")
    await app.process_update(update)
    before = len(api.calls)
    await app.process_update(update)  # Telegram did not see our 200 and delivers it again
    assert len(api.calls) == before
    async with database.session() as session:
        drinks = await session.scalar(select(func.count()).select_from(CaffeineLog))
    assert drinks == 1


async def test_an_edit_that_changes_nothing_counts_as_done(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/journal")
    await chat.send("A long day")
    message = api.latest_with_buttons(chat.user_id)
    assert message is not None
    [toggle] = [data for label, data in chat.buttons(message) if label == "Work"]
    await chat.press_data(toggle, message)
    api.fail("editMessageText", 400, "Bad Request: message is not modified")
    await chat.press_data(toggle, message)
    assert not any(APOLOGY in t for t in api.texts(chat.user_id))
    assert await outbox_rows(database) == 0


@pytest.mark.parametrize(
    "command", ["/nap cancel", "/nap 20", "/pause 2", "/pause 10", "/snooze", "/skipday", "/note"]
)
async def test_a_typed_command_always_gets_a_message(chat: Chat, command: str) -> None:
    """Answers that would be a button's toast come as a message when the command was typed."""
    await onboard(chat)
    replies = await chat.send(command)
    assert replies
    assert all(reply.strip() for reply in replies)


async def test_a_history_page_with_a_note_too_long_for_one_message_is_split(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await onboard(chat)
    # A note from before notes were capped: longer than one Telegram message.
    paragraphs = [f"Paragraph {n}: " + "calmer after a walk, " * 20 for n in range(11)]
    note = "\n\n".join(paragraphs)
    assert len(note) > 4500
    async with database.session() as session, session.begin():
        user = await session.scalar(select(User).where(User.telegram_id == chat.user_id))
        assert user is not None
        session.add(
            CheckIn(
                user_id=user.id,
                local_date=date(2026, 11, 25),
                twitch_level=1,
                locations=["eyelid"],
                triggers=[],
                note=note,
                created_at=NOW,
                updated_at=NOW,
            )
        )
    before = len(api.calls_of("sendMessage"))
    await chat.send("/history")
    sent = [str(c.params["text"]) for c in api.calls_of("sendMessage")[before:]]
    assert all(len(text) <= 4096 for text in sent)
    shown = [m.text or "" for m in api.chat_messages(chat.user_id)]
    # Every paragraph arrived, whole, and nothing was refused by Telegram.
    for paragraph in paragraphs:
        assert any(paragraph.strip() in text for text in shown), paragraph[:20]
    assert len(sent) >= 3  # the week, the note in two parts, ...
    assert await outbox_rows(database) == 0
