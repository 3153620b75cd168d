"""Taking back a drink just logged: the Undo button on its confirmation for ten minutes, and
/undo for the last one logged; what is left shows in /history and the report."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import CaffeineLog
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard
from tests.test_report import pdf_pages


@pytest.fixture
def other(app: StillpointApp, api: FakeBotApi, factory: UpdateFactory) -> Chat:
    return Chat(app, api, user_id=5151, factory=factory)


async def drinks(database: Database) -> list[str]:
    async with database.session() as session:
        rows = (await session.execute(select(CaffeineLog).order_by(CaffeineLog.id))).scalars()
        return [d.local_time.strftime("%H:%M") for d in rows]


async def report_text(chat: Chat, api: FakeBotApi) -> str:
    """The text of a report made through the chat, without journal entries."""
    replies = await chat.send("/report")
    if replies[-1].startswith("Roughly when did the twitching start?"):
        await chat.press("Skip →")  # asked once before the first report
        await chat.press("Skip →")
    await chat.press("No, leave them out")
    pdf = [m.content for m in api.chat_messages(chat.user_id) if m.kind == "document"][-1]
    return " ".join(pdf_pages(pdf))


async def test_the_undo_button_takes_the_drink_back(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await onboard(chat)  # 20:00 in Berlin
    await chat.send("/coffee")
    await chat.send("/coffee")
    assert chat.labels() == ["↩️ Undo", "🕐 It was earlier"]
    confirmation = chat.api.latest_with_buttons(chat.user_id)
    [reply] = await chat.press("↩️ Undo")
    assert reply == "↩️ Undone: the drink at 20:00 is off your log — 1 left today."
    assert await drinks(database) == ["20:00"]
    [week, *_] = await chat.send("/history")
    assert "Wed 25 Nov · caffeine 1" in week.splitlines()
    text = await report_text(chat, api)
    assert "Caffeinated drinks: 1.0 a day on average, on 1 day with an answer." in text
    # The same button again: that drink is gone, and the other one stays.
    [again] = await chat.press("↩️ Undo", confirmation)
    assert again == "That drink isn't on your log any more, so there's nothing to undo."
    assert await drinks(database) == ["20:00"]


async def test_undo_keeps_to_ten_minutes(chat: Chat, database: Database, clock: FakeClock) -> None:
    await onboard(chat)
    await chat.send("/coffee")
    clock.advance(timedelta(minutes=11))
    [reply] = await chat.press("↩️ Undo")
    assert reply.startswith("That drink was logged more than 10 minutes ago, so I've left it.")
    [reply] = await chat.send("/undo")
    assert reply.startswith("There's no drink logged in the last 10 minutes to undo.")
    assert await drinks(database) == ["20:00"]


async def test_slash_undo_takes_back_the_last_drink_logged_even_when_moved(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.send("/coffee")
    clock.advance(timedelta(minutes=30))
    await chat.send("/coffee")
    await chat.press("🕐 It was earlier")
    await chat.send("09:00")  # the second drink was at 09:00, logged at 20:30
    assert await drinks(database) == ["20:00", "09:00"]
    [reply] = await chat.send("/undo")
    assert reply == "↩️ Undone: the drink at 09:00 is off your log — 1 left today."
    assert await drinks(database) == ["20:00"]


async def test_undo_mid_check_in_leaves_the_check_in_where_it_was(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/coffee")
    await chat.send("/checkin")
    await chat.press("Mild")
    [reply] = await chat.send("/undo")
    assert reply.startswith("↩️ Undone")
    replies = await chat.press("Eyelid")  # the check-in's question, still waiting
    assert replies[-1].startswith("And anxiety overall")


async def test_a_forged_undo_cannot_touch_another_persons_drink(
    chat: Chat, other: Chat, database: Database
) -> None:
    await onboard(other)
    await other.send("/coffee")
    await onboard(chat)
    for data in ("m:undo:1", "m:undo:99999999999999999999999", "m:undo:abc"):
        replies = await chat.press_data(data)
        assert replies[0] in (
            "That drink isn't on your log any more, so there's nothing to undo.",
            "There's no drink logged in the last 10 minutes to undo. You can correct a day's "
            "caffeine in its check-in, from /history.",
        )
    assert await drinks(database) == ["20:00"]
