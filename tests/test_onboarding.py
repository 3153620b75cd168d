"""Onboarding end to end through the real Application and the fake Bot API."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from bot.clock import FakeClock
from bot.storage import Database, repo
from bot.storage.models import Consent
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker


async def user_row(database: Database, telegram_id: int = 4242):  # type: ignore[no-untyped-def]
    async with database.session() as session:
        return await repo.get_user(session, telegram_id=telegram_id)


async def onboard(chat: Chat) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    await chat.press("07:00")
    await chat.press("23:00")
    await chat.press("14:00")
    await chat.press("21:00")
    if isinstance(chat.api.limit_clock, FakeClock):
        # Where the fake keeps Telegram's limits, the person comes back a minute later, as
        # people do: the setup's dozen messages then leave the minute the test looks at.
        chat.api.limit_clock.advance(timedelta(minutes=1))


async def test_full_onboarding_saves_profile_and_shows_menu(
    chat: Chat, database: Database
) -> None:
    replies = await chat.send("/start")
    assert "Stillpoint" in replies[0]
    assert any("not" in r and "doctor" in r for r in replies)
    assert chat.labels() == ["🌊 Twitching right now? — calm it first", "Set me up", "Cancel"]

    await chat.press("Set me up")
    assert chat.labels() == ["Yes, keep them", "No, thanks", "← Back"]
    await chat.press("Yes, keep them")
    assert "Share my location" in " ".join(chat.api.reply_keyboard(chat.user_id))

    replies = await chat.send("berlin")
    assert replies[0].startswith("Got it: Europe/Berlin")
    assert chat.api.reply_keyboard(chat.user_id) == []  # the location keyboard is gone

    await chat.press("07:00")
    await chat.press("23:00")
    assert "15:00 at the latest" in chat.last_text()  # eight hours before a 23:00 bedtime
    await chat.press("14:00")
    replies = await chat.press("21:00")
    assert "Europe/Berlin" in replies[0]
    assert "Settings" in " ".join(chat.labels())

    user = await user_row(database)
    assert user is not None
    assert user.time_zone == "Europe/Berlin"
    assert (user.wake_time, user.bedtime) == (time(7), time(23))
    assert (user.caffeine_cutoff, user.checkin_time) == (time(14), time(21))
    assert user.consent is Consent.GIVEN
    assert user.onboarded_at is not None


async def test_declining_consent_stores_nothing_but_the_choice(
    chat: Chat, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    replies = await chat.press("No, thanks")
    assert "won't keep" in replies[0]
    user = await user_row(database)
    assert user is not None
    assert user.consent is Consent.DECLINED
    assert user.time_zone is None
    assert user.bedtime is None


async def test_known_user_gets_menu_not_onboarding(chat: Chat) -> None:
    await onboard(chat)
    replies = await chat.send("/start")
    assert replies == ["What would you like to do?"]


async def test_restart_mid_onboarding_continues_at_same_step(
    databases,
    make_app: AppMaker,
    api: FakeBotApi,  # type: ignore[no-untyped-def]
) -> None:
    first = await make_app(databases.opened[0])
    chat = Chat(first, api, 77, UpdateFactory(first.bot))
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Europe/Lisbon")
    await first.shutdown()

    second = await make_app(databases.open())
    chat = Chat(second, api, 77, UpdateFactory(second.bot, first_update_id=100))
    replies = await chat.send("hello again")
    assert "usually wake up" in replies[-1]
    await chat.press("06:30")
    assert "bedtime" in chat.last_text()


# --- a bare hour at the bedtime question --------------------------------------------------------


async def to_bedtime(chat: Chat) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    await chat.press("07:00")
    assert chat.last_text().startswith("And the bedtime you're aiming for?")


async def test_a_bare_11_at_bedtime_asks_whether_23_or_11(chat: Chat, database: Database) -> None:
    await to_bedtime(chat)
    [reply] = await chat.send("11")
    assert reply.startswith("Did you mean 23:00 or 11:00?")
    assert "night of" not in reply
    assert chat.labels() == ["23:00", "11:00", "← Back"]
    replies = await chat.press("23:00")
    assert "When should your last coffee" in replies[-1]
    await chat.press("14:00")
    await chat.press("21:00")
    user = await user_row(database)
    assert user is not None
    assert user.bedtime == time(23)


async def test_choosing_11_00_meets_the_night_length_check(chat: Chat) -> None:
    await to_bedtime(chat)
    await chat.send("11")
    [reply] = await chat.press("11:00")
    assert reply.startswith("With a 07:00 wake-up that gives a night of 20 h.")


@pytest.mark.parametrize(("typed", "bedtime"), [("23", time(23)), ("11 pm", time(23))])
async def test_a_clear_bedtime_is_taken_at_once(
    chat: Chat, database: Database, typed: str, bedtime: time
) -> None:
    await to_bedtime(chat)
    replies = await chat.send(typed)
    assert "When should your last coffee" in replies[-1]
    await chat.press("14:00")
    await chat.press("21:00")
    user = await user_row(database)
    assert user is not None
    assert user.bedtime == bedtime


async def test_a_bare_7_at_the_wake_question_is_the_morning(chat: Chat) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    replies = await chat.send("7")
    assert replies[-1].startswith("And the bedtime you're aiming for?")


async def test_settings_asks_the_routine_questions_on_their_own(chat: Chat) -> None:
    # Onboarding's "Last one:" and "And the bedtime…?" lean on the question before them;
    # a single change in /settings has no question before it.
    await onboard(chat)
    await chat.send("/settings")
    [question] = await chat.press("Check-in time")
    assert question.startswith("When shall I check in each evening?")
    await chat.press("20:00")

    await chat.send("/settings")
    [question] = await chat.press("Bedtime")
    assert question.startswith("What bedtime are you aiming for?")
    await chat.press("23:30")

    # A new wake-up that leaves no room for the night: the bedtime follows it, as in onboarding.
    await chat.send("/settings")
    await chat.press("Wake time")
    replies = await chat.send("02:00")
    assert "And the bedtime you're aiming for?" in replies[-1]
