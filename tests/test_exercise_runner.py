"""The runner of live exercises: several instances over one database, a restart mid-session,
failing edits (429 retry_after, time-outs, "not modified"), the one-edit-a-second rule and
Telegram's budget of a chat's minute (the fake Bot API keeps it)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import select

from bot.app import StillpointApp
from bot.clock import FakeClock, SystemClock, Timer
from bot.core.pacing import Step, edit_times, schedule, total_seconds
from bot.storage import Database
from bot.storage.models import ExerciseSession
from bot.transport.exercises import (
    EDITS_PER_MINUTE,
    MIN_EDIT_INTERVAL_S,
    STALE_AFTER_S,
    EditRecord,
    LiveExercises,
    live_exercises_of,
)
from bot.transport.exercises.sessions import FINISH_LATE_S
from bot.transport.updates import UpdateFactory
from conversations import breathing
from tests.auxil.chat import Chat
from tests.auxil.live import TimedBotApi, run_for, settle
from tests.conftest import AppMaker, DatabaseFactory
from tests.test_live_exercises import label_of, progress_texts, shown_phases
from tests.test_onboarding import onboard

USER = 4242


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    return TimedBotApi(clock)


@pytest.fixture
async def two_apps(
    databases: DatabaseFactory, make_app: AppMaker
) -> AsyncIterator[tuple[StillpointApp, StillpointApp]]:
    """Two bot instances over one database, as behind a load balancer."""
    first = await make_app(databases.opened[0])
    second = await make_app(databases.open())
    yield first, second
    for app in (first, second):
        await live_exercises_of(app).close()


async def rows(database: Database) -> list[ExerciseSession]:
    async with database.session() as session:
        result = await session.execute(select(ExerciseSession).order_by(ExerciseSession.id))
        return list(result.scalars())


async def start_box(chat: Chat, clock: FakeClock, *runners: LiveExercises) -> None:
    await onboard(chat)
    await chat.send("/breathe")
    await chat.press(label_of("box"))
    await chat.press("▶ In the chat")
    await chat.press("Skip →")
    await settle(clock, *runners)


# --- the clock ----------------------------------------------------------------------------


async def test_fake_clock_wakes_sleepers_in_time_order_only_when_moved() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    start = clock.now()
    woke: list[tuple[str, datetime]] = []

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep_until(start + timedelta(seconds=seconds))
        woke.append((name, clock.now()))

    tasks = [asyncio.create_task(sleeper(n, s)) for n, s in (("b", 2), ("a", 1), ("c", 5))]
    await asyncio.sleep(0)
    assert woke == []
    assert clock.next_alarm() == start + timedelta(seconds=1)
    clock.advance(timedelta(seconds=3))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert [name for name, _ in woke] == ["a", "b"]
    assert clock.now() == start + timedelta(seconds=3)
    clock.set(start + timedelta(seconds=10))
    await asyncio.gather(*tasks)
    assert [name for name, _ in woke] == ["a", "b", "c"]
    assert clock.next_alarm() is None


async def test_a_cancelled_alarm_never_rings_and_a_past_one_rings_soon() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    rang: list[str] = []
    handle = clock.call_at(clock.now() + timedelta(seconds=1), lambda: rang.append("late"))
    handle.cancel()
    clock.call_at(clock.now() - timedelta(seconds=1), lambda: rang.append("past"))
    assert rang == []  # never inside the caller
    await asyncio.sleep(0)
    clock.advance(timedelta(seconds=2))
    assert rang == ["past"]
    await clock.sleep_until(clock.now())  # already reached: returns at once


async def test_system_clock_sleeps_until_an_instant() -> None:
    clock = SystemClock()
    assert isinstance(clock, Timer)
    target = clock.now() + timedelta(milliseconds=30)
    await clock.sleep_until(target)
    assert clock.now() >= target - timedelta(milliseconds=2)


def test_cycles_done_counts_whole_rounds_only() -> None:
    steps = [Step("in", 4, 1), Step("out", 6, 1), Step("in", 4, 2), Step("out", 6, 2)]
    assert [breathing.cycles_done(steps, t) for t in (0, 9.9, 10, 19.99, 20, 99)] == [
        0,
        0,
        1,
        1,
        2,
        2,
    ]
    pmr = breathing.plan_for("relax", "short", {})
    assert breathing.cycles_done(pmr, 19) == 0  # the settling pause is no muscle group
    assert breathing.cycles_done(pmr, total_seconds(schedule(pmr))) == 6


# --- several instances -----------------------------------------------------------------------


async def test_stop_pressed_on_a_second_instance_stops_the_session_run_by_the_first(
    two_apps: tuple[StillpointApp, StillpointApp],
    api: TimedBotApi,
    clock: FakeClock,
    databases: DatabaseFactory,
) -> None:
    first, second = two_apps
    runners = (live_exercises_of(first), live_exercises_of(second))
    factory = UpdateFactory(first.bot)
    on_first, on_second = Chat(first, api, USER, factory), Chat(second, api, USER, factory)
    await start_box(on_first, clock, *runners)
    assert runners[0].running()
    assert not runners[1].running()
    await run_for(clock, 9, *runners)
    progress = api.latest_with_buttons(USER)
    replies = await on_second.press("⏹ Stop", progress)
    assert replies[-1].startswith("How tense do you feel now")
    # The first instance reads the row before its next step (at most a tick away).
    await run_for(clock, 3, *runners)
    assert runners[0].running() == []
    assert progress_texts(api)[-1].endswith("Stopped here, and that's completely okay.")
    count = len(api.edits(USER))
    await run_for(clock, 60, *runners)
    assert len(api.edits(USER)) == count
    [row] = await rows(databases.opened[1])
    assert (row.status, row.duration_s, row.cycles_done) == ("stopped", 9, 0)


async def test_pause_and_resume_on_the_second_instance_move_the_first_ones_schedule(
    two_apps: tuple[StillpointApp, StillpointApp],
    api: TimedBotApi,
    clock: FakeClock,
    databases: DatabaseFactory,
) -> None:
    first, second = two_apps
    runners = (live_exercises_of(first), live_exercises_of(second))
    factory = UpdateFactory(first.bot)
    on_first, on_second = Chat(first, api, USER, factory), Chat(second, api, USER, factory)
    await start_box(on_first, clock, *runners)
    await run_for(clock, 5, *runners)
    progress = api.latest_with_buttons(USER)
    await on_second.press("⏸ Pause", progress)
    await run_for(clock, 3, *runners)
    assert "Paused" in progress_texts(api)[-1]
    await run_for(clock, 40, *runners)
    await on_second.press("▶ Resume", progress)
    await run_for(clock, 70, *runners)
    [row] = await rows(databases.opened[0])
    assert row.status == "done"
    assert row.ended_at is not None
    assert (row.ended_at - row.started_at).total_seconds() == pytest.approx(64 + 43, abs=0.01)
    # 12 edits a minute show 13 of box breathing's 16 phases: three holds are shown with the
    # phase before them.
    assert len(shown_phases(progress_texts(api))) == 13
    assert api.refusals == []


# --- a restart mid-session -----------------------------------------------------------------


def box_edit_offsets() -> list[float]:
    """When box breathing's message is shown or edited, in seconds from its start."""
    plan = schedule(breathing.plan_for("breathe", "box", {"cycles": 4}))
    return edit_times(plan, MIN_EDIT_INTERVAL_S + 0.1, max_per_window=EDITS_PER_MINUTE)


