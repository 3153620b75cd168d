"""Answers that fit what safety read, through the real Application: panic with no danger sign
gets one question first (panic they know → the calm minute at once; something new → the
country's number), typed or tapped; someone else in danger gets the bystander's answer; an
overdose already taken gets the number and the crisis lines; every emergency offers Menu."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import ExerciseSession, FlowStateRow
from bot.transport.exercises import live_exercises_of
from bot.transport.updates import UpdateFactory
from conversations import menu, safety_answers
from conversations.i18n import _, use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.auxil.live import settle
from tests.test_onboarding import onboard

PANIC = "I feel like I can't breathe and my heart is racing"
PANIC_IN = {
    "de": "Ich kriege keine Luft und mein Herz rast, ich habe Panik",
    "es": "siento que no puedo respirar y el corazón me va a mil",
}
COLLAPSED = "my dad collapsed and isnt breathing"
OVERDOSE = "took the whole pack an hour ago"
BERLIN_LINE = "TelefonSeelsorge"


async def state(database: Database, chat_id: int) -> dict[str, Any] | None:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
        if row is None:
            return None
        return {"flow": row.flow, "data": dict(row.data or {}), "paused": row.paused}


async def exercises_started(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(ExerciseSession)) or 0)


def question() -> str:
    return safety_answers.panic_question().text


def calm_line() -> str:
    return safety_answers.calm_now()


async def test_panic_is_asked_one_question_first_not_told_to_call(chat: Chat) -> None:
    await onboard(chat)
    replies = await chat.send(PANIC)
    assert replies == [question()]
    assert "112" not in replies[0]
    assert chat.labels() == ["Panic I've had before", "Something new", "Menu"]


@pytest.mark.parametrize("how", ["tap", "familiar", "yes", "the usual", "Panic I've had before"])
async def test_familiar_panic_gets_the_calm_minute_at_once(
    chat: Chat, database: Database, how: str
) -> None:
    await onboard(chat)
    await chat.send(PANIC)
    replies = await (chat.press("Panic I've had before") if how == "tap" else chat.send(how))
    assert replies[0] == calm_line()
    assert await exercises_started(database) == 1
    after = await state(database, chat.user_id)
    assert after is None or (not after["paused"] and safety_answers.TRIAGE not in after["data"])


@pytest.mark.parametrize("how", ["tap", "it's new", "no", "not sure", "Something new"])
async def test_something_new_gets_the_number_to_call(
    chat: Chat, database: Database, how: str
) -> None:
    await onboard(chat)  # Berlin
    await chat.send(PANIC)
    replies = await (chat.press("Something new") if how == "tap" else chat.send(how))
    assert len(replies) == 1
    assert "Please call 112 now" in replies[0]
    assert chat.labels() == ["Menu"]
    assert await exercises_started(database) == 0


@pytest.mark.parametrize(("language", "words"), sorted(PANIC_IN.items()))
async def test_panic_in_other_languages_is_asked_in_theirs(
    app: StillpointApp, api: FakeBotApi, language: str, words: str
) -> None:
    chat = Chat(app, api, user_id=7300, factory=UpdateFactory(app.bot, language=language))
    replies = await chat.send(words)
    with use_language(language):
        assert replies == [question()]
        new = _("Something new")
    assert new in chat.labels()
    replies = await chat.press(new)
    assert "112" in replies[0]


async def test_other_words_at_the_panic_question_are_read_as_new(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send(PANIC)
    asked = chat.api.latest_with_buttons(chat.user_id)
    replies = await chat.send("thanks")
    assert replies == ["You're welcome. I'm here whenever you need me."]
    after = await state(database, chat.user_id)
    assert after is None or safety_answers.TRIAGE not in after["data"]
    # The question's buttons still answer it when tapped later.
    replies = await chat.press("Something new", asked)
    assert "Please call 112 now" in replies[0]


async def test_a_danger_sign_typed_at_the_panic_question_gets_the_number(chat: Chat) -> None:
    await onboard(chat)
    await chat.send(PANIC)
    [reply] = await chat.send("now chest pain spreading to my left arm")
    assert "Please call 112 now" in reply


async def test_panic_mid_checkin_waits_and_the_checkin_carries_on_after(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    assert await chat.send(PANIC) == [question()]
    replies = await chat.press("Panic I've had before")
    assert replies[0] == calm_line()
    # The calm minute's runner sends its first step on its own: let it, before typing again.
    await settle(clock, live_exercises_of(chat.app))
    after = await state(database, chat.user_id)
    assert after is not None
    assert (after["flow"], after["paused"]) == ("checkin", True)
    assert await chat.send("better now") == [menu.paused_prompt()]
    replies = await chat.press("I'd like to carry on")
    assert replies[-1].startswith("Where did you notice it?")


@pytest.mark.parametrize("data", ["m:panic", "m:panic:maybe", "m:panic:familiar:x"])
async def test_a_forged_panic_answer_is_refused(chat: Chat, database: Database, data: str) -> None:
    await onboard(chat)
    await chat.send(PANIC)
    await chat.press_data(data)
    refused = chat.callback_answers()[-1].get("text") == menu.refused_button()
    assert refused or chat.last_text() == menu.refused_button()
    assert await exercises_started(database) == 0


# --- someone else, an overdose -------------------------------------------------------------------


async def test_someone_else_collapsing_gets_the_bystander_answer(chat: Chat) -> None:
    await onboard(chat)  # Berlin: 112
    [reply] = await chat.send(COLLAPSED)
    assert "Please call 112 now and stay with them." in reply
    assert "the dispatcher will talk you through CPR" in reply
    assert chat.labels() == ["Menu"]


async def test_the_bystander_answer_gives_the_country_of_the_person(
    app: StillpointApp, api: FakeBotApi
) -> None:
    # Not set up: the country comes from Telegram's language, en-US.
    chat = Chat(app, api, user_id=7301, factory=UpdateFactory(app.bot, language="en-US"))
    [reply] = await chat.send("my friend is having a seizure and wont wake up")
    assert "Please call 911 now and stay with them." in reply


async def test_someone_else_mid_flow_keeps_the_flow_on_hold_with_menu(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    [reply] = await chat.send(COLLAPSED)
    assert "CPR" in reply
    assert chat.labels() == ["Menu"]
    after = await state(database, chat.user_id)
    assert after is not None
    assert (after["flow"], after["paused"]) == ("checkin", True)


async def test_an_overdose_taken_gets_the_number_then_the_crisis_lines(chat: Chat) -> None:
    await onboard(chat)
    [reply] = await chat.send(OVERDOSE)
    assert reply.startswith("Please call 112 now, even if you feel all right at the moment.")
    assert reply.index("112") < reply.index(BERLIN_LINE)
    assert chat.labels() == ["Menu"]
