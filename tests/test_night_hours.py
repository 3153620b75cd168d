"""The hour of the night, through the real Application with the injected clock: after bedtime,
Stillpoint offers what helps now and leaves sign-up and the check-in for the morning; the weekly
warning-sign question is never asked at night."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.clock import FakeClock
from bot.core.night import is_night
from bot.storage import Database
from bot.storage.models import FlowStateRow
from conversations.exercises import twitch_now_intro
from conversations.onboarding import in_the_morning
from tests.auxil.chat import Chat
from tests.test_checkin import skip_to_the_end
from tests.test_onboarding import onboard

# Before sign-up a person's zone is the deployment's default (UTC in tests); after it, the
# zone they chose (Berlin, UTC+1 in winter).
AT_23_40_DEFAULT = datetime(2026, 12, 9, 23, 40, tzinfo=UTC)
AT_23_40_BERLIN = datetime(2026, 12, 9, 22, 40, tzinfo=UTC)
AT_23_14_BERLIN = datetime(2026, 12, 9, 22, 14, tzinfo=UTC)
AT_20_00_BERLIN = datetime(2026, 12, 9, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("local", "bedtime", "wake", "night"),
    [
        (time(23, 40), time(23, 0), time(7, 0), True),
        (time(22, 59), time(23, 0), time(7, 0), False),
        (time(23, 0), time(23, 0), time(7, 0), True),
        (time(3, 0), time(23, 0), time(7, 0), True),
        (time(7, 0), time(23, 0), time(7, 0), False),
        (time(0, 30), time(1, 0), time(9, 0), False),
        (time(2, 0), time(1, 0), time(9, 0), True),
        (time(12, 0), None, None, False),
        (time(23, 30), None, None, True),
    ],
)
def test_is_night(local: time, bedtime: time | None, wake: time | None, night: bool) -> None:
    assert is_night(local, bedtime=bedtime, wake=wake) is night


@given(st.times(), st.times(), st.times())
def test_bedtime_is_night_and_wake_up_is_not(local: time, bed: time, wake: time) -> None:
    bed, wake = bed.replace(second=0, microsecond=0), wake.replace(second=0, microsecond=0)
    if bed != wake:
        assert is_night(bed, bedtime=bed, wake=wake)
        assert not is_night(wake, bedtime=bed, wake=wake)
    is_night(local, bedtime=bed, wake=wake)  # never raises, whatever the times


async def test_a_new_person_at_23_40_is_offered_calm_now_and_sign_up_in_the_morning(
    chat: Chat, clock: FakeClock, database: Database
) -> None:
    clock.set(AT_23_40_DEFAULT)
    replies = await chat.send("/start")
    assert "It's late" in replies[-1]
    assert chat.labels()[:3] == [
        "🌊 Calm it first",
        "🌙 Set up in the morning",
        "Set me up",
    ]
    replies = await chat.press("🌙 Set up in the morning")
    assert replies[-1] == in_the_morning()
    assert chat.labels() == ["🌊 A calm minute"]
    async with database.session() as session:
        # Nothing kept about someone who hasn't signed up.
        assert await session.get(FlowStateRow, chat.user_id) is None


async def test_calm_first_at_night_starts_the_calm_minute(chat: Chat, clock: FakeClock) -> None:
    clock.set(AT_23_40_DEFAULT)
    await chat.send("/start")
    replies = await chat.press("🌊 Calm it first")
    assert replies[0] == twitch_now_intro()


async def test_by_day_the_first_choice_is_as_before(chat: Chat, clock: FakeClock) -> None:
    clock.set(AT_20_00_BERLIN)
    await chat.send("/start")
    assert chat.labels() == ["🌊 Twitching right now? — calm it first", "Set me up", "Cancel"]


async def test_setting_up_past_the_chosen_bedtime_leaves_the_check_in_for_the_morning(
    chat: Chat, clock: FakeClock
) -> None:
    clock.set(AT_23_14_BERLIN)  # 22:14 in the default zone: not yet late by that clock
    await onboard(chat)  # Berlin, 07:00 to 23:00
    replies = chat.api.texts(chat.user_id)[-1:]
    assert "past your bedtime" in replies[-1]
    assert "first check-in is for the morning" in replies[-1]
    assert chat.labels() == ["🌊 A calm minute", "Menu"]


async def test_setting_up_before_the_chosen_bedtime_shows_the_menu(
    chat: Chat, clock: FakeClock
) -> None:
    clock.set(AT_20_00_BERLIN)
    await onboard(chat)
    assert "past your bedtime" not in " ".join(chat.api.texts(chat.user_id))
    assert "📝 Check in" in chat.labels()


async def test_the_weekly_warning_signs_wait_for_the_day(chat: Chat, clock: FakeClock) -> None:
    clock.set(AT_20_00_BERLIN)
    await onboard(chat)
    clock.set(AT_23_40_BERLIN)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    await skip_to_the_end(chat)
    texts = chat.api.texts(chat.user_id)
    assert not any(t.startswith("One question I ask once a week") for t in texts)

    # The next day, by day, it is asked — and says most people tick none.
    clock.set(datetime(2026, 12, 10, 17, 0, tzinfo=UTC))
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    for _ in range(4):
        await chat.press("Skip →")
    assert chat.last_text().startswith("One question I ask once a week")
    assert "Most people tick none" in chat.last_text()
