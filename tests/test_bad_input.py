"""Every wrong, stale or forged input through the real Application: a kind reason, the same
question again, and no change of state."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest

from bot.features import discover
from bot.storage import Database
from bot.storage.models import Consent, FlowStateRow
from conversations import common, menu
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard, user_row

ZONE_Q = "Which time zone are you in?"
WAKE_Q = "What time do you usually wake up?"
BED_Q = "And the bedtime you're aiming for?"
CUTOFF_Q = "When should your last coffee"
CHECKIN_Q = "when shall I check in each evening?"
# In /settings they stand alone, not as the next of onboarding's questions.
SETTINGS_BED_Q = "What bedtime are you aiming for?"
SETTINGS_CHECKIN_Q = "When shall I check in each evening?"
WHAT_Q = "What would you like to change?"
BEGIN_Q = "If a muscle is twitching right now, we can calm it first"
LONG_TEXT = "blah " * 2000  # 10,000 characters


def help_text() -> str:
    return menu.help_text(discover().command_descriptions())


async def flow_row(database: Database, chat_id: int = 4242) -> tuple[Any, ...] | None:
    """The chat's flow_states row as plain values, read straight from the table."""
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
        if row is None:
            return None
        return (row.flow, row.step, dict(row.data or {}), list(row.history or []), row.seq)


def reasked(reason: str, question: str) -> str:
    """How a refused answer is answered: the reason, a blank line, the same question."""
    return f"{reason}\n\n{question}"


# --- getting to each step ------------------------------------------------------------------------

# (step, how to get past the step before it, what asking it looks like)
ONBOARDING = [
    ("begin", None, BEGIN_Q),
    ("consent", ("press", "Set me up"), "May I keep your check-ins"),
    ("time_zone", ("press", "Yes, keep them"), ZONE_Q),
    ("wake_time", ("send", "Berlin"), WAKE_Q),
    ("bedtime", ("press", "07:00"), BED_Q),
    ("caffeine_cutoff", ("press", "23:00"), CUTOFF_Q),
    ("checkin_time", ("press", "14:00"), CHECKIN_Q),
]
ONBOARDING_STEPS = [step for step, _, _ in ONBOARDING]
# A valid answer to each onboarding step, and what the bot asks (or says) next.
ONBOARDING_NEXT = {
    "begin": (("press", "Set me up"), "May I keep your check-ins"),
    "consent": (("press", "Yes, keep them"), ZONE_Q),
    "time_zone": (("send", "Berlin"), WAKE_Q),
    "wake_time": (("press", "07:00"), BED_Q),
    "bedtime": (("press", "23:00"), CUTOFF_Q),
    "caffeine_cutoff": (("press", "14:00"), CHECKIN_Q),
    "checkin_time": (("press", "21:00"), "All set."),
}

# Settings: what to tap on the first question, a valid answer, and what comes after it.
SETTINGS = {
    "what": (None, ("press", "Bedtime"), SETTINGS_BED_Q),
    "time_zone": ("Time zone", ("send", "Lisbon"), "Saved."),
    "wake_time": ("Wake time", ("press", "06:30"), "Saved."),
    "bedtime": ("Bedtime", ("press", "22:30"), "Saved."),
    "caffeine_cutoff": ("Caffeine cut-off", ("press", "13:00"), "Saved."),
    "checkin_time": ("Check-in time", ("press", "20:00"), "Saved."),
}
SETTINGS_QUESTION = {
    "what": WHAT_Q,
    "time_zone": ZONE_Q,
    "wake_time": WAKE_Q,
    "bedtime": SETTINGS_BED_Q,
    "caffeine_cutoff": CUTOFF_Q,
    "checkin_time": SETTINGS_CHECKIN_Q,
}
CLOCK_STEPS = ["wake_time", "bedtime", "caffeine_cutoff", "checkin_time"]


async def act(chat: Chat, action: tuple[str, str]) -> list[str]:
    kind, value = action
    return await (chat.press(value) if kind == "press" else chat.send(value))


