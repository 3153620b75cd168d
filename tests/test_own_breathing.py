"""A breathing pattern of one's own: the pure reading and bounds (bot.core.own_breathing), and
/breathe 4 2 6 or the Custom button through the real Application, paced live and remembered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from bot.clock import FakeClock
from bot.core.own_breathing import (
    HOLD_MAX_S,
    PHASE_MAX_S,
    PHASE_MIN_S,
    OwnPattern,
    Problem,
    check,
    from_key,
    parse,
)
from bot.storage import Database
from bot.storage.models import ExerciseSession, User
from bot.transport.exercises import LiveExercises
from conversations import breathing
from conversations.exercises import own_pattern, pattern_for, phase_label
from tests.auxil.chat import Chat
from tests.auxil.live import TimedBotApi, run_for, settle, shown_steps
from tests.test_live_exercises import progress_texts, sessions, shown_phases
from tests.test_onboarding import onboard

breaths = st.integers(min_value=PHASE_MIN_S, max_value=PHASE_MAX_S)
holds = st.integers(min_value=0, max_value=HOLD_MAX_S)
separators = st.sampled_from([" ", "-", ", ", "/", "  ", " - "])


# --- reading and bounds ------------------------------------------------------------------------


@given(inhale=breaths, hold=holds, exhale=breaths, hold_out=holds, sep=separators)
def test_every_safe_pattern_is_read_back_exactly(
    inhale: int, hold: int, exhale: int, hold_out: int, sep: str
) -> None:
    numbers = [inhale, hold, exhale] + ([hold_out] if hold_out else [])
    read = parse(sep.join(str(n) for n in numbers))
    assert read == OwnPattern(inhale, hold, exhale, hold_out)
    assert from_key(read.key) == read
    assert read.round_seconds == inhale + hold + exhale + hold_out


@given(numbers=st.lists(st.integers(min_value=0, max_value=99), min_size=3, max_size=4))
def test_what_is_taken_is_always_within_the_bounds(numbers: list[int]) -> None:
    read = parse(" ".join(str(n) for n in numbers))
    if isinstance(read, Problem):
        assert check(*numbers) is read
        return
    for phase, seconds in read.phases:
        assert PHASE_MIN_S <= seconds <= PHASE_MAX_S
        if phase.value.startswith("hold"):
            assert seconds <= HOLD_MAX_S


@given(st.text(max_size=40))
def test_any_text_is_read_or_refused_never_raised(text: str) -> None:
    assert isinstance(parse(text), OwnPattern | Problem)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("13 2 6", Problem.TOO_LONG),
        ("4 2 13", Problem.TOO_LONG),
        ("0 2 6", Problem.TOO_SHORT),
        ("4 2 0", Problem.TOO_SHORT),
        ("4 11 6", Problem.HOLD_TOO_LONG),
        ("4 2 6 11", Problem.HOLD_TOO_LONG),
        ("4 6", Problem.COUNT),
        ("4 2 6 2 1", Problem.COUNT),
        ("4 two 6", Problem.NOT_NUMBERS),
        ("4.5 2 6", Problem.NOT_NUMBERS),
        ("", Problem.NOT_NUMBERS),
        ("٤ ٢ ٦", Problem.NOT_NUMBERS),
    ],
)
def test_out_of_bounds_or_unreadable_patterns_say_why(typed: str, problem: Problem) -> None:
    assert parse(typed) is problem


def test_a_pattern_out_of_bounds_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="unsafe"):
        OwnPattern(4, 11, 6)
    assert from_key("4-11-6") is None
    assert from_key("4 2 6") is None  # a key has dashes only


def test_an_own_pattern_paces_only_the_parts_that_last() -> None:
    pattern = own_pattern(OwnPattern(4, 0, 6, 2))
    assert [(p.kind, p.seconds) for p in pattern.phases] == [
        ("in", 4),
        ("out", 6),
        ("hold_out", 2),
    ]
    assert pattern_for("own:4-0-6-2") == pattern
    assert pattern_for("own:4-20-6") is None
    # About two minutes by default.
    assert 100 <= pattern.default_cycles * 12 <= 140


# --- through the bot ---------------------------------------------------------------------------


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    return TimedBotApi(clock)


async def remembered(database: Database) -> str | None:
    async with database.session() as session:
        return (await session.scalars(select(User.breathing_pattern))).one()


async def test_breathe_with_three_numbers_runs_that_pattern_live_and_remembers_it(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await onboard(chat)
    replies = await chat.send("/breathe 4 2 6")
    assert replies[-1].startswith("Your pattern (4-2-6)\n")
    assert "breathe in for 4, hold for 2, then breathe out for 6" in replies[-1]
    await chat.press("▶ In the chat")
    await chat.press("Skip →")  # the 0–10 question before
    await settle(clock, live)
    [row] = await sessions(database)
    assert (row.kind, row.pattern, row.status) == ("breathe", "own:4-2-6", "running")
    await run_for(clock, 200, live)
    steps = breathing.plan_for("breathe", "own:4-2-6", row.options)
    rounds = steps[-1].cycle
    expected = [
        (f"Your pattern (4-2-6) · Round {s.cycle} of {rounds}", phase_label(s))
        for s in shown_steps(steps)
    ]
    assert shown_phases(progress_texts(api)) == expected
    assert [(s.kind, s.seconds) for s in steps[:3]] == [("in", 4), ("hold", 2), ("out", 6)]
    [row] = await sessions(database)
    assert row.status == "done"
    assert await remembered(database) == "4-2-6"

    # Next time it is offered by name, beside the others and Custom.
    await chat.send("/breathe")
    assert "Your pattern (4-2-6)" in chat.labels()
    assert "✏️ Custom…" in chat.labels()
    replies = await chat.press("Your pattern (4-2-6)")
    assert replies[-1].startswith("Your pattern (4-2-6)\n")


async def test_custom_asks_each_part_and_refuses_unsafe_seconds_kindly(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await onboard(chat)
    await chat.send("/breathe")
    [question] = await chat.press("✏️ Custom…")
    assert question.startswith("Let's set your own pattern. Breathe in for how many seconds?")
    for typed, reason in [
        ("20", "Here a breath in or out lasts at most 12 seconds"),
        ("0", "A breath in or out needs at least 1 second."),
        ("slowly", "Please send a whole number of seconds, like 4."),
    ]:
        [reply] = await chat.send(typed)
        assert reply.startswith(reason)
        assert reply.endswith(question)
    await chat.send("5")
    hold_question = chat.last_text()
    [reply] = await chat.send("11")
    assert reply.startswith("Holds stay at 10 seconds or less")
    assert reply.endswith(hold_question)
    await chat.press("3")
    await chat.press("7")
    replies = await chat.press("0")
    assert replies[-1].startswith("Your pattern (5-3-7)\n")
    await chat.press("▶ In the chat")
    await chat.press("4")  # tension before
    await settle(clock, live)
    [row] = await sessions(database)
    assert row.pattern == "own:5-3-7"
    assert row.tension_before == 4
    assert await remembered(database) == "5-3-7"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("4 20 6", "Holds stay at 10 seconds or less"),
        ("4 2 16", "Here a breath in or out lasts at most 12 seconds"),
        ("4 6", "A pattern is three or four numbers"),
        ("deep", "Please use whole seconds, like 4 2 6"),
    ],
)
async def test_a_typed_pattern_out_of_bounds_gets_a_reason_and_the_choice(
    chat: Chat, database: Database, typed: str, reason: str
) -> None:
    await onboard(chat)
    replies = await chat.send(f"/breathe {typed}")
    assert replies[0].startswith(reason)
    assert replies[0].endswith("Pick one below, or tap Custom to set yours step by step.")
    assert replies[-1] == "Which kind of breathing would you like?"
    assert "✏️ Custom…" in chat.labels()
    assert await remembered(database) is None
    async with database.session() as session:
        assert (await session.scalars(select(ExerciseSession))).all() == []


async def test_typed_numbers_of_a_named_pattern_run_the_named_one(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    replies = await chat.send("/breathe 4 7 8")
    assert replies[-1].startswith("4-7-8 breathing\n4 rounds")
    await chat.press("Cancel")
    replies = await chat.send("/breathe 4-4-4-4")
    assert replies[-1].startswith("Box breathing\n")
    assert await remembered(database) is None
