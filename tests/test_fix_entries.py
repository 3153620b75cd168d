"""Changing a check-in of the last week and adding one that was missed, from /history; the
result shows in /history and in the report."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import CheckIn
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_checkin import skip_to_the_end, typical_day
from tests.test_onboarding import onboard
from tests.test_undo import report_text


async def saved(database: Database) -> dict[date, CheckIn]:
    async with database.session() as session:
        return {c.local_date: c for c in (await session.execute(select(CheckIn))).scalars()}


async def test_a_missed_day_is_added_from_history(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await onboard(chat)  # Wednesday 25 November, 20:00 in Berlin
    await chat.send("/checkin")
    await typical_day(chat)
    [week, *_] = await chat.send("/history")
    assert "Mon 23 Nov · —" in week.splitlines()
    [picker] = await chat.press("✏️ Change or add a day")
    assert picker.startswith("Which day?")
    assert chat.labels()[:4] == ["✏️ Wed 25 Nov", "➕ Tue 24 Nov", "➕ Mon 23 Nov", "➕ Sun 22 Nov"]
    assert len(chat.labels()) == 7 + 2  # a week, Back and Menu
    replies = await chat.press("➕ Mon 23 Nov")
    assert replies[-1].startswith("How was the twitching on Mon 23 Nov?")
    await chat.press("Strong")
    await chat.press("Legs and calves")
    await chat.press("8")
    await skip_to_the_end(chat)
    days = await saved(database)
    assert (days[date(2026, 11, 23)].twitch_level, days[date(2026, 11, 23)].anxiety) == (3, 8)
    [week, *_] = await chat.send("/history")
    assert "Mon 23 Nov · twitch strong (legs and calves) · anxiety 8" in week.splitlines()
    # Mild (1) on Wednesday and strong (3) on the day added.
    assert "Average 2.0 over 2 days rated" in await report_text(chat, api)


async def test_a_past_check_in_is_changed_from_history(
    chat: Chat, database: Database, clock: FakeClock, api: FakeBotApi
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)  # mild, eyelid, anxiety 4
    clock.set(clock.now().replace(day=28))  # Saturday: Wednesday is three days back
    await chat.send("/history")
    await chat.press("✏️ Change or add a day")
    replies = await chat.press("✏️ Wed 25 Nov")
    assert replies[-1] == "You've already checked in for Wed 25 Nov. Update it?"
    await chat.press("Update it")
    await chat.press("Moderate")
    await chat.press("Hands")
    await chat.press("6")
    await skip_to_the_end(chat)
    day = (await saved(database))[date(2026, 11, 25)]
    # Changed what was answered again; kept what was skipped (sleep, caffeine).
    assert (day.twitch_level, day.locations, day.anxiety) == (2, ["hands"], 6)
    assert day.caffeine_drinks == 2
    [week, *_] = await chat.send("/history")
    assert "Wed 25 Nov · twitch moderate (hands) · anxiety 6 · sleep 8.0 h · caffeine 2" in (
        week.splitlines()
    )
    assert "Average 2.0 on 1 day rated — 0 is none, 3 is strong." in await report_text(chat, api)


async def test_a_day_out_of_reach_is_refused_kindly(chat: Chat, database: Database) -> None:
    await onboard(chat)
    for arg in ("20261118", "20261126", "20261131", "yesterday", "2026112"):
        [reply] = await chat.press_data(f"m:checkin:{arg}")
        assert reply.startswith("I can change or add check-ins for the last 7 days only.")
        assert chat.labels() == ["📅 History"]
    assert await saved(database) == {}
    replies = await chat.send("/checkin 2026-11-24")  # typed works too
    assert replies[-1].startswith("How was the twitching on Tue 24 Nov?")


async def test_what_was_going_on_stays_ticked_when_a_day_is_changed(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    for _ in range(3):
        await chat.press("Skip →")
    await chat.press("Work")
    await chat.press("Done ✓")
    await skip_to_the_end(chat)
    await chat.send("/history")
    await chat.press("✏️ Change or add a day")
    await chat.press("✏️ Wed 25 Nov")
    await chat.press("Update it")
    await chat.press("Moderate")
    await chat.press("Eyelid")
    for _ in range(3):
        await chat.press("Skip →")
    assert chat.last_text().startswith("Anything going on?")
    assert "✓ Work" in chat.labels()
    await chat.press("Done ✓")
    await skip_to_the_end(chat)
    day = (await saved(database))[date(2026, 11, 25)]
    assert (day.twitch_level, day.triggers) == (2, ["work"])
