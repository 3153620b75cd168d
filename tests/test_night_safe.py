"""Night-safe: no nap alarm near or after bedtime, nothing but a nap alarm in quiet hours,
greetings that fit the hour, and a reminder time inside quiet hours pointed out when chosen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.core import reminders as rules
from bot.core.recurrence import at_local
from bot.core.reminders import Kind, NapNight, Verdict
from bot.scheduling import Dispatcher, dispatcher_of
from bot.storage import Database
from bot.storage.models import Reminder, User
from conversations.greetings import greeting
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.auxil.schedule import instant_limiter, run_schedule

BERLIN = "Europe/Berlin"
DAY = date(2026, 11, 26)  # a Thursday; Berlin is UTC+1
NAP = "Time to get up gently"


def berlin(hh: int, mm: int = 0, day: date = DAY) -> datetime:
    return at_local(day, time(hh, mm), BERLIN)


@pytest.fixture
def dispatcher(app: StillpointApp) -> Dispatcher:
    dispatcher = dispatcher_of(app)
    dispatcher.limiter = instant_limiter()
    return dispatcher


async def onboard_with_bedtime(chat: Chat, bedtime: str = "23:30") -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    await chat.press("07:00")
    await chat.press(bedtime)
    await chat.press("14:00")
    await chat.press("21:00")


async def reminder_rows(database: Database) -> dict[str, Reminder]:
    async with database.session() as session:
        return {r.kind: r for r in await session.scalars(select(Reminder))}


async def user_row(database: Database) -> User:
    async with database.session() as session:
        return (await session.scalars(select(User))).one()


# --- /nap ------------------------------------------------------------------------------------


async def test_a_nap_just_before_bedtime_offers_the_wind_down_not_an_alarm(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(berlin(12))
    await onboard_with_bedtime(chat, "23:30")
    clock.set(berlin(23, 18))
    [said] = await chat.send("/nap")
    assert said.startswith("Your bedtime, 23:30, is not far off.")
    assert "Time to wind down:" in said
    assert "I'll wake you" not in said
    assert chat.buttons() == [("🫁 Breathe with me", "m:breathe:slow"), ("Menu", "m:menu")]
    answer = chat.api.latest_with_buttons(chat.user_id)
    rows = await reminder_rows(database)
    assert "nap" not in rows or rows["nap"].next_due_at is None
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(23, 59))
    assert [d for d in delivered if NAP in d.text] == []
    # The breathing button starts slow breathing, no hold, and at this hour offers sound with
    # the screen down.
    replies = await chat.press("🫁 Breathe with me", answer)
    assert replies[-1].startswith("Slow breathing\n")
    assert replies[-1].endswith(
        "It's late, so turn your screen down, tap With sound, close your eyes and follow "
        "the tones."
    )
    assert "🎧 With sound (eyes closed)" in chat.labels()


async def test_a_nap_after_midnight_says_why_and_sets_no_alarm(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(berlin(12))
    await onboard_with_bedtime(chat, "23:30")
    clock.set(berlin(0, 20, DAY + timedelta(days=1)))
    [said] = await chat.send("/nap")
    assert said.startswith("It's 00:20, and that's night-time for you.")
    assert "An alarm in 20 minutes would only wake you, so I won't set one." in said
    assert "Time to wind down:" in said
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(1, 30, DAY + timedelta(days=1))
    )
    assert [d for d in delivered if NAP in d.text] == []


async def test_an_afternoon_nap_still_sets_the_alarm(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(berlin(12))
    await onboard_with_bedtime(chat, "23:30")
    clock.set(berlin(14))
    [said] = await chat.send("/nap")
    assert said.startswith("😴 Rest well. I'll wake you in 20 minutes, at 14:20.")
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(15))
    assert [d.at for d in delivered if NAP in d.text] == [berlin(14, 20)]


async def test_a_nap_alarm_set_before_quiet_hours_still_rings_in_them(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(berlin(12))
    await onboard_with_bedtime(chat, "23:30")
    async with database.session() as session, session.begin():
        user = (await session.scalars(select(User))).one()
        user.quiet_start, user.quiet_end = time(20, 10), time(7)
    clock.set(berlin(20))
    [said] = await chat.send("/nap")  # 3.5 hours before bed, before quiet hours: an alarm
    assert "at 20:20" in said
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(20, 40))
    # Asked for minutes ago, so quiet hours don't hold it; nothing else came.
    assert [d.at for d in delivered] == [berlin(20, 20)]
    assert NAP in delivered[0].text


@pytest.mark.parametrize(
    ("now", "bed", "wake", "quiet", "expected"),
    [
        (time(23, 18), time(23, 30), time(7), None, NapNight.BEFORE_BED),
        (time(20, 31), time(23, 30), time(7), None, NapNight.BEFORE_BED),
        (time(20, 29), time(23, 30), time(7), None, None),
        (time(0, 20), time(23, 30), time(7), None, NapNight.NIGHT),
        (time(23, 30), time(23, 30), time(7), None, NapNight.NIGHT),
        (time(6, 59), time(23, 30), time(7), None, NapNight.NIGHT),
        (time(7), time(23, 30), time(7), None, None),
        (time(14), time(23, 30), time(7), None, None),
        (time(23, 0), time(1, 30), time(9), None, NapNight.BEFORE_BED),
        (time(8, 30), time(1, 30), time(9), None, NapNight.NIGHT),
        (time(3), time(23, 30), None, None, NapNight.NIGHT),  # a usual night: until 07:30
        (time(8), time(23, 30), None, None, None),
        (time(14), None, None, (time(13), time(15)), NapNight.NIGHT),
        (time(14), None, None, None, None),
    ],
)
def test_which_naps_would_run_into_the_night(
    now: time,
    bed: time | None,
    wake: time | None,
    quiet: tuple[time, time] | None,
    expected: NapNight | None,
) -> None:
    profile = rules.Profile(
        zone=BERLIN,
        bedtime=bed,
        wake_time=wake,
        quiet_start=quiet[0] if quiet else None,
        quiet_end=quiet[1] if quiet else None,
    )
    assert rules.nap_night(profile, at_local(DAY, now, BERLIN)) is expected


# --- nothing but a nap alarm in quiet hours --------------------------------------------------

minutes = st.integers(min_value=0, max_value=24 * 60 - 1).map(lambda m: time(m // 60, m % 60))


@given(
    kind=st.sampled_from([k for k in Kind if k is not Kind.NAP]),
    start=minutes,
    end=minutes,
    offset=st.integers(min_value=0, max_value=24 * 60 - 1),
    late=st.integers(min_value=0, max_value=12 * 60),
    paused=st.booleans(),
)
def test_no_reminder_but_the_nap_alarm_goes_out_in_quiet_hours(
    kind: Kind, start: time, end: time, offset: int, late: int, paused: bool
) -> None:
    profile = rules.Profile(
        zone=BERLIN, bedtime=time(23), wake_time=time(7), quiet_start=start, quiet_end=end
    )
    now = berlin(0) + timedelta(minutes=offset)
    due_at = now - timedelta(minutes=late)
    decision = rules.decide(
        kind, profile, due_at=due_at, now=now, paused_until=now + timedelta(hours=1) * paused
    )
    if rules.in_quiet_hours(profile, now):
        assert decision.verdict is not Verdict.SEND
    nap = rules.decide(Kind.NAP, profile, due_at=now, now=now)
    assert nap.verdict is Verdict.SEND


# --- greetings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "said"),
    [
        (time(0, 20), None),
        (time(4, 59), None),
        (time(5), "Good morning."),
        (time(11, 59), "Good morning."),
        (time(12), "Good afternoon."),
        (time(18), "Good evening."),
        (time(22), None),
    ],
)
def test_greetings_follow_the_hour(at: time, said: str | None) -> None:
    assert greeting(at) == said


@pytest.mark.parametrize(
    ("hh", "mm", "opening"),
    [(0, 20, "Is this check-in for yesterday"), (8, 0, "Good morning. Is this check-in")],
)
async def test_checkin_after_midnight_is_not_good_morning(
    chat: Chat, clock: FakeClock, hh: int, mm: int, opening: str
) -> None:
    clock.set(berlin(12))
    await onboard_with_bedtime(chat)
    clock.set(berlin(hh, mm, DAY + timedelta(days=1)))
    replies = await chat.send("/checkin")
    assert replies[-1].startswith(opening)


async def test_a_sleep_log_moved_to_the_afternoon_is_not_good_morning(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(berlin(6))
    await onboard_with_bedtime(chat)
    await chat.send("/reminders")
    await chat.press("Turn on: Morning sleep log")
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(7, 30))
    [morning] = [d.text for d in delivered if "When did you fall asleep" in d.text]
    assert morning.startswith("☀️ Good morning. When did you fall asleep")
    await chat.press_data("m:go:remtime_sleeplog")
    await chat.send("14:00")
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(14, 30))
    [afternoon] = [d.text for d in delivered if "When did you fall asleep" in d.text]
    assert afternoon == "Good afternoon. When did you fall asleep, and when did you wake?"


# --- a reminder time inside quiet hours --------------------------------------------------------


async def set_quiet_hours(chat: Chat, start: str, end: str) -> list[str]:
    await chat.press_data("m:go:quiet")
    await chat.send(start)
    return await chat.send(end)


async def test_a_wind_down_inside_quiet_hours_is_pointed_out_with_a_choice(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(berlin(9))
    await onboard_with_bedtime(chat, "23:00")
    await set_quiet_hours(chat, "22:00", "07:00")
    assert chat.last_text().startswith("“Wind-down before bed” at 22:30 would fall inside")
    await chat.press("Keep these quiet hours")

    await chat.press_data("m:go:remtime_winddown")
    question = chat.last_text()
    [said] = await chat.send("22:30")
    assert said == (
        "“Wind-down before bed” at 22:30 would fall inside your quiet hours (22:00–07:00). "
        "By 07:00 it would be too late to help, so on those days it wouldn't come at all."
        "\n\nWhat would you like to do?"
    )
    assert chat.labels() == [
        "Keep 22:30",
        "Choose another time",
        "Change quiet hours",
        "← Back",
    ]
    # Anything else gets a kind word and the same choice again.
    [again] = await chat.send("whatever")
    assert again.startswith("Please tap one of the buttons below")
    assert again.endswith("What would you like to do?")

    await chat.press("Choose another time")
    assert chat.last_text() == question
    replies = await chat.send("21:45")
    assert replies[0] == "Done — “Wind-down before bed” now comes at 21:45."
    rows = await reminder_rows(database)
    assert rows["winddown"].local_time == time(21, 45)
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(23))
    assert [d.at for d in delivered if "wind down" in d.text] == [berlin(21, 45)]


async def test_change_quiet_hours_keeps_the_time_and_opens_quiet_hours(
    chat: Chat, clock: FakeClock, database: Database
) -> None:
    clock.set(berlin(9))
    await onboard_with_bedtime(chat, "23:00")
    await set_quiet_hours(chat, "22:00", "07:00")
    await chat.press("Keep these quiet hours")
    await chat.press_data("m:go:remtime_winddown")
    await chat.send("22:30")
    replies = await chat.press("Change quiet hours")
    assert replies[0] == "Done — “Wind-down before bed” now comes at 22:30."
    assert replies[-1].startswith("From what time should I stay quiet?")
    replies = await set_quiet_hours_answers(chat, "23:00", "07:00")
    assert replies[0].startswith("Quiet hours are now 23:00–07:00.")
    user = await user_row(database)
    assert (user.quiet_start, user.quiet_end) == (time(23), time(7))
    assert (await reminder_rows(database))["winddown"].local_time == time(22, 30)


async def set_quiet_hours_answers(chat: Chat, start: str, end: str) -> list[str]:
    await chat.send(start)
    return await chat.send(end)


async def test_a_check_in_inside_quiet_hours_would_wait_and_can_be_kept(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(berlin(9))
    await onboard_with_bedtime(chat, "23:00")
    await chat.press_data("m:go:remtime_checkin")
    [said] = await chat.send("06:45")  # inside 23:00–07:00, and within its grace
    assert said.startswith("“Evening check-in” at 06:45 would fall inside your quiet hours")
    assert "so it would wait until 07:00." in said
    replies = await chat.press("Keep 06:45")
    assert replies[0] == "Done — “Evening check-in” now comes at 06:45."
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(8, day=DAY + timedelta(days=1))
    )
    assert [d.at for d in delivered if "Evening check-in" in d.text] == [
        berlin(7, day=DAY + timedelta(days=1))
    ]


async def test_new_quiet_hours_that_swallow_reminders_offer_to_move_one(
    chat: Chat, clock: FakeClock, database: Database
) -> None:
    clock.set(berlin(9))
    await onboard_with_bedtime(chat, "23:00")
    [said] = await set_quiet_hours(chat, "20:30", "06:00")
    assert "“Evening check-in” at 21:00 would fall inside your quiet hours (20:30–06:00)" in said
    assert "“Wind-down before bed” at 22:30 would fall inside" in said
    assert chat.labels() == [
        "Keep these quiet hours",
        "Change the time of “Evening check-in”",
        "Change the time of “Wind-down before bed”",
        "Choose other quiet hours",
        "← Back",
    ]
    replies = await chat.press("Change the time of “Evening check-in”")
    assert replies[0].startswith("Quiet hours are now 20:30–06:00.")
    assert replies[-1].startswith("What time should “Evening check-in” come?")
    # Offered times are checked against the new quiet hours as soon as one is picked.
    [said] = await chat.send("21:00")
    assert "would fall inside your quiet hours (20:30–06:00)" in said
    await chat.press("Choose another time")
    replies = await chat.send("20:00")
    assert replies[0] == "Done — “Evening check-in” now comes at 20:00."
    user = await user_row(database)
    assert (user.quiet_start, user.quiet_end) == (time(20, 30), time(6))


async def test_choosing_other_quiet_hours_saves_nothing(
    chat: Chat, clock: FakeClock, database: Database
) -> None:
    clock.set(berlin(9))
    await onboard_with_bedtime(chat, "23:00")
    await set_quiet_hours(chat, "20:30", "06:00")
    replies = await chat.press("Choose other quiet hours")
    assert replies[-1].startswith("From what time should I stay quiet?")
    user = await user_row(database)
    assert (user.quiet_start, user.quiet_end) == (None, None)
    # Quiet hours that swallow nothing are saved at once.
    replies = await set_quiet_hours_answers(chat, "23:30", "06:30")
    assert replies[0].startswith("Quiet hours are now 23:30–06:30.")
