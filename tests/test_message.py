"""One reading per message (bot.core.reading): what safety makes of the words, the short answer
they are and what they are about, read once; and through the real Application, one reading per
typed message whatever question the chat waits on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core import reading
from bot.core.intents import Intent
from bot.core.safety import Concern
from bot.core.typed import Word
from tests.auxil.chat import Chat
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
    read = reading.read(text)
    assert (read.word, read.command) == (word, command)


@pytest.mark.parametrize(
    ("text", "bare"),
    [("ok", True), ("👍", True), ("...", True), ("thanks", False), ("hmm", False)],
)
def test_bare_is_nothing_but_the_way_on(text: str, bare: bool) -> None:
    assert reading.read(text).bare is bare


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
    assert reading.read(text).urgent is urgent


def test_safety_is_read_with_the_words() -> None:
    assert reading.read("I want to kill myself").concern is Concern.CRISIS
    assert reading.read("hello").concern is Concern.NONE


def test_what_the_words_are_about_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str) -> Intent | None:
        calls.append(text)
        return Intent.THANKS

    monkeypatch.setattr(reading, "classify", counting)
    read = reading.read("thanks")
    assert calls == []  # a flow's answer never needs it
    assert read.intent is Intent.THANKS
    assert read.urgent is False
    assert read.bare is False
    assert calls == ["thanks"]


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    read = reading.read(text)
    assert read.text == text
    assert read.command in (None, "cancel", "menu")


# --- one reading per turn, through the Application -----------------------------------------------


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every reading made, by the words read."""
    made: list[str] = []
    real = reading.read

    def counting(text: str) -> reading.Reading:
        made.append(text)
        return real(text)

    monkeypatch.setattr(reading, "read", counting)
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
