"""Typed requests and questions outside any flow, through the real Application: the ones that
ask for something open it (report, check-in, history, settings, pause, breathe) as its command
would, in every interface language; caffeine and sleep questions get a short card with the
person's own figures; good night and venting a kind word; distress typed before sign-up (or at
a question that cannot take it) gets help at once. The words of the user trial, one by one."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.core.intents import Intent
from bot.storage import Database
from bot.storage.models import CheckIn, FlowStateRow, User
from bot.transport.updates import UpdateFactory
from conversations import answer_cards, menu, small_talk
from conversations.i18n import use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_before_signup import SET_ME_UP, decline
from tests.test_intents import PHRASES
from tests.test_onboarding import onboard

LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")
OPENS = {
    Intent.REPORT: "/report",
    Intent.CHECKIN: "/checkin",
    Intent.HISTORY: "/history",
    Intent.SETTINGS: "/settings",
    Intent.PAUSE: "/pause",
    Intent.BREATHE: "/breathe",
}
BREATHE_FIRST = "🫁 Breathing"


async def flow_of(database: Database, chat_id: int) -> str | None:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
    return row.flow if row is not None else None


async def add_checkins(
    database: Database, telegram_id: int, today: date, days: list[dict[str, object]]
) -> None:
    """Check-ins of the last days (today first), as the check-in would have saved them."""
    async with database.session() as session, session.begin():
        user = (await session.scalars(select(User).where(User.telegram_id == telegram_id))).one()
        for back, fields in enumerate(days):
            session.add(
                CheckIn(
                    user_id=user.id,
                    local_date=today - timedelta(days=back),
                    locations=[],
                    triggers=[],
                    created_at=user.created_at,
                    updated_at=user.created_at,
                    **fields,
                )
            )


def two_chats(app: StillpointApp, api: FakeBotApi, language: str) -> tuple[Chat, Chat]:
    """Two people with the same language (one factory: update ids never repeat)."""
    factory = UpdateFactory(app.bot, language=language)
    return Chat(app, api, 7400, factory), Chat(app, api, 7401, factory)


async def onboard_in(chat: Chat, language: str) -> None:
    await onboard(chat)
    await chat.send(f"/language {language}")


# --- asking for something opens it ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("intent", list(OPENS))
async def test_asking_for_something_opens_it_as_its_command_would(
    app: StillpointApp, api: FakeBotApi, database: Database, intent: Intent, language: str
) -> None:
    asked, typed = two_chats(app, api, "en")
    for chat in (asked, typed):
        await onboard_in(chat, language)
    phrase = PHRASES[intent][language][0]
    by_words = await asked.send(phrase)
    by_command = await typed.send(OPENS[intent])
    assert by_words == by_command
    assert asked.labels() == typed.labels()
    assert await flow_of(database, 7400) == await flow_of(database, 7401)


async def test_asking_before_sign_up_sets_up_first(chat: Chat) -> None:
    replies = await chat.send("what should i tell my doctor?")
    assert replies[0] == menu.setup_first()
    assert SET_ME_UP in chat.labels()


async def test_asking_without_records_says_why(chat: Chat) -> None:
    await decline(chat)
    assert await chat.send("Check in") == [menu.not_keeping_records()]


# --- caffeine and sleep questions ----------------------------------------------------------------


async def test_a_caffeine_question_gets_facts_their_figures_and_what_next(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)  # Berlin, caffeine last call 14:00
    drinks = [{"caffeine_drinks": n} for n in (4, 3, 5)] + [{"caffeine_drinks": None}]
    await add_checkins(database, chat.user_id, clock.now().date(), drinks)
    [card] = await chat.send("is 4 coffees a day making this worse?")
    assert card.startswith(answer_cards.caffeine_facts())
    assert "about 4.0 caffeinated drinks a day" in card
    assert "Your caffeine last call is 14:00." in card
    assert card.endswith(answer_cards.caffeine_next())
    assert chat.labels() == ["☕ Log a coffee", "📈 Insights", "Menu"]
    assert await flow_of(database, chat.user_id) is None


async def test_a_caffeine_question_with_no_check_ins_has_no_figures(chat: Chat) -> None:
    await onboard(chat)
    [card] = await chat.send("ist grüner Tee besser als Kaffee")
    assert "caffeinated drink" not in card
    assert "about" not in card


async def test_a_sleep_question_gets_their_hours_in_bed(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    nights = [
        {"bedtime": time(23, 0), "wake_time": time(7, 0)},
        {"bedtime": time(0, 30), "wake_time": time(7, 30)},
        {"bedtime": time(0, 0)},  # no wake time: not counted
    ]
    await add_checkins(database, chat.user_id, clock.now().date(), nights)
    [card] = await chat.send("does bad sleep make twitching worse")
    assert card.startswith(answer_cards.sleep_facts())
    assert "about 7.5 hours in bed a night" in card
    assert chat.labels() == ["💪 Relax", "🫁 Breathe", "Menu"]


async def test_a_question_before_sign_up_is_answered_with_the_facts(chat: Chat) -> None:
    [card] = await chat.send("is coffee bad for twitching?")
    assert card.startswith(answer_cards.caffeine_facts())
    assert chat.labels() == [SET_ME_UP]


# --- a kind word ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
async def test_good_night_gets_a_short_word(
    app: StillpointApp, api: FakeBotApi, language: str
) -> None:
    chat, _other = two_chats(app, api, "en")
    await onboard_in(chat, language)
    replies = await chat.send(PHRASES[Intent.GOODNIGHT][language][0])
    with use_language(language):
        assert replies == [small_talk.ANSWERS[Intent.GOODNIGHT].reply()]
        assert chat.labels() == [small_talk.label(small_talk.MENU)]


async def test_venting_gets_a_kind_line_the_calm_minute_and_the_journal(chat: Chat) -> None:
    await onboard(chat)
    replies = await chat.send(PHRASES[Intent.VENTING]["en"][0])
    assert replies == [small_talk.ANSWERS[Intent.VENTING].reply()]
    assert chat.labels() == ["🌊 Twitching now", "📝 Save to journal", "Menu"]


# --- distress before sign-up, and at a question that cannot take it ------------------------------


@pytest.mark.parametrize("first", [None, "/start"])
@pytest.mark.parametrize(("language", "words"), [("es", "respirar"), ("de", "atmen")])
async def test_breathe_before_sign_up_opens_breathing(
    app: StillpointApp, api: FakeBotApi, language: str, words: str, first: str | None
) -> None:
    asked, typed = two_chats(app, api, language)
    if first is not None:
        await asked.send(first)  # at the set-up's first question
    assert await asked.send(words) == await typed.send("/breathe")
    assert asked.labels() == typed.labels()


@pytest.mark.parametrize(
    ("language", "words"),
    [("es", "no puedo dormir… estoy muy agobiada"), ("de", "ich kann nicht schlafen")],
)
async def test_cant_sleep_at_the_set_up_question_gets_sleep_help(
    app: StillpointApp, api: FakeBotApi, language: str, words: str
) -> None:
    chat, _other = two_chats(app, api, language)
    await chat.send("/start")
    replies = await chat.send(words)
    with use_language(language):
        assert replies == [small_talk.ANSWERS[Intent.CANT_SLEEP].reply()]
        labels = [small_talk.label(a) for a in ("breathe", "relax", menu.RESUME)]
    assert chat.labels() == labels
    # Back to the question: the set-up's first question again, nothing lost.
    replies = await chat.press(labels[-1])
    with use_language(language):
        assert "🌊" in chat.labels()[0]


async def test_at_a_checkin_question_the_words_are_taken_as_the_answer(
    chat: Chat, database: Database
) -> None:
    # The check-in asks about their day: "stress" or "couldn't sleep" answers it (or gets
    # the question again), it is not pulled away from it.
    await onboard(chat)
    await chat.send("/checkin")
    [reply] = await chat.send("I can't sleep")
    assert "How was the twitching" in reply
    assert await flow_of(database, chat.user_id) == "checkin"


async def test_other_words_at_a_flow_question_still_get_the_question(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    [reply] = await chat.send("hello there")
    assert "How was the twitching" in reply
    assert await chat.send("I feel fine") == [reply]


# --- the user trial's words, as typed -----------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "command"),
    [
        ("what should i tell my doctor?", "/report"),
        ("Check in", "/checkin"),
        ("atmen", "/breathe"),
        ("respirar", "/breathe"),
    ],
)
async def test_the_trial_requests_open_what_they_ask_for(
    app: StillpointApp, api: FakeBotApi, words: str, command: str
) -> None:
    asked, typed = two_chats(app, api, "en")
    for chat in (asked, typed):
        await onboard(chat)
    assert await asked.send(words) == await typed.send(command)
    assert asked.labels() == typed.labels()


async def test_the_trial_good_night_and_coffee_question(chat: Chat) -> None:
    await onboard(chat)
    assert await chat.send("goodnight") == [small_talk.ANSWERS[Intent.GOODNIGHT].reply()]
    [card] = await chat.send("is 4 coffees a day making this worse?")
    assert card.startswith(answer_cards.caffeine_facts())
    assert not card.startswith("Had a coffee?")