async def test_a_restart_mid_session_carries_on_from_the_new_process_on_schedule(
    make_app: AppMaker, api: TimedBotApi, clock: FakeClock, databases: DatabaseFactory
) -> None:
    old = await make_app(databases.opened[0])
    old_runner = live_exercises_of(old)
    await start_box(Chat(old, api, USER, UpdateFactory(old.bot)), clock, old_runner)
    [row] = await rows(databases.opened[0])
    started = row.started_at
    await run_for(clock, 20, old_runner)
    # A deploy: SIGTERM stops the old process (it hands its session over as it goes) and the
    # new one is up 2.5 s later; its sweep runs a second after start.
    await old_runner.close()
    clock.advance(timedelta(seconds=2.5))
    new = await make_app(databases.open())
    new_runner = live_exercises_of(new)
    records: list[EditRecord] = []
    new_runner.observe = records.append
    try:
        await run_for(clock, 1, new_runner)
        before = len(api.texts(USER))
        assert await new_runner.sweep() == 1
        assert await new_runner.sweep() == 0  # taken up once
        await settle(clock, new_runner)
        assert new_runner.running() == [row.id]
        await run_for(clock, 60, new_runner)
        # Taken up 23.5 s in, half a second before the next edit: that edit, and every one
        # still to come, went out from the new process at its moment.
        due = [started + timedelta(seconds=o) for o in box_edit_offsets() if 23.5 < o < 64]
        assert [r.issued for r in records] == due
        assert all(r.ok and r.boundary for r in records)
        [row] = await rows(databases.opened[0])
        assert (row.status, row.cycles_done) == ("done", 4)
        assert row.ended_at == started + timedelta(seconds=64)
        later = api.texts(USER)[before:]
        assert not any("cut off" in text for text in later)
        assert later[-1].startswith("How tense do you feel now")
        assert api.refusals == []
    finally:
        await new_runner.close()


