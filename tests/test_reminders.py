"""Reminders through the real Application on a hand-moved clock: what is sent, and when."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.core.recurrence import at_local
from bot.core.reminders import Kind
from bot.scheduling import Dispatcher, dispatcher_of
from bot.storage import Database
from bot.storage.models import Reminder, User, UserStatus
from conversations import reminders as reminder_words
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.auxil.schedule import Delivered, instant_limiter, run_schedule
from tests.test_onboarding import onboard

BERLIN = "Europe/Berlin"
CAFFEINE = "Last call for caffeine"
WIND_DOWN = "Time to wind down"
CHECKIN = "Evening check-in"
WEEKLY = "🌿"  # in the weekly summary, with or without enough check-ins
NAP = "Time to get up gently"
SLEEP_LOG = "When did you fall asleep"


@pytest.fixture
def dispatcher(app: StillpointApp) -> Dispatcher:
    dispatcher = dispatcher_of(app)
    dispatcher.limiter = instant_limiter()
    return dispatcher


def berlin(day: date, hh: int, mm: int = 0) -> datetime:
    return at_local(day, time(hh, mm), BERLIN)


def of_kind(delivered: list[Delivered], marker: str) -> list[datetime]:
    return [d.at for d in delivered if marker in d.text]


async def reminder_rows(database: Database) -> dict[str, Reminder]:
    async with database.session() as session:
        return {r.kind: r for r in await session.scalars(select(Reminder))}


async def test_fourteen_days_across_spring_forward_fire_at_the_local_times(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    # Berlin moves its clocks forward on Sunday 2027-03-28.
    clock.set(datetime(2027, 3, 21, 5, 0, tzinfo=UTC))
    await onboard(chat)  # wake 07:00, bed 23:00, caffeine 14:00, check-in 21:00
    await chat.send("/reminders")
    await chat.press("▫️ Sleep log")
    start = clock.now()
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=start + timedelta(days=14)
    )
    days = [date(2027, 3, 21) + timedelta(days=i) for i in range(14)]
    assert of_kind(delivered, CAFFEINE) == [berlin(d, 14) for d in days]
    assert of_kind(delivered, CHECKIN) == [berlin(d, 21) for d in days]
    assert of_kind(delivered, WIND_DOWN) == [berlin(d, 22, 30) for d in days]
    # 14 days from 06:00 on the first morning end at 07:00 on the fifteenth.
    assert of_kind(delivered, SLEEP_LOG) == [berlin(d, 7) for d in [*days, date(2027, 4, 4)]]
    assert of_kind(delivered, WEEKLY) == [
        berlin(date(2027, 3, 21), 18),
        berlin(date(2027, 3, 28), 18),
    ]
    # Across the change the UTC instants shift by an hour; the local times don't.
    assert berlin(date(2027, 3, 27), 14) == datetime(2027, 3, 27, 13, 0, tzinfo=UTC)
    assert berlin(date(2027, 3, 28), 14) == datetime(2027, 3, 28, 12, 0, tzinfo=UTC)
    assert len(delivered) == 14 * 3 + 15 + 2


async def test_a_time_in_the_gap_and_in_the_repeated_hour(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2027, 3, 26, 12, 0, tzinfo=UTC))
    await onboard(chat)
    # Someone who works nights keeps daytime quiet hours, so 02:30 is a fine time for them.
    async with database.session() as session, session.begin():
        user = (await session.scalars(select(User))).one()
        user.quiet_start, user.quiet_end = time(9, 0), time(17, 0)
    await chat.send("/reminders")
    for kind in ("Caffeine", "Wind-down", "Weekly summary"):
        await chat.press(f"✅ {kind}")
    await chat.press_data("m:go:remtime_checkin")
    replies = await chat.send("02:30")
    assert "now comes at 02:30" in replies[0]
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=datetime(2027, 3, 30, 12, tzinfo=UTC)
    )
    # 02:30 did not exist on 28 March: it came at 03:00, the first minute after the gap.
    assert of_kind(delivered, CHECKIN) == [
        datetime(2027, 3, 27, 1, 30, tzinfo=UTC),
        datetime(2027, 3, 28, 1, 0, tzinfo=UTC),
        datetime(2027, 3, 29, 0, 30, tzinfo=UTC),
        datetime(2027, 3, 30, 0, 30, tzinfo=UTC),
    ]
    # In October 02:30 happens twice; it fires once, at the first.
    clock.set(datetime(2027, 10, 30, 12, 0, tzinfo=UTC))
    await chat.send("/settings")  # any turn; the schedule already points at the next one
    async with database.session() as session, session.begin():
        row = (await session.scalars(select(Reminder).where(Reminder.kind == "checkin"))).one()
        row.next_due_at = at_local(date(2027, 10, 31), time(2, 30), BERLIN)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=datetime(2027, 11, 1, 12, tzinfo=UTC)
    )
    assert of_kind(delivered, CHECKIN) == [
        datetime(2027, 10, 31, 0, 30, tzinfo=UTC),
        datetime(2027, 11, 1, 1, 30, tzinfo=UTC),
    ]


async def test_snooze_and_skip_today(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))  # Thursday 09:00 in Berlin
    await onboard(chat)
    day = date(2026, 11, 26)
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(day, 14))
    assert of_kind(delivered, CAFFEINE) == [berlin(day, 14)]
    await chat.press("⏰ 30 min")
    assert "again in 30 minutes" in chat.callback_answers()[-1]["text"]
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(day, 15))
    assert of_kind(delivered, CAFFEINE) == [berlin(day, 14, 30)]
    await chat.press("⏰ 15 min")
    await chat.press("Skip today")  # on the same message: the snooze is called off
    assert "no more" in chat.callback_answers()[-1]["text"]
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=1), 15)
    )
    assert of_kind(delivered, CAFFEINE) == [berlin(day + timedelta(days=1), 14)]
    # Skipping today's check-in before it comes keeps it away today only.
    await chat.press_data("m:skipday:checkin")
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=2), 22)
    )
    assert of_kind(delivered, CHECKIN) == [berlin(day + timedelta(days=2), 21)]


async def test_no_checkin_reminder_after_todays_checkin(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 16, 0, tzinfo=UTC))  # 17:00 in Berlin
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    for _ in range(12):
        if "checkin" not in (await _flow(database, chat.user_id) or ""):
            break
        await chat.press_data(_skip_data(chat))
    day = date(2026, 11, 26)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=1), 23)
    )
    assert of_kind(delivered, CHECKIN) == [berlin(day + timedelta(days=1), 21)]
    assert of_kind(delivered, WIND_DOWN) == [
        berlin(day, 22, 30),
        berlin(day + timedelta(1), 22, 30),
    ]


async def test_a_days_pause_ends_at_the_same_clock_time_across_a_clock_change(
    chat: Chat, clock: FakeClock, database: Database
) -> None:
    # 23:25 in Berlin on the night the clocks go forward: one day later is Sunday 23:25 on the
    # clock, not 24 hours later (Monday 00:25).
    clock.set(datetime(2027, 3, 27, 22, 25, tzinfo=UTC))
    await onboard(chat)
    await chat.send("/pause")
    await chat.press("1 day")
    assert "paused until Sun 28 Mar, 23:25." in chat.last_text()
    async with database.session() as session:
        user = (await session.scalars(select(User))).one()
    assert user.paused_until == berlin(date(2027, 3, 28), 23, 25)


async def test_pause_holds_everything_but_a_nap_and_resume_brings_them_back(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    await chat.send("/pause")
    await chat.press("1 day")
    assert "paused until" in chat.last_text()
    day = date(2026, 11, 26)
    await chat.send("/nap")
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=1), 23)
    )
    assert of_kind(delivered, NAP) == [datetime(2026, 11, 26, 8, 20, tzinfo=UTC)]
    # Paused until 09:00 tomorrow: the 14:00 call tomorrow is the first thing that comes.
    assert of_kind(delivered, CAFFEINE) == [berlin(day + timedelta(days=1), 14)]
    assert of_kind(delivered, CHECKIN) == [berlin(day + timedelta(days=1), 21)]
    await chat.send("/pause")
    await chat.press("Until I turn them back on")
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=3), 23)
    )
    assert delivered == []
    await chat.send("/pause")
    await chat.press("▶️ Resume now")
    assert "back on" in chat.last_text()
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=4), 23)
    )
    assert of_kind(delivered, CAFFEINE) == [berlin(day + timedelta(days=4), 14)]


async def test_quiet_hours_hold_or_drop_what_falls_inside_them(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)  # quiet from bedtime 23:00 to wake 07:00
    await chat.press_data("m:go:remtime_checkin")
    [said] = await chat.send("06:30")
    assert said.startswith("“Evening check-in” at 06:30 would fall inside your quiet hours")
    assert "so it would wait until 07:00." in said
    await chat.press("Keep 06:30")
    await chat.press_data("m:go:remtime_caffeine")
    [said] = await chat.send("23:30")
    assert "so on those days it wouldn't come at all" in said
    await chat.press("Keep 23:30")
    day = date(2026, 11, 26)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=1), 12)
    )
    # The check-in waits for the end of quiet hours; a 23:30 coffee call would be 7.5 h late
    # by then, far past its 2-hour grace, so it is dropped.
    assert of_kind(delivered, CHECKIN) == [berlin(day + timedelta(days=1), 7)]
    assert of_kind(delivered, CAFFEINE) == []
    rows = await reminder_rows(database)
    assert rows["caffeine"].next_due_at == berlin(day + timedelta(days=1), 23, 30)


async def test_a_late_reminder_after_downtime_is_skipped_not_burst(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    day = date(2026, 11, 26)
    # The bot was down from before 14:00 until 16:30: the coffee call is 2.5 h late.
    clock.set(berlin(day, 16, 30))
    skipped_before = _reminder_metric("skipped")
    report = await dispatcher.run_until_idle()
    assert report.sent == 0
    assert report.reasons == {"late": 1}
    assert _reminder_metric("skipped") == skipped_before + 1
    # An hour's downtime is within the grace: still sent, once.
    clock.set(berlin(day, 22))
    report = await dispatcher.run_until_idle()
    assert report.sent == 1
    assert CHECKIN in api.sent[-1].text  # type: ignore[operator]


async def test_changing_the_time_zone_reschedules_at_once(
    chat: Chat, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    assert (await reminder_rows(database))["caffeine"].next_due_at == berlin(
        date(2026, 11, 26), 14
    )
    await chat.send("/settings")
    await chat.press("Time zone")
    await chat.send("Tokyo")
    rows = await reminder_rows(database)
    assert rows["caffeine"].next_due_at == datetime(2026, 11, 27, 5, 0, tzinfo=UTC)
    assert rows["checkin"].next_due_at == datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


async def test_reminders_overview_toggles_and_own_times(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    replies = await chat.send("/reminders")
    assert "✅ Caffeine last call — 14:00" in replies[0]
    assert "✅ Wind-down before bed — 22:30" in replies[0]
    assert "▫️ Morning sleep log — 07:00" in replies[0]
    assert "Quiet hours: 23:00–07:00" in replies[0]
    await chat.press("✅ Wind-down")
    assert "▫️ Wind-down before bed" in chat.last_text()
    await chat.press_data("m:go:remtime_weekly")
    replies = await chat.send("banana")
    assert "time" in replies[0].lower()  # asked again, kindly
    await chat.send("19:15")
    rows = await reminder_rows(database)
    assert rows["winddown"].enabled is False
    assert rows["winddown"].next_due_at is None
    assert rows["weekly"].next_due_at == berlin(date(2026, 11, 29), 19, 15)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(date(2026, 11, 29), 23, 59)
    )
    assert of_kind(delivered, WIND_DOWN) == []
    assert of_kind(delivered, WEEKLY) == [berlin(date(2026, 11, 29), 19, 15)]


async def test_nap_wakes_them_after_twenty_minutes_and_can_be_cancelled(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=UTC))  # 12:00 in Berlin
    await onboard(chat)
    replies = await chat.send("/nap")
    assert "at 12:20" in replies[0]
    assert "3 pm" not in replies[0]
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=datetime(2026, 11, 26, 11, 40, tzinfo=UTC)
    )
    assert of_kind(delivered, NAP) == [datetime(2026, 11, 26, 11, 20, tzinfo=UTC)]
    clock.set(datetime(2026, 11, 26, 15, 0, tzinfo=UTC))  # 16:00: a late nap
    replies = await chat.send("/nap")
    assert "3 pm" in replies[0]
    await chat.press("Cancel the alarm")
    await chat.press("Cancel the alarm")  # twice: nothing left to cancel, said kindly
    assert chat.callback_answers()[-1]["text"] == "There's no nap alarm running."
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
    )
    assert of_kind(delivered, NAP) == []


async def test_blocking_stops_reminders_and_unblocking_resumes_them(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    api.fail("sendMessage", 403)
    day = date(2026, 11, 26)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=1), 23)
    )
    assert delivered == []
    async with database.session() as session:
        user = (await session.scalars(select(User))).one()
        assert user.status is UserStatus.BLOCKED
    assert all(r.next_due_at is None for r in (await reminder_rows(database)).values())
    await chat.app.process_update(chat.factory.my_chat_member(chat.user_id, blocked=False))
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=2), 15)
    )
    assert of_kind(delivered, CAFFEINE) == [berlin(day + timedelta(days=2), 14)]
    await chat.app.process_update(chat.factory.my_chat_member(chat.user_id, blocked=True))
    assert all(r.next_due_at is None for r in (await reminder_rows(database)).values())


async def test_retry_after_and_server_errors_delay_but_deliver_once(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    day = date(2026, 11, 26)
    api.fail("sendMessage", 429, retry_after=7)
    api.fail("sendMessage", 502)
    api.time_out("sendMessage")
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(day, 15))
    calls = [c for c in api.calls_of("sendMessage") if CAFFEINE in str(c.params["text"])]
    assert len(calls) == 4
    assert len(of_kind(delivered, CAFFEINE)) == 1
    sent_at = of_kind(delivered, CAFFEINE)[0]
    assert berlin(day, 14) + timedelta(seconds=7) < sent_at < berlin(day, 14, 30)


@pytest.mark.parametrize(
    "data",
    [
        "m:snooze:caffeine_999",
        "m:snooze:bogus_15",
        "m:snooze:nap_15",
        "m:skipday:nothing",
        "m:nap:later",
        "m:remind:caffeine_explode",
        "m:go:remtime_nap",
    ],
)
async def test_forged_reminder_buttons_are_refused_kindly(
    chat: Chat, clock: FakeClock, database: Database, data: str
) -> None:
    await onboard(chat)
    before = await reminder_rows(database)
    await chat.press_data(data)
    assert chat.callback_answers()[-1].get("text") == "Sorry, I can't use that button."
    after = await reminder_rows(database)
    assert {k: (r.next_due_at, r.enabled) for k, r in after.items()} == {
        k: (r.next_due_at, r.enabled) for k, r in before.items()
    }


async def test_reminder_buttons_before_setup_lead_back_to_setup(
    chat: Chat, database: Database
) -> None:
    await chat.send("/start")
    replies = await chat.press_data("m:snooze:caffeine_15")
    assert replies[-1].startswith("If a muscle is twitching right now")
    replies = await chat.send("/reminders")
    assert replies[-1].startswith("If a muscle is twitching right now")
    assert await reminder_rows(database) == {}


def _reminder_metric(outcome: str) -> float:
    from bot import metrics

    value = metrics.REGISTRY.get_sample_value("stillpoint_reminders_total", {"outcome": outcome})
    return value or 0.0


async def _flow(database: Database, chat_id: int) -> str | None:
    from bot.storage.models import FlowStateRow

    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
    return row.flow if row else None


def _skip_data(chat: Chat) -> str:
    for label, data in chat.buttons():
        if label.startswith("Skip") or data.endswith(":s"):
            return data
    return chat.buttons()[0][1]


async def test_quiet_hours_can_be_set_and_refuse_an_empty_window(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    await chat.send("/reminders")
    await chat.press("🌙 Quiet hours")
    await chat.send("20:30")
    replies = await chat.send("20:30")
    assert "differs from the start" in replies[0]
    [said] = await chat.send("6")
    # Both evening reminders would be swallowed: said before anything is saved.
    assert "“Evening check-in” at 21:00 would fall inside" in said
    assert "“Wind-down before bed” at 22:30 would fall inside" in said
    replies = await chat.press("Keep these quiet hours")
    assert "Quiet hours are now 20:30–06:00" in replies[0]
    day = date(2026, 11, 26)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(day + timedelta(days=1), 9)
    )
    # The 21:00 check-in now falls inside quiet hours; by 06:00 it is past its grace
    # (until bedtime), so it is dropped rather than sent at dawn. The coffee call still comes.
    assert of_kind(delivered, CHECKIN) == []
    assert of_kind(delivered, WIND_DOWN) == []
    assert of_kind(delivered, CAFFEINE) == [berlin(day, 14)]


async def test_morning_sleep_log_saves_the_night_and_is_not_asked_twice(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 5, 0, tzinfo=UTC))  # 06:00 in Berlin
    await onboard(chat)
    await chat.send("/reminders")
    await chat.press("▫️ Sleep log")
    day = date(2026, 11, 26)
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(day, 7, 5))
    assert of_kind(delivered, SLEEP_LOG) == [berlin(day, 7)]
    await chat.press("Log my sleep")
    replies = await chat.send("not sure")
    assert "time" in replies[0].lower()  # asked again
    await chat.send("23:40")
    replies = await chat.send("06:50")
    assert "noted" in replies[0]
    from bot.storage.models import CheckIn

    async with database.session() as session:
        checkin = (await session.scalars(select(CheckIn))).one()
    assert (checkin.local_date, checkin.bedtime, checkin.wake_time) == (
        day,
        time(23, 40),
        time(6, 50),
    )
    # A sleep log is not a check-in: the evening reminder still comes.
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(day, 21, 5))
    assert of_kind(delivered, CHECKIN) == [berlin(day, 21)]


async def test_wind_down_offers_a_live_breathing_exercise(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=berlin(date(2026, 11, 26), 22, 45)
    )
    assert of_kind(delivered, WIND_DOWN) == [berlin(date(2026, 11, 26), 22, 30)]
    wind_down = next(s for s in reversed(api.sent) if WIND_DOWN in (s.text or ""))
    replies = await chat.press("🫁 Breathe with me", wind_down)
    assert replies, "the breathing button answered with nothing"
    assert "Sorry, I can't use that button." not in [
        a.get("text") for a in chat.callback_answers()
    ]


async def test_weekly_summary_sends_the_weeks_chart_on_sunday_evening(
    chat: Chat, api: FakeBotApi, clock: FakeClock, database: Database, dispatcher: Dispatcher
) -> None:
    from bot.storage import repo

    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))  # Monday
    await onboard(chat)
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=chat.user_id)
        assert user is not None
        for offset in range(6):
            await repo.save_checkin(
                session,
                user=user,
                day=date(2026, 11, 23) + timedelta(days=offset),
                fields={"twitch_level": offset % 3, "anxiety": 3 + offset, "triggers": []},
                now=clock.now(),
            )
    sunday = date(2026, 11, 29)
    delivered = await run_schedule(dispatcher, database, clock, api, until=berlin(sunday, 18, 1))
    assert of_kind(delivered, WEEKLY) == [berlin(sunday, 18)]
    photo = next(s for s in api.sent if s.kind == "photo")
    assert photo.caption is not None
    assert "🌿" in photo.caption
    assert photo.file_size > 5_000


def test_pause_and_snooze_words_take_the_number_they_count() -> None:
    labels = [b.label for b in reminder_words.pause_question().buttons[0]]
    assert labels == ["1 day", "3 days", "7 days"]
    assert reminder_words.snoozed(Kind.CAFFEINE, 1).endswith("in 1 minute.")
    assert reminder_words.snoozed(Kind.CAFFEINE, 15).endswith("in 15 minutes.")


def test_wind_down_names_the_bedtime_when_it_knows_it() -> None:
    known = reminder_words.reminder(Kind.WIND_DOWN, bedtime=time(22, 45)).text
    assert known.startswith("🌙 Bedtime at 22:45 is about 30 minutes away. Time to wind down:")
    unknown = reminder_words.reminder(Kind.WIND_DOWN).text
    assert unknown.startswith("🌙 Bedtime is about 30 minutes away. Time to wind down:")


@pytest.mark.parametrize("command", ["/snooze", "/skipday"])
async def test_snooze_or_skipday_typed_says_where_they_live_and_shows_the_reminders(
    chat: Chat, command: str
) -> None:
    """They act on one reminder, from its buttons; typed bare they used to answer "Sorry, I
    can't use that button" about a button nobody pressed."""
    await onboard(chat)
    replies = await chat.send(command)
    assert replies[0] == reminder_words.from_reminder_buttons()
    assert len(replies) == 2
    # The reminders overview follows, with its toggles.
    assert "✅ Check-in" in chat.labels()
