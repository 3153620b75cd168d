"""The evening check-in, end to end: taps, Back/Skip, one per day, yesterday until noon."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import CheckIn
from conversations.checkin import reflection
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard

# The chat fixture's clock starts at 2026-11-25 19:00 UTC = 20:00 in Berlin (a Wednesday).
TODAY = date(2026, 11, 25)


async def checkins(database: Database) -> list[CheckIn]:
    async with database.session() as session:
        result = await session.execute(select(CheckIn).order_by(CheckIn.local_date))
        return list(result.scalars())


async def answer_weekly_question_if_asked(chat: Chat) -> None:
    if chat.last_text().startswith("One question I ask once a week"):
        await chat.press("Done ✓")


async def skip_to_the_end(chat: Chat) -> None:
    while "Skip →" in chat.labels() and "📝 Add a note" not in chat.labels():
        await chat.press("Skip →")


async def typical_day(chat: Chat) -> None:
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("4")
    await chat.press("As usual (23:00–07:00)")
    await chat.press("2")
    await chat.send("13:30")
    await chat.press("Done ✓")
    await answer_weekly_question_if_asked(chat)


async def test_full_checkin_is_saved_and_reflected(chat: Chat, database: Database) -> None:
    await onboard(chat)
    replies = await chat.send("/checkin")
    assert replies[-1].startswith("How was the twitching on Wed 25 Nov")
    await chat.press("Moderate")
    await chat.press("Several places…")
    await chat.press("Eyelid")
    await chat.press("Legs and calves")
    await chat.press("Done ✓")
    await chat.press("7")
    await chat.press("Different")
    await chat.send("1am")
    await chat.press("07:00")
    await chat.press("3")
    await chat.send("5pm")
    await chat.press("Work")
    await chat.press("Done ✓")
    replies = await chat.press("Done ✓")  # the weekly warning-signs question: none of them

    [saved] = await checkins(database)
    assert saved.local_date == TODAY
    assert saved.twitch_level == 2
    assert saved.locations == ["eyelid", "legs"]
    assert saved.anxiety == 7
    assert (saved.bedtime, saved.wake_time) == (time(1), time(7))
    assert (saved.caffeine_drinks, saved.caffeine_last) == (3, time(17))
    assert saved.triggers == ["work"]
    assert saved.red_flags == []
    assert replies[0].startswith("Noted for Wed 25 Nov: twitching moderate (eyelid, legs and")
    # Anxiety 7 is the most pressing: the suggestion is a breathing exercise, not caffeine.
    assert "breaths" in replies[0]
    assert "📝 Add a note" in chat.labels()


async def test_typical_day_takes_six_taps_and_no_typing(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    clock.advance(timedelta(days=1))
    await chat.send("/coffee")
    await chat.send("/coffee")

    await chat.send("/checkin")
    before = len(chat.api.calls_of("answerCallbackQuery"))
    await chat.press("Mild")
    await chat.press("Same as the day before: eyelid")
    await chat.press("3")
    await chat.press("As usual (23:00–07:00)")
    await chat.press("As logged: 2, last at 20:00")
    await chat.press("Done ✓")
    taps = len(chat.api.calls_of("answerCallbackQuery")) - before
    assert taps == 6
    saved = (await checkins(database))[-1]
    assert saved.local_date == TODAY + timedelta(days=1)
    assert saved.locations == ["eyelid"]
    assert (saved.caffeine_drinks, saved.caffeine_last) == (2, time(20))


async def test_back_and_skip(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Strong")
    await chat.press("← Back")
    assert chat.last_text().startswith("How was the twitching")
    await chat.press("None")  # no "where" question when there is no twitching
    assert chat.last_text().startswith("And anxiety overall")
    await skip_to_the_end(chat)
    [saved] = await checkins(database)
    assert saved.twitch_level == 0
    assert saved.anxiety is None
    assert saved.bedtime is None
    assert saved.caffeine_drinks is None


async def test_second_checkin_the_same_day_offers_an_update(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    replies = await chat.send("/checkin")
    assert "already checked in for Wed 25 Nov" in replies[-1]
    await chat.press("Leave it as it is")
    await chat.send("/checkin")
    await chat.press("Update it")
    await chat.press("Strong")
    await chat.press("Hands")
    await skip_to_the_end(chat)
    saved = await checkins(database)
    assert len(saved) == 1
    assert saved[0].twitch_level == 3
    assert saved[0].locations == ["hands"]


async def test_yesterday_can_be_checked_in_until_noon(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(datetime(2026, 11, 26, 9, 30, tzinfo=UTC))  # 10:30 in Berlin
    replies = await chat.send("/checkin")
    assert "for yesterday, or for today" in replies[-1]
    await chat.press("Yesterday (Wed 25 Nov)")
    await typical_day(chat)
    assert [c.local_date for c in await checkins(database)] == [TODAY]

    clock.set(datetime(2026, 11, 26, 11, 5, tzinfo=UTC))  # 12:05 in Berlin
    replies = await chat.send("/checkin")
    assert replies[-1].startswith("How was the twitching on Thu 26 Nov")


async def test_bad_input_at_typed_steps_asks_again(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Score it 0–10")
    for bad in ("eleven", "-3", "11"):
        replies = await chat.send(bad)
        assert "whole number from 0 to 10" in replies[0]
    await chat.send("6")
    await chat.press("Face")
    replies = await chat.send("lots")
    assert "whole number from 0 to 10" in replies[0]
    await chat.press("5")
    await chat.press("Different")
    for bad in ("25:00", "bedtime", "7:60"):
        replies = await chat.send(bad)
        assert "couldn't read that as a time" in replies[0]
    replies = await chat.sticker()
    assert "only read text" in replies[0]
    await chat.send("23:45")
    await chat.send("6:40")
    replies = await chat.send("-1")
    assert "tap one of the buttons" in replies[0]
    await chat.press("1")
    await chat.send("noon")
    await chat.press("Done ✓")
    await answer_weekly_question_if_asked(chat)
    [saved] = await checkins(database)
    assert (saved.twitch_score, saved.twitch_level) == (6, 2)
    assert (saved.bedtime, saved.wake_time) == (time(23, 45), time(6, 40))
    assert saved.caffeine_last == time(12)


async def test_crisis_text_mid_checkin_pauses_it(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    replies = await chat.send("i want to end my life")
    assert "116 123" in replies[0] or "0800 111 0 111" in replies[0]
    await chat.press("I'd like to carry on")
    assert chat.last_text() == "Where did you notice it?"
    await chat.press("Feet")
    assert chat.last_text().startswith("And anxiety overall")


async def test_declined_consent_keeps_no_checkins(chat: Chat, database: Database) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("No, thanks")
    replies = await chat.send("/checkin")
    assert "not keeping any records" in replies[0]
    assert await checkins(database) == []


async def test_note_button_adds_to_the_days_checkin(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    await chat.press("📝 Add a note")
    await chat.send("Long day at work, eyelid went on for an hour.")
    [saved] = await checkins(database)
    assert saved.note == "Long day at work, eyelid went on for an hour."


async def test_persistent_strong_twitching_suggests_a_clinician_once(
    chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    nudges = 0
    for _ in range(12):
        await chat.send("/checkin")
        await chat.press("Strong")
        await chat.press("Eyelid")
        await skip_to_the_end(chat)
        nudges += sum("fortnight" in t or "two weeks" in t for t in chat.api.texts(4242)[-3:])
        clock.advance(timedelta(days=1))
    assert nudges == 1


async def test_weekly_warning_signs_question(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Hands")
    for _ in range(4):
        await chat.press("Skip →")
    assert chat.last_text().startswith("One question I ask once a week")
    await chat.press("Trouble swallowing")
    await chat.press("Done ✓")
    assert chat.last_text().startswith("In a few words of your own, what have you noticed?")
    replies = await chat.press("Skip →")
    assert "worth showing to a doctor soon" in replies[0]
    assert "trouble swallowing" in replies[0].lower()
    [saved] = await checkins(database)
    assert saved.red_flags == ["swallowing"]

    # Asked again only once a week has passed.
    clock.advance(timedelta(days=1))
    await chat.send("/checkin")
    await chat.press("None")
    await skip_to_the_end(chat)
    assert not any(t.startswith("One question") for t in chat.api.texts(chat.user_id)[-3:])
    clock.advance(timedelta(days=7))
    await chat.send("/checkin")
    await chat.press("None")
    for _ in range(4):
        await chat.press("Skip →")
    assert chat.last_text().startswith("One question I ask once a week")


# --- typing at the multi-choice questions -------------------------------------------------------

TRIGGERS_Q = "Anything going on?"
WARNING_Q = "One question I ask once a week"


async def to_triggers(chat: Chat) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("4")
    await chat.press("As usual (23:00–07:00)")
    await chat.press("0")
    assert chat.last_text().startswith(TRIGGERS_Q)


async def test_typed_done_and_nothing_answer_the_multi_choice_questions(
    chat: Chat, database: Database
) -> None:
    await to_triggers(chat)
    await chat.press("Work")
    await chat.press("Travel")
    replies = await chat.send("Done")
    assert replies[-1].startswith(WARNING_Q)
    await chat.send("nothing")
    [saved] = await checkins(database)
    assert saved.triggers == ["work", "travel"]
    assert saved.red_flags == []  # asked, and none of them


async def test_typed_skip_skips_the_optional_triggers_question(
    chat: Chat, database: Database
) -> None:
    await to_triggers(chat)
    replies = await chat.send("skip")
    assert replies[-1].startswith(WARNING_Q)


async def test_a_lone_comma_gets_a_whole_sentence_and_the_question_again(chat: Chat) -> None:
    await to_triggers(chat)
    [reply] = await chat.send(",")
    assert reply.startswith(
        "Tap the ones that fit and then Done, or type their names with commas between them."
    )
    assert TRIGGERS_Q in reply
    assert '""' not in reply


async def test_a_huge_typed_answer_gets_a_short_reply(chat: Chat) -> None:
    await to_triggers(chat)
    question = chat.last_text()
    [reply] = await chat.send("stress at home, " * 600)  # ~9,600 characters
    assert reply.startswith('I didn\'t recognise "stress at home, stress at…".')
    assert reply.endswith(question)
    assert len(reply) < len(question) + 100


# --- "today so far": no drink later than now ----------------------------------------------------


async def to_last_drink(chat: Chat, day_label: str) -> None:
    await chat.send("/checkin")
    await chat.press(day_label)
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("4")
    await chat.press("As usual (23:00–07:00)")
    await chat.press("2")
    assert chat.last_text().startswith("When was the last one?")


async def test_today_so_far_offers_and_takes_no_drink_later_than_now(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(datetime(2026, 11, 26, 7, 15, tzinfo=UTC))  # 08:15 in Berlin
    await to_last_drink(chat, "Today")
    assert [label for label in chat.labels() if ":" in label] == ["07:00", "07:30", "08:00"]
    [reply] = await chat.send("16:00")
    assert reply.startswith("It's only 08:15 now, so that time hasn't come yet today.")
    assert "When was the last one?" in reply
    await chat.send("07:30")
    await chat.press("Done ✓")
    await answer_weekly_question_if_asked(chat)
    [saved] = await checkins(database)
    assert saved.local_date == date(2026, 11, 26)
    assert saved.caffeine_last == time(7, 30)


async def test_yesterday_may_have_a_drink_later_than_now(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(datetime(2026, 11, 26, 7, 15, tzinfo=UTC))  # 08:15 in Berlin
    await to_last_drink(chat, "Yesterday (Wed 25 Nov)")
    assert "16:00" in chat.labels()
    await chat.send("16:00")
    await chat.press("Done ✓")
    await answer_weekly_question_if_asked(chat)
    [saved] = await checkins(database)
    assert saved.local_date == TODAY
    assert saved.caffeine_last == time(16)


async def test_a_bare_hour_for_last_nights_bedtime_asks_which(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("4")
    await chat.press("Different")
    [reply] = await chat.send("11")
    assert reply.startswith("Did you mean 23:00 or 11:00?")
    await chat.press("23:00")
    await chat.send("6:30")  # a wake-up in the morning is taken as it is
    await chat.press("0")
    await chat.press("Done ✓")
    await answer_weekly_question_if_asked(chat)
    [saved] = await checkins(database)
    assert (saved.bedtime, saved.wake_time) == (time(23), time(6, 30))
    assert "7.5 h of sleep" in "\n".join(chat.api.texts(chat.user_id)[-3:])


async def test_the_sleep_log_asks_about_a_bare_9_and_takes_a_bare_1(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.press_data("m:go:sleeplog")
    [reply] = await chat.send("9")
    assert reply.startswith("Did you mean 21:00 or 09:00?")
    replies = await chat.send("1")  # one in the morning is a likely time to fall asleep
    assert replies[-1].startswith("And when did you wake up")
    await chat.send("8")
    [saved] = await checkins(database)
    assert (saved.bedtime, saved.wake_time) == (time(1), time(8))


async def test_one_drink_reads_in_the_singular(chat: Chat) -> None:
    """The old reflection said "1 caffeinated drinks"."""
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("None")
    await chat.press("3")
    await chat.press("As usual (23:00–07:00)")
    await chat.press("1")
    await chat.send("9:15")
    await chat.press("Done ✓")
    replies = await chat.press("Done ✓")
    assert (
        "twitching none; anxiety 3/10; 8.0 h of sleep; 1 caffeinated drink, the last at 09:15."
        in replies[0]
    )


def test_drink_counts_read_in_the_right_number() -> None:
    day = TODAY.isoformat()
    assert "1 caffeinated drink." in reflection({"caffeine_drinks": 1}, day)
    assert "2 caffeinated drinks." in reflection({"caffeine_drinks": 2}, day)
    assert "0 caffeinated drinks." in reflection({"caffeine_drinks": 0}, day)


# --- records merge: a sleep log, an update, a skip ----------------------------------------------


async def test_a_checkin_after_a_sleep_log_offers_and_keeps_the_logged_times(
    chat: Chat, database: Database, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(datetime(2026, 11, 26, 6, 30, tzinfo=UTC))  # 07:30 in Berlin
    await chat.press_data("m:sleeplog")
    await chat.send("01:30")
    await chat.send("06:10")
    clock.set(datetime(2026, 11, 26, 19, 0, tzinfo=UTC))  # that evening
    await chat.send("/checkin")
    await chat.press("Mild")
    await chat.press("Eyelid")
    await chat.press("4")
    assert "As logged (01:30–06:10)" in chat.labels()
    await chat.press("Skip →")  # skipping the sleep question keeps the logged night
    await chat.press("0")
    await chat.press("Done ✓")
    await answer_weekly_question_if_asked(chat)
    saved = [c for c in await checkins(database) if c.local_date == date(2026, 11, 26)]
    assert [(c.bedtime, c.wake_time, c.twitch_level) for c in saved] == [
        (time(1, 30), time(6, 10), 1)
    ]


async def test_an_update_keeps_skipped_answers_and_start_afresh_clears_them(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    [first] = await checkins(database)
    await chat.send("/checkin")
    await chat.press("Update it")
    await chat.press("Strong")
    await chat.press("Face")
    for _ in range(4):  # anxiety, sleep, caffeine, what was going on
        await chat.press("Skip →")
    await answer_weekly_question_if_asked(chat)
    [updated] = await checkins(database)
    assert (updated.twitch_level, updated.locations) == (3, ["face"])
    # The skipped answers are the ones given before.
    assert (updated.anxiety, updated.bedtime, updated.wake_time) == (
        first.anxiety,
        first.bedtime,
        first.wake_time,
    )
    assert updated.caffeine_drinks == first.caffeine_drinks
    await chat.send("/checkin")
    await chat.press("Start it afresh")
    await chat.press("None")
    for _ in range(4):
        await chat.press("Skip →")
    await answer_weekly_question_if_asked(chat)
    [cleared] = await checkins(database)
    assert (cleared.twitch_level, cleared.anxiety, cleared.bedtime) == (0, None, None)
