"""Every conversation's first question has a Cancel button that does what /cancel does, and
the answers that end a reminders or export conversation carry a way back to the menu."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import FlowStateRow
from bot.transport.exercises import LiveExercises
from conversations import menu
from tests.auxil.chat import Chat
from tests.auxil.live import TimedBotApi, run_for
from tests.test_live_exercises import sessions, start_478
from tests.test_onboarding import onboard

CANCEL = "Cancel"


async def flow_of(database: Database, chat: Chat) -> str | None:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat.user_id)
    return row.flow if row else None


async def open_by_command(chat: Chat, text: str) -> None:
    await chat.send(text)


async def open_by_button(chat: Chat, data: str) -> None:
    await chat.press_data(data)


FIRST_STEPS = [
    ("breathe", "/breathe", "Which kind of breathing"),
    ("relax", "/relax", "Muscle relaxation, head to toes"),
    ("journal", "/journal", ""),
    ("settings", "/settings", ""),
    ("checkin", "/checkin", "How was the twitching"),
    ("quiet", "m:go:quiet", "From what time should I stay quiet"),
    ("remtime", "m:go:remtime_checkin", "What time should “Evening check-in” come"),
    ("sleeplog", "m:go:sleeplog", "Roughly when did you fall asleep"),
    ("coffee_earlier", "m:go:coffee", "What time was it"),
]


@pytest.mark.parametrize(("flow", "opening", "question"), FIRST_STEPS)
async def test_the_first_question_has_cancel_and_it_leaves_the_flow(
    chat: Chat, database: Database, clock: FakeClock, flow: str, opening: str, question: str
) -> None:
    clock.set(datetime(2026, 11, 26, 18, 0, tzinfo=UTC))  # 19:00 in Berlin
    await onboard(chat)
    if opening.startswith("/"):
        await open_by_command(chat, opening)
    else:
        await open_by_button(chat, opening)
    assert question in chat.last_text()
    assert CANCEL in chat.labels()
    assert await flow_of(database, chat) is not None

    replies = await chat.press(CANCEL)

    assert replies == [menu.cancelled()]
    assert "📝 Check in" in chat.labels()  # the main menu came with it
    assert await flow_of(database, chat) is None
    # What comes next is an ordinary message outside any flow: a greeting, not the question.
    assert await chat.send("hello there") == ["Hello! 🌿 What would help right now?"]


async def test_cancel_on_a_question_that_has_passed_is_refused_and_the_flow_goes_on(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    first = chat.api.latest_with_buttons(chat.user_id)
    await chat.press("Mild")
    replies = await chat.press(CANCEL, first)
    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    assert replies[-1] == "Where did you notice it?"
    assert await flow_of(database, chat) == "checkin"
    assert CANCEL not in chat.labels()  # a later question has Back instead
    assert "← Back" in chat.labels()


async def test_a_forged_cancel_outside_any_flow_only_shows_the_menu(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    replies = await chat.press_data("f999:x")
    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    assert replies == ["What would you like to do?"]
    assert await flow_of(database, chat) is None


async def test_cancel_before_setup_ends_setup_kindly(chat: Chat, database: Database) -> None:
    await chat.send("/start")
    replies = await chat.press(CANCEL)
    assert replies == [menu.cancelled_before_setup()]
    assert await flow_of(database, chat) is None


async def test_flows_whose_first_question_is_a_way_out_get_no_second_cancel(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/language")
    assert chat.labels().count(CANCEL) == 1  # the language list's own Cancel
    await chat.press(CANCEL)
    await chat.send("/delete")
    assert chat.labels() == ["Yes, delete everything", "No, keep my data"]


# --- a live exercise stops too ----------------------------------------------------------------


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    return TimedBotApi(clock)


async def test_cancel_on_a_first_question_also_stops_a_live_exercise(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database, api: TimedBotApi
) -> None:
    await start_478(chat, clock, live)
    await run_for(clock, 5, live)
    await chat.send("/journal")
    replies = await chat.press(CANCEL)
    assert replies[0] == "Stopped."
    assert menu.cancelled() in replies
    await run_for(clock, 3, live)
    [row] = await sessions(database)
    assert row.status == "stopped"
    assert live.running() == []


# --- Menu on reminders and export answers -------------------------------------------------------


async def test_reminders_answers_carry_a_menu_button(chat: Chat, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 26, 11, 0, tzinfo=UTC))  # 12:00 in Berlin
    await onboard(chat)
    for action in ("/reminders", "/pause"):
        await chat.send(action)
        assert ("Menu", "m:menu") in chat.buttons(), action
    await chat.press("1 day")
    assert ("Menu", "m:menu") in chat.buttons()
    await chat.press("▶️ Resume now")
    assert chat.last_text() == "▶️ Reminders are back on."
    assert ("Menu", "m:menu") in chat.buttons()
    await chat.press_data("m:pause:resume")
    assert chat.last_text() == "Your reminders aren't paused."
    assert ("Menu", "m:menu") in chat.buttons()
    await chat.send("/nap")
    assert ("Menu", "m:menu") in chat.buttons()
    replies = await chat.press("Menu")
    assert replies == ["What would you like to do?"]


async def test_quiet_hours_and_sleep_log_answers_carry_a_menu_button(
    chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))  # 09:00 in Berlin
    await onboard(chat)
    await chat.press_data("m:go:quiet")
    await chat.send("23:30")
    await chat.send("06:30")
    assert chat.last_text().startswith("Quiet hours are now 23:30–06:30")
    assert ("Menu", "m:menu") in chat.buttons()
    await chat.press_data("m:go:sleeplog")
    await chat.send("23:40")
    await chat.send("06:50")
    assert chat.last_text() == "Thanks — noted. Have a gentle day."
    assert ("Menu", "m:menu") in chat.buttons()


async def test_the_export_answer_carries_a_menu_button(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/export")
    intro = next(m for m in reversed(chat.api.sent) if (m.text or "").startswith("Here is"))
    assert ("Menu", "m:menu") in chat.buttons(intro)
