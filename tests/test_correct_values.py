"""Values saved as the person meant them: a bare hour read as the one that fits their day,
drinks kept to the minute, a day of logged drinks shown in /history, and the export telling
"asked, none" from "not asked"."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import CaffeineLog, CheckIn
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_checkin import skip_to_the_end
from tests.test_onboarding import onboard


async def onboard_waking_at_half_six(chat: Chat) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    await chat.send("06:30")
    await chat.press("23:00")
    await chat.press("14:00")
    await chat.press("21:00")


async def to_last_drink(chat: Chat) -> None:
    """A check-in for today (the clock says 20:00 in Berlin) up to "When was the last one?"."""
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("4")
    await chat.press("As usual (23:00–06:30)")
    await chat.press("2")
    assert chat.last_text().startswith("When was the last one?")


async def saved_checkin(database: Database) -> CheckIn:
    async with database.session() as session:
        [row] = (await session.execute(select(CheckIn))).scalars()
        return row


async def drinks(database: Database) -> list[CaffeineLog]:
    async with database.session() as session:
        return list((await session.execute(select(CaffeineLog))).scalars())


async def test_around_five_after_a_half_six_wake_up_is_five_in_the_afternoon(
    chat: Chat, database: Database
) -> None:
    await onboard_waking_at_half_six(chat)
    await to_last_drink(chat)
    replies = await chat.send("around 5")
    assert replies[-1].startswith("Anything going on?")  # taken, not asked about
    await skip_to_the_end(chat)
    assert (await saved_checkin(database)).caffeine_last == time(17)


async def test_an_hour_that_fits_the_day_both_ways_is_asked_about(
    chat: Chat, database: Database
) -> None:
    await onboard_waking_at_half_six(chat)
    await to_last_drink(chat)
    [reply] = await chat.send("8")  # 08:00 and 20:00 are both in a day that is now at 20:00
    assert reply.startswith("Did you mean 20:00 or 08:00?")
    assert chat.labels()[:2] == ["20:00", "08:00"]
    await chat.press("08:00")
    await skip_to_the_end(chat)
    assert (await saved_checkin(database)).caffeine_last == time(8)


async def test_an_hour_for_yesterday_fits_the_day_until_bedtime(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard_waking_at_half_six(chat)
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))  # 09:00: the check-in asks which day
    await chat.send("/checkin")
    await chat.press("Yesterday (Wed 25 Nov)")
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("4")
    await chat.press("As usual (23:00–06:30)")
    await chat.press("1")
    await chat.send("at 4")  # 04:00 is before their day began; 16:00 is in it
    await skip_to_the_end(chat)
    assert (await saved_checkin(database)).caffeine_last == time(16)


async def test_a_coffee_from_earlier_at_a_bare_hour_fits_the_day(
    chat: Chat, database: Database
) -> None:
    await onboard_waking_at_half_six(chat)
    await chat.send("/coffee")
    await chat.press("🕐 It was earlier")
    replies = await chat.send("3")  # 20:00 now: 03:00 was the night, 15:00 the afternoon
    assert replies[0].startswith("☕ Logged one at 15:00 — 1 today.")
    assert [d.local_time for d in await drinks(database)] == [time(15)]


async def test_a_drink_tapped_at_the_cut_off_is_not_after_it_and_kept_to_the_minute(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)  # Berlin, cut-off 14:00
    clock.set(datetime(2026, 11, 25, 13, 0, 0, 567, tzinfo=UTC))  # 14:00:00.000567 in Berlin
    replies = await chat.send("/coffee")
    assert replies == ["☕ Logged one at 14:00 — 1 today."]  # no cut-off line
    [drink] = await drinks(database)
    assert drink.local_time == time(14, 0)
    assert drink.at.replace(tzinfo=UTC) == datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    clock.set(datetime(2026, 11, 25, 13, 1, tzinfo=UTC))
    replies = await chat.send("/coffee")
    assert "after your 14:00 cut-off" in replies[1]


async def test_history_shows_drinks_logged_on_a_day_without_a_check_in(
    chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))  # Monday 30 Nov is too far ahead
    await chat.send("/coffee")
    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    await chat.send("/coffee")
    clock.set(datetime(2026, 11, 25, 19, 0, tzinfo=UTC))
    [week, *_] = await chat.send("/history")
    assert "Mon 23 Nov · caffeine 2" in week.splitlines()
    assert "Tue 24 Nov · —" in week.splitlines()


async def test_the_export_tells_asked_none_from_not_asked(
    chat: Chat, api: FakeBotApi, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.send("/checkin")  # the first check-in asks the weekly question
    await chat.press("None")
    for _ in range(4):
        await chat.press("Skip →")
    assert chat.last_text().startswith("One question I ask once a week")
    await chat.press("Done ✓")  # none of them
    clock.advance(timedelta(days=1))
    await chat.send("/checkin")  # a day later it isn't asked
    await chat.press("None")
    await skip_to_the_end(chat)
    await chat.send("/export")
    files = {m.file_name: m.content for m in api.chat_messages(chat.user_id) if m.file_name}
    rows = list(
        csv.DictReader(
            io.StringIO(files["stillpoint-checkins-2026-11-26.csv"].decode("utf-8-sig"))
        )
    )
    assert [(r["date"], r["warning_signs"]) for r in rows] == [
        ("2026-11-25", "none"),
        ("2026-11-26", ""),
    ]
    readme = files["stillpoint-README-2026-11-26.txt"].decode("utf-8")
    assert "none = asked, and none applied; empty = not asked that day" in readme


@pytest.mark.parametrize("typed", ["around 25", "-3", "soon", "5:7"])
async def test_a_time_it_cannot_read_is_asked_again(chat: Chat, typed: str) -> None:
    await onboard_waking_at_half_six(chat)
    await to_last_drink(chat)
    [reply] = await chat.send(typed)
    assert reply.endswith("When was the last one? (like 15:30)")
