"""Console mode, scripted the way the README shows: one user message per line on stdin."""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from bot import console as console_mode
from bot.app import StillpointApp, build_application
from bot.clock import FakeClock
from bot.console import CONSOLE_USER, ConsoleBotApi, button_for
from bot.scheduling import dispatcher_of
from bot.storage import Database, repo
from bot.storage.models import CheckIn, ExerciseSession
from bot.transport.exercises import live_exercises_of
from tests.conftest import make_settings

ONBOARDING = ["Set me up", "Yes, keep them", "Berlin", "07:00", "23:00", "14:00", "21:00"]


def console_process(
    tmp_path: Path, lines: list[str], *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot <args>` with no token, feeding it one message per line."""
    unset = {"TELEGRAM_BOT_TOKEN", "DATABASE_URL", "CONSOLE_LANGUAGE"}
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    # Before sign-up, night in the default zone puts set-up off till morning (see run_console).
    environment["DEFAULT_TIMEZONE"] = midday_zone()
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**environment, **(env or {})},
        timeout=60,
        check=False,
    )


def midday_offset(now: datetime | None = None) -> int:
    """Hours from UTC (-12 … +11) where it is between 12:00 and 13:00 at `now`."""
    hour = (now or datetime.now(UTC)).hour
    return (12 - hour + 12) % 24 - 12


def midday_zone(now: datetime | None = None) -> str:
    """A fixed-offset zone where it is between 12:00 and 13:00 at `now` (UTC)."""
    offset = midday_offset(now)
    # Etc/GMT names count the other way round: Etc/GMT-3 is UTC+3.
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def run_console(tmp_path: Path, lines: list[str], command: str = "console") -> str:
    """Run `python -m bot <command>` with no token, feeding it one message per line."""
    return run_console_process(tmp_path, lines, command).stdout


def run_console_process(
    tmp_path: Path, lines: list[str], command: str = "console"
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_BOT_TOKEN", "DATABASE_URL"}}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    # The console runs on the real clock, and before sign-up night (22:00–06:30 in the default
    # zone) puts set-up off till morning: the default zone is one where it is about midday
    # now, so no test depends on the hour it runs at.
    env["DEFAULT_TIMEZONE"] = midday_zone()
    result = subprocess.run(
        [sys.executable, "-m", "bot", command],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_scripted_onboarding_by_number_and_label(tmp_path: Path) -> None:
    # The zone typed is one where it is midday now: after the person's bedtime the menu
    # would wait for the morning, and no test may depend on the hour it runs at.
    zone = f"UTC{midday_offset():+d}"
    out = run_console(tmp_path, ["2", "1", zone, "07:00", "#3", "14:00", "21:00"])
    assert "Stillpoint: Hi, I'm Stillpoint" in out
    assert "[2] Set me up" in out  # words: the bare "2" pressed it
    assert "[1] Yes, keep them" in out
    assert "Got it: UTC" in out
    assert "It's 12:" in out
    assert "Wake: 07:00 · Bed: 23:00" in out  # "#3" pressed the third bedtime button
    assert "What would you like to do?" in out


def test_console_keeps_the_conversation_between_runs(tmp_path: Path) -> None:
    run_console(tmp_path, ["Set me up", "Yes, keep them", "Lisbon"])
    out = run_console(tmp_path, ["06:30"])
    # The second run starts with /start, which re-asks the pending question, then continues.
    assert "usually wake up" in out
    assert "bedtime" in out


def test_location_button_asks_for_coordinates(tmp_path: Path) -> None:
    out = run_console(tmp_path, ["2", "1", "1", "not numbers", "52.52, 13.40"])
    assert "Type a latitude and longitude" in out
    assert "Got it: Berlin (UTC+1)" in out


def test_run_without_token_says_so_in_one_line_then_chats(tmp_path: Path) -> None:
    out = run_console(tmp_path, [], command="run")
    first = out.splitlines()[0]
    assert first.startswith("No TELEGRAM_BOT_TOKEN set")
    assert "@BotFather" in first
    assert "Hi, I'm Stillpoint" in out


def test_console_logs_go_to_a_file_named_in_the_first_line(tmp_path: Path) -> None:
    result = run_console_process(
        tmp_path, ["2", "1", "Berlin", "07:00", "23:00", "14:00", "21:00"]
    )
    out = result.stdout
    assert result.stderr == ""
    first = out.splitlines()[0]
    log_file = tmp_path / "stillpoint.log"  # beside the console's database
    assert first.startswith("Stillpoint console")
    assert f"Logs go to {log_file}" in first
    # Nothing but the chat on screen: no migration, scheduler or "profile saved" lines.
    assert " INFO " not in out
    assert "profile saved" not in out
    logged = log_file.read_text(encoding="utf-8")
    assert "profile saved" in logged
    assert "alembic" in logged


# --- which button a typed line presses ------------------------------------------------------

WORDS = ["Yes, keep them", "No, thanks"]
SCALE = [str(n) for n in range(11)] + ["← Back", "Skip →"]
TIMES = ["22:00", "22:30", "23:00", "23:30", "00:00"]


@pytest.mark.parametrize(
    ("line", "labels", "pressed"),
    [
        ("2", WORDS, 1),  # word buttons: a bare number is the button's place
        ("no, THANKS", WORDS, 1),
        ("3", WORDS, None),  # no third button: sent as typed
        ("5", SCALE, 5),  # the button labelled 5, not the fifth button (4)
        ("0", SCALE, 0),
        ("11", SCALE, None),  # no such number on the scale: the flow answers it
        ("#5", SCALE, 4),  # "#" always means the place
        ("# 2", TIMES, 1),
        ("3", TIMES, None),  # a time question: "3" is a time, not the third button
        ("23:00", TIMES, 2),
        ("#9", TIMES, None),
        ("4", ["4 (usual)", "6", "8"], None),  # the flow reads "4" itself
    ],
)
def test_a_typed_line_presses_a_button_only_when_it_means_one(
    line: str, labels: list[str], pressed: int | None
) -> None:
    assert button_for(line, labels) == pressed


# --- in process, on the fake clock ------------------------------------------------------------

Run = Callable[[list[str]], Coroutine[Any, Any, tuple[StillpointApp, str]]]


@pytest.fixture
async def console(database: Database, clock: FakeClock) -> AsyncIterator[Run]:
    """Runs the console on the test database and clock: each call is a new process."""
    apps: list[StillpointApp] = []

    async def run(lines: list[str]) -> tuple[StillpointApp, str]:
        out = io.StringIO()
        api = ConsoleBotApi(out)
        app = build_application(
            make_settings(), database=database, request=api, clock=clock, rate_limit=False
        )
        apps.append(app)
        await console_mode.run_console(
            app, api, io.StringIO("".join(f"{line}\n" for line in lines))
        )
        return app, out.getvalue()

    yield run
    for app in apps:
        await live_exercises_of(app).close()
        await dispatcher_of(app).close()


async def test_a_typed_number_at_a_scale_question_is_that_number(
    console: Run, database: Database
) -> None:
    # 20:00 in Berlin: the check-in is for today, no "which day" question.
    await console([*ONBOARDING, "/checkin", "Strong", "Eyelid", "5", "Skip →", "Skip →"])
    _app, out = await console(["Done ✓", "Done ✓"])
    assert "anxiety 5/10" in out
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=CONSOLE_USER)
        assert user is not None
        saved = (await session.scalars(select(CheckIn.anxiety))).all()
    assert saved == [5]


async def test_start_up_ends_a_session_cut_off_by_a_crash(console: Run, clock: FakeClock) -> None:
    first, out = await console([*ONBOARDING, "/breathe 478", "▶ In the chat", "Skip →"])
    assert "Breathe in" in out
    # The process dies: nothing paces the session any more, and its row still says "running".
    await live_exercises_of(first).close(hand_over=False)
    # Nothing runs again until long after the session would have ended: it cannot be taken up.
    clock.advance(timedelta(minutes=10))

    _app, out = await console(["ok"])
    assert "was cut off on my side" in out
    assert "We're in the middle" not in out
    # "ok" got the menu: its last button, whatever number the menu gives it.
    assert re.fullmatch(r"\s*\[\d+\] ❓ Help", out.rstrip().splitlines()[-1])


# --- a real process, killed ----------------------------------------------------------------


def test_after_kill_9_the_next_console_carries_the_breathing_session_on(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"TELEGRAM_BOT_TOKEN", "DATABASE_URL"}}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "console"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            lines = [*ONBOARDING, "/breathe 478", "▶ In the chat", "Skip →"]
            process.stdin.write("\n".join(lines))
            process.stdin.write("\n")
            process.stdin.flush()
            deadline = time.monotonic() + 60
            seen = ""
            # Read until the pacing message is up: the session is running.
            while "Round 1 of" not in seen and time.monotonic() < deadline:
                seen += process.stdout.readline()
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
    assert "Round 1 of" in seen, seen

    # 40 s pass before the restart: the dead runner's heartbeat is that old, and the 76 s
    # session is halfway through. The new process takes it up where its schedule is.
    age_live_sessions(tmp_path / "console.db", timedelta(seconds=40))
    [(killed_owner, status)] = session_owners(tmp_path)
    out = run_console(tmp_path, ["hello"])
    assert "was cut off on my side" not in out
    assert "We're in the middle of “4-7-8 breathing”" in out
    [(owner, status)] = session_owners(tmp_path)
    assert status == "running"
    assert owner not in (killed_owner, None)  # the new process paced it


def session_owners(tmp_path: Path) -> list[tuple[str | None, str]]:
    with contextlib.closing(sqlite3.connect(tmp_path / "console.db")) as db:
        return list(db.execute("SELECT owner, status FROM exercise_sessions"))


def age_live_sessions(path: Path, by: timedelta) -> None:
    import asyncio

    async def main() -> None:
        database = Database(f"sqlite+aiosqlite:///{path}")
        async with database.session() as session, session.begin():
            rows = (await session.scalars(select(ExerciseSession))).all()
            assert rows, "no exercise session was started"
            for row in rows:
                await session.execute(
                    update(ExerciseSession)
                    .where(ExerciseSession.id == row.id)
                    .values(
                        started_at=row.started_at - by,
                        updated_at=row.updated_at - by,
                        heartbeat_at=(row.heartbeat_at or row.started_at) - by,
                    )
                )
        await database.dispose()

    asyncio.run(main())


def console_user_language(tmp_path: Path) -> str:
    with contextlib.closing(sqlite3.connect(tmp_path / "console.db")) as db:
        query = "SELECT language FROM users WHERE telegram_id = ?"
        [(language,)] = db.execute(query, (CONSOLE_USER,))
    return str(language)


def test_console_language_flag_and_setting_give_the_user_that_language_code(
    tmp_path: Path,
) -> None:
    # "Set me up", then "No, thanks", in any language: onboarding ends, the user is saved.
    declined = ["#2", "#2"]
    first = console_process(tmp_path, declined, "console", "--language", "pt-BR")
    assert first.returncode == 0, first.stderr
    assert console_user_language(tmp_path) == "pt"
    # An existing console user takes the new language too, here from the setting.
    second = console_process(tmp_path, [], "console", env={"CONSOLE_LANGUAGE": "ru"})
    assert second.returncode == 0, second.stderr
    assert console_user_language(tmp_path) == "ru"
    # The flag wins over the setting.
    third = console_process(
        tmp_path, [], "console", "--language", "de", env={"CONSOLE_LANGUAGE": "ru"}
    )
    assert third.returncode == 0, third.stderr
    assert console_user_language(tmp_path) == "de"


def test_a_bad_console_language_is_refused_in_one_line(tmp_path: Path) -> None:
    flag = console_process(tmp_path, [], "console", "--language", "no such thing")
    assert flag.returncode == 2
    assert "expected a language code such as en, de, es, fr, pt, ru" in flag.stderr
    setting = console_process(tmp_path, [], "console", env={"CONSOLE_LANGUAGE": "!!"})
    assert setting.returncode == 2
    assert setting.stderr.strip().endswith(
        "CONSOLE_LANGUAGE: expected a language code such as en, de, es, fr, pt, ru"
    )


async def test_a_pressed_buttons_notice_is_printed(console: Run) -> None:
    # In Telegram the answer to a press shows over the chat; the console must not drop it.
    _app, out = await console([*ONBOARDING, "/reminders", "✅ Caffeine"])
    assert "Stillpoint (notice): “Caffeine last call” is off." in out


@pytest.mark.parametrize("hour", range(24))
def test_the_console_tests_run_at_midday_whatever_the_hour(hour: int) -> None:
    now = datetime(2026, 12, 6, hour, 40, tzinfo=UTC)
    assert now.astimezone(ZoneInfo(midday_zone(now))).hour == 12
