"""Help before sign-up, through the real Application: /now, /breathe, /relax, grounding and the
safety answers work before onboarding and without consent, and nothing about the person is kept
(an exercise session's row lives only while the session runs)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import Consent, ExerciseSession, User
from bot.storage.userdata import user_tables
from bot.transport.exercises import LiveExercises, live_exercises_of
from bot.transport.exercises.sessions import FINISH_LATE_S
from bot.transport.updates import UpdateFactory
from conversations import breathing, exercise_words
from conversations.exercises import twitch_now_intro
from conversations.safety import grounding_exercise
from tests.auxil.chat import Chat
from tests.auxil.live import TimedBotApi, run_for, settle, shown_steps
from tests.conftest import AppMaker, DatabaseFactory
from tests.test_live_exercises import label_of, progress_texts, shown_phases

IN_CHAT, SOUND = "▶ In the chat", "🎧 With sound (eyes closed)"
USER = 4242
CALM_FIRST = "🌊 Twitching now? Calm it first"
SET_ME_UP = "Set me up"


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    return TimedBotApi(clock)


async def rows_per_user_table(database: Database) -> dict[str, int]:
    """How many rows each table that holds anything about a person has (all of them)."""
    async with database.session() as session:
        return {
            table.name: int(await session.scalar(select(func.count()).select_from(table)) or 0)
            for table in user_tables()
        }


async def assert_nothing_kept(database: Database) -> None:
    counts = await rows_per_user_table(database)
    assert counts == dict.fromkeys(counts, 0)


async def sessions(database: Database) -> list[ExerciseSession]:
    async with database.session() as session:
        result = await session.execute(select(ExerciseSession).order_by(ExerciseSession.id))
        return list(result.scalars())


async def decline(chat: Chat) -> None:
    await chat.send("/start")
    await chat.press(SET_ME_UP)
    await chat.press("No, thanks")


# --- the first /start ---------------------------------------------------------------------------


async def test_first_start_offers_calm_it_first_beside_set_me_up(
    chat: Chat, database: Database
) -> None:
    replies = await chat.send("/start")
    assert replies[0].startswith("Hi, I'm Stillpoint.")
    assert any("a doctor" in r for r in replies)  # what I am not comes before any choice
    assert chat.labels() == [CALM_FIRST, SET_ME_UP, "Cancel"]
    await chat.press(SET_ME_UP)
    assert chat.last_text().startswith("May I keep your check-ins")


async def test_calm_it_first_runs_the_calm_minute_and_keeps_nothing(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await chat.send("/start")
    replies = await chat.press(CALM_FIRST)
    assert replies[0] == twitch_now_intro()
    await settle(clock, live)
    [row] = await sessions(database)
    assert (row.kind, row.status, row.user_id, row.telegram_id) == ("now", "running", None, USER)
    await run_for(clock, 65, live)
    assert [k for k, _ in shown_phases(progress_texts(api))] == [
        f"A calm minute · Sigh {s.cycle} of 3" for s in breathing.plan_for("now", "now", {})
    ]
    # No 0–10 question and no journal note: nothing would keep the answer.
    assert chat.last_text() == "Thank you for taking the time."
    assert "📝 Note this twitch" not in chat.labels()
    assert "🫁 Longer breathing" in chat.labels()
    await assert_nothing_kept(database)
    # Set-up is still waiting, from the top.
    await chat.send("/start")
    assert chat.labels() == [CALM_FIRST, SET_ME_UP, "Cancel"]


# --- the exercises before sign-up ---------------------------------------------------------------


async def test_breathe_before_onboarding_runs_a_paced_session_and_keeps_nothing(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await chat.send("/breathe")
    await chat.press(label_of("box"))
    # No 0–10 question first: in the chat or with sound, then it begins.
    assert chat.labels() == [IN_CHAT, SOUND, "How it works", "← Back"]
    await chat.press(IN_CHAT)
    await settle(clock, live)
    [row] = await sessions(database)
    assert (row.status, row.user_id, row.telegram_id) == ("running", None, USER)
    await run_for(clock, 70, live)
    steps = breathing.plan_for("breathe", "box", {"cycles": 4})
    expected = [f"Box breathing · Round {s.cycle} of 4" for s in shown_steps(steps)]
    assert [k for k, _ in shown_phases(progress_texts(api))] == expected
    assert progress_texts(api)[-1].endswith("Done. Well done for taking this time for yourself.")
    assert chat.last_text() == "Thank you for taking the time."
    await assert_nothing_kept(database)


async def test_now_before_onboarding_starts_at_once_and_keeps_nothing(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    replies = await chat.send("/now")
    assert replies == [twitch_now_intro()]
    await run_for(clock, 65, live)
    assert chat.last_text() == "Thank you for taking the time."
    await assert_nothing_kept(database)


async def test_relax_before_onboarding_can_be_paused_and_stopped_and_keeps_nothing(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await chat.send("/relax")
    await chat.press("Short · about 5 min")
    await chat.press(IN_CHAT)
    await run_for(clock, 10, live)
    progress = api.latest_with_buttons(USER)
    await chat.press("⏸ Pause", progress)
    await run_for(clock, 5, live)
    assert "Paused" in progress_texts(api)[-1]
    [row] = await sessions(database)
    assert row.status == "paused"
    await chat.press("▶ Resume", progress)
    await run_for(clock, 5, live)
    replies = await chat.press("⏹ Stop", progress)
    # Stopped: the row goes at once, and the runner, finding it gone, says so and ends.
    assert await sessions(database) == []
    assert replies[-1] == "Thank you for taking the time."
    await run_for(clock, 3, live)
    assert progress_texts(api)[-1].endswith("Stopped here, and that's completely okay.")
    assert live.running() == []
    await assert_nothing_kept(database)


async def test_cancel_typed_during_a_session_before_onboarding_stops_it(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await chat.send("/now")
    await run_for(clock, 10, live)
    replies = await chat.send("cancel")
    assert replies[0] == exercise_words.stopped_toast()
    await run_for(clock, 3, live)
    assert live.running() == []
    await assert_nothing_kept(database)


async def test_another_person_cannot_press_a_session_kept_for_no_one(
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    app: StillpointApp,
    api: TimedBotApi,
    factory: UpdateFactory,
) -> None:
    await chat.send("/now")
    await settle(clock, live)
    [row] = await sessions(database)
    other = Chat(app, api, 5151, factory)
    await other.send("/start")  # a message of theirs to press on
    for action in ("ex_pause", "ex_stop", "ex_again", "ex_log"):
        await other.press_data(f"m:{action}:{row.id}")
        assert other.callback_answers()[-1].get("text") == "Sorry, I can't use that button."
    [after] = await sessions(database)
    assert (after.status, after.paused_at) == ("running", None)


async def test_a_swept_session_kept_for_no_one_is_deleted_and_can_start_again(
    databases: DatabaseFactory, make_app: AppMaker, api: TimedBotApi, clock: FakeClock
) -> None:
    first, second = await make_app(databases.opened[0]), await make_app(databases.open())
    runners = (live_exercises_of(first), live_exercises_of(second))
    factory = UpdateFactory(first.bot)
    await Chat(first, api, USER, factory).send("/breathe 456")
    on_second = Chat(second, api, USER, factory)
    await on_second.press(IN_CHAT)
    await settle(clock, *runners)
    serving = next(r for r in runners if r.running())
    await run_for(clock, 20, *runners)
    await serving.close(hand_over=False)  # that process dies; its row stays live
    other = runners[1] if serving is runners[0] else runners[0]
    # ...and no instance sweeps until long after the session would have ended (at 60 s).
    await run_for(clock, 40 + FINISH_LATE_S + 1, *runners)
    before = len(api.texts(USER))
    assert await other.sweep() == 1
    [message] = api.texts(USER)[before:]
    assert message.startswith("Sorry, “4-5-6 breathing” was cut off on my side.")
    assert await sessions(databases.opened[0]) == []
    # Its row is gone, so Start again names the exercise: the same pattern, ready to begin.
    assert dict(on_second.buttons())["▶ Start again"] == "m:breathe:456"
    await on_second.press("▶ Start again")
    # Seeded with its pattern: nothing to go back to, and its first question has a way out.
    assert on_second.labels() == [IN_CHAT, SOUND, "How it works", "Cancel"]
    await on_second.press(IN_CHAT)
    await run_for(clock, 100, *runners)
    await assert_nothing_kept(databases.opened[0])
    for runner in runners:
        await runner.close()


# --- grounding and the safety answers -----------------------------------------------------------


async def test_grounding_before_onboarding_answers_and_keeps_nothing(
    chat: Chat, database: Database
) -> None:
    replies = await chat.send("/ground")
    assert replies == [grounding_exercise()]
    await assert_nothing_kept(database)


async def test_safety_answers_come_before_onboarding_and_keep_nothing(
    chat: Chat, database: Database
) -> None:
    replies = await chat.send("I don't want to live anymore")
    assert any(word in replies[0].lower() for word in ("call", "helpline", "crisis"))
    replies = await chat.send("my hand has been getting weak and I keep dropping things")
    assert "clinician" in replies[0] or "doctor" in replies[0]
    await assert_nothing_kept(database)


async def test_what_needs_sign_up_offers_the_two_first_choices(
    chat: Chat, database: Database
) -> None:
    replies = await chat.send("/coffee")
    assert replies[0] == "Let's get you set up first — it only takes a minute."
    assert chat.labels() == [CALM_FIRST, SET_ME_UP, "Cancel"]
    await chat.send("/cancel")
    await assert_nothing_kept(database)


@pytest.mark.parametrize("command", ["/checkin", "/reminders", "/pause", "/history"])
async def test_a_command_in_the_middle_of_setting_up_says_so_and_asks_again(
    chat: Chat, command: str
) -> None:
    """It used to ask the set-up question again without a word, as if the command were
    ignored."""
    await chat.send("/start")
    await chat.press(SET_ME_UP)
    [question] = await chat.press("Yes, keep them")
    replies = await chat.send(command)
    assert replies == ["Let's get you set up first — it only takes a minute.", question]


# --- without consent ----------------------------------------------------------------------------


async def test_a_declined_user_breathes_with_no_rating_and_no_session_kept(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await decline(chat)
    await chat.send("/breathe")
    await chat.press(label_of("box"))
    assert chat.labels() == [IN_CHAT, SOUND, "How it works", "← Back"]
    await chat.press(IN_CHAT)
    await settle(clock, live)
    [row] = await sessions(database)
    assert (row.user_id, row.telegram_id) == (None, USER)
    await run_for(clock, 70, live)
    assert chat.last_text() == "Thank you for taking the time."
    assert await sessions(database) == []
    counts = await rows_per_user_table(database)
    # Only the choice itself (the user row) and where the chat is (its flow row) remain.
    assert {name for name, count in counts.items() if count} == {"users", "flow_states"}
    async with database.session() as session:
        [user] = (await session.scalars(select(User))).all()
    assert user.consent is Consent.DECLINED