async def to_onboarding_step(chat: Chat, step: str) -> str:
    """Start onboarding and answer until `step` is asked; returns the question as sent."""
    await chat.send("/start")
    for name, before, _ in ONBOARDING[1 : ONBOARDING_STEPS.index(step) + 1]:
        assert before is not None, name
        await act(chat, before)
    question = chat.last_text()
    assert {s: q for s, _, q in ONBOARDING}[step] in question
    return question


async def to_settings_step(chat: Chat, step: str) -> str:
    """Onboard (wake 07:00, bed 23:00, cut-off 14:00, check-in 21:00), open settings and
    choose `step`; returns the question as sent."""
    await onboard(chat)
    await chat.send("/settings")
    label = SETTINGS[step][0]
    if label is not None:
        await chat.press(label)
    question = chat.last_text()
    assert SETTINGS_QUESTION[step] in question
    return question


async def reach(chat: Chat, flow: str, step: str) -> str:
    return await (to_onboarding_step if flow == "onboarding" else to_settings_step)(chat, step)


def valid_answer(flow: str, step: str) -> tuple[tuple[str, str], str]:
    if flow == "onboarding":
        return ONBOARDING_NEXT[step]
    _, answer, after = SETTINGS[step]
    return answer, after


async def assert_still_asking(chat: Chat, flow: str, step: str) -> None:
    """The next valid answer still works: the flow had not moved."""
    answer, after = valid_answer(flow, step)
    replies = await act(chat, answer)
    assert any(after in reply for reply in replies), replies


EVERY_STEP = [("onboarding", step) for step in ONBOARDING_STEPS] + [
    ("settings", step) for step in SETTINGS
]
EVERY_CLOCK_STEP = [(flow, step) for flow, step in EVERY_STEP if step in CLOCK_STEPS]


# --- non-text and oversized input, at every step -------------------------------------------------


@pytest.mark.parametrize(("flow", "step"), EVERY_STEP)
async def test_sticker_photo_and_voice_get_a_reason_and_the_same_question(
    chat: Chat, database: Database, flow: str, step: str
) -> None:
    question = await reach(chat, flow, step)
    before = await flow_row(database)

    for send in (chat.sticker, chat.photo, chat.voice):
        replies = await send()
        assert replies == [reasked(common.only_text_here(), question)], send.__name__
        assert await flow_row(database) == before, send.__name__

    await assert_still_asking(chat, flow, step)


@pytest.mark.parametrize(("flow", "step"), EVERY_STEP)
async def test_a_10000_character_message_gets_a_short_reason_and_the_same_question(
    chat: Chat, database: Database, flow: str, step: str
) -> None:
    question = await reach(chat, flow, step)
    before = await flow_row(database)

    replies = await chat.send(LONG_TEXT)

    [reply] = replies
    reason, _, repeated = reply.partition("\n\n")
    assert repeated == question
    assert reason in (
        common.tap_a_button(),
        common.zone_not_found(),
        common.clock_time_expected(),
    )
    assert "blah blah" not in reply  # never echoed back
    assert await flow_row(database) == before
    await assert_still_asking(chat, flow, step)


# --- clock times ------------------------------------------------------------------------------


@pytest.mark.parametrize(("flow", "step"), EVERY_CLOCK_STEP)
async def test_unreadable_times_get_an_example_and_the_same_question(
    chat: Chat, database: Database, flow: str, step: str
) -> None:
    question = await reach(chat, flow, step)
    before = await flow_row(database)

    for typed in ("abc", "25:00", "7:60", "-1"):
        replies = await chat.send(typed)
        assert replies == [reasked(common.clock_time_expected(), question)], typed
        assert "7:30" in replies[0]  # an example of what works
        assert await flow_row(database) == before, typed

    await assert_still_asking(chat, flow, step)


