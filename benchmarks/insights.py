"""How long /insights and /report take for a year of data: computing the 90-day view from the
database and drawing its two charts; and making the 30-day PDF report for the clinician (reading
the database, then drawing), each the median of N runs.

    .venv/bin/python benchmarks/insights.py [--quick] [--database-url URL]

One user with 365 days of check-ins (bed and wake times, caffeine, triggers), two /coffee logs
a day, a journal entry every third day and an exercise session every other day. Prints one JSON
object as its last line: insights_ms_p50, charts_ms_p50, png_kb (both charts together), the size
of each chart; report_ms_p50 (the whole /report, journal included: reading and drawing),
report_draw_ms_p50 (drawing alone), report_pdf_kb and report_pages.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from bot.flow import SendDocument, SendPhoto
from bot.storage import Database, migrate, repo
from bot.storage.models import Consent, ExerciseSession
from conversations.insights_view import load_insights, render_insights
from conversations.report_view import build_report, load_report

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
ZONE = "Europe/Berlin"
DAYS = 365
TRIGGERS = ("work", "health", "poor_sleep", "conflict", "travel", "exercise")


async def seed(database: Database, *, days: int) -> None:
    rng = random.Random(2026)
    async with database.session() as session, session.begin():
        user = await repo.get_or_create_user(
            session, telegram_id=1, chat_id=1, language="en", now=NOW
        )
        await repo.update_profile(
            session,
            user=user,
            fields={
                "time_zone": ZONE,
                "wake_time": clock(7),
                "bedtime": clock(23),
                "caffeine_cutoff": clock(14),
                "checkin_time": clock(21),
            },
            now=NOW,
        )
        await repo.set_consent(session, user=user, consent=Consent.GIVEN, now=NOW)
        await repo.mark_onboarded(session, user=user, now=NOW)
        today = date(2026, 11, 25)
        for i in range(days):
            day = today - timedelta(days=i)
            late = rng.random() < 0.3
            await repo.save_checkin(
                session,
                user=user,
                day=day,
                fields={
                    "twitch_level": rng.randint(0, 3),
                    "anxiety": rng.randint(0, 10),
                    "bedtime": clock(rng.choice((22, 23, 0, 1)), rng.choice((0, 30))),
                    "wake_time": clock(rng.choice((6, 7, 8)), rng.choice((0, 15, 45))),
                    "caffeine_drinks": 2,
                    "caffeine_last": clock(16 if late else 11, 0),
                    "triggers": rng.sample(TRIGGERS, rng.randint(0, 2)),
                    "locations": rng.sample(("eyelid", "legs", "arms", "feet"), rng.randint(1, 2)),
                    "red_flags": [] if day.weekday() == 6 else None,
                },
                now=NOW,
            )
            at = datetime.combine(day, clock(8), UTC)
            for hour in (8, 15 if late else 10):
                local = datetime.combine(day, clock(hour))
                await repo.log_caffeine(session, user=user, at=at, local=local, now=at)
            if i % 3 == 0:
                await repo.add_journal_entry(
                    session, user=user, at=at, text="A long day.", tags=["work"]
                )
            if i % 2 == 0:
                session.add(
                    ExerciseSession(
                        user_id=user.id,
                        chat_id=1,
                        kind=rng.choice(("breathe", "relax")),
                        pattern="478",
                        options={},
                        status="done",
                        started_at=at,
                        paused_s=0.0,
                        cycles_done=4,
                        duration_s=240.0,
                        tension_before=rng.randint(4, 9),
                        tension_after=rng.randint(1, 5),
                        updated_at=at,
                    )
                )


async def measure(url: str, *, runs: int) -> dict[str, float]:
    database = Database(url)
    await migrate(database.engine)
    await seed(database, days=DAYS)
    compute: list[float] = []
    draw: list[float] = []
    sizes: list[int] = []
    for _ in range(runs):
        async with database.session() as session:
            user = await repo.get_user(session, telegram_id=1)
            assert user is not None
            started = time.perf_counter()
            data = await load_insights(session, user=user, period=90, now=NOW, default_zone="UTC")
            compute.append(time.perf_counter() - started)
        started = time.perf_counter()
        outputs = render_insights(data)
        draw.append(time.perf_counter() - started)
        sizes = [len(o.photo) for o in outputs if isinstance(o, SendPhoto)]
    report_total: list[float] = []
    report_draw: list[float] = []
    pdf = b""
    for _ in range(runs):
        started = time.perf_counter()
        async with database.session() as session:
            user = await repo.get_user(session, telegram_id=1)
            assert user is not None
            data = await load_report(
                session, user=user, now=NOW, default_zone="UTC", include_journal=True
            )
            loaded = time.perf_counter()
            [document] = await build_report(
                session, user=user, now=NOW, default_zone="UTC", include_journal=True
            )
        finished = time.perf_counter()
        # The whole /report reply (load and draw); the drawing is the total less a load.
        report_total.append(finished - loaded)
        report_draw.append(finished - loaded - (loaded - started))
        assert isinstance(document, SendDocument)
        assert data.days
        pdf = document.data
    await database.dispose()
    assert len(sizes) == 2, "both charts should be drawn for a year of data"
    return {
        "insights_ms_p50": round(statistics.median(compute) * 1000, 1),
        "charts_ms_p50": round(statistics.median(draw) * 1000, 1),
        "png_kb": round(sum(sizes) / 1024, 1),
        "symptom_png_kb": round(sizes[0] / 1024, 1),
        "sleep_png_kb": round(sizes[1] / 1024, 1),
        "report_ms_p50": round(statistics.median(report_total) * 1000, 1),
        "report_draw_ms_p50": round(statistics.median(report_draw) * 1000, 1),
        "report_pdf_kb": round(len(pdf) / 1024, 1),
        "report_pages": len(re.findall(rb"/Type /Page[^s]", pdf)),
        "runs": runs,
        "days_held": DAYS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 runs instead of 20")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    args = parser.parse_args()
    runs = 1 if args.smoke else 5 if args.quick else 20
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        result = asyncio.run(measure(url, runs=runs))
    print(
        f"90-day insights over {DAYS} days held: compute {result['insights_ms_p50']} ms, "
        f"charts {result['charts_ms_p50']} ms, PNGs {result['png_kb']} KB; 30-day report "
        f"{result['report_ms_p50']} ms (drawing {result['report_draw_ms_p50']} ms), "
        f"PDF {result['report_pdf_kb']} KB (median of {runs})"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
