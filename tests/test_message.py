"""One reading per typed message (bot.core.message): what safety makes of the words, the short
answer they are and what they are about; and through the real Application, one reading per
typed message whatever question the chat waits on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.app import StillpointApp
from bot.core import message
from bot.core.intents import Intent
from bot.core.safety import Concern
from bot.core.typed import Word
from bot.transport import groups, turns
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard


@pytest.mark.parametrize(
    ("text", "word", "command"),
    [
        ("Yes!", Word.YES, None),
        ("abbrechen", Word.CANCEL, "cancel"),
        ("меню", Word.MENU, "menu"),
        ("the usual", Word.FAMILIAR, None),
        ("no estoy segura", Word.NEW, None),
        ("my eyelid is twitching", None, None),
    ],
)
def test_the_short_answer_and_the_command(
    text: str, word: Word | None, command: str | None
) -> None:
    read = message.read(text)
    assert (read.word, read.command) == (word, command)


@pytest.mark.parametrize(
    ("text", "bare"),
    [("ok", True), ("👍", True), ("...", True), ("thanks", False), ("hmm", False)],
)
def test_bare_is_nothing_but_the_way_on(text: str, bare: bool) -> None:
    assert message.read(text).bare is bare


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("atmen", True),
        ("I can't sleep", True),
        ("twitching right now", True),
        ("so anxious", True),
        ("thanks", False),
        ("check in", False),
        ("is coffee bad for twitching?", False),
    ],
)
def test_urgent_is_distress_that_cannot_wait(text: str, urgent: bool) -> None:
    assert message.read(text).urgent is urgent


def test_safety_is_read_with_the_words() -> None:
    assert message.read("I want to kill myself").concern is Concern.CRISIS
    assert message.read("hello").concern is Concern.NONE


@pytest.mark.parametrize("text", ["respirar", "breathe", "Respirer", "дышать", "breathe please"])
def test_asking_to_breathe_is_a_request_not_an_emergency(text: str) -> None:
    read = message.read(text)
    assert (read.concern, read.intent) == (Concern.NONE, Intent.BREATHE)


@pytest.mark.parametrize("text", ["I can't breathe", "no puedo respirar", "ich kann nicht atmen"])
def test_not_being_able_to_breathe_stays_an_emergency(text: str) -> None:
    assert message.read(text).concern is Concern.EMERGENCY


@pytest.mark.parametrize("text", ["yes", "ok", "familiar", "the usual", "no", "weiter"])
def test_a_short_answer_is_only_the_answer(text: str) -> None:
    # Nothing the learned model alone might guess ("yes" as "show my history", "familiar" as
    # worrying words): the answer to the question waiting is all it says.
    read = message.read(text)
    assert (read.concern, read.intent) == (Concern.NONE, None)
    assert read.word is not None


def test_the_safety_verdict_and_the_intent_are_one_reading() -> None:
    read = message.read("is 4 coffees a day making this worse?")
    assert read.safety is read.reading.check
    assert read.intent is read.reading.intent is Intent.CAFFEINE_QUESTION


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    read = message.read(text)
    assert read.text == text
    assert read.command in (None, "cancel", "menu")


# --- one reading per turn, through the Application -----------------------------------------------


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every reading made, by the words read."""
    made: list[str] = []
    real = message.read

    def counting(text: str) -> message.Message:
        made.append(text)
        return real(text)

    monkeypatch.setattr(turns, "read_message", counting)
    return made


@pytest.mark.parametrize(
    ("before", "typed"),
    [
        ([], "thanks"),
        (["I can't do this anymore"], "no"),  # the direct question waits
        (["I feel like I can't breathe and my heart is racing"], "the usual"),  # panic question
        (["/checkin", "I want to kill myself"], "weiter"),  # the paused prompt
        (["/checkin", "I want to kill myself"], "hmm"),  # the paused prompt, again
        (["/checkin"], "I can't sleep"),  # distress at a check-in question
        (["Work was awful today and my neck is stiff"], "yes"),  # the journal offer
    ],
)
async def test_each_typed_message_is_read_once(
    chat: Chat, reads: list[str], before: list[str], typed: str
) -> None:
    await onboard(chat)
    for words in before:
        await chat.send(words)
    reads.clear()
    replies = await chat.send(typed)
    assert replies  # always an answer
    assert reads == [typed]


async def test_a_group_message_is_read_once_as_a_private_one_is(
    app: StillpointApp, api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real = message.read

    def counting(text: str) -> message.Message:
        made.append(text)
        return real(text)

    monkeypatch.setattr(groups, "read_message", counting)
    words = "my friend collapsed and is not breathing"
    await app.process_update(UpdateFactory(app.bot).group_text(77, -1001, words))
    assert made == [words]
    assert len(api.texts(-1001)) == 1  # the bystander's answer
