"""Choosing a reminder's own time: the suggestions fit what the reminder is for, and a bare
hour is read the way that reminder would mean it."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.clock import FakeClock
from bot.core.reminders import Kind
from conversations.reminder_flows import suggested_times
from conversations.routine import checkin_fits, cutoff_fits
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard

WAKE, BED = time(7), time(23)  # what `onboard` sets


def offered(chat: Chat) -> list[time]:
    return [time.fromisoformat(label) for label in chat.labels() if label[:1].isdigit()]


def within(t: time, start: time, end: time) -> bool:
    return start <= t <= end if start <= end else t >= start or t <= end


@pytest.mark.parametrize(
    ("kind", "start", "end"),
    [
        ("sleeplog", time(5), time(11)),
        ("caffeine", time(11), time(15)),
        ("checkin", time(18), time(22, 30)),
        ("winddown", time(21, 30), time(23)),
    ],
)
async def test_each_reminder_offers_times_that_suit_it(
    chat: Chat, clock: FakeClock, kind: str, start: time, end: time
) -> None:
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=UTC))
    await onboard(chat)
    replies = await chat.press_data(f"m:go:remtime_{kind}")
    times = offered(chat)
    assert len(times) >= 3
    assert all(within(t, start, end) for t in times), times
    # The example in the question is one of the offered times.
    assert any(f"(like {t.strftime('%H:%M')})" in replies[-1] for t in times)


async def test_the_morning_log_no_longer_offers_afternoon_or_evening_times(
    chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=UTC))
    await onboard(chat)
    await chat.press_data("m:go:remtime_sleeplog")
    labels = chat.labels()
    for wrong in ("14:00", "18:00", "20:00", "21:00", "22:00"):
        assert wrong not in labels
    assert labels[:4] == ["07:00", "07:30", "08:00", "08:30"]


@pytest.mark.parametrize(
    ("kind", "typed", "likely", "as_typed"),
    [
        ("checkin", "9", "21:00", "09:00"),
        ("caffeine", "3", "15:00", "03:00"),
        ("sleeplog", "7pm", None, None),
    ],
)
async def test_a_bare_hour_is_asked_about_the_way_the_reminder_means_it(
    chat: Chat, clock: FakeClock, kind: str, typed: str, likely: str | None, as_typed: str | None
) -> None:
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=UTC))
    await onboard(chat)
    await chat.press_data(f"m:go:remtime_{kind}")
    question = chat.last_text()
    reply = (await chat.send(typed))[0]
    if likely is None:
        # Not a bare hour: taken as typed (19:00 is an odd time for a morning log, but theirs).
        assert "now comes at 19:00" in reply
        return
    assert reply.startswith(f"Did you mean {likely} or {as_typed}?")
    assert reply.endswith(question)
    replies = await chat.press(likely)
    assert f"now comes at {likely}" in replies[0]


async def test_bad_input_at_the_reminder_time_is_asked_again(chat: Chat, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=UTC))
    await onboard(chat)
    await chat.press_data("m:go:remtime_caffeine")
    question = chat.last_text()
    [reply] = await chat.send("after lunch")
    assert reply.startswith("I couldn't read that as a time.")
    assert reply.endswith(question)


@pytest.mark.parametrize("bed", [time(21), time(22, 30), time(0, 30), time(2)])
@pytest.mark.parametrize("wake", [None, time(6), time(9)])
def test_suggestions_follow_the_routine(bed: time, wake: time | None) -> None:
    assert all(cutoff_fits(t, wake, bed) for t in suggested_times(Kind.CAFFEINE, wake, bed))
    assert all(checkin_fits(t, wake, bed) for t in suggested_times(Kind.CHECKIN, wake, bed))
    wind_down = suggested_times(Kind.WIND_DOWN, wake, bed)
    bed_minutes = bed.hour * 60 + bed.minute
    assert all(0 < (bed_minutes - t.hour * 60 - t.minute) % 1440 <= 60 for t in wind_down), (
        wind_down
    )
    morning = suggested_times(Kind.SLEEP_LOG, wake, bed)
    assert all(time(5) <= t <= time(11) for t in morning)