async def test_a_crash_mid_session_is_taken_up_once_its_runner_has_gone_quiet(
    two_apps: tuple[StillpointApp, StillpointApp],
    api: TimedBotApi,
    clock: FakeClock,
    databases: DatabaseFactory,
) -> None:
    first, second = two_apps
    runners = (live_exercises_of(first), live_exercises_of(second))
    await start_box(Chat(first, api, USER, UpdateFactory(first.bot)), clock, *runners)
    await run_for(clock, 20, *runners)
    await runners[0].close(hand_over=False)  # a crash: nothing is handed over
    assert await runners[1].sweep() == 0  # too early to tell a dead runner from a slow one
    await run_for(clock, STALE_AFTER_S + 1, *runners)
    assert await runners[1].sweep() == 1
    await settle(clock, *runners)
    assert len(runners[1].running()) == 1
    await run_for(clock, 30, *runners)
    [row] = await rows(databases.opened[1])
    assert (row.status, row.cycles_done) == ("done", 4)
    assert not any("cut off" in text for text in api.texts(USER))
    assert shown_phases(progress_texts(api))[-1] == (
        "Box breathing · Round 4 of 4",
        "Rest, lungs empty",
    )


async def test_a_session_left_unpaced_past_its_end_ends_kindly_with_a_button_to_start_again(
    two_apps: tuple[StillpointApp, StillpointApp],
    api: TimedBotApi,
    clock: FakeClock,
    databases: DatabaseFactory,
) -> None:
    first, second = two_apps
    runners = (live_exercises_of(first), live_exercises_of(second))
    factory = UpdateFactory(first.bot)
    on_second = Chat(second, api, USER, factory)
    await start_box(Chat(first, api, USER, factory), clock, *runners)
    await run_for(clock, 20, *runners)
    await runners[0].close(hand_over=False)
    # Every instance was down until long after the session would have ended.
    await run_for(clock, 44 + FINISH_LATE_S + 1, *runners)
    before = len(api.texts(USER))
    assert await runners[1].sweep() == 1
    assert await runners[1].sweep() == 0  # one message, once
    [message] = api.texts(USER)[before:]
    assert message.startswith("Sorry, “Box breathing” was cut off on my side.")
    [row] = await rows(databases.opened[1])
    assert row.status == "interrupted"
    assert row.cycles_done == 1  # 20 s of 16 s rounds, as last heard from
    await on_second.press("▶ Start again")
    await settle(clock, *runners)
    assert len(runners[1].running()) == 1
    await run_for(clock, 70, *runners)
    old, new = await rows(databases.opened[0])
    assert (old.status, new.status, new.pattern) == ("interrupted", "done", "box")


async def test_a_healthy_session_is_never_swept(
    two_apps: tuple[StillpointApp, StillpointApp],
    api: TimedBotApi,
    clock: FakeClock,
    databases: DatabaseFactory,
) -> None:
    first, second = two_apps
    runners = (live_exercises_of(first), live_exercises_of(second))
    chat = Chat(first, api, USER, UpdateFactory(first.bot))
    await onboard(chat)
    await chat.send("/relax")
    await chat.press("Muscle relaxation, full · about 12 min")
    await chat.press("▶ In the chat")
    await chat.press("Skip →")
    await settle(clock, *runners)
    await chat.press("⏸ Pause")  # paused sessions keep their heartbeat too
    for _ in range(6):
        await run_for(clock, 30, *runners)
        assert await runners[1].sweep() == 0
    await chat.press("▶ Resume")
    for _ in range(26):
        await run_for(clock, 30, *runners)
        assert await runners[1].sweep() == 0
    [row] = await rows(databases.opened[0])
    assert row.status == "done"


# --- failing edits -------------------------------------------------------------------------


