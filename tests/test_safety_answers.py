"""Safety through the bot: one clear answer per tier, in every state, in edits, captions and
groups, for the person's country and in their language."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from bot.app import StillpointApp
from bot.storage import Database
from bot.storage.models import Base, FlowStateRow, JournalEntry
from bot.transport.updates import UpdateFactory
from conversations import menu, safety_answers
from conversations.i18n import _, use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard

STROKE = "I suddenly can't speak properly and my face is drooping"
AMBIGUOUS = "I can't do this anymore"
QUESTION = "are you thinking about ending your life?"
REASSURING = ("harmless", "usually", "don't worry", "nothing serious", "most twitching")
BERLIN_LINE = "TelefonSeelsorge"


async def flow_row(database: Database, chat_id: int) -> FlowStateRow | None:
    async with database.session() as session:
        return await session.get(FlowStateRow, chat_id)


async def test_emergency_words_mid_checkin_give_the_number_and_nothing_reassuring(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)  # Berlin
    await chat.send("/checkin")
    await chat.press("Mild")
    [reply] = await chat.send(STROKE)
    assert "Please call 112 now" in reply
    assert not any(word in reply.casefold() for word in REASSURING)
    assert "next few days" not in reply
    row = await flow_row(database, chat.user_id)
    assert row is not None
    assert row.paused
    assert row.flow == "checkin"
    # An emergency offers the menu, not "carry on"; the check-in waits, and the next words
    # get the pause, from which carrying on goes back to the question we were at.
    assert chat.labels() == ["Menu"]
    await chat.press("Menu")
    [paused] = await chat.send("ok, they are coming")
    assert paused == menu.paused_prompt()
    replies = await chat.press("I'd like to carry on")
    assert replies[-1].startswith("Where did you notice it?")


async def test_emergency_words_outside_a_flow_and_unknown_country(
    app: StillpointApp, api: FakeBotApi
) -> None:
    # No zone, and "en" says nothing about the country: the number can't be written out.
    chat = Chat(app, api, user_id=5150, factory=UpdateFactory(app.bot, language="en"))
    [reply] = await chat.send("sudden weakness on one side of my body")
    assert "call your local emergency number now" in reply
    assert chat.labels() == ["Menu"]


async def test_ambiguous_words_get_a_direct_question_and_yes_gets_help(chat: Chat) -> None:
    await onboard(chat)
    [question] = await chat.send(AMBIGUOUS)
    assert QUESTION in question
    assert chat.labels() == ["Yes", "No, not like that", "I'd rather not say"]
    [answer] = await chat.press("Yes")
    assert BERLIN_LINE in answer
    assert "112" in answer


async def test_rather_not_say_gets_the_same_help(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("I want to disappear")
    [answer] = await chat.press("I'd rather not say")
    assert BERLIN_LINE in answer


async def test_no_not_like_that_returns_to_where_we_were_and_keeps_the_words(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/journal")
    [question] = await chat.send("I'm so tired of everything at work")
    assert QUESTION in question
    replies = await chat.press("No, not like that")
    assert replies[0].startswith("Thank you for telling me.")
    assert replies[-1].startswith("Does any of this fit?")  # the journal went on
    await chat.press("Done ✓")
    async with database.session() as session:
        texts = (await session.scalars(select(JournalEntry.text))).all()
    assert texts == ["I'm so tired of everything at work"]


async def test_no_outside_a_flow_thanks_and_shows_the_menu(chat: Chat) -> None:
    await onboard(chat)
    await chat.send(AMBIGUOUS)
    replies = await chat.press("No, not like that")
    assert replies[0].startswith("Thank you for telling me.")
    assert replies[-1] == "What would you like to do?"


async def test_an_edit_that_adds_crisis_words_gets_the_crisis_answer(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/journal")
    await chat.send("Long day")
    before = await flow_row(database, chat.user_id)
    replies = await chat.edit("Long day. I want to end my life")
    assert len(replies) == 1
    assert BERLIN_LINE in replies[0]
    after = await flow_row(database, chat.user_id)
    assert before is not None
    assert after is not None
    assert after.step == before.step  # an edit is not a new answer
    assert after.paused


async def test_an_ordinary_edit_gets_no_reply(chat: Chat) -> None:
    await onboard(chat)
    assert await chat.edit("Berlin, I meant Munich") == []


async def test_a_caption_with_crisis_words_gets_the_crisis_answer(chat: Chat) -> None:
    await onboard(chat)
    [reply] = await chat.photo(caption="I don't want to live anymore")
    assert BERLIN_LINE in reply


async def test_a_spanish_newcomer_gets_spains_line_in_spanish(
    app: StillpointApp, api: FakeBotApi, database: Database
) -> None:
    chat = Chat(app, api, user_id=3434, factory=UpdateFactory(app.bot, language="es"))
    [reply] = await chat.send("No quiero vivir")
    assert "024" in reply
    english = (
        "I'm really glad you told me. You matter, and you don't have to carry this on your own."
    )
    with use_language("es"):
        opening = _(english)
    assert opening != english  # the catalogue has it in Spanish
    assert reply.startswith(opening)
    # Nothing about them was kept: the safety answer needs no account.
    async with database.session() as session:
        users = await session.scalar(text("SELECT count(*) FROM users"))
    assert users == 0


async def test_crisis_words_in_a_group_get_resources_and_nothing_is_kept(
    app: StillpointApp, api: FakeBotApi, database: Database
) -> None:
    factory = UpdateFactory(app.bot, language="de-DE")
    await app.process_update(factory.group_text(77, -1001, "Ich will nicht mehr leben"))
    [reply] = api.texts(-1001)
    assert "0800 111 0 111" in reply
    async with database.session() as session:
        for table in Base.metadata.sorted_tables:
            count = await session.scalar(select(func.count()).select_from(table))
            # The ledger holds the update's number only, so a repeated delivery is not
            # answered twice (tests/test_groups_once.py).
            assert count == (1 if table.name == "processed_updates" else 0), table.name


async def test_in_a_group_a_command_points_to_a_private_chat_and_buttons_are_refused(
    app: StillpointApp, api: FakeBotApi
) -> None:
    factory = UpdateFactory(app.bot)
    await app.process_update(factory.group_text(77, -1001, "/checkin"))
    assert api.texts(-1001) == [safety_answers.group_command()]
    await app.process_update(factory.group_text(77, -1001, "see you all tomorrow"))
    assert len(api.texts(-1001)) == 1  # ordinary talk in a group gets nothing
    await app.process_update(factory.group_press(77, -1001, "m:coffee"))
    [answer] = api.calls_of("answerCallbackQuery")
    assert answer.params["text"] == "Sorry, I can't use that button."


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", "respirar"),
        ("fr", "respirer"),
        ("ru", "дышать"),
        ("en", "breathing helped a little"),
    ],
)
async def test_in_a_group_a_bare_request_to_breathe_is_no_emergency(
    app: StillpointApp, api: FakeBotApi, language: str, words: str
) -> None:
    # A group reads words as a private chat does (bot.core.message): the learned model alone
    # reads "respirar" as breathlessness; the guard that keeps it a request holds here too.
    factory = UpdateFactory(app.bot, language=language)
    await app.process_update(factory.group_text(77, -1001, words))
    assert api.texts(-1001) == []
    # while someone else not breathing still gets the answer at once
    await app.process_update(factory.group_text(77, -1001, "my friend collapsed, not breathing"))
    assert len(api.texts(-1001)) == 1


async def test_pins_and_needles_after_a_fall_gets_one_urgency(chat: Chat) -> None:
    await onboard(chat)
    [reply] = await chat.send("I have pins and needles after I fell off my bike")
    assert "today" in reply
    assert "next few days" not in reply
    assert "harmless" not in reply
    assert chat.labels() == ["📄 A report for your doctor", "Menu"]


async def test_jerking_since_a_new_medicine_is_asked_about_today(chat: Chat) -> None:
    await onboard(chat)
    [reply] = await chat.send(
        "since I started sertraline last week I'm sweating, restless and my legs keep jerking"
    )
    assert "since starting a new medicine" in reply
    assert "pharmacist about it today" in reply
    assert "next few days" not in reply
    assert "harmless" not in reply
    assert chat.labels() == ["📄 A report for your doctor", "Menu"]


async def test_breathless_lying_flat_for_weeks_is_named_as_it_was_said(chat: Chat) -> None:
    await onboard(chat)
    [reply] = await chat.send(
        "for two weeks I can't lie flat without getting out of breath, I sleep on three pillows"
    )
    assert "out of breath when you lie flat" in reply
    assert "weakness, or things getting harder" not in reply
    assert "next few days" in reply


async def test_no_at_a_choice_asks_the_question_again_rather_than_reading_the_words(
    chat: Chat,
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    [question] = await chat.send(AMBIGUOUS)  # at the consent question, a choice
    assert QUESTION in question
    replies = await chat.press("No, not like that")
    assert replies[-1].startswith("May I keep your check-ins")
    assert not any(r.startswith("Please tap one of the buttons") for r in replies)


# --- the direct question answered by typing, as tired people do -------------------------------


async def test_typed_yes_to_the_question_mid_checkin_gets_help_not_the_hold_notice(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.send(AMBIGUOUS)
    [answer] = await chat.send("yes")
    assert BERLIN_LINE in answer
    assert chat.labels() == ["I'd like to carry on", "Stop here for now"]
    row = await flow_row(database, chat.user_id)
    assert row is not None
    assert row.paused
    assert safety_answers.ASKED not in row.data
    assert safety_answers.HELD not in row.data


async def test_typed_no_to_the_question_mid_journal_keeps_the_words(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/journal")
    await chat.send("I'm so tired of everything at work")
    replies = await chat.send("nope")
    assert replies[0].startswith("Thank you for telling me.")
    assert replies[-1].startswith("Does any of this fit?")
    row = await flow_row(database, chat.user_id)
    assert row is not None
    assert not row.paused
    assert safety_answers.ASKED not in row.data


@pytest.mark.parametrize("typed", ["yes", "Yes.", "ja", "да"])
async def test_typed_yes_outside_a_flow_gets_help_not_the_menu(chat: Chat, typed: str) -> None:
    await onboard(chat)
    await chat.send(AMBIGUOUS)
    [answer] = await chat.send(typed)
    assert BERLIN_LINE in answer
    assert chat.labels() == ["Menu"]
    # Answered once: a later "yes" is an ordinary word again.
    assert await chat.send("yes") == ["What would you like to do?"]


async def test_typed_no_outside_a_flow_thanks_and_shows_the_menu(chat: Chat) -> None:
    await onboard(chat)
    await chat.send(AMBIGUOUS)
    replies = await chat.send("no")
    assert replies[0].startswith("Thank you for telling me.")
    assert replies[-1] == "What would you like to do?"


async def test_other_words_outside_a_flow_let_the_question_go(chat: Chat) -> None:
    await onboard(chat)
    await chat.send(AMBIGUOUS)
    assert await chat.send("thanks") == ["You're welcome. I'm here whenever you need me."]
    assert await chat.send("yes") == ["What would you like to do?"]


async def test_typed_yes_before_sign_up_gets_help_and_keeps_nothing(
    chat: Chat, database: Database
) -> None:
    await chat.send(AMBIGUOUS)
    assert await flow_row(database, chat.user_id) is not None  # the question waits
    [answer] = await chat.send("yes")
    assert "findahelpline" in answer.lower() or "988" in answer
    assert await flow_row(database, chat.user_id) is None
