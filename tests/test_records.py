"""/coffee, /journal, /history and /tips through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import CaffeineLog, JournalEntry
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker, DatabaseFactory
from tests.test_checkin import typical_day
from tests.test_onboarding import onboard


async def rows(database: Database, model: type) -> list:  # type: ignore[type-arg]
    async with database.session() as session:
        return list((await session.execute(select(model))).scalars())


async def test_coffee_is_one_tap_and_the_cutoff_line_comes_once_a_day(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)  # Berlin, cut-off 14:00
    clock.set(datetime(2026, 11, 25, 8, 15, tzinfo=UTC))  # 09:15 local
    await chat.send("/menu")
    replies = await chat.press("☕ Log a coffee")
    assert replies == ["☕ Logged one at 09:15 — 1 today."]

    clock.set(datetime(2026, 11, 25, 15, 0, tzinfo=UTC))  # 16:00 local, after the cut-off
    replies = await chat.send("/coffee")
    assert replies[0] == "☕ Logged one at 16:00 — 2 today."
    assert "after your 14:00 cut-off" in replies[1]
    assert "scold" not in replies[1]
    replies = await chat.send("/coffee")
    assert len(replies) == 1  # at most once a day

    clock.advance(timedelta(days=1))
    replies = await chat.send("/coffee")
    assert "after your 14:00 cut-off" in replies[1]
    logs = await rows(database, CaffeineLog)
    assert [log.local_time.strftime("%H:%M") for log in logs] == [
        "09:15",
        "16:00",
        "16:00",
        "16:00",
    ]


async def test_coffee_from_earlier_moves_the_drink_to_a_typed_time(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/coffee")
    replies = await chat.press("🕐 It was earlier")
    assert replies[-1].startswith("What time was it?")
    # Asking for the time logs nothing more: the drink just logged is the one that moves.
    assert len(await rows(database, CaffeineLog)) == 1
    replies = await chat.send("half past ten")
    assert replies[0].startswith("☕ Logged one at 10:30 — 1 today.")
    assert [log.local_time.strftime("%H:%M") for log in await rows(database, CaffeineLog)] == [
        "10:30"
    ]
    replies = await chat.send("/coffee")
    await chat.press("🕐 It was earlier")
    replies = await chat.send("26:00")
    assert "couldn't read that as a time" in replies[0]


async def test_journal_entry_with_tags_and_a_red_flag(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/journal")
    text = "Big presentation. Calf twitching all afternoon and now trouble swallowing."
    replies = await chat.send(text)
    assert "worth showing to a doctor soon" in replies[0]
    await chat.press("Work")
    replies = await chat.press("Done ✓")
    assert "Saved in your journal" in replies[0]
    [entry] = await rows(database, JournalEntry)
    assert entry.text == text
    assert entry.tags == ["work"]


async def test_journal_refuses_empty_and_oversized_entries(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/journal")
    # More than Telegram carries in one message: only a forged update can hold it.
    replies = await chat.send("x" * 10_000)
    assert "up to 4096 characters" in replies[0]
    replies = await chat.voice()
    assert "only read text" in replies[0]
    replies = await chat.send("   ")
    assert "type a few words" in replies[0]


async def test_a_long_journal_entry_is_kept_whole_in_parts_in_order(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/journal")
    first = "Why the eyelid started. " * 100  # 2,400 characters
    second = "What helped in the end. " * 70  # 1,680: together more than one entry holds
    text = f"{first.strip()}\n\n{second.strip()}"
    assert 3_500 < len(text) <= 4_096
    replies = await chat.send(text)
    assert "Does any of this fit?" in replies[-1]
    await chat.press("Work")
    replies = await chat.press("Done ✓")
    assert "Saved in your journal as 2 entries, in order" in replies[0]
    entries = await rows(database, JournalEntry)
    # Split at the paragraph break, nothing lost, each part short enough to be shown whole.
    assert [entry.text for entry in sorted(entries, key=lambda e: e.id)] == [
        first.strip(),
        second.strip(),
    ]
    assert [entry.tags for entry in entries] == [["work"], ["work"]]


async def test_an_entry_that_fits_is_saved_as_one(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/journal")
    await chat.send("word " * 700)  # 3,499 characters once trimmed
    replies = await chat.press("Done ✓")
    assert "Saved in your journal. Thank you" in replies[0]
    [entry] = await rows(database, JournalEntry)
    assert len(entry.text) == 3_499


async def test_history_returns_checkins_and_journal_exactly_after_a_restart(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi, clock: FakeClock
) -> None:
    first = await make_app(databases.opened[0])
    chat = Chat(first, api, 31, UpdateFactory(first.bot))
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    await chat.press("📝 Add a note")
    note = "Ünïcode and\nnew lines — kept exactly."
    await chat.send(note)
    entry = "Felt the eyelid again at lunch; breathing helped a little."
    await chat.send("/journal")
    await chat.send(entry)
    await chat.press("Done ✓")
    await first.shutdown()

    second = await make_app(databases.open())
    chat = Chat(second, api, 31, UpdateFactory(second.bot, first_update_id=500))
    replies = await chat.send("/history")
    assert replies[0].splitlines()[2] == (
        "Wed 25 Nov · twitch mild (eyelid) · anxiety 4 · sleep 8.0 h · caffeine 2 · 📝"
    )
    assert replies[1] == "📝 Wed 25 Nov\n" + note
    assert replies[2] == "📓 Wed 25 Nov, 20:00\n" + entry
    older = await chat.press("← Older")
    assert older[0].splitlines()[2].startswith("Wed 18 Nov · —")
    assert "Newer →" in chat.labels()


async def test_history_pages_are_clamped_and_forged_pages_refused(chat: Chat) -> None:
    await onboard(chat)
    replies = await chat.press_data("m:history:999999")
    assert replies[0].startswith("Your days")
    replies = await chat.press_data("m:history:-1")
    assert replies == []
    assert chat.callback_answers()[-1].get("text") == "Sorry, I can't use that button."


async def test_tips_cards_page_with_next(chat: Chat) -> None:
    replies = await chat.send("/tips")  # works before onboarding too
    assert "(1 of" in replies[0]
    replies = await chat.press("Next →")
    assert "(2 of" in replies[0]
    replies = await chat.press_data("m:tip:9999")
    assert "Next →" not in chat.labels()


async def test_coffee_from_earlier_refuses_a_time_still_to_come(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)  # Berlin; the clock says 20:00 there
    await chat.send("/menu")
    await chat.press("☕ Log a coffee")
    await chat.press("🕐 It was earlier")
    [reply] = await chat.send("23:30")
    assert reply.startswith("It's only 20:00 now, so that time hasn't come yet today.")
    assert reply.endswith("What time was it? (like 10:30)")
    assert len(await rows(database, CaffeineLog)) == 1  # only the drink logged with the tap
    replies = await chat.send("20:00")  # now itself is fine
    assert replies[0].startswith("☕ Logged one at 20:00 — 1 today.")


async def test_coffee_from_earlier_offers_no_time_still_to_come(
    chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(datetime(2026, 11, 26, 7, 15, tzinfo=UTC))  # 08:15 in Berlin
    await chat.send("/coffee")
    await chat.press("🕐 It was earlier")
    assert chat.labels() == ["07:00", "07:30", "08:00", "Cancel"]
    clock.set(datetime(2026, 11, 26, 13, 40, tzinfo=UTC))  # 14:40
    await chat.send("/coffee")
    await chat.press("🕐 It was earlier")
    assert chat.labels() == ["07:00", "08:00", "09:00", "10:00", "12:00", "14:00", "Cancel"]
