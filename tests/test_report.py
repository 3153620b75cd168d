"""The clinician's report: a seeded month from the database to a PDF read back with pypdf, the
journal only when asked, a kind answer for an empty month, and the figures behind the words."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from bot.core.report import clinician_report
from bot.core.report_data import JournalNote, ReportData, ReportDay, figures
from bot.flow import Output, Say, SendDocument
from bot.storage import Database, repo
from bot.storage.models import Consent
from conversations.formats import format_day, format_short_date
from conversations.i18n import use_language
from conversations.report import journal_question, parse_choice, report_labels
from conversations.report_view import build_report
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard

# Wednesday 2026-11-25 19:00 UTC is 20:00 in Berlin: the report runs 27 Oct – 25 Nov.
NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
FIRST = TODAY - timedelta(days=29)
A4_POINTS = (595.28, 841.89)


async def make_user(database: Database, telegram_id: int = 4242) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_or_create_user(
            session, telegram_id=telegram_id, chat_id=telegram_id, language="en", now=NOW
        )
        await repo.update_profile(
            session,
            user=user,
            fields={
                "time_zone": "Europe/Berlin",
                "wake_time": time(7),
                "bedtime": time(23),
                "caffeine_cutoff": time(14),
            },
            now=NOW,
        )
        await repo.set_consent(session, user=user, consent=Consent.GIVEN, now=NOW)
        await repo.mark_onboarded(session, user=user, now=NOW)


def month() -> list[tuple[date, dict[str, Any]]]:
    """20 days: twitching 1 and 2 by turns (mean 1.5), anxiety 4, in bed 23:00-07:00, two
    drinks a day, two of them after the 14:00 cut-off, three warning-sign answers."""
    rows = []
    for i in range(20):
        fields: dict[str, Any] = {
            "twitch_level": 1 if i % 2 == 0 else 2,
            "anxiety": 4,
            "locations": ["eyelid", "legs"] if i % 4 == 0 else ["eyelid"],
            "bedtime": time(23, 0),
            "wake_time": time(7, 0),
            "caffeine_drinks": 2,
            "caffeine_last": time(16, 0) if i in (1, 3) else time(13, 0),
        }
        if i == 11:  # Saturday 14 November
            fields["red_flags"] = ["swallowing"]
        if i in (4, 18):  # Saturdays 21 and 7 November
            fields["red_flags"] = []
        if i == 2:
            fields["note"] = "Coffee at the office again"
        rows.append((TODAY - timedelta(days=i), fields))
    # Before the 30 days: must not count.
    rows.append((FIRST - timedelta(days=3), {"twitch_level": 3, "red_flags": ["falls"]}))
    return rows


async def seed(database: Database, rows: list[tuple[date, dict[str, Any]]]) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        for day, fields in rows:
            await repo.save_checkin(session, user=user, day=day, fields=fields, now=NOW)
        await repo.add_journal_entry(
            session,
            user=user,
            at=datetime(2026, 11, 20, 20, 0, tzinfo=UTC),
            text="Walked by the river; the eyelid settled.",
            tags=[],
        )


async def report_for(
    database: Database, *, include_journal: bool, telegram_id: int = 4242
) -> list[Output]:
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=telegram_id)
        assert user is not None
        return await build_report(
            session, user=user, now=NOW, default_zone="UTC", include_journal=include_journal
        )


async def drawn(outputs: list[Output]) -> SendDocument:
    """The one document the report's renderer made."""
    [document] = outputs
    assert isinstance(document, SendDocument)
    return document


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, every run of whitespace (line breaks, thin spaces) as one space."""
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == (
            pytest.approx(A4_POINTS[0], abs=1),
            pytest.approx(A4_POINTS[1], abs=1),
        )
    return [" ".join(page.extract_text().split()) for page in reader.pages]


async def test_a_month_of_entries_makes_a_two_page_report(database: Database) -> None:
    await make_user(database)
    await seed(database, month())
    document = await drawn(await report_for(database, include_journal=False))
    assert document.filename == "stillpoint-report-2026-11-25.pdf"
    assert document.caption.startswith("Your report for 27 Oct")
    assert "no journal text" in document.caption

    first, second = pdf_pages(document.data)
    assert first.index("Stillpoint report: 27 Oct – 25 Nov 2026") < first.index("Twitching by day")
    assert "Prepared by Stillpoint from the user's own entries — not a diagnosis." in first
    assert "Days with a check-in: 20 of 30." in first  # the day before the 30 is left out
    # (10 × 1 + 10 × 2) / 20 = 1.5; no day at 3 (the one at 3 is before the 30 days).
    assert "Average 1.5 over 20 days rated — 0 is none, 3 is strong." in first
    assert "Some twitching on 20 days; rated strong on 0." in first
    # The charts' own words: the twitching levels, the body areas, the day axis.
    for word in (
        "none",
        "strong",
        "Where the twitching was",
        "Eyelid",
        "Legs and calves",
        "25 Nov",
    ):
        assert word in first, word
    assert "Average 4.0 over 20 days rated" in first
    assert "Page 1 of 2" in first

    assert "Sleep times and regularity" in second
    assert "Usual bedtime 23:00, usual time up 07:00" in second
    # 23:00 to 07:00 is 8 hours, every night the same.
    assert "Time in bed: 8.0 hours on average over 20 nights; under 6 hours on 0." in second
    assert "Bed and wake times stay the same from night to night." in second
    assert "Sleep regularity" not in second
    # The sleep chart's axis and legend.
    assert "22:00" in second
    assert "In bed" in second
    assert "Caffeinated drinks: 2.0 a day on average, over 20 days with an answer." in second
    assert "Caffeine after the user's 14:00 cut-off on 2 days." in second
    warnings = second[second.index("Warning-sign questions") :]
    assert (
        warnings.index("Sat 7 Nov: none of these.")
        < warnings.index("Sat 14 Nov: Trouble swallowing.")
        < warnings.index("Sat 21 Nov: none of these.")
    )
    assert "Falls, or dropping things." not in warnings  # that answer is from before the 30 days
    assert "Page 2 of 2" in second
    # Free text stays out unless asked for.
    assert "river" not in first + second
    assert "Coffee at the office" not in first + second


async def test_journal_text_appears_only_when_asked(database: Database) -> None:
    await make_user(database)
    await seed(database, month())
    await make_user(database, telegram_id=5151)
    async with database.session() as session, session.begin():
        other = await repo.get_user(session, telegram_id=5151)
        assert other is not None
        await repo.add_journal_entry(
            session, user=other, at=NOW - timedelta(days=1), text="Someone else's words", tags=[]
        )

    without = pdf_pages((await drawn(await report_for(database, include_journal=False))).data)
    document = await drawn(await report_for(database, include_journal=True))
    pages = pdf_pages(document.data)
    assert len(without) == 2
    assert len(pages) == 3
    journal = pages[2]
    assert "Journal entries and check-in notes" in journal
    # The journal entry at 20:00 UTC is 21:00 in Berlin; the note carries its check-in's time.
    assert "Fri 20 Nov, 21:00 Walked by the river; the eyelid settled." in journal
    assert "Coffee at the office again" in journal
    assert "Someone else's words" not in " ".join(pages)
    assert "share it with care" in document.caption
    assert "river" not in " ".join(without)


async def test_an_empty_month_gets_a_kind_answer(database: Database) -> None:
    await make_user(database)
    # Only a check-in long before the 30 days.
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        await repo.save_checkin(
            session, user=user, day=TODAY - timedelta(days=60), fields={"twitch_level": 2}, now=NOW
        )
    for include_journal in (False, True):
        [answer] = await report_for(database, include_journal=include_journal)
        assert isinstance(answer, Say)
        assert answer.text.startswith(
            "There's nothing from the last 30 days to put in a report yet."
        )
        assert [b.label for row in answer.buttons for b in row] == ["Menu"]


async def test_no_report_without_records(database: Database) -> None:
    await make_user(database)
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        await repo.set_consent(session, user=user, consent=Consent.DECLINED, now=NOW)
        outputs = await build_report(
            session, user=user, now=NOW, default_zone="UTC", include_journal=True
        )
    [answer] = outputs
    assert isinstance(answer, Say)
    assert "not keeping any records" in answer.text


def test_the_journal_question_and_its_answers() -> None:
    question = journal_question(30)
    assert question.text.endswith("Include your journal entries?")
    row, way_out = question.buttons
    assert [b.label for b in row] == ["Yes, include them", "No, leave them out"]
    assert [b.label for b in way_out] == ["Menu"]
    assert [parse_choice(b.data.rsplit(":", 1)[1]) for b in row] == [True, False]
    assert parse_choice("yes please") is None
    assert parse_choice(None) is None


# --- the pure core ------------------------------------------------------------------------------


def report(data: ReportData) -> list[str]:
    return pdf_pages(clinician_report(data, report_labels(data, figures(data))))


def test_empty_data_still_draws_a_readable_report() -> None:
    data = ReportData(first=FIRST, last=TODAY, days=(), journal=())
    pages = report(data)
    assert len(pages) == 3
    assert pages[0].count("Nothing entered in this period.") == 3  # twitching, areas, anxiety
    assert pages[1].count("Nothing entered in this period.") == 2  # sleep, caffeine
    assert "The question was not answered in these 30 days." in pages[1]
    assert "Nothing entered in this period." in pages[2]  # the journal, asked for but empty


def test_any_text_the_user_wrote_prints_safely() -> None:
    # "$" would start matplotlib's maths, an emoji has no glyph in the font: neither may break
    # the page (warnings are errors in the tests) nor lose the words around them.
    note = JournalNote(
        datetime(2026, 11, 20, 21, 0), "Paid $4 for a $large$ latte 😬 then felt it"
    )
    data = ReportData(first=FIRST, last=TODAY, days=(), journal=(note,))
    journal = report(data)[2]
    assert "Paid $4 for a $large$ latte then felt it" in journal


def test_a_long_journal_is_cut_to_three_pages_and_says_so() -> None:
    text = "A long evening of writing about the day and how the twitching came and went. " * 12
    notes = tuple(
        JournalNote(datetime.combine(FIRST + timedelta(days=i % 30), time(21, 0)), text)
        for i in range(60)
    )
    pages = report(ReportData(first=FIRST, last=TODAY, days=(), journal=notes))
    assert len(pages) == 5
    assert "more entries are not shown here; /export holds them all." in pages[-1]


def test_figures_by_hand() -> None:
    days = (
        ReportDay(FIRST, twitch=0, anxiety=2, locations=()),
        ReportDay(
            FIRST + timedelta(days=1),
            twitch=3,
            anxiety=8,
            bedtime=time(1, 0),
            wake=time(6, 0),
            locations=("legs", "eyelid", "legs"),
            caffeine_drinks=3,
            caffeine_late=True,
            warning_signs=("falls",),
        ),
        ReportDay(
            FIRST + timedelta(days=2),
            twitch=2,
            bedtime=time(23, 0),
            wake=time(7, 0),
            locations=("eyelid",),
            caffeine_drinks=1,
            caffeine_late=False,
            warning_signs=(),
        ),
        ReportDay(FIRST + timedelta(days=3), caffeine_drinks=2, checked_in=False),
        ReportDay(TODAY + timedelta(days=1), twitch=3),  # after the period: left out
    )
    figs = figures(ReportData(first=FIRST, last=TODAY, days=days))
    assert figs.period_days == 30
    assert figs.checkin_days == 3  # the fourth day is only a logged drink
    # (0 + 3 + 2) / 3 = 5/3; twitching on 2 of the 3 days; strong on 1.
    assert figs.mean_twitch == pytest.approx(5 / 3)
    assert (figs.twitch_days, figs.days_with_twitching, figs.strong_days) == (3, 2, 1)
    # Each area once a day: eyelid on 2 days, legs on 1.
    assert figs.areas == (("eyelid", 2), ("legs", 1))
    assert (figs.mean_anxiety, figs.high_anxiety_days) == (pytest.approx(5.0), 1)
    # Nights of 5 h (01:00-06:00) and 8 h (23:00-07:00): mean 6.5, one under 6 hours.
    assert figs.nights == 2
    assert figs.mean_hours_in_bed == pytest.approx(6.5)
    assert figs.short_nights == 1
    # Of 23:00 and 01:00 (ordered from noon) the earlier middle one; wakes 06:00 and 07:00.
    assert (figs.usual_bedtime, figs.usual_wake) == (time(23, 0), time(6, 0))
    # (3 + 1 + 2) / 3 = 2 drinks a day over 3 days, one after the cut-off.
    assert (figs.caffeine_days, figs.mean_drinks, figs.late_caffeine_days) == (3, 2.0, 1)
    assert [(a.day, a.signs) for a in figs.warning_answers] == [
        (FIRST + timedelta(days=1), ("falls",)),
        (FIRST + timedelta(days=2), ()),
    ]
    assert figs.warning_sign_days == 1


def test_dates_and_decimals_follow_the_users_language() -> None:
    days = tuple(
        ReportDay(
            TODAY - timedelta(days=i),
            twitch=1 + i % 2,
            warning_signs=("speech",) if i == 11 else None,
        )
        for i in range(4 * 3)
    )
    data = ReportData(first=FIRST, last=TODAY, days=days)
    english = report(data)
    with use_language("de"):
        german = report(data)
        saturday = format_day(date(2026, 11, 14))
        axis_day = format_short_date(TODAY)
    assert saturday != "Sat 14 Nov"
    # (6 × 1 + 6 × 2) / 12 = 1.5, with the language's decimal sign.
    assert "Average 1.5 over 12 days rated" in english[0]
    assert "1,5" in german[0]
    assert "Sat 14 Nov" in english[1]
    assert saturday in german[1]
    assert axis_day in german[0]
    assert "25 Nov" not in german[0]


# --- through the chat ---------------------------------------------------------------------------


async def test_report_with_nothing_to_report_says_so_before_asking(chat: Chat) -> None:
    await onboard(chat)
    [reply] = await chat.send("/report")
    assert reply.startswith("There's nothing from the last 30 days to put in a report yet.")
    assert chat.labels() == ["Menu"]

    # A journal entry is something to report: now the question comes, with a way out.
    await chat.send("/journal")
    await chat.send("A long day, eyelid going all afternoon")
    await chat.press("Done ✓")
    [details] = await chat.send("/report")
    assert details.startswith("Roughly when did the twitching start?")  # once, the first time
    await chat.press("Skip →")
    [question] = await chat.press("Skip →")
    assert question.endswith("Include your journal entries?")
    assert chat.labels() == ["Yes, include them", "No, leave them out", "Menu"]
    await chat.press("Menu")
    assert "What would you like to do?" in chat.last_text()
