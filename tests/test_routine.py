"""The routine's advice agrees with itself: the latest caffeine cut-off leaves at least eight
hours before bed for any bedtime, and the words name the same rule the check applies."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.storage import Database
from conversations.routine import CUTOFF_HOURS_BEFORE_BED, cutoff_fits, latest_cutoff
from tests.auxil.chat import Chat
from tests.test_onboarding import user_row


def minutes_before(bed: time, earlier: time) -> int:
    return ((bed.hour * 60 + bed.minute) - (earlier.hour * 60 + earlier.minute)) % (24 * 60)


@pytest.mark.parametrize(
    ("bed", "latest"),
    [
        (time(21), time(13)),
        (time(22), time(14)),
        (time(23), time(15)),
        (time(23, 30), time(15, 30)),
        (time(0), time(16)),
        (time(0, 30), time(16, 30)),
        (time(2), time(18)),
    ],
)
def test_latest_cutoff_is_eight_hours_before_bed(bed: time, latest: time) -> None:
    assert latest_cutoff(bed) == latest
    assert cutoff_fits(latest, time(7), bed)


@given(
    bed=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    before=st.integers(min_value=0, max_value=24 * 60 - 1),
)
def test_a_cutoff_fits_only_with_eight_hours_to_spare(bed: time, before: int) -> None:
    total = (bed.hour * 60 + bed.minute - before) % (24 * 60)
    cutoff = time(total // 60, total % 60)
    assert cutoff_fits(cutoff, None, bed) == (before >= CUTOFF_HOURS_BEFORE_BED * 60)
    assert minutes_before(bed, latest_cutoff(bed)) == CUTOFF_HOURS_BEFORE_BED * 60


async def onboard_until_cutoff(chat: Chat, bedtime: str) -> str:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")
    await chat.send("08:00")
    replies = await chat.send(bedtime)
    return replies[-1]


@pytest.mark.parametrize(
    ("bedtime", "latest", "too_late"),
    [("22:00", "14:00", "15:00"), ("23:00", "15:00", "17:00"), ("00:30", "16:30", "17:00")],
)
async def test_the_cutoff_question_and_its_check_agree(
    chat: Chat, database: Database, bedtime: str, latest: str, too_late: str
) -> None:
    question = await onboard_until_cutoff(chat, bedtime)
    assert "at least 8 hours before" in question
    assert f"With a {bedtime} bedtime, that means {latest} at the latest." in question
    # No button offers a time the check would refuse.
    offered = [time.fromisoformat(label) for label in chat.labels() if ":" in label]
    assert offered
    assert all(cutoff_fits(t, time(8), time.fromisoformat(bedtime)) for t in offered)

    [refused] = await chat.send(too_late)
    assert f"less than 8 hours before your {bedtime} bedtime" in refused
    assert f"Try {latest} or earlier" in refused
    assert refused.endswith(question)

    await chat.send(latest)
    await chat.press(chat.labels()[0])  # the check-in time
    user = await user_row(database)
    assert user is not None
    assert user.caffeine_cutoff == time.fromisoformat(latest)


async def test_a_cutoff_in_the_night_is_refused_as_a_time_asleep(chat: Chat) -> None:
    question = await onboard_until_cutoff(chat, "23:00")
    [refused] = await chat.send("03:00")
    assert "while you'd be asleep" in refused
    assert refused.endswith(question)
