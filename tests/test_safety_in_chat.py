"""Safety runs before everything else: crisis text gets resources at once, in any state."""

from __future__ import annotations

from bot.storage import Database
from bot.storage.models import FlowStateRow
from conversations.small_talk import offer_prompt
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard


async def flow_row(database: Database, chat_id: int) -> FlowStateRow:
    async with database.session() as session:
        row = await session.get(FlowStateRow, chat_id)
    assert row is not None
    return row


async def test_crisis_text_mid_onboarding_pauses_the_flow(chat: Chat, database: Database) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    replies = await chat.send("honestly I just want to die")
    assert len(replies) == 1
    assert "988" in replies[0] or "findahelpline" in replies[0].lower()
    assert chat.labels() == ["I'd like to carry on", "Stop here for now"]
    row = await flow_row(database, chat.user_id)
    assert row.paused
    assert row.step == "time_zone"

    # While paused, an answer does not move the flow on.
    replies = await chat.send("Berlin")
    assert replies[0].startswith("I've put what we were doing on hold")
    assert (await flow_row(database, chat.user_id)).step == "time_zone"

    replies = await chat.press("I'd like to carry on")
    assert replies[0].startswith("Which time zone")
    replies = await chat.send("Berlin")
    assert replies[0].startswith("Got it: Berlin (UTC+1)")


async def test_crisis_resources_follow_the_users_zone(chat: Chat) -> None:
    await onboard(chat)  # Europe/Berlin
    replies = await chat.send("I keep thinking about killing myself")
    assert "0800 111 0 111" in replies[0]


async def test_stop_here_leaves_the_paused_flow(chat: Chat, database: Database) -> None:
    await chat.send("/start")
    await chat.send("I don't want to live anymore")
    replies = await chat.press("Stop here for now")
    assert "stopped" in replies[0].lower()
    # Not signed up and between conversations: nothing about them is kept, the row included.
    async with database.session() as session:
        assert await session.get(FlowStateRow, chat.user_id) is None


async def test_red_flag_text_gets_see_a_clinician_and_the_flow_goes_on(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/settings")
    replies = await chat.send("my hand has been getting weak and I keep dropping things")
    assert "worth showing to a doctor soon" in replies[0]
    assert "Please tap one of the buttons" in replies[1]  # the settings question, asked again


async def test_health_anxiety_outside_a_flow_gets_a_different_answer_each_time(chat: Chat) -> None:
    await onboard(chat)
    first = await chat.send("is this ALS?")
    second = await chat.send("but what if it is ALS")
    assert first != second  # the same block twice in a row helps nobody (issue #22)
    assert "doctor" in first[0].lower()


async def test_ordinary_words_are_not_crisis(chat: Chat) -> None:
    await onboard(chat)
    text = "I'm dying to try the new breathing thing"
    replies = await chat.send(text)
    # Outside a flow, ordinary words get what they ask for: breathing, as /breathe opens it.
    assert replies == ["Which kind of breathing would you like?"]
    await chat.send("/cancel")
    # "I'm dying to tell you about my day" reads, since the fourth round, as venting: that
    # answer offers the journal too; a plain wish is the journal offer.
    text = "I'm dying to see the new season of my show"
    assert await chat.send(text) == [offer_prompt(text)]  # the journal offer


async def test_health_anxiety_offers_a_calm_minute(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("do I have ALS")
    assert "🌊 A calm minute" in chat.labels()
