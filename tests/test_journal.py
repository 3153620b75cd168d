"""Notes on a day's check-in stay short enough for /history to show them: the room left is
said and checked when the note is typed, and checked again as it is written."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from bot.flow import (
    Profile,
    Say,
    ShowMenu,
    TextInput,
    apply,
    start,
)
from bot.storage import Database, repo
from bot.storage.models import CheckIn, JournalEntry
from conversations import journal
from conversations.journal import SaveJournal, SaveNote
from tests.auxil.chat import Chat
from tests.test_checkin import typical_day
from tests.test_onboarding import onboard

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
DAY = "2026-11-25"
TELEGRAM_LIMIT = 4096


def begin_note(used: int) -> tuple[object, list[object]]:
    return start(
        journal.build_note(),
        seq=0,
        profile=Profile(),
        now=NOW,
        data={"day": DAY, "note_length": used},
    )


def type_note(used: int, text: str) -> list[object]:
    state, _ = begin_note(used)
    _new, outputs = apply(
        journal.build_note(),
        state,
        TextInput(text),
        profile=Profile(),
        now=NOW,  # type: ignore[arg-type]
    )
    return outputs


# --- the pure flow ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("used", "room"),
    [(0, 3500), (400, 3500), (500, 3498), (3000, 998), (3998, 0), (4000, 0), (9000, 0)],
)
def test_room_keeps_the_days_note_within_one_history_message(used: int, room: int) -> None:
    assert journal.note_room(used) == room
    if room:
        whole = journal.joined_note("x" * used if used else None, "y" * room)
        assert len(whole) <= journal.DAY_NOTE_MAX


def test_a_note_that_fits_is_saved_on_the_day() -> None:
    outputs = type_note(3000, "z" * 998)
    assert outputs == [SaveNote(day=DAY, text="z" * 998), ShowMenu()]


def test_a_note_too_long_for_the_day_is_refused_with_the_room_left_and_asked_again() -> None:
    [said] = type_note(3000, "z" * 999)
    assert isinstance(said, Say)
    reason, question = said.text.split("\n\n", 1)
    assert reason.startswith("That won't fit")
    assert "room for 998 more characters" in reason
    assert question.startswith("Go ahead — what would you like to add")


def test_one_character_of_room_is_said_in_the_singular() -> None:
    [said] = type_note(3997, "zz")
    assert isinstance(said, Say)
    assert "room for 1 more character." in said.text


def test_the_prompt_tells_how_much_room_is_left_only_when_it_is_less_than_usual() -> None:
    _state, [fresh] = begin_note(0)
    _state, [partly] = begin_note(3000)
    assert isinstance(fresh, Say)
    assert isinstance(partly, Say)
    assert "room" not in fresh.text
    assert "room for 998 more characters" in partly.text


def test_on_a_full_day_the_note_goes_to_the_journal_and_says_so() -> None:
    _state, [prompt] = begin_note(4000)
    assert isinstance(prompt, Say)
    assert prompt.text.startswith("That day's note is full")
    outputs = type_note(4000, "still twitching")
    assert outputs[0] == SaveJournal(text="still twitching", tags=())
    assert outputs[1] == ShowMenu(journal.note_went_to_journal())


# --- storage and the bot -------------------------------------------------------------------


async def test_note_seed_counts_the_days_note(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    await chat.press("📝 Add a note")
    await chat.send("twelve chars")
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=chat.user_id)
        assert user is not None
        day = date.fromisoformat(DAY)
        assert await journal.note_seed(session, user=user, day=day) == {
            "day": DAY,
            "note_length": len("twelve chars"),
        }
        other = await journal.note_seed(session, user=user, day=date(2026, 11, 24))
    assert other == {"day": "2026-11-24", "note_length": 0}


async def test_a_note_that_no_longer_fits_as_it_is_saved_goes_to_the_journal(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    await chat.press("📝 Add a note")  # the flow starts: the day has no note yet
    earlier = "a" * 3000
    # Meanwhile the day's note grows (another device, another instance).
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=chat.user_id)
        assert user is not None
        await repo.save_checkin(
            session, user=user, day=date.fromisoformat(DAY), fields={"note": earlier}, now=NOW
        )
    later = "b" * 3000
    replies = await chat.send(later)
    assert replies[0] == journal.note_went_to_journal()
    assert replies[-1] == "What would you like to do?"

    async with database.session() as session:
        notes = (await session.scalars(select(CheckIn.note))).all()
        entries = (await session.scalars(select(JournalEntry.text))).all()
    assert notes == [earlier]
    assert entries == [later]

    # /history shows both, every message within Telegram's limit (a 400 would fail the turn).
    replies = await chat.send("/history")
    assert replies[0].startswith("Your days")
    assert all(len(r) <= TELEGRAM_LIMIT for r in replies)
    assert any(earlier in r for r in replies)
    assert any(later in r for r in replies)


async def test_a_note_that_fits_is_confirmed_and_added(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    await chat.press("📝 Add a note")
    replies = await chat.send("Eyelid again after lunch.")
    assert replies[0] == "Added to that day's check-in."
    assert replies[-1] == "What would you like to do?"
    async with database.session() as session:
        assert (await session.scalars(select(CheckIn.note))).all() == ["Eyelid again after lunch."]
