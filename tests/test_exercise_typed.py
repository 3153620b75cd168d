"""Quicker in, easier out: typed pause, resume, stop and again words act as the buttons during and
after a live exercise, in six languages; the end offers Again, Longer and at night the
wind-down; a named pattern starts in two taps with the rest behind "How it works"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import ExerciseSession
from bot.transport.exercises import LiveExercises
from conversations import breathing
from tests.auxil.chat import Chat
from tests.auxil.live import TimedBotApi, run_for, settle
from tests.test_onboarding import onboard

IN_CHAT, SOUND = "▶ In the chat", "🎧 With sound (eyes closed)"


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    return TimedBotApi(clock)


async def rows(database: Database) -> list[ExerciseSession]:
    async with database.session() as session:
        result = await session.execute(select(ExerciseSession).order_by(ExerciseSession.id))
        return list(result.scalars())


async def start_box(chat: Chat, clock: FakeClock, live: LiveExercises) -> None:
    await onboard(chat)
    await chat.send("/breathe box")
    await chat.press(IN_CHAT)
    await chat.press("Skip →")
    await settle(clock, live)


@pytest.mark.parametrize(
    ("pause", "resume"),
    [
        ("pause", "resume"),
        ("Pausar", "continuar"),
        ("pausieren", "weiter"),
        ("mets en pause", "reprendre"),
        ("pausa", "continua"),
        ("Пауза", "продолжить"),
    ],
)
async def test_typed_pause_and_resume_act_as_the_buttons(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, pause: str, resume: str
) -> None:
    await start_box(chat, clock, live)
    await run_for(clock, 5, live)
    [reply] = await chat.send(pause)
    assert reply == "Paused."
    await settle(clock, live)
    [row] = await rows(database)
    assert row.status == "paused"
    await run_for(clock, 30, live)  # the schedule waits
    [reply] = await chat.send(resume)
    assert reply == "Carrying on."
    await run_for(clock, 60, live)
    [row] = await rows(database)
    assert row.status == "done"
    assert row.paused_s == pytest.approx(30, abs=1)


@pytest.mark.parametrize("stop", ["stop", "стоп", "arrête", "parar", "stopp"])
async def test_typed_stop_stops_it(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, stop: str
) -> None:
    await start_box(chat, clock, live)
    await run_for(clock, 5, live)
    await chat.send(stop)
    await settle(clock, live)
    [row] = await rows(database)
    assert row.status == "stopped"


async def test_other_words_mid_session_get_the_note_and_it_goes_on(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await start_box(chat, clock, live)
    [reply] = await chat.send("nochmal")
    assert reply.startswith("We're in the middle of “Box breathing”.")
    [reply] = await chat.send("resume")  # it is not paused
    assert reply == "It's already running."
    [row] = await rows(database)
    assert row.status == "running"


@pytest.mark.parametrize("again", ["again", "nochmal", "otra vez", "encore", "de novo", "ещё раз"])
async def test_typed_again_after_a_kept_session_runs_it_once_more(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, again: str
) -> None:
    await start_box(chat, clock, live)
    await run_for(clock, 70, live)
    await chat.press("Skip →")  # the 0–10 question after
    await chat.send(again)
    await settle(clock, live)
    first, second = await rows(database)
    assert (first.status, second.status) == ("done", "running")
    assert (second.kind, second.pattern) == ("breathe", "box")


async def test_typed_again_with_nothing_to_repeat_offers_the_choice(chat: Chat) -> None:
    replies = await chat.send("again")
    assert replies[-1] == "Which kind of breathing would you like?"


async def test_the_end_offers_again_and_longer_which_start_at_once(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await chat.send("/breathe 478")  # before sign-up: nothing kept
    await chat.press(IN_CHAT)
    await run_for(clock, 80, live)
    assert chat.last_text() == "Thank you for taking the time."
    assert chat.labels() == ["▶ Again", "Longer", "Menu"]  # daytime: no wind-down
    await chat.press("Longer")
    await settle(clock, live)
    [row] = await rows(database)
    assert row.options["cycles"] == 6
    await run_for(clock, 120, live)
    await chat.press("▶ Again")
    await settle(clock, live)
    [row] = await rows(database)
    assert row.options["cycles"] == 6


async def test_at_night_the_end_offers_the_wind_down_with_sound(
    chat: Chat, live: LiveExercises, clock: FakeClock, api: TimedBotApi
) -> None:
    await onboard(chat)  # Berlin, bed at 23:00
    clock.set(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))
    await chat.send("/breathe sigh")
    await chat.press(IN_CHAT)
    await chat.press("Skip →")
    await run_for(clock, 70, live)
    await chat.press("Skip →")  # the 0–10 question after
    assert "🌙 Wind down for sleep" in chat.labels()
    [reply] = await chat.press("🌙 Wind down for sleep")
    assert reply.startswith("Time to wind down:")
    await chat.press("🎧 Slow breathing with sound")
    [voice] = api.calls_of("sendVoice")
    assert int(voice.params["duration"]) == 180


async def test_a_named_pattern_is_one_short_paragraph_and_the_rest_behind_how_it_works(
    chat: Chat,
) -> None:
    await chat.send("/breathe")
    [short] = await chat.press(breathing._pattern_label("4-7-8"))
    assert short.startswith("4-7-8 breathing\n4 rounds, about 1 min.")
    assert "Sit or lie down" not in short
    assert "light-headed, stop" in short  # when to stop stays up front
    assert chat.labels() == [IN_CHAT, SOUND, "How it works", "Longer or shorter", "← Back"]
    [full] = await chat.press("How it works")
    assert "Sit or lie down comfortably" in full
    assert "Go gently if you're pregnant" in full
    assert chat.labels() == [IN_CHAT, SOUND, "← Back"]


async def test_longer_or_shorter_asks_the_rounds_then_how_to_follow(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await chat.send("/breathe 478")
    await chat.press("Longer or shorter")
    await chat.press("8")
    assert chat.last_text().startswith("4-7-8 breathing\n8 rounds")
    await chat.press(IN_CHAT)
    await settle(clock, live)
    [row] = await rows(database)
    assert row.options["cycles"] == 8


async def test_typed_nonsense_at_the_start_question_asks_again(chat: Chat) -> None:
    await chat.send("/breathe box")
    [reply, *_rest] = await chat.send("purple")
    assert "tap" in reply.lower()
    assert chat.labels()[:2] == [IN_CHAT, SOUND]