@pytest.mark.parametrize("flow", ["onboarding", "settings"])
async def test_bedtime_making_a_two_hour_night_is_refused(
    chat: Chat, database: Database, flow: str
) -> None:
    question = await reach(chat, flow, "bedtime")
    before = await flow_row(database)

    [reply] = await chat.send("05:00")  # wake-up is 07:00

    reason, _, repeated = reply.partition("\n\n")
    assert repeated == question
    assert "07:00" in reason
    assert "a night of 2 h." in reason
    assert "3 to 14 hours" in reason
    assert await flow_row(database) == before
    await assert_still_asking(chat, flow, "bedtime")


@pytest.mark.parametrize("flow", ["onboarding", "settings"])
async def test_cutoff_too_close_to_bedtime_names_the_latest_allowed_time(
    chat: Chat, database: Database, flow: str
) -> None:
    question = await reach(chat, flow, "caffeine_cutoff")
    before = await flow_row(database)

    [reply] = await chat.send("18:00")  # bedtime is 23:00

    reason, _, repeated = reply.partition("\n\n")
    assert repeated == question
    assert "23:00" in reason
    assert "less than 8 hours before your 23:00 bedtime" in reason
    assert "Try 15:00 or earlier" in reason
    assert await flow_row(database) == before
    await assert_still_asking(chat, flow, "caffeine_cutoff")


@pytest.mark.parametrize("flow", ["onboarding", "settings"])
async def test_cutoff_exactly_eight_hours_before_bed_is_taken(
    chat: Chat, database: Database, flow: str
) -> None:
    await reach(chat, flow, "caffeine_cutoff")
    await chat.send("18:00")
    await chat.send("3pm")
    if flow == "onboarding":
        await chat.press("21:00")
    user = await user_row(database)
    assert user is not None
    assert user.caffeine_cutoff == time(15)


@pytest.mark.parametrize("flow", ["onboarding", "settings"])
async def test_check_in_while_asleep_is_refused(chat: Chat, database: Database, flow: str) -> None:
    question = await reach(chat, flow, "checkin_time")
    before = await flow_row(database)

    [reply] = await chat.send("2am")

    reason, _, repeated = reply.partition("\n\n")
    assert repeated == question
    assert "asleep (23:00–07:00)" in reason
    assert await flow_row(database) == before
    await assert_still_asking(chat, flow, "checkin_time")


async def test_check_in_refused_then_valid_is_what_gets_saved(
    chat: Chat, database: Database
) -> None:
    await to_onboarding_step(chat, "checkin_time")
    await chat.send("03:30")
    await chat.send("22:15")
    user = await user_row(database)
    assert user is not None
    assert user.checkin_time == time(22, 15)


# --- time zones and locations ------------------------------------------------------------------


@pytest.mark.parametrize("flow", ["onboarding", "settings"])
async def test_unknown_city_gets_a_reason_and_the_location_keyboard_again(
    chat: Chat, database: Database, flow: str
) -> None:
    question = await reach(chat, flow, "time_zone")
    before = await flow_row(database)

    replies = await chat.send("Qwertyland")

    assert replies == [reasked(common.zone_not_found(), question)]
    assert common.share_location_label() in chat.api.reply_keyboard(chat.user_id)
    assert await flow_row(database) == before
    await assert_still_asking(chat, flow, "time_zone")


async def test_utc_offset_with_minutes_resolves_to_kathmandu(
    chat: Chat, database: Database
) -> None:
    await to_onboarding_step(chat, "time_zone")
    replies = await chat.send("UTC+5:45")
    assert replies[0].startswith("Got it: Kathmandu (UTC+5:45).")
    assert "00:45" in replies[0]  # 19:00 UTC is 00:45 in Kathmandu
    assert WAKE_Q in replies[-1]
    for label in ("07:00", "23:00", "14:00", "21:00"):
        await chat.press(label)
    user = await user_row(database)
    assert user is not None
    assert user.time_zone == "Asia/Kathmandu"


@pytest.mark.parametrize("flow", ["onboarding", "settings"])
async def test_shared_location_sets_the_zone(chat: Chat, database: Database, flow: str) -> None:
    await reach(chat, flow, "time_zone")
    replies = await chat.location(52.52, 13.40)
    assert replies[0].startswith("Got it: Berlin (UTC+1).")
    assert chat.api.reply_keyboard(chat.user_id) == []
    if flow == "onboarding":
        assert WAKE_Q in replies[-1]
    else:
        assert replies[1].startswith("Saved.")
        user = await user_row(database)
        assert user is not None
        assert user.time_zone == "Europe/Berlin"


