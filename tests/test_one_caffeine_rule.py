"""One rule for a day's caffeine — the check-in's answer where it gave one, else the drinks
logged with /coffee — read back from /history, /insights, the PDF report and the CSV export,
all made from the same two weeks of entries whose logs and answers disagree."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.storage import Database, repo
from bot.storage.models import CaffeineLog
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_onboarding import onboard
from tests.test_undo import report_text

TODAY = date(2026, 11, 25)  # the clock fixture: Wednesday 20:00 in Berlin
NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)


def day(i: int) -> date:
    return TODAY - timedelta(days=i)


# Days back from today: the check-in's fields (None: no check-in) and the drinks logged.
# The cut-off is 14:00. What each day counts as, by the rule, is in EXPECTED below.
ENTRIES: dict[int, tuple[dict[str, Any] | None, list[time]]] = {
    # The answer says 2, last at 13:00; four drinks were logged, two after the cut-off.
    0: (
        {"twitch_level": 1, "caffeine_drinks": 2, "caffeine_last": time(13)},
        [time(9), time(11), time(15), time(16, 30)],
    ),
    1: ({"twitch_level": 3, "caffeine_drinks": 3, "caffeine_last": time(16)}, []),
    2: (None, [time(8), time(15, 30)]),  # logged only, no check-in
    3: ({"twitch_level": 1}, [time(10)]),  # the caffeine question skipped
    4: ({"twitch_level": 0, "caffeine_drinks": 0}, [time(9)]),  # "none", though one logged
    5: ({"twitch_level": 1, "caffeine_drinks": 1, "caffeine_last": time(14)}, []),
    6: ({"twitch_level": 2, "caffeine_drinks": 2, "caffeine_last": time(17)}, [time(7, 30)]),
    7: ({"twitch_level": 3, "caffeine_drinks": 4, "caffeine_last": time(15)}, []),
    8: ({"twitch_level": 0, "caffeine_drinks": 1, "caffeine_last": time(9)}, []),
    9: ({"twitch_level": 2, "caffeine_drinks": 2, "caffeine_last": time(16)}, []),
    # A tap at 14:00 stored with microseconds (as older versions did) is at the cut-off.
    10: (
        {"twitch_level": 1},
        [time(10), time(14, 0, 0, 567)],
    ),
    11: ({"twitch_level": 2, "caffeine_drinks": 3, "caffeine_last": time(18)}, []),
    12: (None, []),
    13: ({"twitch_level": 1, "caffeine_drinks": 2, "caffeine_last": time(12)}, []),
}
# Worked out by hand from ENTRIES: (drinks, after the cut-off).
EXPECTED: dict[int, tuple[int, bool] | None] = {
    0: (2, False),
    1: (3, True),
    2: (2, True),
    3: (1, False),
    4: (0, False),
    5: (1, False),
    6: (2, True),
    7: (4, True),
    8: (1, False),
    9: (2, True),
    10: (2, False),
    11: (3, True),
    12: None,
    13: (2, False),
}


async def seed(database: Database, telegram_id: int) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=telegram_id)
        assert user is not None
        for i, (fields, logged) in ENTRIES.items():
            if fields is not None:
                await repo.save_checkin(session, user=user, day=day(i), fields=fields, now=NOW)
            for at in logged:
                # Written as the row, so a stored microsecond (an older version's) is kept.
                session.add(
                    CaffeineLog(
                        user_id=user.id,
                        at=datetime.combine(day(i), at, UTC) - timedelta(hours=1),
                        local_date=day(i),
                        local_time=at,
                        logged_at=NOW - timedelta(days=i),
                    )
                )


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def history_counts(pages: list[str]) -> dict[date, int | None]:
    """Each day's caffeine as /history shows it; None for a day shown without one."""
    found: dict[date, int | None] = {}
    for page in pages:
        for line in page.splitlines():
            match = re.match(r"\w{3} (\d{1,2}) (\w{3}) · (.*)", line)
            if match is None:
                continue
            shown = date(2026, MONTHS.index(match[2]) + 1, int(match[1]))
            drinks = re.search(r"caffeine (\d+)", match[3])
            found[shown] = int(drinks[1]) if drinks else None
    return found


async def test_history_insights_report_and_export_count_caffeine_alike(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await onboard(chat)  # Berlin, cut-off 14:00
    await seed(database, chat.user_id)
    counts = {day(i): None if e is None else e[0] for i, e in EXPECTED.items()}
    late_days = sum(1 for e in EXPECTED.values() if e and e[1])
    with_answers = [e[0] for e in EXPECTED.values() if e is not None]

    # /history: this week, then the one before.
    pages = ["\n".join(await chat.send("/history"))]
    pages.append("\n".join(await chat.press("← Older")))
    assert history_counts(pages) == counts

    # The CSV export's day-by-day caffeine.
    await chat.send("/export")
    [csv_file] = [
        m.content
        for m in api.chat_messages(chat.user_id)
        if m.kind == "document" and (m.file_name or "").startswith("stillpoint-caffeine_days")
    ]
    rows = list(csv.DictReader(io.StringIO(csv_file.decode("utf-8-sig"))))
    exported = {date.fromisoformat(r["date"]): int(r["caffeine_drinks"]) for r in rows}
    assert exported == {d: n for d, n in counts.items() if n is not None}

    # The PDF: the average of the same counts, and the same days after the cut-off.
    text = await report_text(chat, api)
    mean = f"{sum(with_answers) / len(with_answers):.1f}"  # 25 / 13 = 1.9
    assert f"Caffeinated drinks: {mean} a day on average, over 13 days with an answer." in text
    assert f"Caffeine after the user's 14:00 cut-off on {late_days} days." in text

    # /insights: the days with a twitching level on each side of the cut-off, as above
    # (the day logged without a check-in has no twitching to compare).
    summary = (await chat.send("/insights 30"))[-1]
    [line] = [ln for ln in summary.splitlines() if "caffeine after your 14:00 cut-off" in ln]
    checked_in_late = sum(1 for i, e in EXPECTED.items() if e and e[1] and ENTRIES[i][0])
    checked_in_clear = sum(1 for i, e in EXPECTED.items() if e and not e[1] and ENTRIES[i][0])
    assert (checked_in_late, checked_in_clear) == (5, 7)
    assert f"on {checked_in_late} days with it" in line
    assert f"on {checked_in_clear} days without" in line