async def test_a_429_on_an_edit_skips_edits_for_retry_after_and_keeps_the_schedule(
    chat: Chat, app: StillpointApp, api: TimedBotApi, clock: FakeClock, database: Database
) -> None:
    live = live_exercises_of(app)
    try:
        await start_box(chat, clock, live)
        [row] = await rows(database)
        started = row.started_at
        api.fail("editMessageText", 429, retry_after=5)
        await run_for(clock, 80, live)
        edits = api.edits(USER)
        [refused] = [e for e in edits if e.at - started < timedelta(seconds=5)]
        after = [e for e in edits if e.at > refused.at]
        assert after[0].at - refused.at >= timedelta(seconds=5)  # quiet for retry_after
        # The schedule did not move: the box still ends at 64 s, every phase shown after.
        [row] = await rows(database)
        assert row.status == "done"
        assert row.ended_at == started + timedelta(seconds=64)
        texts = progress_texts(api)
        texts.remove(str(refused.params["text"]))
        phases = shown_phases(texts)
        assert phases[-1] == ("Box breathing · Round 4 of 4", "Rest, lungs empty")
        # Of the 13 phases shown in a quiet run, only the one refused is missing.
        assert len(phases) == 12
    finally:
        await live.close()


@pytest.mark.parametrize("failure", ["timeout", "not modified", "500", "message gone"])
async def test_a_failed_edit_never_stalls_or_crashes_the_session(
    chat: Chat,
    app: StillpointApp,
    api: TimedBotApi,
    clock: FakeClock,
    database: Database,
    failure: str,
) -> None:
    live = live_exercises_of(app)
    try:
        await start_box(chat, clock, live)
        if failure == "timeout":
            api.time_out("editMessageText", times=3)
        elif failure == "not modified":
            api.fail("editMessageText", 400, "Bad Request: message is not modified", times=3)
        elif failure == "500":
            api.fail("editMessageText", 500, times=3)
        else:
            api.fail("editMessageText", 400, "Bad Request: message to edit not found", times=3)
        await run_for(clock, 70, live)
        [row] = await rows(database)
        assert row.status == "done"
        assert row.ended_at == row.started_at + timedelta(seconds=64)
        assert chat.last_text().startswith("How tense do you feel now")
    finally:
        await live.close()


# --- one edit a second -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "presses"),
    [
        ("/breathe", [label_of("sigh"), "▶ In the chat", "Skip →"]),
        ("/breathe", [label_of("4-7-8"), "▶ In the chat", "Skip →"]),
        ("/now", []),
        ("/relax", ["Muscle relaxation, short · about 5 min", "▶ In the chat", "Skip →"]),
    ],
)
async def test_edits_are_never_closer_than_a_second_in_a_chat(
    chat: Chat,
    app: StillpointApp,
    api: TimedBotApi,
    clock: FakeClock,
    command: str,
    presses: list[str],
) -> None:
    live = live_exercises_of(app)
    records: list[EditRecord] = []
    live.observe = records.append
    try:
        await onboard(chat)
        await chat.send(command)
        for label in presses:
            await chat.press(label)
        await settle(clock, live)
        pause = dict(chat.buttons())["⏸ Pause"]
        resume = pause.replace("ex_pause", "ex_resume")
        clock_at_presses = clock.now() + timedelta(seconds=3.2 + 1.4 + 4.5 + 3 * 0.3)
        # Presses that want an edit straight away, right after one went out.
        for wait in (3.2, 1.4, 4.5):
            await run_for(clock, wait, live)
            await chat.press_data(pause)
            await run_for(clock, 0.3, live)
            await chat.press_data(resume)
        await run_for(clock, 400, live)
        times = [e.at for e in api.edits(USER)]
        assert len(times) > 10
        gaps = [(b - a).total_seconds() for a, b in pairwise(times)]
        assert min(gaps) >= 1.0
        # The presses' edits answer the person first, so in the minute of the presses some
        # boundary edits wait for room in the chat's budget (or are passed over); after it,
        # every one goes out on time or at most a second (and the slack) late.
        pressed_until = clock_at_presses + timedelta(seconds=60)
        boundaries = [r for r in records if r.boundary]
        assert boundaries
        assert all(r.ok for r in records)
        late = [r for r in boundaries if (r.issued - r.scheduled).total_seconds() > 1.1]
        assert all(r.scheduled <= pressed_until for r in late)
        # Within Telegram's budget all along.
        assert api.refusals == []
        assert api.most_in_window(USER, 60) <= 20
    finally:
        await live.close()
