"""How many taps a day with twitching takes, counted through the fake Bot API from the evening
reminder's "Check in now" (that tap counts: it is the first thing the person does)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.core.recurrence import at_local
from bot.scheduling import Dispatcher, dispatcher_of
from bot.storage import Database
from bot.storage.models import CheckIn
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.auxil.schedule import instant_limiter, run_schedule
from tests.test_onboarding import onboard

BERLIN = "Europe/Berlin"
FIRST = date(2026, 11, 25)  # the chat fixture's day: a Wednesday, 20:00 in Berlin
SECOND = FIRST + timedelta(days=1)


@pytest.fixture
def dispatcher(app: StillpointApp) -> Dispatcher:
    dispatcher = dispatcher_of(app)
    dispatcher.limiter = instant_limiter()
    return dispatcher


def taps(chat: Chat) -> int:
    return len(chat.api.calls_of("answerCallbackQuery"))


async def checkins(database: Database) -> dict[date, CheckIn]:
    async with database.session() as session:
        return {c.local_date: c for c in await session.scalars(select(CheckIn))}


async def open_from_the_reminder(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=at_local(clock.now().date(), time(21, 5), BERLIN)
    )
    assert any("Evening check-in" in d.text for d in delivered)
    reminder = next(m for m in reversed(api.sent) if "Evening check-in" in (m.text or ""))
    await chat.press("Check in now", reminder)


async def test_a_day_like_the_one_before_takes_six_taps_from_the_reminder(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    await onboard(chat)  # bed 23:00, wake 07:00, check-in reminder at 21:00
    await chat.send("/checkin")  # the first day, answered in full
    for label in ("Mild", "Eyelid", "4", "As usual (23:00–07:00)", "2"):
        await chat.press(label)
    await chat.send("13:30")
    await chat.press("Done ✓")  # what was going on: nothing
    await chat.press("Done ✓")  # the weekly warning signs: none

    clock.set(datetime(2026, 11, 26, 19, 0, tzinfo=UTC))  # 20:00 on the second day
    before = taps(chat)
    await open_from_the_reminder(chat, api, clock, database, dispatcher)
    assert chat.last_text() == "How was the twitching on Thu 26 Nov?"
    await chat.press("Like the day before: mild (eyelid)")
    await chat.press("3")
    await chat.press("As usual (23:00–07:00)")
    await chat.press("Same as the day before: 2, last at 13:30")
    replies = await chat.press("Done ✓")

    assert taps(chat) - before == 6
    assert replies[0] == (
        "Noted for Thu 26 Nov: twitching mild (eyelid); anxiety 3/10; 8.0 h of sleep; "
        "2 caffeinated drinks, the last at 13:30."
    )
    saved = (await checkins(database))[SECOND]
    assert (saved.twitch_level, saved.locations, saved.anxiety) == (1, ["eyelid"], 3)
    assert (saved.bedtime, saved.wake_time) == (time(23), time(7))
    assert (saved.caffeine_drinks, saved.caffeine_last) == (2, time(13, 30))
    assert saved.triggers == []


async def test_a_first_day_with_twitching_takes_nine_taps_as_the_readme_says(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    await onboard(chat)
    before = taps(chat)
    await open_from_the_reminder(chat, api, clock, database, dispatcher)
    assert "Like the day before" not in " ".join(chat.labels())  # there is no day before
    for label in ("Mild", "Eyelid", "4", "As usual (23:00–07:00)", "2", "14:00", "Done ✓"):
        await chat.press(label)
    assert chat.last_text().startswith("One question I ask once a week")
    await chat.press("Done ✓")
    assert taps(chat) - before == 9
    saved = (await checkins(database))[FIRST]
    assert (saved.twitch_level, saved.caffeine_last, saved.red_flags) == (1, time(14), [])


async def test_the_same_again_can_be_typed_and_a_stale_tap_is_refused(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Strong")
    await chat.press("Hands")
    while "📝 Add a note" not in chat.labels():
        await chat.press("Skip →" if "Skip →" in chat.labels() else "Done ✓")
    clock.advance(timedelta(days=1))
    await chat.send("/checkin")
    question = chat.api.latest_with_buttons(chat.user_id)
    [reply] = await chat.send("whatever")
    assert reply.startswith("Please tap one of the buttons below")
    assert "Like the day before: strong (hands)" in chat.labels()
    replies = await chat.send("same")  # the answer's own word works too
    assert replies[-1].startswith("And anxiety overall")
    await chat.press("Like the day before: strong (hands)", question)
    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    while "📝 Add a note" not in chat.labels():
        await chat.press("Skip →" if "Skip →" in chat.labels() else "Done ✓")
    saved = (await checkins(database))[SECOND]
    assert (saved.twitch_level, saved.locations) == (3, ["hands"])
