"""Free text outside any flow, through the real Application: each intent in each interface
language answered with the actions that fit; anything else offered to the journal (saved once,
cancelled, bad input); and the same before sign-up and without consent."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select, text

from bot.clock import FakeClock
from bot.core.intents import Intent
from bot.storage import Database
from bot.storage.models import CaffeineLog, FlowStateRow, JournalEntry
from bot.transport.exercises import LiveExercises
from bot.transport.updates import UpdateFactory
from conversations import menu, small_talk
from conversations.exercises import twitch_now_intro
from conversations.i18n import use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.auxil.live import TimedBotApi, run_for
from tests.conftest import AppMaker, DatabaseFactory
from tests.test_before_signup import CALM_FIRST, SET_ME_UP, assert_nothing_kept, decline
from tests.test_crypto import KEY_A, open_db, raw_flow_data
from tests.test_intents import PHRASES
from tests.test_onboarding import onboard

USER = 4242
LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")
# (the actions offered, whether the words are offered to the journal) for someone who keeps
# records; the offer ends with Menu.
OFFERED: dict[Intent, tuple[tuple[str, ...], bool]] = {
    Intent.TWITCHING: (("now", "breathe"), True),
    Intent.CANT_SLEEP: (("breathe", "relax"), True),
    Intent.ANXIOUS: (("now", "breathe", "relax"), True),
    Intent.COFFEE: (("coffee",), False),
    Intent.HELP: (("now", "breathe", "help"), False),
    Intent.THANKS: ((), False),
    Intent.GREETING: (("now", "breathe"), False),
}


@pytest.fixture
def api(clock: FakeClock) -> TimedBotApi:
    # Telegram's limits kept: the calm minute offered here is a live exercise.
    return TimedBotApi(clock)


async def count(database: Database, model: type) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def journal(database: Database) -> list[str]:
    async with database.session() as session:
        return [e.text for e in (await session.scalars(select(JournalEntry))).all()]


async def held(database: Database) -> list[str]:
    """The words the chat's state holds for journal offers, oldest first."""
    async with database.session() as session:
        row = await session.get(FlowStateRow, USER)
    offers = (row.data or {}).get(small_talk.OFFERS) if row is not None else None
    if not offers:
        return []
    return [offers["held"][number] for number in sorted(offers["held"], key=int)]


async def flow_of(database: Database) -> str | None:
    async with database.session() as session:
        row = await session.get(FlowStateRow, USER)
    return row.flow if row is not None else None


# --- each intent in each interface language -----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("intent", list(OFFERED))
async def test_each_intent_in_each_language_gets_its_answer_and_actions(
    chat: Chat, database: Database, intent: Intent, language: str
) -> None:
    await onboard(chat)
    await chat.send(f"/language {language}")
    phrase = PHRASES[intent][language][0]
    replies = await chat.send(phrase)
    actions, offered = OFFERED[intent]
    with use_language(language):
        reply = small_talk.ANSWERS[intent].reply()
        labels = [small_talk.label(a) for a in actions]
        if offered:
            labels.append(small_talk.label(small_talk.JOURNAL))
        labels.append(small_talk.label(small_talk.MENU))
    assert replies == [reply]
    assert chat.labels() == labels
    # The words are held only where they are offered to the journal, and never in a button;
    # no conversation is started, so the next message is read as new.
    assert await held(database) == ([phrase] if offered else [])
    assert await flow_of(database) is None
    assert all(re.fullmatch(r"m:[a-z_]+(:[0-9]+)?", data) for _label, data in chat.buttons())


