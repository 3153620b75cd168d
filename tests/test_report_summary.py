"""The report a GP reads first: the summary box on page one (when it started, body areas with
the day each was first named, warning signs with the person's own words, caffeine, sleep,
anxiety, the pattern line), the start date and medications asked once before the first report
and changed in /settings, charts from the first entry, notes Stillpoint wrote marked, and every
word extractable as text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.storage import Database, repo
from bot.storage.models import User
from conversations.i18n import use_language
from conversations.report_details import parse_past_date
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard
from tests.test_report import pdf_pages

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
WORDS = "Food sticks in my throat since Monday"


async def seed_two_weeks(database: Database, telegram_id: int) -> None:
    """12 Nov to 24 Nov with two days missed; arms first named on 20 Nov."""
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=telegram_id)
        assert user is not None
        for i in range(1, 14):
            day = TODAY - timedelta(days=i)
            if i in (4, 9):
                continue  # missed
            fields: dict[str, Any] = {
                "twitch_level": 2 if i % 3 else 1,
                "locations": ["eyelid", "arms"] if i <= 5 else ["eyelid"],
                "anxiety": 5 + i % 3,
                "bedtime": time(23, 30),
                "wake_time": time(6, 30) if i % 2 else time(7, 0),
                "caffeine_drinks": 1 + i % 3,
                "caffeine_last": time(15) if i % 2 else time(11),
            }
            await repo.save_checkin(session, user=user, day=day, fields=fields, now=NOW)
        await repo.add_journal_entry(
            session,
            user=user,
            at=NOW - timedelta(days=2),
            text="Twitching (eyelid). I took a calm minute for it.",
            tags=[],
        )
        await repo.add_journal_entry(
            session, user=user, at=NOW - timedelta(days=1), text="Calf going all evening.", tags=[]
        )


async def check_in_with_a_warning_sign(chat: Chat) -> None:
    await chat.send("/checkin")
    await chat.press("Moderate")
    await chat.press("Eyelid")
    for _ in range(4):
        await chat.press("Skip →")
    assert chat.last_text().startswith("One question I ask once a week")
    await chat.press("Trouble swallowing")
    replies = await chat.press("Done ✓")
    assert replies[-1].startswith("In a few words of your own, what have you noticed?")
    await chat.send(WORDS)


async def test_the_summary_box_reads_back_from_the_pdf(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await onboard(chat)
    await seed_two_weeks(database, chat.user_id)
    await check_in_with_a_warning_sign(chat)

    replies = await chat.send("/report")
    assert replies[-1].startswith("Roughly when did the twitching start?")
    await chat.send("3 Nov")
    replies = await chat.send("Magnesium 400 mg in the evening")
    assert replies[-1].endswith("Include your journal entries?")
    await chat.press("Yes, include them")
    pdf = [m.content for m in api.chat_messages(chat.user_id) if m.kind == "document"][-1]
    pages = pdf_pages(pdf)
    first = pages[0]

    assert first.index("At a glance") < first.index("Twitching by day")
    assert "Days with a check-in: 12 of 14 since the first check-in." in first
    for field in (
        "When it started",
        "Body areas, first named",
        "Warning signs",
        "Caffeine",
        "Sleep",
        "Anxiety",
        "Pattern",
        "Medications and supplements",
    ):
        assert field in first, field
    assert "3 November 2026, as the user recalls it; first check-in 12 November 2026." in first
    assert "Eyelid (from 12 Nov) and Arms (from 20 Nov)" in first
    assert f"Wed 25 Nov: Trouble swallowing. In the user's own words: “{WORDS}”" in first
    assert "Magnesium 400 mg in the evening" in first
    # Every word is text: "Caffeine" is found as a word, and no "ff" is drawn as one ligature
    # glyph (which many readers extract as "Ca eine").
    assert re.search(r"\bCaffeine\b", first)
    assert b"uniFB0" not in pdf
    # The charts start at the first check-in, not at the start of a blank month.
    assert "28 Oct" not in first
    journal = pages[-1]
    assert "written by Stillpoint, not the user's words" in journal
    assert journal.count("written by Stillpoint") == 1  # the person's own line is not marked

    # Asked once: the next report goes straight to the journal question.
    [question] = await chat.send("/report")
    assert question.endswith("Include your journal entries?")


async def test_start_and_medications_are_changed_in_settings(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/settings")
    await chat.press("Doctor: start, medications")
    for typed in ("next week", "31 Feb", "30 Dec 2026", "2026-13-01"):
        [reply] = await chat.send(typed)
        assert reply.startswith("I couldn't read that as a day that has already been")
    await chat.send("2026-10-02")
    [reply] = await chat.press("I take none")
    assert reply == "Saved — your next report for your doctor will show it."
    async with database.session() as session:
        user = (await session.execute(select(User))).scalar_one()
        assert (user.onset_date, user.medications) == (date(2026, 10, 2), "")
    # Shown back next time, and Skip keeps what is there.
    await chat.send("/settings")
    replies = await chat.press("Doctor: start, medications")
    assert replies[-1].startswith(
        "You told me it started on 2 October 2026 — you can change it here."
    )
    await chat.press("Skip →")
    await chat.press("Skip →")
    async with database.session() as session:
        user = (await session.execute(select(User))).scalar_one()
        assert user.onset_date == date(2026, 10, 2)


@pytest.mark.parametrize(
    ("typed", "language", "expected"),
    [
        ("2026-11-02", "en", date(2026, 11, 2)),
        ("2.11.2026", "de", date(2026, 11, 2)),
        ("2/11", "es", date(2026, 11, 2)),
        ("2 Nov", "en", date(2026, 11, 2)),
        ("November 2, 2026", "en", date(2026, 11, 2)),
        ("Nov 2025", "en", date(2025, 11, 1)),
        ("3. November", "de", date(2026, 11, 3)),
        ("3 de noviembre", "es", date(2026, 11, 3)),
        ("3 décembre", "fr", date(2025, 12, 3)),  # December is still to come: last year's
        ("3 ноября 2026", "ru", date(2026, 11, 3)),
        ("tomorrow", "en", None),
        ("2026", "en", None),
        ("32 Nov", "en", None),
        ("3 Nov 2027", "en", None),
        ("Nov Dec", "en", None),
    ],
)
def test_past_dates_as_people_type_them(typed: str, language: str, expected: date | None) -> None:
    with use_language(language):
        assert parse_past_date(typed, TODAY) == expected
