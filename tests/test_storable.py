"""What no database can store never reaches one, and database errors never print user data."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from bot.cli import quiet_library_loggers
from bot.core.storable import is_storable, storable
from bot.flow import TextInput
from bot.storage import Database, repo
from bot.storage.models import CheckIn, JournalEntry
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)


# --- the pure function ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("eyelid\x00 again", "eyelid again"),
        ("\x00\x00", ""),
        ("half a pair \ud83d here", "half a pair  here"),
        ("a whole pair 🙂 stays", "a whole pair 🙂 stays"),
        ("tabs\tand\nnewlines stay", "tabs\tand\nnewlines stay"),
        ("Übermüdet, усталость, 疲れ", "Übermüdet, усталость, 疲れ"),
    ],
)
def test_storable_drops_only_what_a_database_refuses(typed: str, kept: str) -> None:
    assert storable(typed) == kept
    assert is_storable(kept)


@given(st.text())
def test_storable_text_always_encodes_and_has_no_nul(text: str) -> None:
    cleaned = storable(text)
    assert "\x00" not in cleaned
    cleaned.encode("utf-8")  # a lone surrogate would raise here
    assert storable(cleaned) == cleaned
    if is_storable(text):
        assert cleaned == text


def test_a_text_event_never_carries_a_nul() -> None:
    assert TextInput("note\x00 this").text == "note this"


# --- through the bot, on SQLite and PostgreSQL ------------------------------------------------


async def journal_texts(database: Database) -> list[str]:
    async with database.session() as session:
        return list((await session.scalars(select(JournalEntry.text))).all())


async def test_journal_entry_with_a_nul_is_saved_without_it(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/journal")
    await chat.send("Long day\x00 at work \ud83d, eyelid busy")
    replies = await chat.press("Done ✓")
    assert "Saved in your journal" in replies[-1]
    assert await journal_texts(database) == ["Long day at work , eyelid busy"]
    # And the chat goes on: the next turn stores its state as usual.
    assert "What would you like to do?" in (await chat.send("/menu"))[-1]


async def test_a_message_of_only_nul_is_asked_again(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/journal")
    replies = await chat.send("\x00")
    assert replies[-1].startswith("Please type a few words")
    assert await journal_texts(database) == []


async def test_storage_type_drops_a_nul_even_if_one_slips_through(database: Database) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_or_create_user(
            session, telegram_id=7, chat_id=7, language="en", now=NOW
        )
        session.add(JournalEntry(user_id=user.id, at=NOW, text="a\x00b", tags=[]))
        session.add(
            CheckIn(
                user_id=user.id,
                local_date=NOW.date(),
                note="c\x00d",
                created_at=NOW,
                updated_at=NOW,
            )
        )
    assert await journal_texts(database) == ["ab"]
    async with database.session() as session:
        assert list((await session.scalars(select(CheckIn.note))).all()) == ["cd"]


async def test_a_database_error_never_shows_the_text_being_written(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    quiet_library_loggers()  # as the CLI does: drivers log parameters at DEBUG
    caplog.set_level(logging.DEBUG)
    secret = "Argued with my sister about the wedding"
    with pytest.raises(DBAPIError) as raised:
        async with database.session() as session, session.begin():
            # No such user: the foreign key refuses the row, with the text among the parameters.
            session.add(JournalEntry(user_id=987654, at=NOW, text=secret, tags=[]))
    assert "sister" not in str(raised.value)
    assert "parameters hidden" in str(raised.value)
    assert "sister" not in caplog.text
