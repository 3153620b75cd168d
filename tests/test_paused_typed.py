"""Typed answers at the paused prompt (after crisis words mid-flow), in every interface
language: carry-on and yes words go back to the question, no and stop words leave the flow,
anything else gets the prompt again. Safety and the direct question come first."""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import StillpointApp
from bot.storage import Database
from bot.storage.models import FlowStateRow
from bot.transport.updates import UpdateFactory
from conversations import menu, safety_answers
from conversations.i18n import use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard

CRISIS = {
    "en": "I want to kill myself",
    "de": "ich will mich umbringen",
    "es": "quiero suicidarme",
    "fr": "je veux me suicider",
    "pt": "quero me matar",
    "ru": "хочу покончить с собой",
}
RESUME_WORDS = [
    ("en", "carry on"),
    ("en", "Yes"),
    ("en", "continue"),
    ("de", "weiter"),
    ("de", "Ja!"),
    ("de", "Ich möchte weitermachen"),  # the button's label, typed out
    ("es", "sigamos"),
    ("es", "sí"),
    ("fr", "On continue"),
    ("fr", "oui"),
    ("pt", "continuar"),
    ("pt", "sim"),
    ("ru", "продолжить"),
    ("ru", "да"),
]
STOP_WORDS = [
    ("en", "no"),
    ("en", "Stop here for now"),
    ("de", "nein"),
    ("de", "abbrechen"),
    ("es", "no gracias"),
    ("es", "Dejarlo aquí por ahora"),
    ("fr", "non"),
    ("fr", "Arrêter là pour l’instant"),
    ("pt", "não"),
    ("pt", "parar por agora"),
    ("ru", "нет"),
    ("ru", "Пока остановимся"),
]
AMBIGUOUS = "I can't do this anymore"
BERLIN_LINE = "TelefonSeelsorge"


async def state(database: Database, chat_id: int) -> dict[str, Any] | None:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
        if row is None:
            return None
        return {
            "flow": row.flow,
            "step": row.step,
            "data": dict(row.data or {}),
            "paused": row.paused,
        }


def chat_in(app: StillpointApp, api: FakeBotApi, language: str) -> Chat:
    user = 7100 + sorted(CRISIS).index(language)
    return Chat(app, api, user_id=user, factory=UpdateFactory(app.bot, language=language))


async def paused_at_wake_time(chat: Chat, database: Database, language: str) -> tuple[str, Any]:
    """Set-up in `language` up to the wake-up question (consent and zone answered), then
    crisis words: the flow pauses. Returns the question and the state before the words."""
    await chat.send("/start")
    await chat.press_data(chat.buttons()[1][1])  # "Set me up"
    await chat.press_data(chat.buttons()[0][1])  # "Yes, keep them"
    question = (await chat.send("Berlin"))[-1]
    before = await state(database, chat.user_id)
    assert before is not None
    assert before["step"] == "wake_time"
    assert len(await chat.send(CRISIS[language])) == 1  # the resources, nothing else
    with use_language(language):
        assert chat.labels() == [menu.carry_on_label(), menu.stop_here_label()]
    after = await state(database, chat.user_id)
    assert after is not None
    assert after["paused"]
    return question, before


@pytest.mark.parametrize(("language", "word"), RESUME_WORDS)
async def test_a_typed_carry_on_goes_back_to_the_question_with_nothing_lost(
    app: StillpointApp, api: FakeBotApi, database: Database, language: str, word: str
) -> None:
    chat = chat_in(app, api, language)
    question, before = await paused_at_wake_time(chat, database, language)
    assert await chat.send(word) == [question]
    after = await state(database, chat.user_id)
    assert after is not None
    assert not after["paused"]
    assert after["step"] == before["step"]
    assert after["data"] == before["data"]  # consent and zone, as they were


@pytest.mark.parametrize(("language", "word"), STOP_WORDS)
async def test_a_typed_no_or_stop_leaves_the_flow_as_stop_here_does(
    app: StillpointApp, api: FakeBotApi, database: Database, language: str, word: str
) -> None:
    chat = chat_in(app, api, language)
    await paused_at_wake_time(chat, database, language)
    replies = await chat.send(word)
    with use_language(language):
        assert replies == [menu.cancelled_before_setup()]
    after = await state(database, chat.user_id)
    assert after is None or (after["flow"] is None and not after["paused"])


# An answer to the paused question is not taken either ("07:00").
@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "hmm"), ("de", "07:00"), ("ru", "не знаю"), ("ru", "может быть")],
)
async def test_anything_else_gets_the_pause_prompt_again(
    app: StillpointApp, api: FakeBotApi, database: Database, language: str, text: str
) -> None:
    chat = chat_in(app, api, language)
    question, before = await paused_at_wake_time(chat, database, language)
    with use_language(language):
        prompt, labels = menu.paused_prompt(), [menu.carry_on_label(), menu.stop_here_label()]
    assert await chat.send(text) == [prompt]
    assert chat.labels() == labels
    after = await state(database, chat.user_id)
    assert after is not None
    assert after["paused"]
    assert after["data"] == before["data"]
    # And carrying on still works after that.
    assert await chat.send("carry on") == [question]


async def test_crisis_words_at_the_pause_get_the_crisis_answer_not_the_question(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.send("I want to kill myself")
    [answer] = await chat.send("yes, I want to kill myself")
    assert BERLIN_LINE in answer
    after = await state(database, chat.user_id)
    assert after is not None
    assert after["paused"]


@pytest.mark.parametrize(
    ("answer", "then"),
    [
        *((yes, "weiter") for yes in ("yes", "ja", "sí", "oui", "sim", "да")),
        # Carrying on without answering is not a "no": it is taken as "I'd rather not say"
        # (the help is given, nothing more is asked), and the next carry-on goes back.
        *((word, word) for word in ("carry on", "weiter", "продолжить")),
    ],
)
async def test_yes_or_moving_on_at_the_direct_question_gets_help_then_the_pause_carries_on(
    chat: Chat, database: Database, answer: str, then: str
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    before = await state(database, chat.user_id)
    assert before is not None
    await chat.send(AMBIGUOUS)
    [helped] = await chat.send(answer)
    assert BERLIN_LINE in helped
    assert chat.labels() == ["I'd like to carry on", "Stop here for now"]
    waiting = await state(database, chat.user_id)
    assert waiting is not None
    assert waiting["paused"]
    assert safety_answers.ASKED not in waiting["data"]
    assert safety_answers.HELD not in waiting["data"]  # the ambiguous words are not kept
    # Now the pause is what waits: carrying on is typed, and the check-in keeps its answer.
    replies = await chat.send(then)
    assert replies[-1].startswith("Where did you notice it?")
    after = await state(database, chat.user_id)
    assert after is not None
    assert not after["paused"]
    assert after["data"] == before["data"]
