"""Nothing is thrown away without the person choosing: a command or button that would start
another flow in the middle of one asks first; quick logs leave the flow where it was."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.storage import Database
from bot.storage.models import CaffeineLog, FlowStateRow, JournalEntry
from tests.auxil.chat import Chat
from tests.test_checkin import answer_weekly_question_if_asked, checkins
from tests.test_onboarding import onboard

LEAVE_CHECKIN = "You're in the middle of your check-in — leave it?"
LEAVE_JOURNAL = "You're in the middle of a journal entry — leave it?"


async def state(database: Database, chat: Chat) -> FlowStateRow:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat.user_id)
    assert row is not None
    return row


async def mid_checkin(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Strong")
    await chat.press("Eyelid")
    await chat.press("9")


async def test_journal_mid_checkin_asks_and_going_back_keeps_the_answers(
    chat: Chat, database: Database
) -> None:
    await mid_checkin(chat)
    before = await state(database, chat)
    [question] = await chat.send("/journal")
    assert question.startswith(LEAVE_CHECKIN)
    assert chat.labels() == ["Leave it", "Go back to it"]
    replies = await chat.press("Go back to it")
    assert replies[-1].startswith("How did last night's sleep go?")
    after = await state(database, chat)
    assert (after.flow, after.step) == (before.flow, before.step)
    assert after.data["anxiety"] == 9
    # The check-in goes on and is saved with the earlier answers.
    await chat.press("As usual (23:00–07:00)")
    await chat.press("0")
    await chat.press("Done ✓")
    await answer_weekly_question_if_asked(chat)
    [saved] = await checkins(database)
    assert (saved.twitch_level, saved.locations, saved.anxiety) == (3, ["eyelid"], 9)


async def test_leaving_starts_what_was_asked_for(chat: Chat, database: Database) -> None:
    await mid_checkin(chat)
    await chat.send("/journal")
    replies = await chat.press("Leave it")
    assert replies[-1].startswith("What's on your mind?")
    assert (await state(database, chat)).flow == "journal"
    assert await checkins(database) == []


async def test_settings_mid_journal_asks_and_the_entry_is_not_lost(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/journal")
    await chat.send("The meeting went better than I feared.")
    [question] = await chat.send("/settings")
    assert question.startswith(LEAVE_JOURNAL)
    await chat.press("Go back to it")
    await chat.press("Done ✓")
    async with database.session() as session:
        texts = (await session.scalars(select(JournalEntry.text))).all()
    assert texts == ["The meeting went better than I feared."]


async def test_an_old_menu_button_mid_flow_asks_too(chat: Chat, database: Database) -> None:
    await onboard(chat)
    menu_message = chat.api.latest_with_buttons(chat.user_id)  # the menu after onboarding
    await chat.send("/journal")
    await chat.send("A draft")
    replies = await chat.press("📝 Check in", message=menu_message)
    assert replies[-1].startswith(LEAVE_JOURNAL)
    assert (await state(database, chat)).flow == "journal"


async def test_a_quick_coffee_leaves_the_checkin_where_it_was(
    chat: Chat, database: Database
) -> None:
    await mid_checkin(chat)
    before = await state(database, chat)
    replies = await chat.send("/coffee")
    assert replies[0].startswith("☕ Logged one at")
    after = await state(database, chat)
    assert (after.flow, after.step, after.seq) == (before.flow, before.step, before.seq)
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(CaffeineLog)) == 1


async def test_a_stale_leave_button_changes_nothing(chat: Chat, database: Database) -> None:
    await mid_checkin(chat)
    await chat.send("/journal")
    leave_question = chat.api.latest_with_buttons(chat.user_id)
    await chat.press("Go back to it")
    before = await state(database, chat)
    replies = await chat.press("Leave it", message=leave_question)
    assert replies[0] == "Sorry, I can't use that button."
    after = await state(database, chat)
    assert (after.flow, after.step) == (before.flow, before.step)


async def test_typed_yes_at_leave_it_leaves_and_no_goes_back(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.send("/journal")
    replies = await chat.send("no")
    assert replies[-1].startswith("Where did you notice it?")
    await chat.send("/journal")
    replies = await chat.send("yes")
    assert replies[-1].startswith("What's on your mind?")


async def test_an_answer_at_leave_it_answers_the_flow_and_lets_the_question_go(
    chat: Chat,
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.send("/journal")
    replies = await chat.send("Eyelid")
    assert replies[-1].startswith("And anxiety overall")
    # "no" now is a (wrong) answer to the flow's question, not "go back to it".
    [reply] = await chat.send("no")
    assert reply.startswith("Please send a whole number from 0 to 10")
