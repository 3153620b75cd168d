"""The persistence nudge (moderate or strong twitching on most of two weeks) offers the report
for the doctor and a way back to the menu, through the real Application."""

from __future__ import annotations

from datetime import date, timedelta

from bot.clock import FakeClock
from bot.storage import Database, repo
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard

# The chat fixture's clock: 2026-11-25 19:00 UTC, 20:00 in Berlin.
TODAY = date(2026, 11, 25)
NUDGE = "Your twitching has been moderate or strong on most days for the last two weeks."


async def strong_days_before_today(database: Database, clock: FakeClock, days: int) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        for back in range(1, days + 1):
            await repo.save_checkin(
                session,
                user=user,
                day=TODAY - timedelta(days=back),
                fields={"twitch_level": 3, "locations": ["eyelid"], "triggers": []},
                now=clock.now(),
            )


async def strong_checkin(chat: Chat) -> list[str]:
    await chat.send("/checkin")
    await chat.press("Strong")
    replies = await chat.press("Eyelid")
    while "Skip →" in chat.labels() and NUDGE not in " ".join(replies):
        replies = await chat.press("Skip →")
    if chat.last_text().startswith("One question I ask once a week"):
        replies = await chat.press("Done ✓")
    return replies


async def test_the_nudge_offers_the_report_and_the_menu(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    await strong_days_before_today(database, clock, 9)
    replies = await strong_checkin(chat)
    assert sum(r.startswith(NUDGE) for r in replies) == 1
    message = next(m for m in reversed(chat.api.sent) if (m.text or "").startswith(NUDGE))
    assert chat.buttons(message) == [
        ("📄 A report for your doctor", "m:report"),
        ("Menu", "m:menu"),
    ]
    replies = await chat.press("📄 A report for your doctor", message)
    # The first report asks when it started and what they take (both skippable) first.
    assert replies[-1].startswith("Roughly when did the twitching start?")
    await chat.press("Skip →")
    replies = await chat.press("Skip →")
    assert "into a PDF you can show your doctor" in replies[-1]
    assert await chat.press("Menu", message) == ["What would you like to do?"]


async def test_nine_strong_days_are_not_yet_a_nudge(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    await strong_days_before_today(database, clock, 8)
    replies = await strong_checkin(chat)
    assert not any(r.startswith(NUDGE) for r in replies)
    assert ("📄 A report for your doctor", "m:report") not in chat.buttons()
