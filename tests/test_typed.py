"""Short typed answers in six languages (bot.core.typed), and what they do in a flow."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core import typed
from bot.core.typed import PHRASES, Word, command_for, normalise, recognise
from bot.storage import Database
from tests.auxil.chat import Chat
from tests.test_bad_input import ZONE_Q, flow_row
from tests.test_onboarding import onboard

LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")
ALL_PHRASES = [
    (word, language, phrase)
    for word, languages in PHRASES.items()
    for language, phrases in languages.items()
    for phrase in phrases.split("|")
]


def test_every_word_has_phrases_in_every_language() -> None:
    for word in Word:
        assert set(PHRASES[word]) == set(LANGUAGES), word


def test_no_phrase_means_two_words() -> None:
    meanings: dict[str, set[Word]] = defaultdict(set)
    for word, _language, phrase in ALL_PHRASES:
        meanings[normalise(phrase)].add(word)
    clashes = {phrase: words for phrase, words in meanings.items() if len(words) > 1}
    assert clashes == {}


@pytest.mark.parametrize(("word", "language", "phrase"), ALL_PHRASES)
def test_every_phrase_is_recognised(word: Word, language: str, phrase: str) -> None:
    assert recognise(phrase) is word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zurück!", Word.BACK),
        ("zuruck", Word.BACK),
        ("ÜBERSPRINGEN", Word.SKIP),
        ("überspringen bitte", Word.SKIP),
        ("Skip, please.", Word.SKIP),
        ("s’il vous plaît passer", Word.SKIP),
        ("Пропустить", Word.SKIP),
        ("Done ✓", Word.DONE),  # a button label typed out, emoji and all
        ("← Back", Word.BACK),
        ("Skip →", Word.SKIP),
        ("Fertig.", Word.DONE),
        ("Всё", Word.DONE),
        ("все", Word.DONE),  # often typed without the dots
        ("that’s all", Word.DONE),
        ("c'est tout", Word.DONE),
        ("nada", Word.NONE),
        ("Nichts davon", Word.NONE),
        ("ничего", Word.NONE),
        ("n/a", Word.NONE),
        ("NEIN!!", Word.NO),
        ("nein danke", Word.NO),
        ("não", Word.NO),
        ("Ja", Word.YES),
        ("sí", Word.YES),
        ("si", Word.YES),
        ("  oui  ", Word.YES),
        ("Abbrechen", Word.CANCEL),
        ("отмена", Word.CANCEL),
        ("Menü", Word.MENU),
        ("menú principal", Word.MENU),
        ("Weiter!", Word.CONTINUE),
        ("carry on please", Word.CONTINUE),
        ("Продолжить", Word.CONTINUE),
        ("Je veux continuer", Word.CONTINUE),  # the pause's buttons, typed out
        ("Stop here for now", Word.CANCEL),
        ("Hier erst mal aufhören", Word.CANCEL),
    ],
)
def test_typed_variants(text: str, word: Word) -> None:
    assert recognise(text) is word


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hello",
        "7",
        "23:00",
        "my eyelid has been going all day and I want to skip the gym",
        "not back yet",
        "skip skip",
        "done " * 20,
        "Eyelid",
    ],
)
def test_anything_else_is_not_a_short_answer(text: str) -> None:
    assert recognise(text) is None


@given(
    st.sampled_from(ALL_PHRASES),
    st.sampled_from(["", "!", ".", "?!", " !", "..."]),
    st.sampled_from(["", " ", "  "]),
    st.booleans(),
)
def test_case_spaces_and_punctuation_do_not_matter(
    entry: tuple[Word, str, str], ending: str, pad: str, upper: bool
) -> None:
    word, _language, phrase = entry
    text = pad + (phrase.upper() if upper else phrase) + ending + pad
    assert recognise(text) is word


def test_cancel_and_menu_are_commands_for_the_runner() -> None:
    assert command_for("Abbrechen") == "cancel"
    assert command_for("главное меню") == "menu"
    assert command_for("zurück") is None
    assert command_for("Berlin") is None
    assert typed.Word.CANCEL.value == "cancel"


# --- in a flow, through the bot --------------------------------------------------------------


async def test_typed_zurueck_goes_back_in_onboarding(chat: Chat, database: Database) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    replies = await chat.send("Zurück")
    assert ZONE_Q in replies[-1]
    row = await flow_row(database)
    assert row is not None
    assert row[1] == "time_zone"


async def test_typed_ueberspringen_skips_an_optional_question(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    replies = await chat.send("überspringen")  # the twitching question is optional
    assert "anxiety overall" in replies[-1]
    row = await flow_row(database)
    assert row is not None
    assert row[1] == "anxiety"
    assert row[2]["twitch"] is None


async def test_typed_skip_where_an_answer_is_needed_says_so(chat: Chat) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    replies = await chat.send("пропустить")  # the wake-up time is needed
    assert replies[-1].startswith("This one I do need an answer to.")
    assert "usually wake up" in replies[-1]