async def test_the_typical_late_night_message_is_understood(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("my eyelid is twitching like crazy right now")
    assert chat.labels() == ["🌊 Twitching now", "🫁 Breathe", "📝 Save to journal", "Menu"]
    replies = await chat.press("🌊 Twitching now")
    assert replies[0] == twitch_now_intro()


async def test_twitching_words_saved_to_the_journal_as_typed(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("Eyelid twitching again, third night in a row")
    replies = await chat.press("📝 Save to journal")
    assert replies == ["Saved in your journal. Thank you for writing it down."]
    assert await journal(database) == ["Eyelid twitching again, third night in a row"]
    assert await flow_of(database) is None


async def test_coffee_logs_one_with_a_tap(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("just had an espresso")
    await chat.press("☕ Log a coffee")
    assert await count(database, CaffeineLog) == 1


async def test_a_long_coffee_story_is_offered_to_the_journal_too(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    story = "had coffee with Anna this afternoon and we talked for hours about her new job"
    replies = await chat.send(story)
    assert replies == [small_talk.ANSWERS[Intent.COFFEE].reply()]
    assert chat.labels() == ["☕ Log a coffee", "📝 Save to journal", "Menu"]
    await chat.press("☕ Log a coffee")
    assert await count(database, CaffeineLog) == 1
    assert await journal(database) == []


# --- anything else: the journal offer -----------------------------------------------------------

# Nothing asked for, nothing felt: since the fourth round the reading hears "Work was awful
# today" as venting (whose answer offers the journal too), so the plain note is a commute.
NOTE = "The train was late again and my neck is stiff"


async def test_anything_else_is_offered_to_the_journal_and_saved_once(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await onboard(chat)
    replies = await chat.send(NOTE)
    assert replies == [small_talk.offer_prompt(NOTE)]
    assert chat.labels() == ["📝 Save to journal", "Not now"]
    offer = api.latest_with_buttons(USER)
    replies = await chat.press("📝 Save to journal", offer)
    assert replies == ["Saved in your journal. Thank you for writing it down."]
    assert "⚙️ Settings" in chat.labels()  # the menu follows
    # A second tap on the same button: the words are no longer held, nothing saved twice.
    replies = await chat.press("📝 Save to journal", offer)
    assert replies == [small_talk.no_longer_held()]
    assert await journal(database) == [NOTE]
    assert await held(database) == []


async def test_not_now_and_typed_no_keep_nothing(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send(NOTE)
    replies = await chat.press("Not now")
    assert replies == ["What would you like to do?"]
    # (a bare "Another long day" the learned reading now takes, unsure, as a wish to check in)
    await chat.send("Another long day at work")
    assert await chat.send("no") == ["What would you like to do?"]
    assert await journal(database) == []
    assert await held(database) == []
    # A "yes" that answers no offer (the last one was let go) keeps nothing either.
    await chat.send("yes")
    assert await journal(database) == []


async def test_typed_yes_keeps_it(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send(NOTE)
    await chat.send("yes")
    assert await journal(database) == [NOTE]


@pytest.mark.parametrize("how", ["/cancel", "cancel", "abbrechen"])
async def test_cancel_lets_the_words_go(
    chat: Chat, database: Database, api: FakeBotApi, how: str
) -> None:
    await onboard(chat)
    await chat.send(NOTE)
    offer = api.latest_with_buttons(USER)
    replies = await chat.send(how)
    assert replies[0] == menu.nothing_to_cancel()
    async with database.session() as session:
        row = await session.get(FlowStateRow, USER)
    assert row is not None
    assert (row.flow, row.data) == (None, {})
    assert await chat.press("📝 Save to journal", offer) == [small_talk.no_longer_held()]
    assert await journal(database) == []


async def test_the_offer_never_blocks_and_keeps_its_buttons(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await onboard(chat)
    await chat.send(NOTE)
    offer = api.latest_with_buttons(USER)
    # New words are read as new (offered in turn), a sticker and the menu change nothing.
    assert await chat.send("my neck is stiff too") == [
        small_talk.offer_prompt("my neck is stiff too")
    ]
    await chat.sticker()
    await chat.send("/menu")
    with use_language("en"):
        twitching = small_talk.ANSWERS[Intent.TWITCHING].reply()
    assert await chat.send("twitching right now") == [twitching]
    replies = await chat.press("🌊 Twitching now")
    assert replies[0] == twitch_now_intro()
    # The first offer's button still keeps the first words, whole.
    await chat.press("📝 Save to journal", offer)
    assert await journal(database) == [NOTE]
    assert await held(database) == ["my neck is stiff too", "twitching right now"]


async def test_only_the_last_few_offers_hold_their_words(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await onboard(chat)
    notes = [f"{NOTE}, part {n}" for n in range(small_talk.HELD_OFFERS + 1)]
    offers = []
    for note in notes:
        await chat.send(note)
        offers.append(api.latest_with_buttons(USER))
    assert await held(database) == notes[1:]
    assert await chat.press("📝 Save to journal", offers[0]) == [small_talk.no_longer_held()]
    await chat.press("📝 Save to journal", offers[-1])
    assert await journal(database) == [notes[-1]]


@pytest.mark.parametrize("data", ["m:keep", "m:keep:999", "m:keep:x", "m:let_go:-1"])
async def test_a_forged_offer_button_keeps_nothing(
    chat: Chat, database: Database, data: str
) -> None:
    await onboard(chat)
    await chat.send(NOTE)
    await chat.press_data(data)
    refused = chat.callback_answers()[-1].get("text") == menu.refused_button()
    assert refused or chat.last_text() == small_talk.no_longer_held()
    assert await journal(database) == []
    assert await held(database) == [NOTE]


async def test_an_offer_stored_by_an_older_version_is_let_go(
    chat: Chat, database: Database
) -> None:
    # Before this version the offer was a conversation of its own ("small_talk"): a chat
    # still in it reads the next words as new.
    await onboard(chat)
    async with database.session() as session, session.begin():
        row = await session.get(FlowStateRow, USER)
        assert row is not None
        row.flow, row.step, row.data = "small_talk", "choice", {"text": NOTE}
    with use_language("en"):
        thanks = small_talk.ANSWERS[Intent.THANKS].reply()
    assert await chat.send("thanks") == [thanks]
    assert await flow_of(database) is None


async def test_what_is_too_long_for_one_entry_is_offered_and_kept_in_parts(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    long = "word " * 800  # 4,000 characters: more than one entry holds
    replies = await chat.send(long)
    assert replies[0].startswith("Shall I keep this in your journal?")
    assert len(replies[0]) < 100  # quoted as a short excerpt
    replies = await chat.press("📝 Save to journal")
    assert replies[0].startswith("Saved in your journal as 2 entries, in order")
    kept = await journal(database)
    assert len(kept) == 2
    assert " ".join(kept) == long.strip()


@pytest.mark.parametrize("typed", ["ok", "👍", "...", "yes"])
async def test_a_bare_acknowledgement_gets_the_menu(chat: Chat, typed: str) -> None:
    await onboard(chat)
    assert await chat.send(typed) == ["What would you like to do?"]


async def test_the_held_words_are_encrypted_at_rest(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    keyed = open_db(databases, KEY_A)
    app = await make_app(keyed)
    chat = Chat(app, api, USER, UpdateFactory(app.bot))
    await onboard(chat)
    await chat.send(NOTE)
    stored = await raw_flow_data(keyed)
    assert stored.startswith("enc1:")
    assert "neck" not in stored
    await chat.press("📝 Save to journal")
    async with keyed.engine.connect() as connection:
        kept = (await connection.execute(text("SELECT text FROM journal_entries"))).scalar()
    assert "neck" not in str(kept)
    assert await journal(keyed) == [NOTE]


async def test_safety_comes_first_and_starts_no_offer(chat: Chat, database: Database) -> None:
    await onboard(chat)
    replies = await chat.send("I don't want to live anymore")
    assert not replies[0].startswith("Shall I keep this")
    assert await flow_of(database) is None
    assert await held(database) == []


# --- without consent, and before sign-up ---------------------------------------------------------


async def test_without_consent_nothing_is_offered_to_the_journal(
    chat: Chat, database: Database
) -> None:
    await decline(chat)
    assert await chat.send(NOTE) == ["What would you like to do?"]
    replies = await chat.send("twitching now")
    assert replies == [small_talk.ANSWERS[Intent.TWITCHING].reply()]
    assert chat.labels() == ["🌊 Twitching now", "🫁 Breathe", "Menu"]
    assert await chat.send("coffee") == [menu.not_keeping_records()]
    assert await flow_of(database) is None


async def test_before_sign_up_feelings_are_answered_with_help_and_set_me_up(
    chat: Chat, live: LiveExercises, clock: FakeClock, database: Database
) -> None:
    replies = await chat.send("can't sleep")
    assert replies == [small_talk.ANSWERS[Intent.CANT_SLEEP].reply()]
    assert chat.labels() == ["🫁 Breathe", "💪 Relax", SET_ME_UP]
    assert await chat.send("thanks") == [small_talk.ANSWERS[Intent.THANKS].reply()]
    assert chat.labels() == [SET_ME_UP]
    await chat.send("my eyelid is twitching like crazy right now")
    replies = await chat.press("🌊 Twitching now")
    assert replies[0] == twitch_now_intro()
    await run_for(clock, 65, live)
    await assert_nothing_kept(database)


@pytest.mark.parametrize("typed", ["hi", "help", "coffee", "Work was awful today"])
async def test_before_sign_up_the_rest_gets_the_two_first_choices(
    chat: Chat, database: Database, typed: str
) -> None:
    replies = await chat.send(typed)
    assert replies[0].startswith("Hi, I'm Stillpoint.")
    assert chat.labels() == [CALM_FIRST, SET_ME_UP, "Cancel"]
    await chat.press(SET_ME_UP)
    assert chat.last_text().startswith("May I keep your check-ins")


async def test_new_words_after_an_answer_get_their_own_answer(
    chat: Chat, database: Database
) -> None:
    # "Sorry it's acting up" offers the journal as one button among others: what is typed
    # next is answered for itself, not held back behind the first words.
    await onboard(chat)
    await chat.send("my eyelid is twitching")
    with use_language("en"):
        cant_sleep = small_talk.ANSWERS[Intent.CANT_SLEEP].reply()
        thanks = small_talk.ANSWERS[Intent.THANKS].reply()
    assert await chat.send("I can't sleep") == [cant_sleep]
    assert chat.labels() == ["🫁 Breathe", "💪 Relax", "📝 Save to journal", "Menu"]
    assert await chat.send("thanks") == [thanks]
    assert await flow_of(database) is None
    assert await journal(database) == []


async def test_new_words_after_an_answer_can_be_kept_in_turn(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("mein Augenlid zuckt")
    replies = await chat.send(NOTE)
    assert replies == [small_talk.offer_prompt(NOTE)]
    await chat.press("📝 Save to journal")
    assert await journal(database) == [NOTE]
