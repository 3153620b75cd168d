"""Exercises as voice messages, through the real Application and the fake Bot API: chosen in two
taps, uploaded once, then sent again by Telegram's file_id; the night offer; bad buttons."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.core import breath_sound
from bot.core.night import is_night_at
from bot.core.own_breathing import OwnPattern
from bot.core.pacing import Step
from bot.storage import Database
from bot.storage.models import ExerciseSession, VoiceFile
from bot.transport.local_api import Sent
from bot.transport.sender import reply_sender_of
from conversations import breathing, exercise_sound
from conversations.exercise_args import exercise_arg, exercise_from_arg, longer
from conversations.exercises import PATTERNS, PMR_SHORT, own_pattern, pmr_plan
from conversations.i18n import use_language
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import Call, FakeBotApi
from tests.test_onboarding import onboard

SOUND = "🎧 With sound (eyes closed)"
IN_CHAT = "▶ In the chat"


def voices(api: FakeBotApi) -> list[Call]:
    return api.calls_of("sendVoice")


def uploaded(call: Call) -> bool:
    """Whether the call carried the recording itself (not a file_id)."""
    return not isinstance(call.params.get("voice"), str)


async def kept(database: Database) -> list[VoiceFile]:
    async with database.session() as session:
        return list((await session.execute(select(VoiceFile))).scalars())


async def session_rows(database: Database) -> list[ExerciseSession]:
    async with database.session() as session:
        return list((await session.execute(select(ExerciseSession))).scalars())


def seconds_of(steps: tuple[Step, ...]) -> int:
    return round(breath_sound.duration_s(breath_sound.cues(steps)))


async def test_four_seven_eight_with_sound_in_two_taps_then_reused_by_file_id(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/breathe")
    await chat.press(breathing._pattern_label("4-7-8"))  # tap one
    assert chat.labels()[:2] == [IN_CHAT, SOUND]
    await chat.press(SOUND)  # tap two
    [call] = voices(api)
    assert uploaded(call)
    assert int(call.params["duration"]) == 76  # 4 rounds of 4 + 7 + 8 seconds
    voice = api.chat_messages(chat.user_id)[-1]
    assert voice.kind == "voice"
    assert api.voices[voice.file_name or ""][1] == 76  # what the audio itself lasts
    assert voice.caption is not None
    assert voice.caption.startswith("🎧 4-7-8 breathing")
    assert "A rising tone: breathe in." in voice.caption
    assert await session_rows(database) == []  # nothing paced in the chat
    [row] = await kept(database)
    assert row.file_id == voice.file_name

    # The same again, from its own button: Telegram's copy, no upload.
    await chat.press("▶ Again")
    again = voices(api)[-1]
    assert len(voices(api)) == 2
    assert not uploaded(again)
    assert again.params["voice"] == row.file_id
    assert int(again.params["duration"]) == 76

    # And the same from /breathe again.
    await chat.send("/breathe")
    await chat.press(breathing._pattern_label("4-7-8"))
    await chat.press(SOUND)
    assert [uploaded(c) for c in voices(api)] == [True, False, False]
    assert len(await kept(database)) == 1


async def test_longer_is_another_recording_uploaded_once(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/breathe 478")
    await chat.press(SOUND)
    await chat.press("Longer")
    assert [int(c.params["duration"]) for c in voices(api)] == [76, 114]  # 4, then 6 rounds
    assert [uploaded(c) for c in voices(api)] == [True, True]
    assert len(await kept(database)) == 2


async def test_own_pattern_with_sound_is_uploaded_once_then_reused(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    steps = own_pattern(OwnPattern(4, 2, 6)).plan()
    await chat.send("/breathe 4 2 6")
    await chat.press(SOUND)
    await chat.send("/breathe 4-2-6")
    await chat.press(SOUND)
    assert [int(c.params["duration"]) for c in voices(api)] == [seconds_of(steps)] * 2
    assert [uploaded(c) for c in voices(api)] == [True, False]
    caption = api.chat_messages(chat.user_id)[-1].caption or ""
    assert caption.startswith("🎧 Your pattern (4-2-6)")


async def test_relaxation_with_sound_names_the_parts_in_order(chat: Chat, api: FakeBotApi) -> None:
    await chat.send("/relax short")
    assert "cramp" in chat.last_text()
    await chat.press(SOUND)
    [call] = voices(api)
    assert int(call.params["duration"]) == seconds_of(pmr_plan(PMR_SHORT))
    caption = str(call.params["caption"])
    assert "A steady tone: breathe in and tense the part" in caption
    assert "A falling tone: breathe out and let it all go." in caption
    parts = ["1. Face", "2. Neck and shoulders", "6. Calves and feet"]
    assert all(part in caption for part in parts)
    assert caption.index(parts[0]) < caption.index(parts[1]) < caption.index(parts[2])
    assert len(caption) <= 1024
    await chat.press("Longer")  # the full version
    assert "13. Feet" in str(voices(api)[-1].params["caption"])
    assert len(str(voices(api)[-1].params["caption"])) <= 1024


def labels_of(sent: Sent) -> list[str]:
    rows = (sent.reply_markup or {}).get("inline_keyboard", [])
    return [button["text"] for row in rows for button in row]


async def test_now_offers_sound_and_the_sound_takes_over_from_the_chat(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/now")
    [offer] = [m for m in api.chat_messages(chat.user_id) if SOUND in labels_of(m)]
    assert offer.text is not None
    assert offer.text.startswith("Twitches like this are common")
    assert len(await session_rows(database)) == 1  # the minute has begun in the chat
    await chat.press(SOUND, offer)
    [call] = voices(api)
    assert int(call.params["duration"]) == 60
    assert await session_rows(database) == []  # the live minute was stopped, kept for no one
    # Nothing asks how it went: the minute goes on in the ears.
    assert "Thank you for taking the time." not in api.texts(chat.user_id)


@pytest.mark.parametrize(
    ("utc", "expected"),
    [
        (datetime(2026, 11, 25, 23, 30, tzinfo=UTC), "It's late, so turn your screen down"),
        (datetime(2026, 11, 25, 4, 0, tzinfo=UTC), "It's late, so turn your screen down"),
        (datetime(2026, 11, 25, 12, 0, tzinfo=UTC), "With sound, you can close your eyes"),
    ],
)
async def test_at_night_the_offer_says_to_turn_the_screen_down(
    chat: Chat, clock: FakeClock, api: FakeBotApi, utc: datetime, expected: str
) -> None:
    await onboard(chat)  # Berlin, up at 07:00, bed at 23:00
    clock.set(utc)
    await chat.send("/breathe 478")
    assert expected in chat.last_text()
    await chat.press(SOUND)
    at_night = expected.startswith("It's late")
    caption = str(voices(api)[-1].params["caption"])
    assert ("Turn your screen down" in caption) is at_night
    labels = labels_of(api.chat_messages(chat.user_id)[-1])
    assert ("🌙 Wind down for sleep" in labels) is at_night


async def test_before_sign_up_the_offer_hedges_on_the_hour(chat: Chat) -> None:
    await chat.send("/breathe box")
    assert "If it's late where you are, turn your screen down" in chat.last_text()


async def test_a_file_id_telegram_has_forgotten_is_replaced_by_a_new_upload(
    chat: Chat, api: FakeBotApi, database: Database
) -> None:
    await chat.send("/breathe box")
    await chat.press(SOUND)
    api.voices.clear()  # Telegram no longer knows the file
    await chat.press("▶ Again")
    assert [uploaded(c) for c in voices(api)] == [True, False, True]
    [row] = await kept(database)
    assert row.file_id == voices_sent_last(api)
    assert api.chat_messages(chat.user_id)[-1].kind == "voice"


def voices_sent_last(api: FakeBotApi) -> str:
    return next(iter(api.voices))


async def test_a_busy_telegram_keeps_the_voice_for_later_not_lost(
    chat: Chat, api: FakeBotApi, database: Database, clock: FakeClock
) -> None:
    api.fail("sendVoice", 429, retry_after=3, times=4)  # the first try and its three retries
    await chat.send("/breathe sigh")
    await chat.press(SOUND)
    assert len(voices(api)) == 4
    assert api.chat_messages(chat.user_id)[-1].kind != "voice"
    assert await kept(database) == []
    clock.advance(timedelta(seconds=11))
    assert await reply_sender_of(chat.app).sweep(chat.app.bot) == 1
    assert api.chat_messages(chat.user_id)[-1].kind == "voice"
    assert [uploaded(c) for c in voices(api)] == [True] * 5
    assert len(await kept(database)) == 1
    # Sent once: nothing is left to sweep.
    assert await reply_sender_of(chat.app).sweep(chat.app.bot) == 0


@pytest.mark.parametrize(
    "arg",
    [
        "zz",
        "b_478_99",  # more rounds than 4-7-8 allows
        "b_478_0",
        "b_o30x2x6_3",  # an unsafe pattern of one's own
        "b_nope_4",
        "r_short_2",
        "n_now_7",
        "b_478",
        "b_478_4_1",
    ],
)
async def test_a_forged_sound_button_is_refused_kindly(
    chat: Chat, api: FakeBotApi, arg: str
) -> None:
    await chat.send("/breathe")
    await chat.press_data(f"m:ex_voice:{arg}")
    await chat.press_data(f"m:ex_chat:{arg}")
    assert voices(api) == []
    assert [a.get("text") for a in chat.callback_answers()] == [
        "Sorry, I can't use that button."
    ] * 2


def test_every_exercise_names_itself_in_a_button_and_back() -> None:
    cases = [("breathe", key, p.default_cycles) for key, p in PATTERNS.items()]
    cases += [("breathe", "own:4-2-6-2", 5), ("relax", "full", 1), ("now", "now", 1)]
    for case in cases:
        arg = exercise_arg(*case)
        assert len(arg) <= 24
        assert arg.replace("_", "").isalnum()
        assert exercise_from_arg(arg) == case


def test_longer_goes_up_to_the_most_and_no_further() -> None:
    assert longer("breathe", "4-7-8", 4) == ("4-7-8", 6)
    assert longer("breathe", "4-7-8", 8) is None
    assert longer("relax", "short", 1) == ("full", 1)
    assert longer("relax", "full", 1) is None
    assert longer("now", "now", 1) is None


@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "pt", "ru"])
def test_every_caption_fits_telegrams_limit_in_every_language(language: str) -> None:
    cases = [("breathe", key, p.max_cycles) for key, p in PATTERNS.items()]
    cases += [("relax", "full", 1), ("relax", "short", 1), ("now", "now", 1)]
    with use_language(language):
        for kind, pattern, cycles in cases:
            for night in (True, False, None):
                voice = exercise_sound.voice(kind, pattern, cycles, night)
                assert 0 < len(voice.caption) <= 1024
                assert voice.duration > 0


@pytest.mark.parametrize(
    ("local", "bedtime", "wake", "expected"),
    [
        (time(23, 30), time(23), time(7), True),
        (time(3, 0), time(23), time(7), True),
        (time(7, 0), time(23), time(7), False),
        (time(12, 0), time(23), time(7), False),
        (time(22, 59), time(23), time(7), False),
        (time(1, 30), time(1), time(9), True),  # a bedtime after midnight
        (time(0, 30), time(1), time(9), False),
        (time(22, 30), None, None, True),  # their times unknown: 22:00 to 06:30
        (time(6, 45), None, None, False),
    ],
)
def test_night_is_between_bedtime_and_wake_time_on_their_clock(
    local: time, bedtime: time | None, wake: time | None, expected: bool
) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime.combine(date(2026, 7, 1), local, tzinfo=berlin).astimezone(UTC)
    assert is_night_at(now, "Europe/Berlin", bedtime, wake) is expected


def test_night_is_unknown_without_a_zone() -> None:
    assert is_night_at(datetime(2026, 7, 1, 2, 0, tzinfo=UTC), None) is None


async def test_a_sound_that_cannot_be_made_never_holds_up_the_chat(
    chat: Chat, api: FakeBotApi, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("no encoder")

    monkeypatch.setattr(exercise_sound, "encode_ogg_opus", broken)
    await chat.send("/breathe box")
    await chat.press(SOUND)
    assert voices(api) == []
    assert "could not make a voice message" in caplog.text
    replies = await chat.send("/breathe")
    assert replies[-1] == "Which kind of breathing would you like?"
    assert await reply_sender_of(chat.app).sweep(chat.app.bot) == 0  # nothing left stuck


@pytest.mark.parametrize(
    "typed", ["sound", "mit Ton", "con sonido", "avec le son", "com som", "Со звуком"]
)
async def test_typed_sound_at_the_start_question_means_the_button(
    chat: Chat, api: FakeBotApi, typed: str
) -> None:
    await chat.send("/breathe box")
    await chat.send(typed)
    assert len(voices(api)) == 1


@pytest.mark.parametrize("typed", ["chat", "im Chat", "в чате"])
async def test_typed_chat_at_the_start_question_begins_in_the_chat(
    chat: Chat, api: FakeBotApi, database: Database, typed: str
) -> None:
    await chat.send("/relax short")
    await chat.send(typed)
    assert voices(api) == []
    [row] = await session_rows(database)
    assert (row.kind, row.pattern) == ("relax", "short")