async def test_location_at_sea_gets_the_nautical_zone(chat: Chat) -> None:
    # Mid-Atlantic: no country's zone, but a real UTC-2 clock that reminders can follow.
    await to_onboarding_step(chat, "time_zone")
    replies = await chat.location(0.0, -30.0)
    assert replies[0].startswith("Got it: UTC−2.")
    assert "17:00" in replies[0]
    assert WAKE_Q in replies[-1]


@pytest.mark.parametrize(("latitude", "longitude"), [(95.0, 13.4), (52.5, 200.0)])
async def test_impossible_location_gets_a_reason_and_the_same_question(
    chat: Chat, database: Database, latitude: float, longitude: float
) -> None:
    question = await to_onboarding_step(chat, "time_zone")
    before = await flow_row(database)

    replies = await chat.location(latitude, longitude)

    assert replies == [reasked(common.location_not_usable(), question)]
    assert await flow_row(database) == before
    await assert_still_asking(chat, "onboarding", "time_zone")


@pytest.mark.parametrize("step", ["consent", "wake_time"])
async def test_location_on_a_step_that_is_not_about_place_is_refused(
    chat: Chat, database: Database, step: str
) -> None:
    question = await to_onboarding_step(chat, step)
    before = await flow_row(database)
    replies = await chat.location(52.52, 13.40)
    assert replies == [reasked(common.only_text_here(), question)]
    assert await flow_row(database) == before


# --- stale, finished and forged buttons ----------------------------------------------------------


