"""Telegram's budget for one chat (about 20 sends and edits a minute), kept by the fake Bot API:
every exercise from start to end, with a reply typed in the middle, stays within it; replies go
first; a 429 pauses the visuals, keeps the schedule and loses neither the session nor a reply.
Also the budget itself (`bot.transport.budget`) on a hand-moved clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.core.recurrence import at_local
from bot.scheduling import dispatcher_of
from bot.storage import Database
from bot.storage.models import ExerciseSession
from bot.transport.budget import ChatBudget
from bot.transport.exercises import EDITS_PER_MINUTE, LiveExercises, live_exercises_of
from bot.transport.sender import reply_sender_of
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi, TelegramLimits
from tests.auxil.live import TimedBotApi, run_for, settle
from tests.auxil.schedule import instant_limiter, run_schedule
from tests.test_live_exercises import label_of
from tests.test_onboarding import onboard

USER = 4242
EDITS = frozenset({"editMessageText"})
BASE = "https://api.telegram.org/bot7000000001:LOCAL"


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    return TimedBotApi(clock)


async def the_session(database: Database) -> ExerciseSession:
    async with database.session() as session:
        return (await session.scalars(select(ExerciseSession))).one()


async def begin(chat: Chat, clock: FakeClock, live: LiveExercises, start: list[str]) -> None:
    """Start an exercise as a person would: a tap every few seconds, not all at one instant.
    A choice the flow does not ask for (it may have a default) is not pressed; "In the chat"
    (rather than with sound) and "Skip" (no 0–10 question) are pressed where offered."""
    command, *presses = start
    await chat.send(command)
    for label in [*presses, "▶ In the chat", "Skip →"]:
        if label in chat.labels():
            clock.advance(timedelta(seconds=3))
            await chat.press(label)
    await settle(clock, live)


EXERCISES = {
    "4-7-8": ["/breathe", label_of("4-7-8"), "4 (usual)"],
    "4-5-6": ["/breathe", label_of("4-5-6")],
    "box": ["/breathe", label_of("box")],
    "sigh": ["/breathe", label_of("sigh")],
    "slow": ["/breathe", label_of("slow"), "Longer or shorter", "1 min"],
    "own": ["/breathe 4 2 6"],
    "relax": ["/relax", "Short · about 5 min"],
}


@pytest.mark.parametrize("start", EXERCISES.values(), ids=EXERCISES.keys())
async def test_every_exercise_with_a_reply_typed_midway_stays_within_the_chats_budget(
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    api: TimedBotApi,
    start: list[str],
) -> None:
    await onboard(chat)
    await begin(chat, clock, live, start)
    row = await the_session(database)
    assert row.status == "running"
    await run_for(clock, 25, live)
    replies = await chat.send("hello")
    # The reply went out at once, in the middle of the exercise's edits.
    assert replies
    assert "in the middle of" in replies[-1]
    await run_for(clock, 400, live)
    row = await the_session(database)
    assert row.status == "done"
    assert chat.last_text().startswith("How tense do you feel now") or chat.buttons()
    assert api.refusals == []
    assert api.most_in_window(USER, 60) <= 20
    assert api.most_in_window(USER, 60, EDITS) <= EDITS_PER_MINUTE
    # No bar ticking between boundaries: every edit shows a phase at its start.
    assert all("░░░░░░░░░░" in e.params["text"] for e in api.edits(USER)[:-1])


async def test_typing_a_lot_mid_exercise_gets_every_reply_at_once_and_the_edits_give_way(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await onboard(chat)
    await begin(chat, clock, live, EXERCISES["box"])
    await run_for(clock, 10, live)
    for _ in range(8):
        assert await chat.send("hello")  # answered straight away, every time
        await run_for(clock, 2, live)
    await run_for(clock, 100, live)
    row = await the_session(database)
    assert row.status == "done"
    assert row.ended_at == row.started_at + timedelta(seconds=64)  # the schedule held
    assert api.refusals == []
    assert api.most_in_window(USER, 60) <= 20
    # The exercise passed some edits over to leave the replies their room.
    assert len(api.edits(USER)) < 13


async def test_a_429_mid_session_pauses_the_visuals_and_keeps_the_reply_for_after_the_wait(
    app: StillpointApp,
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    api: TimedBotApi,
) -> None:
    await onboard(chat)
    await begin(chat, clock, live, EXERCISES["4-7-8"])
    row = await the_session(database)
    started = row.started_at
    api.fail("editMessageText", 429, retry_after=15)  # the next edit: at 4 s
    await run_for(clock, 6, live)
    refused = api.edits(USER)[-1].at
    assert refused == started + timedelta(seconds=4)
    # Typed inside Telegram's wait: the reply is not sent into it (that would make the wait
    # longer) but kept, in order, for when it is over.
    assert await chat.send("hello") == []
    await run_for(clock, 14, live)
    inside = [t for t in api.timed if refused < t.at < refused + timedelta(seconds=15)]
    assert [t for t in inside if "chat_id" in t.params] == []
    await reply_sender_of(app).sweep(app.bot)
    assert "in the middle of" in chat.last_text()  # the reply, once the wait is over
    assert api.texts(USER).count(chat.last_text()) == 1
    await run_for(clock, 80, live)
    row = await the_session(database)
    # The session lived through it, on its schedule: 4 rounds of 19 s.
    assert row.status == "done"
    assert row.ended_at == started + timedelta(seconds=76)
    assert chat.last_text().startswith("How tense do you feel now")
    assert api.refusals == []


async def test_a_reply_refused_with_429_waits_out_the_whole_wait_then_goes_once(
    app: StillpointApp,
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    api: TimedBotApi,
) -> None:
    await onboard(chat)
    await begin(chat, clock, live, EXERCISES["slow"])
    await run_for(clock, 12, live)
    api.fail("sendMessage", 429, retry_after=20)
    await chat.send("hello")
    refused_at = clock.now()

    def attempts() -> list[str]:
        return [t for t in api.texts(USER) if "in the middle of" in t]

    assert len(attempts()) == 1  # refused, and not tried again inside the wait
    await run_for(clock, 10, live)
    sweeper = reply_sender_of(app)
    await sweeper.sweep(app.bot)  # too early: still kept
    assert len(attempts()) == 1
    inside = [t for t in api.timed if refused_at < t.at < refused_at + timedelta(seconds=20)]
    assert [t for t in inside if "chat_id" in t.params] == []  # the visuals paused too
    await run_for(clock, 11, live)
    await sweeper.sweep(app.bot)
    assert len(attempts()) == 2
    assert "in the middle of" in str(api.chat_messages(USER)[-1].text)  # delivered
    await run_for(clock, 60, live)
    row = await the_session(database)
    assert row.status == "done"
    assert api.refusals == []


# --- the fake keeps Telegram's limits --------------------------------------------------------


async def _send(api: FakeBotApi, chat_id: int) -> int:
    data = RequestData(
        parameters=[
            RequestParameter("chat_id", chat_id, None),
            RequestParameter("text", "hi", None),
        ]
    )
    status, _body = await api.do_request(f"{BASE}/sendMessage", "POST", data)
    return status


async def test_the_fake_refuses_the_21st_call_of_a_minute_and_a_retry_inside_it_waits_longer() -> (
    None
):
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    api = FakeBotApi(clock)
    for _ in range(20):
        assert await _send(api, 1) == 200
        clock.advance(timedelta(seconds=1))
    assert await _send(api, 1) == 429
    [first] = api.refusals
    assert first.retry_after == 40  # the first of the 20 leaves the window at 60 s
    assert await _send(api, 2) == 200  # another chat has its own budget
    clock.advance(timedelta(seconds=5))
    assert await _send(api, 1) == 429  # inside the wait: it grows
    assert api.refusals[-1].retry_after > first.retry_after - 5
    clock.advance(timedelta(seconds=api.refusals[-1].retry_after))
    assert await _send(api, 1) == 200


async def test_the_fake_takes_30_calls_a_second_across_chats() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    api = FakeBotApi(clock)
    assert [await _send(api, chat) for chat in range(31)] == [200] * 30 + [429]
    clock.advance(timedelta(seconds=1))
    assert await _send(api, 99) == 200


async def test_a_burst_limit_when_asked_for_refuses_calls_inside_one_second() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    api = FakeBotApi(clock, limits=TelegramLimits(burst=2))
    assert [await _send(api, 1) for _ in range(3)] == [200, 200, 429]
    assert api.refusals[-1].retry_after == 1
    clock.advance(timedelta(seconds=1))  # the wait is over
    assert await _send(api, 1) == 200


async def test_without_a_clock_or_with_limits_off_the_fake_takes_everything() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    for api in (FakeBotApi(), FakeBotApi(clock, limits=None)):
        assert {await _send(api, 1) for _ in range(50)} == {200}


# --- the budget --------------------------------------------------------------------------------


def test_background_work_leaves_room_for_replies_and_a_429_quiets_the_chat() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    budget = ChatBudget(clock=clock, per_chat=20, window_s=60, reserve=5)
    start = clock.now()
    for _ in range(15):
        assert budget.next_slot(7, awaited=False) == clock.now()
        budget.spend(7)
        clock.advance(timedelta(seconds=2))
    now = clock.now()
    assert budget.next_slot(7, awaited=False) == start + timedelta(seconds=60)
    assert budget.next_slot(7, awaited=True) == now  # a reply still goes at once
    for _ in range(10):
        budget.spend(7)
    assert budget.next_slot(7, awaited=True) == now  # never held back by the count
    # Background work waits until only 14 of the last minute's calls are left in it.
    assert budget.next_slot(7, awaited=False) == start + timedelta(seconds=80)
    assert budget.next_slot(8, awaited=False) == now  # per chat
    until = budget.refused(8, 12)
    assert until == now + timedelta(seconds=12)
    assert budget.next_slot(8, awaited=True) == until
    assert budget.quiet_until(8) == until
    clock.advance(timedelta(seconds=12))
    assert budget.quiet_until(8) is None
    budget.refused(8, -5)  # a nonsense wait is no wait
    assert budget.quiet_until(8) is None


@pytest.mark.parametrize(
    ("per_chat", "reserve", "window"), [(0, 0, 60), (20, 20, 60), (20, -1, 60), (20, 5, 0)]
)
def test_a_budget_without_room_for_both_is_refused(
    per_chat: int, reserve: int, window: float
) -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="room"):
        ChatBudget(clock=clock, per_chat=per_chat, reserve=reserve, window_s=window)


# --- reminders draw on the same budget -------------------------------------------------------


async def test_a_reminder_due_inside_a_429_wait_goes_once_the_wait_is_over(
    app: StillpointApp, chat: Chat, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await onboard(chat)
    dispatcher = dispatcher_of(app)
    dispatcher.limiter = instant_limiter()
    due = at_local(date(2026, 11, 26), time(14, 0), "Europe/Berlin")
    clock.set(due - timedelta(seconds=5))
    # Telegram asked this chat to wait 40 s (an exercise edit, say): the caffeine reminder due
    # in 5 s must not be sent into that wait.
    until = dispatcher.budget.refused(USER, 40)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=due + timedelta(hours=1)
    )
    [caffeine] = [d for d in delivered if "Last call for caffeine" in d.text]
    assert caffeine.at >= until
    assert caffeine.at < until + timedelta(seconds=5)
    calls = [c for c in api.timed if "Last call for caffeine" in str(c.params.get("text"))]
    assert len(calls) == 1  # never tried inside the wait
    assert api.refusals == []


async def test_replies_reminders_and_exercises_share_one_budget(app: StillpointApp) -> None:
    budget = reply_sender_of(app).budget
    assert dispatcher_of(app).budget is budget
    assert live_exercises_of(app).budget is budget
