"""Live exercises through the real Application: /breathe, /relax and /now paced in one edited
message by a hand-moved clock; Pause, Resume, Stop, Skip; the 0–10 question before and after."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.core.pacing import schedule, total_seconds
from bot.storage import Database
from bot.storage.models import ExerciseSession, JournalEntry
from bot.transport.exercises import LiveExercises
from bot.transport.updates import UpdateFactory
from conversations import breathing, exercise_words
from conversations.exercises import PATTERNS, phase_label
from tests.auxil.chat import Chat
from tests.auxil.live import TimedBotApi, run_for, settle, shown_steps
from tests.test_onboarding import onboard

USER = 4242


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    return TimedBotApi(clock)


async def sessions(database: Database) -> list[ExerciseSession]:
    async with database.session() as session:
        result = await session.execute(select(ExerciseSession).order_by(ExerciseSession.id))
        return list(result.scalars())


def progress_texts(api: TimedBotApi, chat_id: int = USER) -> list[str]:
    """What the progress message showed, in order: its first text, then every edit."""
    first = next(
        t.params["text"]
        for t in api.timed
        if t.method == "sendMessage"
        and int(t.params["chat_id"]) == chat_id
        and " · " in str(t.params["text"]).split("\n")[0]
    )
    return [str(first)] + [str(t.params["text"]) for t in api.edits(chat_id)]


def shown_phases(texts: list[str]) -> list[tuple[str, str]]:
    """(count line, phase words) of every distinct step the message showed, in order."""
    seen: list[tuple[str, str]] = []
    for text in texts:
        lines = text.split("\n")
        if len(lines) < 3 or " · " not in lines[0]:
            continue
        key = (lines[0], lines[2])
        if not seen or seen[-1] != key:
            seen.append(key)
    return seen


IN_CHAT, LENGTH = "▶ In the chat", "Longer or shorter"


async def begin_breathing(chat: Chat, pattern_label: str, *length: str) -> None:
    """/breathe, the pattern, another length if one is named, then "In the chat"."""
    await chat.send("/breathe")
    await chat.press(pattern_label)
    if length:
        await chat.press(LENGTH)
    for label in length:
        await chat.press(label)
    await chat.press(IN_CHAT)


def label_of(key: str) -> str:
    pattern = PATTERNS[key]
    if pattern.minute_choices:
        return exercise_words.title("breathe", key)
    return breathing._pattern_label(key)


async def test_box_breathing_runs_its_phases_and_saves_before_and_after(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await onboard(chat)
    await begin_breathing(chat, label_of("box"))
    assert "how tense do you feel right now" in chat.last_text()
    await chat.press("6")
    await settle(clock, live)
    [row] = await sessions(database)
    assert row.status == "running"
    await run_for(clock, 70, live)
    [row] = await sessions(database)
    assert row.status == "done"
    steps = breathing.plan_for("breathe", "box", {"cycles": 4})
    expected = [
        (f"Box breathing · Round {s.cycle} of 4", phase_label(s)) for s in shown_steps(steps)
    ]
    assert shown_phases(progress_texts(api)) == expected
    assert chat.last_text().startswith("How tense do you feel now")
    await chat.press("3")
    [row] = await sessions(database)
    assert (row.tension_before, row.tension_after) == (6, 3)
    assert row.cycles_done == 4
    assert row.duration_s == total_seconds(schedule(steps))


# --- every exercise, phase by phase -----------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "presses", "kind", "pattern", "options"),
    [
        ("/breathe", [label_of("4-7-8"), IN_CHAT], "breathe", "4-7-8", {"cycles": 4}),
        (
            "/breathe",
            [label_of("4-7-8"), LENGTH, "8", IN_CHAT],
            "breathe",
            "4-7-8",
            {"cycles": 8},
        ),
        ("/breathe", [label_of("4-5-6"), IN_CHAT], "breathe", "4-5-6", {}),
        ("/breathe", [label_of("sigh"), IN_CHAT], "breathe", "sigh", {}),
        (
            "/breathe",
            [label_of("slow"), LENGTH, "1 min", IN_CHAT],
            "breathe",
            "slow",
            {"cycles": 6},
        ),
        ("/relax", ["Short · about 5 min", IN_CHAT], "relax", "short", {}),
        ("/relax", ["Full · about 12 min", IN_CHAT], "relax", "full", {}),
    ],
)
async def test_every_exercise_shows_exactly_its_phases_and_rounds(
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    api: TimedBotApi,
    command: str,
    presses: list[str],
    kind: str,
    pattern: str,
    options: dict[str, int],
) -> None:
    await onboard(chat)
    await chat.send(command)
    for label in presses:
        await chat.press(label)
    await chat.press("Skip →")  # no 0–10 rating before
    steps = breathing.plan_for(kind, pattern, options)
    total = total_seconds(schedule(steps))
    await run_for(clock, total + 5, live)
    rounds = exercise_words.total_cycles(steps)
    title = exercise_words.title(kind, pattern)
    expected = [
        (f"{title} · {exercise_words._count_line(kind, s.cycle, rounds)}", phase_label(s))
        for s in shown_steps(steps)
    ]
    assert shown_phases(progress_texts(api)) == expected
    assert progress_texts(api)[-1].endswith(
        exercise_words.done_text(kind, pattern).split("\n")[-1]
    )
    [row] = await sessions(database)
    assert (row.status, row.cycles_done, row.tension_before) == ("done", rounds, None)
    assert row.duration_s == pytest.approx(total, abs=0.1)


async def test_now_is_a_calm_minute_then_a_note_and_a_longer_exercise(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await onboard(chat)
    replies = await chat.send("/now")
    assert replies[0].startswith("Twitches like this are common, and usually harmless.")
    await run_for(clock, 65, live)
    steps = breathing.plan_for("now", "now", {})
    assert total_seconds(schedule(steps)) == 60
    assert [k for k, _ in shown_phases(progress_texts(api))] == [
        f"A calm minute · Sigh {s.cycle} of 3" for s in steps
    ]
    assert chat.last_text().startswith("How tense do you feel now")
    await chat.press("2")
    assert "📝 Note this twitch" in chat.labels()
    assert "🫁 Longer breathing" in chat.labels()
    await chat.press("📝 Note this twitch")
    await chat.press("Eyelid")
    async with database.session() as session:
        [entry] = (await session.execute(select(JournalEntry))).scalars()
    assert entry.text == "Twitching (eyelid). I took a calm minute for it."
    [row] = await sessions(database)
    assert (row.kind, row.status, row.tension_after, row.cycles_done) == ("now", "done", 2, 3)


async def test_the_menu_offers_now_and_breathing(chat: Chat, live: LiveExercises) -> None:
    await onboard(chat)
    await chat.send("/menu")
    assert {"🌊 Twitching now", "🫁 Breathe", "💪 Relax"} <= set(chat.labels())
    replies = await chat.press("🫁 Breathe")
    assert replies[-1] == "Which kind of breathing would you like?"


async def test_four_seven_eight_says_why_four_rounds_and_at_most_eight(
    chat: Chat, live: LiveExercises
) -> None:
    await onboard(chat)
    await chat.send("/breathe")
    await chat.press(label_of("4-7-8"))
    replies = await chat.press(LENGTH)
    assert "Four is where most people start" in replies[-1]
    assert "Eight is the most" in replies[-1]
    assert chat.labels() == ["4 (usual)", "6", "8", "← Back"]


async def test_slow_breathing_asks_one_three_or_five_minutes(
    chat: Chat, live: LiveExercises
) -> None:
    await onboard(chat)
    await chat.send("/breathe")
    await chat.press(label_of("slow"))
    await chat.press(LENGTH)
    assert chat.labels()[:3] == ["1 min", "3 min", "5 min"]


async def test_a_high_anxiety_checkin_offers_a_live_breathing_button(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("8")
    while "🫁 Breathe with me" not in chat.labels():
        await chat.press("Skip →" if "Skip →" in chat.labels() else "Done ✓")
    replies = await chat.press("🫁 Breathe with me")
    assert replies[-1].startswith("4-5-6 breathing")
    await chat.press(IN_CHAT)
    await chat.press("Skip →")
    await settle(clock, live)
    [row] = await sessions(database)
    assert (row.pattern, row.status) == ("4-5-6", "running")


# --- pause, resume, stop ---------------------------------------------------------------------

FOUR_SEVEN_EIGHT_PHASES = [0.0, 4.0, 11.0]  # in, hold, out of the first round


async def start_478(chat: Chat, clock: FakeClock, live: LiveExercises) -> None:
    await onboard(chat)
    await begin_breathing(chat, label_of("4-7-8"), "4 (usual)")
    await chat.press("5")
    await settle(clock, live)


@pytest.mark.parametrize("cycle", [1, 3])
@pytest.mark.parametrize("phase_start", FOUR_SEVEN_EIGHT_PHASES)
async def test_pause_and_resume_in_any_phase_moves_the_rest_later(
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    api: TimedBotApi,
    cycle: int,
    phase_start: float,
) -> None:
    await start_478(chat, clock, live)
    [row] = await sessions(database)
    started = row.started_at
    into = (cycle - 1) * 19 + phase_start + 1.5
    await run_for(clock, into, live)
    progress = api.latest_with_buttons(USER)
    assert progress is not None
    await chat.press("⏸ Pause", progress)
    await run_for(clock, 1.5, live)
    paused_text = progress_texts(api)[-1]
    assert "Paused" in paused_text
    assert "▶ Resume" in [label for label, _ in chat.buttons(progress)]
    edits_while_paused = len(api.edits(USER))
    await run_for(clock, 120, live)
    assert len(api.edits(USER)) == edits_while_paused  # nothing moves while paused
    [row] = await sessions(database)
    assert row.status == "paused"
    await chat.press("▶ Resume", progress)
    await run_for(clock, 80, live)
    [row] = await sessions(database)
    assert row.status == "done"
    assert row.ended_at is not None
    # The pause lasted from the press to the resume: 121.5 s, all added to the end.
    assert (row.ended_at - started).total_seconds() == pytest.approx(76 + 121.5, abs=0.01)
    steps = breathing.plan_for("breathe", "4-7-8", {"cycles": 4})
    assert len(shown_phases(progress_texts(api))) == len(steps)


@pytest.mark.parametrize("cycle", [1, 4])
@pytest.mark.parametrize("phase_start", FOUR_SEVEN_EIGHT_PHASES)
async def test_stop_in_any_phase_ends_it_and_asks_the_after_question(
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    api: TimedBotApi,
    cycle: int,
    phase_start: float,
) -> None:
    await start_478(chat, clock, live)
    await run_for(clock, (cycle - 1) * 19 + phase_start + 2, live)
    progress = api.latest_with_buttons(USER)
    replies = await chat.press("⏹ Stop", progress)
    assert replies[-1].startswith("How tense do you feel now")
    await run_for(clock, 3, live)
    assert progress_texts(api)[-1].endswith("Stopped here, and that's completely okay.")
    count = len(api.edits(USER))
    await run_for(clock, 100, live)
    assert len(api.edits(USER)) == count
    [row] = await sessions(database)
    assert row.status == "stopped"
    assert row.cycles_done == cycle - 1
    assert row.duration_s == pytest.approx((cycle - 1) * 19 + phase_start + 2, abs=0.01)
    await chat.press("4")
    [row] = await sessions(database)
    assert (row.tension_before, row.tension_after) == (5, 4)


async def test_stop_while_paused(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await start_478(chat, clock, live)
    await run_for(clock, 5, live)
    await chat.press("⏸ Pause")
    await run_for(clock, 30, live)
    await chat.press("⏹ Stop")
    await run_for(clock, 3, live)
    [row] = await sessions(database)
    assert row.status == "stopped"
    assert row.duration_s == pytest.approx(5, abs=0.01)
    assert live.running() == []


async def test_cancel_typed_during_a_session_stops_it_like_its_stop_button(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await start_478(chat, clock, live)
    await run_for(clock, 12, live)
    replies = await chat.send("/cancel")
    assert replies[0] == "Stopped."
    assert replies[-1].startswith("How tense do you feel now")
    assert not any("nothing to cancel" in r.lower() for r in replies)
    await run_for(clock, 3, live)
    count = len(api.edits(USER))
    await run_for(clock, 60, live)
    assert len(api.edits(USER)) == count  # no more pacing after the stop
    [row] = await sessions(database)
    assert row.status == "stopped"
    assert row.duration_s == pytest.approx(12, abs=0.01)
    assert live.running() == []
    await chat.press("2")
    [row] = await sessions(database)
    assert row.tension_after == 2
    # Nothing runs now: /cancel says so, as before.
    replies = await chat.send("/cancel")
    assert "Stopped." not in replies


async def test_skip_this_part_leaves_out_the_rest_of_that_muscle_group(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await onboard(chat)
    await chat.send("/relax")
    await chat.press("Short · about 5 min")
    await chat.press(IN_CHAT)
    await chat.press("Skip →")
    await settle(clock, live)
    # Settle (20 s), then "Face": tense 5 s. Skip during its first tense.
    await run_for(clock, 22, live)
    replies = await chat.press("Skip this part", api.latest_with_buttons(USER))
    del replies
    await run_for(clock, 400, live)
    phases = [words for _, words in shown_phases(progress_texts(api))]
    assert sum("Face" in p for p in phases) == 1  # only the tense it was skipped in
    assert any("Neck and shoulders" in p for p in phases)
    [row] = await sessions(database)
    assert row.status == "done"
    assert row.options["skipped"] == ["face"]
    steps = breathing.plan_for("relax", "short", {})
    face_end = 20 + 2 * (5 + 10)
    assert row.duration_s == pytest.approx(total_seconds(schedule(steps)), abs=0.1)
    assert (row.ended_at - row.started_at).total_seconds() == pytest.approx(
        total_seconds(schedule(steps)) - (face_end - 22), abs=0.01
    )


# --- what else can happen mid-session --------------------------------------------------------


async def test_typing_mid_session_gets_a_kind_note_and_the_session_goes_on(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await start_478(chat, clock, live)
    await run_for(clock, 3, live)
    replies = await chat.send("is this working?")
    assert replies == [
        "We're in the middle of “4-7-8 breathing”. Just follow the message above at your own "
        "pace, or tap Pause or Stop on it."
    ]
    await run_for(clock, 80, live)
    [row] = await sessions(database)
    assert row.status == "done"


async def test_crisis_words_mid_session_get_the_crisis_answer_first(
    chat: Chat, live: LiveExercises, clock: FakeClock
) -> None:
    await start_478(chat, clock, live)
    replies = await chat.send("I want to kill myself")
    assert replies
    assert "middle of" not in replies[0]
    assert any(word in replies[0].lower() for word in ("help", "call", "crisis", "safe"))


async def test_stale_buttons_get_a_kind_answer(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await start_478(chat, clock, live)
    progress = api.latest_with_buttons(USER)
    old_buttons = dict(chat.buttons(progress))
    await run_for(clock, 80, live)
    await chat.press_data(old_buttons["⏸ Pause"], progress)
    await chat.press_data(old_buttons["⏹ Stop"], progress)
    answers = [a.get("text") for a in chat.callback_answers()[-2:]]
    assert answers == ["That session has already finished."] * 2
    [row] = await sessions(database)
    assert row.status == "done"
    await chat.press("3")
    before = len(api.texts(USER))
    await chat.press_data(f"m:ex_rate:{row.id}_9", api.latest_with_buttons(USER))
    assert chat.callback_answers()[-1].get("text") == "That's already saved, thank you."
    assert len(api.texts(USER)) == before
    [row] = await sessions(database)
    assert row.tension_after == 3


@pytest.mark.parametrize(
    "data",
    ["m:ex_pause:{id}x", "m:ex_pause:", "m:ex_pause:99999", "m:ex_rate:{id}_11", "m:ex_zap:{id}"],
)
async def test_forged_exercise_buttons_touch_nothing(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, data: str
) -> None:
    await start_478(chat, clock, live)
    [row] = await sessions(database)
    await chat.press_data(data.format(id=row.id))
    assert chat.callback_answers()[-1].get("text") == "Sorry, I can't use that button."
    [after] = await sessions(database)
    assert (after.status, after.paused_at) == ("running", None)


async def test_another_users_session_id_is_refused(
    chat: Chat,
    live: LiveExercises,
    clock: FakeClock,
    database: Database,
    app: StillpointApp,
    api: TimedBotApi,
    factory: UpdateFactory,
) -> None:
    await start_478(chat, clock, live)
    [theirs] = await sessions(database)
    other = Chat(app, api, 5151, factory)
    await onboard(other)
    for action in ("ex_pause", "ex_stop", "ex_skip", "ex_again", "ex_log"):
        await other.press_data(f"m:{action}:{theirs.id}")
        assert other.callback_answers()[-1].get("text") == "Sorry, I can't use that button."
    await other.press_data(f"m:ex_rate:{theirs.id}_0")
    [row] = await sessions(database)
    assert (row.status, row.paused_at, row.tension_after) == ("running", None, None)
    await run_for(clock, 80, live)
    [row] = await sessions(database)
    assert row.status == "done"


async def test_a_new_session_stops_the_one_still_running(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await start_478(chat, clock, live)
    await run_for(clock, 10, live)
    await chat.send("/now")
    await run_for(clock, 70, live)
    first, second = await sessions(database)
    assert (first.status, second.status) == ("stopped", "done")
    assert live.running() == []


async def test_without_consent_there_is_no_rating_but_the_exercise_runs(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("No, thanks")
    for answer in ("Berlin", "07:00", "23:00", "14:00", "21:00"):
        if chat.labels() and answer in chat.labels():
            await chat.press(answer)
        else:
            await chat.send(answer)
    await chat.send("/breathe")
    await chat.press(label_of("box"))
    assert chat.labels() == [IN_CHAT, "🎧 With sound (eyes closed)", "How it works", "← Back"]
    await chat.press(IN_CHAT)
    await run_for(clock, 70, live)
    assert await sessions(database) == []  # kept for no one: gone once it ended
    assert chat.last_text() == "Thank you for taking the time."