async def test_stale_button_says_the_question_has_passed_and_asks_the_current_one(
    chat: Chat, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    consent_message = chat.api.latest_with_buttons(chat.user_id)
    await chat.press("Yes, keep them")
    question = chat.last_text()
    before = await flow_row(database)

    replies = await chat.press("No, thanks", message=consent_message)

    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    assert replies == [question]
    assert await flow_row(database) == before
    assert await user_row(database) is None  # "No, thanks" was not taken
    await assert_still_asking(chat, "onboarding", "time_zone")


async def test_stale_time_button_after_moving_on_is_not_taken(
    chat: Chat, database: Database
) -> None:
    await to_onboarding_step(chat, "wake_time")
    wake_message = chat.api.latest_with_buttons(chat.user_id)
    await chat.press("07:00")
    bed_question = chat.last_text()

    replies = await chat.press("08:30", message=wake_message)

    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    assert replies == [bed_question]
    row = await flow_row(database)
    assert row is not None
    assert row[1] == "bedtime"
    assert row[2]["wake_time"] == "07:00"


async def test_button_of_a_finished_flow_shows_the_menu(chat: Chat, database: Database) -> None:
    await to_onboarding_step(chat, "checkin_time")
    checkin_message = chat.api.latest_with_buttons(chat.user_id)
    await chat.press("21:00")

    replies = await chat.press("20:00", message=checkin_message)

    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    assert replies == ["What would you like to do?"]
    assert "⚙️ Settings" in chat.labels()
    user = await user_row(database)
    assert user is not None
    assert user.checkin_time == time(21)


async def test_button_of_a_cancelled_onboarding_is_not_taken(
    chat: Chat, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    consent_message = chat.api.latest_with_buttons(chat.user_id)
    await chat.send("/cancel")

    await chat.press("Yes, keep them", message=consent_message)

    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    # Between conversations nothing is kept about someone who has not signed up.
    assert await flow_row(database) is None
    assert await user_row(database) is None


@pytest.mark.parametrize(
    ("data", "toast"),
    [
        ("f99999:o1", "That question has passed."),
        ("garbage", "Sorry, I can't use that button."),
        ("m:go:onboarding", "Sorry, I can't use that button."),
        ("m:nonsense", "Sorry, I can't use that button."),
    ],
)
async def test_forged_button_during_onboarding_leaves_state_alone(
    chat: Chat, database: Database, data: str, toast: str
) -> None:
    question = await to_onboarding_step(chat, "wake_time")
    before = await flow_row(database)

    replies = await chat.press_data(data)

    assert chat.callback_answers()[-1].get("text") == toast
    assert replies in ([], [question])
    assert await flow_row(database) == before
    assert await user_row(database) is None
    await assert_still_asking(chat, "onboarding", "wake_time")


@pytest.mark.parametrize(
    ("data", "toast"),
    [
        ("f99999:o1", "That question has passed."),
        ("garbage", "Sorry, I can't use that button."),
        ("m:go:onboarding", "Sorry, I can't use that button."),
        ("m:go:nowhere", "Sorry, I can't use that button."),
        ("f1:o1\u0000", "Sorry, I can't use that button."),
    ],
)
async def test_forged_button_during_settings_leaves_state_and_profile_alone(
    chat: Chat, database: Database, data: str, toast: str
) -> None:
    await to_settings_step(chat, "bedtime")
    before = await flow_row(database)
    user_before = await user_row(database)
    assert user_before is not None

    await chat.press_data(data)

    assert chat.callback_answers()[-1].get("text") == toast
    assert await flow_row(database) == before
    user = await user_row(database)
    assert user is not None
    assert (user.bedtime, user.onboarded_at) == (user_before.bedtime, user_before.onboarded_at)


async def test_forged_current_seq_with_an_option_that_was_never_offered(
    chat: Chat, database: Database
) -> None:
    question = await to_onboarding_step(chat, "begin")
    before = await flow_row(database)
    assert before is not None
    seq = before[4]

    for data in (f"f{seq}:o7", f"f{seq}:t0", f"f{seq}:d", f"f{seq}:b"):
        replies = await chat.press_data(data)
        assert replies == [reasked(common.tap_a_button(), question)], data
    replies = await chat.press_data(f"f{seq}:s")
    assert replies == [reasked(common.not_skippable(), question)]
    assert await flow_row(database) == before


async def test_garbage_button_from_a_stranger_creates_nothing(
    chat: Chat, database: Database
) -> None:
    replies = await chat.press_data("garbage")
    assert replies == []
    assert chat.callback_answers()[-1]["text"] == "Sorry, I can't use that button."
    assert await flow_row(database) is None
    assert await user_row(database) is None


# --- /cancel -------------------------------------------------------------------------------------


async def test_cancel_inside_onboarding_stops_it_and_keeps_nothing(
    chat: Chat, database: Database
) -> None:
    await to_onboarding_step(chat, "bedtime")

    replies = await chat.send("/cancel")

    assert replies == [menu.cancelled_before_setup()]
    assert await flow_row(database) is None
    assert await user_row(database) is None
    replies = await chat.send("/start")
    assert BEGIN_Q in replies[-1]  # from the top, not mid-way


async def test_cancel_inside_onboarding_removes_the_location_keyboard(chat: Chat) -> None:
    await to_onboarding_step(chat, "time_zone")
    assert chat.api.reply_keyboard(chat.user_id)
    await chat.send("/cancel")
    assert chat.api.reply_keyboard(chat.user_id) == []


async def test_cancel_inside_settings_keeps_the_old_profile(
    chat: Chat, database: Database
) -> None:
    await to_settings_step(chat, "caffeine_cutoff")

    replies = await chat.send("/cancel")

    assert replies == [menu.cancelled()]
    assert "⚙️ Settings" in chat.labels()
    row = await flow_row(database)
    assert row is not None
    assert row[0] is None
    user = await user_row(database)
    assert user is not None
    assert user.caffeine_cutoff == time(14)


async def test_cancel_after_an_answer_inside_settings_does_not_save_it(
    chat: Chat, database: Database
) -> None:
    await to_settings_step(chat, "bedtime")
    await chat.send("19:30")  # cut-off and check-in are asked next
    await chat.send("/cancel")
    user = await user_row(database)
    assert user is not None
    assert user.bedtime == time(23)


async def test_cancel_inside_settings_removes_the_location_keyboard(chat: Chat) -> None:
    await to_settings_step(chat, "time_zone")
    assert chat.api.reply_keyboard(chat.user_id)
    await chat.send("/cancel")
    assert chat.api.reply_keyboard(chat.user_id) == []


async def test_cancel_outside_a_flow_for_an_onboarded_user_shows_the_menu(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    before = await flow_row(database)
    replies = await chat.send("/cancel")
    assert replies == [menu.nothing_to_cancel()]
    assert "⚙️ Settings" in chat.labels()
    assert await flow_row(database) == before


async def test_cancel_before_ever_starting_does_not_start_onboarding(
    chat: Chat, database: Database
) -> None:
    replies = await chat.send("/cancel")
    assert replies == [menu.nothing_to_cancel()]
    assert await flow_row(database) is None  # nothing kept before sign-up
    assert await user_row(database) is None


# --- outside any flow, commands and /help --------------------------------------------------------


@pytest.mark.parametrize("send", ["text", "sticker"])
async def test_message_outside_a_flow_shows_the_menu(chat: Chat, send: str) -> None:
    await onboard(chat)
    # A bare "ok" says nothing to answer or keep (what people say is in test_small_talk.py).
    replies = await (chat.send("ok") if send == "text" else chat.sticker())
    assert replies == ["What would you like to do?"]
    assert {"⚙️ Settings", "❓ Help"} <= set(chat.labels())


async def test_unknown_command_shows_help(chat: Chat, database: Database) -> None:
    await onboard(chat)
    before = await flow_row(database)
    replies = await chat.send("/frobnicate")
    assert replies == [menu.unknown_command(), help_text()]
    assert "/settings" in replies[1]
    assert "/cancel" in replies[1]
    assert await flow_row(database) == before


async def test_unknown_command_before_onboarding_does_not_start_it(
    chat: Chat, database: Database
) -> None:
    replies = await chat.send("/frobnicate")
    assert replies == [menu.unknown_command(), help_text()]
    assert await user_row(database) is None


async def test_unknown_command_inside_a_flow_repeats_the_question(
    chat: Chat, database: Database
) -> None:
    question = await to_onboarding_step(chat, "wake_time")
    replies = await chat.send("/frobnicate")
    assert replies[-1] == question


async def test_help_before_onboarding_does_not_start_it(chat: Chat, database: Database) -> None:
    replies = await chat.send("/help")
    assert replies == [help_text()]
    assert "not a doctor" in replies[0]
    assert await flow_row(database) is None  # nothing kept before sign-up
    assert await user_row(database) is None


@pytest.mark.parametrize(("flow", "step"), [("onboarding", "bedtime"), ("settings", "time_zone")])
async def test_help_inside_a_flow_shows_help_and_the_same_question(
    chat: Chat, database: Database, flow: str, step: str
) -> None:
    question = await reach(chat, flow, step)
    before = await flow_row(database)

    replies = await chat.send("/help")

    assert replies == [help_text(), question]
    assert await flow_row(database) == before
    await assert_still_asking(chat, flow, step)


async def test_help_button_inside_a_flow_shows_help_and_the_same_question(
    chat: Chat, database: Database
) -> None:
    question = await to_onboarding_step(chat, "wake_time")
    replies = await chat.press_data("m:help")
    assert replies == [help_text(), question]


# --- typed labels and Back ---------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["yes, keep them", "Yes keep them!", "YES, KEEP THEM"])
async def test_typed_consent_label_is_accepted(chat: Chat, typed: str) -> None:
    await chat.send("/start")
    await chat.send("set me up")
    replies = await chat.send(typed)
    assert ZONE_Q in replies[-1]


async def test_typed_decline_label_is_accepted(chat: Chat, database: Database) -> None:
    await chat.send("/start")
    await chat.send("Set me up")
    await chat.send("no thanks")
    user = await user_row(database)
    assert user is not None
    assert user.consent is Consent.DECLINED


async def test_typed_settings_choice_is_accepted(chat: Chat) -> None:
    await to_settings_step(chat, "what")
    replies = await chat.send("caffeine cut-off")
    assert CUTOFF_Q in replies[-1]


async def test_typed_onboarding_all_the_way_through(chat: Chat, database: Database) -> None:
    await chat.send("/start")
    for typed in ("set me up", "Yes, keep them", "lisbon", "6:45am", "10.30 pm", "2pm", "9pm"):
        await chat.send(typed)
    user = await user_row(database)
    assert user is not None
    assert user.time_zone == "Europe/Lisbon"
    assert (user.wake_time, user.bedtime) == (time(6, 45), time(22, 30))
    assert (user.caffeine_cutoff, user.checkin_time) == (time(14), time(21))


async def test_back_button_returns_to_the_previous_question(
    chat: Chat, database: Database
) -> None:
    wake_question = await to_onboarding_step(chat, "wake_time")
    await chat.press("07:00")

    replies = await chat.press("← Back")

    assert replies == [wake_question]
    row = await flow_row(database)
    assert row is not None
    assert row[1] == "wake_time"
    await chat.press("06:30")
    assert BED_Q in chat.last_text()
    for label in ("23:00", "14:00", "21:00"):
        await chat.press(label)
    user = await user_row(database)
    assert user is not None
    assert user.wake_time == time(6, 30)


async def test_back_from_the_wake_question_asks_the_zone_with_its_keyboard(chat: Chat) -> None:
    await to_onboarding_step(chat, "wake_time")
    replies = await chat.press("← Back")
    assert ZONE_Q in replies[-1]
    keys = chat.api.reply_keyboard(chat.user_id)
    assert common.share_location_label() in keys
    assert keys[-1] == "← Back"


async def test_back_key_of_the_zone_keyboard_returns_to_consent(chat: Chat) -> None:
    await to_onboarding_step(chat, "time_zone")
    replies = await chat.send("← Back")
    assert "May I keep your check-ins" in replies[-1]
    # Not the first question any more (it comes after "set me up"): Back, not Cancel.
    assert chat.labels() == ["Yes, keep them", "No, thanks", "← Back"]


async def test_stale_button_after_back_is_not_taken(chat: Chat, database: Database) -> None:
    await to_onboarding_step(chat, "bedtime")
    bed_message = chat.api.latest_with_buttons(chat.user_id)
    await chat.press("← Back")
    await chat.press("← Back", message=bed_message)  # a double tap on the old Back
    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    row = await flow_row(database)
    assert row is not None
    assert row[1] == "wake_time"


# --- settings: dependent answers ----------------------------------------------------------------


async def test_settings_bedtime_that_breaks_the_cutoff_asks_the_cutoff_again(
    chat: Chat, database: Database
) -> None:
    await to_settings_step(chat, "bedtime")

    replies = await chat.send("19:30")  # 14:00 is now only 5½ hours before bed

    assert CUTOFF_Q in replies[-1]
    assert "With a 19:30 bedtime, that means 11:30 at the latest." in replies[-1]
    assert "14:00" not in chat.labels()
    [reply] = await chat.send("14:00")  # the old cut-off is refused too
    assert "Try 11:30 or earlier" in reply
    await chat.send("11:00")
    assert SETTINGS_CHECKIN_Q in chat.last_text()  # 21:00 is after the new bedtime
    await chat.send("18:30")
    assert chat.last_text() == "What would you like to do?"
    user = await user_row(database)
    assert user is not None
    assert (user.bedtime, user.caffeine_cutoff, user.checkin_time) == (
        time(19, 30),
        time(11),
        time(18, 30),
    )


async def test_settings_bedtime_that_keeps_the_cutoff_saves_at_once(
    chat: Chat, database: Database
) -> None:
    await to_settings_step(chat, "bedtime")
    replies = await chat.send("22:00")
    assert replies[0].startswith("Saved.")
    user = await user_row(database)
    assert user is not None
    assert (user.bedtime, user.caffeine_cutoff) == (time(22), time(14))


async def test_settings_wake_time_that_breaks_the_night_is_not_saved_silently(
    chat: Chat, database: Database
) -> None:
    await to_settings_step(chat, "wake_time")
    replies = await chat.send("16:00")
    assert "night of" in replies[-1] or BED_Q in replies[-1]


async def test_settings_answers_abandoned_with_back_are_not_saved(
    chat: Chat, database: Database
) -> None:
    await to_settings_step(chat, "bedtime")
    await chat.send("19:30")  # asks the cut-off next
    await chat.press("← Back")  # back to bedtime
    await chat.press("← Back")  # back to "what would you like to change?"
    await chat.press("Wake time")
    replies = await chat.send("07:00")
    assert replies[0].startswith("Saved.")
    user = await user_row(database)
    assert user is not None
    assert user.bedtime == time(23)


# --- typed command arguments ------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["/pause ²", "/history ²", "/insights ²", "/snooze checkin_²", "/pause ⑶"]
)
async def test_a_digit_int_cannot_read_in_a_command_argument_is_refused_not_a_crash(
    chat: Chat, database: Database, typed: str
) -> None:
    # "²" and "⑶" pass str.isdigit() but int() refuses them.
    await onboard(chat)

    replies = await chat.send(typed)

    assert replies
    assert not any("went wrong" in reply for reply in replies), replies
    user = await user_row(database)
    assert user is not None
    assert user.paused_until is None


@pytest.mark.parametrize("typed", ["/history ٢", "/history ２"])
async def test_history_page_in_arabic_indic_or_fullwidth_digits_is_that_page(
    chat: Chat, typed: str
) -> None:
    await onboard(chat)
    assert (await chat.send(typed))[0] == (await chat.send("/history 2"))[0]


# --- invisible marks inside an answer -----------------------------------------------------------
# Right-to-left keyboards put direction marks (U+200F, U+200E, U+061C) around digits, and copied
# text carries zero-width spaces (U+200B) and byte-order marks (U+FEFF): none of them is part of
# what was meant.


@pytest.mark.parametrize(
    "typed", ["\u200f07:30", "07:\u200e30", "7\u200b:30", "\ufeff07:30\u061c"]
)
async def test_a_time_with_direction_marks_or_zero_width_spaces_is_read(
    chat: Chat, database: Database, typed: str
) -> None:
    await to_onboarding_step(chat, "wake_time")

    replies = await chat.send(typed)

    assert BED_Q in replies[-1], replies
    row = await flow_row(database)
    assert row is not None
    assert row[2]["wake_time"] == "07:30"


@pytest.mark.parametrize("typed", ["\u200fBerlin", "Ber\u200blin", "UTC\u200e+1"])
async def test_a_zone_with_direction_marks_or_zero_width_spaces_is_read(
    chat: Chat, typed: str
) -> None:
    await to_onboarding_step(chat, "time_zone")

    replies = await chat.send(typed)

    assert WAKE_Q in replies[-1], replies


@pytest.mark.parametrize("typed", ["/pause 5", "/pause tomorrow", "/pause -1", "m:pause:99"])
async def test_typed_pause_for_a_length_not_offered_names_the_lengths_and_asks_again(
    chat: Chat, database: Database, typed: str
) -> None:
    await onboard(chat)

    # A forged length on a pause button is answered the same way.
    send = chat.press_data if typed.startswith("m:") else chat.send
    [reply] = await send(typed)

    assert reply == (
        "I can pause them for one of these lengths — pick one below.\n\n"
        "Pause all reminders for how long?"
    )
    assert "button" not in reply
    assert chat.labels()[:4] == ["1 day", "3 days", "7 days", "Until I turn them back on"]
    user = await user_row(database)
    assert user is not None
    assert user.paused_until is None


@pytest.mark.parametrize("typed", ["/pause 3 days", "/pause 3 Tage", "/pause ３"])
async def test_typed_pause_with_a_number_of_days_offered_pauses(chat: Chat, typed: str) -> None:
    await onboard(chat)
    [reply] = await chat.send(typed)
    assert reply.startswith("⏸ Reminders are paused until Sat 28 Nov")
