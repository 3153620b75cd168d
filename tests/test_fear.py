"""Help for the fear itself, through the real Application: "could this be ALS?" gets a different
helpful answer each time, never "tap one of the buttons"; the worry record and putting a worry
off are kept in the journal and show in /history."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from bot.storage import Database
from bot.storage.models import FlowStateRow, JournalEntry
from conversations import fear
from conversations.common import tap_a_button
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard

ASKED = (
    "but do you think it could be ALS? i have no weakness i think",
    "could this be ALS?",
    "what if it's ALS though",
)


async def journal_texts(database: Database) -> list[str]:
    async with database.session() as session:
        rows = (await session.scalars(select(JournalEntry).order_by(JournalEntry.id))).all()
    return [row.text for row in rows]


async def test_three_fears_get_three_different_helpful_answers(chat: Chat) -> None:
    await onboard(chat)
    answers = []
    for text in ASKED:
        replies = await chat.send(text)
        assert len(replies) == 1
        assert tap_a_button() not in replies[0]
        answers.append(replies[0])
    assert len(set(answers)) == 3
    assert set(answers) == set(fear.variants())
    # What twitching without weakness usually is, with its source, comes first.
    assert "Mayo Clinic" in answers[0]
    assert "121" in answers[0]
    # What would change that: the warning signs, named.
    assert "swallowing" in answers[0]
    assert "CBT" in answers[1]
    # Each ends with something to do now.
    assert "🌊 A calm minute" in chat.labels()


async def test_a_fourth_fear_starts_over_but_never_repeats_the_last(chat: Chat) -> None:
    await onboard(chat)
    replies = [(await chat.send("is this ALS?"))[0] for _ in range(4)]
    assert all(a != b for a, b in itertools.pairwise(replies))


@pytest.mark.parametrize(
    "bad",
    ["", "never", "ALS", "dismiss"],
)
def test_no_answer_dismisses_or_diagnoses(bad: str) -> None:
    for text in fear.variants():
        lowered = text.casefold()
        assert "just anxiety" not in lowered
        assert "you don't have" not in lowered
        assert "nothing to worry" not in lowered
        assert "you're fine" not in lowered
        if bad:
            assert f"you have {bad.casefold()}" not in lowered


async def test_a_fear_at_a_choice_asks_the_question_again_not_tap_a_button(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    question = chat.api.texts(chat.user_id)[-1]
    replies = await chat.send("could this be ALS?")
    assert replies[0] in fear.variants()
    assert all(tap_a_button() not in r for r in replies)
    assert replies[-1] == question


async def test_a_fear_mid_onboarding_before_sign_up_gets_help_and_the_question(
    chat: Chat,
) -> None:
    await chat.send("/start")
    first = await chat.send("could this be ALS?")
    second = await chat.send("are you sure it isn't ALS")
    assert first[0] != second[0]
    assert all(tap_a_button() not in r for r in first + second)
    # Nothing kept for someone not signed up: no worry record offered.
    assert "📝 Worry record" not in chat.labels()


async def test_the_worry_record_is_kept_in_the_journal_and_shown_in_history(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("could this be ALS?")
    replies = await chat.press("📝 Worry record")
    assert "worried thought" in replies[0]
    await chat.send("This twitch means something serious")
    # Bad answers at the 0–100 scale are asked again, kindly.
    replies = await chat.send("very")
    assert "0" in replies[0]
    assert "100" in replies[0]
    replies = await chat.send("150")
    assert "100" in replies[0]
    await chat.press("90")
    await chat.send("it has gone on for weeks")
    await chat.send("no weakness, the GP found nothing")
    await chat.send("it's my body reacting to stress")
    replies = await chat.send("40")
    assert "From 90 to 40" in replies[0]
    texts = await journal_texts(database)
    assert len(texts) == 1
    assert texts[0] == (
        "Worry record\n"
        "The thought: This twitch means something serious\n"
        "How sure I was: 90 of 100\n"
        "What makes it feel true: it has gone on for weeks\n"
        "What speaks against it: no weakness, the GP found nothing\n"
        "A kinder way to see it: it's my body reacting to stress\n"
        "How sure I am now: 40 of 100"
    )
    history = " ".join(await chat.send("/history"))
    assert "The thought: This twitch means something serious" in history


async def test_the_worry_record_can_be_left(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/worry")
    await chat.send("my hand will get weak")
    await chat.send("/cancel")
    assert await journal_texts(database) == []


async def test_a_worry_put_off_is_kept_for_tomorrow(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("is it ALS")
    await chat.send("is it ALS")
    replies = await chat.press("⏳ Put the worry off")
    assert "tomorrow" in replies[0]
    replies = await chat.send("that my calf twitch is something bad")
    assert "Kept in your journal for tomorrow" in replies[0]
    assert await journal_texts(database) == [
        "Worry put off until tomorrow's worry time: that my calf twitch is something bad"
    ]


async def test_putting_a_worry_off_before_sign_up_keeps_nothing(
    chat: Chat, database: Database
) -> None:
    await chat.send("is this ALS")
    replies = await chat.press("⏳ Put the worry off")
    assert replies == [fear.postpone_without_keeping()]
    async with database.session() as session:
        assert await session.get(FlowStateRow, chat.user_id) is None
    assert await journal_texts(database) == []


async def test_an_empty_worry_is_asked_for_again(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/worry")
    replies = await chat.send("   ")
    assert "worried thought" in replies[-1]
